// The journey: cover → keywords 1..5 → data, by click, key and swipe; every
// step has a URL that survives reload, back/forward, language and bad links.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, STEPS, stepUrl, stepPattern } from './fixtures.mjs';

const shownStep = (page) => page.locator('.step-nav [aria-current="step"]').getAttribute('data-step');

async function expectKeyword(page, n) {
  await expect(page.locator(`[data-keyword="${n}"]`)).toBeVisible();
  await expect(page.locator('[data-keyword]')).toHaveCount(1);
  await expect(page.locator('.step-nav [aria-current="step"]')).toHaveAttribute('data-step', String(n));
}

test('walks cover → 1..5 → data by clicking next, focus and title follow', async ({ page }) => {
  await open(page);
  await page.locator('[data-nav="next"]').click();
  for (let n = 1; n <= 5; n++) {
    await expectKeyword(page, n);
    await expect(page).toHaveURL(stepPattern(String(n)));
    await expect(page.locator('[data-step-heading]')).toBeFocused();
    const heading = await page.locator('[data-step-heading]').innerText();
    expect(await page.title()).toContain(heading);
    await page.locator('[data-nav="next"]').click();
  }
  await expect(page.locator('[data-step="numbers"] h2')).toBeVisible();
  await expect(page.locator('[data-nav="next"]')).toHaveCount(0);
  await page.locator('[data-nav="prev"]').click();
  await expectKeyword(page, 5);
});

test('step navigation jumps to any step and marks it', async ({ page }) => {
  await open(page);
  for (const n of [4, 2, 5, 1, 3]) {
    await page.locator(`.step-nav [data-step="${n}"]`).click();
    await expectKeyword(page, n);
    await expect(page.locator('.step-nav [aria-current]')).toHaveCount(1);
  }
});

test('arrow keys, Home and End walk the steps', async ({ page }) => {
  await open(page);
  for (let i = 1; i < STEPS.length; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => shownStep(page)).toBe(STEPS[i]);
  }
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => shownStep(page)).toBe('numbers');
  await page.keyboard.press('ArrowLeft');
  await expectKeyword(page, 5);
  await page.keyboard.press('Home');
  await expect.poll(() => shownStep(page)).toBe('cover');
  await page.keyboard.press('End');
  await expect.poll(() => shownStep(page)).toBe('numbers');
});

test('swipes left and right turn the page on a touch screen', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}${stepUrl('2')}`);
  // Swipes are the app's: wait for it to take over from the static page
  // (which paints keyword two first, and whose <main> has its own id).
  await expect(page.locator('#static')).toHaveCount(0);
  await expectKeyword(page, 2);
  const swipe = (dx) => page.evaluate((dx) => {
    const main = document.querySelector('#main');
    const touch = (x) => new Touch({ identifier: 1, target: main, clientX: x, clientY: 300 });
    main.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, touches: [touch(200)], changedTouches: [touch(200)] }));
    main.dispatchEvent(new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [touch(200 + dx)] }));
  }, dx);
  await swipe(-150);
  await expectKeyword(page, 3);
  await swipe(-150);
  await expectKeyword(page, 4);
  await swipe(150);
  await expectKeyword(page, 3);
  await swipe(-20); // too short to count
  await expectKeyword(page, 3);
  await context.close();
});

for (const step of ['1', '2', '3', '4', '5', 'numbers']) {
  test(`step ${step}'s own page opens that step in a fresh page`, async ({ page }) => {
    await open(page, stepUrl(step, 'en'));
    await expect(page.locator('.step-nav [aria-current="step"]')).toHaveAttribute('data-step', step);
    // A shared link opens at the top of the page, masthead in view.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.reload();
    await expect(page.locator('#static')).toHaveCount(0);
    await expect(page.locator('.step-nav [aria-current="step"]')).toHaveAttribute('data-step', step);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
}

test('browser back and forward walk the steps', async ({ page }) => {
  await open(page);
  await page.locator('[data-nav="next"]').click();
  await expectKeyword(page, 1);
  await page.locator('[data-nav="next"]').click();
  await expectKeyword(page, 2);
  await page.goBack();
  await expectKeyword(page, 1);
  await page.goBack();
  await expect.poll(() => shownStep(page)).toBe('cover');
  await page.goForward();
  await expectKeyword(page, 1);
});

test('the language switch changes every string, the URL and <html lang>, and survives reload', async ({ page }) => {
  await open(page, stepUrl('4'));
  const zhHeading = await page.locator('[data-step-heading]').innerText();
  expect(zhHeading).toContain('四个聚焦');
  await page.locator('[data-lang="en"]').click();
  await expect(page.locator('[data-step-heading]')).toHaveText('The “four focuses”');
  await expect(page).toHaveURL(stepPattern('4', 'en'));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  // No Chinese left in the step's own text (names in the data are English too).
  const text = await page.locator('[data-keyword="4"]').innerText();
  expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  await expect(page.locator('[data-keyword="4"]')).toContainText('over 18 million yuan');
  await page.reload();
  await expect(page.locator('[data-step-heading]')).toHaveText('The “four focuses”');
  await page.locator('[data-lang="zh-CN"]').click();
  await expect(page.locator('[data-step-heading]')).toHaveText('“四个聚焦”');
  await expect(page.locator('[data-keyword="4"]')).toContainText('1800余万元');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
});

for (const [bad, nearest] of [['0', null], ['9', '5'], ['abc', null]]) {
  test(`a bad step link (${bad}) shows a message and a way on`, async ({ page }) => {
    await open(page, `./?step=${bad}`);
    const alert = page.locator('[role="alert"]');
    await expect(alert).toContainText('没有这一步');
    await expect(alert).toContainText(bad);
    if (nearest) {
      await alert.getByRole('link', { name: '前往最近的一步' }).click();
      await expectKeyword(page, nearest);
    } else {
      await alert.getByRole('link', { name: '回到封面' }).click();
      await expect.poll(() => shownStep(page)).toBe('cover');
    }
    await expect(page.locator('[role="alert"]')).toHaveCount(0);
  });
}

