// The benchmark behind scripts/bench (run that, not this): loads the release
// build in ../../dist, served precompressed with its _headers under a
// sub-path, in headless Debian Chromium on a phone profile and unthrottled;
// measures step changes at CPU ×4; runs Lighthouse; loads two reference
// pages drawing the same two charts with ECharts and Chart.js; prints one
// markdown table of budgets (and one of the measurements behind them) and
// exits 1 when a budget fails. Everything is served on 127.0.0.1.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { LAUNCH } from '../playwright.config.mjs';

// ---- what the app looks like (change here when the markup changes) -------
/** The app has taken over: this is visible… */
const APP_READY = process.env.BENCH_APP_READY ?? '#app main';
/** …and this (the static markup it replaces) is gone. Empty: no such check. */
const APP_GONE = process.env.BENCH_APP_GONE ?? '#static';
/** A drawn chart: the app's, or the prerendered static SVG (what a visitor
 *  sees before the wasm runs counts). */
const CHART = 'figure[data-chart] svg';
/** A step's heading, with text, visible: in the app's markup or the static story's. */
const heading = (app, stat) => `:is(${app}, ${stat}) :is(h1, h2)`;
const stepHeading = (n) => heading(`[data-keyword="${n}"]`, `[data-keyword="${n}"]`);
const PAGES = [
  { key: 'cover', label: 'cover `./`', path: '', content: heading('.cover', '.cover'), chart: false, app: true },
  { key: 'step1', label: '`./step-1.html`', path: 'step-1.html', content: stepHeading(1), chart: true, app: true },
  {
    key: 'numbers',
    label: '`./numbers.html`',
    path: 'numbers.html',
    content: heading('[data-step="numbers"]', '[data-step="numbers"]'),
    chart: true,
    app: true,
  },
  { key: 'embed', label: 'widget `./w/funding.html`', path: 'w/funding.html', content: null, chart: true, app: false },
];
const REFS = [
  { key: 'echarts', label: 'reference: ECharts 5', path: 'ref-echarts.html' },
  { key: 'chartjs', label: 'reference: Chart.js 4', path: 'ref-chartjs.html' },
];
const MOUNT = '/stories/minning/';
const RUNS = Math.max(1, Math.min(15, Number(process.env.BENCH_RUNS ?? 3) || 3));
// The journey a reader takes: from keyword one forward to the data view and
// back by the pager, then the same by the arrow keys (20 changes).
const STEP_WALK = [
  ...['2', '3', '4', '5', 'numbers'].map((to) => ['next', to]),
  ...['5', '4', '3', '2', '1'].map((to) => ['prev', to]),
  ...['2', '3', '4', '5', 'numbers'].map((to) => ['ArrowRight', to]),
  ...['5', '4', '3', '2', '1'].map((to) => ['ArrowLeft', to]),
];
const STEP_CLICKS = STEP_WALK.length;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// The test suite's flags, and nothing but this machine: every other host
// name fails to resolve.
const CHROME_ARGS = [...LAUNCH.args, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const PROFILES = {
  phone: {
    label: 'phone',
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    // 1.6 Mbps down, 750 kbps up, 150 ms round trip; CPU 4× slower.
    network: { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 },
    cpu: 4,
    timeout: 45_000,
  },
  desktop: {
    label: 'unthrottled',
    context: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
    network: null,
    cpu: 1,
    timeout: 20_000,
  },
};
const BUDGET = {
  cls: 0.01,
  echartsRatio: 0.5,
  chartjsRatio: 0.6,
  widgetRatio: 0.6,
  widgetBytesBeforeChart: 40 * 1024,
  firstViewBytes: 250 * 1024,
  wasmRatio: 1.5,
  readyRatio: 1.5,
  lighthouse: 100,
  stepP95: 50,
  stepWorst: 100,
};
const WATCHDOG_MS = 15 * 60_000;

const here = dirname(fileURLToPath(import.meta.url));
const builtDist = resolve(process.env.BENCH_DIST ?? join(here, '..', '..', 'dist'));
let dist = builtDist; // replaced by a snapshot below
const serveScript = join(here, '..', 'serve.mjs');
const resultsDir = join(here, 'results');
const modules = join(here, 'node_modules');

const children = [];
const cleanups = [];
const stopAll = () => {
  for (const c of children) c.kill();
  for (const f of cleanups) {
    try {
      f();
    } catch {}
  }
};
process.on('exit', stopAll);
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60000} min; giving up`);
  stopAll();
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(...a);
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---- the machine ----------------------------------------------------------
function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
}
const machine = {
  date: new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
  uname: sh('uname', ['-srm']),
  cpu: (sh('lscpu', []).match(/^Model name:\s*(.+)$/m) ?? [, cpus()[0]?.model ?? '?'])[1],
  cores: sh('nproc', []),
  chromium: sh(CHROMIUM, ['--version']).split('\n').pop(),
};
const header = [
  `Date: ${machine.date}  `,
  `Machine: ${machine.uname}, ${machine.cpu}, ${machine.cores} cores  `,
  `Browser: ${machine.chromium} (headless), Lighthouse 12.2.3, medians of ${RUNS} runs`,
];
log(header.join('\n'));
log('');

// ---- sites ---------------------------------------------------------------
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

async function serveDir(dir, extra = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [serveScript, dir, String(port), MOUNT, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await withTimeout(new Promise((ok) => child.stdout.once('data', ok)), 10_000, 'serve.mjs start');
  return `http://127.0.0.1:${port}${MOUNT}`;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.txt', '.xml', '.webmanifest', '.ico', '.csv']);
