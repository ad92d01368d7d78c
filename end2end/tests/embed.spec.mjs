// Embeds for reporters: every chart and keyword card as a widget that a
// host page on ANOTHER origin pastes in and that sizes itself. A tiny host
// server (a second origin: same 127.0.0.1, another port) serves pages built
// here around the snippet the app's own Embed dialog hands out.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, storyData, stepUrl } from './fixtures.mjs';
import { secondOrigin } from './second-origin.mjs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
// How far apart the iframe's height and its content's height may be.
const SLACK = 4;

// The second origin (another port on 127.0.0.1, one server per worker).
const host = secondOrigin(test);
// Paths of the extra files some tests serve there.
let nextPage = 0;

/** A plain article page around `body` (no styles: CSP-safe as is). */
function hostPage(body, { head = '', title = 'A host article' } = {}) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${head}</head>
<body><main>
<h1>${title}</h1>
<p>This page belongs to another site. The widget below was pasted from the story's Embed dialog.</p>
${body}
<p>The host's article goes on after the widget.</p>
</main></body></html>`;
}

// ---------------------------------------------------------------------------
// The app's dialog.

/** Opens the story, the Embed dialog of a chart, picks the options, and
 *  returns the dialog and the snippet it shows. */
async function snippetFrom(page, { chart = 'funding', lang = 'en', form = 'iframe', theme } = {}) {
  await open(page, stepUrl('numbers', lang));
  const button = page.locator(`figure[data-chart="${chart}"] [data-embed]`);
  await button.click();
  const dialog = page.locator('dialog.embed-dialog');
  await expect(dialog).toBeVisible();
  await dialog.locator(`input[name="embed-form"][value="${form}"]`).check();
  if (theme) await dialog.locator('select[name="embed-theme"]').selectOption(theme);
  const code = dialog.locator('[data-embed-code]');
  await expect(code).toHaveCount(1);
  await expect(code).toHaveValue(form === 'script' ? /data-minning-widget=/ : /^<iframe /);
  return { dialog, button, code: await code.inputValue() };
}

/** A keyword card's own Embed button (its charts have their own). */
async function cardEmbedButton(page, n) {
  const all = page.locator(`article[data-keyword="${n}"] [data-embed]`);
  await expect(all.first()).toBeVisible();
  const own = await all.evaluateAll((els) => els.map((el, i) => (el.closest('figure[data-chart]') ? -1 : i)).filter((i) => i >= 0));
  expect(own.length, `keyword ${n}: one Embed button of the card's own`).toBe(1);
  return all.nth(own[0]);
}

// ---------------------------------------------------------------------------
// Measuring a widget from the host.

async function frameOf(page, selector) {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle.contentFrame();
  expect(frame, `${selector} has a frame`).not.toBeNull();
  return frame;
}

/**
 * The iframe's height as the host lays it out (border-box; the snippets set
 * border 0) against the widget's content height measured inside the frame:
 * the bottom edge of `main.embed` in document coordinates (its height plus
 * anything above it, which should be nothing). Also the frame document's
 * scroll and client sizes, to see whether anything would scroll inside.
 */
async function measure(page, selector) {
  const iframe = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
  const frame = await frameOf(page, selector);
  const inner = await frame.evaluate(() => {
    const de = document.documentElement;
    const main = document.querySelector('main.embed');
    const r = main?.getBoundingClientRect();
    return {
      content: r ? r.bottom + window.scrollY : NaN,
      mainHeight: r ? r.height : NaN,
      scrollHeight: de.scrollHeight,
      clientHeight: de.clientHeight,
      scrollWidth: de.scrollWidth,
      clientWidth: de.clientWidth,
    };
  });
  return { iframe, ...inner };
}

/** Waits for the iframe to take its content's height, then checks that
 *  nothing overflows inside the frame. */
