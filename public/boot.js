// The page's only script: a small classic script in <head>, external so that
// a strict Content-Security-Policy (script-src 'self') allows it, where
// Trunk's own inline loader would be blocked. It does only what must happen
// before the app, or where the app cannot run:
//
// 1. An older link to a step goes to that step's page (?step=3&lang=en →
//    step-3.en.html); a widget page asked for another language than its own
//    goes to the one that holds both (w/funding.en.html?lang=zh-CN →
//    w/funding.html?lang=zh-CN).
// 2. Shows the copy of a page the URL asks for (a widget's theme and
//    language; framed or not, on the not-found page) before the first paint.
// 3. Starts the app (the wasm-bindgen glue and the wasm Trunk names in this
//    script's data attributes, Trunk.toml pattern_script) within a deadline,
//    and says in a role="alert" when it does not start, when its data does
//    not arrive in time, or when it stops on a fault of its own.
// 4. In a frame: tells the host the page's height, in every shape hosts
//    listen for (WordPress's protocol among them), and opens the links a
//    sandbox forbids the frame to open.
//
// Every name, file, number and word it shares with the Rust side comes from
// the contract the build writes below (src/site/contract.rs); the alert's markup
// is the app's own, from a <template> the build renders into each page. No
// inline style or markup anywhere: elements are cloned or made with
// createElement and filled with textContent.
(function () {
  'use strict';
  var C = /*contract*/{};
  if (!C.steps) return; // not built: nothing to agree on
  var root = document.documentElement;
  var here = window.location;
  var query = new URLSearchParams(here.search);
  var kind = root.getAttribute('data-kind') || 'story';
  var framed = window.parent !== window;

  function file(path) {
    return path.slice(path.lastIndexOf('/') + 1);
  }
  function langOf(tag) {
    return Object.prototype.hasOwnProperty.call(C.langs, tag) ? tag : null;
  }
  function fileLang(name) {
    for (var tag in C.langs) {
      if (C.langs[tag].suffix && name.slice(-(C.langs[tag].suffix.length + 5)) === C.langs[tag].suffix + '.html') return tag;
    }
    return C.defaultLang;
  }
  // The query without the keys a page's file now says, with the fragment
  // (a host's #?secret=… among them).
  function rest(drop) {
    for (var i = 0; i < drop.length; i++) query.delete(drop[i]);
    var q = query.toString();
    return (q ? '?' + q : '') + here.hash;
  }
  function go(target) {
    here.replace(target);
    return true;
  }

  // ---- 1. older links
  function redirect() {
    var asked = query.get('lang');
    if (kind === 'story' && query.get('view') !== 'embeds' && (query.has('step') || query.has('lang'))) {
      var name = file(here.pathname);
      var from = null;
      for (var i = 0; i < C.steps.length; i++) {
        for (var tag in C.steps[i].files) {
          if (C.steps[i].files[tag] === name || (name === '' && C.steps[i].hrefs[tag] === './')) from = { step: C.steps[i], lang: tag };
        }
      }
      var key = query.has('step') ? query.get('step') || C.steps[0].key : from && from.step.key;
      var lang = query.has('lang') ? langOf(asked || C.defaultLang) : from && from.lang;
      var step = null;
      for (var j = 0; j < C.steps.length; j++) if (C.steps[j].key === key) step = C.steps[j];
      // A bad value stays: the app explains it.
      return from && step && lang ? go(step.hrefs[lang] + rest(['step', 'lang'])) : false;
    }
    // A widget page in another language than the story's holds only its
    // own (w/funding.en.html); the story's language's page holds both.
    var own = widgetLang();
    if (kind !== 'widget' || own === C.defaultLang || !langOf(asked || '') || asked === own) return false;
    var page = C.widgetDir + '/' + widgetId() + C.langs[C.defaultLang].suffix + '.html';
    return go(new URL(page, document.baseURI).href + here.search + here.hash);
  }
  // A widget page names its widget in its file (w/<id>.en.html); the older
  // widget page in ?id=.
  function widgetId() {
    var name = file(here.pathname);
    if (name === C.embedPage) return query.get('id') || '';
    var suffix = C.langs[fileLang(name)].suffix;
    return name.slice(0, name.length - suffix.length - 5);
  }
  function widgetLang() {
    return file(here.pathname) === C.embedPage ? C.defaultLang : fileLang(file(here.pathname));
  }
  if (redirect()) return;

  // ---- 2. the copy to show
  var lang;
  if (kind === 'story') {
    lang = langOf(root.getAttribute('lang')) || C.defaultLang;
    root.setAttribute('data-static-page', 'story');
  } else if (kind === 'widget') {
    // Only known values reach the page; the app explains any other.
    lang = langOf(query.get('lang') || '') || widgetLang();
    var theme = query.get('theme');
    if (theme !== 'light' && theme !== 'dark') {
      theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }
    root.setAttribute('data-theme', theme);
    var transparent = query.get('transparent');
    if (transparent === '1' || transparent === 'true') root.setAttribute('data-transparent', '1');
    root.setAttribute('data-static-page', theme + '.' + lang);
  } else {
    // The not-found page: a missing widget in a frame, a missing page
    // otherwise, in the language its address names.
    lang = langOf(query.get('lang') || '') || fileLang(file(here.pathname));
    root.setAttribute('data-static-page', (framed ? 'widget.' : 'page.') + lang);
  }
  root.setAttribute('lang', lang);
  var t = C.langs[lang].text;

  // The other copies are never shown: once parsed, they go, so the page
  // holds one copy (and the public hooks name only what is shown).
  document.addEventListener('DOMContentLoaded', function () {
    var shown = root.getAttribute('data-static-page');
    var copies = document.querySelectorAll('.static-page');
    for (var i = 0; i < copies.length; i++) {
      if (shown !== 'story' && copies[i].getAttribute('data-page') !== shown) copies[i].remove();
    }
    var asked = document.querySelectorAll('[data-asked]');
    for (var k = 0; k < asked.length; k++) asked[k].textContent = decodeURIComponent(file(here.pathname)) || here.pathname;
    if (framed && kind !== 'story') watchHeight();
  }, { once: true });

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  // The story's address, from wherever this page is (a widget page's
  // <base> is the story's directory).
  function storyHref() {
    return new URL(C.steps[0].hrefs[lang], document.baseURI).href;
  }

  // ---- 4. heights and links, in a frame
  var secret = null;
  function readSecret() {
    var m = /[#&?]secret=([A-Za-z0-9]{1,32})/.exec(here.hash);
    if (m) secret = m[1];
  }
  readSecret();
  window.addEventListener('hashchange', readSecret);
  function fill(template, vars) {
    return template.replace(/"\$([A-Z]+)"|\$([A-Z]+)/g, function (all, quoted, bare) {
      return quoted ? JSON.stringify(String(vars[quoted])) : String(vars[bare]);
    });
  }
  function post(message) {
    try {
      window.parent.postMessage(message, '*');
    } catch (e) {
      // A host that is gone: nothing to tell.
    }
  }
  // What the reader sees: the static page until the app takes over.
  function shownBox() {
    var stat = document.getElementById('static');
    if (stat) return stat;
    var app = document.getElementById('app');
    return app && app.querySelector('main') ? app : document.body;
  }
  var lastHeight = 0;
  // Until the page's stylesheet has arrived, its layout is not the page's.
  function styled() {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) if (!links[i].sheet) return false;
    return true;
  }
  function postHeight(force) {
    if (!framed || !document.body) return;
    if (!styled() && retries < 10) return retry();
    var box = shownBox();
    var below = parseFloat(window.getComputedStyle(document.body).marginBottom) || 0;
    var h = Math.ceil(box.getBoundingClientRect().bottom + window.scrollY + below);
    // A frame its host has not laid out yet has no size, nor has anything
    // in it: try again soon (a hidden frame gets no resize observations).
    if (!(h > 0 && h < C.maxHeight)) return retry();
    if (h === lastHeight && !force) return;
    lastHeight = h;
    // The id the host knows the frame by: the one in its address, even
    // where there is no such widget (the not-found page).
    var id = widgetId();
    if (!new RegExp(C.idPattern).test(id)) id = 'not-found';
    var vars = { ID: id, SRC: here.href, H: h, SECRET: secret || '' };
    for (var i = 0; i < C.heightMessages.length; i++) post(JSON.parse(fill(C.heightMessages[i], vars)));
    var child = query.get('childId');
    if (child && new RegExp(C.childIdPattern).test(child)) {
      vars.CHILD = child;
      post(fill(C.pymMessage, vars));
    }
    if (secret) post(JSON.parse(fill(C.wpHeight, vars)));
  }
  var retries = 0;
  function retry() {
    if (retries < 40) window.setTimeout(function () { postHeight(true); }, 50 * ++retries);
  }
  var watching = false;
  function watchHeight() {
    postHeight(true);
    if (watching || !window.ResizeObserver) return;
    watching = true;
    var watch = new ResizeObserver(function () { postHeight(false); });
    var stat = document.getElementById('static');
    var app = document.getElementById('app');
    if (stat) watch.observe(stat);
    if (app) watch.observe(app);
    watch.observe(document.body);
    // The host may have squeezed the frame on its own resize: say it again.
    window.addEventListener('resize', function () { postHeight(true); });
  }
  if (framed) {
    // WordPress asks once its page is ready; answer with the height.
    window.addEventListener('message', function (event) {
      var d = event.data;
      if (event.source !== window.parent || !d || typeof d !== 'object' || d.message !== C.wpReady) return;
      if (!secret && typeof d.secret === 'string' && /^[A-Za-z0-9]{1,32}$/.test(d.secret)) secret = d.secret;
      if (d.secret === secret) postHeight(true);
    });
  }

  // ---- 3. the alerts
  // The app's own alert (components::shell::Alert), rendered by the build
  // into a <template>: filled here with text, and a Reload that really
  // reloads this page (the app's router, which would otherwise take the
  // click, may have stopped or not have started).
  function alertBox(title, message, marker) {
    var tpl = document.getElementById('alert-template');
    var box = tpl && tpl.content.firstElementChild ? tpl.content.firstElementChild.cloneNode(true) : el('div', 'alert');
    box.setAttribute('role', 'alert');
    box.setAttribute(marker[0], marker[1]);
    var slot = function (name, tag, className) {
      return box.querySelector('[data-slot="' + name + '"]') || box.appendChild(el(tag, className));
    };
    slot('title', 'p', 'alert-title').textContent = title;
    slot('message', 'p', 'alert-message').textContent = message;
    var actions = slot('actions', 'div', 'alert-actions');
    var reload = el('a', 'button', t.reload);
    reload.href = here.href;
    reload.setAttribute('data-reload', '');
    reload.addEventListener('click', function (event) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      here.reload();
    });
    actions.appendChild(reload);
    return { box: box, actions: actions };
  }
  function sentence(a, b) {
    return a + (lang === C.defaultLang ? '' : ' ') + b;
  }

  // The app did not start, or its data did not arrive in time: the static
  // page stays readable, with the alert on top.
  var alerted = false;
  function showLoadAlert(why) {
    var page = document.getElementById('static');
    // The app took over after all: it says what it has to say.
    if (!page || alerted) return;
    alerted = true;
    var widget = kind === 'widget';
    var made = alertBox(
      why === 'data' ? t.storyTitle : widget ? t.widgetTitle : t.storyTitle,
      why === 'data' ? sentence(t.dataStalled, t.storyAfter) : sentence(t[why], widget ? t.widgetAfter : t.storyAfter),
      ['data-load-alert', why === 'data' ? 'data' : 'app']
    );
    if (widget) {
      var open = el('a', 'button', t.openStory);
      open.href = storyHref();
      open.target = '_blank';
      open.rel = 'noopener';
      made.actions.appendChild(open);
    }
    var loading = page.querySelector('.embed-static');
    if (loading) {
      // embed.html's loading line gives way to the alert.
      while (loading.firstChild) loading.removeChild(loading.firstChild);
      loading.appendChild(made.box);
    } else {
      page.insertBefore(made.box, page.firstChild);
    }
    postHeight(false);
  }
  document.addEventListener(C.dataStalledEvent, function () { showLoadAlert('data'); });

  // A fault in the running app. With panic = "abort" (Cargo.toml), a Rust
  // panic reaches the page as a WebAssembly.RuntimeError ("unreachable"),
  // thrown from whatever event or task was running; after it the app may
  // no longer respond.
  var crashed = false;
  function isTrap(error) {
    return typeof WebAssembly !== 'undefined' && WebAssembly.RuntimeError && error instanceof WebAssembly.RuntimeError;
  }
  function showCrash() {
    if (crashed || !document.body) return;
    crashed = true;
    var widget = kind === 'widget';
    var box = alertBox(widget ? t.crashWidgetTitle : t.crashTitle, t.crashMessage, ['data-crash-alert', '']).box;
    box.classList.add('crash-alert');
    var main = document.querySelector('main') || document.body;
    if (widget) {
      // In a frame: in the flow, and the frame grows to show it.
      main.insertBefore(box, main.firstChild);
      postHeight(false);
    } else {
      // On the story: where the reader is, over the page.
      document.body.appendChild(box);
    }
  }
  window.addEventListener('error', function (event) {
    if (isTrap(event.error)) showCrash();
  });
  window.addEventListener('unhandledrejection', function (event) {
    if (isTrap(event.reason)) showCrash();
  });

  // ---- links a sandbox forbids
  // A host that frames a widget with sandbox="allow-scripts" and without
  // allow-popups makes every target="_blank" link a dead click. In a frame:
  // WordPress (which said its secret) opens a link to this site in its own
  // window when asked; elsewhere open the window here, and where that is
  // refused, say where the link goes instead.
  if (framed) {
    // A preview inside the story's own Embed dialog (same origin): Esc
    // closes the dialog from inside the frame too, as it does outside it.
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      var host = null;
      try {
        host = window.frameElement;
      } catch (e) {
        host = null;
      }
      var dialog = host && host.closest ? host.closest('dialog[open]') : null;
      if (dialog) {
        event.preventDefault();
        dialog.close();
      }
    });
    document.addEventListener('click', function (event) {
      var a = event.target && event.target.closest ? event.target.closest('a[target="_blank"][href], a[download][href]') : null;
      if (!a || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      // Only http(s) links; blob: downloads and the like go their own way.
      if (!/^https?:/.test(a.href)) return;
      var wordpress = secret && new URL(a.href).host === here.host;
      // A download (the data as CSV) goes its own way but in WordPress,
      // whose frame may not download: its window opens the file instead.
      if (a.hasAttribute('download') && !wordpress) return;
      event.preventDefault();
      if (wordpress) {
        post(JSON.parse(fill(C.wpLink, { URL: a.href, SECRET: secret })));
        return;
      }
      var w = null;
      try {
        w = window.open(a.href, '_blank');
      } catch (e) {
        w = null;
      }
      if (w) {
        try { w.opener = null; } catch (e) { /* cross-origin: fine */ }
        return;
      }
      var note = a.parentNode && a.parentNode.querySelector('[data-popup-note]');
      if (!note) {
        note = el('p', 'popup-note');
        note.setAttribute('data-popup-note', '');
        note.setAttribute('role', 'status');
        note.appendChild(document.createTextNode(t.noPopup + ' '));
        note.appendChild(el('code', '', a.href));
        a.parentNode.insertBefore(note, a.nextSibling);
      }
    }, false);
  }

  // ---- 3. the app
  var me = document.currentScript;
  var js = me && me.getAttribute('data-js');
  var wasm = me && me.getAttribute('data-wasm');
  // The not-found page is static: it has nothing for the app to do.
  if (!js || !wasm || kind === 'not-found') return;
  // Absolute URLs: in a frame with an opaque origin (sandbox without
  // allow-same-origin) this script counts as CORS-cross-origin, and import()
  // from it resolves a relative specifier against about:blank.
  js = new URL(js, document.baseURI).href;
  wasm = new URL(wasm, document.baseURI).href;
  var started = false;
  var timer = window.setTimeout(function () {
    if (!started) showLoadAlert('stalled');
  }, C.deadlineMs);
  function start() {
    import(js)
      .then(function (glue) { return glue.default({ module_or_path: wasm }); })
      .then(function () {
        started = true;
        window.clearTimeout(timer);
      })
      .catch(function (err) {
        // The static page stays readable; say why it is not interactive.
        console.warn('The interactive story could not start:', err);
        window.clearTimeout(timer);
        showLoadAlert('refused');
      });
  }
  // Nothing competes with the page's first paint: the app starts in the
  // task after it (or soon, where no frame comes: a hidden tab or frame),
  // once the parser has reached #app, which it mounts into.
  var begun = false;
  function begin() {
    if (begun) return;
    begun = true;
    start();
  }
  function afterPaint() {
    if (window.requestAnimationFrame) window.requestAnimationFrame(function () { window.setTimeout(begin, 0); });
    window.setTimeout(begin, 300);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', afterPaint, { once: true });
  } else {
    afterPaint();
  }
})();
