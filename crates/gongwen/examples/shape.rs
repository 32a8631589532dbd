//! Checks one pathological shape once: `shape NAME BYTES`. Run under
//! callgrind by `cargo xtask scaling` to count the instructions a check
//! takes at two sizes.

// The bench inputs; this example uses only the shapes.
#[allow(dead_code)]
#[path = "../benches/shapes.rs"]
mod shapes;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(name), Some(size)) = (args.first(), args.get(1).and_then(|s| s.parse().ok())) else {
        eprintln!("usage: shape NAME BYTES (names: {})", names());
        return ExitCode::from(2);
    };
    let Some((_, part)) = shapes::SHAPES.iter().find(|(n, _)| n == name) else {
        eprintln!("unknown shape {name} (names: {})", names());
        return ExitCode::from(2);
    };
    let text = shapes::fill(part, size);
    let report = gongwen::check(&text, &gongwen::Config::default());
    println!("{}", report.findings.len());
    ExitCode::SUCCESS
}

fn names() -> String {
    shapes::SHAPES
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}