test('an unknown language shows a message and falls back to Chinese', async ({ page }) => {
  await open(page, './?step=2&lang=fr');
  await expect(page.locator('[role="alert"]')).toContainText('fr');
  await expectKeyword(page, 2);
  await page.locator('[data-lang="en"]').click();
  await expect(page.locator('[role="alert"]')).toHaveCount(0);
  await expect(page).toHaveURL(stepPattern('2', 'en'));
});

for (const lang of ['zh-CN', 'en']) {
  test(`every step passes axe WCAG 2.2 AA and has no sideways scroll at 390 px (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const step of STEPS) {
      await open(page, stepUrl(step, lang));
      await expect(page.locator('.step-nav [aria-current="step"]')).toHaveAttribute('data-step', step);
      // Wait for the charts to be drawn, so axe sees the finished page.
      const charts = page.locator('figure[data-chart]:visible');
      for (let i = 0; i < (await charts.count()); i++) await expect(charts.nth(i).locator('svg')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scroll on step ${step}`).toBeLessThanOrEqual(0);
      // Axe judges the settled page, not a step halfway through fading in.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      // label-content-name-mismatch (WCAG 2.5.3) is experimental in axe,
      // off by default: turned on here.
      const results = await new AxeBuilder({ page })
        .options({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          rules: { 'label-content-name-mismatch': { enabled: true } },
        })
        .analyze();
      const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
      expect(ran, 'the label-in-name rule ran').toContain('label-content-name-mismatch');
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(summary, `axe on step ${step}`).toEqual([]);
    }
  });
}

test('no sideways scrolling from 320 px to 1920 px', async ({ page }) => {
  test.setTimeout(60_000);
  for (const width of [320, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    for (const step of STEPS) {
      await open(page, stepUrl(step, 'en'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `step ${step} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});

test('printing lays out the cover, all five keywords and the data box in order', async ({ page }) => {
  await open(page, stepUrl('3'));
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const order = await page.locator('main [data-step], main [data-keyword]').evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-keyword') ?? e.getAttribute('data-step')));
  expect(order).toEqual(['cover', '1', '2', '3', '4', '5', 'numbers']);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expectKeyword(page, 3);
});

test('copy link puts the step URL on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await open(page, stepUrl('2', 'en'));
  await page.locator('[data-copy-link]').click();
  await expect(page.locator('.share-status:visible')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The step's own page (which previews as that step), absolute.
  expect(copied).toBe(new URL(stepUrl('2', 'en'), baseURL).href);
});

for (const [old, step, lang, rest] of [
  ['./?step=3', '3', 'zh-CN', ''],
  ['./?step=numbers&lang=en', 'numbers', 'en', ''],
  ['index.html?lang=en', 'cover', 'en', ''],
  ['step-2.html?lang=en', '2', 'en', ''],
  ['./?step=5&from=chat#main', '5', 'zh-CN', '?from=chat#main'],
]) {
  test(`an older link (${old}) goes to its step's own page`, async ({ page }) => {
    await open(page, old);
    const file = stepUrl(step, lang);
    await expect(page).toHaveURL(new RegExp(`/${file === './' ? '' : file.replace(/\./g, '\\.')}${rest.replace(/\?/g, '\\?')}$`));
    await expect(page.locator('.step-nav [aria-current="step"]')).toHaveAttribute('data-step', step);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    // The old address is replaced, not kept: back leaves the story (here,
    // for the blank page the test browser starts on).
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });
}

test('back and forward walk the steps\' own pages, in both languages', async ({ page }) => {
  await open(page, stepUrl('3', 'en'));
  await page.locator('[data-nav="next"]').click();
  await expect(page).toHaveURL(stepPattern('4', 'en'));
  await page.locator('[data-lang="zh-CN"]').click();
  await expect(page).toHaveURL(stepPattern('4'));
  await page.goBack();
  await expect(page).toHaveURL(stepPattern('4', 'en'));
  await expect(page.locator('[data-step-heading]')).toHaveText('The “four focuses”');
  await page.goBack();
  await expectKeyword(page, 3);
  await expect(page).toHaveURL(stepPattern('3', 'en'));
  await page.goForward();
  await expectKeyword(page, 4);
});

test('a step once seen stays mounted: going on, switching language and coming back rebuild nothing', async ({ page }) => {
  await open(page, stepUrl('4'));
  await expectKeyword(page, 4);
  // A mark on the drawn step's own node and on its chart survives only if
  // neither is rebuilt.
  const slot = '[data-slot="4.zh-CN"]';
  await expect(page.locator(`${slot} figure[data-chart] svg`).first()).toBeVisible();
  await page.evaluate((slot) => {
    document.querySelector(slot).__seen = 1;
    document.querySelector(`${slot} figure[data-chart] svg`).__seen = 1;
  }, slot);
  await page.locator('[data-nav="next"]').click();
  await expectKeyword(page, 5);
  await page.locator('[data-lang="en"]').click();
  await expect(page).toHaveURL(stepPattern('5', 'en'));
  await expect(page.locator('[data-step-heading]')).toHaveText('The “five continuations”');
  await page.locator('[data-lang="zh-CN"]').click();
  await page.locator('[data-nav="prev"]').click();
  await expectKeyword(page, 4);
  expect(await page.evaluate((slot) => [
    document.querySelector(slot)?.__seen,
    document.querySelector(`${slot} figure[data-chart] svg`)?.__seen,
  ], slot)).toEqual([1, 1]);
});
