//! The app's edge at one size, for `cargo xtask scaling`: `edge BYTES`
//! checks a one-line text of that size (a PDF pasted whole), cuts it into
//! the highlight layer's pieces and blocks, follows an edit at its middle
//! with the last check's marks (`highlight::Shift`), and converts every
//! finding's place to the textarea's UTF-16 offsets and back, as the page
//! does. Counted under callgrind at two sizes: the page's own work must
//! grow linearly with the draft, as the engine's does.

// The layer code; this example uses the finding marks only.
#[allow(dead_code)]
#[path = "../src/highlight.rs"]
mod highlight;

use highlight::{blocks, pieces, Mark, Shift};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(size) = std::env::args()
        .nth(1)
        .and_then(|s| s.parse::<usize>().ok())
    else {
        eprintln!("usage: edge BYTES");
        return ExitCode::from(2);
    };
    const SENTENCE: &str = "全县规上工业企业共计100家，其中新增10家、退出5家。";
    let text = SENTENCE.repeat(size / SENTENCE.len());
    let report = gongwen::check(&text, &gongwen::Config::default());
    // A character typed in the middle while the check is pending.
    let middle = text.len() / 2 / SENTENCE.len() * SENTENCE.len();
    let edited = format!("{}字{}", &text[..middle], &text[middle..]);
    let shift = Shift::between(&text, &edited);
    let marks: Vec<_> = (report.findings.iter().enumerate())
        .filter_map(|(i, f)| Some((shift.map(&f.range)?, Mark::Finding(i))))
        .collect();
    let layer = blocks(&edited, pieces(&edited, &marks));
    let index = gongwen::LineIndex::new(&text);
    for f in &report.findings {
        let utf16 = index.utf16_offset(&text, f.range.start);
        if index.byte_of_utf16(&text, utf16) != f.range.start {
            eprintln!("UTF-16 round trip lost {:?}", f.range);
            return ExitCode::FAILURE;
        }
    }
    println!("{} findings, {} blocks", report.findings.len(), layer.len());
    ExitCode::SUCCESS
}
