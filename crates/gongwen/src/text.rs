//! Character classes and offset conversion.
//!
//! Inside the engine every position is a byte offset into the checked text.
//! [`LineIndex`] is the one place that turns byte offsets into what the edges
//! need: 1-based line and column in characters (CLI, JSON), character offsets
//! (JSON) and UTF-16 offsets (the DOM's `selectionStart`).

pub use crate::chars::{ceil_boundary, char_at, char_before, floor_boundary, last_chars};

/// A CJK ideograph (the common blocks, including extension A and the
/// compatibility block), as opposed to punctuation, Latin letters or digits.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// Full-width and CJK punctuation (，。、；：“”（）【】《》…—).
pub fn is_cjk_punct(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}'
        | '\u{2010}'..='\u{2027}')
}

/// Letters and digits that make up a Latin "word", half- or full-width,
/// including accented letters such as pinyin tone marks (`xù`, `fā`), so that
/// pinyin and English words are never split into pieces.
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c,
            '\u{FF10}'..='\u{FF19}'
            | '\u{FF21}'..='\u{FF3A}'
            | '\u{FF41}'..='\u{FF5A}'
            | '\u{00C0}'..='\u{00D6}'
            | '\u{00D8}'..='\u{00F6}'
            | '\u{00F8}'..='\u{024F}')
}

/// Folds full-width ASCII letters and digits to half-width.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

/// Every character of a text that is not a Han letter — punctuation,
/// digits, Latin letters, spaces, line breaks, and the Chinese numerals
/// (一、十、万…) — with its byte offset, in order. Four in five characters
/// of a report are Han letters that most rules pass over: those rules walk
/// the marks instead of decoding the whole text again, each in its own
/// pass. Built once per check.
#[derive(Debug, Default)]
pub struct Marks {
    marks: Vec<(usize, char)>,
    /// Where each line starts, and the text's length after the last.
    line_starts: Vec<usize>,
    /// Whether any character lies beyond the basic plane (four bytes).
    astral: bool,
    /// The lines, sentences and groups, cut once from the marks.
    layout: crate::layout::Layout,
    /// Every year written as four digits and 年, in order: what
    /// [`years_within`] answers from, by a binary search.
    years: Vec<(u32, std::ops::Range<usize>)>,
}

