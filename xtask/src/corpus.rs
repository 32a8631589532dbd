//! `cargo xtask corpus`: runs the CLI on labelled reports and scores its
//! JSON against the labels (schema: shared/corpus/README.md).
//!
//! Six sets are scored:
//! - the seeds (`../shared/corpus/seeds`), which the rules were written
//!   against;
//! - the dev set (`../shared/corpus/dev/real` and `dev/planted`), real page
//!   prefixes and planted copies the rules were not written against;
//! - the planted recipes (`xtask/planted/*.json`): copies of long and quiet
//!   corpus texts with defects planted by a reviewer who had not read the
//!   rules, kept as recipes (source, find → replace edits, labels) and
//!   applied here, so that no corpus text enters the project;
//! - the blind recipes (`xtask/blind/*.json`): a second such set, planted
//!   on other long and quiet texts, gated at the bar for unseen reports;
//! - a third set (`xtask/blind2/*.json`), planted blind on the texts both
//!   others left alone and first scored untouched (number 18/36, year
//!   10/24): printed as a measure, gated only on the relations that hold;
//! - the long reports (`../shared/corpus/long`), published and almost all
//!   correct: every number, time, outline and section finding is printed,
//!   to be read.
//!
//! A truth entry is found when a finding of the matching kind sits on its
//! line (line 0: anywhere in the document); for the recipes, whose lines
//! are whole paragraphs of a long report, the finding (or one of its
//! related ranges) must also overlap the label's snippet. A `number-ok`
//! entry is a false alarm when a `number` finding sits on its line
//! (overlapping its snippet, where the line also has a true `number`
//! defect, and always for the recipes; a finding of a labelled defect
//! counts only where it marks the relation itself, not where it points at
//! it as the other side of its arithmetic). We also count, per kind, lines that
//! carry a finding but no label of that kind: the labels are not
//! exhaustive, so these are leads, except where a gate says otherwise.

use crate::{root, run, Result};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug, Clone, Deserialize)]
struct Label {
    kind: String,
    line: usize,
    snippet: String,
    #[serde(default)]
    why: String,
    #[serde(default)]
    severity: Option<String>,
    #[serde(default)]
    starts: Vec<usize>,
}

/// A planted copy of a corpus text, kept as the edits that make it.
#[derive(Debug, Deserialize)]
struct Recipe {
    /// Relative to `../shared/corpus`.
    source: String,
    edits: Vec<Edit>,
    truth: Vec<Label>,
    #[serde(default)]
    consistent: Vec<Label>,
}

#[derive(Debug, Deserialize)]
struct Edit {
    find: String,
    replace: String,
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
    #[serde(default)]
    related: Vec<CliRelated>,
    #[serde(default)]
    fix: Option<CliFix>,
}

#[derive(Debug, Deserialize)]
struct CliFix {
    edits: Vec<CliEdit>,
}

#[derive(Debug, Deserialize)]
struct CliEdit {
    start: usize,
    end: usize,
}

#[derive(Debug, Deserialize)]
struct CliRelated {
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    #[serde(default)]
    previous: bool,
}

impl CliFinding {
    /// `file:line: rule «snippet» message`, to be read.
    fn shown(&self, path: &str) -> String {
        format!(
            "{}:{}: {} «{}» {}",
            file_name(path),
            self.line,
            self.rule,
            self.snippet,
            self.message
        )
    }

    /// Whether the finding or one of its related ranges covers part of
    /// columns `from..to` (1-based characters) of line `line`.
    fn touches(&self, line: usize, from: usize, to: usize) -> bool {
        self.marks(line, from, to)
            || self.related.iter().any(|r| {
                !r.previous
                    && r.line == line
                    && r.column < to
                    && from < r.column + (r.end - r.start)
            })
    }

    /// Whether the finding shows another occurrence of its defect over
    /// columns `from..to` of line `line`: a related range there that its
    /// fix changes (one finding for every `.` ending a Chinese sentence,
    /// each place shown).
    fn fixes_over(&self, line: usize, from: usize, to: usize) -> bool {
        let edits = self.fix.as_ref().map_or(&[][..], |f| &f.edits[..]);
        self.related.iter().any(|r| {
            !r.previous
                && r.line == line
                && r.column < to
                && from < r.column + (r.end - r.start)
                && edits.iter().any(|e| r.start <= e.start && e.end <= r.end)
        })
    }

