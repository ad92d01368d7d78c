// A plain static file server, like the hosts the story is deployed to: no
// rewrite rules, 404 for a missing file (with the site's 404.html, as
// Netlify and Cloudflare Pages serve it), the site mounted under a sub-path.
// Like Cloudflare Pages or Netlify it serves precompressed `<file>.br` /
// `<file>.gz` when the browser accepts them, and applies the headers of the
// site's own `_headers` file.
// Usage: node serve.mjs [<dir> [<port> [<mount-path>]]] [--no-headers]
//   --no-headers  ignore <dir>/_headers (e.g. to measure without the CSP)
// No dependencies: Node 20 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const argv = process.argv.slice(2);
const useHeaders = !argv.includes('--no-headers');
const positional = argv.filter((a) => !a.startsWith('--'));
const [dir = '../dist', port = '4173', mount = '/stories/minning/'] = positional;
const root = resolve(dir);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// ---- _headers (Netlify / Cloudflare Pages syntax) -------------------------
// A line that is not indented is a URL path pattern, relative to the mount
// (`/` is the mount itself, `*` matches any run of characters, `:name` one
// path segment); the indented `Name: value` lines under it are its headers,
// and an indented `! Name` removes a header set by an earlier rule. Every
// matching rule applies; a header set by two rules gets both values joined
// with ", " (as Cloudflare Pages does: a doubled CSP shows).

function parseHeaders(text) {
  const rules = [];
  let rule = null;
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const pattern = line;
      const re = new RegExp(
        '^' +
          pattern
            .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
            .map((part) => (part === '*' ? '.*' : /^:[A-Za-z_]/.test(part) ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
            .join('') +
          '$',
      );
      rule = { pattern, re, set: [], detach: [] };
      rules.push(rule);
      continue;
    }
    if (!rule) throw new Error(`_headers line ${i + 1}: a header before any path: ${line}`);
    if (line.startsWith('!')) {
      rule.detach.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`_headers line ${i + 1}: expected "Name: value": ${line}`);
    rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

let headersCache = { mtimeMs: -1, size: -1, rules: [] };
async function headerRules() {
  if (!useHeaders) return [];
  const file = join(root, '_headers');
  let info;
  try {
    info = await stat(file);
  } catch {
    return [];
  }
  // Re-read after a rebuild of the site.
  if (info.mtimeMs !== headersCache.mtimeMs || info.size !== headersCache.size) {
    headersCache = { mtimeMs: info.mtimeMs, size: info.size, rules: parseHeaders(await readFile(file, 'utf8')) };
  }
  return headersCache.rules;
}

/** The headers of every rule matching `urlPath` (relative to the mount, with a leading /). */
function headersFor(rules, urlPath) {
  const out = new Map(); // lower-case name -> [display name, value]
  for (const rule of rules) {
    if (!rule.re.test(urlPath)) continue;
    for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const prev = out.get(key);
      out.set(key, [prev ? prev[0] : name, prev ? `${prev[1]}, ${value}` : value]);
    }
  }
  return out;
}

// ---- content negotiation ---------------------------------------------------

/** The codings the request accepts (q > 0), from Accept-Encoding. */
function accepted(header = '') {
  const ok = new Set();
  const refused = new Set();
  for (const item of header.split(',')) {
    const [token, ...params] = item.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    (q && Number(q.slice(2)) === 0 ? refused : ok).add(token);
  }
  const has = (coding) => !refused.has(coding) && (ok.has(coding) || ok.has('*'));
  return { br: has('br'), gzip: has('gzip') };
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
}

/** A missing file under the mount: like Netlify and Cloudflare Pages, the
 *  site's own 404.html (status 404) where it has one, with the headers of
 *  the address asked for. */
async function siteNotFound(res, rel) {
  const page = join(root, '404.html');
  if (!(await isFile(page))) return notFound(res);
  const headers = { 'content-type': types['.html'] };
  for (const [, [name, value]] of headersFor(await headerRules(), '/' + rel)) headers[name] = value;
  res.writeHead(404, headers).end(await readFile(page));
}

createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed');
      return;
    }
    const url = new URL(req.url, 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    if (!path.startsWith(mount) || path.includes('\0')) {
      notFound(res);
      return;
    }
    const rel = path.slice(mount.length);
    // The host reads these files; it does not serve them.
    if (rel === '_headers' || rel === '_redirects') {
      notFound(res);
      return;
    }
    const clean = normalize(rel);
    if (clean.split(/[\\/]/).includes('..')) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden');
      return;
    }
    let file = join(root, clean);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden');
      return;
    }
    let info;
    try {
      info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
    } catch {
      await siteNotFound(res, rel);
      return;
    }
    if (!info.isFile()) {
      await siteNotFound(res, rel);
      return;
    }

    const headers = {
      'content-type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
      vary: 'Accept-Encoding',
    };
    const can = accepted(req.headers['accept-encoding']);
    let body = null;
    for (const [coding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (can[coding] && (await isFile(file + suffix))) {
        body = await readFile(file + suffix);
        headers['content-encoding'] = coding;
        break;
      }
    }
    body ??= await readFile(file);
    headers['content-length'] = body.length;

    // Rules match the URL path below the mount, as requested: the mount root
    // is `/` (not `/index.html`), a sub-folder `/step-3/`.
    for (const [, [name, value]] of headersFor(await headerRules(), '/' + rel)) {
      const key = name.toLowerCase();
      if (key === 'content-length' || key === 'content-encoding') continue;
      const ours = key === 'vary' ? headers.vary : null;
      delete headers[key];
      headers[name] = ours ? `${ours}, ${value}` : value;
    }
    res.writeHead(200, headers).end(body);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('server error');
  }
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${mount}${useHeaders ? '' : ' (ignoring _headers)'}`);
});
