//! Asterisk placeholders (`**家`, `*批`, `*-**月`), told apart from
//! Markdown emphasis, products and masked leaders' names.

use super::{joined_by, with_percent};
use crate::lexicon::WordSet;
use crate::text::{char_at, char_before, is_digit, is_han, Marks};
use std::ops::Range;
use std::sync::LazyLock;

/// Words after a run of asterisks that show it hides a leader's name: that is
/// a masked word (its own rule), not something the author forgot to fill in.
static LEADER_CONTEXT: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "新时代",
        "总书记",
        "同志",
        "主席",
        "重要讲话",
        "重要指示",
        "生态文明思想",
        "经济思想",
        "法治思想",
    ])
});
const JOINERS: &[char] = &['.', '．', '-', '－', '—', '–', '~', '～'];

/// The byte ranges of every asterisk placeholder in `text`.
pub fn find(text: &str, marks: &Marks) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    // Only the lines holding an asterisk are read (most reports have none).
    let mut done = 0;
    for &(at, _) in marks.all().iter().filter(|&&(_, c)| is_star(c)) {
        if at < done {
            continue;
        }
        let whole = marks.line_of(at);
        done = whole.end;
        let line = whole.start..whole.start + text[whole].trim_end_matches(['\n', '\r']).len();
        let runs = star_runs(marks, line.clone());
        let bold = markdown_bold(text, &line, &runs);
        let mut groups: Vec<Range<usize>> = Vec::new();
        for run in runs.into_iter().filter(|r| !bold.contains(r)) {
            match groups.last_mut() {
                Some(last) if joined_by(&text[last.end..run.start], JOINERS) => last.end = run.end,
                _ => groups.push(run),
            }
        }
        out.extend(
            groups
                .into_iter()
                .filter(|g| is_placeholder(text, g))
                .map(|g| with_percent(text, g)),
        );
    }
    out
}

fn is_star(c: char) -> bool {
    matches!(c, '*' | '＊')
}

fn star_runs(marks: &Marks, line: Range<usize>) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for &(at, c) in marks.within(line).iter().filter(|(_, c)| is_star(*c)) {
        match runs.last_mut() {
            Some(last) if last.end == at => last.end = at + c.len_utf8(),
            _ => runs.push(at..at + c.len_utf8()),
        }
    }
    runs
}

/// Pairs of `**` that wrap a heading or an emphasised phrase pasted from
/// Markdown: the line starts with the opening pair or ends with the closing
/// one. A line-leading `* ` bullet and a `***` rule count as Markdown too.
fn markdown_bold(text: &str, line: &Range<usize>, runs: &[Range<usize>]) -> Vec<Range<usize>> {
    let content = text[line.clone()].trim();
    let lead = line.start + (text[line.clone()].len() - text[line.clone()].trim_start().len());
    let trail = lead + content.len();
    let mut bold = Vec::new();
    if content.chars().all(is_star) {
        return runs.to_vec();
    }
    for run in runs {
        if run.start == lead && text[run.end..].starts_with(' ') {
            bold.push(run.clone());
        }
    }
    for pair in runs.windows(2) {
        let (open, close) = (&pair[0], &pair[1]);
        let inner = &text[open.end..close.start];
        let is_pair =
            open.len() == 2 && close.len() == 2 && !inner.starts_with(' ') && !inner.is_empty();
        if is_pair && (open.start == lead || close.end == trail) {
            bold.extend([open.clone(), close.clone()]);
        }
    }
    bold
}

fn is_placeholder(text: &str, run: &Range<usize>) -> bool {
    let after = &text[run.end..];
    let (before, next) = (char_before(text, run.start), char_at(text, run.end));
    if LEADER_CONTEXT.starts(after) {
        return false;
    }
    // `3*4` is a product, and a footnote mark sits on a word's end.
    if before.is_some_and(is_digit) && next.is_some_and(is_digit) {
        return false;
    }
    let figure =
        |c: Option<char>| c.is_some_and(|c| is_han(c) || is_digit(c) || matches!(c, '%' | '％'));
    figure(next) || (figure(before) && !next.is_some_and(|c| c.is_ascii_alphanumeric()))
}
