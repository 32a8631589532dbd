//! `cargo xtask bench`: every speed figure of BENCHMARKS.md in one run.
//!
//! 1. criterion (`crates/gongwen/benches/check.rs`): the whole check of the
//!    60 KB reports, the number model, the floor, and the pathological
//!    shapes at 100 KB and 1 MB;
//! 2. the peer (`xtask/peer`, built on demand, outside the workspace): the
//!    check beside autocorrect's library call on every text of the corpus,
//!    all of them joined to 1 MB, the floor, and the seeds joined to 1 MB
//!    and 10 MB;
//! 3. the command lines: `gongwen check` beside autocorrect's npm CLI
//!    (`autocorrect-node`, installed on demand) on the seed reports, whole
//!    processes timed;
//! 4. the browser (`tests/speed.rs`, release build): wasm ÷ native and the
//!    app's paste-to-highlights time.
//!
//! `cargo xtask bench --quick` skips criterion.

use crate::{cargo, root, run, tools, Result};
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

/// autocorrect-node's version on npm, beside the crate the peer links.
const AUTOCORRECT_NODE: &str = "2.14.0";

pub fn bench(quick: bool) -> Result {
    if !quick {
        run(cargo().args(["bench", "-p", "gongwen", "--bench", "check"]))?;
    }
    let texts = corpus_texts();
    let target = root().join("target").join("peer");
    run(cargo().args([
        "build",
        "--release",
        "--manifest-path",
        "xtask/peer/Cargo.toml",
        "--target-dir",
        &target.display().to_string(),
    ]))?;
    // The peer exits non-zero when a target is missed: report it, go on.
    let peer = run(Command::new(target.join("release").join("gongwen-peer")).args(&texts));
    command_lines(&texts)?;
    let env = tools::ensure_web_tools()?;
    tools::ensure_browser()?;
    crate::dist::dist(&env)?;
    run(cargo()
        .args([
            "test",
            "--release",
            "-p",
            "gongwen-web",
            "--test",
            "speed",
            "--",
            "--ignored",
            "--nocapture",
        ])
        .env("GONGWEN_DIST", root().join("dist")))?;
    peer
}

/// The corpus's texts (seeds, then the quiet reports), or the engine's
/// fixtures on a machine without the corpus.
fn corpus_texts() -> Vec<PathBuf> {
    let shared = root().join("..").join("shared").join("corpus");
    let mut out = Vec::new();
    for dir in [shared.join("seeds"), shared.join("quiet")] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        out.extend(files);
    }
    if out.is_empty() {
        let fixtures = root().join("crates/gongwen/tests/fixtures");
        out.extend(
            std::fs::read_dir(fixtures)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
        out.sort();
    }
    out
}

/// Whole processes, as a user runs them: `gongwen check` and autocorrect's
/// CLI (`--lint`) on each seed report, medians of 5.
fn command_lines(texts: &[PathBuf]) -> Result {
    run(cargo().args(["build", "--release", "-p", "gongwen-cli"]))?;
    let ours = root().join("target").join("release").join("gongwen");
    let theirs = tools::npm_tool("autocorrect-node", AUTOCORRECT_NODE, "autocorrect")?;
    let seeds: Vec<&PathBuf> = texts
        .iter()
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    if seeds.is_empty() {
        return Ok(());
    }
    let time = |cmd: &mut Command| -> f64 {
        let mut v: Vec<f64> = (0..5)
            .map(|_| {
                let t = Instant::now();
                let _ = cmd.output();
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        v.sort_by(f64::total_cmp);
        v[2]
    };
    println!("| seed report | gongwen check (ms) | autocorrect --lint (ms) |");
    println!("|---|---|---|");
    for p in &seeds {
        let a = time(
            Command::new(&ours)
                .args(["check", "--format", "json"])
                .arg(p),
        );
        let b = time(Command::new(&theirs).arg("--lint").arg(p));
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        println!("| {name} | {a:.1} | {b:.1} |");
    }
    let mut all = Command::new(&ours);
    all.args(["check", "--format", "json"]).args(&seeds);
    let mut all_theirs = Command::new(&theirs);
    all_theirs.arg("--lint").args(&seeds);
    println!(
        "| all {} at once | {:.1} | {:.1} |",
        seeds.len(),
        time(&mut all),
        time(&mut all_theirs)
    );
    Ok(())
}
