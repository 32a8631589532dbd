//! Checks a 60 KB report a few times: `profile clean|dense|FILE [RUNS]
//! [--list]`. Run under callgrind (`cargo xtask bench --profile`) to see
//! where a check's instructions go, per model and per rule; `--list` prints
//! the findings (rule, range, message), so that a change made for speed can
//! be shown to leave them as they were.

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
    if args.iter().any(|a| a == "--list") {
        for f in gongwen::check(&text, &config).findings {
            println!("{} {:?} {}", f.rule, f.range, f.message);
        }
        return;
    }
    let mut findings = 0;
    for _ in 0..runs {
        findings += gongwen::check(std::hint::black_box(&text), &config)
            .findings
            .len();
    }
    println!("{findings}");
}
