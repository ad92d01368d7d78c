// One renderer: the static pages are the app's own components rendered at
// build time, so what a reader sees before the wasm arrives and after the
// app has taken over must be the same page. Layout Instability cannot see
// the hand-over (it swaps whole subtrees in one frame), so this compares
// positions directly: every heading, paragraph and chart figure in the
// first two screens, at the same place within 2 px, none on one side only.
import { test, expect, STEPS, stepUrl } from './fixtures.mjs';

// The wasm is held back (never answered) for the static side: a refused
// one would bring boot.js's alert, which is another page.
test.use({ strictConsole: false });

const TOLERANCE = 2;

/** Headings, paragraphs and chart figures shown in the first two screens. */
function layout(page) {
  return page.evaluate(() => {
    const root = document.querySelector('#static') || document.querySelector('#app');
    const limit = 2 * window.innerHeight;
    const out = [];
    for (const el of root.querySelectorAll('h1, h2, h3, p, figure[data-chart], li.stat')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.closest('.sr-only, dialog')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const top = r.top + window.scrollY;
      if (top > limit) continue;
      const label = el.matches('figure') ? `figure ${el.dataset.chart}` : `${el.tagName.toLowerCase()} ${el.textContent.trim().slice(0, 24)}`;
      out.push({ label, x: Math.round(r.left * 10) / 10, y: Math.round(top * 10) / 10, w: Math.round(r.width * 10) / 10 });
    }
    return out;
  });
}

/** The layout once it has settled: fonts loaded and two readings 250 ms
 *  apart the same (a busy machine may still be loading a font face). */
async function settled(page) {
  let last = null;
  for (let i = 0; i < 12; i++) {
    await page.evaluate(() => document.fonts.ready);
    const now = await layout(page);
    if (last && JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
    await page.waitForTimeout(250);
  }
  return last;
}

async function staticLayout(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.route('**/*.wasm', () => {});
  await page.goto(url);
  await expect(page.locator('#static')).toHaveCount(1);
  const found = await settled(page);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
  return found;
}

async function appLayout(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('#static')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('#app')).not.toHaveClass(/pending/);
  const found = await settled(page);
  await context.close();
  return found;
}

function compare(before, after) {
  const problems = [];
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i++) {
    const a = before[i];
    const b = after[i];
    if (!a || !b || a.label !== b.label) {
      problems.push(`#${i}: static «${a?.label ?? '—'}» vs app «${b?.label ?? '—'}»`);
      break;
    }
    const dx = Math.abs(a.x - b.x);
    const dy = Math.abs(a.y - b.y);
    if (dx > TOLERANCE || dy > TOLERANCE || Math.abs(a.w - b.w) > TOLERANCE) {
      problems.push(`«${a.label}» static (${a.x}, ${a.y}, w ${a.w}) vs app (${b.x}, ${b.y}, w ${b.w})`);
    }
  }
  return problems;
}

const VIEWPORTS = [{ width: 390, height: 844 }, { width: 1440, height: 900 }];

for (const lang of ['zh-CN', 'en']) {
  for (const step of STEPS) {
    test(`story ${step} (${lang}): the static page and the app's agree`, async ({ browser, baseURL }) => {
      test.setTimeout(60_000);
      // Each step's own page (the files every link and share points to).
      const url = new URL(stepUrl(step, lang), baseURL).href;
      for (const viewport of VIEWPORTS) {
        const before = await staticLayout(browser, url, viewport);
        const after = await appLayout(browser, url, viewport);
        expect(before.length, `${url} at ${viewport.width}px: something to compare`).toBeGreaterThan(3);
        expect(compare(before, after), `${url} at ${viewport.width}px`).toEqual([]);
      }
    });
  }
}

test('every widget: the static page and the app\'s agree at 360 and 600 px', async ({ browser, baseURL, request }) => {
  test.setTimeout(360_000);
  const story = await (await request.get('data/story.json')).json();
  const ids = [...story.keywords.map((k) => `keyword-${k.n}`), ...story.charts.map((c) => c.id)];
  const problems = [];
  for (const id of ids) {
    // Each language's own page, and English through the story's language's
    // page (older links).
    for (const [lang, page] of [['zh-CN', `w/${id}.html`], ['en', `w/${id}.en.html`], ['en', `w/${id}.html`]]) {
      for (const width of [360, 600]) {
        const url = `${baseURL}${page}?lang=${lang}&theme=light`;
        const viewport = { width, height: 900 };
        const before = await staticLayout(browser, url, viewport);
        const after = await appLayout(browser, url, viewport);
        if (before.length < 2) problems.push(`${url}: the static widget shows almost nothing`);
        problems.push(...compare(before, after).map((p) => `${id} ${lang} ${width}px: ${p}`));
      }
    }
  }
  expect(problems).toEqual([]);
});