async function expectFits(page, selector, label) {
  let last;
  await expect
    .poll(async () => {
      last = await measure(page, selector);
      return Math.abs(last.iframe - last.content);
    }, { message: `${label}: iframe height vs content height`, timeout: 10_000 })
    .toBeLessThanOrEqual(SLACK);
  last = await measure(page, selector);
  expect(last.scrollHeight, `${label}: no vertical scroll inside the frame ${JSON.stringify(last)}`).toBeLessThanOrEqual(last.clientHeight + 1);
  expect(last.scrollWidth, `${label}: no sideways scroll inside the frame ${JSON.stringify(last)}`).toBeLessThanOrEqual(last.clientWidth + 1);
  return last;
}

/** Console errors from the page and every frame in it (frames' console
 *  messages arrive through page.on('console') too). */
function consoleErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${msg.location()?.url ?? ''}: ${msg.text()}`);
  });
  return errors;
}

const cspHeader = (siteOrigin) =>
  `default-src 'self'; script-src 'self' ${siteOrigin}; frame-src ${siteOrigin}; style-src 'self'`;

// Loaded from the host origin ('self') before anything else, so that it
// hears every violation, including ones the embed script would cause.
const CSP_WATCH = `window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + (e.lineNumber || ''));
});`;

// ---------------------------------------------------------------------------
// a + h: each snippet form on a second origin.

for (const form of ['iframe', 'script']) {
  test(`${form} snippet on a second origin: renders, fits its content, follows the host from 1200 to 360 px`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const errors = consoleErrors(page);
    const site = new URL(baseURL).origin;
    const { code } = await snippetFrom(page, { form });

    let url;
    if (form === 'script') {
      // A host whose policy forbids inline script and inline style: it
      // allows only itself, the site's embed.js and the site's frames.
      const watch = host(CSP_WATCH, { type: 'text/javascript; charset=utf-8', path: `/csp-watch-${++nextPage}.js` });
      url = host(hostPage(code, { head: `<script src="${new URL(watch).pathname}"></script>` }), {
        headers: { 'content-security-policy': cspHeader(site) },
      });
    } else {
      url = host(hostPage(code));
    }
    expect(new URL(url).origin).not.toBe(site);

    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(url);
    const selector = 'iframe[data-minning-embed="funding"]';
    await expect(page.locator(selector)).toHaveCount(1);
    if (form === 'script') {
      await expect(page.locator('[data-minning-widget="funding"]')).toHaveAttribute('data-minning-processed', '1');
    }
    const frame = page.frameLocator(selector);
    // The widget page shows its chart at once; the app then takes over.
    await expect(frame.locator('#app main.embed[data-widget="funding"]')).toBeVisible();
    await expect(frame.locator('#static')).toHaveCount(0);
    const svg = frame.locator('figure[data-chart="funding"] svg').first();
    await expect(svg).toBeVisible();
    await expectFits(page, selector, `${form} at 1200 px`);
    const wideWidth = await svg.getAttribute('width');
    expect(Number(wideWidth)).toBeGreaterThan(0);

    await page.setViewportSize({ width: 360, height: 800 });
    await expect(svg, 'the chart is redrawn for the narrower frame').not.toHaveAttribute('width', wideWidth);
    expect(Number(await svg.getAttribute('width'))).toBeLessThan(Number(wideWidth));
    await expectFits(page, selector, `${form} at 360 px`);

    if (form === 'script') {
      expect(await page.evaluate(() => window.__violations), 'CSP violations on the strict host').toEqual([]);
    }
    expect(errors, 'console errors in the host page and the frame').toEqual([]);
  });
}

test('the snippets follow the documented shape', async ({ page, baseURL, request }) => {
  const story = await storyData(request);
  const title = story.charts.find((c) => c.id === 'funding').title.en;
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const { dialog } = await snippetFrom(page, { form: 'iframe', theme: 'auto' });
  await expect(dialog.locator('[data-embed-code]')).toHaveValue(/theme=auto/);
  const iframe = await dialog.locator('[data-embed-code]').inputValue();
  expect(iframe).toMatch(new RegExp(`^<iframe src="${esc(baseURL)}w/funding\\.en\\.html\\?lang=en&amp;theme=auto"`));
  expect(iframe).toMatch(new RegExp(`title="${esc(title)} — [^"]+"`));
  for (const attr of ['loading="lazy"', 'width="100%"', 'scrolling="no"', 'data-minning-embed="funding"']) {
    expect(iframe).toContain(attr);
  }
  expect(iframe).toMatch(/ height="\d+"/);
  expect(iframe).toMatch(/<\/iframe>\s*<script>[\s\S]*\.source\s*[!=]==?\s*\w+\.contentWindow[\s\S]*datawrapper-height[\s\S]*<\/script>\s*$/);

  await dialog.locator('input[name="embed-form"][value="script"]').check();
  await expect(dialog.locator('[data-embed-code]')).toHaveValue(/^<div /);
  const script = await dialog.locator('[data-embed-code]').inputValue();
  expect(script).toMatch(/^<div data-minning-widget="funding" data-lang="en" data-theme="auto" data-height="\d+" data-title="[^"]+"><\/div>/);
  expect(script).toContain(`<script src="${baseURL}embed.js" async></script>`);
  expect(script).not.toMatch(/<script>/);
});

