//! The outline model: headings of every level used in Chinese official
//! writing, in-paragraph enumerations (一是…二是…), the reports one paste
//! holds, each report's genre, year and the role of its top-level sections.
//! Parsing never fails: a garbled outline still yields headings.

pub mod marker;
pub mod preview;
pub mod roles;

pub use marker::{Marker, Style};
pub use preview::PreviewMarker;
pub use roles::{plans_its_year, says_review, Genre, Role};

use crate::lexicon::words::TITLE;
use crate::number::chinese;
use crate::text::{is_digit, is_han};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One heading: its marker (`（二）`), number, level and text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    /// 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①.
    pub level: u8,
    pub style: Style,
    pub number: u32,
    /// Byte range of the marker, e.g. `（二）`.
    pub marker: Range<usize>,
    /// The heading text: up to the first sentence break on its line.
    pub text: Range<usize>,
    /// 1-based line.
    pub line: usize,
    /// The section this heading opens: from its marker to the next heading
    /// of the same or a higher level, or the end of its report.
    pub section: Range<usize>,
    /// Index of the parent heading in `Outline::headings`.
    pub parent: Option<usize>,
    /// How many unnumbered section lines (“2024年工作展望” alone on its
    /// line) stand before this heading: numbering starts again after one.
    pub segment: usize,
    /// What the section is for (工作总结, 存在问题, 工作计划…), for the
    /// two top levels.
    pub roles: Vec<Role>,
}

/// 一是…二是…三是 or 第一，…第二，… inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enumeration {
    /// Each item: its number and the byte range of its marker (`二是`).
    pub items: Vec<(u32, Range<usize>)>,
}

/// One report of a paste.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Byte range of the report in the text.
    pub range: Range<usize>,
    /// 1-based first line.
    pub line: usize,
    /// Indices into `Outline::headings` of this report's headings.
    pub headings: Range<usize>,
    /// What the title and opening tell: genre, years, where they stand.
    pub head: roles::Head,
    /// The closing paragraph (总之…/新的一年…/下一步，我们将…), after the
    /// last heading's line.
    pub closing: Option<Range<usize>>,
    /// Whether the report's last line ends a sentence. A paste cut off
    /// mid-sentence (a page archive's excerpt, a partial copy) says nothing
    /// about the sections that would have followed.
    pub ends_complete: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outline {
    pub headings: Vec<Heading>,
    pub enumerations: Vec<Enumeration>,
    pub reports: Vec<Report>,
    /// Chunk markers of a document-preview site (`1、` glued to the title,
    /// `2、` cutting a sentence): not headings.
    pub preview_markers: Vec<PreviewMarker>,
    /// 1-based lines that the source document marks as headings but that
    /// have no number (`Config::heading_texts`): numbering below them may
    /// start again at 1, or go on.
    #[serde(default)]
    pub unnumbered: Vec<usize>,
    /// Section titles without a number, alone on their line (“‘十四五’时期
    /// 发展成就和2025年工作回顾”): their byte ranges and roles.
    #[serde(default)]
    pub titles: Vec<(Range<usize>, Vec<Role>)>,
}

impl Outline {
    /// The section titles without a number inside `report`, its own title
    /// left out: each title's range and roles.
    pub fn titles_in<'a>(
        &'a self,
        report: &'a Report,
    ) -> impl Iterator<Item = (Range<usize>, &'a [Role])> + 'a {
        let first = self
            .titles
            .partition_point(|(r, _)| r.start < report.range.start);
        self.titles[first..]
            .iter()
            .take_while(move |(r, _)| r.end <= report.range.end)
            .filter(move |(r, _)| {
                report
                    .head
                    .title
                    .as_ref()
                    .is_none_or(|t| t.end < r.start || r.end < t.start)
            })
            .map(|(r, roles)| (r.clone(), roles.as_slice()))
    }

    /// Whether an unnumbered heading of the source document stands between
    /// 1-based lines `a` and `b`.
    pub fn unnumbered_between(&self, a: usize, b: usize) -> bool {
        let i = self.unnumbered.partition_point(|&l| l <= a);
        self.unnumbered.get(i).is_some_and(|&l| l < b)
    }
}

