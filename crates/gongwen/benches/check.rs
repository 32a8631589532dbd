//! How long `check` takes on a long report. Figures go in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

/// `part` repeated to about 60 KB.
fn repeat(part: &str) -> String {
    let mut text = String::new();
    while text.len() < 60_000 {
        text.push_str(part);
        text.push('\n');
    }
    text
}

/// About 60 KB of drafts dense with defects: the fixtures and the demo
/// draft, repeated (a finding every ~100 bytes: the worst case).
fn report() -> String {
    let parts = [
        include_str!("../../../static/demo.txt"),
        include_str!("../tests/fixtures/numbers_summary.txt"),
        include_str!("../tests/fixtures/placeholder_forms.txt"),
        include_str!("../tests/fixtures/clean_report.txt"),
        include_str!("../tests/fixtures/template_paste.txt"),
        include_str!("../tests/fixtures/numbers_traditional.txt"),
    ];
    let mut text = String::new();
    while text.len() < 60_000 {
        for p in parts {
            text.push_str(p);
            text.push('\n');
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = report();
    let config = gongwen::Config::default();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("report_60kb", |b| {
        b.iter(|| gongwen::check(black_box(&text), &config))
    });
    // A filled-in report with few defects: the common case.
    let clean = repeat(include_str!("../tests/fixtures/clean_report.txt"));
    group.bench_function("clean_60kb", |b| {
        b.iter(|| gongwen::check(black_box(&clean), &config))
    });
    group.bench_function("number_model_60kb", |b| {
        b.iter(|| gongwen::number::Model::new(black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
