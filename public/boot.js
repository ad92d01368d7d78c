// Runs before the first paint: a small classic script in <head>, external so
// that a strict Content-Security-Policy (script-src 'self') allows it, where
// Trunk's own inline loader would be blocked.
//
// 1. Tells the CSS which copy of the prerendered page to show (a step and
//    language of the story; a theme and language of a widget), so a link to
//    ?step=3&lang=en paints keyword three in English at once.
// 2. Starts the app: imports the wasm-bindgen glue and the wasm that Trunk
//    names in this script's data attributes (Trunk.toml pattern_script).
(function () {
  'use strict';
  var root = document.documentElement;
  var query = new URLSearchParams(window.location.search);
  // Only known values reach the page: anything else shows the default, and
  // the app explains the bad link once it runs.
  var lang = query.get('lang') === 'en' ? 'en' : 'zh-CN';
  root.setAttribute('lang', lang);
  if (root.getAttribute('data-kind') === 'widget') {
    // A widget page (w/<id>.html) holds its widget per theme and language.
    var theme = query.get('theme');
    if (theme !== 'light' && theme !== 'dark') {
      theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }
    root.setAttribute('data-theme', theme);
    var transparent = query.get('transparent');
    if (transparent === '1' || transparent === 'true') root.setAttribute('data-transparent', '1');
    root.setAttribute('data-static-page', theme + '.' + lang);
  } else {
    // The story holds every step in both languages.
    var step = query.get('step') || 'cover';
    if (!/^(cover|[1-5]|numbers)$/.test(step)) step = 'cover';
    root.setAttribute('data-static-page', step + '.' + lang);
  }

  // The other copies are never shown: once parsed, they go, so the page
  // holds one copy (and the public hooks, such as [data-keyword], name
  // only what is shown).
  document.addEventListener('DOMContentLoaded', function () {
    var shown = root.getAttribute('data-static-page');
    var copies = document.querySelectorAll('.static-page');
    for (var i = 0; i < copies.length; i++) {
      if (copies[i].getAttribute('data-page') !== shown) copies[i].remove();
    }
  }, { once: true });

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
