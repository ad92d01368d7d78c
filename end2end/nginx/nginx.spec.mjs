// The README's nginx block, run in Debian's nginx by scripts/test-nginx
// (baseURL is that nginx): what a reader gets from a real server configured
// as the README says.
import { readFile } from 'node:fs/promises';
import { test, expect, open } from '../tests/fixtures.mjs';
import { secondOrigin, sandboxedHostPage } from '../tests/second-origin.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
const IMMUTABLE = 'public, max-age=31536000, immutable';
const host = secondOrigin(test);

/** The hashed files of the build, from dist/index.html. */
async function hashed() {
  const html = await readFile(new URL('index.html', DIST), 'utf8');
  const pick = (re) => html.match(re)?.[1];
  const files = {
    css: pick(/href="\.\/(main-[^"]+\.css)"/),
    js: pick(/data-js="\.\/(minning-[^"]+\.js)"/),
    wasm: pick(/data-wasm="\.\/(minning-[^"]+\.wasm)"/),
  };
  for (const [k, v] of Object.entries(files)) expect(v, `dist/index.html names the ${k}`).toBeTruthy();
  return files;
}

test('the story loads through nginx and the app takes over', async ({ page }) => {
  await open(page, 'numbers.en.html');
  await expect(page.locator('figure[data-chart] svg').first()).toBeVisible();
  await expect(page.locator('[role="alert"]')).toHaveCount(0);
});

test('a widget loads through nginx and the app takes over', async ({ page }) => {
  await page.goto('./embed.html?id=funding&lang=en');
  await expect(page.locator('#app main.embed[data-widget="funding"]')).toBeVisible();
  await expect(page.locator('#static')).toHaveCount(0);
  await expect(page.locator('figure[data-chart="funding"] svg').first()).toBeVisible();
});

test('through nginx, widgets in a sandboxed frame on another origin draw, styled, and size themselves', async ({ page, baseURL }) => {
  const url = host(sandboxedHostPage([{ id: 'funding', src: `${baseURL}embed.html?id=funding&lang=en` }]));
  await page.goto(url);
  const frame = page.frameLocator('iframe[data-minning-embed="funding"]');
  await expect(frame.locator('figure[data-chart="funding"] svg').first()).toBeVisible();
  // main.embed has padding 0 only from the stylesheet (a browser gives <main> none either,
  // so check the body, whose 8px default margin the stylesheet removes).
  const margin = await frame.locator('body').evaluate((b) => getComputedStyle(b).marginTop);
  expect(margin).toBe('0px');
  await expect.poll(() => page.evaluate(() => window.__heights.funding ?? 0)).toBeGreaterThan(100);
});

test('content types: html, js, css, wasm, json', async ({ request }) => {
  const f = await hashed();
  const want = [
    ['./', /^text\/html/],
    ['index.html', /^text\/html/],
    ['embed.html', /^text\/html/],
    ['step-3.en.html', /^text\/html/],
    ['w/funding.html', /^text\/html/],
    ['w/funding.en.html', /^text\/html/],
    ['oembed/w-funding.en.json', /^application\/json/],
    ['share/step-3.en.png', /^image\/png$/],
    ['boot.js', /^(text|application)\/javascript/],
    ['embed.js', /^(text|application)\/javascript/],
    [f.js, /^(text|application)\/javascript/],
    [f.css, /^text\/css/],
    [f.wasm, /^application\/wasm$/],
    ['data/story.json', /^application\/json/],
    ['data/page.en.json', /^application\/json/],
  ];
  for (const [path, type] of want) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toMatch(type);
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(res.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
});

test('the policy and the caching rules, as documented', async ({ request }) => {
  const f = await hashed();
  for (const path of ['./', 'index.html', 'index.en.html', 'step-1.html', 'step-5.en.html', 'numbers.html']) {
    const h = (await request.get(path)).headers();
    expect(h['content-security-policy'], path).toBe(`${POLICY}; frame-ancestors 'self'; base-uri 'self'; object-src 'none'`);
    expect(h['cache-control'], path).toBe('no-cache');
  }
  for (const path of ['embed.html', 'w/funding.html', 'w/funding.en.html', '404.html']) {
    const embed = (await request.get(path)).headers();
    expect(embed['content-security-policy'], path).toBe(`${POLICY}; frame-ancestors *; base-uri 'self'; object-src 'none'`);
    expect(embed['cache-control'], path).toBe('no-cache');
  }
  for (const path of ['data/story.json', 'data/page.zh-CN.json', 'oembed/w-funding.json', 'boot.js', 'embed.js']) {
    const h = (await request.get(path)).headers();
    expect(h['cache-control'], path).toBe('no-cache');
    expect(h['access-control-allow-origin'], path).toBe('*');
  }
  for (const path of [f.js, f.css, f.wasm]) {
    const h = (await request.get(path)).headers();
    expect(h['cache-control'], path).toBe(IMMUTABLE);
    expect(h['access-control-allow-origin'], path).toBe('*');
  }
  // The pages need no CORS, and _headers is not served.
  expect((await request.get('./')).headers()['access-control-allow-origin']).toBeUndefined();
  expect((await request.get('_headers')).status()).toBe(404);
});

test('.gz is served when asked (gzip_static), the plain file otherwise', async ({ request }) => {
  const f = await hashed();
  for (const path of ['index.html', 'embed.html', 'boot.js', f.js, f.css, f.wasm, 'data/page.zh-CN.json']) {
    const plain = await readFile(new URL(path, DIST));
    const gz = await readFile(new URL(`${path}.gz`, DIST));
    const zipped = await request.fetch(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers()['content-encoding'], path).toBe('gzip');
    expect(Number(zipped.headers()['content-length']), path).toBe(gz.length);
    // Playwright decodes the body: it is the file itself.
    expect((await zipped.body()).equals(plain), path).toBe(true);
    const raw = await request.fetch(path, { headers: { 'accept-encoding': 'identity' } });
    expect(raw.headers()['content-encoding'], path).toBeUndefined();
    expect(Number(raw.headers()['content-length']), path).toBe(plain.length);
  }
});

test.describe('wrong addresses', () => {
  // A 404 is a failed request in the console, which is the point here.
  test.use({ strictConsole: false });

  test('through nginx, a mistyped widget address framed on another origin says so in its frame, sized', async ({ page, baseURL }) => {
    await page.goto(host(sandboxedHostPage([{ id: 'fundng', src: `${baseURL}w/fundng.en.html` }])));
    const frame = page.frameLocator('iframe[data-minning-embed="fundng"]');
    await expect(frame.locator('[role="alert"]')).toContainText('There is no such widget');
    await expect(frame.locator('[role="alert"] a[href*="view=embeds"]')).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => window.__heights.fundng ?? 0)).toBeGreaterThan(100);
  });

  test('through nginx, a mistyped step address is a 404 with the site\'s page that leads on', async ({ page, request }) => {
    const res = await request.get('step-9.html');
    expect(res.status()).toBe(404);
    expect(res.headers()['content-type']).toMatch(/^text\/html/);
    await page.goto('step-9.html');
    await expect(page.locator('[role="alert"]')).toContainText('没有这个页面');
    await expect(page.locator('.not-found-steps a')).toHaveCount(7);
    expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
  });
});
