//! The layout of a text: its lines (whole, content, indentation), its
//! sentences and its groups (sentences cut also at ；), and the character
//! sets that decide them. Read once per check, from the marks, by
//! `text::Marks`; every model and rule that needs “the line” or “the
//! sentence” asks here, so two rules never disagree about where a
//! sentence ends.

use std::ops::Range;

/// Spaces a writer types inside a line: half-width, full-width and
/// no-break.
pub const SPACES: [char; 3] = [' ', IDEOGRAPHIC_SPACE, '\u{a0}'];

/// The full-width space: two of them indent a paragraph.
pub const IDEOGRAPHIC_SPACE: char = '\u{3000}';

/// Blank characters: what indents a line or pads a mark — the spaces and
/// a tab (which inside a line is a table's cell break, not a space).
pub const BLANKS: [char; 4] = [' ', IDEOGRAPHIC_SPACE, '\u{a0}', '\t'];

/// Marks that end a sentence.
pub const SENTENCE_ENDS: [char; 5] = ['。', '！', '？', '!', '?'];

/// Marks that end a group: a sentence, or a part of one cut by a
/// semicolon (一是……；二是……).
pub const GROUP_ENDS: [char; 7] = ['。', '！', '？', '!', '?', '；', ';'];

/// Marks that close a quotation or a bracket: a sentence may end inside
/// them (…。” ）).
pub const CLOSERS: [char; 9] = ['…', '”', '’', '）', ')', '》', '】', '」', '』'];

/// Marks that end a clause: a group, or a part of one cut by a comma or a
/// colon. (The enumeration comma 、 joins the items of a list inside a
/// clause.)
pub const CLAUSE_BREAKS: [char; 11] = ['。', '！', '？', '!', '?', '；', ';', '，', ',', '：', ':'];

/// The words of the clause that ends at byte `at`, at most `most`
/// characters back: after its last clause break or line end. A cheap read
/// for a figure's lead words (新增…, 实施…), where `Layout::clause_at`
/// would find the whole clause.
pub fn clause_before(text: &str, at: usize, most: usize) -> &str {
    let before = crate::chars::last_chars(&text[..at], most);
    before
        .rfind(|c: char| CLAUSE_BREAKS.contains(&c) || c == '\n')
        .map_or(before, |k| &before[k..])
}

/// A line that holds more than blanks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// With its line break: what deleting the line removes.
    pub whole: Range<usize>,
    /// Without its line break, blanks kept: what a finding on the whole
    /// line shows.
    pub body: Range<usize>,
    /// Without indentation, trailing blanks or the line break.
    pub content: Range<usize>,
    /// 1-based, counting blank lines.
    pub number: usize,
    /// Whether the line before it is blank (or there is none).
    pub after_blank: bool,
}

/// A sentence or a group: its text and how it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Without surrounding blanks or its final mark.
    pub text: Range<usize>,
    /// From the end of the piece before on its line (or the line's start)
    /// through its final mark: what deleting it removes.
    pub whole: Range<usize>,
    /// Whether a mark ends it (not the end of its line).
    pub terminated: bool,
    /// Whether it is the first piece of its line.
    pub opens_line: bool,
}

/// The lines, sentences and groups of a text.
#[derive(Debug, Default)]
pub struct Layout {
    lines: Vec<Line>,
    sentences: Vec<Piece>,
    groups: Vec<Piece>,
}

