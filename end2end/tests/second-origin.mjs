// A second origin for host pages (same 127.0.0.1, another port), one per
// worker (two workers share no port): a test registers the pages it needs
// with `host()`. Shared by embed.spec.mjs, real-hosts.spec.mjs and the nginx
// checks.
import { createServer } from 'node:http';

export function secondOrigin(test) {
  const files = new Map();
  let server;
  let origin;
  let next = 0;
  test.beforeAll(async () => {
    server = createServer((req, res) => {
      const path = new URL(req.url, 'http://host').pathname;
      const file = files.get(path);
      if (file) {
        res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store', ...file.headers }).end(file.body);
      } else if (path === '/favicon.ico') {
        // Chromium asks every top-level page for one; a 404 would be logged.
        res.writeHead(204).end();
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  test.afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  /** Serves `body` on the second origin; returns its absolute URL. */
  return function host(body, { type = 'text/html; charset=utf-8', headers = {}, path } = {}) {
    path ??= `/page-${++next}.html`;
    files.set(path, { body, type, headers });
    return origin + path;
  };
}

/** A host article that frames each `src` the strict way: sandbox="allow-scripts"
 *  (no allow-same-origin: the widget runs with an opaque origin), sized by
 *  the widget's Datawrapper-style height message, as our iframe snippet does. */
export function sandboxedHostPage(frames) {
  const iframes = frames
    .map(({ id, src }) => `<iframe src="${src}" title="Widget ${id}" width="100%" height="300" scrolling="no" style="border:0;display:block" sandbox="allow-scripts" data-minning-embed="${id}"></iframe>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A strict host</title></head>
<body><main><h1>A strict host</h1>
<p>This CMS frames third-party content with sandbox="allow-scripts" only.</p>
${iframes}
<p>The article goes on.</p></main>
<script>
window.__heights = {};
window.addEventListener('message', function (e) {
  var frames = document.querySelectorAll('iframe[data-minning-embed]');
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i];
    if (e.source !== f.contentWindow) continue;
    var id = f.getAttribute('data-minning-embed');
    var d = e.data && e.data['datawrapper-height'];
    if (d && typeof d[id] === 'number') {
      window.__heights[id] = d[id];
      f.style.height = d[id] + 'px';
    }
  }
});
</script></body></html>`;
}
