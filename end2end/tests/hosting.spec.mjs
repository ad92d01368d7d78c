// Safe to host anywhere: the built site carries no inline script, ships its
// policy and header rules, runs under that policy (every test does: see
// fixtures.mjs), and hostile data does nothing.
import { readFile } from 'node:fs/promises';
import { test, expect, open, storyData, stepUrl } from './fixtures.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

test('the built pages have no inline script or style and carry the policy', async () => {
  for (const page of ['index.html', 'index.en.html', 'step-3.html', 'numbers.en.html', 'embed.html', 'w/funding.html', 'w/keyword-3.html']) {
    const html = await readFile(new URL(page, DIST), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length, page).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs, `${page}: every script is external`).toMatch(/\bsrc=/);
      expect(body.trim(), `${page}: no inline code`).toBe('');
    }
    expect(html, page).not.toMatch(/<style\b/i);
    expect(html, page).not.toMatch(/\sstyle="/i);
    expect(html, page).not.toMatch(/\son[a-z]+="/i);
    expect(html, page).not.toMatch(/javascript:/i);
    expect(html, page).toContain(`<meta http-equiv="Content-Security-Policy" content="${POLICY}">`);
  }
});

test('dist/_headers has the policy, the headers and the caching rules', async () => {
  const headers = await readFile(new URL('_headers', DIST), 'utf8');
  const rules = {};
  let path = null;
  for (const line of headers.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { path = line.trim(); rules[path] = {}; continue; }
    const [name, ...value] = line.trim().split(':');
    rules[path][name.toLowerCase()] = value.join(':').trim();
  }
  for (const page of ['/', '/index.html', '/index.en*', '/step-*', '/numbers*']) {
    expect(rules[page]['content-security-policy']).toContain(POLICY);
    expect(rules[page]['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(rules[page]['cache-control']).toBe('no-cache');
  }
  expect(rules['/embed.html']['content-security-policy']).toContain('frame-ancestors *');
  expect(rules['/w/*']['content-security-policy']).toContain('frame-ancestors *');
  expect(rules['/*']['x-content-type-options']).toBe('nosniff');
  expect(rules['/*']['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(rules['/data/*']['cache-control']).toBe('no-cache');
  expect(rules['/*.wasm']['content-type']).toBe('application/wasm');
  expect(rules['/*.wasm']['cache-control']).toBe('public, max-age=31536000, immutable');
  // Every hashed asset Trunk wrote is covered by an immutable rule.
  const html = await readFile(new URL('index.html', DIST), 'utf8');
  const hashed = [...html.matchAll(/(?:href|src|data-js|data-wasm)="\.\/((?:minning|main)-[0-9a-f]+[^"]*)"/g)].map((m) => m[1]);
  expect(hashed.length).toBeGreaterThanOrEqual(2);
  for (const file of hashed) {
    const rule = Object.keys(rules).find((r) => new RegExp(`^${r.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(`/${file}`) && rules[r]['cache-control']);
    expect(rules[rule]?.['cache-control'], file).toBe('public, max-age=31536000, immutable');
  }
});

test('the server sends the policy as a header, and the app starts under it', async ({ page, request }) => {
  const res = await request.get('./');
  expect(res.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  await open(page, stepUrl('numbers'));
  await expect(page.locator('figure[data-chart]:visible svg').first()).toBeVisible();
  // Hotspots are placed through CSSOM, which the policy allows.
  const left = await page.locator('figure[data-chart]:visible .hotspot').first().evaluate((b) => b.style.left);
  expect(left).toMatch(/%$/);
});

test('downloads still work under the policy (PNG through a canvas, CSV as a blob)', async ({ page }) => {
  await open(page, stepUrl('numbers'));
  const fig = page.locator('figure[data-chart]:visible').first();
  for (const kind of ['png', 'csv']) {
    const [download] = await Promise.all([page.waitForEvent('download'), fig.locator(`[data-download="${kind}"]`).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${kind}$`));
  }
  await expect(fig.locator('[role="alert"]')).toHaveCount(0);
});

// Each hostile page model: what goes in, and whether the loader must refuse
// it. (The story file itself is checked at build time: src/story/validate.rs.)
const keyword = (s) => s.steps.find((x) => x.body.Keyword).body.Keyword;
const HOSTILE = [
  ['script tags in a label', (s) => { s.charts[0].panels[0].bars[0].label = '<script>window.__pwned = 1</script>'; }, false],
  ['an img onerror in a heading', (s) => { keyword(s).head.heading = '<img src=x onerror="window.__pwned=1">'; }, false],
  ['SVG markup in a chart title', (s) => { s.charts[0].title = '<svg onload="window.__pwned=1"><script>window.__pwned=1</script></svg>'; }, false],
  ['a javascript: URL as a place name', (s) => { s.places[0].name = 'javascript:window.__pwned=1'; }, false],
  ['a bidi override in a label', (s) => { s.charts[0].panels[0].bars[1].label = '\u202Eevil\u202C'; }, true],
  ['a 10 000-character label', (s) => { s.charts[0].panels[0].bars[0].label = 'long '.repeat(2000); }, true],
  ['a value of 1e308', (s) => { s.charts[0].panels[0].bars[0].value = 1e308; }, true],
  ['a negative value', (s) => { s.charts[0].panels[0].bars[0].value = -5; }, true],
  ['a number written as a string', (s) => { s.charts[0].panels[0].bars[0].value = '12'; }, true],
];

for (const [name, mutate, refused] of HOSTILE) {
  test(`hostile data does nothing: ${name}`, async ({ page, request }) => {
    const story = await (await request.get('data/page.en.json')).json();
    mutate(story);
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.route('**/data/page.en.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(story) }));
    await page.goto(stepUrl('numbers', 'en'));
    if (refused) {
      const alert = page.locator('[role="alert"]');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(/wrong content|charts\[|line \d+/);
    } else {
      await expect(page.locator('#app main')).toBeVisible();
      await expect(page.locator('figure[data-chart]:visible svg').first()).toBeVisible();
      // Every step draws, with the hostile text shown as text.
      for (const step of ['cover', '1', 'numbers']) {
        await page.goto(stepUrl(step, 'en'));
        await expect(page.locator('#app main')).toBeVisible();
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
}

test('a data file from another version names both versions', async ({ page, request }) => {
  const story = await (await request.get('data/page.en.json')).json();
  const current = story.version;
  story.version = current + 1;
  await page.route('**/data/page.en.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(story) }));
  await page.goto(stepUrl('cover', 'en'));
  const alert = page.locator('[role="alert"]');
  await expect(alert).toContainText(`version ${current + 1}`);
  await expect(alert).toContainText(`version ${current}`);
  await expect(alert.locator('[data-retry]')).toBeVisible();
});
