//! `cargo xtask fuzz [SECONDS [TARGET...]]`: every fuzz target of
//! `crates/fuzz` (or the ones named) for SECONDS each (default 60), with libFuzzer through cargo-fuzz. Installs
//! the nightly toolchain and cargo-fuzz when missing. Each target starts
//! from a corpus of the project's own fixtures (and the committed seeds in
//! `crates/fuzz/seeds/`) and keeps what it finds in
//! `target/fuzz-corpus/TARGET`; a crash stops the run with the input saved
//! in `crates/fuzz/artifacts/TARGET/` (turn it into a regression test).

use crate::{root, run, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Targets and the largest input each is given (bytes).
const TARGETS: &[(&str, usize)] = &[
    ("check", 8_192),
    ("numbers", 4_096),
    ("outline", 4_096),
    ("decode", 4_096),
    ("docx", 65_536),
    ("fixes", 4_096),
    ("config", 4_096),
];

pub fn fuzz(seconds: u64, only: &[String]) -> Result {
    ensure_tools()?;
    let mut counts = Vec::new();
    let chosen = TARGETS
        .iter()
        .filter(|(t, _)| only.is_empty() || only.iter().any(|o| o == t));
    for &(target, max_len) in chosen {
        let corpus = seed(target)?;
        let out = Command::new("cargo")
            .current_dir(root())
            .args([
                "+nightly",
                "fuzz",
                "run",
                "--fuzz-dir",
                "crates/fuzz",
                target,
            ])
            .arg(&corpus)
            .args([
                "--",
                &format!("-max_total_time={seconds}"),
                &format!("-max_len={max_len}"),
                "-print_final_stats=1",
                // A hang is a defect: anything slower than this per input.
                "-timeout=10",
                "-rss_limit_mb=2048",
            ])
            .output()
            .map_err(|e| format!("cargo fuzz: {e}"))?;
        let log = String::from_utf8_lossy(&out.stderr);
        let runs = log
            .lines()
            .find_map(|l| l.strip_prefix("stat::number_of_executed_units:"))
            .and_then(|n| n.trim().parse::<u64>().ok())
            .unwrap_or(0);
        eprintln!("xtask: fuzz {target}: {runs} executions in {seconds} s");
        if !out.status.success() {
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            return Err(format!(
                "fuzz target {target} failed; the input is in crates/fuzz/artifacts/{target}/\n{}",
                tail.join("\n")
            ));
        }
        counts.push((target, runs));
    }
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    println!("| target | executions without a crash ({seconds} s) |");
    println!("|---|---|");
    for (target, runs) in &counts {
        println!("| {target} | {runs} |");
    }
    println!("| all | {total} |");
    Ok(())
}

fn ensure_tools() -> Result {
    let nightly = Command::new("rustup")
        .args(["run", "nightly", "rustc", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !nightly {
        run(Command::new("rustup").args([
            "toolchain",
            "install",
            "nightly",
            "--profile",
            "minimal",
        ]))?;
    }
    let cargo_fuzz = Command::new("cargo")
        .args(["+nightly", "fuzz", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !cargo_fuzz {
        run(Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]))?;
    }
    Ok(())
}

/// The target's working corpus, seeded with the project's own texts.
fn seed(target: &str) -> Result<PathBuf> {
    let corpus = root().join("target").join("fuzz-corpus").join(target);
    std::fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
    let mut seeds: Vec<PathBuf> = Vec::new();
    let committed = root().join("crates/fuzz/seeds").join(target);
    match target {
        "docx" | "config" => seeds.extend(files(&committed)),
        _ => {
            seeds.extend(files(&root().join("crates/gongwen/tests/fixtures")));
            seeds.push(root().join("static/demo.txt"));
        }
    }
    for path in seeds {
        if let (Some(name), Ok(bytes)) = (path.file_name(), std::fs::read(&path)) {
            std::fs::write(corpus.join(name), bytes).map_err(|e| e.to_string())?;
        }
    }
    if target == "check" {
        // Last year's report, a form feed, this year's: the check beside it.
        let pair = root().join("crates/gongwen/tests/fixtures/previous");
        if let (Ok(last), Ok(this)) = (
            std::fs::read(pair.join("2023.txt")),
            std::fs::read(pair.join("2024.txt")),
        ) {
            let joined = [last, b"\x0c".to_vec(), this].concat();
            std::fs::write(corpus.join("previous_pair.txt"), joined).map_err(|e| e.to_string())?;
        }
    }
    Ok(corpus)
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    out
}
