//! `cargo xtask scaling`: proof that checking takes linear time. Each shape
//! of `crates/gongwen/benches/shapes.rs` is checked at 100 KB and at 1 MB
//! under `valgrind --tool=callgrind`, which counts instructions: the count
//! is repeatable on a shared machine where wall-clock time is not. A
//! linear check runs about 10× the instructions on 10× the text; the
//! command fails if any shape needs more than 12×. The CLI in every format
//! and the app's edge (highlight pieces, UTF-16 offsets) on a megabyte on
//! one line are counted the same way.

use crate::{cargo, root, run, Result};
use std::process::Command;

/// The largest allowed 1 MB ÷ 100 KB ratio.
const MAX_RATIO: f64 = 12.0;
const SIZES: [usize; 2] = [100_000, 1_000_000];

pub fn scaling() -> Result {
    if Command::new("valgrind").arg("--version").output().is_err() {
        return Err("valgrind is needed: apt-get install valgrind".into());
    }
    run(cargo().args(["build", "--release", "-p", "gongwen", "--example", "shape"]))?;
    let exe = root().join("target/release/examples/shape");
    let names = shape_names()?;
    let mut worst = 0.0f64;
    println!(
        "{:<22} {:>16} {:>16} {:>7}",
        "shape", "100 KB (Ir)", "1 MB (Ir)", "ratio"
    );
    for name in &names {
        let [small, large] = SIZES.map(|size| instructions(&exe, name, size));
        let (small, large) = (small?, large?);
        let ratio = large as f64 / small as f64;
        worst = worst.max(ratio);
        println!("{name:<22} {small:>16} {large:>16} {ratio:>7.2}");
    }
    // The CLI end to end: line and column, the quoted text and every
    // output format for each finding of a megabyte on one line.
    run(cargo().args(["build", "--release", "-p", "gongwen-cli"]))?;
    let cli = root().join("target/release/gongwen");
    let files = SIZES.map(one_line_file);
    for format in ["human", "json", "csv"] {
        let [small, large] = [0, 1].map(|k| {
            let path = files[k].as_ref().map_err(Clone::clone)?;
            let path = path.display().to_string();
            count(
                &format!("cli-{format}-{}", SIZES[k]),
                &cli,
                &["check", "--format", format, &path],
            )
        });
        let (small, large) = (small?, large?);
        let ratio = large as f64 / small as f64;
        worst = worst.max(ratio);
        let name = format!("cli {format}");
        println!("{name:<22} {small:>16} {large:>16} {ratio:>7.2}");
    }
    // The app's edge: the highlight layer's pieces and blocks, an edit
    // followed, the UTF-16 offsets of every finding (`examples/edge.rs`).
    run(cargo().args([
        "build",
        "--release",
        "-p",
        "gongwen-web",
        "--example",
        "edge",
    ]))?;
    let edge = root().join("target/release/examples/edge");
    let [small, large] =
        SIZES.map(|size| count(&format!("edge-{size}"), &edge, &[&size.to_string()]));
    let (small, large) = (small?, large?);
    let ratio = large as f64 / small as f64;
    worst = worst.max(ratio);
    println!("{:<22} {small:>16} {large:>16} {ratio:>7.2}", "app edge");
    if worst > MAX_RATIO {
        return Err(format!(
            "a shape scales worse than linear: {worst:.2}× > {MAX_RATIO}×"
        ));
    }
    println!("scaling: every shape within {MAX_RATIO}× (worst {worst:.2}×)");
    Ok(())
}

/// The shape names, from the example's own usage message.
fn shape_names() -> Result<Vec<String>> {
    let exe = root().join("target/release/examples/shape");
    let out = Command::new(&exe)
        .output()
        .map_err(|e| format!("{}: {e}", exe.display()))?;
    let usage = String::from_utf8_lossy(&out.stderr);
    let list = usage
        .split("names: ")
        .nth(1)
        .and_then(|s| s.strip_suffix(")\n").or_else(|| s.strip_suffix(')')))
        .ok_or_else(|| format!("unexpected usage message: {usage}"))?;
    Ok(list.split(", ").map(str::to_owned).collect())
}

/// A text of `size` bytes on one line, full of figures and findings (a
/// PDF's pages pasted as one line), in a temporary file.
fn one_line_file(size: usize) -> std::result::Result<std::path::PathBuf, String> {
    const SENTENCE: &str = "全县规上工业企业共计100家，其中新增10家、退出5家。";
    let text = SENTENCE.repeat(size / SENTENCE.len());
    let path = std::env::temp_dir().join(format!("gongwen-scaling-one-line-{size}.txt"));
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// Instructions of one run of the example, as callgrind counts them.
fn instructions(exe: &std::path::Path, name: &str, size: usize) -> Result<u64> {
    count(&format!("{name}-{size}"), exe, &[name, &size.to_string()])
}

/// Instructions of one run of `exe` with `args`, as callgrind counts them.
/// The program's own exit code is not asked: the CLI exits with 1 when it
/// finds defects.
fn count(name: &str, exe: &std::path::Path, args: &[&str]) -> Result<u64> {
    let out_file = std::env::temp_dir().join(format!("gongwen-callgrind-{name}.out"));
    let _ = std::fs::remove_file(&out_file);
    let out = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out_file.display()))
        .arg(exe)
        .args(args)
        .stdout(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("valgrind: {e}"))?;
    if !out_file.exists() {
        return Err(format!(
            "valgrind failed on {name}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let data =
        std::fs::read_to_string(&out_file).map_err(|e| format!("{}: {e}", out_file.display()))?;
    let _ = std::fs::remove_file(&out_file);
    data.lines()
        .find_map(|l| {
            l.strip_prefix("totals: ")
                .or_else(|| l.strip_prefix("summary: "))
        })
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| format!("no instruction total in {}", out_file.display()))
}