test('the snippet\'s initial height is close to the widget\'s height at 600 px', async ({ page, baseURL }) => {
  const { code } = await snippetFrom(page, { form: 'iframe' });
  const h600 = Number(code.match(/ height="(\d+)"/)[1]);
  // The same widget in a 600 px wide frame that runs no script on the host:
  // no message resizes it, so its content height is what a host without
  // script gets to show.
  await page.setViewportSize({ width: 600, height: 900 });
  await page.goto(`${baseURL}embed.html?id=funding&lang=en&theme=auto`);
  await expect(page.locator('figure[data-chart="funding"] svg').first()).toBeVisible();
  const real = await page.evaluate(() => {
    const r = document.querySelector('main.embed').getBoundingClientRect();
    return r.bottom + window.scrollY;
  });
  expect(Math.abs(h600 - real), `height="${h600}" vs ${real} px at 600 px`).toBeLessThanOrEqual(Math.max(48, real * 0.15));
});

// ---------------------------------------------------------------------------
// b: the language the reporter reads in is the widget's language.

for (const lang of ['en', 'zh-CN']) {
  test(`a widget copied while reading ${lang} is ${lang}`, async ({ page, request }) => {
    test.setTimeout(60_000);
    const story = await storyData(request);
    const titles = story.charts.find((c) => c.id === 'funding').title;
    const { dialog, code } = await snippetFrom(page, { lang });
    await expect(dialog.locator('select[name="embed-lang"]')).toHaveValue(lang);
    expect(code).toContain(`lang=${lang}`);
    await page.goto(host(hostPage(code)));
    const selector = 'iframe[data-minning-embed="funding"]';
    const frame = page.frameLocator(selector);
    await expect(frame.locator('figure[data-chart="funding"] svg').first()).toBeVisible();
    await expect(frame.locator('html')).toHaveAttribute('lang', lang);
    const iframeTitle = await page.locator(selector).getAttribute('title');
    const widgetText = await frame.locator('main.embed').innerText();
    if (lang === 'en') {
      expect(iframeTitle, 'iframe title').not.toMatch(CJK);
      expect(iframeTitle).toContain(titles.en);
      expect(widgetText).toContain(titles.en);
      expect(widgetText).not.toContain(titles.zh);
    } else {
      expect(iframeTitle).toContain(titles.zh);
      expect(widgetText).toContain(titles.zh);
      expect(widgetText).not.toContain(titles.en);
    }
  });
}

// ---------------------------------------------------------------------------
// c: a pym.js parent, stubbed: it listens for pym's string and sizes the
// iframe from it, as pym.Parent does.