impl Marks {
    pub fn new(text: &str) -> Self {
        // About one character in five is a mark; ASCII ones need no
        // decoding.
        let mut marks: Vec<(usize, char)> = Vec::with_capacity(text.len() / 12);
        let bytes = text.as_bytes();
        let mut astral = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                marks.push((i, char::from(b)));
                i += 1;
                continue;
            }
            // The common case, a Han letter of the basic block (U+4E00 to
            // U+9FFF: three bytes led by E4 to E9), read from its bytes.
            if (0xE4..=0xE9).contains(&b) && i + 2 < bytes.len() {
                let cp = (u32::from(b & 0x0F) << 12)
                    | (u32::from(bytes[i + 1] & 0x3F) << 6)
                    | u32::from(bytes[i + 2] & 0x3F);
                if cp >= 0x4E00 {
                    // A Han letter: a mark only as a numeral.
                    let numeral = char::from_u32(cp).filter(|&c| crate::chars::is_numeral(c));
                    if let Some(c) = numeral {
                        marks.push((i, c));
                    }
                    i += 3;
                    continue;
                }
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            astral |= c.len_utf8() == 4;
            if is_mark(c) {
                marks.push((i, c));
            }
            i += c.len_utf8();
        }
        let mut line_starts = vec![0];
        line_starts.extend(
            marks
                .iter()
                .filter(|&&(i, c)| c == '\n' && i + 1 < text.len())
                .map(|&(i, _)| i + 1),
        );
        line_starts.push(text.len());
        let layout = crate::layout::Layout::new(
            text,
            line_starts
                .windows(2)
                .map(|w| w[0]..w[1])
                .filter(|r| !r.is_empty()),
            &marks,
        );
        let years = years_among(text, marks.iter().copied());
        Marks {
            marks,
            line_starts,
            astral,
            layout,
            years,
        }
    }

    /// The marks of `region`: the text these marks were read from with the
    /// byte ranges `blanked` (in order, apart, on character boundaries,
    /// holding no line break) each replaced by as many spaces — found
    /// without reading the text again.
    pub fn blanked(&self, region: &str, blanked: &[std::ops::Range<usize>]) -> Self {
        let spaces: usize = blanked.iter().map(ExactSizeIterator::len).sum();
        let mut marks = Vec::with_capacity(self.marks.len() + spaces);
        let mut k = 0;
        for r in blanked {
            let before = self.marks[k..].partition_point(|&(i, _)| i < r.start);
            marks.extend_from_slice(&self.marks[k..k + before]);
            k += before;
            marks.extend(r.clone().map(|i| (i, ' ')));
            k += self.marks[k..].partition_point(|&(i, _)| i < r.end);
        }
        marks.extend_from_slice(&self.marks[k..]);
        let layout = crate::layout::Layout::new(
            region,
            self.line_starts
                .windows(2)
                .map(|w| w[0]..w[1])
                .filter(|r| !r.is_empty()),
            &marks,
        );
        let years = years_among(region, marks.iter().copied());
        Marks {
            marks,
            line_starts: self.line_starts.clone(),
            // (An astral character blanked leaves the flag set: it only
            // chooses the slower of two exact paths.)
            astral: self.astral,
            layout,
            years,
        }
    }

    /// The text's lines, sentences and groups.
    pub fn layout(&self) -> &crate::layout::Layout {
        &self.layout
    }

    /// All marks, in order.
    pub fn all(&self) -> &[(usize, char)] {
        &self.marks
    }

    /// The marks inside `range`, in order.
    pub fn within(&self, range: std::ops::Range<usize>) -> &[(usize, char)] {
        let from = self.marks.partition_point(|&(i, _)| i < range.start);
        let to = from + self.marks[from..].partition_point(|&(i, _)| i < range.end);
        &self.marks[from..to]
    }

    /// How many characters of `range` (of `text`, on character
    /// boundaries) are not marks, that is Han letters other than numerals,
    /// counted without decoding them: their bytes are those the marks leave,
    /// three each, four for the few beyond the basic plane.
    pub fn letters_within(&self, text: &str, range: std::ops::Range<usize>) -> usize {
        self.letters_among(text, range.clone(), self.within(range))
    }

    /// [`Marks::letters_within`] given the range's marks.
    fn letters_among(
        &self,
        text: &str,
        range: std::ops::Range<usize>,
        marks: &[(usize, char)],
    ) -> usize {
        let mark_bytes: usize = marks.iter().map(|&(_, c)| c.len_utf8()).sum();
        // Four-byte letters are rare: counted only in a text that has any.
        let wide = if self.astral {
            let wide_marks = marks.iter().filter(|&&(_, c)| c.len_utf8() == 4).count();
            text.as_bytes()[range.clone()]
                .iter()
                .map(|&b| usize::from(b >= 0xF0))
                .sum::<usize>()
                - wide_marks
        } else {
            0
        };
        (range.len() - mark_bytes - 4 * wide) / 3 + wide
    }

    /// How many Han letters `range` of `text` holds, numerals included,
    /// without decoding the others.
    pub fn han_within(&self, text: &str, range: std::ops::Range<usize>) -> usize {
        let marks = self.within(range.clone());
        let numerals = marks.iter().filter(|&&(_, c)| is_han(c)).count();
        self.letters_among(text, range, marks) + numerals
    }

    /// The line holding byte `at`, with its line break (as in `lines`).
    pub fn line_of(&self, at: usize) -> std::ops::Range<usize> {
        let k = self.line_starts.partition_point(|&s| s <= at).max(1);
        let end = self.line_starts.get(k).copied().unwrap_or(at);
        self.line_starts[k - 1]..end
    }

    /// The non-empty stretches of the text between the marks `splits`
    /// picks (those marks left out), in order: the runs of Han letters a
    /// rule reads, each found without decoding the text.
    pub fn segments<'a>(
        &'a self,
        splits: impl Fn(char) -> bool + 'a,
    ) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
        let len = self.line_starts.last().copied().unwrap_or(0);
        let mut start = 0;
        self.marks
            .iter()
            .filter(move |&&(_, c)| splits(c))
            .map(|&(i, c)| (i, c.len_utf8()))
            .chain([(len, 0)])
            .filter_map(move |(end, width)| {
                let segment = start..end;
                start = end + width;
                (!segment.is_empty()).then_some(segment)
            })
    }

    /// The byte ranges of the text's lines, each with its line break, as
    /// `split_inclusive('\n')` cuts them: the rules that go line by line
    /// share this one split.
    pub fn lines(&self) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        self.line_starts
            .windows(2)
            .map(|w| w[0]..w[1])
            .filter(|r| !r.is_empty())
    }
}

