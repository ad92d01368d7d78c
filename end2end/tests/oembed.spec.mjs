// Paste a link, get the widget: every widget page and every keyword step's
// page names an oEmbed answer in its head (a static JSON file the build
// writes), and a wrong address gets a page of ours that explains it. The
// real WordPress run is scripts/test-wordpress; here: the answers
// themselves, a host that inserts the answer's html as it is (as Ghost
// does), and the not-found page in a frame and on its own.
import { readFile, readdir } from 'node:fs/promises';
import { test, expect, STEPS, stepUrl } from './fixtures.mjs';
import { secondOrigin, sandboxedHostPage } from './second-origin.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const SITE = process.env.SITE_URL || 'http://127.0.0.1:8080/';
const site = SITE.endsWith('/') ? SITE : `${SITE}/`;
const host = secondOrigin(test);
const FIT = 4;

/** The built pages (what a CMS fetches when a link is pasted). */
async function pages() {
  const top = (await readdir(DIST)).filter((f) => f.endsWith('.html'));
  const widgets = (await readdir(new URL('w/', DIST))).filter((f) => f.endsWith('.html')).map((f) => `w/${f}`);
  return [...top, ...widgets];
}

/** The oEmbed discovery link of a built page, if it has one. */
async function discovery(rel) {
  const html = await readFile(new URL(rel, DIST), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const tag = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => /type="application\/json\+oembed"/.test(t));
  return tag ? (tag.match(/href="([^"]+)"/) ?? [])[1].replaceAll('&amp;', '&') : null;
}

/** The dist file an absolute URL of the site names, which must exist. */
async function expectOwnFile(url, what) {
  expect(url.startsWith(site), `${what}: ${url} is an absolute URL of the site`).toBeTruthy();
  const rel = new URL(url).pathname.slice(new URL(site).pathname.length) || 'index.html';
  await expect(readFile(new URL(rel, DIST)), `${what}: ${rel} is a file the build wrote`).resolves.toBeTruthy();
  return rel;
}