function precompress(dir) {
  for (const file of walk(dir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const body = readFileSync(file);
    writeFileSync(file + '.gz', gzipSync(body, { level: 9 }));
    writeFileSync(
      file + '.br',
      brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    );
  }
}

function buildRefSite() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ref-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['ref-echarts.html', 'ref-echarts.js', 'ref-chartjs.html', 'ref-chartjs.js', 'ref-data.js', 'ref.css']) copyFileSync(join(here, f), join(dir, f));
  mkdirSync(join(dir, 'lib'));
  copyFileSync(join(modules, 'echarts', 'dist', 'echarts.min.js'), join(dir, 'lib', 'echarts.min.js'));
  copyFileSync(join(modules, 'chart.js', 'dist', 'chart.umd.min.js'), join(dir, 'lib', 'chart.umd.min.js'));
  mkdirSync(join(dir, 'data'));
  const story = [join(dist, 'data', 'story.json'), join(here, '..', '..', 'public', 'data', 'story.json')].find(existsSync);
  if (!story) throw new Error('no story.json in dist/data or public/data');
  const parsed = JSON.parse(readFileSync(story, 'utf8'));
  for (const id of ['funding', 'employment']) {
    const c = parsed.charts?.find((c) => c.id === id);
    if (!c) throw new Error(`${story}: no chart "${id}" for the reference pages`);
    for (const p of c.panels) for (const f of p.figures) if (!parsed.figures.some((x) => x.id === f)) throw new Error(`${story}: chart ${id} names missing figure ${f}`);
  }
  copyFileSync(story, join(dir, 'data', 'story.json'));
  precompress(dir);
  return { dir, story };
}

// ---- in the page ----------------------------------------------------------
// Runs before any of the page's own scripts, in every new document. Records
// paint timings, layout shifts, when watched elements first show, and when
// the wasm module is instantiated. A watched element counts at the animation
// frame after it is in the DOM and visible (the frame that paints it).
function probe(cfg) {
  if (window !== window.top || window.__bench) return;
  const now = () => performance.now();
  const b = (window.__bench = { fcp: null, lcp: null, shifts: [], wasm: null, found: {}, seen: {}, step: null, errors: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.shifts.push({ t: e.startTime, v: e.value });
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lcp = e.renderTime || e.loadTime || e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {
    b.errors.push(String(e));
  }
  for (const k of ['instantiateStreaming', 'instantiate']) {
    const f = WebAssembly[k];
    if (typeof f !== 'function') continue;
    WebAssembly[k] = function (...args) {
      const p = f.apply(this, args);
      p.then(
        () => {
          if (b.wasm == null) b.wasm = now();
        },
        () => {},
      );
      return p;
    };
  }
  addEventListener('error', (e) => e instanceof ErrorEvent && b.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => b.errors.push(`unhandled rejection: ${e.reason}`));

  const shown = (el, needText) => {
    if (needText && !(el.textContent || '').trim()) return false;
    if (el.getClientRects().length === 0) return false;
    return el.checkVisibility ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
  };
  const any = (sel, needText) => {
    for (const el of document.querySelectorAll(sel)) if (!needText || (el.textContent || '').trim()) return true;
    return false;
  };
  const anyShown = (sel, needText) => {
    for (const el of document.querySelectorAll(sel)) if (shown(el, needText)) return true;
    return false;
  };
  // name -> [selector, needs text, extra condition]
  const watches = {
    chart: [cfg.chart, false],
    content: [cfg.content, true],
    ready: [cfg.ready, false, () => !cfg.gone || !document.querySelector(cfg.gone)],
  };
  let frame = false;
  const check = () => {
    if (!document.documentElement) return;
    const pending = [];
    for (const [name, [sel, text, extra]] of Object.entries(watches)) {
      if (!sel || b.found[name] != null) continue;
      if (any(sel, text) && (!extra || extra())) pending.push([name, sel, text, extra]);
    }
    const s = b.step;
    if (s && s.t0 != null && s.t1 == null && any(s.sel, true)) pending.push(['step', s.sel, true]);
    if (!pending.length || frame) return;
    frame = true;
    requestAnimationFrame(() => {
      frame = false;
      const t = now();
      for (const [name, sel, text, extra] of pending) {
        if (!anyShown(sel, text) || (extra && !extra())) continue;
        if (name === 'step') {
          if (b.step && b.step.t1 == null) b.step.t1 = t;
        } else if (b.found[name] == null) {
          b.found[name] = t;
        }
      }
      check();
    });
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'hidden', 'style', 'data-keyword', 'data-step'],
  });
  // Things that show without a DOM change: a stylesheet arriving, fonts.
  document.addEventListener('load', check, true);
  const poll = setInterval(check, 100);
  setTimeout(() => clearInterval(poll), 60_000);
  b.armStep = (sel) => {
    b.step = { sel, t0: null, t1: null };
  };
  // Chrome's own interaction timing (Event Timing, the basis of INP): each
  // click or key press, from the input to the next frame painted after its
  // handlers ran. Entries come at 16 ms and up (the smallest threshold).
  b.events = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) b.events.push({ name: e.name, start: e.startTime, duration: e.duration, delay: e.processingStart - e.startTime, proc: e.processingEnd - e.processingStart });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing: the paint-based times stand alone.
  }
  for (const type of ['click', 'keydown']) {
    addEventListener(
      type,
      () => {
        if (b.step && b.step.t0 == null) {
          b.step.t0 = now();
          check();
        }
      },
      true,
    );
  }
}

