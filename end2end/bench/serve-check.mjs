// A quick check of ../serve.mjs (precompressed files, _headers, 404s, `..`),
// run by scripts/bench before it measures anything: node serve-check.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, gunzipSync, brotliDecompressSync } from 'node:zlib';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
const serve = join(here, '..', 'serve.mjs');
const MOUNT = '/stories/minning/';
const CSP = "default-src 'self'; frame-ancestors 'self'";

async function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

function get(port, path, headers = {}, method = 'GET') {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, timeout: 5000 }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${path}`)));
    req.on('error', fail);
    req.end();
  });
}

async function start(dir, extra = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [serve, dir, String(port), MOUNT, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok, fail) => {
    const t = setTimeout(() => fail(new Error('serve.mjs did not start in 5 s')), 5000);
    child.stdout.once('data', () => (clearTimeout(t), ok()));
    child.once('exit', (code) => fail(new Error(`serve.mjs exited with ${code}`)));
  });
  return { port, stop: () => child.kill() };
}

const dir = mkdtempSync(join(tmpdir(), 'serve-check-'));
const servers = [];
try {
  const html = '<!doctype html><title>x</title>'.repeat(20);
  const wasm = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  const json = JSON.stringify({ a: 'b'.repeat(200) });
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(html));
  writeFileSync(join(dir, 'index.html.gz'), gzipSync(html));
  writeFileSync(join(dir, 'embed.html'), html);
  writeFileSync(join(dir, 'app.wasm'), wasm);
  writeFileSync(join(dir, 'app.wasm.br'), brotliCompressSync(wasm));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'story.json'), json);
  writeFileSync(join(dir, 'data', 'story.json.gz'), gzipSync(json));
  mkdirSync(join(dir, 'step-3'));
  writeFileSync(join(dir, 'step-3', 'index.html'), html);
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  writeFileSync(
    join(dir, '_headers'),
    [
      '# comment',
      '/',
      `  Content-Security-Policy: ${CSP}`,
      '/index.html',
      `  Content-Security-Policy: ${CSP}`,
      '/embed.html',
      "  Content-Security-Policy: default-src 'self'; frame-ancestors *",
      '/*',
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '/*.wasm',
      '  Content-Type: application/wasm',
      '/data/*',
      '  Cache-Control: no-cache',
      '/:step/',
      '  X-Step: yes',
      '/embed.html',
      '  X-Frame: twice',
      '/*.html',
      '  X-Frame: again',
      '',
    ].join('\n'),
  );

  const a = await start(dir);
  servers.push(a);
  const p = a.port;

  // Precompressed: br first, then gzip, else plain; original type; Vary.
  let r = await get(p, MOUNT, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-encoding'], 'br');
  assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(r.headers.vary, 'Accept-Encoding');
  assert.equal(brotliDecompressSync(r.body).toString(), html);
  assert.equal(Number(r.headers['content-length']), r.body.length);
  r = await get(p, MOUNT + 'index.html', { 'accept-encoding': 'gzip' });
  assert.equal(r.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(r.body).toString(), html);
  r = await get(p, MOUNT + 'index.html', { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
  assert.equal(r.headers['content-encoding'], 'gzip');
  r = await get(p, MOUNT + 'index.html', { 'accept-encoding': '*' });
  assert.equal(r.headers['content-encoding'], 'br');
  r = await get(p, MOUNT + 'index.html', { 'accept-encoding': 'identity' });
  assert.equal(r.headers['content-encoding'], undefined);
  assert.equal(r.body.toString(), html);
  r = await get(p, MOUNT + 'index.html');
  assert.equal(r.headers['content-encoding'], undefined);
  r = await get(p, MOUNT + 'data/story.json', { 'accept-encoding': 'br, gzip' });
  assert.equal(r.headers['content-encoding'], 'gzip', 'gzip when only .gz exists');
  assert.equal(r.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(r.headers['cache-control'], 'no-cache');
  r = await get(p, MOUNT + 'app.wasm', { 'accept-encoding': 'gzip' });
  assert.equal(r.headers['content-encoding'], undefined, 'no .gz: plain');
  assert.deepEqual(r.body, wasm);
  r = await get(p, MOUNT + 'app.wasm.br', { 'accept-encoding': 'br' });
  assert.equal(r.headers['content-encoding'], undefined, 'a .br asked for by name is just a file');
  assert.equal(r.headers['content-type'], 'application/octet-stream');
  r = await get(p, MOUNT + 'index.html', { 'accept-encoding': 'br' }, 'HEAD');
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-encoding'], 'br');
  assert.equal(r.body.length, 0);

  // _headers: `/` matches the mount root only, never /index.html twice.
  r = await get(p, MOUNT);
  assert.equal(r.headers['content-security-policy'], CSP);
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  assert.equal(r.headers['referrer-policy'], 'strict-origin-when-cross-origin');
  assert.equal(r.headers['x-frame'], undefined);
  r = await get(p, MOUNT + '?step=1');
  assert.equal(r.headers['content-security-policy'], CSP, 'the query string is not part of the path');
  r = await get(p, MOUNT + 'index.html');
  assert.equal(r.headers['content-security-policy'], CSP);
  assert.equal(r.headers['x-frame'], 'again');
  r = await get(p, MOUNT + 'embed.html');
  assert.equal(r.headers['content-security-policy'], "default-src 'self'; frame-ancestors *");
  assert.equal(r.headers['x-frame'], 'twice, again', 'two rules setting one header: values joined');
  r = await get(p, MOUNT + 'app.wasm', { 'accept-encoding': 'br' });
  assert.equal(r.headers['content-type'], 'application/wasm');
  assert.equal(r.headers['content-encoding'], 'br');
  assert.equal(r.headers['content-security-policy'], undefined);
  r = await get(p, MOUNT + 'step-3/');
  assert.equal(r.status, 200);
  assert.equal(r.headers['x-step'], 'yes');
  assert.equal(r.headers['content-security-policy'], undefined);

  // Missing files, outside the mount, `..`, the host's own files.
  for (const path of [MOUNT + 'nope.js', '/secret.txt', '/', MOUNT + '_headers', MOUNT + 'step-1']) {
    r = await get(p, path);
    assert.equal(r.status, 404, path);
    assert.match(r.headers['content-type'], /^text\/plain/);
  }
  for (const path of [MOUNT + '%2e%2e/%2e%2e/etc/passwd', MOUNT + 'data/..%2f..%2f..%2fetc/passwd']) {
    r = await get(p, path);
    assert.ok(r.status === 403 || r.status === 404, `${path}: ${r.status}`);
  }

  // --no-headers ignores _headers but still negotiates.
  const b = await start(dir, ['--no-headers']);
  servers.push(b);
  r = await get(b.port, MOUNT, { 'accept-encoding': 'br' });
  assert.equal(r.headers['content-security-policy'], undefined);
  assert.equal(r.headers['content-encoding'], 'br');

  // A double CSP from two overlapping rules would show as one joined value.
  writeFileSync(join(dir, '_headers'), `/*\n  Content-Security-Policy: a\n/\n  Content-Security-Policy: b\n`);
  r = await get(p, MOUNT);
  assert.equal(r.headers['content-security-policy'], 'a, b');

  console.log('serve-check: serve.mjs ok (precompressed br/gz, _headers, 404, ..)');
} finally {
  for (const s of servers) s.stop();
  rmSync(dir, { recursive: true, force: true });
}
