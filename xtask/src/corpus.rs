//! `cargo xtask corpus [DIR]`: runs the CLI on labelled reports and scores
//! its JSON against the labels (schema: shared/corpus/README.md).
//!
//! A truth entry is found when a finding of the matching kind sits on its
//! line (line 0: anywhere in the document). A `number-ok` entry is a false
//! alarm when a `number` finding sits on its line (overlapping its snippet,
//! where the line also has a true `number` defect). We also count, per kind,
//! lines that carry a finding but no label of that kind: the labels are not
//! exhaustive, so these are leads, except where a gate says otherwise.

use crate::{root, run, Result};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

#[derive(Debug, Deserialize)]
struct Label {
    kind: String,
    line: usize,
    snippet: String,
    #[serde(default)]
    severity: Option<String>,
    #[serde(default)]
    starts: Vec<usize>,
}

#[derive(Debug, Deserialize)]
struct CliOutput {
    files: Vec<CliFile>,
}

#[derive(Debug, Deserialize)]
struct CliFile {
    path: String,
    findings: Vec<CliFinding>,
    outline: CliOutline,
}

#[derive(Debug, Deserialize)]
struct CliOutline {
    reports: Vec<CliReport>,
}

#[derive(Debug, Deserialize)]
struct CliReport {
    line: usize,
}

#[derive(Debug, Deserialize)]
struct CliFinding {
    rule: String,
    message: String,
    category: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    snippet: String,
}

/// The corpus kind a finding category is scored as.
fn kind_of(category: &str) -> &str {
    match category {
        "time" => "year",
        "punctuation" => "punct",
        other => other,
    }
}

#[derive(Debug, Default)]
struct Score {
    truth: usize,
    found: usize,
    hard_truth: usize,
    hard_found: usize,
    /// Lines with a finding of this kind and no label of it: (file, line, snippet).
    unlabelled: Vec<(String, usize, String)>,
}

/// Scores the corpus in `dir`; with `gate`, fails unless the figures meet
/// the bar the issues set.
pub fn score(dir: Option<PathBuf>, gate: bool) -> Result<()> {
    let dir = dir.unwrap_or_else(|| {
        root()
            .join("..")
            .join("shared")
            .join("corpus")
            .join("seeds")
    });
    let parsed = run_cli(&dir)?;
    let mut tally = Tally::default();
    for file in &parsed.files {
        tally.file(file)?;
    }
    tally.print();
    if gate {
        tally.gate()?;
        println!("corpus gate: passed");
    }
    Ok(())
}

