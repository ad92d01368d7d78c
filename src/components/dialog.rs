//! The embed dialog (one per story page) and the live preview frame it
//! shares with the gallery; the snippet a reporter copies.

use crate::browser;
use crate::components::shell::{embed_word, EmbedTarget};
use crate::lang::Lang;
use crate::page::WidgetInfo;
use crate::site::embed::{widget_url, Snippet, SnippetForm, ThemeChoice};
use crate::state::{dom_id, Nav, PageSignal};
use crate::text::ui::{embed_ui, ui, EmbedUi};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The snippet of `widget` in `lang` for this site, as the dialog and
/// gallery show it.
pub fn snippet_for(widget: &WidgetInfo, lang: Lang, theme: ThemeChoice, form: SnippetForm) -> String {
    let base = browser::site_base();
    let (title, height) = widget.snippet(lang);
    Snippet {
        base: &base,
        id: &widget.id,
        title,
        lang,
        theme,
        height,
    }
    .render(form)
}

/// Copies a snippet and says in `status` whether it worked.
pub fn copy_code(code: String, lang: Lang, status: RwSignal<Option<&'static str>>) {
    leptos::task::spawn_local(async move {
        let ok = browser::copy_text(&code).await.is_ok();
        status.set(Some(if ok {
            embed_ui(lang).copied
        } else {
            ui(lang).copy_failed
        }));
    });
}

