//! Embeds for reporters: the "Embed" control on every chart and keyword
//! card with its dialog, the widget alone (`embed.html`), and the gallery
//! of every widget (`?view=embeds`). The strings themselves come from the
//! pure `embed` module.

use crate::app::{hand_over_when_ready, story_resource, watch_viewport, Loaded};
use crate::browser;
use crate::components::chart::{source_line, ChartFigure};
use crate::components::keywords::KeywordCard;
use crate::components::shell::{Alert, Footer, Masthead, SkipLink};
use crate::data::{Lang, Story};
use crate::embed::{height_messages, widget_url, EmbedParams, EmbedProblem, Snippet, SnippetForm, ThemeChoice, Widget};
use crate::i18n::{embed_ui, ui};
use crate::route::{self, Step};
use crate::state::{provide_shared, Nav, StoryResult};
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Which widget's embed dialog is open, and the control that opened it
/// (focus goes back there when the dialog closes).
#[derive(Clone, Copy)]
pub struct EmbedTarget(
    RwSignal<Option<Widget>>,
    StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
);

impl EmbedTarget {
    pub fn provide() -> EmbedTarget {
        let target = EmbedTarget(RwSignal::new(None), StoredValue::new_local(None));
        provide_context(target);
        target
    }
}

/// The control on a chart or keyword card. Without an `EmbedTarget` in
/// context (the widget page itself) it draws nothing.
#[component]
pub fn EmbedButton(widget: Widget) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let target = use_context::<EmbedTarget>()?;
    let open = move |ev: leptos::ev::MouseEvent| {
        let opener = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        target.1.set_value(opener);
        target.0.set(Some(widget.clone()));
    };
    Some(view! {
        <button type="button" class="button ghost embed-button" data-embed aria-haspopup="dialog" on:click=open>
            {move || embed_ui(nav.lang.get()).embed}
        </button>
    })
}

/// The snippet of `widget` for this site, as the dialog and gallery show it.
fn snippet_for(story: &Story, widget: &Widget, lang: Lang, theme: ThemeChoice, form: SnippetForm) -> String {
    let base = browser::site_base();
    let title = format!(
        "{} — {}",
        widget.title(story, lang),
        crate::format::dateline(&story.meta, lang)
    );
    let id = widget.id();
    Snippet {
        base: &base,
        id: &id,
        title: &title,
        lang,
        theme,
        height: widget.height_at_600(story, lang),
    }
    .render(form)
}

/// Copies a snippet and says in `status` whether it worked.
fn copy_code(code: String, lang: Lang, status: RwSignal<Option<&'static str>>) {
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
pub fn EmbedDialog(story: Arc<Story>) -> impl IntoView {
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
        let dark = seen_theme.get_untracked() == crate::charts::Theme::Dark;
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

    let story_for_code = story.clone();
    let code = Memo::new(move |_| {
        target
            .0
            .get()
            .map(|w| snippet_for(&story_for_code, &w, lang.get(), theme.get(), form.get()))
            .unwrap_or_default()
    });
    let preview_src = Memo::new(move |_| {
        target
            .0
            .get()
            .map(|w| widget_url(&browser::site_base(), &w.id(), lang.get(), theme.get()))
    });
    let copy = move |_| copy_code(code.get_untracked(), nav.lang.get_untracked(), status);
    let t = move || embed_ui(nav.lang.get());
    let title = {
        let story = story.clone();
        Memo::new(move |_| {
            target
                .0
                .get()
                .map(|w| w.title(&story, nav.lang.get()))
                .unwrap_or_default()
        })
    };
    let on_lang = move |ev: leptos::ev::Event| {
        lang.set(Lang::from_tag(&event_target_value(&ev)).unwrap_or_default());
    };
    let on_theme = move |ev: leptos::ev::Event| {
        theme.set(ThemeChoice::parse(&event_target_value(&ev)).unwrap_or_default());
    };
    let radio = move |value: SnippetForm, label: fn(&crate::i18n::EmbedUi) -> &'static str| {
        let tag = match value {
            SnippetForm::Iframe => "iframe",
            SnippetForm::Script => "script",
        };
        view! {
            <label class="choice">
                <input type="radio" name="embed-form" value=tag
                    prop:checked=move || form.get() == value
                    on:change=move |_| form.set(value)/>
                {move || label(t())}
            </label>
        }
    };
    view! {
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-dialog-title" on:close=on_close>
            <div class="embed-dialog-head">
                <h2 id="embed-dialog-title">{move || t().dialog_title}</h2>
                <button type="button" class="button ghost" data-embed-close on:click=close>{move || t().close}</button>
            </div>
            <p class="embed-dialog-widget">{move || title.get()}</p>
            <div class="embed-options">
                <label>{move || t().lang}" "
                    <select name="embed-lang" on:change=on_lang prop:value=move || lang.get().tag()>
                        <option value="zh-CN">"中文"</option>
                        <option value="en">"English"</option>
                    </select>
                </label>
                <label>{move || t().theme}" "
                    <select name="embed-theme" on:change=on_theme prop:value=move || theme.get().tag()>
                        <option value="auto">{move || t().theme_auto}</option>
                        <option value="light">{move || t().theme_light}</option>
                        <option value="dark">{move || t().theme_dark}</option>
                    </select>
                </label>
                <fieldset class="embed-form">
                    <legend>{move || t().form}</legend>
                    {radio(SnippetForm::Iframe, |t| t.form_iframe)}
                    {radio(SnippetForm::Script, |t| t.form_script)}
                </fieldset>
            </div>
            <label class="embed-code-label" for="embed-code">{move || t().code}</label>
            <textarea id="embed-code" class="embed-code" data-embed-code readonly rows="6" prop:value=move || code.get()></textarea>
            <div class="embed-actions">
                <button type="button" class="button" data-embed-copy on:click=copy>{move || t().copy}</button>
                <a class="button ghost" data-embed-open target="_blank" rel="noopener" href=move || preview_src.get().unwrap_or_default()>
                    {move || t().open_alone}
                </a>
                <span class="embed-status" role="status" aria-live="polite">{move || status.get()}</span>
            </div>
            <p class="embed-preview-label">{move || t().preview}</p>
            {move || preview_src.get().map(|src| view! { <Preview src=src title=title.get()/> })}
        </dialog>
    }
}

