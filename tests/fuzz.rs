//! Whatever bytes or JSON arrive in place of the data file, loading and
//! validating never panics, and charts draw from whatever validates.

use minning::chart::build::chart_data;
use minning::chart::{render_svg, Theme};
use minning::lang::Lang;
use minning::page::load::{MAX_TEXT_CHARS, MAX_VALUE};
use minning::story::load::parse_story;
use minning::story::validate::validate;
use minning::story::Story;
use proptest::prelude::*;
use serde_json::Value;

fn shipped() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/story.json")).unwrap()
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any::<i64>().prop_map(|i| Value::Number(i.into())),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::hash_map("[a-z_]{1,8}", inner, 0..8).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_story(&text, None, "x");
        let _ = parse_story(&text, Some("text/html"), "x");
    }

    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        let _ = parse_story(&value.to_string(), Some("application/json"), "x");
    }

    #[test]
    fn truncated_data_never_panics(cut in 0usize..50_000) {
        let raw = shipped();
        let cut = (0..=cut.min(raw.len())).rev().find(|i| raw.is_char_boundary(*i)).unwrap_or(0);
        let _ = parse_story(&raw[..cut], None, "x");
    }

    /// Random values in the real structure: validation catches them, and the
    /// charts still draw without panicking.
    #[test]
    fn mutated_values_validate_and_draw(index in 0usize..200, value in any::<f64>(), width in 0u32..5000) {
        let mut story: Story = serde_json::from_str(&shipped()).unwrap();
        // A part keeps to its whole (a larger part is flagged on .value too,
        // rightly); wholes and lone figures take any value.
        let free: Vec<usize> = (0..story.figures.len()).filter(|&j| story.figures[j].part_of.is_none()).collect();
        let i = free[index % free.len()];
        story.figures[i].value = value;
        let errors = validate(&story);
        let path = format!("figures[{}].value", i);
        let flagged = errors.iter().any(|e| e.path == path);
        prop_assert_eq!(flagged, !value.is_finite() || !(0.0..=MAX_VALUE).contains(&value), "{:?}", errors);
        for def in &story.charts {
            let _ = render_svg(&chart_data(def, &story, Lang::En), Theme::Light, width, Some("s"));
        }
    }
}

/// Strings an attacker (or a broken export) might put in the data file.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<script>window.__pwned=1</script>".to_string()),
        Just("<img src=x onerror=\"window.__pwned=1\">".to_string()),
        Just("javascript:window.__pwned=1".to_string()),
        Just("<svg onload=\"window.__pwned=1\"><text>x</text></svg>".to_string()),
        Just("\u{202E}dlrow olleh\u{202C}".to_string()),
        Just("a\u{2066}b".to_string()),
        Just("x".repeat(10_000)),
        Just("\"'&<>".to_string()),
        "\\PC{1,40}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Hostile strings in labels and titles: validation names the field when
    /// a rule is broken (control and bidi characters, runaway length), and
    /// whatever passes is drawn as escaped text, never as markup.
    #[test]
    fn hostile_strings_validate_or_draw_as_text(index in 0usize..200, text in hostile_text(), en in any::<bool>()) {
        let mut story: Story = serde_json::from_str(&shipped()).unwrap();
        let i = index % story.figures.len();
        let label = &mut story.figures[i].label;
        if en { label.en = text.clone() } else { label.zh = text.clone() }
        let c = story.charts.len();
        let chart = index % c;
        story.charts[chart].title.en = text.clone();
        let errors = validate(&story);
        let bad = text.trim().is_empty()
            || text.chars().count() > MAX_TEXT_CHARS
            || text.chars().any(|ch| ch.is_control() && ch != '\n')
            || text.chars().any(|ch| matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'));
        let path = format!("figures[{}].label.{}", i, if en { "en" } else { "zh" });
        prop_assert_eq!(errors.iter().any(|e| e.path == path), bad, "{:?}", errors);
        for def in &story.charts {
            for lang in [Lang::Zh, Lang::En] {
                let svg = render_svg(&chart_data(def, &story, lang), Theme::Dark, 360, Some(&text)).svg;
                // One root element; any markup in the text arrives escaped.
                prop_assert_eq!(svg.matches("<svg").count(), 1);
                for tag in ["<script", "<img", "<foreignObject"] {
                    prop_assert!(!svg.contains(tag), "{} in {}", tag, def.id);
                }
            }
        }
    }
}
