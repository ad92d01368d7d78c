//! Browser glue: fetching the data, the document's title and language,
//! focus, clipboard, sharing and downloads. Failures come back as values;
//! nothing here panics on what the page or the network hands it.

use crate::data::{parse_story, LoadError, Story, STORY_PATH};
use gloo_net::http::Request;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// `path` resolved against the document's base URL, so the app finds its
/// data wherever it is deployed (`/`, `/stories/minning/`, …).
pub fn resolve(path: &str) -> String {
    document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base(path, &base).ok())
        .map_or_else(|| path.to_string(), |u| u.href())
}

pub async fn fetch_story() -> Result<Story, LoadError> {
    let url = resolve(STORY_PATH);
    let response = Request::get(&url)
        // A retry after a fix must see the new file, not a cached failure.
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
            url,
        });
    }
    let content_type = response.headers().get("content-type");
    let body = response.text().await.map_err(|e| LoadError::Network(e.to_string()))?;
    parse_story(&body, content_type.as_deref(), &url)
}

pub fn set_document_lang(tag: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", tag);
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
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

pub fn current_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}

/// Opens the system share sheet where the browser has one. `Ok(false)`
/// means there is none and the caller should offer copying instead.
pub async fn share(title: &str, url: &str) -> Result<bool, String> {
    let window = web_sys::window().ok_or("no window")?;
    let navigator = window.navigator();
    let has_share = js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false);
    if !has_share {
        return Ok(false);
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    match JsFuture::from(navigator.share_with_data(&data)).await {
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

fn blob_url(content: &str, mime: &str) -> Result<String, String> {
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
    let decoded = JsFuture::from(img.decode()).await;
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
    let Some(list) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return;
    };
    let watched = list.clone();
    let closure = Closure::<dyn Fn()>::new(move || cb(watched.matches()));
    let _ = list.add_event_listener_with_callback("change", closure.as_ref().unchecked_ref());
    closure.forget();
}
