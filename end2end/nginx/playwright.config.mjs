import { againstServer } from '../playwright.config.mjs';

// The same browser and settings as ../playwright.config.mjs, against the
// nginx that scripts/test-nginx starts (NGINX_URL) instead of serve.mjs.
const URL_ = process.env.NGINX_URL;
if (!URL_) throw new Error('NGINX_URL is not set: run scripts/test-nginx');

export default againstServer('nginx', URL_);
