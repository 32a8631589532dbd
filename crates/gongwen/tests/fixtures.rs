//! Fixture corpus: each `fixtures/*.txt` draft with its findings rendered as
//! text and checked with insta. Review snapshot changes like code.

use gongwen::{check, Config, LineIndex};
use std::fmt::Write;

fn render(text: &str) -> String {
    let report = check(text, &Config::default());
    let index = LineIndex::new(text);
    let mut out = String::new();
    // What the checker made of the text's structure: each report's title,
    // genre and years, so that chrome around a report visibly does not
    // hide them.
    for r in &report.outline.reports {
        let head = &r.head;
        let _ = writeln!(
            out,
            "report at line {}: title «{}» genre {} year {} plan {}",
            r.line,
            head.title.clone().map_or("", |t| &text[t]),
            head.genre.map_or("-", |g| g.name()),
            head.year.map_or("-".into(), |y| y.to_string()),
            head.plan_year.map_or("-".into(), |y| y.to_string()),
        );
    }
    for f in &report.findings {
        let at = index.line_col(text, f.range.start);
        let _ = writeln!(
            out,
            "{}:{} {} {} «{}» {}",
            at.line,
            at.column,
            f.severity.name(),
            f.rule,
            &text[f.range.clone()],
            f.message
        );
        for r in &f.related {
            let at = index.line_col(text, r.range.start);
            let _ = writeln!(out, "    related {}:{} {}", at.line, at.column, r.message);
        }
        if let Some(fix) = &f.fix {
            let _ = writeln!(out, "    fix ({}) {}", fix.applicability.name(), fix.title);
        }
    }
    if report.findings.is_empty() {
        out.push_str("(no findings)\n");
    }
    out
}

#[test]
fn fixtures() {
    insta::glob!("fixtures/*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        insta::assert_snapshot!(render(&text));
    });
}