    /// Whether the finding's own range (not a related one) covers part of
    /// columns `from..to` of line `line`.
    fn marks(&self, line: usize, from: usize, to: usize) -> bool {
        self.line <= line
            && line <= self.end_line
            && (self.line < line || self.column < to)
            && (line < self.end_line || from < self.end_column)
    }
}

/// The corpus kind a finding category is scored as.
fn kind_of(category: &str) -> &str {
    match category {
        "time" => "year",
        "punctuation" => "punct",
        other => other,
    }
}

/// The kinds the planted recipes are gated on, with the recall each must
/// keep (measured; the aim is 0.8 for each).
const PLANTED_FLOOR: [(&str, f64); 4] = [
    ("number", 0.80),
    ("year", 0.82),
    ("outline", 0.94),
    ("section", 0.9),
];
/// The second set of recipes planted blind (2026-12-08, by a reviewer who
/// had not read the rules, on long and quiet texts the first set left
/// alone), and the bar the issues set for reports nobody here has seen:
/// 0.6 for numbers, dates and sections. Seven general readings were added
/// after its first score (number 23/43, year 26/39), so it is blind no
/// longer; it stays as a measure.
const BLIND_FLOOR: [(&str, f64); 3] = [("number", 0.6), ("year", 0.6), ("section", 0.6)];
/// The dev set's overall recall must stay at or above this (measured; the
/// aim is 0.75).
const DEV_FLOOR: f64 = 0.81;
/// At most this many number, time, outline and section findings on the
/// long published reports, each read and listed in the closing note.
const LONG_CEILING: usize = 10;

#[derive(Debug, Default)]
struct Score {
    truth: usize,
    found: usize,
    hard_truth: usize,
    hard_found: usize,
    /// Lines with a finding of this kind and no label of it: (file, line, snippet).
    unlabelled: Vec<(String, usize, String)>,
}

/// `cargo xtask corpus [DIR]`: with a folder, scores its labelled reports;
/// without one, every set (seeds, dev, planted recipes, long reports).
/// With `gate`, fails unless the figures meet the bar the issues set.
pub fn score(dir: Option<PathBuf>, gate: bool) -> Result<()> {
    if let Some(dir) = dir {
        let mut tally = Tally::default();
        tally.score(&texts_in(&dir)?, false)?;
        tally.print();
        return Ok(());
    }
    let shared = shared();
    let mut failures = Vec::new();

    println!("== seeds ({})", shared.join("seeds").display());
    let mut seeds = Tally::default();
    seeds.score(&texts_in(&shared.join("seeds"))?, false)?;
    seeds.print();
    failures.extend(seeds.seed_gate());

    println!("\n== dev ({})", shared.join("dev").display());
    let mut dev = Tally {
        skip_cut_sections: true,
        ..Tally::default()
    };
    let mut dev_texts = texts_in(&shared.join("dev").join("real"))?;
    dev_texts.extend(texts_in(&shared.join("dev").join("planted"))?);
    dev.score(&dev_texts, false)?;
    dev.print();
    let (found, truth) = dev.overall();
    println!(
        "dev overall: {found}/{truth} = {:.1}% ({} section labels left out: the text ends at the archive's cut)",
        pct(found, truth),
        dev.skipped
    );
    if pct(found, truth) < 100.0 * DEV_FLOOR {
        failures.push(format!(
            "dev recall {:.1}% < {:.0}%",
            pct(found, truth),
            100.0 * DEV_FLOOR
        ));
    }

    for (set, floors) in [
        ("planted", &PLANTED_FLOOR[..]),
        ("blind", &BLIND_FLOOR[..]),
        ("blind2", &[][..]),
    ] {
        failures.extend(recipe_set(set, floors)?);
    }

    println!(
        "\n== long published reports ({})",
        shared.join("long").display()
    );
    let long = long_findings(&shared.join("long"))?;
    for line in &long {
        println!("  {line}");
    }
    println!(
        "number/time/outline/section findings on long reports: {} (at most {LONG_CEILING})",
        long.len()
    );
    if long.len() > LONG_CEILING {
        failures.push(format!(
            "{} number/time/outline/section findings on the long reports > {LONG_CEILING}",
            long.len()
        ));
    }

    if gate {
        if !failures.is_empty() {
            return Err(format!("corpus gate: {}", failures.join("; ")));
        }
        println!("corpus gate: passed");
    }
    Ok(())
}

