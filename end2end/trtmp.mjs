import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await p.goto('http://127.0.0.1:8099/stories/minning/step-1.html');
await p.waitForTimeout(4000);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
// walk ahead once so the steps are mounted, then back, as a reader does
await p.locator('[data-nav="next"]').filter({ visible: true }).first().click();
await p.waitForTimeout(1500);
await b.startTracing(p, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'blink', 'v8', 'disabled-by-default-devtools.timeline'] });
await p.locator('[data-nav="next"]').filter({ visible: true }).first().click();
await p.waitForTimeout(800);
await b.stopTracing();
await b.close();