/// A non-empty line: byte range of its content (indentation trimmed) and
/// 1-based number.
#[derive(Debug, Clone)]
struct Line {
    range: Range<usize>,
    number: usize,
}

/// The non-blank lines, as the layout cut them.
fn lines(marks: &crate::text::Marks) -> Vec<Line> {
    marks
        .layout()
        .lines()
        .iter()
        .map(|l| Line {
            range: l.content.clone(),
            number: l.number,
        })
        .collect()
}

impl Outline {
    pub fn parse(text: &str) -> Outline {
        Outline::parse_hinted(text, &crate::text::Marks::new(text), &[], &[], None)
    }

    /// Parses `text`, knowing that the lines whose text is one of `hints`
    /// are headings in the source document (Word's heading styles): those
    /// without a number are kept in `unnumbered`. `chrome` holds the lines
    /// the page model blanked (in order): a site's lines between two
    /// reports part them.
    pub fn parse_hinted(
        text: &str,
        marks: &crate::text::Marks,
        hints: &[String],
        chrome: &[Range<usize>],
        year: Option<u32>,
    ) -> Outline {
        let hinted = |s: &str| {
            !hints.is_empty()
                && s.chars().count() <= 40
                && !s.contains(['。', '；', ';'])
                && marker::at(s, 0).is_none()
                && hints.iter().any(|h| h == s)
        };
        let lines = lines(marks);
        let preview_markers = preview::find(text, &lines);
        let mut headings: Vec<Heading> = Vec::new();
        let mut enumerations: Vec<Enumeration> = Vec::new();
        let mut unnumbered = Vec::new();
        let mut segment = 0;
        let mut titles = Vec::new();
        // While lines open with 一是、二是…: how many enumerations there
        // were when the chain's was pushed.
        let mut chain: Option<usize> = None;
        // Whether lines without items stood since the chain's last item.
        let mut chain_gap = false;
        for line in &lines {
            let content = &text[line.range.clone()];
            // A short title without a number: a part of its own (kept for
            // the year rules), and, when shorter still, a section line that
            // numbering starts again after. Its roles are read once.
            let mut section_line = false;
            if let Some(roles) = untitled_section(text, content, line.range.start) {
                section_line = is_section_line(content);
                titles.push((line.range.clone(), roles));
            }
            if !headings.is_empty() && section_line {
                segment += 1;
            } else if hinted(content) {
                unnumbered.push(line.number);
            }
            // `20.2026年…` continues a list when `19.` came before it.
            let continuing = || {
                marker::before_figure(text, line.range.start).filter(|m| {
                    headings
                        .last()
                        .is_some_and(|p| p.style == m.style && p.number + 1 == m.number)
                })
            };
            let marker = marker::at(text, line.range.start)
                .filter(|m| {
                    preview_markers
                        .binary_search_by_key(&m.range.start, |p| p.range.start)
                        .is_err()
                })
                .or_else(continuing);
            let is_heading = marker.is_some();
            if let Some(m) = marker {
                let body_start = m.range.end;
                let rest = &text[body_start..line.range.end];
                let end = rest
                    .find(['。', '；', ';', '！', '？'])
                    .map_or(line.range.end, |i| body_start + i);
                headings.push(Heading {
                    level: m.style.level(),
                    style: m.style,
                    number: m.number,
                    marker: m.range.clone(),
                    text: body_start..end,
                    line: line.number,
                    section: m.range.start..text.len(),
                    parent: None,
                    segment,
                    roles: Vec::new(),
                });
            }
            // Items that each open a paragraph (一是…\n二是…\n) are one
            // enumeration across lines, as long as every line opens with
            // the next item: a 一是 starts a new one. Paragraphs may stand
            // between two items (一是 with its details, then 二是) when no
            // heading does and the next item's number is close to the last.
            if is_heading {
                chain = None;
            }
            let mut found = enumerations_in(text, marks, &line.range).into_iter();
            let first = found.next();
            let last_number = enumerations
                .last()
                .and_then(|e| e.items.last())
                .map_or(0, |(n, _)| *n);
            match first {
                Some(e)
                    if e.items.first().is_some_and(|(n, r)| {
                        r.start == line.range.start
                            && *n != 1
                            && chain == Some(enumerations.len())
                            && (!chain_gap || (last_number..=last_number + 2).contains(n))
                    }) =>
                {
                    chain_gap = false;
                    if let Some(last) = enumerations.last_mut() {
                        last.items.extend(e.items);
                    }
                }
                Some(e) => {
                    let leads = e
                        .items
                        .first()
                        .is_some_and(|(_, r)| r.start == line.range.start);
                    enumerations.push(e);
                    chain = leads.then_some(enumerations.len());
                    chain_gap = false;
                }
                // A paragraph of the last item's details keeps the chain.
                None => chain_gap = true,
            }
            let more = found.len();
            enumerations.extend(found);
            if more > 0 {
                chain = None;
            }
        }
        enumerations.retain(|e| e.items.len() >= 2);
        // Every heading's roles, read once: describing a report asks for
        // those of all its headings; the outline keeps them for the two top
        // levels only (below).
        for h in &mut headings {
            h.roles = roles::roles_of(&text[h.text.clone()]);
        }
        let mut reports = reports(text, &lines, &headings, chrome);
        for report in &reports {
            // Parents: the nearest earlier heading of a smaller level. A
            // heading popped off the stack has its section closed by the one
            // that pops it; those left at the end run to the report's end.
            let mut stack: Vec<usize> = Vec::new();
            for i in report.headings.clone() {
                while let Some(&p) = stack
                    .last()
                    .filter(|&&p| headings[p].level >= headings[i].level)
                {
                    headings[p].section.end = headings[i].marker.start;
                    stack.pop();
                }
                headings[i].parent = stack.last().copied();
                stack.push(i);
            }
            for p in stack {
                headings[p].section.end = report.range.end;
            }
        }
        // Roles of the sections of the two top levels.
        for h in headings.iter_mut().filter(|h| h.level > 2) {
            h.roles = Vec::new();
        }
        // The settings' year, for reports whose title names none.
        if let Some(year) = year {
            for report in &mut reports {
                if report.head.year.is_none() && report.head.plan_year.is_none() {
                    report.head.year = Some(year);
                }
            }
        }
        Outline {
            headings,
            enumerations,
            reports,
            preview_markers,
            unnumbered,
            titles,
        }
    }
}