/// What [`Marks`] keeps: anything but a Han letter that is not a numeral.
fn is_mark(c: char) -> bool {
    !is_han(c) || crate::chars::is_numeral(c)
}

/// A maximal run of Latin letters and digits (half- or full-width, with `&`
/// inside, as in r&d).
#[derive(Debug)]
pub struct LatinRun {
    pub range: std::ops::Range<usize>,
    /// Every letter is lowercase.
    pub lowercase: bool,
    /// No digits: `5g` and `x2` are not masks.
    pub letters_only: bool,
    /// At least one letter: a run of digits alone is a figure, never an
    /// acronym or a mask.
    pub has_letters: bool,
}

impl LatinRun {
    /// The run in half-width letters.
    pub fn word(&self, text: &str) -> String {
        text[self.range.clone()].chars().map(fold_width).collect()
    }
}

/// The Latin runs of `text`, in order.
pub fn latin_runs(text: &str, marks: &Marks) -> Vec<LatinRun> {
    let mut runs = Vec::new();
    let mut current: Option<LatinRun> = None;
    for &(i, c) in marks.all() {
        // A Han letter between two marks ends the run.
        if current.as_ref().is_some_and(|run| run.range.end != i) {
            runs.extend(current.take());
        }
        let f = fold_width(c);
        let inner_amp = c == '&'
            && current.is_some()
            && char_at(text, i + 1).is_some_and(|n| fold_width(n).is_ascii_alphabetic());
        if f.is_ascii_alphanumeric() || inner_amp {
            let run = current.get_or_insert(LatinRun {
                range: i..i,
                lowercase: true,
                letters_only: true,
                has_letters: false,
            });
            run.range.end = i + c.len_utf8();
            run.lowercase &= !f.is_ascii_uppercase();
            run.letters_only &= !f.is_ascii_digit();
            run.has_letters |= f.is_ascii_alphabetic();
        } else if let Some(run) = current.take() {
            runs.push(run);
        }
    }
    runs.extend(current);
    runs
}

pub fn is_digit(c: char) -> bool {
    fold_width(c).is_ascii_digit()
}

/// What is written for 〇 in a year in Chinese numerals (二0二三年,
/// 二O二三年, 二○二三年, 二零二三年): wrong, but read as its zero.
pub fn is_false_zero(c: char) -> bool {
    matches!(c, '0' | '０' | 'O' | 'o' | 'Ｏ' | '○' | '零' | '◯')
}