impl Layout {
    /// Lays out `text` from its lines (`line_ranges`, each with its break)
    /// and its marks (every character that is not a Han letter, in order).
    pub fn new(
        text: &str,
        line_ranges: impl Iterator<Item = Range<usize>>,
        marks: &[(usize, char)],
    ) -> Self {
        let mut layout = Layout::default();
        let mut after_blank = true;
        for (i, whole) in line_ranges.enumerate() {
            let raw = &text[whole.clone()];
            let body = raw.trim_end_matches(['\n', '\r']);
            let lead = body.len() - body.trim_start_matches(BLANKS).len();
            let trimmed = body.trim_end_matches(BLANKS);
            if trimmed.len() <= lead {
                after_blank = true;
                continue;
            }
            let content = whole.start + lead..whole.start + trimmed.len();
            let from = marks.partition_point(|&(at, _)| at < content.start);
            let to = from + marks[from..].partition_point(|&(at, _)| at < content.end);
            let line_marks = &marks[from..to];
            cut(
                text,
                &content,
                line_marks,
                &mut layout.sentences,
                &mut layout.groups,
            );
            layout.lines.push(Line {
                body: whole.start..whole.start + body.len(),
                whole,
                content,
                number: i + 1,
                after_blank,
            });
            after_blank = false;
        }
        layout
    }

    /// The lines that hold more than blanks, in order.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// The content of each line (no indentation, trailing blanks or
    /// break), in order.
    pub fn contents(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.lines.iter().map(|l| l.content.clone())
    }

    /// The sentences, in order: cut at 。！？ and at line ends.
    pub fn sentences(&self) -> &[Piece] {
        &self.sentences
    }

    /// The groups, in order: cut at 。！？；and at line ends.
    pub fn groups(&self) -> &[Piece] {
        &self.groups
    }

    /// The line holding byte `at`, if it is not blank there.
    pub fn line_at(&self, at: usize) -> Option<&Line> {
        let i = self.lines.partition_point(|l| l.whole.end <= at);
        self.lines.get(i).filter(|l| l.whole.start <= at)
    }

    /// The sentence holding byte `at` (its whole, mark included).
    pub fn sentence_at(&self, at: usize) -> Option<&Piece> {
        let i = self.sentences.partition_point(|s| s.whole.end <= at);
        self.sentences.get(i).filter(|s| s.whole.start <= at)
    }

