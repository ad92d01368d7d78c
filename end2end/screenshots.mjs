// Takes screenshots of every step at phone and desktop size in both
// languages, for looking at the product: node screenshots.mjs [outdir]
// Serves ../dist itself (port 4174) unless SITE names a running site.
// STEPS, LANGS, SCHEME=dark and FULL=0 (viewport only) narrow it down.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? '../screenshots';
mkdirSync(out, { recursive: true });
let server = null;
if (!process.env.SITE) {
  server = spawn('node', ['serve.mjs', '../dist', '4174', '/stories/minning/'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
}
const base = process.env.SITE ?? 'http://127.0.0.1:4174/stories/minning/';
const steps = (process.env.STEPS ?? 'cover,1,2,3,4,5,numbers').split(',');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1440, height: 900 }]]) {
  for (const lang of (process.env.LANGS ?? 'zh-CN,en').split(',')) {
    const page = await browser.newPage({ viewport, colorScheme: process.env.SCHEME ?? 'light' });
    for (const step of steps) {
      await page.goto(`${base}?step=${step}${lang === 'en' ? '&lang=en' : ''}`);
      await page.waitForSelector('#app main [data-step-heading]');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${step}-${lang}-${name}.png`, fullPage: process.env.FULL !== '0' });
    }
    await page.close();
  }
}
await browser.close();
server?.kill();
