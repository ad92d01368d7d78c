// Runs before the first paint: a small classic script in <head>, external so
// that a strict Content-Security-Policy (script-src 'self') allows it, where
// Trunk's own inline loader would be blocked.
//
// 1. Sends an older link (?step=3&lang=en) to its step's own page
//    (step-3.en.html), and tells the CSS which copy of a widget page to show
//    (a theme and language), before the first paint.
// 2. Starts the app: imports the wasm-bindgen glue and the wasm that Trunk
//    names in this script's data attributes (Trunk.toml pattern_script).
// 3. Gives the app a deadline: if it has not started within DEADLINE_MS (a
//    stalled glue or wasm download) or cannot start at all (refused by the
//    network, CORS, an old browser), the static page stays and says so in a
//    role="alert", in the reader's language; a widget says it inside its
//    frame and posts its new height to the host. Once the app runs, it owns
//    the data's own deadline (src/browser.rs, the same 12 s).
// 4. If the running app ever stops on a fault of its own (a trap in the
//    wasm: the app cannot go on), says so in a role="alert" with a way on
//    (reload this step's page), rather than leave a page that no longer
//    answers.
//
// No inline style or markup anywhere: elements are made with createElement
// and filled with textContent, so the page's policy allows all of it.
(function () {
  'use strict';
  // README "Deploy": a slow phone (1.6 Mbps, 150 ms, CPU x4) has the app
  // running in about 2.5 s; 12 s leaves room for a much worse network.
  var DEADLINE_MS = 12000;
  var SECS = String(DEADLINE_MS / 1000);
  var root = document.documentElement;
  var query = new URLSearchParams(window.location.search);
  var widgetPage = root.getAttribute('data-kind') === 'widget';

  // An older link to a step (?step=3&lang=en, from before every step had a
  // page of its own) goes to that step's page at once, before anything is
  // drawn: the same names as src/route.rs (Step::file). A bad value stays,
  // and the app explains it.
  if (!widgetPage && query.get('view') !== 'embeds' && (query.has('step') || query.has('lang'))) {
    var here = /(?:^|\/)(?:(index|numbers|step-([1-5]))(\.en)?\.html)?$/.exec(window.location.pathname);
    var step = query.has('step') ? query.get('step') : here && here[2] ? here[2] : here && here[1] === 'numbers' ? 'numbers' : 'cover';
    var wantLang = query.has('lang') ? query.get('lang') : here && here[3] ? 'en' : 'zh-CN';
    if (here && /^(cover|[1-5]|numbers|)$/.test(step) && /^(en|zh-CN|)$/.test(wantLang)) {
      var en = wantLang === 'en';
      var stem = step === '' || step === 'cover' ? 'index' : step === 'numbers' ? 'numbers' : 'step-' + step;
      var file = stem === 'index' && !en ? './' : stem + (en ? '.en' : '') + '.html';
      query.delete('step');
      query.delete('lang');
      var rest = query.toString();
      window.location.replace(file + (rest ? '?' + rest : '') + window.location.hash);
      return;
    }
  }
  // Only known values reach the page: anything else shows the default, and
  // the app explains the bad link once it runs. A story page knows its
  // language; a widget page takes it from the query.
  var asked = query.get('lang');
  var lang = asked === 'en' || asked === 'zh-CN' ? asked : widgetPage ? 'zh-CN' : root.getAttribute('lang') === 'en' ? 'en' : 'zh-CN';
  root.setAttribute('lang', lang);
  if (widgetPage) {
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
    // A story page holds its one step in its language.
    root.setAttribute('data-static-page', 'story');
  }

  // The other copies are never shown: once parsed, they go, so the page
  // holds one copy (and the public hooks, such as [data-keyword], name
  // only what is shown).
  document.addEventListener('DOMContentLoaded', function () {
    var shown = root.getAttribute('data-static-page');
    if (shown === 'story') return;
    var copies = document.querySelectorAll('.static-page');
    for (var i = 0; i < copies.length; i++) {
      if (copies[i].getAttribute('data-page') !== shown) copies[i].remove();
    }
  }, { once: true });

  var TEXT = {
    'zh-CN': {
      storyTitle: '互动版未能载入',
      widgetTitle: '图表未能载入',
      stalled: '互动版的程序在 ' + SECS + ' 秒内没有下载完成，网络可能太慢或已中断。',
      refused: '互动版的程序无法启动，可能被浏览器、网络或所在网站拦截。',
      storyAfter: '下面是报道的静态全文，可以照常阅读。',
      widgetAfter: '请重新载入，或打开完整报道阅读。',
      crashTitle: '互动版出了故障',
      crashWidgetTitle: '图表出了故障',
      crashMessage: '页面已停止响应点击。重新载入即可从这一步继续阅读。',
      reload: '重新载入',
      openStory: '阅读完整报道',
      noPopup: '所在网站不允许此组件打开新窗口。报道的地址是：'
    },
    en: {
      storyTitle: 'The interactive version did not load',
      widgetTitle: 'The chart did not load',
      stalled: 'The interactive version did not download within ' + SECS + ' seconds: the network may be slow or down.',
      refused: 'The interactive version could not start: the browser, the network or the site around it refused it.',
      storyAfter: 'The full story is below as a static page.',
      widgetAfter: 'Reload, or open the full story.',
      crashTitle: 'The interactive story stopped working',
      crashWidgetTitle: 'The chart stopped working',
      crashMessage: 'The page no longer answers clicks. Reload to carry on from this step.',
      reload: 'Reload',
      openStory: 'Read the full story',
      noPopup: 'This site does not let the widget open a new window. The story is at:'
    }
  };
  var t = TEXT[lang];

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function isWidget() {
    return widgetPage;
  }

  // The story's address, from wherever this page is (a widget page's
  // <base> is the story's directory).
  function storyHref() {
    return new URL(lang === 'en' ? 'index.en.html' : './', document.baseURI).href;
  }

  // ---- height messages (the same formats as src/embed.rs height_messages)
  function postHeight(box) {
    if (window.parent === window) return;
    // w/<id>.html names the widget in its path; embed.html in ?id=.
    var named = /\/w\/([a-z0-9-]{1,64})\.html$/.exec(window.location.pathname);
    var id = named ? named[1] : query.get('id') || '';
    if (!/^[a-z0-9-]{1,64}$/.test(id)) return;
    var below = parseFloat(window.getComputedStyle(document.body).marginBottom) || 0;
    var h = Math.ceil(box.getBoundingClientRect().bottom + window.scrollY + below);
    if (!(h > 0 && h < 20000)) return;
    var heights = {};
    heights[id] = h;
    var messages = [
      { 'datawrapper-height': heights },
      { context: 'iframe.resize', src: window.location.href, height: h },
      { sentinel: 'amp', type: 'embed-size', height: h }
    ];
    var child = query.get('childId');
    if (child) messages.push('pymxPYMx' + child + 'xPYMxheightxPYMx' + h);
    for (var i = 0; i < messages.length; i++) {
      try {
        window.parent.postMessage(messages[i], '*');
      } catch (e) {
        // A host that is gone: nothing to size.
      }
    }
  }

  // ---- the alerts
  // A role="alert" box with a title, a message and a Reload that really
  // reloads this page (the address bar names the step shown): the app's
  // router, which would otherwise take the click, may have stopped or not
  // have started. Returns the box and its row of actions.
  function alertBox(className, title, message) {
    var box = el('div', className);
    box.setAttribute('role', 'alert');
    box.appendChild(el('p', 'alert-title', title));
    box.appendChild(el('p', 'alert-message', message));
    var actions = el('div', 'alert-actions');
    var reload = el('a', 'button', t.reload);
    reload.href = window.location.href;
    reload.setAttribute('data-reload', '');
    reload.addEventListener('click', function (event) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      window.location.reload();
    });
    actions.appendChild(reload);
    box.appendChild(actions);
    return { box: box, actions: actions };
  }

  var alerted = false;
  function showAlert(why) {
    var page = document.getElementById('static');
    // The app took over after all: it says what it has to say.
    if (!page || alerted) return;
    alerted = true;
    var widget = isWidget();
    var made = alertBox(
      'alert',
      widget ? t.widgetTitle : t.storyTitle,
      t[why] + (lang === 'en' ? ' ' : '') + (widget ? t.widgetAfter : t.storyAfter)
    );
    var box = made.box;
    box.setAttribute('data-load-alert', 'app');
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
      loading.appendChild(box);
    } else {
      // A static page (the story, or a widget page that already shows its
      // widget) stays readable, with the alert on top.
      page.insertBefore(box, page.firstChild);
    }
    if (widget) watchHeight(page);
  }

  // ---- a fault in the running app
  // With panic = "abort" (Cargo.toml), a Rust panic reaches the page as a
  // WebAssembly.RuntimeError ("unreachable"), thrown from whatever event
  // or task was running; after it the app may no longer respond.
  var crashed = false;
  function isTrap(error) {
    return typeof WebAssembly !== 'undefined' && WebAssembly.RuntimeError && error instanceof WebAssembly.RuntimeError;
  }
  function showCrash() {
    if (crashed || !document.body) return;
    crashed = true;
    var box = alertBox('alert crash-alert', isWidget() ? t.crashWidgetTitle : t.crashTitle, t.crashMessage).box;
    box.setAttribute('data-crash-alert', '');
    var main = document.querySelector('main') || document.body;
    if (isWidget()) {
      // In a frame: in the flow, and the frame grows to show it.
      main.insertBefore(box, main.firstChild);
      postHeight(main);
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

  // A widget's frame is sized from the static page until the app takes
  // over (and sizes it itself).
  var watching = false;
  function watchHeight(page) {
    postHeight(page);
    if (watching || !window.ResizeObserver) return;
    watching = true;
    var watch = new ResizeObserver(function () {
      if (!page.isConnected) return watch.disconnect();
      postHeight(page);
    });
    watch.observe(page);
  }
  if (isWidget()) {
    document.addEventListener('DOMContentLoaded', function () {
      var page = document.getElementById('static');
      if (page) watchHeight(page);
    }, { once: true });
  }

  // ---- links that would open a window a sandbox forbids
  // A host that frames a widget with sandbox="allow-scripts" and without
  // allow-popups makes every target="_blank" link a dead click. In a frame,
  // open the window ourselves; where that is refused, say where the link
  // goes instead (the story itself refuses to be framed by other sites).
  if (window.parent !== window) {
    // A preview inside the story's own Embed dialog (same origin): Esc
    // closes the dialog from inside the frame too, as it does outside it.
    // (frameElement is null in a frame of another origin.)
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
      var a = event.target && event.target.closest ? event.target.closest('a[target="_blank"][href]') : null;
      if (!a || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      // Only http(s) links; blob: downloads and the like go their own way.
      if (!/^https?:/.test(a.href)) return;
      event.preventDefault();
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

  var me = document.currentScript;
  var js = me && me.getAttribute('data-js');
  var wasm = me && me.getAttribute('data-wasm');
  if (!js || !wasm) return;
  // Absolute URLs: in a frame with an opaque origin (sandbox without
  // allow-same-origin) this script counts as CORS-cross-origin, and import()
  // from it resolves a relative specifier against about:blank.
  js = new URL(js, document.baseURI).href;
  wasm = new URL(wasm, document.baseURI).href;
  var started = false;
  var timer = window.setTimeout(function () {
    if (!started) showAlert('stalled');
  }, DEADLINE_MS);
  function start() {
    import(js)
      .then(function (glue) { return glue.default({ module_or_path: wasm }); })
      .then(function () {
        started = true;
        window.clearTimeout(timer);
      })
      .catch(function (err) {
        // The static story stays readable; say why it is not interactive.
        console.warn('The interactive story could not start:', err);
        window.clearTimeout(timer);
        showAlert('refused');
      });
  }
  // The app mounts into #app, which the parser has not reached yet.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
})();
