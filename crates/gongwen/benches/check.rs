//! How long `check` takes: on a long report, and on the shapes of input that
//! used to take quadratic time, each at 100 KB and 1 MB (their ratio must
//! stay ≤ 12: linear time with room for noise). Figures go in BENCHMARKS.md.

mod shapes;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use shapes::{fill, SHAPES};
use std::hint::black_box;
use std::time::Duration;

fn bench_report(c: &mut Criterion) {
    let text = shapes::dense_report();
    let config = gongwen::Config::default();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("report_60kb", |b| {
        b.iter(|| gongwen::check(black_box(&text), &config))
    });
    // A filled-in report with few defects: the common case.
    let clean = shapes::clean_report();
    group.bench_function("clean_60kb", |b| {
        b.iter(|| gongwen::check(black_box(&clean), &config))
    });
    // The same report beside last year's (the fixture pair's year moved
    // back, so that much of it reads as copied): the cost of 上年对照.
    let last = clean.replace("2024", "2023").replace("2025", "2024");
    group.bench_function("clean_60kb_with_previous_60kb", |b| {
        b.iter(|| gongwen::check_with_previous(black_box(&clean), Some(&last), &config))
    });
    // As the app checks while typing: last year's report read once.
    let model = gongwen::previous::Model::new(&last);
    group.bench_function("clean_60kb_beside_read_previous_60kb", |b| {
        b.iter(|| gongwen::check_beside(black_box(&clean), Some(&model), &config))
    });
    let marks = gongwen::text::Marks::new(&text);
    let placeholders = gongwen::placeholder::Model::new(&text, &marks);
    group.bench_function("number_model_60kb", |b| {
        b.iter(|| gongwen::number::Model::new(black_box(&text), &marks, &placeholders))
    });
    // The floor: one pass that only decodes the text, counting characters
    // and line breaks. Whole check ÷ floor says how much work per character.
    group.bench_function("floor_60kb", |b| {
        b.iter(|| {
            black_box(&clean)
                .chars()
                .fold((0usize, 0usize), |(n, l), c| {
                    (n + 1, l + usize::from(c == '\n'))
                })
        })
    });
    group.finish();
}

fn bench_shapes(c: &mut Criterion) {
    let config = gongwen::Config::default();
    let mut group = c.benchmark_group("shapes");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(2));
    group.warm_up_time(Duration::from_millis(500));
    for (name, part) in SHAPES {
        for (label, size) in [("100KB", 100_000), ("1MB", 1_000_000)] {
            let text = fill(part, size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(*name, label), &text, |b, text| {
                b.iter(|| gongwen::check(black_box(text), &config))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench_report, bench_shapes);
criterion_main!(benches);
