//! The statistics table against whole published reports (`long/` of the
//! shared corpus, almost every figure right): a table built from a
//! report's own figures — each metric the report states once, its value
//! and growth as written — must agree with the report everywhere, and a
//! cell changed must be reported, alone, at its figure. This measures the
//! table's reading and the matching on long real text, not on fixtures.

use gongwen::{check, Config, Ledger, Sheet};
use std::path::PathBuf;

fn long_reports() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/long");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the long corpus at {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn with_table(rows: Vec<Vec<String>>) -> Config {
    Config {
        ledger: Some(Ledger {
            name: "台账".into(),
            sheets: vec![Sheet {
                name: "表1".into(),
                rows,
            }],
        }),
        ..Config::default()
    }
}

/// `value` with its leading number halved, written with as many decimals.
fn halved(value: &str) -> Option<String> {
    let digits = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(digits);
    let decimals = number.split_once('.').map_or(0, |(_, d)| d.len());
    let v: f64 = number.parse().ok()?;
    (v > 0.0).then(|| format!("{:.*}{unit}", decimals, v / 2.0))
}

#[test]
fn a_table_of_a_long_reports_own_figures_agrees_and_one_changed_cell_is_found() {
    let files = long_reports();
    assert!(files.len() >= 30, "{} long reports", files.len());
    let (mut rows_checked, mut rows_matched, mut changed_found) = (0, 0, 0);
    // Reports with a figure matched to a row (the page prefixes have no
    // year to read their figures by).
    let mut with_matches = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a UTF-8 report");
        let report = check(&text, &Config::default());
        // Each metric the report states once, with a number written in
        // digits: its row.
        let keys: Vec<String> = report
            .metrics
            .iter()
            .map(|m| gongwen::ledger::key(&m.metric, &[]).into_owned())
            .collect();
        let once: Vec<&gongwen::metrics::Metric> = report
            .metrics
            .iter()
            .zip(&keys)
            .filter(|(m, k)| {
                keys.iter().filter(|x| x == k).count() == 1
                    && m.value.starts_with(|c: char| c.is_ascii_digit())
            })
            .map(|(m, _)| m)
            .collect();
        let header = vec![
            "指标名称".to_owned(),
            "本期".to_owned(),
            "比上年增长%".to_owned(),
        ];
        let row = |m: &gongwen::metrics::Metric, value: &str| {
            vec![
                m.metric.clone(),
                value.to_owned(),
                m.growth.clone().unwrap_or_default(),
            ]
        };
        let mut rows = vec![header.clone()];
        rows.extend(once.iter().map(|m| row(m, &m.value)));
        rows_checked += once.len();
        let checked = check(&text, &with_table(rows.clone()));
        // The rows a figure of the report was matched to: the others are
        // targets, or figures of no year read.
        let matched: Vec<bool> = checked
            .ledger
            .iter()
            .map(|r| !r.mentions.is_empty())
            .collect();
        rows_matched += matched.iter().filter(|m| **m).count();
        with_matches += usize::from(matched.contains(&true));
        let findings: Vec<String> = checked
            .findings
            .iter()
            .filter(|f| f.rule == "ledger-figure" || f.rule == "ledger-growth")
            .map(|f| format!("{}: {}", f.rule, f.message))
            .collect();
        assert_eq!(findings, Vec::<String>::new(), "{}", file.display());
        // One cell changed: that figure, and only it, is reported.
        for (i, m) in once.iter().enumerate() {
            let Some(changed) = halved(&m.value).filter(|_| matched[i]) else {
                continue;
            };
            let mut rows = rows.clone();
            rows[i + 1] = row(m, &changed);
            let found: Vec<std::ops::Range<usize>> = check(&text, &with_table(rows))
                .findings
                .iter()
                .filter(|f| f.rule == "ledger-figure")
                .map(|f| f.range.clone())
                .collect();
            if found.is_empty() {
                // A bound (不足) the halved value still meets.
                continue;
            }
            assert_eq!(
                found,
                std::slice::from_ref(&m.range),
                "{}: {}",
                file.display(),
                m.metric
            );
            changed_found += 1;
            break;
        }
    }
    eprintln!(
        "{} reports ({with_matches} with a figure matched): {rows_checked} rows, {rows_matched} matched to a figure, a changed cell found in {changed_found}",
        files.len()
    );
    assert!(rows_checked >= 300, "{rows_checked} rows");
    assert!(
        rows_matched * 2 >= rows_checked,
        "{rows_matched} of {rows_checked} rows matched"
    );
    assert!(with_matches >= 35, "{with_matches} reports with a match");
    assert_eq!(changed_found, with_matches);
}