/// Every four-digit year written in Chinese numerals before 年
/// (二〇二三年, or with a false zero: 二0二三年): the byte range of its
/// digits. It starts with 一 or 二 (1xxx, 2xxx), and no fifth digit stands
/// before it.
pub fn chinese_years(s: &str) -> Vec<std::ops::Range<usize>> {
    let is_year_digit = |c: char| "一二三四五六七八九〇".contains(c) || is_false_zero(c);
    s.match_indices('年')
        .filter_map(|(at, _)| {
            // Cheapest test first: most 年 follow an Arabic year or a word.
            if !s[..at].chars().next_back().is_some_and(is_year_digit) {
                return None;
            }
            let digits: Vec<(usize, char)> = s[..at].char_indices().rev().take(5).collect();
            let four = digits.get(..4)?;
            let ok = four.iter().all(|&(_, c)| is_year_digit(c))
                && matches!(four[3].1, '一' | '二')
                && !digits.get(4).is_some_and(|&(_, c)| is_year_digit(c));
            ok.then(|| four[3].0..at)
        })
        .collect()
}

/// Every four-digit year written before 年 (`2023年`, `２０２３年`): its
/// value and the byte range of the year with its 年.
pub fn years(s: &str) -> Vec<(u32, std::ops::Range<usize>)> {
    years_among(s, s.char_indices())
}

/// [`years`] inside `range` of the text `marks` were read from (byte
/// ranges in it): the years that start and end in `range`, found once for
/// the whole text.
pub fn years_within(
    marks: &Marks,
    range: std::ops::Range<usize>,
) -> &[(u32, std::ops::Range<usize>)] {
    let years = &marks.years;
    let from = years.partition_point(|(_, r)| r.start < range.start);
    let to = from + years[from..].partition_point(|(_, r)| r.start < range.end);
    // A year that runs past `range` (its 年 outside) is not in it; the
    // years are apart, so only the last may.
    let to = if years[from..to]
        .last()
        .is_some_and(|(_, r)| r.end > range.end)
    {
        to - 1
    } else {
        to
    };
    &years[from..to]
}

/// The years starting at the digits among `chars` (offsets into `s`).
fn years_among(
    s: &str,
    chars: impl Iterator<Item = (usize, char)>,
) -> Vec<(u32, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for (pos, c) in chars {
        if !is_digit(c) || char_before(s, pos).is_some_and(is_digit) {
            continue;
        }
        let mut year = 0;
        let mut len = 0;
        let mut count = 0;
        for c in s[pos..].chars().take_while(|c| is_digit(*c)).take(5) {
            year = year * 10 + fold_width(c).to_digit(10).unwrap_or(0);
            len += c.len_utf8();
            count += 1;
        }
        if count == 4 && s[pos + len..].starts_with('年') {
            out.push((year, pos..pos + len + '年'.len_utf8()));
        }
    }
    out
}

/// The year written as four digits and 年 that ends at byte `end`
/// (“2023年以来”, “2027年、2028年分别”): its value and where it starts.
pub fn year_ending_at(text: &str, end: usize) -> Option<(u32, usize)> {
    let head = text.get(..end)?.strip_suffix('年')?;
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (digits == 4).then_some(())?;
    let start = head.len() - 4;
    Some((head[start..].parse().ok()?, start))
}

/// The number written in the (half- or full-width) digits at the start of
/// `s`, at most four of them, and their length in bytes.
pub fn leading_number(s: &str) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut len = 0;
    for c in s.chars().take_while(|c| is_digit(*c)).take(4) {
        value = value * 10 + fold_width(c).to_digit(10)?;
        len += c.len_utf8();
    }
    (len > 0).then_some((value, len))
}

/// Converts byte offsets of one text to lines, columns, character and UTF-16
/// offsets. Lines are split on `\n`; a `\r\n` is one line break.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Where each line starts: an index into `points`.
    lines: Vec<usize>,
    /// Every line start and a point every `STRIDE` bytes within lines, in
    /// order: a position is counted from the nearest point before it, so a
    /// megabyte on one line costs no more per position than short lines.
    points: Vec<Point>,
    text_len: usize,
}

/// A position with the number of chars and UTF-16 units before it.
#[derive(Debug, Clone, Copy)]
struct Point {
    byte: usize,
    chars: usize,
    utf16: usize,
}

