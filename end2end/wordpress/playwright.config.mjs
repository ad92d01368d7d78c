import { againstServer } from '../playwright.config.mjs';

// The same browser and settings as ../playwright.config.mjs, against the
// WordPress that scripts/test-wordpress starts (WP_URL), whose posts embed
// the site it serves at SITE.
if (!process.env.WP_URL || !process.env.WP_POSTS) throw new Error('WP_URL is not set: run scripts/test-wordpress');

// PHP's own server answers one request at a time: one worker, longer waits.
export default againstServer('wordpress', process.env.WP_URL, {
  workers: 1,
  timeout: 45_000,
  expect: { timeout: 15_000 },
});