test('every widget page and keyword step names a valid oEmbed 1.0 answer with absolute URLs to its own files', async () => {
  const all = await pages();
  const named = [];
  for (const rel of all) {
    const href = await discovery(rel);
    const keyword = /^step-[1-5](\.en)?\.html$/.test(rel);
    const widget = rel.startsWith('w/');
    expect(Boolean(href), `${rel}: a discovery link exactly where a widget can be embedded`).toBe(keyword || widget);
    if (!href) continue;
    named.push(rel);
    const json = JSON.parse(await readFile(new URL(await expectOwnFile(href, rel), DIST), 'utf8'));
    expect(json.version, rel).toBe('1.0');
    expect(json.type, rel).toBe('rich');
    for (const key of ['title', 'provider_name', 'provider_url', 'html', 'thumbnail_url']) expect(typeof json[key], `${rel} ${key}`).toBe('string');
    for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height', 'cache_age']) expect(Number.isInteger(json[key]) && json[key] > 0, `${rel} ${key}`).toBeTruthy();
    await expectOwnFile(json.provider_url, `${rel} provider_url`);
    await expectOwnFile(json.thumbnail_url, `${rel} thumbnail_url`);
    // A blockquote with a link to the story (what WordPress shows until the
    // frame speaks), then the frame, of this page's language.
    const quote = json.html.indexOf('<blockquote');
    const frame = json.html.indexOf('<iframe');
    expect(quote >= 0 && frame > quote, `${rel}: blockquote, then iframe`).toBeTruthy();
    const src = json.html.match(/<iframe[^>]* src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    const widgetFile = await expectOwnFile(src.replace(/[?#].*$/, ''), `${rel} iframe`);
    expect(widgetFile.endsWith('.en.html'), `${rel}: the frame is in the page's language`).toBe(/\.en\.html$/.test(rel));
    const link = json.html.match(/<blockquote[^>]*><a href="([^"]+)"/)[1];
    await expectOwnFile(link, `${rel} blockquote link`);
    expect(json.html.match(/<iframe[^>]* height="(\d+)"/)[1], rel).toBe(String(json.height));
  }
  expect(named.length).toBeGreaterThanOrEqual(10 + 2 * 5);
});

test('an answer\'s height is the widget\'s at its width', async ({ page }) => {
  for (const rel of ['w/funding.html', 'w/keyword-3.en.html', 'step-4.html']) {
    const json = JSON.parse(await readFile(new URL(await expectOwnFile(await discovery(rel), rel), DIST), 'utf8'));
    const src = json.html.match(/<iframe[^>]* src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    await page.setViewportSize({ width: json.width, height: 900 });
    await page.goto(new URL(src).pathname.replace(new URL(site).pathname, './') + new URL(src).search);
    await expect(page.locator('#app main.embed')).toBeVisible();
    const real = await page.evaluate(() => document.querySelector('#app main.embed').getBoundingClientRect().bottom + window.scrollY);
    expect(Math.abs(json.height - real), `${rel}: height ${json.height} vs ${real} px at ${json.width} px`).toBeLessThanOrEqual(Math.max(48, real * 0.15));
  }
});

test('every widget fits the 1,000 px WordPress gives a frame, in a 360 px column', async ({ page }) => {
  // WordPress clamps a frame's height to 1,000 px and sets scrolling="no":
  // a taller widget loses its foot (the story link, the source).
  await page.setViewportSize({ width: 360, height: 640 });
  const widgets = (await readdir(new URL('w/', DIST))).filter((f) => f.endsWith('.html') && !f.includes('.dark.'));
  expect(widgets.length).toBeGreaterThanOrEqual(10);
  for (const file of widgets) {
    await page.goto(`./w/${file}`);
    await expect(page.locator('#app main.embed')).toBeVisible();
    const bottom = await page.evaluate(() => document.querySelector('#app main.embed').getBoundingClientRect().bottom + window.scrollY);
    expect(bottom, `w/${file} at 360 px`).toBeLessThanOrEqual(1000);
  }
});

/** The answer for a page, with its URLs moved to the site the tests serve. */
async function answerFor(rel, baseURL) {
  const json = JSON.parse(await readFile(new URL(await expectOwnFile(await discovery(rel), rel), DIST), 'utf8'));
  return { ...json, html: json.html.replaceAll(site, baseURL) };
}

for (const width of [390, 1200]) {
  test(`a host that inserts the answer's html as it is (as Ghost does) shows the widget drawn and sized at ${width} px`, async ({ page, baseURL }) => {
    const json = await answerFor('w/employment.en.html', baseURL);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(host(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A Ghost post</title></head>
<body><main><h1>A Ghost post</h1><p>A pasted link became this card:</p>
<figure class="kg-card kg-embed-card">${json.html}</figure><p>The post goes on.</p></main></body></html>`));
    const iframe = page.locator('iframe[src*="/w/employment.en.html"]');
    const frame = page.frameLocator('iframe[src*="/w/employment.en.html"]');
    await expect(frame.locator('figure[data-chart="employment"] svg').first()).toBeVisible();
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    await expect
      .poll(async () => {
        const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
        const inner = await (await iframe.elementHandle()).contentFrame().then((f) => f.evaluate(() => {
          const main = document.querySelector('#app:not(.pending) main.embed') || document.getElementById('static');
          return main.getBoundingClientRect().bottom + window.scrollY;
        }));
        return Math.abs(outer - inner);
      }, { timeout: 10_000, message: 'embed.js sizes the pasted frame' })
      .toBeLessThanOrEqual(FIT);
    // Once the frame speaks, the fallback quote goes.
    await expect(page.locator('blockquote.minning-embed')).toBeHidden();
  });
}

test.describe('wrong addresses', () => {
// A 404 is a failed request in the console, which is the point here.
test.use({ strictConsole: false });
for (const lang of ['zh-CN', 'en']) {
  test(`a mistyped widget address framed on another origin says so in its frame, sized, and leads on (${lang})`, async ({ page, baseURL }) => {
    const src = `${baseURL}w/fundng${lang === 'en' ? '.en' : ''}.html`;
    await page.goto(host(sandboxedHostPage([{ id: 'fundng', src }])));
    const frame = page.frameLocator('iframe[data-minning-embed="fundng"]');
    const alert = frame.locator('[role="alert"]');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(lang === 'en' ? 'There is no such widget' : '没有这个组件');
    await expect(alert.locator('[data-asked]')).toHaveText(`fundng${lang === 'en' ? '.en' : ''}.html`);
    await expect(frame.locator('html')).toHaveAttribute('lang', lang);
    await expect(alert.locator('a[href*="view=embeds"]')).toHaveCount(1);
    // Only the framed copy is there, and the frame takes its height.
    await expect(frame.locator('.static-page')).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => window.__heights.fundng ?? 0), { timeout: 10_000 }).toBeGreaterThan(100);
    const [outer, inner] = await Promise.all([
      page.locator('iframe[data-minning-embed="fundng"]').evaluate((el) => el.getBoundingClientRect().height),
      page.evaluate(() => window.__heights.fundng),
    ]);
    expect(Math.abs(outer - inner)).toBeLessThanOrEqual(FIT);
  });
}

test('a mistyped step address answers 404 with a page that says so and leads to every step, in its language', async ({ page, request }) => {
  for (const [path, lang, says] of [['step-9.html', 'zh-CN', '没有这个页面'], ['step-9.en.html', 'en', 'There is no such page'], ['no/such/page.html', 'zh-CN', '没有这个页面']]) {
    expect((await request.get(path)).status(), path).toBe(404);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const alert = page.locator('[role="alert"]');
    await expect(alert).toContainText(says);
    // Styled from the site's own path, wherever the address was.
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    const links = page.locator('.not-found-steps a');
    await expect(links).toHaveCount(STEPS.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.href));
    for (const [i, step] of STEPS.entries()) expect(hrefs[i], path).toBe(new URL(stepUrl(step, lang), page.url().replace(/stories\/minning\/.*$/, 'stories/minning/')).href);
    await links.nth(3).click();
    await expect(page.locator('[data-keyword="3"]')).toBeVisible();
  }
});
});

test('a widget in a WordPress-style frame speaks WordPress: height with the secret, and asks the host to open the story', async ({ page, baseURL }) => {
  const url = host(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>WP-like</title></head><body>
<iframe id="w" sandbox="allow-scripts" src="${baseURL}w/funding.en.html#?secret=AbC123xyz0" width="600" height="300" scrolling="no"></iframe>
<script>
window.__wp = [];
var f = document.getElementById('w');
window.addEventListener('message', function (e) {
  if (e.source !== f.contentWindow || !e.data || typeof e.data !== 'object' || !e.data.message) return;
  window.__wp.push(e.data);
  if (e.data.message === 'height') f.height = e.data.value;
});
f.addEventListener('load', function () { f.contentWindow.postMessage({ message: 'ready', secret: 'AbC123xyz0' }, '*'); });
</script></body></html>`);
  await page.goto(url);
  const frame = page.frameLocator('#w');
  await expect(frame.locator('figure[data-chart="funding"] svg').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__wp.filter((m) => m.message === 'height').length)).toBeGreaterThan(0);
  const heights = await page.evaluate(() => window.__wp.filter((m) => m.message === 'height'));
  expect(heights.every((m) => m.secret === 'AbC123xyz0' && Number.isInteger(m.value) && m.value > 100)).toBeTruthy();
  await frame.locator('a[data-story-link]').click();
  await expect.poll(() => page.evaluate(() => window.__wp.find((m) => m.message === 'link'))).toEqual({
    message: 'link',
    value: `${baseURL}numbers.en.html`,
    secret: 'AbC123xyz0',
  });
});