/// How far apart the points inside a long line are, in bytes.
const STRIDE: usize = 1024;

/// Whether `s` names a web address: www., a scheme (http://) or a domain
/// ending (.com, .cn, .net, .org).
pub fn names_web_address(s: &str) -> bool {
    // Cheapest test first: every form below holds a dot or a colon.
    if memchr::memchr2(b'.', b':', s.as_bytes()).is_none() {
        return false;
    }
    s.contains("www.")
        || s.contains("://")
        || [".com", ".cn", ".net", ".org"].iter().any(|d| {
            s.match_indices(d).any(|(at, _)| {
                let before = s[..at].chars().next_back();
                let after = s[at + d.len()..].chars().next();
                before.is_some_and(|c| c.is_ascii_alphanumeric())
                    && !after.is_some_and(|c| c.is_ascii_alphabetic())
            })
        })
}

/// A site's tag line: a short line wrapped in brackets that names a web
/// address (“【www.example.com--工作总结】”).
pub fn is_site_tag(line: &str) -> bool {
    const BRACKETS: [(char, char); 4] = [('【', '】'), ('[', ']'), ('〖', '〗'), ('［', '］')];
    let s = line.trim();
    // Cheapest test first: almost no line opens with a bracket.
    BRACKETS
        .iter()
        .any(|&(open, close)| s.starts_with(open) && s.ends_with(close))
        && s.len() <= 4 * 60
        && s.chars().count() <= 60
        && names_web_address(s)
}

