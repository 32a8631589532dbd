//! One layout, one calendar: no rule cuts the text into lines or
//! sentences itself, writes its own set of sentence ends or blanks, or
//! reads dates itself. Lines, sentences, groups and the character sets
//! are `layout`'s (`ctx.marks.layout()`); dates and years are
//! `calendar`'s (`ctx.calendar`).

use std::path::{Path, PathBuf};

/// What a rule must not write, and what to ask instead.
const FORBIDDEN: &[(&str, &str)] = &[
    ("fn lines(", "ctx.marks.layout().lines()"),
    (
        "fn sentences(",
        "ctx.marks.layout().sentences() or groups()",
    ),
    ("split_inclusive('\\n')", "ctx.marks.layout().lines()"),
    (".split('\\n')", "ctx.marks.layout().lines()"),
    ("str::lines", "ctx.marks.layout().lines()"),
    ("text.lines()", "ctx.marks.layout().lines()"),
    ("'\\u{3000}'", "layout::BLANKS or layout::SPACES"),
    ("'。' | '！' | '？'", "layout::SENTENCE_ENDS or GROUP_ENDS"),
    ("'。', '！', '？'", "layout::SENTENCE_ENDS or GROUP_ENDS"),
    ("fn date_at(", "ctx.calendar.dates()"),
    ("fn date_before(", "ctx.calendar.dates()"),
    ("fn weekday_of(", "calendar::weekday_of"),
];

/// Files under `rules/` that are not rules.
const NOT_RULES: &[&str] = &["tester.rs"];

#[test]
fn rules_ask_the_layout_and_the_calendar() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join("rules");
    let mut files = Vec::new();
    walk(&rules, &mut files);
    assert!(files.len() > 50, "rules found: {}", files.len());
    let mut found = Vec::new();
    for file in files {
        if NOT_RULES.iter().any(|n| file.ends_with(n)) {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        // The tests of a rule may build their inputs as they like.
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            for (pattern, instead) in FORBIDDEN {
                if line.contains(pattern) {
                    found.push(format!(
                        "{}:{}: `{pattern}` — ask {instead}",
                        file.display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "\n{}", found.join("\n"));
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