function readPage() {
  const b = window.__bench;
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    fcp: b.fcp,
    lcp: b.lcp,
    shifts: b.shifts,
    wasm: b.wasm,
    found: b.found,
    refChart: mark('first-chart-frame') ?? mark('first-chart'),
    refChartDrawn: mark('first-chart'),
    dcl: nav?.domContentLoadedEventEnd ?? null,
    load: nav?.loadEventEnd ?? null,
    errors: b.errors,
  };
}

// ---- one page load --------------------------------------------------------
function kind(r) {
  const mime = (r.mime || '').toLowerCase();
  const path = new URL(r.url).pathname;
  if (r.type === 'Document' || mime.includes('html')) return 'html';
  if (mime === 'application/wasm' || path.endsWith('.wasm')) return 'wasm';
  if (r.type === 'Script' || mime.includes('javascript')) return 'js';
  if (r.type === 'Stylesheet' || mime.includes('css')) return 'css';
  if (mime.includes('json') || path.endsWith('.json') || r.type === 'Fetch' || r.type === 'XHR') return 'data';
  return 'other';
}
const KINDS = ['html', 'js', 'wasm', 'css', 'data', 'other'];

/** Session-window CLS (as Lighthouse and web-vitals count it). */
function cls(shifts) {
  let max = 0;
  let cur = 0;
  let start = -Infinity;
  let prev = -Infinity;
  for (const { t, v } of shifts) {
    if (t - prev < 1000 && t - start < 5000) cur += v;
    else {
      cur = v;
      start = t;
    }
    prev = t;
    max = Math.max(max, cur);
  }
  return max;
}

async function openPage(browser, profile, cfg) {
  const context = await browser.newContext(profile.context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    requests.set(e.requestId, { url: e.request.url, type: e.type, bytes: 0, done: false, start: e.timestamp });
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.mime = e.response.mimeType;
    r.status = e.response.status;
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.encoding = h['content-encoding'] ?? 'identity';
    r.headers = h;
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.bytes = e.encodedDataLength;
    r.end = e.timestamp;
    r.done = true;
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.failed = e.errorText;
    r.done = true;
    lastActivity = Date.now();
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: `(${probe})(${JSON.stringify(cfg)});` });
  const idleFor = () => ([...requests.values()].some((r) => !r.done) ? 0 : Date.now() - lastActivity);
  return { context, page, cdp, requests, idleFor };
}

