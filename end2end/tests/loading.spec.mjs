// Fast and steady on a phone: the static story paints the step the URL asks
// for before the wasm arrives, readers without JavaScript get the whole
// story, and nothing moves when the app takes over.
import { test, expect, open, storyData, stepUrl } from './fixtures.mjs';

test('without JavaScript, keyword three\'s page holds its heading, text and its figure as SVG', async ({ browser, baseURL, request }) => {
  const story = await storyData(request);
  const k3 = story.keywords.find((k) => k.n === 3);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}${stepUrl('3')}`);
  const step = page.locator('.static-page[data-page="3.zh-CN"]');
  await expect(step.locator('h2')).toHaveText(k3.heading.zh);
  await expect(step.locator('.summary')).toHaveText(k3.summary.zh);
  // Keyword three has no bar chart (the article gives no two comparable
  // figures for the park); its drawn figure is the place locator, an SVG from
  // charts::locator_svg like every chart.
  await expect(step.locator('figure svg').first()).toBeVisible();
  // Every step is a link away, each to its own page.
  const links = await step.locator('.step-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(['cover', '1', '2', '3', '4', '5', 'numbers'].map((s) => stepUrl(s)));
  await context.close();
});

test('without JavaScript, every step\'s page shows that step first, in its language', async ({ browser, baseURL, request }) => {
  test.setTimeout(60_000);
  const story = await storyData(request);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const lang of ['zh-CN', 'en']) {
    const key = lang === 'en' ? 'en' : 'zh';
    for (const step of ['cover', '1', '2', '3', '4', '5', 'numbers']) {
      const res = await page.goto(`${baseURL}${stepUrl(step, lang)}`);
      expect(res.status()).toBe(200);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect(page.locator('.static-page')).toHaveCount(1);
      await expect(page.locator('.step-nav [aria-current="step"]')).toHaveAttribute('data-step', step);
      const heading = page.locator('[data-step-heading]');
      const want = step === 'cover' ? story.meta.title[key] : step === 'numbers' ? null : story.keywords.find((k) => String(k.n) === step).heading[key];
      // (The cover's Chinese title breaks between its phrases: spaces differ.)
      if (want) expect((await heading.textContent()).replace(/\s+/g, '')).toBe(want.replace(/\s+/g, ''));
      // The step's heading is in the first screen, below the masthead.
      const box = await heading.boundingBox();
      expect(box && box.y < 844, `heading of ${step} (${lang}) in the first screen`).toBeTruthy();
      if (step !== 'cover' && step !== 'numbers') await expect(page.locator(`[data-keyword="${step}"]`)).toBeVisible();
    }
  }
  await context.close();
});

test('before the wasm runs, a link paints its own step in its own language', async ({ page, request }) => {
  const story = await storyData(request);
  // Hold the wasm back: what shows is the static story alone.
  await page.route('**/*.wasm', () => {});
  await page.goto(stepUrl('4', 'en'));
  const shown = page.locator('.static-page:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown.locator('h2').first()).toHaveText(story.keywords.find((k) => k.n === 4).heading.en);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the app takes over the static page without moving it', async ({ page }) => {
  await open(page, stepUrl('2'));
  await expect(page.locator('#static')).toHaveCount(0);
  await expect(page.locator('#app')).not.toHaveClass(/pending/);
  await expect(page.locator('[data-keyword="2"]')).toBeVisible();
});

// The phone profile from the brief: slow 4G and a CPU four times slower.
async function phone(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

for (const url of ['./', stepUrl('1'), stepUrl('numbers', 'en')]) {
  test(`no layout shift while the app starts on a slow phone (${url})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await phone(page);
    await page.goto(url);
    // The static page is up first, then the app replaces it.
    await expect(page.locator('#app main')).toBeVisible({ timeout: 45_000 });
    await expect(page.locator('#static')).toHaveCount(0);
    // Let late work (chart redraws, fonts) land before adding it up.
    await page.waitForTimeout(1500);
    const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
    expect(cls, `cumulative layout shift on ${url}`).toBeLessThanOrEqual(0.01);
  });
}
