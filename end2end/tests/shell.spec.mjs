// The foundation: the built app loads under a sub-path, shows the story's
// title and the language switch, and logs no errors.
import { test, expect, open } from './fixtures.mjs';

test('the cover shows the title, deck, source and language switch', async ({ page }) => {
  await open(page);
  await expect(page.locator('h1')).toHaveText('山海一家亲 逐梦振兴路');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.deck')).toContainText('五个关键字');
  await expect(page.locator('header.masthead')).toContainText('改写自厦门日报（2022年12月30日）');
  await expect(page.locator('footer')).toContainText('厦门日报');
  await expect(page.locator('footer')).toContainText('2022年12月30日');
  await expect(page.locator('footer')).toContainText('吴晓菁');
  await expect(page.locator('[data-lang="zh-CN"]')).toBeVisible();
  await expect(page.locator('[data-lang="en"]')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  await expect(page).toHaveTitle(/山海一家亲/);
});

test('index.html paints a static cover before any wasm runs', async ({ browser, baseURL }) => {
  // With JavaScript off the wasm never runs: what shows is index.html alone.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL);
  const zh = page.locator('#static [data-page="cover.zh-CN"]');
  await expect(zh.locator('h1')).toHaveText('山海一家亲 逐梦振兴路');
  await expect(zh.locator('.deck')).toContainText('五个关键字');
  await expect(zh.locator('.masthead')).toContainText('2022年12月30日');
  await context.close();
});

test('assets load from relative URLs under the sub-path', async ({ page }) => {
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await open(page);
  expect(failed).toEqual([]);
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm')));
  expect(wasm.length).toBe(1);
  expect(wasm[0]).toContain('/stories/minning/');
});