/// A position for people: 1-based line and column, column counted in
/// characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let start = Point {
            byte: 0,
            chars: 0,
            utf16: 0,
        };
        let (mut lines, mut points) = (vec![0], vec![start]);
        let (mut chars, mut utf16) = (0, 0);
        for (i, c) in text.char_indices() {
            if i - points[points.len() - 1].byte >= STRIDE {
                points.push(Point {
                    byte: i,
                    chars,
                    utf16,
                });
            }
            chars += 1;
            utf16 += c.len_utf16();
            if c == '\n' {
                lines.push(points.len());
                points.push(Point {
                    byte: i + 1,
                    chars,
                    utf16,
                });
            }
        }
        LineIndex {
            lines,
            points,
            text_len: text.len(),
        }
    }

    /// The 0-based line holding `byte`.
    fn line_of(&self, byte: usize) -> usize {
        self.lines
            .partition_point(|&p| self.points[p].byte <= byte)
            .saturating_sub(1)
    }

    /// The line holding `byte`: from its first byte to its line break
    /// (excluded) or the end of the text.
    pub fn line_range(&self, byte: usize) -> std::ops::Range<usize> {
        let byte = byte.min(self.text_len);
        let line = self.line_of(byte);
        let start = self.points[self.lines[line]].byte;
        let end = self
            .lines
            .get(line + 1)
            .map_or(self.text_len, |&p| self.points[p].byte - 1);
        start..end
    }

    /// The nearest point at or before `byte`.
    fn point_before(&self, byte: usize) -> Point {
        let i = self.points.partition_point(|p| p.byte <= byte);
        self.points[i.saturating_sub(1)]
    }

    pub fn line_col(&self, text: &str, byte: usize) -> LineCol {
        let byte = byte.min(self.text_len);
        let line = self.line_of(byte);
        let start = self.points[self.lines[line]];
        LineCol {
            line: line + 1,
            column: self.char_offset(text, byte) - start.chars + 1,
        }
    }

    /// 0-based offset in Unicode scalar values.
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(self.text_len);
        let p = self.point_before(byte);
        p.chars + text[p.byte..byte].chars().count()
    }

    /// 0-based offset in UTF-16 code units, as the DOM counts.
    pub fn utf16_offset(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(self.text_len);
        let p = self.point_before(byte);
        p.utf16 + text[p.byte..byte].encode_utf16().count()
    }

    /// The byte offset of DOM offset `utf16` (clamped to the text; inside
    /// a surrogate pair, the character's start).
    pub fn byte_of_utf16(&self, text: &str, utf16: usize) -> usize {
        let i = self.points.partition_point(|p| p.utf16 <= utf16);
        let start = self.points[i.saturating_sub(1)];
        let mut units = start.utf16;
        for (i, c) in text[start.byte..].char_indices() {
            units += c.len_utf16();
            if units > utf16 {
                return start.byte + i;
            }
        }
        self.text_len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_year_ending_at_a_position() {
        let text = "某a2023年以来，2027年、2028年分别";
        let since = text.find("以来").unwrap_or_default();
        assert_eq!(year_ending_at(text, since), Some((2023, 4)));
        let both = text.find("分别").unwrap_or_default();
        let second = text.find("2028").unwrap_or_default();
        assert_eq!(year_ending_at(text, both), Some((2028, second)));
        // Three digits, no 年, or a byte inside a character.
        assert_eq!(year_ending_at("223年以来", 6), None);
        assert_eq!(year_ending_at("2023以来", 4), None);
        assert_eq!(year_ending_at(text, 1), None);
    }

    #[test]
    fn converts_offsets_at_the_edges() {
        let text = "一、总结\r\n共xx家𠀀企业\n";
        let idx = LineIndex::new(text);
        let at = text.find("xx").unwrap_or_default();
        assert_eq!(idx.line_col(text, at), LineCol { line: 2, column: 2 });
        assert_eq!(idx.char_offset(text, at), 7);
        assert_eq!(idx.utf16_offset(text, at), 7);
        let after = text.find("企").unwrap_or_default();
        // U+20000 is one char but two UTF-16 units.
        assert_eq!(idx.char_offset(text, after), 11);
        assert_eq!(idx.utf16_offset(text, after), 12);
        for byte in [0, at, after, text.len()] {
            assert_eq!(idx.byte_of_utf16(text, idx.utf16_offset(text, byte)), byte);
        }
        // Inside the surrogate pair of U+20000: its start.
        let astral = text.find('𠀀').unwrap_or_default();
        assert_eq!(idx.byte_of_utf16(text, 11), astral);
        assert_eq!(
            idx.line_col(text, text.len()),
            LineCol { line: 3, column: 1 }
        );
    }

    #[test]
    fn blanked_marks_are_those_of_the_blanked_text() {
        let text = "首页 > 正文\n2030年工作总结：\n分享(赏)\n全年新增企业12家。\n";
        let blank: Vec<std::ops::Range<usize>> = ["首页 > 正文", "分享(赏)"]
            .iter()
            .map(|w| {
                let at = text.find(w).expect("the fixture holds it");
                at..at + w.len()
            })
            .collect();
        let mut region = text.to_owned();
        for r in &blank {
            region.replace_range(r.clone(), &" ".repeat(r.len()));
        }
        let derived = Marks::new(text).blanked(&region, &blank);
        let read = Marks::new(&region);
        assert_eq!(derived.all(), read.all());
        assert_eq!(derived.layout().lines(), read.layout().lines());
        assert_eq!(derived.layout().sentences(), read.layout().sentences());
    }

    #[test]
    fn site_tags() {
        assert!(is_site_tag("【www.example.com--工作总结】"));
        assert!(is_site_tag("[范文网 fanwen.cn]"));
        assert!(!is_site_tag("【工作总结】"));
        assert!(!is_site_tag("全县网站www.example.cn访问量增长20%。"));
        assert!(!names_web_address("共计3.cnt"));
    }

    #[test]
    fn a_long_line_is_counted_from_its_nearest_point() {
        // Past several strides on one line, with astral characters.
        let line = "全县企业𠀀共计100家，".repeat(400);
        let text = format!("标题\n{line}\n结尾");
        let idx = LineIndex::new(&text);
        for (k, (byte, _)) in text.char_indices().enumerate().step_by(97) {
            let chars = text[..byte].chars().count();
            assert_eq!(idx.char_offset(&text, byte), chars);
            let utf16 = text[..byte].encode_utf16().count();
            assert_eq!(idx.utf16_offset(&text, byte), utf16);
            assert_eq!(idx.byte_of_utf16(&text, utf16), byte, "at {k}");
            let line_start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
            let expected = LineCol {
                line: text[..byte].matches('\n').count() + 1,
                column: text[line_start..byte].chars().count() + 1,
            };
            assert_eq!(idx.line_col(&text, byte), expected);
            let range = idx.line_range(byte);
            assert_eq!(range.start, line_start);
            assert_eq!(
                range.end,
                text[byte..].find('\n').map_or(text.len(), |i| byte + i)
            );
        }
    }

    #[test]
    fn marks_skip_han_letters_and_cut_lines() {
        let text = "一、工作\n增长5%。\n\nx";
        let marks = Marks::new(text);
        let found: String = marks.all().iter().map(|&(_, c)| c).collect();
        assert_eq!(found, "一、\n5%。\n\nx");
        let lines: Vec<&str> = marks.lines().map(|r| &text[r]).collect();
        let split: Vec<&str> = text.split_inclusive('\n').collect();
        assert_eq!(lines, split);
        assert_eq!(Marks::new("").lines().count(), 0);
        assert_eq!(Marks::new("a\n").lines().count(), 1);
        assert_eq!(marks.within(13..20), [(19, '5')]);
        let runs: Vec<&str> = marks.segments(|c| !is_han(c)).map(|r| &text[r]).collect();
        assert_eq!(runs, ["一", "工作", "增长"]);
        let mixed = "甲1乙𠀀丙，a丁";
        let m = Marks::new(mixed);
        assert_eq!(m.letters_within(mixed, 0..mixed.len()), 5);
        assert_eq!(m.letters_within(mixed, 4..mixed.len()), 4);
        let counted = |s: &str| s.chars().filter(|&c| is_han(c)).count();
        assert_eq!(m.han_within(mixed, 0..mixed.len()), counted(mixed));
        assert_eq!(marks.han_within(text, 0..text.len()), counted(text));
        for line in marks.lines() {
            assert_eq!(marks.line_of(line.start), line);
            assert_eq!(marks.line_of(line.end - 1), line);
        }
    }

    #[test]
    fn finds_years() {
        let found: Vec<u32> = years("2023年工作总结及２０２４年计划，12023年，203年")
            .into_iter()
            .map(|(y, _)| y)
            .collect();
        assert_eq!(found, [2023, 2024]);
        assert_eq!(years("计划2024年")[0].1, 6..13);
    }

    #[test]
    fn years_within_a_range_are_those_of_the_range_alone() {
        let text = "2023年工作总结及２０２４年计划，12023年。2025年底";
        let marks = Marks::new(text);
        // Every range of the text: the years found once for the whole
        // text, cut to the range, are those read from the range itself.
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for (k, &from) in bounds.iter().enumerate() {
            for &to in &bounds[k..] {
                let alone: Vec<(u32, std::ops::Range<usize>)> = years(&text[..to])
                    .into_iter()
                    .filter(|(_, r)| r.start >= from)
                    .collect();
                assert_eq!(
                    years_within(&marks, from..to),
                    alone.as_slice(),
                    "{from}..{to}"
                );
            }
        }
        // A year whose 年 lies past the range is not in it.
        assert!(years_within(&marks, 0..4).is_empty());
    }

    #[test]
    fn takes_the_last_characters() {
        assert_eq!(last_chars("同比增长", 2), "增长");
        assert_eq!(last_chars("增长", 6), "增长");
        assert_eq!(last_chars("增长", 0), "");
    }

    #[test]
    fn classifies_characters() {
        assert!(is_han('县') && is_han('縣') && !is_han('，') && !is_han('x'));
        assert!(is_cjk_punct('，') && is_cjk_punct('“') && is_cjk_punct('（'));
        assert!(is_word_char('ù') && is_word_char('ｘ') && !is_word_char('×'));
        assert_eq!(fold_width('ｘ'), 'x');
        assert!(is_digit('９'));
    }
}

