// Sharing: every step and language has a page of its own, whose head says
// what a chat app or a search engine shows for its link: a title of its own,
// a description, the canonical address, hreflang alternates that point at
// each other, and Open Graph / Twitter cards with a 1200×630 PNG that exists.
// The addresses are absolute, from the build's SITE_URL (scripts/test sets
// one under a sub-path); each one must name a file the build wrote.
import { readFile } from 'node:fs/promises';
import { test, expect, STEPS, stepUrl, storyData } from './fixtures.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const SITE = process.env.SITE_URL || 'http://127.0.0.1:8080/';
const site = SITE.endsWith('/') ? SITE : `${SITE}/`;

/** The head tags of a built page, read from the file (what a crawler reads). */
async function head(rel) {
  const html = await readFile(new URL(rel, DIST), 'utf8');
  const attr = (tag, name) => (tag.match(new RegExp(`\\s${name}="([^"]*)"`)) ?? [])[1];
  const unescape = (s) => s?.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  const tags = [...html.matchAll(/<(meta|link)\b[^>]*>/g)].map((m) => m[0]);
  const meta = (key) => {
    const t = tags.find((t) => t.startsWith('<meta') && (attr(t, 'property') === key || attr(t, 'name') === key));
    return unescape(t && attr(t, 'content'));
  };
  const links = (rel_) => tags.filter((t) => t.startsWith('<link') && attr(t, 'rel') === rel_).map((t) => ({ href: unescape(attr(t, 'href')), hreflang: attr(t, 'hreflang') }));
  return {
    html,
    lang: (html.match(/<html lang="([^"]+)"/) ?? [])[1],
    title: unescape((html.match(/<title>([^<]*)<\/title>/) ?? [])[1]),
    meta,
    canonical: links('canonical').map((l) => l.href),
    // The language twins (the oEmbed answer is an alternate too, of a type).
    alternates: links('alternate').filter((l) => l.hreflang),
  };
}

/** The dist file an absolute URL of the site names. */
function fileOf(url) {
  expect(url, 'an absolute URL on the site').toMatch(new RegExp(`^${site.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')}`));
  const rel = url.slice(site.length);
  return rel === '' ? 'index.html' : rel;
}

