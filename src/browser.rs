//! Browser glue: fetching the page model, the document's title and language,
//! focus, clipboard, sharing and downloads. Failures come back as values;
//! nothing here panics on what the page or the network hands it.
//!
//! The view code runs natively too, when the build renders the static pages
//! (`src/bin/prerender.rs`). Natively there is no window: [`window`] is the
//! one place that knows, and everything here starts from it, so on that side
//! every function is a no-op (or answers "no") and no component needs a `cfg`.

use crate::lang::Lang;
use crate::page::load::LoadError;
use crate::page::Site;
use crate::site::contract::{DATA_STALLED_EVENT, DEADLINE_SECS};
use wasm_bindgen::{JsCast, JsValue};

/// The browser window; `None` when the view code runs natively.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    return None;
}

/// A listener on the window for as long as the calling component lives
/// (none natively, where there is no window).
pub fn window_listener<E>(
    event: E,
    cb: impl Fn(E::EventType) + 'static,
) -> Option<leptos::prelude::WindowListenerHandle>
where
    E: leptos::ev::EventDescriptor + 'static,
    E::EventType: JsCast,
{
    window()?;
    Some(leptos::prelude::window_event_listener(event, cb))
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// `path` resolved against the document's base URL, so the app finds its
/// data wherever it is deployed (`/`, `/stories/minning/`, …).
pub fn resolve(path: &str) -> String {
    document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base(path, &base).ok())
        .map_or_else(|| path.to_string(), |u| u.href())
}

/// The site's directory URL (ends in `/`), wherever it is deployed: what
/// embed snippets and story links are built from.
pub fn site_base() -> String {
    resolve("./")
}

thread_local! {
    /// Whether the last load ended in `LoadError::Timeout`: the story then
    /// keeps its static text (see `hand_over`).
    static TIMED_OUT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Fetches the page model of `lang`. The first attempt uses the response
/// the page preloaded beside the wasm; a retry after a fix must see the new
/// file, not a cached failure. A request (or a body) that has not arrived
/// within `DEADLINE_SECS` is aborted and reported as `LoadError::Timeout`.
pub async fn fetch_page(lang: Lang, retry: bool) -> Result<Site, LoadError> {
    let result = fetch_page_within(lang, retry, DEADLINE_SECS).await;
    TIMED_OUT.with(|t| t.set(matches!(result, Err(LoadError::Timeout { .. }))));
    result
}

#[cfg(not(target_arch = "wasm32"))]
async fn fetch_page_within(_lang: Lang, _retry: bool, _seconds: u32) -> Result<Site, LoadError> {
    Err(LoadError::Network("no browser".into()))
}

#[cfg(target_arch = "wasm32")]
async fn fetch_page_within(lang: Lang, retry: bool, seconds: u32) -> Result<Site, LoadError> {
    use gloo_net::http::Request;
    let url = resolve(&crate::page::data_file(lang));
    let controller = web_sys::AbortController::new().ok();
    let fired = std::rc::Rc::new(std::cell::Cell::new(false));
    // Cleared when this function returns, whichever way: an answer in time
    // is never aborted afterwards.
    let _deadline = Deadline(controller.as_ref().and_then(|c| {
        let (c, fired) = (c.clone(), fired.clone());
        leptos::prelude::set_timeout_with_handle(
            move || {
                fired.set(true);
                c.abort();
            },
            std::time::Duration::from_secs(seconds.into()),
        )
        .ok()
    }));
    let failed = |e: gloo_net::Error| {
        if fired.get() {
            LoadError::Timeout { seconds }
        } else {
            LoadError::Network(e.to_string())
        }
    };
    let signal = controller.as_ref().map(|c| c.signal());
    let request = Request::get(&url).abort_signal(signal.as_ref());
    let request = if retry {
        request.cache(web_sys::RequestCache::NoCache)
    } else {
        request
    };
    let response = request.send().await.map_err(failed)?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
            url,
        });
    }
    let content_type = response.headers().get("content-type");
    let body = response.text().await.map_err(failed)?;
    crate::page::load::load(&body, content_type.as_deref(), &url, lang)
}

/// A pending `setTimeout`, cleared on drop.
#[cfg(target_arch = "wasm32")]
struct Deadline(Option<leptos::prelude::TimeoutHandle>);