async function loadOnce(browser, url, profile, spec) {
  const cfg = { chart: spec.ref ? null : CHART, content: spec.content ?? null, ready: spec.app ? APP_READY : null, gone: APP_GONE || null };
  const { context, page, requests, idleFor } = await openPage(browser, profile, cfg);
  const notes = [];
  try {
    const start = Date.now();
    const deadline = start + profile.timeout;
    let status = null;
    try {
      const res = await page.goto(url, { waitUntil: 'load', timeout: profile.timeout });
      status = res?.status() ?? null;
    } catch (e) {
      notes.push(`load: ${e.message.split('\n')[0]}`);
    }
    // Until what we wait for has shown and the network has been quiet for
    // a second, or quiet for 4 s whatever is missing, or the deadline.
    let s = null;
    while (Date.now() < deadline) {
      s = await page.evaluate(readPage).catch(() => null);
      const done =
        s &&
        (spec.ref ? s.refChart != null : (!spec.chart || s.found.chart != null) && (!spec.content || s.found.content != null) && (!spec.app || s.found.ready != null));
      const idle = idleFor();
      if ((done && idle >= 1000) || idle >= 4000) break;
      await sleep(200);
    }
    if (Date.now() >= deadline) notes.push(`gave up waiting after ${profile.timeout / 1000} s`);
    await sleep(1500); // late layout shifts
    s = (await page.evaluate(readPage).catch(() => null)) ?? s ?? { found: {}, shifts: [], errors: [] };
    const list = [...requests.values()];
    const foreign = list.filter((r) => new URL(r.url).hostname !== '127.0.0.1').map((r) => r.url);
    if (foreign.length) notes.push(`requests to other hosts (blocked): ${foreign.join(' ')}`);
    const bytes = Object.fromEntries(KINDS.map((k) => [k, 0]));
    for (const r of list) bytes[kind(r)] += r.bytes;
    const total = list.reduce((a, r) => a + r.bytes, 0);
    const fcp = s.fcp;
    const after = (t) => (t == null ? null : Math.max(t, fcp ?? 0));
    // Bytes that had arrived when the chart showed (CDP timestamps are in
    // seconds from the same clock; the document request starts the page).
    const origin = Math.min(...list.filter((r) => r.type === 'Document').map((r) => r.start));
    const chartAt = after(spec.ref ? s.refChart : (s.found?.chart ?? null));
    const beforeChart = chartAt == null ? null : list.filter((r) => r.end != null && (r.end - origin) * 1000 <= chartAt).reduce((a, r) => a + r.bytes, 0);
    return {
      status,
      bytes,
      total,
      beforeChart,
      fcp,
      lcp: s.lcp,
      cls: cls(s.shifts ?? []),
      shifts: s.shifts,
      content: after(s.found?.content ?? null),
      chart: after(spec.ref ? s.refChart : (s.found?.chart ?? null)),
      ready: s.found?.ready ?? null,
      wasm: s.wasm,
      requests: list.map((r) => ({ url: r.url, type: r.type, kind: kind(r), status: r.status, encoding: r.encoding, bytes: r.bytes, failed: r.failed })),
      errors: s.errors,
      notes,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

// ---- step changes at CPU ×4 ----------------------------------------------
async function stepChanges(browser, base) {
  const profile = { ...PROFILES.phone, network: null };
  const cfg = { chart: null, content: null, ready: APP_READY, gone: APP_GONE || null };
  const { context, page, idleFor } = await openPage(browser, profile, cfg);
  const times = [];
  const painted = [];
  const notes = [];
  const ways = new Set();
  try {
    await page.goto(`${base}step-1.html`, { waitUntil: 'load', timeout: 30_000 });
    const deadline = Date.now() + 30_000;
    let ready = false;
    while (Date.now() < deadline) {
      const s = await page.evaluate(() => ({ ready: window.__bench.found.ready, wasm: window.__bench.wasm })).catch(() => ({}));
      if (s.ready != null && idleFor() >= 1000) {
        ready = true;
        if (s.wasm == null) notes.push('no wasm instantiation seen before the app was ready');
        break;
      }
      await sleep(200);
    }
    if (!ready) {
      notes.push(`app never ready ("${APP_READY}" visible${APP_GONE ? `, "${APP_GONE}" gone` : ''}) within 30 s`);
      return { times, notes };
    }
    await sleep(500);
    for (const [i, [how, target]] of STEP_WALK.entries()) {
      const sel = target === 'numbers' ? '[data-step="numbers"] :is(h1, h2)' : `[data-keyword="${target}"] :is(h1, h2)`;
      await page.evaluate((sel) => { window.__bench.armStep(sel); window.__bench.events = []; }, sel);
      if (how === 'next' || how === 'prev') {
        await page.locator(`[data-nav="${how}"]`).filter({ visible: true }).first().click({ timeout: 5000 });
        ways.add('click');
      } else {
        await page.keyboard.press(how);
        ways.add('key');
      }
      try {
        await page.waitForFunction(() => window.__bench.step?.t1 != null, null, { timeout: 5000, polling: 50 });
        // Event Timing entries arrive after the frame: give them a moment.
        await sleep(150);
        const s = await page.evaluate(() => ({ step: window.__bench.step, events: window.__bench.events }));
        if (s.step.t0 == null) notes.push(`change ${i + 1}: no input event seen`);
        else {
          painted.push(s.step.t1 - s.step.t0);
          // The longest event of the interaction; none reported: under 16 ms.
          times.push(Math.max(16, ...s.events.map((e) => e.duration)));
          if (process.env.BENCH_DEBUG) notes.push(`#${i + 1} ` + s.events.map((e) => `${e.name} d${e.duration} in${Math.round(e.delay)} p${Math.round(e.proc)}`).join(' '));
        }
      } catch {
        notes.push(`change ${i + 1} (to step ${target}): not painted within 5 s`);
        break;
      }
      // A reader reads a while before moving on (the app mounts the steps
      // either side in that time).
      await sleep(700);
    }
    notes.push(`input → new step painted (ms): ${painted.map((t) => Math.round(t)).join(', ')}`);
    notes.push(`by ${[...ways].join(' and ')}`);
  } catch (e) {
    notes.push(e.message.split('\n')[0]);
  } finally {
    await context.close().catch(() => {});
  }
  return { times, notes };
}

// ---- Lighthouse -----------------------------------------------------------
async function runLighthouse(urls) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
    logLevel: 'silent',
  });
  cleanups.push(() => chrome.kill());
  const out = {};
  try {
    for (const [key, url] of urls) {
      try {
        const r = await withTimeout(
          lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }),
          180_000,
          `lighthouse ${url}`,
        );
        const lhr = r.lhr;
        writeFileSync(join(resultsDir, `lighthouse-${key}.json`), r.report);
        const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, c.score == null ? null : Math.round(c.score * 100)]));
        const misses = [];
        for (const [k, c] of Object.entries(lhr.categories)) {
          for (const ref of c.auditRefs) {
            const a = lhr.audits[ref.id];
            if (ref.weight > 0 && a && a.score != null && a.score < 1) misses.push(`${k}: ${ref.id} ${Math.round(a.score * 100)}${a.displayValue ? ` (${a.displayValue})` : ''}`);
          }
        }
        out[key] = { scores, misses, runtimeError: lhr.runtimeError?.message ?? null };
      } catch (e) {
        out[key] = { scores: {}, misses: [], runtimeError: e.message.split('\n')[0] };
      }
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

