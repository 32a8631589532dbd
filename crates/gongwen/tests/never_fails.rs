//! Checking never fails: any text, however garbled, yields findings whose
//! ranges lie on character boundaries, sorted, with non-empty snippets.

use gongwen::{check, Config};
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_text_checks_cleanly(text in "[xX*＊×某○□_＿（）()【】\\[\\] 　待补充定TODO0-9.．%％\\-—+年月日家县第位𠀀ｘù一二三是、，。；亿元万总结计划问题分别其中共增长率\r\n]{0,400}") {
        let report = check(&text, &Config::default());
        let mut last = 0;
        for f in &report.findings {
            prop_assert!(f.range.start < f.range.end && f.range.end <= text.len());
            prop_assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
            prop_assert!(f.range.start >= last);
            prop_assert!(!f.message.is_empty());
            last = f.range.start;
        }
    }
}
