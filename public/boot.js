// Runs before the first paint: a small classic script in <head>, external so
// that a strict Content-Security-Policy (script-src 'self') allows it, where
// Trunk's own inline loader would be blocked.
//
// 1. Tells the CSS which step and language of the prerendered story to show,
//    so a link to ?step=3&lang=en paints keyword three in English at once.
// 2. Starts the app: imports the wasm-bindgen glue and the wasm that Trunk
//    names in this script's data attributes (Trunk.toml pattern_script).
(function () {
  'use strict';
  var root = document.documentElement;
  var query = new URLSearchParams(window.location.search);
  var step = query.get('step') || 'cover';
  // Only known values reach the page: anything else shows the cover, and
  // the app explains the bad link once it runs.
  if (!/^(cover|[1-5]|numbers)$/.test(step)) step = 'cover';
  var lang = query.get('lang') === 'en' ? 'en' : 'zh-CN';
  root.setAttribute('data-static-step', step);
  root.setAttribute('data-static-lang', lang);
  root.setAttribute('lang', lang);

  var me = document.currentScript;
  var js = me && me.getAttribute('data-js');
  var wasm = me && me.getAttribute('data-wasm');
  if (!js || !wasm) return;
  function start() {
    import(js)
      .then(function (glue) { return glue.default({ module_or_path: wasm }); })
      .catch(function (err) {
        // The static story stays readable; say why it is not interactive.
        console.warn('The interactive story could not start:', err);
      });
  }
  // The app mounts into #app, which the parser has not reached yet.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
})();