// ---- figures --------------------------------------------------------------
function median(values) {
  const v = values.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
}
function summarize(runs) {
  const m = (f) => {
    const vals = runs.map(f);
    return { value: median(vals), missing: vals.filter((x) => x == null).length };
  };
  return {
    total: m((r) => r.total),
    beforeChart: m((r) => r.beforeChart),
    bytes: Object.fromEntries(KINDS.map((k) => [k, median(runs.map((r) => r.bytes[k]))])),
    fcp: m((r) => r.fcp),
    lcp: m((r) => r.lcp),
    cls: m((r) => r.cls),
    clsMax: Math.max(...runs.map((r) => r.cls)),
    content: m((r) => r.content),
    chart: m((r) => r.chart),
    ready: m((r) => r.ready),
    status: runs[0]?.status,
    notes: [...new Set(runs.flatMap((r) => [...r.notes, ...(r.errors ?? []).map((e) => `page error: ${e}`)]))],
    encodings: [...new Set(runs.flatMap((r) => r.requests.filter((q) => q.bytes > 0).map((q) => `${q.kind}:${q.encoding}`)))],
  };
}
const kb = (b) => (b == null ? '—' : `${(b / 1024).toFixed(1)} KB`);
const sec = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const msec = (ms) => (ms == null ? '—' : `${Math.round(ms)} ms`);
const fig = (x, f) => (x.value == null ? '—' : f(x.value) + (x.missing ? ` (${x.missing} of ${RUNS} runs missing)` : ''));

