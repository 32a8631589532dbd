//! `gongwen-peer FILE...`: for each text, the median time of 公文体检's whole
//! check and of autocorrect's `lint_for(text, "text")`, warm, in the same
//! process, alternating; then the same for all the texts joined to 1 MB,
//! the seeds joined to 1 MB and 10 MB (the linear-time check on real
//! reports), and the floor (a pass that only decodes the text). Prints a
//! Markdown table for BENCHMARKS.md; exits 1 when the check is not at least
//! `MIN_RATIO` times faster than autocorrect on every text.

use std::hint::black_box;
use std::time::Instant;

/// How much faster the whole check must be than autocorrect's lint on
/// every text, and over the texts' median (issue 25).
const MIN_RATIO: f64 = 1.0;
const MIN_MEDIAN: f64 = 4.0;
const RUNS: usize = 15;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Medians (ms) of `a` and `b`, timed alternately so that both see the same
/// machine.
fn pair(runs: usize, mut a: impl FnMut(), mut b: impl FnMut()) -> (f64, f64) {
    a();
    b();
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        a();
        ta.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        b();
        tb.push(t.elapsed().as_secs_f64() * 1e3);
    }
    (median(ta), median(tb))
}

fn ours(text: &str) {
    black_box(gongwen::check(black_box(text), &gongwen::Config::default()));
}

fn theirs(text: &str) {
    black_box(autocorrect::lint_for(black_box(text), "text"));
}

/// The text as autocorrect checks all of it: its text grammar reads a
/// paragraph indented by four spaces or a tab as a Markdown code block and
/// skips it, so a page whose paragraphs are indented (seed 003) is mostly
/// not checked at all. Leading blanks removed, every line is checked.
fn unindented(text: &str) -> String {
    text.split('\n')
        .map(|l| l.trim_start_matches([' ', '\t']))
        .collect::<Vec<_>>()
        .join("\n")
}

/// How many of the text's lines autocorrect reports, as given and
/// unindented: fewer as given means it skipped indented paragraphs.
fn skips(text: &str, flat: &str) -> bool {
    autocorrect::lint_for(text, "text").lines.len()
        < autocorrect::lint_for(flat, "text").lines.len()
}

fn floor(text: &str) {
    black_box(black_box(text).chars().fold((0usize, 0usize), |(n, l), c| {
        (n + 1, l + usize::from(c == '\n'))
    }));
}

fn joined(texts: &[(String, String)], size: usize) -> String {
    let mut out = String::with_capacity(size + 100_000);
    while out.len() < size {
        for (_, t) in texts {
            out.push_str(t);
            out.push('\n');
        }
    }
    out
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let mut texts: Vec<(String, String)> = Vec::new();
    for p in &paths {
        match std::fs::read_to_string(p) {
            Ok(t) => texts.push((p.rsplit('/').next().unwrap_or(p).to_owned(), t)),
            Err(e) => eprintln!("skipped {p}: {e}"),
        }
    }
    if texts.is_empty() {
        eprintln!("usage: gongwen-peer FILE...");
        std::process::exit(2);
    }
    println!(
        "| text | KB | 公文体检 check (ms) | autocorrect lint_for (ms) | autocorrect ÷ check |"
    );
    println!("|---|---|---|---|---|");
    let mut worst: Option<(f64, String)> = None;
    let mut ratios = Vec::new();
    for (name, text) in &texts {
        // Where autocorrect skips indented paragraphs, it is timed on the
        // text unindented too, and the ratio is of the same work: every
        // line checked.
        let flat = unindented(text);
        let skipped = skips(text, &flat);
        let (a, b) = pair(RUNS, || ours(text), || theirs(text));
        let (ratio, shown) = if skipped {
            let (a2, b2) = pair(RUNS, || ours(text), || theirs(&flat));
            let ratio = b2 / a2;
            (ratio, format!("{b:.3} as given (skips its indented paragraphs); {b2:.3} unindented (our check {a2:.3})"))
        } else {
            (b / a, format!("{b:.3}"))
        };
        ratios.push(ratio);
        println!(
            "| {name} | {:.1} | {a:.3} | {shown} | {ratio:.1} |",
            text.len() as f64 / 1e3
        );
        if worst.as_ref().is_none_or(|(r, _)| ratio < *r) {
            worst = Some((ratio, name.clone()));
        }
    }
    let mixed = joined(&texts, 1_000_000);
    let (a, b) = pair(5, || ours(&mixed), || theirs(&mixed));
    println!(
        "| all texts joined | {:.0} | {a:.1} | {b:.1} | {:.1} |",
        mixed.len() as f64 / 1e3,
        b / a
    );
    let (fl, _) = pair(RUNS, || floor(&mixed), || ());
    println!();
    println!(
        "Median ratio over {} texts: {:.1}×; lowest {:.1}× ({}). Whole check ÷ floor on the joined 1 MB: {a:.1} ms ÷ {fl:.3} ms = {:.0}×.",
        texts.len(),
        median(ratios.clone()),
        worst.as_ref().map_or(0.0, |w| w.0),
        worst.as_ref().map_or("", |w| w.1.as_str()),
        a / fl
    );
    let seeds: Vec<(String, String)> = texts
        .iter()
        .filter(|(n, _)| n.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .cloned()
        .collect();
    if !seeds.is_empty() {
        let one = joined(&seeds, 1_000_000);
        let ten = joined(&seeds, 10_000_000);
        let (t1, t10) = pair(3, || ours(&one), || ours(&ten));
        println!(
            "Seed reports joined: 1 MB {t1:.1} ms, 10 MB {t10:.1} ms, ratio {:.1} (≤ 12: linear).",
            t10 / t1
        );
        if t10 / t1 > 12.0 {
            std::process::exit(1);
        }
    }
    let mut missed = false;
    if let Some((r, name)) = worst {
        if r < MIN_RATIO {
            eprintln!(
                "the check is only {r:.1}× faster than autocorrect on {name} (needs {MIN_RATIO}×)"
            );
            missed = true;
        }
    }
    let middle = median(ratios);
    if middle < MIN_MEDIAN {
        eprintln!("the median ratio to autocorrect is {middle:.1}× (needs {MIN_MEDIAN}×)");
        missed = true;
    }
    if missed {
        std::process::exit(1);
    }
}