test('a pym.js parent receives the height as pym\'s message string', async ({ page, baseURL }) => {
  const src = `${baseURL}embed.html?id=employment&childId=example-1&initialWidth=600`;
  const url = host(hostPage(`<div id="example-1"><iframe id="pym" src="${src}" title="Jobs" width="600" height="150" scrolling="no"></iframe></div>
<script>
  window.__pym = [];
  var frame = document.getElementById('pym');
  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || typeof e.data !== 'string') return;
    window.__pym.push(e.data);
    var m = /^pymxPYMx(.+?)xPYMx(.+?)xPYMx(.*)$/.exec(e.data);
    if (m && m[1] === 'example-1' && m[2] === 'height') frame.style.height = m[3] + 'px';
  });
</script>`));
  await page.goto(url);
  await expect(page.frameLocator('#pym').locator('main.embed[data-widget="employment"] figure[data-chart="employment"] svg').first()).toBeVisible();
  const pattern = /^pymxPYMxexample-1xPYMxheightxPYMx(\d+)$/;
  await expect
    .poll(async () => (await page.evaluate(() => window.__pym)).filter((m) => pattern.test(m)).length, { message: 'pym height messages' })
    .toBeGreaterThan(0);
  let seen = [];
  await expect
    .poll(async () => {
      seen = await page.evaluate(() => window.__pym);
      const last = seen.filter((m) => pattern.test(m)).pop();
      const { content } = await measure(page, '#pym');
      return Math.abs(Number(last.match(pattern)[1]) - content);
    }, { message: 'the last pym height vs the content height' })
    .toBeLessThanOrEqual(SLACK);
  // Every string the widget sends is a pym message for this child.
  for (const m of seen) expect(m).toMatch(/^pymxPYMxexample-1xPYMx/);
});

// ---------------------------------------------------------------------------
// d: the other message shapes hosts already listen for.

test('AMP, Flourish-style and Datawrapper height messages reach the host', async ({ page, baseURL }) => {
  const site = new URL(baseURL).origin;
  const url = host(hostPage(`<iframe id="w" src="${baseURL}embed.html?id=funding&amp;lang=en" title="Support funds" width="100%" height="500" scrolling="no"></iframe>
<script>
  window.__messages = [];
  var frame = document.getElementById('w');
  window.addEventListener('message', function (e) {
    if (e.source === frame.contentWindow) window.__messages.push({ origin: e.origin, data: e.data });
  });
</script>`));
  await page.goto(url);
  await expect(page.frameLocator('#w').locator('figure[data-chart="funding"] svg').first()).toBeVisible();
  const parse = (d) => {
    if (typeof d === 'string' && d.startsWith('{')) {
      try { return JSON.parse(d); } catch { return d; }
    }
    return d;
  };
  const kinds = async () => {
    const all = (await page.evaluate(() => window.__messages)).map((m) => ({ ...m, data: parse(m.data) }));
    return {
      all,
      amp: all.filter((m) => m.data?.sentinel === 'amp' && m.data?.type === 'embed-size'),
      flourish: all.filter((m) => m.data?.context === 'iframe.resize'),
      datawrapper: all.filter((m) => m.data && typeof m.data === 'object' && 'datawrapper-height' in m.data),
    };
  };
  await expect
    .poll(async () => {
      const k = await kinds();
      return [k.amp.length > 0, k.flourish.length > 0, k.datawrapper.length > 0];
    }, { message: 'one message of each shape' })
    .toEqual([true, true, true]);
  const { all, amp, flourish, datawrapper } = await kinds();
  for (const m of all) expect(m.origin, 'messages come from the site').toBe(site);
  for (const m of amp) {
    expect(Number.isInteger(m.data.height) && m.data.height > 0, JSON.stringify(m.data)).toBe(true);
  }
  for (const m of flourish) {
    expect(Number.isInteger(m.data.height) && m.data.height > 0, JSON.stringify(m.data)).toBe(true);
    expect(m.data.src).toContain(`${baseURL}embed.html?`);
    expect(m.data.src).toContain('id=funding');
  }
  for (const m of datawrapper) {
    expect(Object.keys(m.data['datawrapper-height'])).toEqual(['funding']);
    const h = m.data['datawrapper-height'].funding;
    expect(Number.isInteger(h) && h > 0, JSON.stringify(m.data)).toBe(true);
  }
  // The three shapes are sent together, so the latest of each agree, and
  // they match the content (this host does not resize, so nothing moves).
  const { content } = await measure(page, '#w');
  const latest = [amp.at(-1).data.height, flourish.at(-1).data.height, datawrapper.at(-1).data['datawrapper-height'].funding];
  for (const h of latest) expect(Math.abs(h - content), `${latest} vs ${content}`).toBeLessThanOrEqual(SLACK);
  // No pym string without a childId in the URL.
  expect(all.filter((m) => typeof m.data === 'string' && m.data.startsWith('pymxPYMx'))).toEqual([]);
});

