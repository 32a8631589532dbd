//! Prints the number model's statements of one file, line by line:
//! `statements FILE [LINE]` — what a number rule reads (metric, period,
//! kind, growth) when a relation is missed or misread.

use gongwen::{lexicon, number, placeholder, text};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: statements FILE [LINE]");
        return ExitCode::from(2);
    };
    let only: Option<usize> = args.get(1).and_then(|l| l.parse().ok());
    let Ok(raw) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {path}");
        return ExitCode::from(2);
    };
    let folded = lexicon::fold::fold(&raw);
    let marks = text::Marks::new(&folded);
    let placeholders = placeholder::Model::new(&folded, &marks);
    let m = number::Model::new(&folded, &marks, &placeholders);
    for s in &m.statements {
        let q = &m.quantities[s.quantity];
        let line = folded[..q.range.start].matches('\n').count() + 1;
        if only.is_some_and(|l| l != line) {
            continue;
        }
        println!(
            "{line}: «{}» metric «{}» period {:?} kind {:?} growth {:?}",
            &folded[q.range.clone()],
            &folded[s.metric.clone()],
            s.period,
            s.kind,
            s.growth
                .map(|g| &folded[m.quantities[g.quantity].range.clone()]),
        );
    }
    ExitCode::SUCCESS
}
