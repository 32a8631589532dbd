//! The outline parser on any text: no panic, headings inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let outline = gongwen::outline::Outline::parse(&text);
    for h in &outline.headings {
        assert!(h.section.end <= text.len() && h.marker.end <= text.len());
        assert!(text.is_char_boundary(h.marker.start) && text.is_char_boundary(h.text.end));
    }
});
