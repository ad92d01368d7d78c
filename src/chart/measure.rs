//! Measuring without a DOM: an estimate of a text's width, wrapping to a
//! width, and an axis's nice top and ticks. The same in the browser, in the
//! build and in the share cards.

/// Rough advance of a string in em: full-width characters are 1em, others
/// about half. Good enough to wrap labels; SVG renders the real glyphs.
pub fn text_em(s: &str) -> f64 {
    s.chars()
        .map(|c| {
            if (c as u32) >= 0x2E80 {
                1.0
            } else if c.is_ascii_uppercase() {
                0.66
            } else {
                0.55
            }
        })
        .sum()
}

/// Wraps a label into lines no wider than `max_px` at `size` px. Latin text
/// breaks at spaces, CJK text between any two characters.
pub fn wrap(text: &str, size: f64, max_px: f64) -> Vec<String> {
    let max_em = (max_px / size).max(4.0);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in keep_brackets(split_breakable(text), max_em) {
        let candidate = format!("{line}{word}");
        if !line.is_empty() && text_em(candidate.trim_end()) > max_em {
            lines.push(line.trim_end().to_string());
            line = word.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Joins a bracket's pieces (“（彭阳县示范村一节所列）”) into one, so that a
/// line breaks before the bracket rather than inside it, wherever the
/// bracket fits on a line of its own.
fn keep_brackets(pieces: Vec<String>, max_em: f64) -> Vec<String> {
    let mut out = Vec::new();
    let mut group: Vec<String> = Vec::new();
    for piece in pieces {
        if group.is_empty() && !piece.starts_with('（') {
            out.push(piece);
            continue;
        }
        let closes = piece.contains('）');
        group.push(piece);
        if closes {
            let whole = group.concat();
            if text_em(whole.trim_end()) <= max_em {
                out.push(whole);
                group.clear();
            } else {
                out.append(&mut group);
            }
        }
    }
    out.append(&mut group);
    out
}

/// Splits into pieces that may start a new line: single CJK characters, and
/// Latin words with their trailing space. As Chinese typesetting does, a
/// closing bracket or mark stays with the character before it (a closing
/// bracket with two) and an opening one with the character after it, so no
/// line starts with “）” or with one character and “）”.
fn split_breakable(text: &str) -> Vec<String> {
    const CLOSING: &str = "）」』”’》〉】，。、；：！？";
    const OPENING: &str = "（「『“‘《〈【";
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if (c as u32) >= 0x2E80 || CLOSING.contains(c) || OPENING.contains(c) {
            let opens = word.chars().last().is_some_and(|w| OPENING.contains(w));
            if !word.is_empty() && !opens {
                out.push(std::mem::take(&mut word));
            }
            match out.last_mut() {
                Some(last) if CLOSING.contains(c) && word.is_empty() => {
                    last.push(c);
                    // Two characters go with a closing bracket, so that a
                    // line does not start with one character and "）".
                    if out.len() >= 2 && c == '）' && out[out.len() - 2].chars().count() == 1 {
                        let tail = out.pop().unwrap_or_default();
                        if let Some(prev) = out.last_mut() {
                            prev.push_str(&tail);
                        }
                    }
                }
                _ if OPENING.contains(c) => word.push(c),
                _ => {
                    word.push(c);
                    out.push(std::mem::take(&mut word));
                }
            }
        } else {
            word.push(c);
            if c == ' ' {
                out.push(std::mem::take(&mut word));
            }
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// A round upper bound for a scale: 1, 2, 2.5 or 5 times a power of ten.
pub fn nice_max(max: f64) -> f64 {
    // Nothing the data holds is that small; below it 10^k underflows.
    if !max.is_finite() || max <= 1e-9 {
        return 1.0;
    }
    let exp = max.log10().floor();
    let base = 10f64.powf(exp);
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * base >= max * (1.0 - 1e-12) {
            return m * base;
        }
    }
    10.0 * base
}

/// The tick values of an axis running from 0 to `max` (a `nice_max`):
/// steps of a quarter for 1, 2, 10 × 10^k, of a fifth for 2.5 and 5.
pub fn axis_ticks(max: f64) -> Vec<f64> {
    let lead = max / 10f64.powf(max.log10().floor());
    let n = if (lead - 2.5).abs() < 1e-9 || (lead - 5.0).abs() < 1e-9 {
        5
    } else {
        4
    };
    (0..=n).map(|i| max * i as f64 / n as f64).collect()
}