/// The roles of a section title without a number: a short line, no
/// sentence punctuation, naming a part (回顾, 计划…).
fn untitled_section(text: &str, content: &str, at: usize) -> Option<Vec<Role>> {
    if content.len() > 4 * 32
        || content.chars().count() > 32
        || content.contains(['，', '。', '；', '：', ',', ';', ':', '！', '？'])
        || marker::at(text, at).is_some()
    {
        return None;
    }
    let roles = roles::roles_of(content);
    (!roles.is_empty()).then_some(roles)
}

/// 一是、二是… and 第一，第二… in a line, as separate enumerations.
fn enumerations_in(
    text: &str,
    marks: &crate::text::Marks,
    line: &Range<usize>,
) -> Vec<Enumeration> {
    let s = &text[line.clone()];
    let mut shi = Vec::new();
    let mut di = Vec::new();
    // Numerals are marks: the line's Han letters are not read.
    for &(at, c) in marks.within(line.clone()) {
        let i = at - line.start;
        if !chinese::is_numeral(c) || s[..i].chars().next_back().is_some_and(chinese::is_numeral) {
            continue;
        }
        let before = s[..i].chars().next_back();
        let run_len: usize = s[i..]
            .chars()
            .take_while(|c| chinese::is_numeral(*c))
            .map(char::len_utf8)
            .sum();
        let run = &s[i..i + run_len];
        let Some(n) = chinese::value(run) else {
            continue;
        };
        let after = &s[i + run_len..];
        // An item starts a sentence or clause: 一是 after 。；：， or the line start.
        let starts_clause = before.is_none_or(|b| {
            matches!(
                b,
                '。' | '；' | ';' | '：' | ':' | '，' | ',' | '）' | ')' | '、'
            )
        });
        if after.starts_with('是') && starts_clause && (1.0..=20.0).contains(&n) {
            shi.push((
                n as u32,
                line.start + i..line.start + i + run_len + '是'.len_utf8(),
            ));
        } else if before == Some('第') && after.starts_with(['，', ',', '、']) && n <= 20.0 {
            let di_start = line.start + i - '第'.len_utf8();
            let b2 = s[..i - '第'.len_utf8()].chars().next_back();
            if b2.is_none_or(|b| matches!(b, '。' | '；' | ';' | '：' | ':')) {
                di.push((n as u32, di_start..line.start + i + run_len));
            }
        }
    }
    // One item is a list only when it opens the line: the next lines may
    // go on with it (the caller drops those that stay alone).
    [shi, di]
        .into_iter()
        .filter(|items| {
            items.len() >= 2 || items.first().is_some_and(|(_, r)| r.start == line.start)
        })
        .map(|items| Enumeration { items })
        .collect()
}

