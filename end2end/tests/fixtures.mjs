import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';

// Every test collects the page's console errors and uncaught exceptions.
// `strictConsole` (on by default) fails the test on any of them; tests that
// provoke failed requests on purpose turn it off and check for panics only.
export const test = base.extend({
  strictConsole: [true, { option: true }],
  page: async ({ page, strictConsole }, use) => {
    const problems = [];
    // The site is served with its own strict Content-Security-Policy
    // (dist/_headers, applied by serve.mjs): anything it blocks fails the
    // test, whatever else the test allows.
    const violations = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
      if (/CSP violation|Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    await use(page);
    const panics = problems.filter((p) => /panicked|RuntimeError|unreachable/i.test(p));
    expect(panics, 'no wasm panic').toEqual([]);
    expect(violations, 'no Content-Security-Policy violation').toEqual([]);
    if (strictConsole) expect(problems, 'no console errors').toEqual([]);
  },
});

export { expect };

/** Opens a URL (relative to the site) and waits for the app to be drawn. */
export async function open(page, path = './') {
  await page.goto(path);
  await expect(page.locator('#app main')).toBeVisible();
  await expect(page.locator('#static')).toHaveCount(0);
}

/** The contract the build wrote into dist/boot.js (src/site/contract.rs):
 *  the steps, their files, the widgets, the numbers the scripts share. */
export const CONTRACT = (() => {
  const js = readFileSync(new URL('../../dist/boot.js', import.meta.url), 'utf8');
  const json = js.match(/var C = (\{.*?\});\n/)?.[1];
  if (!json) throw new Error('dist/boot.js holds no contract: build the site first');
  return JSON.parse(json);
})();

/** Every step, in reading order, by its key (`cover`, `1` … `numbers`). */
export const STEPS = CONTRACT.steps.map((s) => s.key);

/** A step's own page (src/site/route.rs, Step::href), relative to the site:
 *  `stepUrl('3', 'en')` is `step-3.en.html`; the Chinese cover is `./`. */
export function stepUrl(step, lang = 'zh-CN') {
  const s = CONTRACT.steps.find((x) => x.key === String(step));
  if (!s) throw new Error(`no step ${step}`);
  return s.hrefs[lang];
}

/** A regular expression for a step's page in the address bar. */
export function stepPattern(step, lang = 'zh-CN') {
  const file = stepUrl(step, lang);
  if (file === './') return /\/(index\.html)?$/;
  return new RegExp(`/${file.replace(/\./g, '\\.')}$`);
}

/** The story file the site ships beside its pages (the data behind the
 *  page models the app loads). */
export async function storyData(request) {
  const res = await request.get('data/story.json');
  expect(res.ok()).toBeTruthy();
  return res.json();
}
