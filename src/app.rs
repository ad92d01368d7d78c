//! The app's root, in the browser: which page the URL names (the one page
//! table is `route::Page`), the contexts every page reads, the data, and
//! the hand-over from the static page. The pages themselves are components
//! that the build also renders into the static files (src/bin/prerender.rs).

use crate::browser;
use crate::chart::{STORY_WIDTHS, WIDGET_WIDTHS};
use crate::components::{gallery::GalleryPage, story::StoryPage, widget::WidgetPage};
use crate::lang::Lang;
use crate::site::embed::{EmbedParams, ThemeChoice};
use crate::site::route::{self, Page};
use crate::state::{provide_shared, ChartWidths, Mode, Nav, PageSignal, Pages, Printing, ThemeSignal};
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::path;
use leptos_router::NavigateOptions;
use std::sync::Arc;
use wasm_bindgen::JsCast;

pub fn start() {
    // One route that matches every path: every page is a file of its own
    // (route::Page), and Root reads which from the location. The router
    // needs a route to complete a navigation to another path (a step's file).
    let app = || {
        view! {
            <Router>
                <FlatRoutes fallback=|| view! { <Root/> }>
                    <Route path=path!("/*any") view=Root/>
                </FlatRoutes>
            </Router>
        }
    };
    match browser::document().and_then(|d| d.get_element_by_id("app")) {
        Some(root) => leptos::mount::mount_to(root.unchecked_into(), app).forget(),
        None => leptos::mount::mount_to_body(app),
    }
}

#[component]
fn Root() -> impl IntoView {
    // The router's own location, not a route's: `use_query_map` is the
    // route's, which keeps the old query when the path changes.
    let location = use_location();
    let query = location.query;
    let path = location.pathname.get_untracked();
    let page = query.with_untracked(|q| Page::from_location(&path, |k| q.get(k)));
    let nav = nav_from_router();
    let system_dark = browser::prefers("(prefers-color-scheme: dark)");

    let attempt = RwSignal::new(0u32);
    // Each language's page model, fetched once wanted (the page's own at
    // once); a retry fetches again.
    let first = nav.lang.get_untracked();
    let pages = Pages::new(first, move |lang, wanted| {
        let resource = LocalResource::new(move || {
            let (go, n) = (wanted.get(), attempt.get());
            async move {
                match go {
                    true => Some(browser::fetch_page(lang, n > 0).await.map(Arc::new)),
                    false => None,
                }
            }
        });
        Signal::derive(move || resource.get().flatten())
    });
    hand_over_when_ready(pages.get(first));

    if let Page::Widget(id) = page {
        // A widget is a file of its own: no navigation leaves it.
        // The file names the language (`w/funding.en.html`) unless the
        // query does (`w/funding.html?lang=en`, `embed.html?lang=en`).
        let file_lang = route::file_lang(&path).tag().to_string();
        let params = query.with_untracked(|q| {
            EmbedParams::parse(|k| match k {
                "id" => Some(id.clone()),
                "lang" => q.get(k).or_else(|| Some(file_lang.clone())),
                _ => q.get(k),
            })
        });
        let (theme, widths) = provide_shared(nav, Mode::Live, params.theme.resolve(system_dark), WIDGET_WIDTHS);
        // "auto" follows the reader's system as it changes; a chosen theme stays.
        watch_media(widths, (params.theme == ThemeChoice::Auto).then_some(theme));
        pages.want(params.lang);
        let page = pages.get(params.lang);
        return view! { <WidgetPage page=page attempt=attempt params=params/> }.into_any();
    }
    let (theme, widths) = provide_shared(nav, Mode::Live, ThemeChoice::Auto.resolve(system_dark), STORY_WIDTHS);
    watch_media(widths, Some(theme));
    let printing = expect_context::<Printing>();
    let _before_print = window_event_listener_untyped("beforeprint", move |_| printing.0.set(true));
    let _after_print = window_event_listener_untyped("afterprint", move |_| printing.0.set(false));
    Effect::new(move |_| browser::set_document_lang(nav.lang.get().tag()));
    // The story and the gallery are one file: the reader moves between them
    // without a reload.
    let page = Memo::new(move |_| {
        let path = location.pathname.get();
        query.with(|q| Page::from_location(&path, |k| q.get(k)))
    });
    (move || {
        if page.get() == Page::Gallery {
            let page = Signal::derive(move || {
                let lang = nav.lang.get();
                pages.want(lang);
                pages.get(lang).get()
            });
            view! { <GalleryPage page=page attempt=attempt/> }.into_any()
        } else {
            view! { <StoryPage pages=pages attempt=attempt/> }.into_any()
        }
    })
    .into_any()
}

/// Where the visitor is, from the router's location.
fn nav_from_router() -> Nav {
    let location = use_location();
    let query = location.query;
    let navigate = use_navigate();
    let here = Memo::new(move |_| {
        let path = location.pathname.get();
        query.with(|q| route::story_location(&path, |k| q.get(k)))
    });
    let step = Memo::new(move |_| here.get().0);
    let lang = Memo::new(move |_| here.get().1);
    Nav::new(
        step.into(),
        Signal::derive(move || lang.get().unwrap_or(Lang::Zh)),
        Signal::derive(move || lang.get().err().map(|e| e.given)),
        Signal::derive(move || route::dir_of(&location.pathname.get()).to_string()),
        move |href: &str| {
            navigate(
                href,
                NavigateOptions {
                    resolve: false,
                    ..Default::default()
                },
            )
        },
    )
}

/// Once the first answer (story or error) is drawn, the static markup
/// gives way to the app in one frame, so nothing on screen moves.
fn hand_over_when_ready(page: PageSignal) {
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let ready = page.with(Option::is_some);
        if ready {
            browser::hand_over();
        }
        ready
    });
}

/// Keeps the chart width the viewport picks and, where the page follows
/// the system, the colour scheme up to date.
fn watch_media(widths: ChartWidths, theme: Option<ThemeSignal>) {
    widths.wide.set(browser::prefers(widths.widths.query));
    browser::on_media_change(widths.widths.query, move |wide| widths.wide.set(wide));
    if let Some(theme) = theme {
        browser::on_media_change("(prefers-color-scheme: dark)", move |dark| {
            theme.0.set(ThemeChoice::Auto.resolve(dark));
        });
    }
}
