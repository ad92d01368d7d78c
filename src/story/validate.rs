//! What the types cannot check in the story: cross references, parts
//! against their wholes, one unit and scope per chart panel, both languages,
//! and no hostile text. Every problem comes back with the path of its field
//! (`keywords[2].figures[4]`).

use super::{Story, Text, Unit};
use crate::page::load::{hostile_char, ValidationError, MAX_TEXT_CHARS, MAX_VALUE};
use std::collections::HashSet;

/// What no story text may contain, whatever it says: control characters and
/// bidirectional overrides (they can make a label read backwards or hide
/// text), and runaway length. Markup needs no rule: it is only ever shown as
/// text.
fn hostile(s: &str) -> Option<String> {
    let count = s.chars().count();
    if count > MAX_TEXT_CHARS {
        return Some(format!("{count} characters, more than {MAX_TEXT_CHARS}"));
    }
    s.chars()
        .find(|&c| hostile_char(c))
        .map(|c| format!("contains the control character U+{:04X}", c as u32))
}

struct Checker<'a> {
    story: &'a Story,
    errors: Vec<ValidationError>,
    figures: HashSet<&'a str>,
    boxes: HashSet<&'a str>,
    soes: HashSet<&'a str>,
    partners: HashSet<&'a str>,
    places: HashSet<&'a str>,
}
impl Checker<'_> {
    fn fail(&mut self, path: impl Into<String>, problem: impl Into<String>) {
        self.errors.push(ValidationError {
            path: path.into(),
            problem: problem.into(),
        });
    }

    fn text(&mut self, path: &str, text: &Text) {
        if text.zh.trim().is_empty() {
            self.fail(format!("{path}.zh"), "missing Chinese text");
        }
        if text.en.trim().is_empty() {
            self.fail(format!("{path}.en"), "missing English text");
        }
        for (lang, s) in [("zh", &text.zh), ("en", &text.en)] {
            if let Some(problem) = hostile(s) {
                self.fail(format!("{path}.{lang}"), problem);
            }
        }
    }

    fn unique<'a>(&mut self, path: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.fail(format!("{path}[{i}].id"), "empty id");
            }
            if !seen.insert(id) {
                self.fail(format!("{path}[{i}].id"), format!("duplicate id \"{id}\""));
            }
        }
        seen
    }

    fn refers(&mut self, path: String, id: &str, known: &HashSet<&str>, what: &str) {
        if !known.contains(id) {
            self.fail(path, format!("unknown {what} \"{id}\""));
        }
    }
}

/// Checks what the types cannot: see the module doc. Returns every problem
/// found, each with the path of the offending field.
pub fn validate(story: &Story) -> Vec<ValidationError> {
    let mut c = Checker {
        story,
        errors: Vec::new(),
        figures: HashSet::new(),
        boxes: HashSet::new(),
        soes: HashSet::new(),
        partners: HashSet::new(),
        places: HashSet::new(),
    };
    c.figures = c.unique("figures", story.figures.iter().map(|f| f.id.as_str()));
    c.boxes = c.unique("box", story.data_box.iter().map(|b| b.id.as_str()));
    c.soes = c.unique("soes", story.soes.iter().map(|e| e.id.as_str()));
    c.partners = c.unique("partners", story.partners.iter().map(|e| e.id.as_str()));
    c.places = c.unique("places", story.places.iter().map(|p| p.id.as_str()));
    c.unique("charts", story.charts.iter().map(|ch| ch.id.as_str()));
    c.meta();
    c.keywords();
    c.figures();
    c.entities();
    c.places();
    c.charts();
    c.errors
}

impl<'a> Checker<'a> {
    fn meta(&mut self) {
        let story = self.story;
        let c = self;
        let m = &story.meta;
        for (name, text) in [
            ("title", &m.title),
            ("deck", &m.deck),
            ("intro", &m.intro),
            ("publication", &m.publication),
            ("reporters", &m.reporters),
            ("retold", &m.retold),
        ] {
            c.text(&format!("meta.{name}"), text);
        }
        for (i, item) in m.context.iter().enumerate() {
            c.text(&format!("meta.context[{i}].title"), &item.title);
            c.text(&format!("meta.context[{i}].body"), &item.body);
            if let Some(g) = &item.general {
                c.text(&format!("meta.context[{i}].general"), g);
            }
        }
    }

