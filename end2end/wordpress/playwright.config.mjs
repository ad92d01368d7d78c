import { defineConfig } from '@playwright/test';
import { LAUNCH } from '../playwright.config.mjs';

// The same browser and settings as ../playwright.config.mjs, against the
// WordPress that scripts/test-wordpress starts (WP_URL), whose posts embed
// the site it serves at SITE.
if (!process.env.WP_URL || !process.env.WP_POSTS) throw new Error('WP_URL is not set: run scripts/test-wordpress');

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  timeout: 45_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  // PHP's own server answers one request at a time.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['../summary-reporter.mjs', { label: 'wordpress' }]],
  outputDir: '../test-results/wordpress',
  use: {
    baseURL: process.env.WP_URL,
    browserName: 'chromium',
    launchOptions: LAUNCH,
  },
});
