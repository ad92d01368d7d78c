// Takes screenshots of every step at phone and desktop size in both
// languages, for looking at the product: node screenshots.mjs [outdir]
// Needs the site served: node serve.mjs ../dist 4173 /stories/minning/
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? '../screenshots';
const base = process.env.SITE ?? 'http://127.0.0.1:4173/stories/minning/';
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
