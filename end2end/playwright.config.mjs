import { defineConfig } from '@playwright/test';

// Debian's chromium, never a downloaded browser. The site is the release
// build in ../dist, served under a sub-path by a plain static server.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const MOUNT = '/stories/minning/';
/** Debian's chromium, as root, with nothing reaching out of the machine. */
export const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** What every suite shares: the browser, the timeouts, the workers. */
const COMMON = {
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
};

/** A suite against a server another script starts (scripts/test-nginx,
 *  scripts/test-wordpress): its own label and results folder. */
export function againstServer(label, baseURL, extra = {}) {
  return defineConfig({
    ...COMMON,
    testDir: '.',
    testMatch: /.*\.spec\.mjs$/,
    reporter: [['list'], ['../summary-reporter.mjs', { label }]],
    outputDir: `../test-results/${label}`,
    use: { baseURL, browserName: 'chromium', launchOptions: LAUNCH },
    ...extra,
  });
}

export default defineConfig({
  ...COMMON,
  testDir: './tests',
  reporter: [['list'], ['./summary-reporter.mjs']],
  outputDir: './test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${MOUNT}`,
    browserName: 'chromium',
    acceptDownloads: true,
    launchOptions: LAUNCH,
  },
  webServer: {
    command: `node serve.mjs ../dist ${PORT} ${MOUNT}`,
    url: `http://127.0.0.1:${PORT}${MOUNT}`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