#[cfg(target_arch = "wasm32")]
impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(h) = self.0.take() {
            h.clear();
        }
    }
}

pub fn set_document_lang(tag: &str) {
    set_root_attribute("lang", Some(tag));
}

/// Sets (or with `None` removes) an attribute on `<html>`: the language,
/// and in an embed the theme and a transparent background, which the CSS
/// reads.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = match value {
            Some(v) => root.set_attribute(name, v),
            None => root.remove_attribute(name),
        };
    }
}

/// Swaps the static markup for the app in one go. The app was laid out
/// hidden in place (`#app.pending`), its charts already drawn, so the
/// reader sees the same page, now live, and nothing shifts.
///
/// Except when the data did not arrive in time on the story's page: the
/// static story is complete, so it stays, and `boot.js` puts an alert on
/// top that says what did not load and offers to reload (the app fires
/// `contract::DATA_STALLED_EVENT`). (A widget shows the app's own alert,
/// which sizes the frame and has a retry button.)
///
/// It runs at once, not in an animation frame: the app's view and this
/// swap are updated in the same task (the reactive system's microtasks),
/// so no frame shows both or neither, and no script between tasks (a
/// reporter's, or a test's) ever sees the page twice.
pub fn hand_over() {
    let Some(doc) = document() else { return };
    // Widget pages (w/<id>.html, embed.html) say so on <html>.
    let embed = doc
        .document_element()
        .and_then(|r| r.get_attribute("data-kind"))
        .is_some_and(|v| v == "widget");
    if !embed && TIMED_OUT.with(|t| t.get()) && doc.get_element_by_id("static").is_some() {
        if let Ok(event) = web_sys::Event::new(DATA_STALLED_EVENT) {
            let _ = doc.dispatch_event(&event);
        }
        return;
    }
    if let Some(el) = doc.get_element_by_id("static") {
        el.remove();
    }
    if let Some(app) = doc.get_element_by_id("app") {
        let _ = app.class_list().remove_1("pending");
    }
    set_root_attribute("data-static-page", None);
}

/// Calls `cb` with each message posted to this window by `frame`'s
/// window, and no other: the embed previews report their height so.
pub fn on_message_from(frame: web_sys::HtmlIFrameElement, cb: impl Fn(JsValue) + 'static) -> impl FnOnce() {
    use wasm_bindgen::closure::Closure;
    let closure = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let from_source = match (ev.source(), frame.content_window()) {
            (Some(source), Some(window)) => source.unchecked_ref::<JsValue>() == window.unchecked_ref::<JsValue>(),
            _ => false,
        };
        if from_source {
            cb(ev.data());
        }
    });
    let window = window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback("message", closure.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = window {
            let _ = w.remove_event_listener_with_callback("message", closure.as_ref().unchecked_ref());
        }
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves focus to the current step's heading and brings the step's top into
/// view, after the view has been drawn.
pub fn focus_step_heading(smooth: bool) {
    leptos::prelude::request_animation_frame(move || {
        let Some(doc) = document() else { return };
        if let Some(main) = doc.get_element_by_id("main") {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_behavior(if smooth {
                web_sys::ScrollBehavior::Smooth
            } else {
                web_sys::ScrollBehavior::Instant
            });
            opts.set_block(web_sys::ScrollLogicalPosition::Start);
            main.scroll_into_view_with_scroll_into_view_options(&opts);
        }
        if let Some(h) = doc
            .query_selector("[data-step-heading]")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let opts = web_sys::FocusOptions::new();
            opts.set_prevent_scroll(true);
            let _ = h.focus_with_options(&opts);
        }
    });
}

pub fn prefers(query: &str) -> bool {
    window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

pub fn current_href() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Waits for a JS promise (natively: there is none to wait for).
async fn wait(promise: js_sys::Promise) -> Result<JsValue, JsValue> {
    #[cfg(target_arch = "wasm32")]
    return wasm_bindgen_futures::JsFuture::from(promise).await;
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = promise;
        Err(JsValue::NULL)
    }
}

pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = window().ok_or("no window")?;
    let navigator = window.navigator();
    // No clipboard at all where the page is not a secure context; in a
    // sandboxed frame the call itself is refused. Either way an error value
    // for the caller to show, never an exception.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return Err("no clipboard here".into());
    }
    let promise = navigator.clipboard().write_text(text);
    wait(promise).await.map(|_| ()).map_err(|e| format!("{e:?}"))
}