// ---------------------------------------------------------------------------
// e: bad embed URLs say so inside the frame, with a way to the story.

for (const [what, query] of [
  ['an unknown id', 'id=no-such-widget&lang=en'],
  ['a keyword number out of range', 'id=keyword-9&lang=en'],
  ['a bad theme', 'id=funding&lang=en&theme=purple'],
  ['a bad language', 'id=funding&lang=fr'],
]) {
  test(`${what} shows an alert with a link to the story inside the frame`, async ({ page, baseURL }) => {
    const errors = consoleErrors(page);
    await page.goto(host(hostPage(`<iframe id="w" src="${baseURL}embed.html?${query.replaceAll('&', '&amp;')}" title="Widget" width="100%" height="400"></iframe>`)));
    const frame = page.frameLocator('#w');
    const alert = frame.locator('[role="alert"]');
    await expect(alert.first()).toBeVisible();
    const links = alert.locator('a[href]');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.href));
    const story = new URL(baseURL);
    const toStory = hrefs.filter((h) => {
      const u = new URL(h);
      return u.origin === story.origin && [story.pathname, `${story.pathname}index.html`, `${story.pathname}index.en.html`].includes(u.pathname);
    });
    expect(toStory, `links in the alert: ${hrefs.join(', ')}`).not.toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  });
}

// ---------------------------------------------------------------------------
// f: accessibility of the embed view and of the dialog.