/// `../shared/corpus`.
fn shared() -> PathBuf {
    root().join("..").join("shared").join("corpus")
}

/// `cargo xtask corpus --quiet [DIR]`: the findings on published reports
/// that are mostly correct (default `../shared/corpus/quiet`), counted per
/// rule, each number, time, outline and section finding printed to be read.
/// There, a finding is more likely a false alarm than a defect.
pub fn quiet(dir: Option<PathBuf>) -> Result<()> {
    let dir = dir.unwrap_or_else(|| shared().join("quiet"));
    let parsed = run_cli(&texts_in(&dir)?)?;
    let mut per_rule: BTreeMap<(String, String), usize> = BTreeMap::new();
    for file in &parsed.files {
        for f in &file.findings {
            *per_rule
                .entry((f.category.clone(), f.rule.clone()))
                .or_default() += 1;
            if is_read(&f.category) {
                println!("{}", f.shown(&file.path));
            }
        }
    }
    println!("{:<12} {:<22} {:>6}", "category", "rule", "count");
    for ((category, rule), n) in &per_rule {
        println!("{category:<12} {rule:<22} {n:>6}");
    }
    Ok(())
}

/// The categories whose every finding on a published report is read.
fn is_read(category: &str) -> bool {
    matches!(category, "number" | "time" | "outline" | "section")
}

/// Every number, time, outline and section finding on the reports of `dir`.
fn long_findings(dir: &Path) -> Result<Vec<String>> {
    let parsed = run_cli(&texts_in(dir)?)?;
    Ok(parsed
        .files
        .iter()
        .flat_map(|file| {
            file.findings
                .iter()
                .filter(|f| is_read(&f.category))
                .map(|f| f.shown(&file.path))
        })
        .collect())
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The `.txt` reports of `dir`, in name order.
fn texts_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut texts: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    if texts.is_empty() {
        return Err(format!("no .txt reports in {}", dir.display()));
    }
    Ok(texts)
}

/// Scores the recipes of `xtask/<set>` and prints the figures; what falls
/// below `floors` (kind, recall) and any relation that holds flagged are
/// failures. A set without floors is printed as a measure.
fn recipe_set(set: &str, floors: &[(&str, f64)]) -> Result<Vec<String>> {
    println!("\n== recipes (xtask/{set})");
    let mut tally = Tally::default();
    tally.score(&planted_texts(set)?, true)?;
    tally.print();
    let mut failures = Vec::new();
    for &(kind, floor) in floors {
        let (found, truth) = tally
            .scores
            .get(kind)
            .map_or((0, 0), |s| (s.found, s.truth));
        if pct(found, truth) < 100.0 * floor {
            failures.push(format!(
                "{set} {kind} recall {found}/{truth} < {:.0}%",
                100.0 * floor
            ));
        }
    }
    if !tally.ok_flagged.is_empty() {
        failures.push(format!(
            "{} relations that hold flagged in {set}",
            tally.ok_flagged.len()
        ));
    }
    Ok(failures)
}

