//! Positions in a string, by characters: the bottom of the engine, which
//! every model and rule may use and which uses nothing of the engine.

/// The last `n` characters of `s` (all of `s` if it is shorter), as a
/// slice: the words right before a position, without allocating.
pub fn last_chars(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if n == 0 {
        &s[s.len()..]
    } else {
        &s[start..]
    }
}

/// The first `n` characters of `s` (all of `s` if it is shorter).
pub fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// `at` (clamped to the text) moved back to a character boundary.
pub fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `at` (clamped to the text) moved on to a character boundary.
pub fn ceil_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The character before byte offset `at`, if any.
pub fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

/// The character at byte offset `at`, if any.
pub fn char_at(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// A Chinese numeral: 零〇一二两三四五六七八九十拾百佰千仟万亿 (what
/// `text::Marks` keeps of the Han letters, and what figures in Chinese are
/// read from).
pub fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '拾'
            | '百'
            | '佰'
            | '千'
            | '仟'
            | '万'
            | '亿'
    )
}
