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

/// The wording rules stay quiet on correct text that looks close to their
/// entries: 截止日期, 左右两侧, 以上工作, 预计…左右, 按装机容量, 构成份额,
/// 不良反应, 做出样品, a date written 2024-10-01, a Chinese signature date.
#[test]
fn wording_rules_pass_the_clean_draft() {
    let text = include_str!("fixtures/wording_clean.txt");
    let report = check(text, &Config::default());
    let wording: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.category == gongwen::Category::Wording)
        .map(|f| format!("{} «{}» {}", f.rule, &text[f.range.clone()], f.message))
        .collect();
    assert_eq!(wording, Vec::<String>::new());
}

/// Every wording rule fires on the drafts written to hold its defects, in
/// simplified and in traditional characters.
#[test]
fn every_wording_rule_fires_on_the_drafts() {
    for (name, text) in [
        ("wording_draft", include_str!("fixtures/wording_draft.txt")),
        (
            "wording_traditional",
            include_str!("fixtures/wording_traditional.txt"),
        ),
    ] {
        let report = check(text, &Config::default());
        for rule in gongwen::rules::RULES.iter().filter(|r| {
            r.meta.category == gongwen::Category::Wording && r.meta.name != "house-style"
        }) {
            assert!(
                report.findings.iter().any(|f| f.rule == rule.meta.name),
                "{name}: {} does not fire",
                rule.meta.name
            );
        }
    }
}
