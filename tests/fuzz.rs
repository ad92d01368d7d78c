//! Whatever bytes or JSON arrive in place of the data file, loading and
//! validating never panics, and charts draw from whatever validates.

use minning::charts::{chart_data, render_svg, Theme};
use minning::data::{parse_story, validate, Lang, Story};
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
        let i = index % story.figures.len();
        story.figures[i].value = value;
        let errors = validate(&story);
        if !value.is_finite() || value < 0.0 {
            let path = format!("figures[{}].value", i);
            prop_assert!(errors.iter().any(|e| e.path == path), "{:?}", errors);
        }
        for def in &story.charts {
            let _ = render_svg(&chart_data(def, &story, Lang::En), Theme::Light, width, Some("s"));
        }
    }
}
