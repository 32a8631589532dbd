//! The whole check on any text: no panic, every range inside the text, on
//! character boundaries and in order; the JSON's character offsets agree
//! with the byte ranges.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = gongwen::check(&text, &gongwen::Config::default());
    let mut last = 0;
    for f in &report.findings {
        assert!(f.range.start <= f.range.end && f.range.end <= text.len());
        assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
        assert!(f.range.start >= last, "findings in order");
        last = f.range.start;
        for r in &f.related {
            assert!(r.range.end <= text.len());
            assert!(text.is_char_boundary(r.range.start) && text.is_char_boundary(r.range.end));
        }
    }
    let doc = gongwen_json::Document::new(&text, &report);
    for (f, j) in report.findings.iter().zip(&doc.findings) {
        assert_eq!(j.start, text[..f.range.start].chars().count());
        assert_eq!(j.end, text[..f.range.end].chars().count());
    }
    let index = gongwen::LineIndex::new(&text);
    if let Some(f) = report.findings.first() {
        let utf16 = text[..f.range.start].encode_utf16().count();
        assert_eq!(index.utf16_offset(&text, f.range.start), utf16);
    }
});