/// Applies every recipe of `xtask/<set>` (for the planted set, of the
/// directory `CORPUS_RECIPES` names when set: a new blind set, scored
/// before it joins) and writes each planted text with its labels under
/// `target/<set>` (the seeds' layout): the texts exist only there, made
/// anew on each run.
fn planted_texts(set: &str) -> Result<Vec<PathBuf>> {
    let recipes = std::env::var_os("CORPUS_RECIPES")
        .filter(|_| set == "planted")
        .map_or_else(|| root().join("xtask").join(set), PathBuf::from);
    let out = root().join("target").join(set);
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut names: Vec<PathBuf> = std::fs::read_dir(&recipes)
        .map_err(|e| format!("{}: {e}", recipes.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    let mut texts = Vec::new();
    for path in names {
        let recipe: Recipe = read_json(&path.to_string_lossy())?;
        let text = apply(&recipe).map_err(|e| format!("{}: {e}", path.display()))?;
        check_labels(&text, &recipe).map_err(|e| format!("{}: {e}", path.display()))?;
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let txt = out.join(format!("{stem}.txt"));
        let write = |p: PathBuf, body: String| {
            std::fs::write(&p, body).map_err(|e| format!("{}: {e}", p.display()))
        };
        write(txt.clone(), text)?;
        write(
            out.join(format!("{stem}.truth.json")),
            labels_json(&recipe.truth),
        )?;
        write(
            out.join(format!("{stem}.consistent.json")),
            labels_json(&recipe.consistent),
        )?;
        texts.push(txt);
    }
    if texts.is_empty() {
        return Err(format!("no recipes in {}", recipes.display()));
    }
    Ok(texts)
}

/// The planted text: the source with each edit made in turn. An edit whose
/// text is not found exactly once is an error: the recipe no longer fits
/// its source.
fn apply(recipe: &Recipe) -> Result<String> {
    let source = shared().join(&recipe.source);
    let mut text =
        std::fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
    for (k, edit) in recipe.edits.iter().enumerate() {
        let n = text.matches(&edit.find).count();
        if n != 1 {
            return Err(format!(
                "edit {k}: «{}» found {n} times, not once",
                edit.find
            ));
        }
        text = text.replacen(&edit.find, &edit.replace, 1);
    }
    Ok(text)
}

/// Every label with a line names a snippet on that line of the planted text.
fn check_labels(text: &str, recipe: &Recipe) -> Result {
    let lines: Vec<&str> = text.split('\n').collect();
    for label in recipe.truth.iter().chain(&recipe.consistent) {
        let ok = label.line == 0
            || lines
                .get(label.line - 1)
                .is_some_and(|l| l.contains(&label.snippet));
        if !ok {
            return Err(format!("«{}» is not on line {}", label.snippet, label.line));
        }
    }
    Ok(())
}

fn labels_json(labels: &[Label]) -> String {
    let list: Vec<serde_json::Value> = labels
        .iter()
        .map(|l| {
            serde_json::json!({"kind": l.kind, "line": l.line, "snippet": l.snippet, "why": l.why})
        })
        .collect();
    serde_json::to_string_pretty(&list).unwrap_or_default()
}

/// The CLI's JSON for `texts`.
fn run_cli(texts: &[PathBuf]) -> Result<CliOutput> {
    run(crate::cargo().args(["build", "--quiet", "-p", "gongwen-cli"]))?;
    let exe = root().join("target").join("debug").join("gongwen");
    let out = Command::new(&exe)
        .arg("check")
        .arg("--format")
        .arg("json")
        .args(texts)
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

/// The figures over all files of one set.
#[derive(Debug, Default)]
struct Tally {
    scores: BTreeMap<String, Score>,
    misses: Vec<String>,
    ok_total: usize,
    ok_flagged: Vec<String>,
    segments: Vec<String>,
    /// Leave out section labels that blame the archive's cut (dev set).
    skip_cut_sections: bool,
    skipped: usize,
}

impl Tally {
    /// Checks `texts` with the CLI and scores each against its labels;
    /// `strict`: a finding must overlap the label's snippet.
    fn score(&mut self, texts: &[PathBuf], strict: bool) -> Result {
        let parsed = run_cli(texts)?;
        for file in &parsed.files {
            self.file(file, strict)?;
        }
        Ok(())
    }

    fn file(&mut self, file: &CliFile, strict: bool) -> Result {
        let stem = file.path.strip_suffix(".txt").unwrap_or(&file.path);
        let name = file_name(stem);
        let mut truth: Vec<Label> = read_json(&format!("{stem}.truth.json"))?;
        if self.skip_cut_sections {
            let before = truth.len();
            truth.retain(|l| !(l.kind == "section" && l.why.contains("storage cut")));
            self.skipped += before - truth.len();
        }
        let ok: Vec<Label> = read_json(&format!("{stem}.consistent.json")).unwrap_or_default();
        let text = std::fs::read_to_string(&file.path).unwrap_or_default();
        let lines: Vec<&str> = text.split('\n').collect();
        self.segments(file, &truth, &name);
        self.truth(file, &truth, &lines, strict, &name);
        self.unlabelled(file, &truth, &name);
        self.consistent(file, &truth, &ok, &lines, strict, &name);
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

    /// Each labelled defect: found when a finding of its kind marks part of
    /// its line (a break across lines marks the start of the next), or
    /// shows its snippet as a related place (the threshold of a figure
    /// stated elsewhere), or shows and fixes another occurrence over it;
    /// `strict`, only over its snippet.
    fn truth(&mut self, file: &CliFile, truth: &[Label], lines: &[&str], strict: bool, name: &str) {
        for label in truth.iter().filter(|l| l.kind != "segments") {
            let span = snippet_span(lines, label);
            let hit = file.findings.iter().any(|f| {
                kind_of(&f.category) == label.kind
                    && (label.line == 0
                        || if strict {
                            span.is_some_and(|(from, to)| f.touches(label.line, from, to))
                        } else {
                            f.marks(label.line, 1, usize::MAX)
                                || span.is_some_and(|(from, to)| {
                                    f.fixes_over(label.line, from, to)
                                        || f.touches(label.line, from, to)
                                })
                        })
            });
            let s = self.scores.entry(label.kind.clone()).or_default();
            let soft = label.severity.as_deref() == Some("soft");
            s.truth += 1;
            s.found += usize::from(hit);
            if !soft {
                s.hard_truth += 1;
                s.hard_found += usize::from(hit);
            }
            if !hit {
                self.misses.push(format!(
                    "  {name}:{} {} «{}»{} — {}",
                    label.line,
                    label.kind,
                    label.snippet,
                    if soft { " (soft)" } else { "" },
                    label.why
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
    fn consistent(
        &mut self,
        file: &CliFile,
        truth: &[Label],
        ok: &[Label],
        lines: &[&str],
        strict: bool,
        name: &str,
    ) {
        for entry in ok {
            self.ok_total += 1;
            let true_number_here = truth
                .iter()
                .any(|l| l.kind == "number" && l.line == entry.line);
            let span = snippet_span(lines, entry);
            // A finding of a labelled defect may point at a figure of a
            // relation that holds as the other side of its arithmetic: it is
            // a false alarm there only when it marks that figure itself.
            let of_a_defect = |f: &CliFinding| {
                truth.iter().any(|l| {
                    l.kind == "number"
                        && snippet_span(lines, l).is_some_and(|(a, b)| f.touches(l.line, a, b))
                })
            };
            let flagged = file.findings.iter().any(|f| {
                let overlaps = span.is_none_or(|(from, to)| {
                    if of_a_defect(f) {
                        f.marks(entry.line, from, to)
                    } else {
                        f.touches(entry.line, from, to)
                    }
                });
                f.category == "number"
                    && (f.line == entry.line || strict)
                    && (!(true_number_here || strict) || overlaps)
            });
            if flagged {
                self.ok_flagged
                    .push(format!("  {name}:{} «{}»", entry.line, entry.snippet));
            }
        }
    }

    /// Found and labelled defects over every kind.
    fn overall(&self) -> (usize, usize) {
        self.scores
            .values()
            .fold((0, 0), |(f, t), s| (f + s.found, t + s.truth))
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
        if std::env::var_os("CORPUS_LEADS").is_some() {
            for (kind, s) in &self.scores {
                for (file, line, snippet) in &s.unlabelled {
                    println!("  unlabelled {kind}: {file}:{line} «{snippet}»");
                }
            }
        }
        if std::env::var_os("CORPUS_MISSES").is_some() {
            println!("misses:");
            for m in &self.misses {
                println!("{m}");
            }
        }
    }

    /// The bar the issues set for the seeds.
    fn seed_gate(&self) -> Vec<String> {
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
        failures
    }
}

/// Where a label's snippet stands on its line, in 1-based character
/// columns `[from, to)`.
fn snippet_span(lines: &[&str], label: &Label) -> Option<(usize, usize)> {
    let line = lines.get(label.line.checked_sub(1)?)?;
    let b = line.find(&label.snippet)?;
    let from = line[..b].chars().count() + 1;
    Some((from, from + label.snippet.chars().count()))
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