/** gzip -9 size of every file a load fetched from the site, from dist/. */
function gzipAllIn(run, base) {
  let sum = 0;
  for (const r of run.requests) {
    if (!r.url.startsWith(base) || r.status !== 200) {
      sum += r.bytes;
      continue;
    }
    let file = join(dist, decodeURIComponent(new URL(r.url).pathname.slice(MOUNT.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    sum += existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : r.bytes;
  }
  return sum;
}

// ---- main -----------------------------------------------------------------
if (!existsSync(join(builtDist, 'index.html'))) {
  console.error(`bench: no ${join(builtDist, 'index.html')}: build the site first (scripts/bench does)`);
  process.exit(2);
}
// Measure a snapshot: a rebuild of dist/ during the run changes nothing.
{
  const snap = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cleanups.push(() => rmSync(snap, { recursive: true, force: true }));
  cpSync(builtDist, snap, { recursive: true, filter: (src) => !src.slice(builtDist.length).split('/').includes('.stage') });
  if (!existsSync(join(snap, 'index.html'))) {
    console.error('bench: dist/ changed while it was copied; try again');
    process.exit(2);
  }
  dist = snap;
}
mkdirSync(resultsDir, { recursive: true });
const precompressed = walk(dist).filter((f) => f.endsWith('.br') || f.endsWith('.gz')).length;
const hasHeaders = existsSync(join(dist, '_headers'));
const ref = buildRefSite();
const appBase = await serveDir(dist);
const refBase = await serveDir(ref.dir);
log(`site: ${appBase} (a copy of dist/, ${precompressed} precompressed files, ${hasHeaders ? 'with' : 'no'} _headers)`);
log(`reference pages: ${refBase} (data from ${ref.story.startsWith(dist) ? "dist" + ref.story.slice(dist.length) : ref.story})`);

if (process.env.BENCH_ONLY && process.env.BENCH_ONLY !== 'steps') {
  console.error(`bench: BENCH_ONLY=${process.env.BENCH_ONLY}: only "steps" is known`);
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS });
cleanups.push(() => browser.close());
const raw = { machine, runs: {}, steps: null, lighthouse: null };
const results = {};
const t0 = Date.now();
try {
  for (const profileKey of process.env.BENCH_ONLY === 'steps' ? [] : ['phone', 'desktop']) {
    const profile = PROFILES[profileKey];
    const pages = [...PAGES, ...(profileKey === 'phone' ? REFS.map((r) => ({ ...r, ref: true })) : [])];
    for (const spec of pages) {
      const url = (spec.ref ? refBase : appBase) + spec.path;
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, url, profile, spec));
      raw.runs[`${profileKey}/${spec.key}`] = runs;
      const s = summarize(runs);
      if (spec.key === 'step1') s.gzip = median(runs.map((r) => gzipAllIn(r, appBase)));
      results[`${profileKey}/${spec.key}`] = s;
      log(
        `${profile.label.padEnd(11)} ${spec.key.padEnd(8)} ${kb(s.total.value).padStart(9)}  FCP ${sec(s.fcp.value)}  LCP ${sec(s.lcp.value)}  CLS ${s.cls.value?.toFixed(4) ?? '—'}  content ${sec(s.content.value)}  chart ${sec(s.chart.value)}${s.status && s.status !== 200 ? `  HTTP ${s.status}` : ''}  (${Math.round((Date.now() - t0) / 1000)} s)`,
      );
    }
  }
  raw.steps = await stepChanges(browser, appBase);
  log(`step changes: ${raw.steps.times.length} measured (${Math.round((Date.now() - t0) / 1000)} s)`);
  if (process.env.BENCH_ONLY === 'steps') {
    const t = raw.steps.times;
    if (!t.length) {
      log(`step changes only: none measured; ${raw.steps.notes.join('; ')}`);
      process.exit(1);
    }
    log(`step changes only: p95 ${Math.round(percentile(t, 95))} ms, p50 ${Math.round(percentile(t, 50))} ms, worst ${Math.round(Math.max(...t))} ms; ${raw.steps.notes.join('; ')}`);
    process.exit(0);
  }
} finally {
  await browser.close().catch(() => {});
}
raw.lighthouse = await runLighthouse([
  ['cover', appBase],
  ['step1', `${appBase}step-1.html`],
  ['numbers', `${appBase}numbers.html`],
]);
log(`lighthouse done (${Math.round((Date.now() - t0) / 1000)} s)`);
writeFileSync(join(resultsDir, 'runs.json'), JSON.stringify({ ...raw, results }, null, 1));

