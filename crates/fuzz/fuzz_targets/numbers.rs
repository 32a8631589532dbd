//! The number parser and model on any text: no panic, every figure's range
//! inside the text and on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for q in gongwen::number::quantities(&text, &gongwen::text::Marks::new(&text)) {
        assert!(q.range.end <= text.len());
        assert!(text.is_char_boundary(q.range.start) && text.is_char_boundary(q.range.end));
    }
    let marks = gongwen::text::Marks::new(&text);
    let placeholders = gongwen::placeholder::Model::new(&text, &marks);
    let _ = gongwen::number::Model::new(&text, &marks, &placeholders);
});