    /// One keyword per keyword step (`route::STEPS`), each once.
    fn keywords(&mut self) {
        let story = self.story;
        let c = self;
        let (figure_ids, place_ids) = (c.figures.clone(), c.places.clone());
        let numbers: Vec<u8> = crate::site::route::STEPS.iter().filter_map(|s| s.keyword()).collect();
        for &n in &numbers {
            let count = story.keywords.iter().filter(|k| k.n == n).count();
            if count != 1 {
                c.fail("keywords", format!("keyword {n} appears {count} times, expected once"));
            }
        }
        for (i, k) in story.keywords.iter().enumerate() {
            let p = format!("keywords[{i}]");
            if !numbers.contains(&k.n) {
                c.fail(
                    format!("{p}.n"),
                    format!("{} is not a keyword number ({numbers:?})", k.n),
                );
            }
            if k.numeral.trim().is_empty() {
                c.fail(format!("{p}.numeral"), "empty numeral");
            }
            c.text(&format!("{p}.heading"), &k.heading);
            c.text(&format!("{p}.subheading"), &k.subheading);
            c.text(&format!("{p}.summary"), &k.summary);
            for (j, s) in k.sections.iter().enumerate() {
                let sp = format!("{p}.sections[{j}]");
                c.text(&format!("{sp}.title"), &s.title);
                c.text(&format!("{sp}.body"), &s.body);
                for (name, t) in [("before", &s.before), ("after", &s.after)] {
                    if let Some(t) = t {
                        c.text(&format!("{sp}.{name}"), t);
                    }
                }
                for (m, item) in s.items.iter().enumerate() {
                    c.text(&format!("{sp}.items[{m}]"), item);
                }
                for (m, f) in s.figures.iter().enumerate() {
                    c.refers(format!("{sp}.figures[{m}]"), f, &figure_ids, "figure");
                }
            }
            for (j, f) in k.figures.iter().enumerate() {
                c.refers(format!("{p}.figures[{j}]"), f, &figure_ids, "figure");
            }
            c.refers(format!("{p}.place"), &k.place, &place_ids, "place");
            if let Some(note) = &k.note {
                c.text(&format!("{p}.note"), note);
            }
        }
        for (i, b) in story.data_box.iter().enumerate() {
            c.text(&format!("box[{i}].title"), &b.title);
            c.text(&format!("box[{i}].note"), &b.note);
        }
    }

    fn figures(&mut self) {
        let story = self.story;
        let c = self;
        let box_ids = c.boxes.clone();
        for (i, f) in story.figures.iter().enumerate() {
            let p = format!("figures[{i}]");
            c.text(&format!("{p}.label"), &f.label);
            if !f.value.is_finite() || f.value < 0.0 {
                c.fail(
                    format!("{p}.value"),
                    format!("{} is not a finite, non-negative number", f.value),
                );
            } else if f.value > MAX_VALUE {
                c.fail(
                    format!("{p}.value"),
                    format!("{} is larger than any figure in the story could be", f.value),
                );
            }
            let keyword_section = story.keywords.iter().any(|k| f.section == format!("k{}", k.n));
            if !keyword_section && !box_ids.contains(f.section.as_str()) {
                c.fail(format!("{p}.section"), format!("unknown section \"{}\"", f.section));
            }
            match (&f.counter, f.unit) {
                (None, Unit::Count) => c.fail(format!("{p}.counter"), "a count needs a counter (what is counted)"),
                (Some(t), _) => c.text(&format!("{p}.counter"), t),
                _ => {}
            }
            let slug = |s: &str| {
                !s.is_empty()
                    && s.chars()
                        .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-' || ch == ':')
            };
            if !slug(&f.scope) {
                c.fail(
                    format!("{p}.scope"),
                    format!("\"{}\" is not a scope slug (a-z, 0-9, - and :)", f.scope),
                );
            }
            if let Some(whole_id) = &f.part_of {
                match story.figure(whole_id) {
                    None => c.fail(format!("{p}.part_of"), format!("unknown figure \"{whole_id}\"")),
                    Some(whole) if whole.unit != f.unit => {
                        c.fail(format!("{p}.part_of"), "part and whole have different units")
                    }
                    Some(whole) if whole.scope != f.scope => {
                        c.fail(format!("{p}.part_of"), "part and whole have different scopes")
                    }
                    Some(whole) if f.value > whole.value => c.fail(
                        format!("{p}.value"),
                        format!(
                            "part {} is larger than its whole {} ({})",
                            f.value, whole.value, whole.id
                        ),
                    ),
                    _ => {}
                }
            }
        }
    }

