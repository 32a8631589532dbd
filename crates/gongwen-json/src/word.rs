//! The reviewed draft as a Word file, as the app's 导出 and the JS module
//! give it: a .docx the user opened, annotated, with what the user changed
//! since (fixes accepted, words typed) as tracked changes; or, for a pasted
//! draft, a new .docx with the same comments.
//!
//! The draft's findings are on the draft; the comments go on the text the
//! Word file was read as. The two are aligned by a diff (lines first, then
//! the characters of the lines that differ), so a finding in unchanged text
//! keeps its exact place, and one in changed text goes on the text it
//! replaced. The file's footnotes, endnotes, headers and footers are
//! checked here, each as a text beside the report (`story_notes`).

use crate::comments::notes;
use gongwen::{Applicability, Config, Finding, Report, Severity};
use gongwen_import::{Annotated, ImportError, Note, Reviewer};
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::ops::Range;

/// What goes into the Word file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Comments at this severity or above.
    pub min: Severity,
    /// Fixes at least this safe as tracked changes (none: comments only).
    pub track: Option<Applicability>,
}

/// Whether the settings leave a finding (ignore it), given the text it is
/// in.
pub type Leave<'a> = &'a dyn Fn(&Finding, &str) -> bool;

/// The Word file for `draft` and its `report` (checked with `config`):
/// `original` (a .docx and the text it was read as) annotated, its
/// stories' findings too (but those `leave` says to leave), the draft's
/// differences from that text as tracked changes; or, with no original, a
/// new .docx.
pub fn word_file(
    draft: &str,
    report: &Report,
    config: &Config,
    original: Option<(&[u8], &str)>,
    options: Options,
    by: &Reviewer,
    leave: Leave<'_>,
) -> Result<Annotated, ImportError> {
    let findings = &report.findings;
    let (bytes, base, changes) = match original {
        Some((bytes, text)) => (bytes.to_vec(), text.to_owned(), true),
        None => {
            let bytes = gongwen_import::plain_docx(draft);
            let text = gongwen_import::read_docx(&bytes)?.text;
            (bytes, text, false)
        }
    };
    let aligned = Aligned::new(&base, draft);
    let mut all: Vec<Note> = notes(findings, draft, options.min, options.track)
        .into_iter()
        .map(|n| Note {
            range: aligned.to_base(n.range),
            edits: n
                .edits
                .into_iter()
                .filter_map(|(r, with)| aligned.exact(r).map(|r| (r, with)))
                .collect(),
            ..n
        })
        .collect();
    if changes {
        all.extend(story_notes(&bytes, config, report, options, leave)?);
        all.extend(
            aligned
                .changes(draft)
                .into_iter()
                .map(|(range, with)| Note {
                    story: None,
                    range: range.clone(),
                    body: String::new(),
                    edits: vec![(range, with)],
                }),
        );
    }
    gongwen_import::annotate(&bytes, &all, by)
}

/// The notes on a Word file's footnotes, endnotes, headers and footers
/// ([`check_stories`]).
pub fn story_notes(
    bytes: &[u8],
    config: &Config,
    report: &Report,
    options: Options,
    leave: Leave<'_>,
) -> Result<Vec<Note>, ImportError> {
    let stories = gongwen_import::docx_stories(bytes)?;
    Ok(check_stories(stories, config, report.year(), leave)
        .into_iter()
        .flat_map(|(story, found)| {
            notes(&found.findings, &story.text, options.min, options.track)
                .into_iter()
                .map(move |n| Note {
                    story: Some(story.part.clone()),
                    ..n
                })
        })
        .collect())
}

/// Each story of a Word file checked as a text beside the report
/// ([`Config::beside`]), in the year of the report's title
/// ([`Report::year`]), the findings `leave` says to leave taken out.
pub fn check_stories(
    stories: Vec<gongwen_import::Story>,
    config: &Config,
    year: Option<u32>,
    leave: Leave<'_>,
) -> Vec<(gongwen_import::Story, Report)> {
    if stories.is_empty() {
        return Vec::new();
    }
    let prepared = gongwen::Prepared::new(&config.beside(year));
    stories
        .into_iter()
        .map(|story| {
            let mut found = gongwen::check_prepared(&story.text, None, &prepared);
            found.findings.retain(|f| !leave(f, &story.text));
            (story, found)
        })
        .collect()
}

/// Two texts aligned: stretches equal in both, and stretches that differ,
/// each as byte ranges of the base and of the draft, in order.
struct Aligned {
    spans: Vec<(Range<usize>, Range<usize>, bool)>,
}

impl Aligned {
    fn new(base: &str, draft: &str) -> Aligned {
        let mut spans = Vec::new();
        let (old_lines, new_lines): (Vec<&str>, Vec<&str>) = (
            base.split_inclusive('\n').collect(),
            draft.split_inclusive('\n').collect(),
        );
        let starts = |lines: &[&str]| -> Vec<usize> {
            let mut v = vec![0];
            for l in lines {
                v.push(v.last().copied().unwrap_or(0) + l.len());
            }
            v
        };
        let (old_at, new_at) = (starts(&old_lines), starts(&new_lines));
        let bytes = |at: &[usize], r: Range<usize>| at[r.start]..at[r.end];
        for op in capture_diff_slices(Algorithm::Myers, &old_lines, &new_lines) {
            let (old, new) = (
                bytes(&old_at, op.old_range()),
                bytes(&new_at, op.new_range()),
            );
            match op {
                DiffOp::Equal { .. } => spans.push((old, new, true)),
                _ => char_spans(
                    &base[old.clone()],
                    &draft[new.clone()],
                    old.start,
                    new.start,
                    &mut spans,
                ),
            }
        }
        Aligned { spans }
    }

