// Broken data never gives a blank page or a panic: each failure shows a
// clear message with role="alert", and "retry" works once the file is back.
import { test as plain } from '@playwright/test';
import { test, expect, stepUrl } from './fixtures.mjs';

// Failed requests log console errors by design here; panics still fail.
test.use({ strictConsole: false });

// The page model the app loads (each language its own).
const DATA = '**/data/page.*.json';

async function expectRecovery(page, title = '山海一家亲 逐梦振兴路') {
  await page.unroute(DATA);
  await page.locator('[role="alert"] [data-retry]').click();
  await expect(page.locator('[role="alert"]')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('[data-nav="next"]')).toBeVisible();
}

test('corrupt JSON names line and column, then recovers', async ({ page }) => {
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "version": 1,\n  "meta": oops\n}' }));
  await page.goto('./');
  const alert = page.locator('[role="alert"]');
  await expect(alert).toContainText('数据文件已损坏');
  await expect(alert).toContainText('第 3 行');
  await expectRecovery(page);
});

test('a missing file (404) says so, then recovers', async ({ page }) => {
  await page.route(DATA, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  await page.goto('./');
  await expect(page.locator('[role="alert"]')).toContainText('HTTP 404');
  await expectRecovery(page);
});

test('an HTML page served in place of the data is reported as missing', async ({ page }) => {
  // What a static host with an SPA fallback answers for a missing file.
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body>index</body></html>' }));
  await page.goto('./');
  await expect(page.locator('[role="alert"]')).toContainText('服务器返回的是网页');
  await expectRecovery(page);
});

test('a network failure says so, then recovers', async ({ page }) => {
  await page.route(DATA, (route) => route.abort('internetdisconnected'));
  await page.goto(stepUrl('cover', 'en'));
  await expect(page.locator('[role="alert"]')).toContainText('network request failed');
  await expectRecovery(page, /^Mountains and sea/);
});

test('data that breaks a rule names the field', async ({ page, request }) => {
  // The story's own rules are checked when the site is built (a part larger
  // than its whole fails the build: src/story/validate.rs); what reaches the
  // browser is checked for what it must draw.
  const site = await (await request.get('data/page.en.json')).json();
  site.charts[0].panels[0].bars[0].value = -5;
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(site) }));
  await page.goto(stepUrl('cover', 'en'));
  const alert = page.locator('[role="alert"]');
  await expect(alert).toContainText('wrong content');
  await expect(alert).toContainText(/charts\[0\]\.panels\[0\]\.bars\[0\]\.value/);
  await expect(alert).toContainText('not a value from 0');
  await expectRecovery(page, /^Mountains and sea/);
});

test('well-formed JSON of the wrong shape is wrong content, with its place', async ({ page, request }) => {
  const raw = await (await request.get('data/page.en.json')).text();
  const body = raw.replace('"n":1', '"n":"one"');
  expect(body).not.toBe(raw);
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(stepUrl('cover', 'en'));
  const alert = page.locator('[role="alert"]');
  await expect(alert).toContainText('wrong content');
  await expect(alert).toContainText(/line 1, column \d+/);
  await expectRecovery(page, /^Mountains and sea/);
});

// A fault in the running app: a real wasm trap (what a Rust panic becomes
// with panic = "abort"), thrown from a task as the app's would be. This
// test expects the trap, so it does without the fixture's panic check.
plain.describe('a fault in the running app', () => {
  const trap = (page) => page.evaluate(() => {
    // (module (func (export "f") unreachable))
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const f = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f;
    setTimeout(() => f(), 0);
  });

  plain('the story says so in an alert, and Reload carries on from the same step', async ({ page }) => {
    await page.goto(stepUrl('3'));
    await expect(page.locator('#static')).toHaveCount(0);
    await expect(page.locator('[data-crash-alert]')).toHaveCount(0);
    await trap(page);
    const alert = page.locator('[data-crash-alert][role="alert"]');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('互动版出了故障');
    await expect(alert).toBeInViewport();
    await alert.locator('[data-reload]').click();
    await expect(page).toHaveURL(/\/step-3\.html$/);
    await expect(page.locator('#static')).toHaveCount(0);
    await expect(page.locator('[data-keyword="3"]')).toBeVisible();
    await expect(page.locator('[data-crash-alert]')).toHaveCount(0);
  });

  plain('a widget says so inside its page, in its language', async ({ page }) => {
    await page.goto('w/funding.html?lang=en');
    await expect(page.locator('#static')).toHaveCount(0);
    await trap(page);
    const alert = page.locator('[data-crash-alert][role="alert"]');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('The chart stopped working');
    await expect(alert.locator('[data-reload]')).toHaveAttribute('href', /w\/funding\.html\?lang=en$/);
  });
});