/// One dialog for the page: language, theme and code form, a live
/// preview, the snippet, copy, and a link to the widget alone. A modal
/// `<dialog>` keeps focus inside and closes on Esc by itself.
#[component]
pub fn EmbedDialog(page: PageSignal) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let target = expect_context::<EmbedTarget>();
    let dialog = NodeRef::<html::Dialog>::new();
    let lang = RwSignal::new(Lang::Zh);
    let theme = RwSignal::new(ThemeChoice::Auto);
    let form = RwSignal::new(SnippetForm::Iframe);
    let status = RwSignal::new(None::<&'static str>);

    let seen_theme = expect_context::<crate::state::ThemeSignal>().0;
    // Opening: choices start from what the reader sees now.
    Effect::new(move |_| {
        let Some(_) = target.0.get() else { return };
        lang.set(nav.lang.get_untracked());
        let dark = seen_theme.get_untracked() == crate::chart::Theme::Dark;
        theme.set(if dark { ThemeChoice::Dark } else { ThemeChoice::Light });
        form.set(SnippetForm::Iframe);
        status.set(None);
        if let Some(d) = dialog.get_untracked() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    let on_close = move |_| {
        target.0.set(None);
        if let Some(opener) = target.1.get_value() {
            let _ = opener.focus();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };

    // The widget open, as the page model of the reader's language has it.
    let widget = Memo::new(move |_| {
        let id = target.0.get()?;
        page.get().and_then(Result::ok)?.widget(&id).cloned()
    });
    let code = Memo::new(move |_| {
        widget
            .get()
            .map(|w| snippet_for(&w, lang.get(), theme.get(), form.get()))
            .unwrap_or_default()
    });
    let preview_src = Memo::new(move |_| {
        target
            .0
            .get()
            .map(|id| widget_url(&browser::site_base(), &id, lang.get(), theme.get()))
    });
    let copy = move |_| copy_code(code.get_untracked(), nav.lang.get_untracked(), status);
    // Every word follows the reader's language: one closure, one shape.
    let t = move |pick| embed_word(nav, pick);
    let title = Memo::new(move |_| widget.get().map(|w| w.title).unwrap_or_default());
    view! {
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby=dom_id("embed-dialog-title") on:close=on_close>
            <div class="embed-dialog-head">
                <h2 id=dom_id("embed-dialog-title")>{t(|t| t.dialog_title)}</h2>
                <button type="button" class="button ghost" data-embed-close on:click=close>{t(|t| t.close)}</button>
            </div>
            <p class="embed-dialog-widget">{move || title.get()}</p>
            <Options lang=lang theme=theme form=form/>
            <label class="embed-code-label" for=dom_id("embed-code")>{t(|t| t.code)}</label>
            <textarea id=dom_id("embed-code") class="embed-code" data-embed-code readonly rows="6" prop:value=move || code.get()></textarea>
            <div class="embed-actions">
                <button type="button" class="button" data-embed-copy on:click=copy>{t(|t| t.copy)}</button>
                <a class="button ghost" data-embed-open target="_blank" rel="noopener" href=move || preview_src.get().unwrap_or_default()>
                    {t(|t| t.open_alone)}
                </a>
                <span class="embed-status" role="status" aria-live="polite">{move || status.get()}</span>
            </div>
            <p class="embed-preview-label">{t(|t| t.preview)}</p>
            {move || preview_src.get().map(|src| view! { <Preview src=src title=title.get()/> })}
        </dialog>
    }
}

/// The dialog's choices: language, colours and the form of the code.
#[component]
fn Options(lang: RwSignal<Lang>, theme: RwSignal<ThemeChoice>, form: RwSignal<SnippetForm>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let t = move |pick| embed_word(nav, pick);
    let on_lang = move |ev: leptos::ev::Event| {
        lang.set(Lang::from_tag(&event_target_value(&ev)).unwrap_or_default());
    };
    let on_theme = move |ev: leptos::ev::Event| {
        theme.set(ThemeChoice::parse(&event_target_value(&ev)).unwrap_or_default());
    };
    let radio = move |value: SnippetForm, label: fn(&EmbedUi) -> &'static str| {
        let tag = match value {
            SnippetForm::Iframe => "iframe",
            SnippetForm::Script => "script",
        };
        view! {
            <label class="choice">
                <input type="radio" name="embed-form" value=tag
                    prop:checked=move || form.get() == value
                    on:change=move |_| form.set(value)/>
                {t(label)}
            </label>
        }
    };
    view! {
        <div class="embed-options">
            <label>{t(|t| t.lang)}" "
                <select name="embed-lang" on:change=on_lang prop:value=move || lang.get().tag()>
                    <option value="zh-CN">"中文"</option>
                    <option value="en">"English"</option>
                </select>
            </label>
            <label>{t(|t| t.theme)}" "
                <select name="embed-theme" on:change=on_theme prop:value=move || theme.get().tag()>
                    <option value="auto">{t(|t| t.theme_auto)}</option>
                    <option value="light">{t(|t| t.theme_light)}</option>
                    <option value="dark">{t(|t| t.theme_dark)}</option>
                </select>
            </label>
            <fieldset class="embed-form">
                <legend>{t(|t| t.form)}</legend>
                {radio(SnippetForm::Iframe, |t| t.form_iframe)}
                {radio(SnippetForm::Script, |t| t.form_script)}
            </fieldset>
        </div>
    }
}

/// A live preview frame that takes the height its widget reports.
#[component]
pub fn Preview(src: String, #[prop(into)] title: String) -> impl IntoView {
    let frame = NodeRef::<html::Iframe>::new();
    let height = RwSignal::new(320u32);
    let cleanup = StoredValue::new_local(None::<Box<dyn FnOnce()>>);
    frame.on_load(move |el| {
        // Lazy, so a gallery of previews loads only those in view; set
        // before the src, which starts the load.
        let _ = el.set_attribute("loading", "lazy");
        el.set_src(&src);
        let stop = browser::on_message_from(el, move |data| {
            if let Some(h) = reported_height(&data) {
                height.set(h);
            }
        });
        cleanup.set_value(Some(Box::new(stop)));
    });
    on_cleanup(move || {
        if let Some(stop) = cleanup.try_update_value(|c| c.take()).flatten() {
            stop();
        }
    });
    view! {
        <iframe class="embed-preview" node_ref=frame title=title
            height=move || height.get().to_string()></iframe>
    }
}

/// The height in a Datawrapper-style message, if it is one and sane.
fn reported_height(data: &wasm_bindgen::JsValue) -> Option<u32> {
    use crate::site::contract::{HEIGHT_KEY, MAX_HEIGHT};
    let inner = js_sys::Reflect::get(data, &HEIGHT_KEY.into()).ok()?;
    if !inner.is_object() {
        return None;
    }
    let values: js_sys::Array = js_sys::Object::values(inner.unchecked_ref());
    let h = values.get(0).as_f64()?;
    (h > 0.0 && h < f64::from(MAX_HEIGHT)).then(|| h.ceil() as u32)
}