// ---- the tables -----------------------------------------------------------
const rows = [];
let failed = 0;
function budget(what, value, limit, pass) {
  const ok = value != null && pass;
  if (!ok) failed++;
  rows.push(`| ${what} | ${value ?? '—'} | ${limit} | ${ok ? 'PASS' : 'FAIL'} |`);
}
const P = (k) => results[`phone/${k}`];
for (const spec of PAGES) {
  const s = P(spec.key);
  const v = s.cls.value;
  budget(`CLS, phone, ${spec.label}`, v == null ? null : `${v.toFixed(4)} (worst run ${s.clsMax.toFixed(4)})`, `≤ ${BUDGET.cls}`, v != null && v <= BUDGET.cls && s.status === 200);
}
// The references draw the funding and employment charts; in the story those
// two live on the data view (`numbers.html`), so that is the like-for-like
// comparison. Keyword one has no bar chart since the editorial pass (its
// only chart set unlike figures on one scale), so `step-1.html` has none to time.
const numbers = P('numbers').chart.value;
for (const [key, name, limit] of [
  ['echarts', 'ECharts', BUDGET.echartsRatio],
  ['chartjs', 'Chart.js', BUDGET.chartjsRatio],
]) {
  const theirs = P(key).chart.value;
  const ratio = numbers != null && theirs ? numbers / theirs : null;
  budget(
    `first chart (funding, employment), phone: \`numbers.html\` ÷ ${name} page`,
    ratio == null ? (numbers == null ? 'no chart on `numbers.html` in any run' : `— (${name} page drew nothing)`) : `${ratio.toFixed(2)}× (${sec(numbers)} vs ${sec(theirs)})`,
    `≤ ${limit}×`,
    ratio != null && ratio <= limit,
  );
}
const fv = P('step1');
budget(
  'first view, phone, `step-1.html`: gzip -9 of each file fetched (brotli on the wire)',
  fv.gzip == null ? null : `${kb(fv.gzip)} (${kb(fv.total.value)})`,
  `≤ ${kb(BUDGET.firstViewBytes)}`,
  fv.gzip <= BUDGET.firstViewBytes,
);
// The wasm against the floor: a minimal Leptos app with the same crates
// (end2end/bench/floor, built and weighed by weight.mjs in this run).
const weightFile = join(here, 'results', 'weight.json');
const weight = existsSync(weightFile) ? JSON.parse(readFileSync(weightFile, 'utf8')) : null;
budget(
  'wasm ÷ floor app (brotli; raw and gzip beside)',
  weight ? `${weight.ratio.brotli.toFixed(2)}× (${kb(weight.story.brotli)} ÷ ${kb(weight.floor.brotli)}; raw ${weight.ratio.raw.toFixed(2)}×, gzip ${weight.ratio.gzip.toFixed(2)}×)` : null,
  `≤ ${BUDGET.wasmRatio}×`,
  weight != null && weight.ratio.brotli <= BUDGET.wasmRatio,
);
// The app interactive: the static page handed over to the app.
for (const [key, label] of [['step1', '`step-1.html`'], ['numbers', '`numbers.html`']]) {
  const ready = P(key).ready.value;
  const theirs = P('chartjs').chart.value;
  const ratio = ready != null && theirs ? ready / theirs : null;
  budget(
    `app interactive (static page handed over), phone: ${label} ÷ Chart.js page's chart`,
    ratio == null ? null : `${ratio.toFixed(2)}× (${sec(ready)} vs ${sec(theirs)})`,
    `≤ ${BUDGET.readyRatio}×`,
    ratio != null && ratio <= BUDGET.readyRatio,
  );
}
const em = P('embed');
budget(
  'widget on the wire, phone, `w/funding.html`',
  em.total.value == null || em.status !== 200 ? (em.status && em.status !== 200 ? `HTTP ${em.status}` : null) : kb(em.total.value),
  `≤ first view (${kb(fv.total.value)})`,
  em.status === 200 && em.total.value <= fv.total.value,
);
{
  const theirs = P('chartjs').chart.value;
  const ours = em.chart.value;
  const ratio = ours != null && theirs ? ours / theirs : null;
  budget(
    'widget chart, phone: `w/funding.html` ÷ Chart.js page',
    ratio == null ? null : `${ratio.toFixed(2)}× (${sec(ours)} vs ${sec(theirs)})`,
    `≤ ${BUDGET.widgetRatio}×`,
    ratio != null && ratio <= BUDGET.widgetRatio,
  );
  const before = em.beforeChart.value;
  budget(
    'widget: bytes on the wire before its chart shows, phone (brotli)',
    before == null ? null : kb(before),
    `≤ ${kb(BUDGET.widgetBytesBeforeChart)}`,
    before != null && before <= BUDGET.widgetBytesBeforeChart,
  );
}
for (const key of ['cover', 'step1', 'numbers']) {
  const lh = raw.lighthouse[key];
  const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
  const v = cats.map((c) => lh.scores[c] ?? '—').join(' / ');
  budget(
    `Lighthouse mobile, ${{ cover: 'cover', step1: '`step-1.html`', numbers: '`numbers.html`' }[key]} (perf / a11y / best practices / SEO)`,
    lh.runtimeError ? `error: ${lh.runtimeError}` : v,
    '100 / 100 / 100 / 100',
    !lh.runtimeError && cats.every((c) => lh.scores[c] === BUDGET.lighthouse),
  );
}
const st = raw.steps.times;
const p50 = percentile(st, 50);
const p95 = percentile(st, 95);
budget(
  `step change at CPU ×4, Event Timing duration (clicks and keys), p95 (p50) of ${st.length}; this machine's Chart.js page draws in ${sec(P('chartjs').chart.value)}`,
  p95 == null ? null : `${msec(p95)} (${msec(p50)})`,
  `≤ ${BUDGET.stepP95} ms`,
  p95 != null && p95 <= BUDGET.stepP95 && st.length === STEP_CLICKS,
);
const worst = st.length ? Math.max(...st) : null;
budget(
  'step change at CPU ×4, Event Timing duration, worst',
  worst == null ? null : msec(worst),
  `≤ ${BUDGET.stepWorst} ms`,
  worst != null && worst <= BUDGET.stepWorst && st.length === STEP_CLICKS,
);

