//! Shared reactive state that both the story and the embed view provide
//! and every component reads: where the visitor is (`Nav`), the colour
//! theme, the viewport width, printing, and the cache of drawn charts.
//! Components import from here, never from the root view.

use crate::charts::{Rendered, Theme};
use crate::data::{Lang, LoadError, Story};
use crate::route::{self, BadStep, Step};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::collections::HashMap;
use std::sync::Arc;

pub type StoryResult = Result<Arc<Story>, LoadError>;

/// True while the browser prints the page.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// The colour theme charts are drawn in.
#[derive(Clone, Copy)]
pub struct ThemeSignal(pub RwSignal<Theme>);

/// The debounced viewport width: charts redraw when it changes.
#[derive(Clone, Copy)]
pub struct Viewport(pub RwSignal<u32>);

/// Where the visitor is, read from the URL, and how to get elsewhere.
#[derive(Clone, Copy)]
pub struct Nav {
    pub step: Memo<Result<Step, BadStep>>,
    pub lang: Memo<Lang>,
    pub bad_lang: Memo<Option<String>>,
    path: Memo<String>,
    // Kept from `use_navigate` so that window listeners, which run outside
    // the router's reactive scope, can navigate too.
    navigate: StoredValue<NavigateFn, LocalStorage>,
}

type NavigateFn = Box<dyn Fn(&str)>;

impl Nav {
    /// Reads the step and language from the router's query string. Must be
    /// called inside a `<Router>`.
    pub fn from_router() -> Nav {
        let query = use_query_map();
        let location = use_location();
        let navigate = use_navigate();
        let step = Memo::new(move |_| Step::parse(query.read().get_str("step")));
        let lang_parsed = Memo::new(move |_| route::parse_lang(query.read().get_str("lang")));
        Nav {
            step,
            lang: Memo::new(move |_| lang_parsed.get().unwrap_or_default()),
            bad_lang: Memo::new(move |_| lang_parsed.get().err().map(|e| e.given)),
            path: location.pathname,
            navigate: StoredValue::new_local(Box::new(move |href: &str| {
                navigate(
                    href,
                    NavigateOptions {
                        resolve: false,
                        ..Default::default()
                    },
                )
            })),
        }
    }

    /// The link to `step` in `lang`, on the page's own path.
    pub fn href(&self, step: Step, lang: Lang) -> String {
        let path = self.path.get_untracked();
        format!("{path}{}", route::query(step, lang))
    }

    /// The current step, or the nearest valid one for a bad link.
    pub fn step_or_nearest(&self) -> Step {
        self.step.get().unwrap_or_else(|bad| bad.nearest)
    }

    pub fn go(&self, step: Step) {
        let href = self.href(step, self.lang.get_untracked());
        self.navigate.with_value(|navigate| navigate(&href));
    }
}

type CacheKey = (String, Lang, Theme, u32);

/// Drawn charts by (id, language, theme, width): going back to a step, or
/// to a step drawn ahead while the browser was idle, draws nothing again.
/// It also remembers the width charts were last drawn at, to draw the
/// neighbouring steps' charts at the same width ahead of time.
#[derive(Clone, Copy)]
pub struct ChartCache(StoredValue<HashMap<CacheKey, Arc<Rendered>>>, StoredValue<u32>);

impl Default for ChartCache {
    fn default() -> Self {
        ChartCache(StoredValue::new(HashMap::new()), StoredValue::new(0))
    }
}

impl ChartCache {
    /// A chart, drawn at most once per key; its width becomes the one
    /// charts are drawn ahead at.
    pub fn get_or_draw(&self, key: CacheKey, draw: impl FnOnce() -> Rendered) -> Arc<Rendered> {
        self.1.set_value(key.3);
        self.cached(key, draw)
    }

    /// Any drawing (the place locator too), at most once per key.
    pub fn cached(&self, key: CacheKey, draw: impl FnOnce() -> Rendered) -> Arc<Rendered> {
        if let Some(hit) = self.0.with_value(|m| m.get(&key).cloned()) {
            return hit;
        }
        let drawn = Arc::new(draw());
        self.0.update_value(|m| {
            m.insert(key, drawn.clone());
        });
        drawn
    }

    /// The width the last chart was drawn at (0: none drawn yet).
    pub fn last_width(&self) -> u32 {
        self.1.get_value()
    }
}

/// Provides the contexts every component expects, with the theme given
/// (the story follows the system; an embed may be told which).
pub fn provide_shared(nav: Nav, theme: Theme) -> (ThemeSignal, Viewport) {
    provide_context(nav);
    let theme = ThemeSignal(RwSignal::new(theme));
    provide_context(theme);
    provide_context(ChartCache::default());
    provide_context(Printing(RwSignal::new(false)));
    let viewport = Viewport(RwSignal::new(0));
    provide_context(viewport);
    (theme, viewport)
}
