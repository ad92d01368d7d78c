import { defineConfig } from '@playwright/test';
import { LAUNCH } from '../playwright.config.mjs';

// The same browser and settings as ../playwright.config.mjs, against the
// nginx that scripts/test-nginx starts (NGINX_URL) instead of serve.mjs.
const URL_ = process.env.NGINX_URL;
if (!URL_) throw new Error('NGINX_URL is not set: run scripts/test-nginx');

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['../summary-reporter.mjs', { label: 'nginx' }]],
  outputDir: '../test-results/nginx',
  use: {
    baseURL: URL_,
    browserName: 'chromium',
    launchOptions: LAUNCH,
  },
});