/** Width and height from a PNG's IHDR. */
async function pngSize(rel) {
  const png = await readFile(new URL(rel, DIST));
  expect(png.subarray(0, 8).toString('hex'), `${rel} is a PNG`).toBe('89504e470d0a1a0a');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

async function expectCard(h, what) {
  expect(h.meta('og:type'), what).toBe('article');
  expect(h.meta('og:title'), what).toBe(h.title);
  expect(h.meta('twitter:title'), what).toBe(h.title);
  expect(h.meta('description'), what).toBeTruthy();
  expect(h.meta('og:description'), what).toBe(h.meta('description'));
  expect(h.meta('twitter:card'), what).toBe('summary_large_image');
  const image = h.meta('og:image');
  expect(h.meta('twitter:image'), what).toBe(image);
  expect(await pngSize(fileOf(image)), `${what}: ${image}`).toEqual([1200, 630]);
  expect([h.meta('og:image:width'), h.meta('og:image:height')]).toEqual(['1200', '630']);
  expect(h.meta('og:image:alt'), what).toBeTruthy();
  expect(h.canonical, what).toHaveLength(1);
  expect(h.meta('og:url'), what).toBe(h.canonical[0]);
  return image;
}

test('every step page: its own title, description, canonical URL, hreflang and a 1200×630 card', async ({ request }) => {
  const story = await storyData(request);
  const titles = new Map();
  const images = new Set();
  for (const lang of ['zh-CN', 'en']) {
    for (const step of STEPS) {
      const rel = stepUrl(step, lang) === './' ? 'index.html' : stepUrl(step, lang);
      const h = await head(rel);
      const what = `${rel}`;
      expect(h.lang, what).toBe(lang);
      expect(titles.has(h.title), `${what}: title "${h.title}" is its own`).toBeFalsy();
      titles.set(h.title, rel);
      images.add(await expectCard(h, what));
      // The canonical address is this page (the Chinese cover: the directory).
      expect(h.canonical[0], what).toBe(new URL(stepUrl(step, lang), site).href);
      expect(fileOf(h.canonical[0])).toBe(rel);
      // The description is the step's, in its language.
      const key = lang === 'en' ? 'en' : 'zh';
      if (/^[1-5]$/.test(step)) {
        const summary = story.keywords.find((k) => String(k.n) === step).summary[key];
        expect(summary.startsWith(h.meta('description').replace(/…$/, '')), `${what}: description from the keyword's summary`).toBeTruthy();
      }
      if (lang === 'en') expect(h.meta('description')).not.toMatch(/[\u4e00-\u9fff]/);
      expect(h.meta('og:locale')).toBe(lang === 'en' ? 'en_US' : 'zh_CN');
      // hreflang: both languages and x-default, each pointing back here.
      const alt = Object.fromEntries(h.alternates.map((a) => [a.hreflang, a.href]));
      expect(Object.keys(alt).sort(), what).toEqual(['en', 'x-default', 'zh-CN']);
      expect(alt[lang], what).toBe(h.canonical[0]);
      expect(alt['x-default'], what).toBe(alt['zh-CN']);
      for (const other of ['zh-CN', 'en']) {
        const twin = await head(fileOf(alt[other]));
        const back = Object.fromEntries(twin.alternates.map((a) => [a.hreflang, a.href]));
        expect(back[lang], `${fileOf(alt[other])} points back at ${rel}`).toBe(h.canonical[0]);
        expect(twin.lang).toBe(other);
      }
    }
  }
  expect(titles.size).toBe(14);
  expect(images.size, 'a card of its own per page').toBe(14);
});

test('every widget page, in each language, carries a card of its chart in that language', async ({ request }) => {
  const story = await storyData(request);
  const ids = [...story.keywords.map((k) => `keyword-${k.n}`), ...story.charts.map((c) => c.id)];
  const titles = new Set();
  const images = new Set();
  for (const id of ids) {
    for (const lang of ['zh-CN', 'en']) {
      const rel = `w/${id}${lang === 'en' ? '.en' : ''}.html`;
      const h = await head(rel);
      images.add(await expectCard(h, rel));
      expect(fileOf(h.canonical[0])).toBe(rel);
      expect(h.lang, rel).toBe(lang);
      expect(h.meta('og:locale'), rel).toBe(lang === 'en' ? 'en_US' : 'zh_CN');
      if (lang === 'en') {
        for (const key of ['og:title', 'og:description', 'og:image:alt']) expect(h.meta(key), `${rel} ${key}`).not.toMatch(/[\u4e00-\u9fff]/);
      }
      const alt = Object.fromEntries(h.alternates.map((a) => [a.hreflang, a.href]));
      expect(Object.keys(alt).sort(), rel).toEqual(['en', 'x-default', 'zh-CN']);
      expect(alt[lang], rel).toBe(h.canonical[0]);
      expect(titles.has(h.title)).toBeFalsy();
      titles.add(h.title);
    }
  }
  expect(images.size, 'a card of its own per widget page').toBe(ids.length * 2);
});

test('what the pages point at is served: each canonical page and card answers 200 with its type', async ({ request }) => {
  for (const lang of ['zh-CN', 'en']) {
    for (const step of STEPS) {
      const h = await head(stepUrl(step, lang) === './' ? 'index.html' : stepUrl(step, lang));
      const page = await request.get(fileOf(h.canonical[0]) === 'index.html' ? './' : fileOf(h.canonical[0]));
      expect(page.status()).toBe(200);
      expect(page.headers()['content-type']).toMatch(/^text\/html/);
      const card = await request.get(fileOf(h.meta('og:image')));
      expect(card.status()).toBe(200);
      expect(card.headers()['content-type']).toBe('image/png');
    }
  }
});

test('Share and Copy link give the step\'s own page; the address bar keeps the scheme', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await page.goto(stepUrl('3'));
  await expect(page.locator('#static')).toHaveCount(0);
  await page.locator('[data-nav="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/${stepUrl('4').replace('.', '\\.')}$`));
  await page.locator('[data-lang="en"]').click();
  await expect(page).toHaveURL(/\/step-4\.en\.html$/);
  await page.locator('[data-copy-link]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('step-4.en.html', baseURL).href);
  // The title the app sets is the one the page was built with.
  const built = await head('step-4.en.html');
  expect(await page.title()).toBe(built.title);
});
