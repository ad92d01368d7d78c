// What real hosts do to the story and its widgets: a CMS that frames
// widgets with sandbox="allow-scripts" only (an opaque origin: every request
// is cross-origin, storage and popups are refused), and networks that stall.
// The site's own headers (dist/_headers, applied by serve.mjs as the real
// hosts do) make the first work; the deadline in boot.js and in
// src/browser.rs makes the second end in a message, never in "Loading" for good.
import { test, expect, stepUrl } from './fixtures.mjs';
import { secondOrigin, sandboxedHostPage } from './second-origin.mjs';

const host = secondOrigin(test);
// The deadline (public/boot.js DEADLINE_MS, src/browser.rs DEADLINE_SECS)
// and how much later than it the alert may show on a busy test machine.
const DEADLINE = 12_000;
const SLACK = 6_000;
// How far apart the iframe's height and its content's height may be.
const FIT = 4;

const WIDGETS = [
  { id: 'funding', drawn: 'figure[data-chart="funding"] svg' },
  { id: 'keyword-3', drawn: 'article[data-keyword="3"] h2' },
];

/** The iframe's laid-out height and the bottom of what the frame shows. */
async function fit(page, id) {
  const iframe = page.locator(`iframe[data-minning-embed="${id}"]`);
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle()).contentFrame();
  const inner = await frame.evaluate(() => {
    const shown = document.querySelector('#app:not(.pending) main.embed') || document.getElementById('static');
    const below = parseFloat(getComputedStyle(document.body).marginBottom) || 0;
    return shown ? shown.getBoundingClientRect().bottom + window.scrollY + below : NaN;
  });
  return { outer, inner };
}

async function expectSized(page, id) {
  await expect
    .poll(async () => {
      const { outer, inner } = await fit(page, id);
      return Math.abs(outer - inner);
    }, { message: `${id}: the frame takes the height the widget posts`, timeout: 10_000 })
    .toBeLessThanOrEqual(FIT);
  expect(await page.evaluate((id) => window.__heights[id] ?? 0, id), `${id}: a Datawrapper-style height message`).toBeGreaterThan(50);
}

// The widget pages (w/<id>.html, what snippets point at) and the older
// embed.html?id= that earlier snippets use.
const FORMS = {
  'w/<id>.html': (base, id) => `${base}w/${id}.html?lang=en`,
  'w/<id>.en.html': (base, id) => `${base}w/${id}.en.html`,
  'embed.html?id=': (base, id) => `${base}embed.html?id=${id}&lang=en`,
};

for (const [form, src] of Object.entries(FORMS)) test(`widgets (${form}) in sandbox="allow-scripts" frames on another origin draw, styled, within 5 s, and size themselves`, async ({ page, baseURL }) => {
  const url = host(sandboxedHostPage(WIDGETS.map(({ id }) => ({ id, src: src(baseURL, id) }))));
  expect(new URL(url).origin).not.toBe(new URL(baseURL).origin);
  const t0 = Date.now();
  await page.goto(url);
  for (const { id, drawn } of WIDGETS) {
    // As a reader scrolls to it: Chromium holds back the frames of another
    // origin that are out of view (no animation frames), so the app takes
    // over a widget when it is seen.
    await page.locator(`iframe[data-minning-embed="${id}"]`).scrollIntoViewIfNeeded();
    const frame = page.frameLocator(`iframe[data-minning-embed="${id}"]`);
    await expect(frame.locator(`#app main.embed[data-widget="${id}"]`)).toBeVisible({ timeout: Math.max(1, 5_000 - (Date.now() - t0)) });
    await expect(frame.locator(drawn).first()).toBeVisible({ timeout: Math.max(1, 5_000 - (Date.now() - t0)) });
  }
  for (const { id } of WIDGETS) {
    const frame = await (await page.locator(`iframe[data-minning-embed="${id}"]`).elementHandle()).contentFrame();
    const inside = await frame.evaluate(() => ({
      origin: window.origin,
      // Set only by main.css: a browser's own body margin is 8px and its
      // box-sizing content-box.
      bodyMargin: getComputedStyle(document.body).marginTop,
      boxSizing: getComputedStyle(document.querySelector('main.embed')).boxSizing,
      alerts: document.querySelectorAll('[role="alert"]').length,
    }));
    expect(inside.origin, `${id}: the frame's origin is opaque`).toBe('null');
    expect(inside.bodyMargin, `${id}: styled by main.css`).toBe('0px');
    expect(inside.boxSizing, `${id}: styled by main.css`).toBe('border-box');
    expect(inside.alerts, id).toBe(0);
    await expectSized(page, id);
  }
});

