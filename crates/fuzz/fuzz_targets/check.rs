//! The whole check on any text: no panic, every range inside the text, on
//! character boundaries and in order; the JSON's character offsets agree
//! with the byte ranges. An input with a form feed is last year's report
//! before it and this year's after: checked beside it, every place found
//! in last year's report lies inside that text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let (previous, text) = match input.split_once('\x0c') {
        Some((last, this)) => (Some(last), this),
        None => (None, &*input),
    };
    let report = gongwen::check_with_previous(text, previous, &gongwen::Config::default());
    for item in &report.plan_followup {
        let last = previous.unwrap_or_default();
        assert!(item.previous.end <= last.len() && last.is_char_boundary(item.previous.start));
        if let Some(r) = &item.mentioned {
            assert!(r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }
    let mut last = 0;
    for f in &report.findings {
        assert!(f.range.start <= f.range.end && f.range.end <= text.len());
        assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
        assert!(f.range.start >= last, "findings in order");
        last = f.range.start;
        for r in &f.related {
            let within = if r.previous { previous.unwrap_or_default() } else { text };
            assert!(r.range.end <= within.len());
            assert!(within.is_char_boundary(r.range.start) && within.is_char_boundary(r.range.end));
        }
    }
    let doc = gongwen_json::Document::with_previous(text, previous, &report);
    for (f, j) in report.findings.iter().zip(&doc.findings) {
        assert_eq!(j.start, text[..f.range.start].chars().count());
        assert_eq!(j.end, text[..f.range.end].chars().count());
    }
    let index = gongwen::LineIndex::new(text);
    if let Some(f) = report.findings.first() {
        let utf16 = text[..f.range.start].encode_utf16().count();
        assert_eq!(index.utf16_offset(text, f.range.start), utf16);
    }
});