/// Splits the text into reports. A new report starts where the numbering
/// restarts at 一、 after a finished report, together with the opening
/// paragraph (and title) just above that heading.
fn reports(
    text: &str,
    lines: &[Line],
    headings: &[Heading],
    chrome: &[Range<usize>],
) -> Vec<Report> {
    // A restart is an 一、 after some top-level heading numbered 二 or more.
    let mut restarts: Vec<usize> = Vec::new();
    let mut past_two = false;
    for (i, h) in headings.iter().enumerate().filter(|(_, h)| h.level == 1) {
        if h.number == 1 && past_two {
            restarts.push(i);
        }
        past_two |= h.number >= 2;
    }
    // Where each report starts: the first top-level heading, and each
    // restart at 一、, together with the opening paragraph, title and issuing
    // office just above it. Page chrome above the first report belongs to
    // no report.
    let first_top = headings.iter().position(|h| h.level == 1);
    let mut starts: Vec<(usize, usize)> = Vec::new(); // (byte start, first heading index)
    for r in first_top
        .into_iter()
        .chain(restarts.iter().copied().filter(|&r| Some(r) != first_top))
    {
        // Above the first report only page chrome stops the walk; above a
        // restart, the previous report's last paragraph must stay with it.
        let is_first = Some(r) == first_top;
        // Lines are in order of their numbers: found by binary search.
        let mut k = lines
            .binary_search_by_key(&headings[r].line, |l| l.number)
            .unwrap_or(0);
        let mut start = lines[k].range.start;
        // Whether the walk has taken in a title: above it, across chrome,
        // stands the page's own title, not the report's.
        let mut titled = false;
        while k > 0 {
            let above = &lines[k - 1];
            let s = &text[above.range.clone()];
            // Chrome the page model blanked between the two lines: above a
            // restart it ends the walk (the previous report ends there);
            // above the first report only the report's head, or more of the
            // page's details (read below), may be reached across it.
            let first_chrome = chrome.partition_point(|c| c.start < above.range.end);
            let across = chrome
                .get(first_chrome)
                .is_some_and(|c| c.start < lines[k].range.start);
            if across {
                // The report's title a few lines above the page's details.
                if is_first && !titled {
                    if let Some(title) = title_above_details(text, lines, k) {
                        start = lines[title].range.start;
                        k = title;
                        titled = true;
                        continue;
                    }
                }
                let head = is_first
                    && !titled
                    && (is_opening(s)
                        || is_title(s)
                        || is_chrome(s)
                        || roles::run_together_title(s).is_some());
                if !head {
                    break;
                }
            }
            // Page details a site prints under the title (来源：…, 时间：…)
            // do not cut the title off its report.
            if is_first && is_chrome(s) {
                if let Some(title) = title_above_details(text, lines, k - 1) {
                    start = lines[title].range.start;
                    k = title;
                    continue;
                }
                // A site's note wedged between the opening and the first
                // heading (“本文档共5页，点击下载完整版”) does not cut the
                // report off its head.
                let head_above = k >= 2 && {
                    let above = &text[lines[k - 2].range.clone()];
                    is_opening(above)
                        || is_title(above)
                        || roles::run_together_title(above).is_some()
                };
                if head_above {
                    start = above.range.start;
                    k -= 1;
                    continue;
                }
            }
            let belongs = if is_first {
                !is_chrome(s)
            } else {
                is_opening(s)
                    || is_title(s)
                    || is_office(s)
                    || roles::run_together_title(s).is_some()
            };
            if marker::at(text, above.range.start).is_some() || !belongs {
                break;
            }
            titled |= (is_title(s) && !is_caption(s)) || roles::run_together_title(s).is_some();
            start = above.range.start;
            k -= 1;
        }
        // Headings before `start` belong to the previous report.
        let first = headings.partition_point(|h| h.marker.start < start);
        starts.push((start, first));
    }
    if starts.is_empty() {
        starts.push((lines.first().map_or(0, |l| l.range.start), 0));
    }
    let mut out = Vec::new();
    for (n, &(start, first)) in starts.iter().enumerate() {
        let (end, last) = starts
            .get(n + 1)
            .map_or((text.len(), headings.len()), |&(s, f)| (s, f));
        let line = lines
            .binary_search_by_key(&start, |l| l.range.start)
            .map_or_else(
                |_| 1 + text[..start].matches('\n').count(),
                |k| lines[k].number,
            );
        let head = roles::describe(text, start..end, &headings[first..last]);
        out.push(Report {
            range: start..end,
            line,
            headings: first..last,
            head,
            closing: closing(text, lines, start..end, headings[first..last].last()),
            ends_complete: ends_complete(text, lines, start..end),
        });
    }
    out
}