    fn entities(&mut self) {
        let story = self.story;
        let c = self;
        let (figure_ids, soe_ids, partner_ids) = (c.figures.clone(), c.soes.clone(), c.partners.clone());
        for (i, e) in story.soes.iter().chain(&story.partners).enumerate() {
            let (list, j) = if i < story.soes.len() {
                ("soes", i)
            } else {
                ("partners", i - story.soes.len())
            };
            c.text(&format!("{list}[{j}].name"), &e.name);
        }
        for (i, pl) in story.pairings.iter().enumerate() {
            let p = format!("pairings[{i}]");
            c.refers(format!("{p}.soe"), &pl.soe, &soe_ids, "SOE");
            c.refers(format!("{p}.partner"), &pl.partner, &partner_ids, "partner");
            for (j, pr) in pl.projects.iter().enumerate() {
                c.text(&format!("{p}.projects[{j}].name"), &pr.name);
                for (k, f) in pr.figures.iter().enumerate() {
                    c.refers(format!("{p}.projects[{j}].figures[{k}]"), f, &figure_ids, "figure");
                }
                if let Some(at) = &pr.at {
                    c.refers(format!("{p}.projects[{j}].at"), at, &partner_ids, "partner");
                }
            }
        }
    }

    fn places(&mut self) {
        let story = self.story;
        let c = self;
        let place_ids = c.places.clone();
        for (i, pl) in story.places.iter().enumerate() {
            c.text(&format!("places[{i}].name"), &pl.name);
            if let Some(short) = &pl.short {
                c.text(&format!("places[{i}].short"), short);
            }
            if !(-90.0..=90.0).contains(&pl.lat) || !(-180.0..=180.0).contains(&pl.lon) {
                c.fail(format!("places[{i}]"), "coordinates out of range");
            }
            if let Some(with) = &pl.only_with {
                c.refers(format!("places[{i}].only_with"), with, &place_ids, "place");
            }
        }
    }

    fn charts(&mut self) {
        let story = self.story;
        let c = self;
        for (i, ch) in story.charts.iter().enumerate() {
            let p = format!("charts[{i}]");
            c.text(&format!("{p}.title"), &ch.title);
            if ch.panels.is_empty() {
                c.fail(format!("{p}.panels"), "a chart needs at least one panel");
            }
            if let Some(n) = ch.keyword {
                if story.keyword(n).is_none() {
                    c.fail(format!("{p}.keyword"), format!("{n} is not a keyword of the story"));
                }
            }
            if let Some(note) = &ch.note {
                c.text(&format!("{p}.note"), note);
            }
            for (j, panel) in ch.panels.iter().enumerate() {
                c.text(&format!("{p}.panels[{j}].title"), &panel.title);
                if panel.figures.is_empty() {
                    c.fail(format!("{p}.panels[{j}].figures"), "a panel needs at least one figure");
                }
                let first = panel.figures.first().and_then(|id| story.figure(id));
                for (k, f) in panel.figures.iter().enumerate() {
                    let fp = format!("{p}.panels[{j}].figures[{k}]");
                    match (story.figure(f), first) {
                        (None, _) => c.fail(fp, format!("unknown figure \"{f}\"")),
                        // One scale per panel only makes sense for one unit …
                        (Some(fig), Some(first)) if fig.unit != first.unit => {
                            c.fail(fp, "figures in one panel must share a unit")
                        }
                        // … and bars side by side only compare within one scope.
                        (Some(fig), Some(first)) if fig.scope != first.scope => c.fail(
                            fp,
                            format!(
                                "figures in one panel must share a scope (\"{}\" beside \"{}\")",
                                fig.scope, first.scope
                            ),
                        ),
                        _ => {}
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
