//! Checks a 60 KB report a few times: `profile clean|dense|FILE [RUNS]`. Run
//! under callgrind (`cargo xtask bench --profile`) to see where a check's
//! instructions go, per model and per rule.

// The bench inputs; this example uses only the 60 KB reports.
#[allow(dead_code)]
#[path = "../benches/shapes.rs"]
mod shapes;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runs: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(10);
    let text = match args.first().map(String::as_str) {
        Some("dense") => shapes::dense_report(),
        Some("clean") | None => shapes::clean_report(),
        Some(path) => std::fs::read_to_string(path).expect("a UTF-8 text file"),
    };
    let config = gongwen::Config::default();
    let mut findings = 0;
    for _ in 0..runs {
        findings += gongwen::check(std::hint::black_box(&text), &config)
            .findings
            .len();
    }
    println!("{findings}");
}