/// How many lines of page details may stand between a title and its text.
const DETAILS_UNDER_TITLE: usize = 6;

/// The title line above the page details at `lines[at]`: a few short lines
/// up, with nothing but short lines between.
fn title_above_details(text: &str, lines: &[Line], at: usize) -> Option<usize> {
    (at.saturating_sub(DETAILS_UNDER_TITLE)..at)
        .rev()
        .take_while(|&k| text[lines[k].range.clone()].chars().count() <= 40)
        .find(|&k| is_title(&text[lines[k].range.clone()]))
}

/// Words that open a report's closing paragraph.
const CLOSING_WORDS: &[&str] = &[
    "总之",
    "总而言之",
    "新的一年",
    "新的一年里",
    "下一步，我们",
    "下一步,我们",
    "下一步，我局",
    "今后，我们",
    "我们将",
    "我局将",
    "站在新的起点",
    "新征程上",
];

/// The report's last paragraph, when it reads as a closing.
fn closing(
    text: &str,
    lines: &[Line],
    range: Range<usize>,
    last_heading: Option<&Heading>,
) -> Option<Range<usize>> {
    let last = &lines[..lines.partition_point(|l| l.range.end <= range.end)]
        .last()
        .filter(|l| l.range.start >= range.start)?;
    let s = &text[last.range.clone()];
    let after_headings = last_heading.is_none_or(|h| last.range.start > h.marker.start);
    (after_headings
        && marker::at(text, last.range.start).is_none()
        && CLOSING_WORDS.iter().any(|w| s.starts_with(w)))
    .then(|| last.range.clone())
}

/// Whether the report in `range` is all there: its last line of text ends
/// a sentence. Lines with little text after it (`##paidend##`, a page
/// number, a signature) do not count; a report that ends on a bare heading
/// (“（三）积极发展…。” with nothing under it) or mid-sentence was cut off.
fn ends_complete(text: &str, lines: &[Line], range: Range<usize>) -> bool {
    let upto = lines.partition_point(|l| l.range.end <= range.end);
    let from = lines.partition_point(|l| l.range.start < range.start);
    for line in lines[from..upto.max(from)].iter().rev() {
        let s = &text[line.range.clone()];
        let han = s.chars().filter(|&c| is_han(c)).count();
        if han < 4 {
            continue;
        }
        if marker::at(text, line.range.start).is_some() {
            // A heading with its first sentence on the same line is text.
            let body = s
                .trim_end_matches(['。', '；', ';'])
                .contains(['。', '；', ';']);
            if !body {
                // An outline without text is all there; text that stops
                // at a bare heading was cut off after it.
                return !lines[from..upto.max(from)]
                    .iter()
                    .any(|l| is_prose(&text[l.range.clone()]));
            }
        } else if !is_prose(s) {
            // A title, a signature or a date line: look further up.
            continue;
        }
        return s.ends_with(['。', '！', '？', '!', '?', '”', '…', '；']);
    }
    true
}