/// A live preview frame that takes the height its widget reports.
#[component]
fn Preview(src: String, #[prop(into)] title: String) -> impl IntoView {
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
    let inner = js_sys::Reflect::get(data, &"datawrapper-height".into()).ok()?;
    if !inner.is_object() {
        return None;
    }
    let values: js_sys::Array = js_sys::Object::values(inner.unchecked_ref());
    let h = values.get(0).as_f64()?;
    (h > 0.0 && h < 20_000.0).then(|| h.ceil() as u32)
}

/// `embed.html`: one widget alone, sized to its content, telling its host
/// its height. Bad parameters show a message in the frame.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let query = use_query_map();
    let params = query.with_untracked(|q| EmbedParams::parse(|k| q.get(k)));
    let nav = Nav::from_router();
    let system_dark = browser::prefers("(prefers-color-scheme: dark)");
    let theme = params.theme.resolve(system_dark);
    let (theme_signal, viewport) = provide_shared(nav, theme);
    // "auto" follows the reader's system as it changes; a chosen theme stays.
    watch_viewport(viewport, (params.theme == ThemeChoice::Auto).then_some(theme_signal));
    Effect::new(move |_| {
        let dark = theme_signal.0.get() == crate::charts::Theme::Dark;
        browser::set_root_attribute("data-theme", Some(if dark { "dark" } else { "light" }));
    });
    browser::set_root_attribute("data-transparent", params.transparent.then_some("1"));
    let lang = params.lang;
    browser::set_document_lang(lang.tag());

    let attempt = RwSignal::new(0u32);
    let story = story_resource(attempt);
    hand_over_when_ready(story);
    let root = NodeRef::<html::Main>::new();
    let params = Arc::new(params);
    let widget_id = params.id.clone();
    {
        let params = params.clone();
        root.on_load(move |el| {
            let params = params.clone();
            browser::on_height_change(&el, move |h| {
                let href = browser::current_href();
                let m = height_messages(&params.id, &href, h, params.child_id.as_deref());
                browser::post_to_parent(&m.objects, &m.pym.into_iter().collect::<Vec<_>>());
            });
        });
    }
    let widget_or_problem = Arc::new(move |s: Arc<Story>| match params.widget(&s) {
        Ok(w) => view! { <WidgetView story=s widget=w lang=lang/> }.into_any(),
        Err(problems) => {
            // A language we do not know: say it in both.
            let langs: &[Lang] = if problems.iter().any(|p| matches!(p, EmbedProblem::BadLang(_))) {
                &[Lang::Zh, Lang::En]
            } else {
                std::slice::from_ref(&lang)
            };
            let in_lang = |l: Lang| {
                let gap = if l == Lang::Zh { "" } else { " " };
                problems.iter().map(|p| p.message(l)).collect::<Vec<_>>().join(gap)
            };
            let message = langs.iter().map(|l| in_lang(*l)).collect::<Vec<_>>().join(" / ");
            let title = langs
                .iter()
                .map(|l| embed_ui(*l).bad_embed)
                .collect::<Vec<_>>()
                .join(" / ");
            view! {
                <Alert title=title message=message>
                    <a class="button" href=story_href(Step::Cover, lang) target="_blank" rel="noopener">{embed_ui(lang).read_story}</a>
                </Alert>
            }
            .into_any()
        }
    });
    view! {
        <main class="embed" node_ref=root data-widget=widget_id>
            <Loaded story=story attempt=attempt render=widget_or_problem/>
        </main>
    }
}

