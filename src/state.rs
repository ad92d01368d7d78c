//! Shared reactive state that every page provides and every component
//! reads: the page model of each language (`Pages`), where the visitor is
//! (`Nav`), how the page is being rendered (`Mode`), the colour theme, which
//! chart width the viewport picks, printing, and the cache of drawn charts.
//! Components import from here, never from the root view.

use crate::chart::{render_svg, ChartData, Rendered, Theme, Widths};
use crate::lang::Lang;
use crate::page::load::LoadError;
use crate::page::Site;
use crate::site::route::{BadStep, Step};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

pub type PageResult = Result<Arc<Site>, LoadError>;
/// A language's page model as a page sees it: `None` while it loads.
pub type PageSignal = Signal<Option<PageResult>>;

/// The page model of each language: the page's own loads first; another
/// is fetched when the reader first asks for it (`want`).
#[derive(Clone, Copy)]
pub struct Pages {
    zh: PageSignal,
    en: PageSignal,
    wanted: [RwSignal<bool>; 2],
}

impl Pages {
    /// `make(lang, wanted)` is the page model of `lang`, fetched once
    /// `wanted` says so.
    pub fn new(first: Lang, make: impl Fn(Lang, Signal<bool>) -> PageSignal) -> Pages {
        let wanted = Lang::ALL.map(|l| RwSignal::new(l == first));
        let signal = |l: Lang| make(l, wanted[index(l)].into());
        Pages {
            zh: signal(Lang::Zh),
            en: signal(Lang::En),
            wanted,
        }
    }

    /// A page rendered at build time: one language's model, there already.
    pub fn fixed(site: Arc<Site>) -> Pages {
        let lang = site.lang();
        let none = Signal::stored(None);
        let this = Signal::stored(Some(Ok(site)));
        Pages {
            zh: if lang == Lang::Zh { this } else { none },
            en: if lang == Lang::En { this } else { none },
            wanted: Lang::ALL.map(|l| RwSignal::new(l == lang)),
        }
    }

    /// The page model of `lang` (`None` while it loads, or until wanted).
    pub fn get(&self, lang: Lang) -> PageSignal {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }

    /// Starts the load of `lang`'s page model, if it has not started.
    pub fn want(&self, lang: Lang) {
        let wanted = self.wanted[index(lang)];
        if !wanted.get_untracked() {
            wanted.set(true);
        }
    }
}

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

/// How the page is being rendered: by the browser app, or at build time
/// into a static page (one of several copies in one file, which `boot.js`
/// and the CSS choose between).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    Live,
    Static {
        /// Makes element ids unique across the copies in one file.
        prefix: String,
        /// A copy other than the first: its `<main>` says `hidden`, so the
        /// file has one visible `<main>` (the CSS shows the copy asked for).
        hidden: bool,
    },
}

impl Mode {
    pub fn is_static(&self) -> bool {
        matches!(self, Mode::Static { .. })
    }
}

/// Whether this is the app in the browser, not a page rendered at build
/// time.
pub fn is_live() -> bool {
    !use_context::<Mode>().is_some_and(|m| m.is_static())
}

/// Whether the page's `<main>` carries `hidden` (see [`Mode::Static`]).
pub fn main_hidden() -> bool {
    matches!(use_context::<Mode>(), Some(Mode::Static { hidden: true, .. }))
}

/// An element id, unique in the file (static copies get a prefix).
pub fn dom_id(name: &str) -> String {
    match use_context::<Mode>() {
        Some(Mode::Static { prefix, .. }) => format!("{prefix}{name}"),
        _ => name.to_string(),
    }
}

/// Whether the step a view belongs to is the one shown: the app keeps the
/// steps it has drawn mounted, hidden, and only the shown one carries the
/// public hooks (`[data-keyword]`, `[data-nav]`, `[data-step-heading]`).
#[derive(Clone, Copy)]
pub struct Shown(pub Signal<bool>);

/// Whether this view's step is shown (always, outside a step: a widget).
pub fn shown() -> Signal<bool> {
    use_context::<Shown>().map_or_else(|| Signal::stored(true), |s| s.0)
}

/// A public hook's value, present only on the shown step.
pub fn hook(value: &'static str) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    let shown = shown();
    move || shown.get().then_some(value)
}

/// The id of this step's heading (each mounted step has its own).
pub fn step_heading_id() -> String {
    let step = use_context::<Nav>().map_or(Step::Cover, |n| n.step.get_untracked().unwrap_or_else(|b| b.nearest));
    dom_id(&format!("step-heading-{}", step.key()))
}