/// A section title without a number, alone on its line: “2024年工作展望”,
/// “存在的问题”. Short, without punctuation, naming a section's role.
/// Whether an untitled section (`untitled_section`: short, no sentence
/// punctuation, no number, a part's roles) is short enough to be a section
/// line that starts numbering again: 20 characters, no 、.
fn is_section_line(s: &str) -> bool {
    // (A character takes at most four bytes: long lines are ruled out
    // before they are read.)
    s.len() <= 4 * 20 && s.chars().count() <= 20 && !s.contains('、')
}

/// A line of running text: some length, with punctuation inside.
fn is_prose(s: &str) -> bool {
    s.chars().filter(|&c| is_han(c)).count() >= 10
        && s.contains(['，', '。', '；', '：', '、', ',', ';', ':'])
}

/// Text of a web page around a pasted report, not part of it.
pub(crate) fn is_chrome(s: &str) -> bool {
    CHROME.iter().any(|w| s.contains(w)) || is_breadcrumb(s) || crate::text::is_site_tag(s)
}

/// The arrows of a breadcrumb trail.
pub(crate) const ARROWS: [char; 4] = ['>', '›', '»', '＞'];

/// A site's breadcrumb trail: 首页 > 工作总结 > 正文 — short places
/// between arrows, not a title that holds a stray > (an escape such as
/// `<U+00A0>` left by a page).
pub(crate) fn is_breadcrumb(s: &str) -> bool {
    // A character takes at most four bytes: most lines are too long to be
    // one, which their length shows without reading them.
    s.len() <= 4 * 60 && s.chars().count() <= 60 && s.contains(ARROWS) && {
        // The > of an escape a page left (各位代表：<U+200D>) is no
        // arrow.
        let s = without_escapes(s);
        s.contains(ARROWS)
            && s.split(ARROWS)
                .all(|place| place.trim().chars().count() <= BREADCRUMB_PLACE)
    }
}