/// The story's URL for a step, from wherever this page is (the widget page
/// sits beside the story's `index.html`).
fn story_href(step: Step, lang: Lang) -> String {
    format!("{}{}", browser::site_base(), route::query(step, lang))
}

#[component]
fn WidgetView(story: Arc<Story>, widget: Widget, lang: Lang) -> impl IntoView {
    let step = widget.step(&story);
    browser::set_title(&format!(
        "{} | {}",
        widget.title(&story, lang),
        story.meta.title.get(lang)
    ));
    // A chart carries its own source line; a keyword card gets one here.
    let (body, source) = match &widget {
        Widget::Chart(id) => (
            view! { <ChartFigure story=story.clone() id=id.clone() widget=true/> }.into_any(),
            None,
        ),
        Widget::Keyword(n) => (
            view! { <KeywordCard story=story.clone() n=*n widget=true/> }.into_any(),
            Some(source_line(&story, lang)),
        ),
    };
    view! {
        {body}
        <p class="widget-foot">
            <a data-story-link href=story_href(step, lang) target="_blank" rel="noopener">
                {embed_ui(lang).read_story}" ↗"
            </a>
            {source.map(|s| view! { <span class="widget-source">{s}</span> })}
        </p>
    }
}

/// `?view=embeds`: every widget with its title, a live preview and its
/// snippet — the page a reporter bookmarks.
#[component]
pub fn Gallery(story: LocalResource<StoryResult>, attempt: RwSignal<u32>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    Effect::new(move |_| browser::set_title(embed_ui(nav.lang.get()).gallery_heading));
    let list = Arc::new(|s: Arc<Story>| view! { <GalleryList story=s/> }.into_any());
    view! {
        <SkipLink/>
        <Masthead story=story/>
        <main id="main" tabindex="-1" class="gallery">
            <Loaded story=story attempt=attempt render=list/>
        </main>
        {move || story.get().and_then(Result::ok).map(|s| view! { <Footer story=s/> })}
    }
}

#[component]
fn GalleryList(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let lang = nav.lang.get();
        let t = embed_ui(lang);
        let items = Widget::all(&story)
            .into_iter()
            .map(|w| {
                let id = w.id();
                let title = w.title(&story, lang);
                let code = snippet_for(&story, &w, lang, ThemeChoice::Auto, SnippetForm::Iframe);
                let src = widget_url(&browser::site_base(), &id, lang, ThemeChoice::Auto);
                let code_id = format!("code-{id}");
                let status = RwSignal::new(None::<&'static str>);
                let copy = {
                    let code = code.clone();
                    move |_| copy_code(code.clone(), lang, status)
                };
                view! {
                    <section class="gallery-item" data-widget=id.clone()>
                        <h2>{title.clone()}</h2>
                        <p class="muted">{crate::format::labelled(t.widget_id, &id, lang)}</p>
                        <Preview src=src title=title/>
                        <label for=code_id.clone()>{t.code}</label>
                        <textarea id=code_id class="embed-code" data-embed-code readonly rows="5" prop:value=code></textarea>
                        <div class="embed-actions">
                            <button type="button" class="button ghost" on:click=copy>{t.copy}</button>
                            <span class="embed-status" role="status" aria-live="polite">{move || status.get()}</span>
                        </div>
                    </section>
                }
            })
            .collect_view();
        view! {
            <header class="step-head">
                <h2 id="step-heading" data-step-heading tabindex="-1">{t.gallery_heading}</h2>
                <p class="sub">{t.gallery_intro}</p>
                <p><a href=nav.href(Step::Cover, lang)>{ui(lang).to_cover}</a></p>
            </header>
            <div class="gallery-grid">{items}</div>
        }
    }
}