test.describe('opaque origin', () => {
  // Chromium logs the popup it blocks as a console error: the test checks
  // that it is the only one; panics and policy violations still fail it.
  test.use({ strictConsole: false });

  test('in an opaque origin, what the sandbox refuses fails softly: storage, new windows, downloads', async ({ page, baseURL, context }) => {
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const url = host(sandboxedHostPage([{ id: 'funding', src: `${baseURL}embed.html?id=funding&lang=en` }]));
    await page.goto(url);
    const frame = page.frameLocator('iframe[data-minning-embed="funding"]');
    await expect(frame.locator('figure[data-chart="funding"] svg').first()).toBeVisible();
    // The widget keeps nothing in storage, so a frame where touching it
    // throws still draws (above).
    const handle = await (await page.locator('iframe[data-minning-embed="funding"]').elementHandle()).contentFrame();
    expect(await handle.evaluate(() => { try { return typeof window.localStorage; } catch (e) { return e.name; } })).toBe('SecurityError');
    // Messages to the host still go through (the frame is sized), and the
    // clipboard is never needed inside a widget.
    await expectSized(page, 'funding');
    // No allow-popups: the story link cannot open a window; the widget says
    // where it goes instead of doing nothing.
    const pages = context.pages().length;
    await frame.locator('a[data-story-link]').click();
    const note = frame.locator('[data-popup-note]');
    await expect(note).toBeVisible();
    await expect(note.locator('code')).toHaveText(new URL(stepUrl('numbers', 'en'), baseURL).href);
    expect(context.pages().length).toBe(pages);
    // The widget grew by the note, and the frame with it.
    await expectSized(page, 'funding');
    // No allow-downloads: Chromium drops the CSV download quietly; the
    // widget goes on working.
    await frame.locator('a[data-get-data]').click();
    await page.waitForTimeout(500);
    await expect(frame.locator('figure[data-chart="funding"] svg').first()).toBeVisible();
    expect(errors.filter((e) => !/allow-popups|allow-downloads|sandboxed/i.test(e)), 'no console error but the blocked popup and download').toEqual([]);
  });
});

test('the files a widget loads are readable from any origin (CORS), the pages need not be', async ({ request }) => {
  const html = await (await request.get('embed.html')).text();
  const assets = [...html.matchAll(/(?:href|data-js|data-wasm)="\.\/((?:minning|main)-[^"]+)"/g)].map((m) => m[1]);
  expect(assets.length).toBeGreaterThanOrEqual(3);
  for (const path of [...new Set(assets), 'data/page.zh-CN.json', 'data/page.en.json', 'boot.js', 'embed.js']) {
    const res = await request.get(path, { headers: { origin: 'null' } });
    expect(res.status(), path).toBe(200);
    expect(res.headers()['access-control-allow-origin'], path).toBe('*');
    expect(res.headers()['access-control-allow-credentials'], path).toBeUndefined();
  }
  for (const path of ['./', 'embed.html']) {
    expect((await request.get(path)).headers()['access-control-allow-origin'], path).toBeUndefined();
  }
  // Trunk's integrity attribute on the stylesheet is checked only on a CORS
  // response: the link asks for one.
  expect(html).toMatch(/<link rel="stylesheet" href="\.\/main-[^"]+\.css" crossorigin="anonymous" integrity="sha384-/);
});