/// `s` without the `<U+200D>`-style escapes a page may leave for an
/// invisible character.
fn without_escapes(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains("<U+") {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    while let Some(k) = s[at..].find("<U+") {
        let start = at + k;
        out.push_str(&s[at..start]);
        match crate::text::escape_at(s, start) {
            Some((r, _)) => at = r.end,
            None => {
                out.push_str("<U+");
                at = start + "<U+".len();
            }
        }
    }
    out.push_str(&s[at..]);
    std::borrow::Cow::Owned(out)
}

/// The longest place of a breadcrumb, in characters (当前位置：政务公开).
const BREADCRUMB_PLACE: usize = 16;

const CHROME: &[&str] = &[
    "汇编", "篇)", "篇）", "推荐", "来源", "小编", "网站", "访问", "阅读", "下载", "##paid",
];

/// The issuing office above a title: 青溪县科学技术和工业信息化局.
fn is_office(s: &str) -> bool {
    s.chars().count() <= 30
        && [
            "局",
            "委",
            "委员会",
            "办公室",
            "办",
            "院",
            "政府",
            "中心",
            "公司",
            "部",
        ]
        .iter()
        .any(|w| s.ends_with(w))
}

/// An opening paragraph: 今年以来… / 2023年，… / xxxx年，…
fn is_opening(s: &str) -> bool {
    let digits = s
        .chars()
        .take_while(|c| is_digit(*c) || matches!(c, 'x' | 'X'))
        .count();
    (digits == 4 && s.chars().nth(4) == Some('年'))
        || ["今年以来", "一年来", "近年来", "过去的一年"]
            .iter()
            .any(|w| s.starts_with(w))
}

/// Marks that start the items of a site's menu (• 工作总结).
pub const BULLETS: &[char] = &['•', '·', '●', '▪', '◆'];

/// A photo's caption that names the report (省长某某作政府工作报告, 某某同志
/// 作政府工作报告。本报记者摄): someone delivers it, or a sentence.
fn is_caption(s: &str) -> bool {
    s.contains('。') || s.contains("作政府工作报告") || s.contains("作工作报告")
}

/// A report title: short, names the genre, not a page or compilation title
/// nor an item of a site's menu.
pub(crate) fn is_title(s: &str) -> bool {
    s.chars().count() <= 40
        && TITLE.is_match(s)
        && !is_chrome(s)
        && !s.starts_with(BULLETS)
        && !s.ends_with(['。', '；', '，'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(text: &str) -> Vec<(u8, u32, usize, Option<usize>)> {
        Outline::parse(text)
            .headings
            .iter()
            .map(|h| (h.level, h.number, h.line, h.parent))
            .collect()
    }

    #[test]
    fn breadcrumbs_are_short_places_between_arrows() {
        assert!(is_breadcrumb("首页 > 工作总结 > 正文"));
        assert!(is_breadcrumb("当前位置：首页 > 政务公开 > 工作总结"));
        assert!(is_breadcrumb("首页›新闻中心›通知公告"));
        // A title with an escape a page left in it.
        assert!(!is_breadcrumb(
            "政府工作报告——2026年1月20日在某县第三届人民代表大会第五次会议上县长<U+00A0> 张三"
        ));
        // A salutation the escape ends: no place after the arrow.
        assert!(!is_breadcrumb("各位代表：<U+200D>"));
        // A link's arrows are (相关链接>>).
        assert!(is_breadcrumb("相关链接>>"));
    }

    #[test]
    fn parses_headings_of_every_level() {
        let text = "2023年工作总结\n一、工作情况\n（一）稳运行。全年…\n1.抓调度。一是建台账；二是抓督导。\n（1）细项\n①要点\n(二)强创新\n1、平台\n二、存在问题\n";
        assert_eq!(
            outline(text),
            [
                (1, 1, 2, None),
                (2, 1, 3, Some(0)),
                (3, 1, 4, Some(1)),
                (4, 1, 5, Some(2)),
                (5, 1, 6, Some(3)),
                (2, 2, 7, Some(0)),
                (3, 1, 8, Some(5)),
                (1, 2, 9, None)
            ]
        );
        let o = Outline::parse(text);
        assert_eq!(&text[o.headings[1].text.clone()], "稳运行");
        assert_eq!(
            o.reports[0].head.title.clone().map(|r| &text[r]),
            Some("2023年工作总结")
        );
        assert_eq!(o.enumerations.len(), 1);
        assert_eq!(
            o.enumerations[0]
                .items
                .iter()
                .map(|i| i.0)
                .collect::<Vec<_>>(),
            [1, 2]
        );
    }

    #[test]
    fn recognises_title_opening_and_closing() {
        let text = "青溪县科技局\n2023年工作总结\n2023年，我局坚持创新驱动发展战略，各项工作取得新成效，现报告如下。\n一、工作情况\n（一）稳运行。\n总之，我们将再接再厉。\n";
        let r = &Outline::parse(text).reports[0];
        assert_eq!(
            r.head.title.clone().map(|x| &text[x]),
            Some("2023年工作总结")
        );
        assert_eq!(
            r.head.opening.clone().map(|x| &text[x]),
            Some("2023年，我局坚持创新驱动发展战略，各项工作取得新成效，现报告如下。")
        );
        assert_eq!(
            r.closing.clone().map(|x| &text[x]),
            Some("总之，我们将再接再厉。")
        );
        assert_eq!(r.line, 1);
    }

    #[test]
    fn splits_pastes_holding_several_reports() {
        let text = "科技局年度工作总结汇编(2篇)\n\n2022年，县科技局…\n一、工作情况\n二、存在问题\n三、2023年计划\n\n\n今年以来，区科技局…\n一、工作开展情况\n二、下一步打算\n";
        let o = Outline::parse(text);
        // The compilation's title above the first report is page chrome.
        assert_eq!(o.reports.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 9]);
        assert_eq!(o.reports[1].headings, 3..5);
    }
}