for (const [id, theme] of [['funding', 'light'], ['funding', 'dark'], ['keyword-3', 'light'], ['keyword-3', 'dark']]) {
  test(`axe finds no WCAG 2.2 AA violation in the ${id} widget (${theme})`, async ({ page, baseURL }) => {
    test.setTimeout(60_000);
    await page.goto(`${baseURL}embed.html?id=${id}&lang=en&theme=${theme}`);
    await expect(page.locator(`main.embed[data-widget="${id}"]`)).toBeVisible();
    if (id.startsWith('keyword-')) {
      await expect(page.locator(`main.embed article[data-keyword="${id.slice(8)}"]`)).toBeVisible();
    } else {
      await expect(page.locator(`figure[data-chart="${id}"] svg`).first()).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

for (const [id, step] of [['funding', 'numbers'], ['keyword-3', '3']]) {
  test(`the ${id} widget has its source, data link and story link, and no page chrome`, async ({ page, baseURL }) => {
    await page.goto(`${baseURL}embed.html?id=${id}&lang=en&theme=dark`);
    const main = page.locator(`main.embed[data-widget="${id}"]`);
    await expect(main).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(main).toContainText(/Source/);
    await expect(main.locator('a[data-get-data]'), 'a "Get the data" (CSV) link').toHaveCount(1);
    const story = main.locator('a[data-story-link]');
    await expect(story).toHaveAttribute('target', '_blank');
    const href = new URL(await story.evaluate((a) => a.href));
    // The step's own page, in the widget's language.
    expect(href.href).toBe(new URL(stepUrl(step, 'en'), baseURL).href);
    await expect(page.locator('.masthead, .step-nav, footer.footer')).toHaveCount(0);
  });
}

test('the CSV link downloads the widget\'s data', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}embed.html?id=funding&lang=en`);
  await expect(page.locator('figure[data-chart="funding"] svg').first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-get-data]').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  expect(text.split('\n').length).toBeGreaterThan(2);
});

for (const lang of ['en', 'zh-CN']) {
  test(`axe finds no WCAG 2.2 AA violation in the open Embed dialog (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    const { dialog } = await snippetFrom(page, { lang });
    await expect(dialog.locator('iframe.embed-preview')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dialog.embed-dialog').withTags(WCAG).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

// ---------------------------------------------------------------------------
// g: the dialog itself.

test('the Embed dialog opens, traps focus, closes on Esc and returns focus', async ({ page }) => {
  await open(page, stepUrl('numbers', 'en'));
  const button = page.locator('figure[data-chart="funding"] [data-embed]');
  const dialog = page.locator('dialog.embed-dialog');
  await expect(dialog).toBeHidden();
  await button.click();
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.open && d.matches(':modal'))).toBe(true);
  const focusInside = () => page.evaluate(() => !!document.querySelector('dialog.embed-dialog')?.contains(document.activeElement));
  await expect.poll(focusInside).toBe(true);
  // Focus is trapped: tabbing backwards past the first control, or
  // forwards, never reaches the page behind the dialog. (A native modal
  // dialog may let focus step out to the browser's own toolbar, which
  // shows here as no element focused, i.e. <body>; that is allowed.)
  const focusNotBehind = () => page.evaluate(() => {
    const a = document.activeElement;
    return !a || a === document.body || !!document.querySelector('dialog.embed-dialog')?.contains(a)
      ? 'ok' : `${a.tagName}.${a.className} ${(a.textContent || '').trim().slice(0, 40)}`;
  });
  for (const key of ['Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab']) {
    await page.keyboard.press(key);
    expect(await focusNotBehind(), `focus after ${key}`).toBe('ok');
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // The close button does the same.
  await button.click();
  await expect(dialog).toBeVisible();
  await dialog.locator('[data-embed-close]').click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // Esc from inside the preview (a frame: its keys are its own document's)
  // closes the dialog too.
  await button.click();
  await expect(dialog).toBeVisible();
  const inside = page.frameLocator('dialog.embed-dialog iframe.embed-preview').locator('figure[data-chart="funding"] [data-embed], figure[data-chart="funding"] button').first();
  await inside.focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('every chart and keyword card has an Embed button', async ({ page, request }) => {
  const story = await storyData(request);
  await open(page, stepUrl('numbers', 'en'));
  const figs = page.locator('figure[data-chart]:visible');
  await expect(figs.first()).toBeVisible();
  for (let i = 0; i < (await figs.count()); i++) await expect(figs.nth(i).locator('[data-embed]')).toHaveCount(1);
  for (const n of [1, 2, 3, 4, 5]) {
    await open(page, stepUrl(n, 'en'));
    await expect(await cardEmbedButton(page, n)).toBeVisible();
    for (const c of story.charts.filter((c) => c.keyword === n)) {
      await expect(page.locator(`figure[data-chart="${c.id}"] [data-embed]`)).toHaveCount(1);
    }
  }
});

test('language and theme change the snippet and the preview; copy puts it on the clipboard', async ({ page, context, baseURL }) => {
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  const { dialog } = await snippetFrom(page, { lang: 'en' });
  const lang = dialog.locator('select[name="embed-lang"]');
  const theme = dialog.locator('select[name="embed-theme"]');
  const code = dialog.locator('[data-embed-code]');
  const preview = dialog.locator('iframe.embed-preview');
  const open_ = dialog.locator('a[data-embed-open]');
  await expect(lang).toHaveValue('en');
  // The theme starts as what the reader sees (light here) or as auto.
  expect(['auto', 'light']).toContain(await theme.inputValue());
  await expect(dialog.locator('input[name="embed-form"][value="iframe"]')).toBeChecked();
  await expect(code).toHaveJSProperty('readOnly', true);
  await theme.selectOption('auto');
  await expect(code).toHaveValue(/lang=en&amp;theme=auto/);
  await expect(preview).toHaveAttribute('src', /\/w\/funding\.en\.html\?/);
  await expect(preview).toHaveAttribute('src', /[?&]lang=en(&|$)/);
  await expect(open_).toHaveAttribute('target', '_blank');
  await expect(open_).toHaveAttribute('href', /w\/funding\.en\.html\?lang=en/);

  await lang.selectOption('zh-CN');
  await expect(code).toHaveValue(/lang=zh-CN&amp;theme=auto/);
  await expect(preview).toHaveAttribute('src', /[?&]lang=zh-CN(&|$)/);
  await theme.selectOption('dark');
  await expect(code).toHaveValue(/lang=zh-CN&amp;theme=dark/);
  await expect(preview).toHaveAttribute('src', /[?&]theme=dark(&|$)/);
  await expect(open_).toHaveAttribute('href', /theme=dark/);

  const snippet = await code.inputValue();
  await dialog.locator('[data-embed-copy]').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  // The script form copies the same way.
  await dialog.locator('input[name="embed-form"][value="script"]').check();
  await expect(code).toHaveValue(/data-lang="zh-CN" data-theme="dark"/);
  const script = await code.inputValue();
  await dialog.locator('[data-embed-copy]').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(script);
});

test('a keyword card\'s Embed dialog offers the keyword widget', async ({ page }) => {
  await open(page, stepUrl('3', 'en'));
  const button = await cardEmbedButton(page, 3);
  await button.click();
  const dialog = page.locator('dialog.embed-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-embed-code]')).toHaveValue(/w\/keyword-3\.en\.html\?lang=/);
  await expect(dialog.locator('[data-embed-code]')).toHaveValue(/data-minning-embed="keyword-3"/);
  await expect(dialog.locator('iframe.embed-preview')).toHaveAttribute('src', /\/w\/keyword-3\.en\.html\?/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

// ---------------------------------------------------------------------------
// i: the reporters' gallery.

test('the gallery lists every widget with a preview and its snippet', async ({ page, request }) => {
  test.setTimeout(60_000);
  const story = await storyData(request);
  const ids = [...story.charts.map((c) => c.id), 'keyword-1', 'keyword-2', 'keyword-3', 'keyword-4', 'keyword-5'];
  await open(page, stepUrl('cover', 'en'));
  const link = page.locator('footer a[href*="view=embeds"]');
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/[?&]view=embeds/);
  const sections = page.locator('section[data-widget]');
  await expect(sections).toHaveCount(ids.length);
  expect(await sections.evaluateAll((ss) => ss.map((s) => s.dataset.widget).sort())).toEqual([...ids].sort());
  for (const id of ids) {
    const section = page.locator(`section[data-widget="${id}"]`);
    const title = id.startsWith('keyword-')
      ? story.keywords.find((k) => k.n === Number(id.slice(8))).heading.en
      : story.charts.find((c) => c.id === id).title.en;
    await expect(section, `${id} shows its title`).toContainText(title);
    await expect(section.locator('iframe')).toHaveCount(1);
    await expect(section.locator('iframe')).toHaveAttribute('src', new RegExp(`w/${id}\\.en\\.html\\?lang=en`));
    const code = section.locator('[data-embed-code]');
    await expect(code).toHaveCount(1);
    const value = await code.evaluate((el) => ('value' in el ? el.value : el.textContent));
    expect(value).toContain(`w/${id}.en.html?lang=en`);
    expect(value).toContain(`data-minning-embed="${id}"`);
  }
});

// ---------------------------------------------------------------------------
// embed.js on its own: loaded twice, later placeholders, bad ids.

test('embed.js processes each placeholder once, rescans on request, skips bad ids', async ({ page, baseURL }) => {
  const errors = consoleErrors(page);
  const url = host(hostPage(`<div data-minning-widget="funding" data-lang="en" data-theme="light" data-height="480" data-title="Support funds">fallback</div>
<div id="bad" data-minning-widget="Bad id!" data-lang="en"></div>
<script src="${baseURL}embed.js" async></script>
<script src="${baseURL}embed.js" async></script>`));
  await page.goto(url);
  const iframes = page.locator('iframe[data-minning-embed]');
  await expect(iframes).toHaveCount(1);
  await expect(iframes).toHaveAttribute('src', `${baseURL}w/funding.en.html?lang=en&theme=light`);
  await expect(iframes).toHaveAttribute('title', 'Support funds');
  await expect(page.locator('#bad')).toHaveAttribute('data-minning-processed', 'invalid');
  await expect(page.locator('#bad iframe')).toHaveCount(0);
  await expectFits(page, 'iframe[data-minning-embed="funding"]', 'embed.js widget');

  await page.evaluate(() => {
    const div = document.createElement('div');
    div.setAttribute('data-minning-widget', 'keyword-3');
    div.setAttribute('data-theme', 'purple'); // not a theme: left out of the URL
    document.querySelector('main').appendChild(div);
    window.MinningEmbeds.scan();
    window.MinningEmbeds.scan();
  });
  await expect(iframes).toHaveCount(2);
  await expect(page.locator('iframe[data-minning-embed="keyword-3"]')).toHaveAttribute('src', `${baseURL}w/keyword-3.html`);
  await page.locator('iframe[data-minning-embed="keyword-3"]').scrollIntoViewIfNeeded();
  // The widget page shows its card at once; the app then takes over.
  const frame3 = page.frameLocator('iframe[data-minning-embed="keyword-3"]');
  await expect(frame3.locator('#static')).toHaveCount(0);
  await expect(frame3.locator('article[data-keyword="3"]')).toBeVisible();
  await expectFits(page, 'iframe[data-minning-embed="keyword-3"]', 'rescanned widget');
  // Only the bad-id warning; no errors.
  expect(errors).toEqual([]);
});

test('a frame that is not the widget cannot resize it', async ({ page, baseURL }) => {
  const other = `/other-${++nextPage}.html`;
  host(`<!doctype html><title>Other</title><p>another frame</p>`, { path: other });
  const url = host(hostPage(`<div data-minning-widget="funding" data-lang="en" data-height="480"></div>
<iframe id="other" src="${other}" title="Other"></iframe>
<script src="${baseURL}embed.js" async></script>`));
  await page.goto(url);
  const selector = 'iframe[data-minning-embed="funding"]';
  await expect(page.frameLocator(selector).locator('figure[data-chart="funding"] svg').first()).toBeVisible();
  const { iframe: before } = await expectFits(page, selector, 'widget next to another frame');
  // The host counts what the other frame sends; its listener is added after
  // embed.js's, so once it has counted both, embed.js has seen them too.
  await page.evaluate(() => {
    window.__fromOther = 0;
    const other = document.getElementById('other');
    window.addEventListener('message', (e) => { if (e.source === other.contentWindow) window.__fromOther++; });
  });
  await page.frameLocator('#other').locator('body').evaluate(() => {
    parent.postMessage({ 'datawrapper-height': { funding: 77 } }, '*');
    parent.postMessage(JSON.stringify({ 'datawrapper-height': { funding: 66 } }), '*');
  });
  await expect.poll(() => page.evaluate(() => window.__fromOther)).toBe(2);
  const after = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
  expect(after).toBe(before);
});

test('nothing scrolls inside any widget, from 280 px up', async ({ page, request }) => {
  test.setTimeout(90_000);
  const story = await storyData(request);
  const ids = [...story.charts.map((c) => c.id), ...story.keywords.map((k) => `keyword-${k.n}`)];
  for (const width of [280, 600]) {
    await page.setViewportSize({ width, height: 2000 });
    for (const id of ids) {
      await page.goto(`embed.html?id=${id}&lang=en`);
      await expect(page.locator('#app:not(.pending) main.embed')).toBeVisible();
      // The frame is as tall as its content, so only sideways overflow could
      // make it scroll; and the content must end inside the frame's width.
      const overflow = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        // Screen-reader-only content is clipped to a pixel; it is not seen.
        widest: Math.max(...[...document.querySelectorAll('main.embed *')]
          .filter((e) => !e.closest('.sr-only') && e.getClientRects().length > 0)
          .map((e) => e.getBoundingClientRect().right)),
      }));
      expect(overflow.x, `${id} at ${width}px`).toBeLessThanOrEqual(0);
      expect(overflow.widest, `${id} at ${width}px`).toBeLessThanOrEqual(width + 1);
    }
  }
});