test.describe('stalls', () => {
  test.use({ strictConsole: false });

  test('a stalled data request: the story keeps its static text and says so by the deadline', async ({ page }) => {
    test.setTimeout(DEADLINE + SLACK + 20_000);
    await page.route('**/data/page.*.json', () => {});
    await page.goto(stepUrl('2', 'en'));
    const alert = page.locator('#static [role="alert"][data-load-alert="data"]');
    await expect(alert).toBeVisible({ timeout: DEADLINE + SLACK });
    await expect(alert).toContainText('did not arrive within 12 seconds');
    await expect(alert).toContainText('The full story is below');
    await expect(alert.locator('a[data-reload]')).toHaveAttribute('href', /\/step-2\.en\.html$/);
    // The static story is still there to read, at its step.
    await expect(page.locator('.static-page:visible h2').first()).toBeVisible();
    await expect(page.locator('#app')).toHaveClass(/pending/);
    await expect(page.locator('[role="alert"]:visible')).toHaveCount(1);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('a stalled wasm request: the story keeps its static text and says so by the deadline, in Chinese by default', async ({ page }) => {
    test.setTimeout(DEADLINE + SLACK + 20_000);
    await page.route('**/*.wasm', () => {});
    const t0 = Date.now();
    await page.goto(stepUrl('3'));
    const alert = page.locator('#static [role="alert"][data-load-alert="app"]');
    await expect(alert).toBeVisible({ timeout: DEADLINE + SLACK });
    expect(Date.now() - t0, 'not before the deadline').toBeGreaterThanOrEqual(DEADLINE - 500);
    await expect(alert.locator('.alert-title')).toHaveText('互动版未能载入');
    await expect(alert).toContainText('12 秒');
    await expect(alert.locator('a[data-reload]')).toHaveAttribute('href', /\/step-3\.html$/);
    await expect(page.locator('.static-page:visible h2').first()).toBeVisible();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('an app that arrives after the deadline still takes over, and the alert goes with the static page', async ({ page }) => {
    test.setTimeout(DEADLINE + SLACK + 30_000);
    await page.route('**/*.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, DEADLINE + 1_000));
      await route.continue().catch(() => {});
    });
    await page.goto(stepUrl('1', 'en'));
    await expect(page.locator('#static [role="alert"][data-load-alert="app"]')).toBeVisible({ timeout: DEADLINE + SLACK });
    await expect(page.locator('#app main')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('#static')).toHaveCount(0);
    await expect(page.locator('[role="alert"]')).toHaveCount(0);
    await expect(page.locator('[data-keyword="1"]')).toBeVisible();
  });

  for (const [what, pattern, kind] of [['data', '**/data/page.*.json', 'data'], ['wasm', '**/*.wasm', 'app']]) {
    test(`a stalled ${what} request: a sandboxed widget says so in its frame by the deadline, and sizes the frame to it`, async ({ page, baseURL }) => {
      test.setTimeout(DEADLINE + SLACK + 30_000);
      await page.route(pattern, () => {});
      const url = host(sandboxedHostPage([{ id: 'funding', src: `${baseURL}embed.html?id=funding&lang=en` }]));
      await page.goto(url);
      const frame = page.frameLocator('iframe[data-minning-embed="funding"]');
      const alert = frame.locator('[role="alert"]:visible');
      await expect(alert).toBeVisible({ timeout: DEADLINE + SLACK });
      await expect(alert).toHaveCount(1);
      if (kind === 'data') {
        await expect(alert).toContainText('did not arrive within 12 seconds');
        await expect(alert.locator('[data-retry]')).toBeVisible();
      } else {
        await expect(alert).toContainText('did not download within 12 seconds');
        await expect(alert.locator('a[data-reload]')).toBeVisible();
        await expect(alert.locator('a[target="_blank"]')).toHaveAttribute('href', new URL(stepUrl('cover', 'en'), baseURL).href);
      }
      // Not a blank frame: the loading line is gone, the alert fits.
      await expect(frame.locator('.loading:visible')).toHaveCount(0);
      await expectSized(page, 'funding');
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    });
  }
});
