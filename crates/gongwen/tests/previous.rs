//! The draft beside last year's report: a pair of reports of one bureau
//! (`fixtures/previous/`), in simplified and in traditional characters.

use gongwen::lexicon::fold::fold_char;
use gongwen::{check_with_previous, Config, Report};
use std::collections::HashMap;

const LAST: &str = include_str!("fixtures/previous/2023.txt");
const THIS: &str = include_str!("fixtures/previous/2024.txt");

/// `text` in traditional characters (each simplified character that the
/// fold table maps to becomes the first traditional form mapped to it).
fn traditional(text: &str) -> String {
    let mut back = HashMap::new();
    for c in ('\u{3400}'..='\u{9FFF}').chain('\u{F900}'..='\u{FAFF}') {
        let s = fold_char(c);
        if s != c {
            back.entry(s).or_insert(c);
        }
    }
    text.chars().map(|c| *back.get(&c).unwrap_or(&c)).collect()
}

fn findings(report: &Report, text: &str, category: &str) -> Vec<(String, String)> {
    report
        .findings
        .iter()
        .filter(|f| f.category.name() == category)
        .map(|f| (f.rule.to_owned(), text[f.range.clone()].to_owned()))
        .collect()
}

fn check_pair(last: &str, this: &str) {
    let report = check_with_previous(this, Some(last), &Config::default());
    let found = findings(&report, this, "previous");
    let rules: Vec<&str> = found.iter().map(|(r, _)| r.as_str()).collect();
    assert_eq!(
        rules,
        [
            "unchanged-figure",
            "copied-from-previous",
            "target-below-previous"
        ],
        "{found:?}"
    );
    // The copied passage is the prose with updated figures; the sentences
    // that only list indicators with this year's figures and the one whose
    // rest is a quoted policy name are not copied text.
    let copied = gongwen::lexicon::fold::fold(&found[1].1).into_owned();
    assert!(copied.starts_with("全县深入开展企业服务月活动"), "{copied}");
    assert!(
        !copied.contains("奖补") && !copied.contains("工业投资"),
        "{copied}"
    );
    // The boilerplate opening is not copied text.
    assert!(!found.iter().any(|(_, t)| t.contains("坚强领导")));
    // Each finding points into last year's report.
    for f in report
        .findings
        .iter()
        .filter(|f| f.category.name() == "previous")
    {
        assert!(f
            .related
            .iter()
            .any(|r| r.previous && last.get(r.range.clone()).is_some()));
    }
    // Last year's plan, item by item.
    let items: Vec<(String, bool)> = report
        .plan_followup
        .iter()
        .map(|i| (i.text.clone(), i.mentioned.is_some()))
        .collect();
    let status = |needle: &str| {
        items
            .iter()
            .find(|(t, _)| gongwen::lexicon::fold::fold(t).contains(needle))
            .map(|(_, m)| *m)
            .unwrap_or_else(|| panic!("no item {needle}: {items:?}"))
    };
    assert!(status("智慧园区"), "{items:?}");
    assert!(!status("污水管网"), "{items:?}");
    assert!(!status("孵化基地"), "{items:?}");
    // Targets with this year's result.
    let targets: Vec<(String, Option<String>)> = report
        .plan_followup
        .iter()
        .flat_map(|i| &i.targets)
        .map(|t| (t.target.clone(), t.result.as_ref().map(|r| r.0.clone())))
        .collect();
    assert!(
        targets.iter().any(
            |(t, r)| gongwen::lexicon::fold::fold(t).contains("工业投资35亿元")
                && r.as_deref()
                    .is_some_and(|r| gongwen::lexicon::fold::fold(r).contains("32.5亿元"))
        ),
        "{targets:?}"
    );
    // A growth target, with this year's growth of the same indicator.
    assert!(
        targets.iter().any(
            |(t, r)| gongwen::lexicon::fold::fold(t) == "规上工业增加值增长7%"
                && r.as_deref()
                    .is_some_and(|r| gongwen::lexicon::fold::fold(r) == "规上工业增加值增长8.1%")
        ),
        "{targets:?}"
    );
}

#[test]
fn every_kind_fires_on_the_pair_and_the_checklist_has_each_task() {
    check_pair(LAST, THIS);
}

#[test]
fn the_same_in_traditional_characters() {
    check_pair(&traditional(LAST), &traditional(THIS));
}

#[test]
fn without_a_previous_report_nothing_is_compared() {
    let report = check_with_previous(THIS, None, &Config::default());
    assert!(report.plan_followup.is_empty());
    assert!(report
        .findings
        .iter()
        .all(|f| f.category.name() != "previous"));
    // And a report beside itself: copied everywhere, but no new year.
    let same = check_with_previous(THIS, Some(THIS), &Config::default());
    assert!(same.findings.iter().all(|f| f.rule != "unchanged-figure"));
}

/// Last year's plan items: (text, taken up in this year's summary).
fn followup(last: &str, this: &str) -> (Report, Vec<(String, bool)>) {
    let report = check_with_previous(this, Some(last), &Config::default());
    let items = report
        .plan_followup
        .iter()
        .map(|i| (i.text.clone(), i.mentioned.is_some()))
        .collect();
    (report, items)
}

fn status(items: &[(String, bool)], needle: &str) -> bool {
    items
        .iter()
        .find(|(t, _)| t.contains(needle))
        .map(|(_, m)| *m)
        .unwrap_or_else(|| panic!("no item {needle}: {items:?}"))
}

/// A 政府工作报告 pair: last year's plan is its 总体要求和政策取向 and its
/// 政府工作任务; the thanks and the proposals handled, said again every
/// year, are not copied text; the employment target kept is not a stale
/// figure (this year's 3.8万人 passed it: one note, as info).
#[test]
fn a_government_work_report_pair_follows_up_its_plan() {
    let last = include_str!("fixtures/previous/gov-2030.txt");
    let this = include_str!("fixtures/previous/gov-2031.txt");
    let (report, items) = followup(last, this);
    assert!(status(&items, "新材料产业园二期"), "{items:?}");
    assert!(status(&items, "高新技术企业倍增计划"), "{items:?}");
    assert!(status(&items, "新建公办幼儿园"), "{items:?}");
    assert!(!status(&items, "滨江大道南延"), "{items:?}");
    let previous: Vec<(&str, &str, gongwen::Severity)> = report
        .findings
        .iter()
        .filter(|f| f.category.name() == "previous")
        .map(|f| (f.rule, &this[f.range.clone()], f.severity))
        .collect();
    assert_eq!(
        previous,
        [("unchanged-figure", "3.5万人", gongwen::Severity::Info)],
        "{previous:?}"
    );
}

/// Last year's 工作要点, all of it plan, beside this year's summary.
#[test]
fn a_work_points_document_is_all_plan() {
    let last = include_str!("fixtures/previous/points-2031.txt");
    let this = include_str!("fixtures/previous/summary-2031.txt");
    let (report, items) = followup(last, this);
    assert!(status(&items, "梯次培育"), "{items:?}");
    assert!(status(&items, "科创服务中心"), "{items:?}");
    assert!(!status(&items, "星创天地"), "{items:?}");
    let targets: Vec<(String, Option<String>)> = report
        .plan_followup
        .iter()
        .flat_map(|i| &i.targets)
        .map(|t| (t.target.clone(), t.result.as_ref().map(|r| r.0.clone())))
        .collect();
    assert!(
        targets
            .iter()
            .any(|(t, r)| t.contains("20家") && r.as_deref().is_some_and(|r| r.contains("23家"))),
        "{targets:?}"
    );
}