/// A keyword a rule looks for in the whole text, found by a vectorised
/// substring search (`memchr::memmem`): an Aho-Corasick automaton of Han
/// words has no byte rare enough to skip by and reads every byte.
#[derive(Debug)]
pub struct Needle {
    word: &'static str,
    finder: memchr::memmem::Finder<'static>,
}

impl Needle {
    pub fn new(word: &'static str) -> Self {
        Needle {
            word,
            finder: memchr::memmem::Finder::new(word),
        }
    }

    pub fn word(&self) -> &'static str {
        self.word
    }

    /// Where the keyword starts in `text`, in order, never overlapping.
    pub fn find_iter<'h>(&'h self, text: &'h str) -> impl Iterator<Item = usize> + 'h {
        self.finder.find_iter(text.as_bytes())
    }
}

/// Several keywords, each searched on its own: where each starts, with it,
/// in the order of the words.
/// The escape a page left for a character at `at` (`<U+00A0>`, `<U+200D>`:
/// `<U+`, four to six hex digits, `>`), with the character it stands for.
pub fn escape_at(text: &str, at: usize) -> Option<(std::ops::Range<usize>, char)> {
    let tail = text.get(at..)?.strip_prefix("<U+")?;
    let hex = tail
        .bytes()
        .take(7)
        .take_while(u8::is_ascii_hexdigit)
        .count();
    if !(4..=6).contains(&hex) || !tail[hex..].starts_with('>') {
        return None;
    }
    let c = u32::from_str_radix(&tail[..hex], 16)
        .ok()
        .and_then(char::from_u32)?;
    Some((at..at + "<U+".len() + hex + 1, c))
}