/// Opens the system share sheet where the browser has one. `Ok(false)`
/// means there is none and the caller should offer copying instead.
pub async fn share(title: &str, url: &str) -> Result<bool, String> {
    let window = window().ok_or("no window")?;
    let navigator = window.navigator();
    let has_share = js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false);
    if !has_share {
        return Ok(false);
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    match wait(navigator.share_with_data(&data)).await {
        Ok(_) => Ok(true),
        // The visitor closing the sheet is not an error worth showing.
        Err(e) if format!("{e:?}").contains("AbortError") => Ok(true),
        Err(e) => Err(format!("{e:?}")),
    }
}

fn click_download(href: &str, file_name: &str) -> Result<(), String> {
    let doc = document().ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not an anchor")?;
    a.set_href(href);
    a.set_download(file_name);
    a.set_rel("external");
    let body = doc.body().ok_or("no body")?;
    body.append_child(&a).map_err(|e| format!("{e:?}"))?;
    a.click();
    a.remove();
    Ok(())
}

/// A `blob:` URL holding `content`, for a download link; it lives as long
/// as the page.
pub fn blob_url(content: &str, mime: &str) -> Result<String, String> {
    window().ok_or("no window")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|e| format!("{e:?}"))?;
    web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))
}

pub fn download_text(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let url = blob_url(content, mime)?;
    let result = click_download(&url, file_name);
    // Revoke later: the download needs the URL alive until it starts.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    result
}

/// Draws `svg` on a canvas at `scale`× and downloads it as PNG.
pub async fn download_png(file_name: &str, svg: &str, width: u32, height: u32, scale: u32) -> Result<(), String> {
    let doc = document().ok_or("no document")?;
    let url = blob_url(svg, "image/svg+xml;charset=utf-8")?;
    let img = web_sys::HtmlImageElement::new().map_err(|e| format!("{e:?}"))?;
    img.set_src(&url);
    let decoded = wait(img.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.map_err(|e| format!("the chart image could not be decoded: {e:?}"))?;
    let canvas: web_sys::HtmlCanvasElement = doc
        .create_element("canvas")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not a canvas")?;
    canvas.set_width(width * scale);
    canvas.set_height(height * scale);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| format!("{e:?}"))?
        .ok_or("no 2d context")?
        .dyn_into()
        .map_err(|_| "not a 2d context")?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        &img,
        0.0,
        0.0,
        (width * scale) as f64,
        (height * scale) as f64,
    )
    .map_err(|e| format!("{e:?}"))?;
    let data_url = canvas
        .to_data_url_with_type("image/png")
        .map_err(|e| format!("{e:?}"))?;
    click_download(&data_url, file_name)
}

/// Calls `cb` with the new answer whenever a media query's answer changes
/// (the visitor switches to dark mode, say). Lives as long as the page.
pub fn on_media_change(query: &str, cb: impl Fn(bool) + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(list) = window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return;
    };
    let watched = list.clone();
    let closure = Closure::<dyn Fn()>::new(move || cb(watched.matches()));
    let _ = list.add_event_listener_with_callback("change", closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Runs `f` once when the browser is idle (`requestIdleCallback`), or soon
/// where it has no such thing (Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = window() else { return };
    let callback = Closure::once_into_js(f);
    let has_idle = js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback")).unwrap_or(false);
    let _ = if has_idle {
        window.request_idle_callback(callback.unchecked_ref()).map(|_| ())
    } else {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 200)
            .map(|_| ())
    };
}

/// Lays out a hidden step ahead of its showing: a step slot left hidden is
/// `content-visibility: hidden`, which keeps a layout once made, so asking
/// where its first element is makes that layout now, while the browser is
/// idle, and the step's first showing is mostly a paint. (Before the page
/// model has come, only the placeholder is laid out; sections that are
/// `content-visibility: auto` are laid out when they come near the screen.)
pub fn lay_out_ahead(selector: &str) {
    let Some(slot) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else {
        return;
    };
    if let Some(first) = slot.first_element_child() {
        let _ = first.get_bounding_client_rect();
    }
}
