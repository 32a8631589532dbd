//! Folding traditional characters to simplified ones, in a copy of the text
//! of the same byte length.
//!
//! Every table of the engine is written once, in simplified characters. The
//! models and rules read the folded copy; messages quote the original. Since
//! every pair in the table has the same UTF-8 length, a byte range of the
//! copy is the same range of the original (asserted below and tested over
//! the whole table).

use std::borrow::Cow;
use std::sync::OnceLock;

/// The pairs, generated from OpenCC's data by `cargo xtask fold-table`.
const TABLE: &str = include_str!("traditional.txt");

/// Characters of the Basic Multilingual Plane are looked up in a flat
/// array (128 KiB, built on first use); the few pairs beyond it (CJK
/// extension B and later) by binary search.
const BMP: usize = 0x1_0000;

#[derive(Debug)]
struct Table {
    flat: Vec<u16>,
    astral: Vec<(char, char)>,
}

fn table() -> &'static Table {
    static FOLD: OnceLock<Table> = OnceLock::new();
    FOLD.get_or_init(|| {
        let mut flat = vec![0u16; BMP];
        let mut astral = Vec::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut chars = line.chars();
            if let (Some(t), Some(s)) = (chars.next(), chars.next()) {
                match (u16::try_from(t as u32), u16::try_from(s as u32)) {
                    (Ok(_), Ok(s)) => flat[t as usize] = s,
                    _ => astral.push((t, s)),
                }
            }
        }
        astral.sort_unstable();
        Table { flat, astral }
    })
}

/// The simplified form of `c` (itself if it has none or is simplified).
pub fn fold_char(c: char) -> char {
    fold_in(table(), c)
}

fn fold_in(table: &Table, c: char) -> char {
    // ASCII and the two-byte scripts hold no traditional characters: skip
    // the table for them.
    if (c as u32) < 0x2E80 {
        return c;
    }
    match table.flat.get(c as usize) {
        Some(&s) if s != 0 => char::from_u32(u32::from(s)).unwrap_or(c),
        Some(_) => c,
        None => table
            .astral
            .binary_search_by_key(&c, |&(t, _)| t)
            .map_or(c, |i| table.astral[i].1),
    }
}

/// `text` with every traditional character replaced by its simplified form,
/// borrowed when there is nothing to fold. The result has exactly the byte
/// length of `text`, character by character.
pub fn fold(text: &str) -> Cow<'_, str> {
    let table = table();
    // Built at the first character to fold: the text before it copied,
    // then each run of unchanged text and each folded character pushed
    // (a string built of whole characters needs no UTF-8 check after).
    let mut out: Option<String> = None;
    let mut copied = 0;
    for (at, c) in text.char_indices() {
        let s = fold_in(table, c);
        if s != c {
            assert_eq!(s.len_utf8(), c.len_utf8(), "folding must keep byte offsets");
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(&text[copied..at]);
            out.push(s);
            copied = at + c.len_utf8();
        }
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut out) => {
            out.push_str(&text[copied..]);
            Cow::Owned(out)
        }
    }
}

/// `simplified` written in the script of `original`, the text it replaces:
/// unchanged when `original` is simplified, else each character that has
/// exactly one traditional form in the table takes it (a character with
/// several, such as 发 for 發 and 髮, stays simplified). For fixes, so that
/// a traditional draft gets traditional corrections.
pub fn unfold_like(simplified: &str, original: &str) -> String {
    if !original.chars().any(|c| fold_char(c) != c) {
        return simplified.to_owned();
    }
    static UNFOLD: OnceLock<std::collections::HashMap<char, Option<char>>> = OnceLock::new();
    let unfold = UNFOLD.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut chars = line.chars();
            if let (Some(t), Some(s)) = (chars.next(), chars.next()) {
                map.entry(s)
                    .and_modify(|only: &mut Option<char>| *only = None)
                    .or_insert(Some(t));
            }
        }
        map
    });
    simplified
        .chars()
        .map(|c| unfold.get(&c).copied().flatten().unwrap_or(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfolds_in_the_script_of_the_original() {
        assert_eq!(unfold_like("部署", "布署"), "部署");
        assert_eq!(unfold_like("再接再厉", "再接再勵"), "再接再厲");
        // 发 has two traditional forms: it stays as it is.
        assert_eq!(unfold_like("发挥", "發輝"), "发揮");
    }

    #[test]
    fn folds_traditional_to_simplified_in_place() {
        assert_eq!(
            fold("二〇二三年工作總結及明年計劃"),
            "二〇二三年工作总结及明年计划"
        );
        assert_eq!(fold("於、後、隻、萬億元、戶"), "于、后、只、万亿元、户");
        assert!(matches!(fold("全县工作总结 xx家"), Cow::Borrowed(_)));
    }

    #[test]
    fn leaves_characters_that_are_also_simplified_alone() {
        // OpenCC lists these as their own first reading: 覆盖, 了解 (瞭解).
        assert_eq!(fold("覆盖、瞭望、藉口"), "覆盖、瞭望、藉口");
    }

    #[test]
    fn every_pair_keeps_its_length_and_folds_once() {
        let mut pairs = 0;
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let chars: Vec<char> = line.chars().collect();
            assert_eq!(chars.len(), 2, "{line}");
            let (t, s) = (chars[0], chars[1]);
            assert_eq!(t.len_utf8(), s.len_utf8(), "{line}");
            assert_eq!(fold_char(t), s, "{line}");
            // Folding is idempotent: a simplified form folds to itself.
            assert_eq!(fold_char(s), s, "{line}");
            pairs += 1;
        }
        assert!(pairs > 3000, "{pairs}");
    }
}
