//! The offsets at the edges agree with the engine's byte ranges on any
//! text, astral characters, combining marks, zero-width characters and
//! `\r\n` included: the JSON's characters (CLI, JS module) and the DOM's
//! UTF-16 units (the app's highlights). And a check is deterministic.

use gongwen::{check, Config, LineIndex};
use proptest::prelude::*;

/// Pieces of drafts with the characters that make offsets differ.
const PIECES: &[&str] = &[
    "全年新增企业xx家，",
    "同比增长12.5%。",
    "完成完成",
    "一、工作总结\n",
    "\r\n",
    "\r",
    "𠀀𠀁",
    "👍",
    "e\u{301}",
    "\u{200b}",
    "\u{feff}",
    "，，",
    "發(fā)展",
    "ＸＸ家",
    "　",
];

fn draft() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..30).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn json_and_dom_offsets_agree_with_byte_ranges(text in draft()) {
        let report = check(&text, &Config::default());
        let doc = gongwen_json::Document::new(&text, &report);
        let index = LineIndex::new(&text);
        prop_assert_eq!(doc.findings.len(), report.findings.len());
        for (f, j) in report.findings.iter().zip(&doc.findings) {
            prop_assert_eq!(j.start, text[..f.range.start].chars().count());
            prop_assert_eq!(j.end, text[..f.range.end].chars().count());
            prop_assert_eq!(
                index.utf16_offset(&text, f.range.start),
                text[..f.range.start].encode_utf16().count()
            );
            prop_assert_eq!(
                index.utf16_offset(&text, f.range.end),
                text[..f.range.end].encode_utf16().count()
            );
            // And back: the DOM's offset leads to the same byte.
            let utf16 = text[..f.range.start].encode_utf16().count();
            prop_assert_eq!(index.byte_of_utf16(&text, utf16), f.range.start);
        }
        prop_assert_eq!(doc.chars, text.chars().count());
    }

    #[test]
    fn a_check_is_deterministic(text in draft()) {
        let a = serde_json::to_string(&gongwen_json::Document::new(&text, &check(&text, &Config::default())));
        let b = serde_json::to_string(&gongwen_json::Document::new(&text, &check(&text, &Config::default())));
        prop_assert_eq!(a.ok(), b.ok());
    }
}