    /// The clause of `text` holding byte `at`: its sentence cut at the
    /// clause breaks (，；：…) around it, marks left out. A clause is read at
    /// most `CLAUSE_REACH` bytes each way, so a megabyte without a break
    /// costs no more per question than a short clause.
    pub fn clause_at(&self, text: &str, at: usize) -> Option<Range<usize>> {
        let sentence = self.sentence_at(at)?.whole.clone();
        let from =
            crate::chars::floor_boundary(text, at.saturating_sub(CLAUSE_REACH)).max(sentence.start);
        let to = crate::chars::ceil_boundary(text, (at + CLAUSE_REACH).min(sentence.end));
        let before = &text[from..at];
        let start = before.rfind(CLAUSE_BREAKS).map_or(from, |k| {
            from + k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
        let end = text[at..to].find(CLAUSE_BREAKS).map_or(to, |k| at + k);
        Some(start..end)
    }
}

/// The clauses of `range` of `text`, in order: cut at the clause breaks
/// (，；：…), marks left out. For a range inside one sentence or group.
pub fn clauses_within(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    for (k, c) in text[range.clone()].char_indices() {
        if CLAUSE_BREAKS.contains(&c) {
            out.push(start..range.start + k);
            start = range.start + k + c.len_utf8();
        }
    }
    out.push(start..range.end);
    out
}

/// How far a clause is read each way from a position, in bytes (about 200
/// characters).
const CLAUSE_REACH: usize = 600;

/// Cuts the line `content` into sentences (at sentence ends) and groups
/// (at group ends), in one walk over its marks, pushing each piece that
/// holds more than blanks.
fn cut(
    text: &str,
    content: &Range<usize>,
    marks: &[(usize, char)],
    sentences: &mut Vec<Piece>,
    groups: &mut Vec<Piece>,
) {
    let mut sentence = Open::new(content.start);
    let mut group = Open::new(content.start);
    for &(at, c) in marks {
        if GROUP_ENDS.contains(&c) {
            let end = at + c.len_utf8();
            group.close(text, at, end, true, groups);
            if SENTENCE_ENDS.contains(&c) {
                sentence.close(text, at, end, true, sentences);
            }
        }
    }
    group.close(text, content.end, content.end, false, groups);
    sentence.close(text, content.end, content.end, false, sentences);
}

/// A piece being cut: where it starts, and whether it would open its line.
struct Open {
    start: usize,
    opens_line: bool,
}

impl Open {
    fn new(start: usize) -> Self {
        Open {
            start,
            opens_line: true,
        }
    }

    /// Ends the piece at the mark at `mark` (ending at `end`).
    fn close(
        &mut self,
        text: &str,
        mark: usize,
        end: usize,
        terminated: bool,
        out: &mut Vec<Piece>,
    ) {
        let raw = &text[self.start..mark];
        let lead = raw.len() - raw.trim_start_matches(BLANKS).len();
        let trimmed = raw.trim_end_matches(BLANKS);
        if trimmed.len() > lead {
            out.push(Piece {
                text: self.start + lead..self.start + trimmed.len(),
                whole: self.start..end,
                terminated,
                opens_line: self.opens_line,
            });
            self.opens_line = false;
        }
        self.start = end;
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Marks;

    #[test]
    fn cuts_a_stretch_into_its_clauses() {
        let text = "其中，中央赤字1.5万亿元，地方赤字0.8万亿元";
        let pieces: Vec<&str> = super::clauses_within(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(pieces, ["其中", "中央赤字1.5万亿元", "地方赤字0.8万亿元"]);
    }

    #[test]
    fn reads_the_clause_before_a_position() {
        let text = "全年平稳。\n累计新增企业，实施项目12个";
        let at = text.find("12").unwrap_or_default();
        assert_eq!(super::clause_before(text, at, 24), "，实施项目");
        assert_eq!(super::clause_before(text, at, 2), "项目");
        let line = text.find("累计").unwrap_or_default();
        assert_eq!(super::clause_before(text, line, 24), "\n");
    }

    fn texts(text: &str, pieces: &[super::Piece]) -> Vec<String> {
        pieces
            .iter()
            .map(|p| text[p.text.clone()].to_owned())
            .collect()
    }

    #[test]
    fn clauses() {
        let text = "全年增长5%，新建项目12个，2026年6月投入使用。\n";
        let layout = Marks::new(text);
        let layout = layout.layout();
        let at = |needle: &str| {
            let at = text.find(needle).expect("in the text");
            layout.clause_at(text, at).map(|r| &text[r])
        };
        assert_eq!(at("项目"), Some("新建项目12个"));
        assert_eq!(at("2026"), Some("2026年6月投入使用"));
        assert_eq!(at("全年"), Some("全年增长5%"));
    }

    #[test]
    fn lines_sentences_and_groups() {
        let text = "　　一是抓项目；二是优服务。全年增长5%！\n\n  二、存在问题  \n总量偏小";
        let marks = Marks::new(text);
        let layout = marks.layout();
        let lines: Vec<(&str, usize, bool)> = layout
            .lines()
            .iter()
            .map(|l| (&text[l.content.clone()], l.number, l.after_blank))
            .collect();
        assert_eq!(
            lines,
            [
                ("一是抓项目；二是优服务。全年增长5%！", 1, true),
                ("二、存在问题", 3, true),
                ("总量偏小", 4, false)
            ]
        );
        assert_eq!(
            texts(text, layout.sentences()),
            [
                "一是抓项目；二是优服务",
                "全年增长5%",
                "二、存在问题",
                "总量偏小"
            ]
        );
        assert_eq!(
            texts(text, layout.groups()),
            [
                "一是抓项目",
                "二是优服务",
                "全年增长5%",
                "二、存在问题",
                "总量偏小"
            ]
        );
        let first = &layout.groups()[0];
        assert!(first.terminated && first.opens_line);
        assert!(!layout.groups()[4].terminated);
        let at = text.find("优服务").unwrap_or(0);
        assert_eq!(
            layout.sentence_at(at).map(|s| &text[s.text.clone()]),
            Some("一是抓项目；二是优服务")
        );
    }
}
