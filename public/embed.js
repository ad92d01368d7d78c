/*
 * embed.js: turns every <div data-minning-widget="ID"> on a host page into
 * a self-sizing <iframe> of the story's widget, and sizes a widget's frame
 * that is already there (a host that inserted an oEmbed answer's html as it
 * is, as Ghost does). It is the embed form for hosts whose
 * Content-Security-Policy forbids inline script: the host allows this one
 * file (script-src) and the site's origin (frame-src) and needs nothing else.
 *
 *   <div data-minning-widget="funding" data-lang="en" data-theme="auto"
 *        data-height="520" data-title="Support funds and investment"></div>
 *   <script src="https://SITE/stories/minning/embed.js" async></script>
 *
 * Written as ES5 with no dependencies so that it runs on any host page as
 * is, with no build step. It never uses eval or innerHTML (nothing from the
 * page or from a message is ever parsed as markup) and sets sizes through
 * element.style (CSSOM), which `style-src 'self'` allows, rather than a style
 * attribute, which it would block.
 */
(function (window, document) {
  'use strict';

  // Loaded twice (two widgets pasted with their own <script>, or a CMS that
  // repeats it): the first copy owns the message listener and the list of
  // frames; a later copy only asks it to look for new placeholders, so no
  // div becomes two iframes and no message is handled twice.
  if (window.MinningEmbeds && typeof window.MinningEmbeds.scan === 'function') {
    window.MinningEmbeds.scan();
    return;
  }

  // What this file shares with the site (ids, pages, languages, themes,
  // the height message and its cap), written in by the build from the
  // Rust side (src/site/contract.rs).
  var C = /*contract*/{};
  if (!C.widgets) return;
  var ID = new RegExp(C.idPattern);
  var DONE = 'data-minning-processed';

  // The widgets live next to this file: the base URL is the directory of
  // the script's own src, so one snippet works wherever the site is deployed
  // (any host, any sub-path). document.currentScript is null once the
  // script has finished running and in very old browsers; look the tag up
  // by name then.
  function ownSrc() {
    var current = document.currentScript;
    if (current && current.src) return current.src;
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/embed\.js(?:[?#]|$)/.test(scripts[i].src)) return scripts[i].src;
    }
    return '';
  }
  var base = ownSrc().replace(/[?#].*$/, '').replace(/[^\/]*$/, '');

  // Every iframe made here, with the widget id it shows. Messages are
  // matched against these by their source window, never by their content.
  var frames = [];

  function attr(el, name) {
    var v = el.getAttribute(name);
    return v === null ? '' : String(v).replace(/^\s+|\s+$/g, '');
  }

  // A host's initial height (so the widget is whole before its first
  // message, or if messages never arrive); anything odd falls back to 600.
  function initialHeight(raw) {
    var n = parseInt(raw, 10);
    return n > 0 && n < C.maxHeight ? n : 600;
  }

  function build(div) {
    var id = attr(div, 'data-minning-widget');
    if (!ID.test(id) || !base) {
      // Mark it so a rescan does not warn again; leave the host's fallback
      // content (if any) in place. A warning, not an error: it is the host
      // page's markup that is wrong, not the page's script.
      div.setAttribute(DONE, 'invalid');
      if (window.console && console.warn) {
        console.warn('embed.js: ignored data-minning-widget="' + id.slice(0, 64) + '" (expected an id like "funding")');
      }
      return;
    }
    var lang = attr(div, 'data-lang');
    var theme = attr(div, 'data-theme');
    var transparent = attr(div, 'data-transparent');
    // Every value put in the URL is either checked against a fixed list or
    // matched by the id pattern, and encoded anyway. A widget has a page
    // per language (w/<id>.html, w/<id>.en.html); an unknown id goes to
    // embed.html, which says in the frame that there is no such widget.
    var known = C.widgets.indexOf(id) >= 0;
    var params = [];
    var suffix = '';
    if (Object.prototype.hasOwnProperty.call(C.langs, lang)) {
      if (known) suffix = C.langs[lang].suffix;
      params.push('lang=' + encodeURIComponent(lang));
    }
    if (C.themes.indexOf(theme) >= 0) params.push('theme=' + encodeURIComponent(theme));
    if (div.hasAttribute('data-transparent') && transparent !== '0' && transparent !== 'false') {
      params.push('transparent=1');
    }
    var src = known
      ? base + C.widgetDir + '/' + encodeURIComponent(id) + suffix + '.html' + (params.length ? '?' + params.join('&') : '')
      : base + C.embedPage + '?' + ['id=' + encodeURIComponent(id)].concat(params).join('&');

    var frame = document.createElement('iframe');
    frame.src = src;
    // The title is what a screen reader announces for the frame; the host's
    // words (set as text by setAttribute, never parsed) or a plain fallback.
    frame.setAttribute('title', attr(div, 'data-title') || 'Chart: ' + id);
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('width', '100%');
    frame.setAttribute('height', String(initialHeight(attr(div, 'data-height'))));
    // The widget sizes the frame to its content, so it never needs to scroll.
    frame.setAttribute('scrolling', 'no');
    frame.setAttribute('data-minning-embed', id);
    frame.setAttribute(DONE, '1');
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';

    // The div stays as the container (hosts may style or find it); what it
    // held until now is the no-script fallback, removed node by node.
    while (div.firstChild) div.removeChild(div.firstChild);
    div.appendChild(frame);
    div.setAttribute(DONE, '1');
    frames.push({ frame: frame, id: id });
  }

  // A widget's frame already on the page (a host that inserted the
  // oEmbed answer's html as it is, as Ghost does): sized like ours.
  function adopt(frame) {
    var src = frame.getAttribute('src') || '';
    if (src.indexOf(base + C.widgetDir + '/') !== 0) return;
    var name = src.slice((base + C.widgetDir + '/').length).replace(/[?#].*$/, '').replace(/\.html$/, '');
    for (var tag in C.langs) {
      var suffix = C.langs[tag].suffix;
      if (suffix && name.slice(-suffix.length) === suffix) name = name.slice(0, -suffix.length);
    }
    frame.setAttribute(DONE, '1');
    // The answer's fallback link, shown until the frame speaks.
    var quote = frame.previousElementSibling;
    if (!quote || quote.tagName !== 'BLOCKQUOTE') quote = null;
    if (ID.test(name)) frames.push({ frame: frame, id: name, quote: quote });
  }

  function scan() {
    var found = document.querySelectorAll('[data-minning-widget]');
    for (var i = 0; i < found.length; i++) {
      if (!found[i].hasAttribute(DONE)) build(found[i]);
    }
    var pasted = document.querySelectorAll('iframe[src]:not([' + DONE + '])');
    for (var j = 0; j < pasted.length; j++) adopt(pasted[j]);
  }

  // A height from the widget's Datawrapper-style message
  // {"datawrapper-height": {"<id>": px}}, sent as an object or as a JSON
  // string. Whatever else arrives (other widgets' messages, pym strings,
  // junk) yields nothing.
  function heightFrom(data, id) {
    if (typeof data === 'string') {
      if (data.charAt(0) !== '{') return null;
      try {
        data = JSON.parse(data);
      } catch (e) {
        return null;
      }
    }
    if (!data || typeof data !== 'object') return null;
    var heights = data[C.heightKey];
    if (!heights || typeof heights !== 'object') return null;
    var h = heights[id];
    if (typeof h === 'string') h = parseFloat(h);
    if (typeof h !== 'number' || !isFinite(h) || h <= 0 || h >= C.maxHeight) return null;
    return Math.ceil(h);
  }

  // One listener for all frames. Only a message whose source is one of our
  // iframes' windows is read, so another frame on the host page cannot
  // resize ours by sending the same shape.
  function onMessage(event) {
    if (!event.source) return;
    for (var i = frames.length - 1; i >= 0; i--) {
      var entry = frames[i];
      var win = entry.frame.contentWindow;
      if (!win) {
        // A frame the host removed from the page has no window: forget it.
        if (!entry.frame.parentNode) frames.splice(i, 1);
        continue;
      }
      if (win !== event.source) continue;
      var h = heightFrom(event.data, entry.id);
      if (h !== null) {
        entry.frame.style.height = h + 'px';
        if (entry.quote) entry.quote.style.display = 'none';
      }
      return;
    }
  }

  window.addEventListener('message', onMessage, false);

  // Hosts that add placeholders later (infinite scroll, client-side CMS
  // previews) call window.MinningEmbeds.scan() again.
  window.MinningEmbeds = { scan: scan };

  // An async script may run before the rest of the page is parsed: convert
  // what is there now, and look again once the document is complete.
  scan();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan, false);
  }
})(window, document);