/// True while the browser prints the page.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// The colour theme charts are drawn in.
#[derive(Clone, Copy)]
pub struct ThemeSignal(pub RwSignal<Theme>);

/// Which of its two widths a chart is drawn at here, and whether the
/// viewport picks the wide one (kept up to date by the page).
#[derive(Clone, Copy)]
pub struct ChartWidths {
    pub widths: Widths,
    pub wide: RwSignal<bool>,
}

impl ChartWidths {
    pub fn now(&self) -> u32 {
        self.widths.pick(self.wide.get())
    }

    pub fn now_untracked(&self) -> u32 {
        self.widths.pick(self.wide.get_untracked())
    }
}

/// Where the visitor is, and how to get elsewhere.
#[derive(Clone, Copy)]
pub struct Nav {
    pub step: Signal<Result<Step, BadStep>>,
    pub lang: Signal<Lang>,
    pub bad_lang: Signal<Option<String>>,
    /// The directory of the page (with its `/`), where every step's file
    /// is; `./` in a static page.
    dir: Signal<String>,
    // Kept so that window listeners, which run outside the router's
    // reactive scope, can navigate too.
    navigate: StoredValue<NavigateFn, LocalStorage>,
}

type NavigateFn = Box<dyn Fn(&str)>;

impl Nav {
    pub fn new(
        step: Signal<Result<Step, BadStep>>,
        lang: Signal<Lang>,
        bad_lang: Signal<Option<String>>,
        dir: Signal<String>,
        navigate: impl Fn(&str) + 'static,
    ) -> Nav {
        Nav {
            step,
            lang,
            bad_lang,
            dir,
            navigate: StoredValue::new_local(Box::new(navigate)),
        }
    }

    /// A page that stays where it is: a static page rendered at build time.
    pub fn fixed(step: Step, lang: Lang) -> Nav {
        Nav::new(
            Signal::stored(Ok(step)),
            Signal::stored(lang),
            Signal::stored(None),
            Signal::stored("./".to_string()),
            |_| {},
        )
    }

    /// The link to `step` in `lang`: its page, relative to this one (every
    /// story page is in one directory; a widget page's `<base>` points there).
    pub fn href(&self, step: Step, lang: Lang) -> String {
        step.href(lang)
    }

    /// The current step, or the nearest valid one for a bad link.
    pub fn step_or_nearest(&self) -> Step {
        self.step.get().unwrap_or_else(|bad| bad.nearest)
    }

    /// The same navigation, fixed to one step and language: what a step's
    /// view reads, so that a step kept mounted (hidden) stays that page.
    pub fn pinned(&self, step: Step, lang: Lang) -> Nav {
        Nav {
            step: Signal::stored(Ok(step)),
            lang: Signal::stored(lang),
            ..*self
        }
    }

    pub fn go(&self, step: Step) {
        let href = step.href(self.lang.get_untracked());
        let path = format!("{}{}", self.dir.get_untracked(), href.trim_start_matches("./"));
        self.navigate.with_value(|navigate| navigate(&path));
    }
}

type CacheKey = (String, Lang, Theme, u32);

/// Drawn charts by (id, language, theme, width): going back to a step, or
/// to a step drawn ahead while the browser was idle, draws nothing again.
#[derive(Clone, Copy)]
pub struct ChartCache(StoredValue<HashMap<CacheKey, Arc<Rendered>>>);

impl Default for ChartCache {
    fn default() -> Self {
        ChartCache(StoredValue::new(HashMap::new()))
    }
}

impl ChartCache {
    /// A drawing (a chart, or the place locator), at most once per key.
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

    /// A chart at `width`, drawn at most once.
    pub fn chart(&self, data: &ChartData, theme: Theme, width: u32) -> Arc<Rendered> {
        self.cached((data.id.clone(), data.lang, theme, width), || {
            render_svg(data, theme, width, None)
        })
    }
}

/// Provides the contexts every component expects.
pub fn provide_shared(nav: Nav, mode: Mode, theme: Theme, widths: Widths) -> (ThemeSignal, ChartWidths) {
    provide_context(nav);
    provide_context(mode);
    let theme = ThemeSignal(RwSignal::new(theme));
    provide_context(theme);
    provide_context(ChartCache::default());
    provide_context(Printing(RwSignal::new(false)));
    let widths = ChartWidths {
        widths,
        wide: RwSignal::new(false),
    };
    provide_context(widths);
    (theme, widths)
}