const measured = [
  '| profile | page | on the wire (html / js / wasm / css / data / other) | first paint | LCP | CLS | first step content | first chart | app ready |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const profileKey of ['phone', 'desktop']) {
  for (const spec of [...PAGES, ...REFS]) {
    const s = results[`${profileKey}/${spec.key}`];
    if (!s) continue;
    const split = KINDS.map((k) => (s.bytes[k] / 1024).toFixed(1)).join(' / ');
    const http = s.status && s.status !== 200 ? ` **HTTP ${s.status}**` : '';
    measured.push(
      `| ${PROFILES[profileKey].label} | ${spec.label}${http} | ${kb(s.total.value)} (${split}) | ${fig(s.fcp, sec)} | ${fig(s.lcp, sec)} | ${s.cls.value?.toFixed(4) ?? '—'} | ${fig(s.content, sec)} | ${fig(s.chart, sec)} | ${fig(s.ready, sec)} |`,
    );
  }
}

const notes = [];
if (!precompressed) notes.push('dist/ has no .gz/.br files: everything was served uncompressed.');
if (!hasHeaders) notes.push('dist/ has no _headers file: no CSP or other headers were sent.');
for (const [k, s] of Object.entries(results)) {
  for (const n of s.notes) notes.push(`${k}: ${n}`);
  if (k.startsWith('phone/')) notes.push(`${k}: encodings ${s.encodings.join(', ') || '—'}`);
}
notes.push(`step changes: ${raw.steps.notes.join('; ')}${st.length ? `; all (ms): ${st.map((t) => Math.round(t)).join(', ')}` : ''}`);
for (const [k, lh] of Object.entries(raw.lighthouse)) if (lh.misses.length) notes.push(`Lighthouse ${k}, audits below 100: ${lh.misses.join('; ')}`);

// What the wasm is made of, by twiggy (bytes before wasm-opt, names kept).
const twiggy = [];
if (weight?.twiggy) {
  const { story, floor } = weight.twiggy;
  const floorOf = Object.fromEntries(floor.crates);
  twiggy.push('| crate (story) | story | floor |', '| --- | --- | --- |');
  for (const [crate, bytes] of story.crates) twiggy.push(`| ${crate} | ${kb(bytes)} | ${floorOf[crate] == null ? '—' : kb(floorOf[crate])} |`);
  twiggy.push(`| all | ${kb(story.total)} | ${kb(floor.total)} |`, '', '| the story\'s own module | bytes |', '| --- | --- |');
  for (const [mod, bytes] of story.modules) twiggy.push(`| ${mod} | ${kb(bytes)} |`);
}

const md = [
  ...header,
  '',
  '| budget | measured | limit | result |',
  '| --- | --- | --- | --- |',
  ...rows,
  '',
  `Medians of ${RUNS} cold loads each. Phone: 412×823, 1.6 Mbps down / 750 kbps up / 150 ms RTT, CPU ×4. Unthrottled: 1440×900. KB = 1024 bytes, on the wire = encoded bytes incl. headers. Times from navigation start; "first step content" / "first chart" = the first animation frame with the step heading / a chart SVG in the DOM and visible (never before first paint); references: their \`performance.mark('first-chart')\` + one frame.`,
  '',
  ...measured,
  '',
  ...(twiggy.length ? ['What the wasm is made of (twiggy, before wasm-opt), beside the floor app:', '', ...twiggy, ''] : []),
  ...notes.map((n) => `- ${n}`),
  '',
].join('\n');
log('');
log(md);
writeFileSync(join(here, 'last-result.md'), md);
log(`written to end2end/bench/last-result.md (raw runs and Lighthouse reports in end2end/bench/results/); ${failed ? `${failed} budget(s) FAIL` : 'every budget holds'} (${Math.round((Date.now() - t0) / 1000)} s)`);
stopAll();
process.exit(failed ? 1 : 0);
