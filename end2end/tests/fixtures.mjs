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

export const STEPS = ['cover', '1', '2', '3', '4', '5', 'numbers'];

/** A step's own page (src/route.rs, Step::file), relative to the site:
 *  `stepUrl('3', 'en')` is `step-3.en.html`; the Chinese cover is `./`. */
export function stepUrl(step, lang = 'zh-CN') {
  const en = lang === 'en';
  const stem = step === 'cover' ? 'index' : step === 'numbers' ? 'numbers' : `step-${step}`;
  if (stem === 'index' && !en) return './';
  return `${stem}${en ? '.en' : ''}.html`;
}

/** A regular expression for a step's page in the address bar. */
export function stepPattern(step, lang = 'zh-CN') {
  const file = stepUrl(step, lang);
  if (file === './') return /\/(index\.html)?$/;
  return new RegExp(`/${file.replace(/\./g, '\\.')}$`);
}

/** The story data as the app loads it. */
export async function storyData(request) {
  const res = await request.get('data/story.json');
  expect(res.ok()).toBeTruthy();
  return res.json();
}