/// Every percent sign of `text` (% and its full-width form ％), with its
/// offset: found with two searches that skip ahead, not by walking the
/// marks. Not in order between the two forms.
pub fn percent_signs(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    static SIGNS: std::sync::LazyLock<[Needle; 2]> =
        std::sync::LazyLock::new(|| [Needle::new("%"), Needle::new("％")]);
    find_needles(&SIGNS[..], text).map(|(at, w)| (at, if w == "%" { '%' } else { '％' }))
}

pub fn find_needles<'h>(
    needles: &'h [Needle],
    text: &'h str,
) -> impl Iterator<Item = (usize, &'static str)> + 'h {
    needles
        .iter()
        .flat_map(move |n| n.find_iter(text).map(move |at| (at, n.word())))
}

/// Words after a year that make it the subject of what follows.
pub const YEAR_SUBJECT_AFTER: [&str; 7] = ["是", "，", ",", "也是", "恰逢", "正值", "适逢"];

/// The year `sentence` of `text` opens with as its subject (“2024年是……”,
/// “2024年，……”), with its range.
pub fn opening_year(
    text: &str,
    sentence: std::ops::Range<usize>,
) -> Option<(u32, std::ops::Range<usize>)> {
    let s = &text[sentence.clone()];
    let (y, r) = years(s).into_iter().next()?;
    (r.start == 0 && YEAR_SUBJECT_AFTER.iter().any(|w| s[r.end..].starts_with(w)))
        .then(|| (y, sentence.start + r.start..sentence.start + r.end))
}

/// The first sentence after byte `at`: from the first character that is
/// not blank (line breaks included) to the next sentence end or line break.
pub fn sentence_after(text: &str, at: usize) -> std::ops::Range<usize> {
    let rest = &text[at..];
    let start = at + (rest.len() - rest.trim_start().len());
    let end = text[start..]
        .find(|c: char| c == '\n' || crate::layout::SENTENCE_ENDS.contains(&c))
        .map_or(text.len(), |k| start + k);
    start..end
}