/// `cargo xtask corpus --quiet [DIR]`: the findings on published reports
/// that are mostly correct (default `../shared/corpus/quiet`), counted per
/// rule, each number, time, outline and section finding printed to be read.
/// There, a finding is more likely a false alarm than a defect.
pub fn quiet(dir: Option<PathBuf>) -> Result<()> {
    let dir = dir.unwrap_or_else(|| {
        root()
            .join("..")
            .join("shared")
            .join("corpus")
            .join("quiet")
    });
    let parsed = run_cli(&dir)?;
    let mut per_rule: BTreeMap<(String, String), usize> = BTreeMap::new();
    for file in &parsed.files {
        let name = std::path::Path::new(&file.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for f in &file.findings {
            *per_rule
                .entry((f.category.clone(), f.rule.clone()))
                .or_default() += 1;
            if matches!(
                f.category.as_str(),
                "number" | "time" | "outline" | "section"
            ) {
                println!(
                    "{name}:{}: {} «{}» {}",
                    f.line, f.rule, f.snippet, f.message
                );
            }
        }
    }
    println!("{:<12} {:<22} {:>6}", "category", "rule", "count");
    for ((category, rule), n) in &per_rule {
        println!("{category:<12} {rule:<22} {n:>6}");
    }
    Ok(())
}

/// The CLI's JSON for every report of `dir`.
fn run_cli(dir: &std::path::Path) -> Result<CliOutput> {
    let mut texts: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    if texts.is_empty() {
        return Err(format!("no .txt reports in {}", dir.display()));
    }
    run(crate::cargo().args(["build", "--quiet", "-p", "gongwen-cli"]))?;
    let exe = root().join("target").join("debug").join("gongwen");
    let out = Command::new(&exe)
        .arg("check")
        .arg("--format")
        .arg("json")
        .args(&texts)
        .output()
        .map_err(|e| format!("{}: {e}", exe.display()))?;
    if out.status.code() == Some(2) {
        return Err(format!(
            "gongwen failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("CLI JSON: {e}"))
}

/// The figures over all files.
#[derive(Debug, Default)]
struct Tally {
    scores: BTreeMap<String, Score>,
    misses: Vec<String>,
    ok_total: usize,
    ok_flagged: Vec<String>,
    segments: Vec<String>,
}

impl Tally {
    fn file(&mut self, file: &CliFile) -> Result {
        let stem = file.path.strip_suffix(".txt").unwrap_or(&file.path);
        let name = std::path::Path::new(stem)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let truth: Vec<Label> = read_json(&format!("{stem}.truth.json"))?;
        let ok: Vec<Label> = read_json(&format!("{stem}.consistent.json")).unwrap_or_default();
        self.segments(file, &truth, &name);
        self.truth(file, &truth, &name);
        self.unlabelled(file, &truth, &name);
        self.consistent(file, &truth, &ok, &name);
        Ok(())
    }

    /// Reports in one paste: compare where they start. The first report
    /// may start earlier (page chrome above it belongs to no report).
    fn segments(&mut self, file: &CliFile, truth: &[Label], name: &str) {
        for label in truth.iter().filter(|l| l.kind == "segments") {
            let found: Vec<usize> = file.outline.reports.iter().map(|r| r.line).collect();
            let ok = found.len() == label.starts.len()
                && found
                    .iter()
                    .zip(&label.starts)
                    .enumerate()
                    .all(|(k, (a, b))| a == b || (k == 0 && a <= b));
            let verdict = if ok { "match" } else { "MISMATCH" };
            self.segments.push(format!(
                "{name}: reports at {found:?}, labelled {:?}: {verdict}",
                label.starts
            ));
        }
    }

    /// Each labelled defect: found when a finding of its kind is on its line.
    fn truth(&mut self, file: &CliFile, truth: &[Label], name: &str) {
        let found_at: BTreeSet<(&str, usize)> = file
            .findings
            .iter()
            .flat_map(|f| [(kind_of(&f.category), f.line), (kind_of(&f.category), 0)])
            .collect();
        for label in truth.iter().filter(|l| l.kind != "segments") {
            let s = self.scores.entry(label.kind.clone()).or_default();
            let hit = found_at.contains(&(label.kind.as_str(), label.line));
            let soft = label.severity.as_deref() == Some("soft");
            s.truth += 1;
            s.found += usize::from(hit);
            if !soft {
                s.hard_truth += 1;
                s.hard_found += usize::from(hit);
            }
            if !hit {
                self.misses.push(format!(
                    "  {name}:{} {} «{}»{}",
                    label.line,
                    label.kind,
                    label.snippet,
                    if soft { " (soft)" } else { "" }
                ));
            }
        }
    }

    /// Findings on lines without a label of their kind: leads.
    fn unlabelled(&mut self, file: &CliFile, truth: &[Label], name: &str) {
        let labelled: BTreeSet<(&str, usize)> =
            truth.iter().map(|l| (l.kind.as_str(), l.line)).collect();
        for f in &file.findings {
            let kind = kind_of(&f.category);
            if !labelled.contains(&(kind, f.line)) && !labelled.contains(&(kind, 0)) {
                self.scores
                    .entry(kind.to_owned())
                    .or_default()
                    .unlabelled
                    .push((name.to_owned(), f.line, f.snippet.clone()));
            }
        }
    }

    /// Relations that hold: a `number` finding over one is a false alarm.
    fn consistent(&mut self, file: &CliFile, truth: &[Label], ok: &[Label], name: &str) {
        let lines: Vec<String> = std::fs::read_to_string(&file.path)
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect();
        for entry in ok {
            self.ok_total += 1;
            let true_number_here = truth
                .iter()
                .any(|l| l.kind == "number" && l.line == entry.line);
            // Where the relation's snippet stands on its line, in 1-based
            // character columns [from, to).
            let line = lines
                .get(entry.line.wrapping_sub(1))
                .map(String::as_str)
                .unwrap_or_default();
            let span = line.find(&entry.snippet).map(|b| {
                let from = line[..b].chars().count() + 1;
                (from, from + entry.snippet.chars().count())
            });
            let flagged = file.findings.iter().any(|f| {
                let overlaps = span.is_none_or(|(from, to)| {
                    let end = if f.end_line > f.line {
                        usize::MAX
                    } else {
                        f.end_column
                    };
                    f.column < to && from < end
                });
                f.category == "number" && f.line == entry.line && (!true_number_here || overlaps)
            });
            if flagged {
                self.ok_flagged
                    .push(format!("  {name}:{} «{}»", entry.line, entry.snippet));
            }
        }
    }

    fn print(&self) {
        println!(
            "{:<12} {:>7} {:>9} {:>12} {:>11}",
            "kind", "recall", "(found)", "recall-hard", "unlabelled"
        );
        for (kind, s) in &self.scores {
            println!(
                "{:<12} {:>6.1}% {:>9} {:>11.1}% {:>11}",
                kind,
                pct(s.found, s.truth),
                format!("{}/{}", s.found, s.truth),
                pct(s.hard_found, s.hard_truth),
                s.unlabelled.len()
            );
        }
        println!(
            "number-ok relations flagged (false alarms): {}/{}",
            self.ok_flagged.len(),
            self.ok_total
        );
        for line in &self.segments {
            println!("segments {line}");
        }
        for line in &self.ok_flagged {
            println!("{line}");
        }
        for (kind, s) in &self.scores {
            for (file, line, snippet) in &s.unlabelled {
                println!("  unlabelled {kind}: {file}:{line} «{snippet}»");
            }
        }
        if std::env::var_os("CORPUS_MISSES").is_some() {
            println!("misses:");
            for m in &self.misses {
                println!("{m}");
            }
        }
    }

    /// The bar the issues set.
    fn gate(&self) -> Result {
        let p = self
            .scores
            .get("placeholder")
            .map(|s| (s.found, s.truth, s.unlabelled.len()))
            .unwrap_or_default();
        let mut failures = Vec::new();
        if pct(p.0, p.1) < 98.0 {
            failures.push(format!("placeholder recall {:.1}% < 98%", pct(p.0, p.1)));
        }
        if p.2 > 0 {
            failures.push(format!(
                "{} placeholder findings on lines without a placeholder label",
                p.2
            ));
        }
        let n = self
            .scores
            .get("number")
            .map(|s| (s.found, s.truth))
            .unwrap_or_default();
        if n.0 + 1 < n.1 {
            failures.push(format!(
                "number defects found {}/{} < {}",
                n.0,
                n.1,
                n.1.saturating_sub(1)
            ));
        }
        for kind in ["section", "outline", "year"] {
            if let Some(s) = self
                .scores
                .get(kind)
                .filter(|s| s.hard_found < s.hard_truth)
            {
                failures.push(format!(
                    "{kind} labels found {}/{} (not soft)",
                    s.hard_found, s.hard_truth
                ));
            }
        }
        if self.segments.iter().any(|s| s.ends_with("MISMATCH")) {
            failures.push("reports in one paste detected at the wrong lines".to_owned());
        }
        if !self.ok_flagged.is_empty() {
            failures.push(format!(
                "{} number-ok relations flagged",
                self.ok_flagged.len()
            ));
        }
        if failures.is_empty() {
            Ok(())
        } else {
            Err(format!("corpus gate: {}", failures.join("; ")))
        }
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn read_json<T: serde::de::DeserializeOwned>(path: &str) -> Result<T> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))
}