    /// A range of the draft as a range of the base: exact in equal text;
    /// in changed text, widened to the text it replaced.
    fn to_base(&self, range: Range<usize>) -> Range<usize> {
        let start = self.place(range.start, false);
        let end = self.place(range.end, true).max(start);
        start..end
    }

    /// A range of the draft as the same text of the base, when all of it
    /// is unchanged.
    fn exact(&self, range: Range<usize>) -> Option<Range<usize>> {
        self.spans.iter().find_map(|(old, new, equal)| {
            (*equal && new.start <= range.start && range.end <= new.end)
                .then(|| old.start + range.start - new.start..old.start + range.end - new.start)
        })
    }

    fn place(&self, at: usize, end: bool) -> usize {
        for (old, new, equal) in &self.spans {
            let inside = if end {
                new.start < at && at <= new.end
            } else {
                new.start <= at && at < new.end
            };
            if inside {
                return if *equal {
                    old.start + at - new.start
                } else if end {
                    old.end
                } else {
                    old.start
                };
            }
        }
        self.spans.last().map_or(0, |(old, _, _)| old.end)
    }

    /// The differences: each a range of the base and what the draft has
    /// there.
    fn changes(&self, draft: &str) -> Vec<(Range<usize>, String)> {
        self.spans
            .iter()
            .filter(|(_, _, equal)| !equal)
            .map(|(old, new, _)| (old.clone(), draft[new.clone()].to_owned()))
            .collect()
    }
}

/// The longest stretch (in bytes) compared character by character.
const LONGEST_CHAR_DIFF: usize = 60_000;

/// The character diff of two differing stretches, as spans (offsets from
/// `old_at` and `new_at`); neighbouring differences are merged.
fn char_spans(
    old: &str,
    new: &str,
    old_at: usize,
    new_at: usize,
    spans: &mut Vec<(Range<usize>, Range<usize>, bool)>,
) {
    // Stretches rewritten at length are one change: a character diff of
    // them would take time in proportion to their length times the
    // changes.
    if old.len().max(new.len()) > LONGEST_CHAR_DIFF {
        spans.push((
            old_at..old_at + old.len(),
            new_at..new_at + new.len(),
            false,
        ));
        return;
    }
    let (old_chars, new_chars): (Vec<char>, Vec<char>) =
        (old.chars().collect(), new.chars().collect());
    let (old_bytes, new_bytes) = (byte_starts(old), byte_starts(new));
    for op in capture_diff_slices(Algorithm::Myers, &old_chars, &new_chars) {
        let o = old_bytes[op.old_range().start] + old_at..old_bytes[op.old_range().end] + old_at;
        let n = new_bytes[op.new_range().start] + new_at..new_bytes[op.new_range().end] + new_at;
        let equal = matches!(op, DiffOp::Equal { .. });
        match spans.last_mut() {
            Some((lo, ln, false)) if !equal && lo.end == o.start && ln.end == n.start => {
                lo.end = o.end;
                ln.end = n.end;
            }
            _ => spans.push((o, n, equal)),
        }
    }
}

/// The byte offset of each character, and the length at the end.
fn byte_starts(s: &str) -> Vec<usize> {
    s.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Word file edited in the app (a word typed in, one deleted, one
    /// replaced) comes back with the edits tracked: accepted, the file
    /// reads as the draft.
    #[test]
    fn the_edits_since_the_file_was_opened_are_tracked_changes() {
        let base = "白沙县2025年工作总结\n全年新增企业xx家，同比增长。\n要素保障压力较大。\n";
        let bytes = gongwen_import::plain_docx(base);
        let opened = gongwen_import::read_docx(&bytes).expect("reads").text;
        assert_eq!(opened, base);
        let draft = "白沙县2025年工作总结\n全年新增规上企业15家，同比增长。\n要素保障压力大。\n";
        let by = Reviewer {
            author: "公文体检".into(),
            initials: "GW".into(),
            date: "2026-12-07T10:00:00Z".into(),
        };
        let options = Options {
            min: Severity::Info,
            track: None,
        };
        let out = word_file(
            draft,
            &gongwen::check("", &Config::default()),
            &Config::default(),
            Some((&bytes, &opened)),
            options,
            &by,
            &|_, _| false,
        )
        .expect("made");
        assert_eq!((out.changes, out.edits_left), (3, 0));
        let back = gongwen_import::read_docx(&out.bytes)
            .expect("reads back")
            .text;
        assert_eq!(back, draft);
    }

    #[test]
    fn ranges_of_the_draft_are_placed_in_the_text_it_was_made_from() {
        let base = "第一行不变。\n全年新增企业xx家，，同比增长。\n最后一行。\n";
        let draft = "第一行不变。\n全年新增企业15家，同比增长。\n新加的一行。\n最后一行。\n";
        let a = Aligned::new(base, draft);
        let at = |s: &str, w: &str| {
            let i = s.find(w).expect("found");
            i..i + w.len()
        };
        // Unchanged text: exact.
        assert_eq!(a.to_base(at(draft, "同比增长")), at(base, "同比增长"));
        assert_eq!(a.exact(at(draft, "最后一行")), Some(at(base, "最后一行")));
        // Changed text: the text it replaced.
        assert_eq!(a.to_base(at(draft, "15")), at(base, "xx"));
        assert_eq!(a.exact(at(draft, "15")), None);
        let changes = a.changes(draft);
        let shown: Vec<(&str, &str)> = changes
            .iter()
            .map(|(r, w)| (&base[r.clone()], w.as_str()))
            .collect();
        assert_eq!(shown, [("xx", "15"), ("，", ""), ("", "新加的一行。\n")]);
    }
}
