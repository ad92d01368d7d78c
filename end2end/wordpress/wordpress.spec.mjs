// A real WordPress (scripts/test-wordpress): a reporter pasted a link of
// the story on a line of its own; a reader opens the post. WordPress found
// the oEmbed answer the page names, kept its blockquote and iframe, put the
// frame in sandbox="allow-scripts" and talks to it with its wp-embed.js.
import { readFileSync } from 'node:fs';
import { test, expect } from '../tests/fixtures.mjs';

const POSTS = JSON.parse(readFileSync(process.env.WP_POSTS, 'utf8'));
const SITE = process.env.SITE;
// How far the frame's height may be from the widget's (WordPress clamps it
// to 200–1000 px).
const FIT = 4;

/** What the pasted link embeds: the widget page, in the link's language. */
function expected(link) {
  const rel = link.slice(SITE.length);
  const en = /\.en\.html$/.test(rel);
  const step = rel.match(/^step-(\d)(?:\.en)?\.html$/);
  const id = step ? `keyword-${step[1]}` : rel.match(/^w\/([a-z0-9-]+?)(?:\.en)?\.html$/)[1];
  return {
    lang: en ? 'en' : 'zh-CN',
    page: `${SITE}w/${id}${en ? '.en' : ''}.html`,
    drawn: id.startsWith('keyword-') ? `article[data-keyword="${id.slice(8)}"] h2` : `figure[data-chart="${id}"] svg`,
  };
}

/** The laid-out height of WordPress's frame, and the widget's inside it. */
async function heights(page) {
  const iframe = page.locator('iframe.wp-embedded-content');
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle()).contentFrame();
  const inner = await frame.evaluate(() => {
    const shown = document.querySelector('#app:not(.pending) main.embed') || document.getElementById('static');
    const below = parseFloat(getComputedStyle(document.body).marginBottom) || 0;
    const de = document.documentElement;
    return {
      content: Math.ceil(shown.getBoundingClientRect().bottom + window.scrollY + below),
      scrollHeight: de.scrollHeight,
      clientHeight: de.clientHeight,
      scrollWidth: de.scrollWidth,
      clientWidth: de.clientWidth,
    };
  });
  return { outer, ...inner };
}

for (const post of POSTS) {
  for (const width of [390, 1200]) {
    test(`WordPress embeds a pasted ${post.name} (${post.link.slice(SITE.length)}) at ${width} px: drawn, sized, in its language`, async ({ page }) => {
      const want = expected(post.link);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(post.url);
      const iframe = page.locator('iframe.wp-embedded-content');
      await expect(iframe).toHaveCount(1);
      await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
      const src = await iframe.getAttribute('src');
      expect(src.split(/[?#]/)[0], 'the widget page in the link\'s language').toBe(want.page);
      expect(src).toMatch(/#\?secret=[A-Za-z0-9]+$/);
      // Not a bare link: the post shows the widget, not the address.
      await expect(page.locator('.entry-content')).not.toContainText(post.link);

      const frame = page.frameLocator('iframe.wp-embedded-content');
      await expect(frame.locator(want.drawn).first()).toBeVisible();
      await expect(frame.locator('html')).toHaveAttribute('lang', want.lang);
      await expect(frame.locator('#static')).toHaveCount(0);
      // WordPress shows the frame (and hides its fallback quote) once the
      // widget has spoken, and takes the height the widget says.
      await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
      let last;
      await expect
        .poll(async () => {
          last = await heights(page);
          return Math.abs(last.outer - Math.min(1000, Math.max(200, last.content)));
        }, { message: 'the frame takes the widget\'s height', timeout: 15_000 })
        .toBeLessThanOrEqual(FIT);
      expect(last.content, `the widget fits in what WordPress allows ${JSON.stringify(last)}`).toBeLessThanOrEqual(1000);
      expect(last.scrollHeight, `nothing scrolls inside ${JSON.stringify(last)}`).toBeLessThanOrEqual(last.clientHeight + 1);
      expect(last.scrollWidth, `nothing scrolls sideways ${JSON.stringify(last)}`).toBeLessThanOrEqual(last.clientWidth + 1);
    });
  }

  test(`in WordPress, a pasted ${post.name} still fits after the window is resized (a phone turned, a window narrowed)`, async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(post.url);
    await expect(page.frameLocator('iframe.wp-embedded-content').locator(expected(post.link).drawn).first()).toBeVisible();
    for (const width of [390, 820]) {
      await page.setViewportSize({ width, height: 844 });
      await expect
        .poll(async () => {
          const h = await heights(page);
          return Math.abs(h.outer - Math.min(1000, Math.max(200, h.content)));
        }, { message: `the frame fits the widget at ${width} px after the resize`, timeout: 15_000 })
        .toBeLessThanOrEqual(FIT);
    }
  });

  test(`in WordPress, "Read the full story" of a pasted ${post.name} takes the reader to the story`, async ({ page }) => {
    const want = expected(post.link);
    await page.goto(post.url);
    const frame = page.frameLocator('iframe.wp-embedded-content');
    const link = frame.locator('a[data-story-link]');
    await expect(link).toBeVisible();
    // The address the link resolves to (the static page's is relative to its
    // <base>, the app's absolute: a click goes to the same place).
    const href = await link.evaluate((a) => a.href);
    expect(href.startsWith(SITE)).toBeTruthy();
    await link.click();
    await page.waitForURL(href);
    await expect(page.locator('html')).toHaveAttribute('lang', want.lang);
    await expect(page.locator('#app main')).toBeVisible();
  });
}
