// Screenshots of two widgets pasted into a host article on another origin,
// for looking at the embeds as a reader of a partner site would:
//   node embed-screenshots.mjs [outdir]
// Serves ../dist itself (port 4175) unless SITE names a running site, and a
// host page on a second origin (port 4176, HOST_PORT to change). Writes
// embed-host-{360,1200}-{light,dark}.png. WIDTHS and THEMES narrow it down.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? '../screenshots';
mkdirSync(out, { recursive: true });
let site = null;
if (!process.env.SITE) {
  site = spawn('node', ['serve.mjs', '../dist', '4175', '/stories/minning/'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
}
const base = process.env.SITE ?? 'http://127.0.0.1:4175/stories/minning/';
const hostPort = Number(process.env.HOST_PORT ?? 4176);

// The two embed forms, as the Embed dialog hands them out: the funding
// chart as an iframe with its inline resizer, keyword 3 as a placeholder
// turned into an iframe by embed.js.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
function iframeSnippet(id, theme, title, height) {
  const src = `${base}w/${id}.html?lang=en&theme=${theme}`;
  return `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" width="100%" height="${height}" scrolling="no" data-minning-embed="${id}" style="width:100%;border:0"></iframe><script>
(function (f) {
  window.addEventListener('message', function (e) {
    if (e.source !== f.contentWindow) return;
    var d = e.data;
    if (typeof d === 'string') { try { d = JSON.parse(d); } catch (x) { return; } }
    var h = d && d['datawrapper-height'] && d['datawrapper-height'][${JSON.stringify(id)}];
    if (typeof h === 'number' && h > 0 && h < 20000) f.style.height = h + 'px';
  });
})(document.currentScript.previousElementSibling);
</script>`;
}
const scriptSnippet = (id, theme, title, height) =>
  `<div data-minning-widget="${id}" data-lang="en" data-theme="${theme}" data-height="${height}" data-title="${esc(title)}"></div>`;

function hostPage(theme) {
  const dark = theme === 'dark';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner cities: what a year of paired support added up to | The Harbour Ledger</title>
<style>
  :root { color-scheme: ${dark ? 'dark' : 'light'}; }
  body { margin: 0; font: 18px/1.6 Georgia, 'Noto Serif', serif; background: ${dark ? '#15171c' : '#fbfaf7'}; color: ${dark ? '#e4e2dc' : '#222'}; }
  header { border-bottom: 1px solid ${dark ? '#2c2f36' : '#ddd8cc'}; padding: 14px 20px; font: 700 15px/1.2 system-ui, sans-serif; letter-spacing: .06em; text-transform: uppercase; }
  article { max-width: 680px; margin: 0 auto; padding: 24px 20px 64px; }
  h1 { font-size: 1.9em; line-height: 1.2; margin: .2em 0 .4em; }
  .dek { font-size: 1.1em; color: ${dark ? '#b9b6ae' : '#555'}; }
  .byline { font: 14px/1.4 system-ui, sans-serif; color: ${dark ? '#9a978f' : '#666'}; margin-bottom: 2em; }
  .widget { margin: 2em 0; }
  .widget-note { font: 13px/1.4 system-ui, sans-serif; color: ${dark ? '#9a978f' : '#666'}; margin-top: .4em; }
</style></head>
<body>
<header>The Harbour Ledger · Region</header>
<article>
  <h1>Partner cities: what a year of paired support added up to</h1>
  <p class="dek">A coastal city and an inland region have worked as partners for more than two decades. The latest annual figures show where the money, the jobs and the people went.</p>
  <p class="byline">By our regional desk · Updated 4 January 2023</p>
  <p>Paired assistance between the country's richer east and its poorer west has been policy for a quarter of a century, but the arrangements rarely make headlines outside the two places involved. One of the longest-running links, between Xiamen on the Fujian coast and the Ningxia Hui Autonomous Region in the north-west, published its figures for 2022 in the last week of December.</p>
  <p>The headline numbers cover fiscal transfers, money raised from companies and charities, and investment by firms that opened plants in Ningxia. Officials in both places say the mix has shifted over the years from grants towards projects that are meant to pay their own way.</p>
  <div class="widget">
    ${iframeSnippet('funding', theme, 'Support funds and investment — Xiamen Daily', 520)}
    <p class="widget-note">Interactive chart from Xiamen Daily's story “Mountains and sea, one family”.</p>
  </div>
  <p>Money is only part of the arrangement. Each year the coastal city sends teachers, doctors and officials on postings that last from a few months to several years, and it buys farm produce from the partner region for its canteens and supermarkets.</p>
  <p>The report groups the year's work under five keywords. The third concerns the industrial parks that were built to bring manufacturing jobs closer to the villages whose residents had been resettled.</p>
  <div class="widget">
    ${scriptSnippet('keyword-3', theme, 'Keyword 3 — Xiamen Daily', 560)}
    <p class="widget-note">From the same story; figures as published on 30 December 2022.</p>
  </div>
  <p>Whether the parks keep their tenants once the start-up support ends is the question local economists raise most often. The partners say they will publish a fuller account of the programme's results later this year.</p>
</article>
<script src="${esc(base)}embed.js" async></script>
</body></html>`;
}

const host = createServer((req, res) => {
  const url = new URL(req.url, 'http://host');
  if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
  const theme = url.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(hostPage(theme));
});
await new Promise((r) => host.listen(hostPort, '127.0.0.1', r));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const width of (process.env.WIDTHS ?? '360,1200').split(',').map(Number)) {
    for (const theme of (process.env.THEMES ?? 'light,dark').split(',')) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      page.on('console', (m) => m.type() === 'error' && console.error(`[${width} ${theme}] console: ${m.text()}`));
      await page.goto(`http://127.0.0.1:${hostPort}/article.html?theme=${theme}`);
      // The iframes load lazily: bring each into view and wait for its
      // widget to be drawn before the full-page shot.
      for (const [id, inner] of [['funding', 'figure[data-chart] svg'], ['keyword-3', 'article[data-keyword]']]) {
        const sel = `iframe[data-minning-embed="${id}"]`;
        await page.locator(sel).scrollIntoViewIfNeeded();
        await page.frameLocator(sel).locator(`main.embed ${inner}`).first().waitFor({ timeout: 20_000 });
      }
      // Heights settle after the widgets' messages: wait until two
      // readings 300 ms apart agree.
      let last = '';
      for (let i = 0; i < 20; i++) {
        const now = JSON.stringify(await page.locator('iframe[data-minning-embed]').evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().height)));
        if (now === last) break;
        last = now;
        await page.waitForTimeout(300);
      }
      console.log(`${width} ${theme}: iframe heights ${last}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      // Chromium does not paint cross-origin frames that lie outside the
      // viewport into a fullPage shot (they come out blank): make the
      // viewport as tall as the page instead (same width, so the same
      // layout), let the frames paint, and shoot the viewport.
      const full = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height: full });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${out}/embed-host-${width}-${theme}.png` });
      await page.close();
    }
  }
} finally {
  await browser.close();
  host.close();
  site?.kill();
}
