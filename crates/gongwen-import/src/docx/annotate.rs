//! A .docx given back with the review in it: each note a Word comment (批注)
//! anchored on exactly its text, each edit a tracked change (修订: `w:del`
//! and `w:ins` with the reviewer and the date), never a silent edit.
//!
//! Every part of the package is copied byte for byte (its compressed
//! bytes, as they were) except `word/document.xml`, `word/comments.xml`
//! (new, or the document's own with the notes added), the document's
//! relationships and `[Content_Types].xml` (an entry added to each when
//! missing). In `word/document.xml` only the runs a note starts or ends in,
//! or an edit touches, are rewritten: such a run is split where the note
//! starts or ends, each part keeping the run's properties; everything else
//! is written back as it was read.
//!
//! Notes are placed with the reader's map of the text (`read_mapped`):
//! the caller's ranges are in the text [`crate::import`] gives for the
//! same bytes. Text that comes from no `w:t` (a numbering label, the tab
//! between table cells) is never anchored: a range is narrowed to the
//! text it holds, and a note on no text at all goes on its line, or on the
//! next line with text. Text inside deletions, field codes and field
//! results (a page number, a table of contents) is never anchored.

use super::reader::{read_mapped, stories_mapped, NoteRef, Piece, Place, Story};
use crate::ImportError;
use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};
use std::cell::Cell;
use std::collections::HashMap;
use std::io::{Cursor, Write};
use std::ops::Range;

/// One comment: the story and the range of its text it is on, its body
/// (paragraphs split at `\n`; empty: no comment, the edits alone), and the
/// edits to make as tracked changes (each a range of the text and what
/// replaces it).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Note {
    /// The story the ranges are in: none, the body (the text
    /// [`crate::import`] gives); else a footnote, endnote, header or footer
    /// part, by its name ([`super::Story::part`]).
    pub story: Option<String>,
    pub range: Range<usize>,
    pub body: String,
    pub edits: Vec<(Range<usize>, String)>,
}

/// Who reviews, and when (`w:author`, `w:initials`, `w:date`: ISO 8601,
/// such as 2026-12-07T10:00:00Z).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewer {
    pub author: String,
    pub initials: String,
    pub date: String,
}

/// The annotated file, and what went into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotated {
    pub bytes: Vec<u8>,
    pub comments: usize,
    /// Of the comments, those on footnotes, endnotes, headers and footers.
    pub story_comments: usize,
    /// Edits made as tracked changes.
    pub changes: usize,
    /// Edits left out: across paragraphs, over a numbering label or a
    /// field, inside an earlier revision, or overlapping another edit.
    pub edits_left: usize,
}

const COMMENTS_PART: &str = "word/comments.xml";
const COMMENTS_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const COMMENTS_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// The first id of the tracked changes this writes: far above the ids a
/// document's own revisions and comments use.
const FIRST_CHANGE_ID: usize = 900_000;

/// `bytes` (a .docx) with `notes` as comments and their edits as tracked
/// changes. A note on a footnote or an endnote is said in the body, on the
/// character before its reference mark, quoting its text; a note on a
/// header or a footer, at the body's start (Word takes no comment in a
/// header or a footer, and LibreOffice cannot open a file with one in a
/// footnote). Their edits are made where they are.
pub fn annotate(bytes: &[u8], notes: &[Note], by: &Reviewer) -> Result<Annotated, ImportError> {
    let broken = |why: String| ImportError::BrokenDocx(why);
    let (imported, mapped) = read_mapped(bytes)?;
    let stories = if notes.iter().any(|n| n.story.is_some()) {
        stories_mapped(bytes)?
    } else {
        Vec::new()
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|_| broken("不是有效的压缩包".to_owned()))?;
    let text_of =
        |zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str| super::xml::part(zip, name);
    let document = text_of(&mut zip, "word/document.xml")?
        .ok_or_else(|| broken("缺少正文部分 word/document.xml".to_owned()))?;
    let own_comments = text_of(&mut zip, COMMENTS_PART)?;

    // The notes of each part: the body's, and those of the stories.
    let mut body_notes: Vec<Note> = Vec::new();
    let mut story_notes: Vec<Vec<Note>> = vec![Vec::new(); stories.len()];
    let mut story_comments = 0;
    for note in notes {
        let Some(part) = note.story.as_deref() else {
            body_notes.push(note.clone());
            continue;
        };
        let Some(k) = stories.iter().position(|(s, _)| s.part == part) else {
            continue;
        };
        let story = &stories[k].0;
        let mut own = note.clone();
        if !note.body.is_empty() {
            // The line the note is on: the header's whole text, mostly.
            let at = note.range.start.min(story.text.len());
            let from = story.text[..at].rfind('\n').map_or(0, |i| i + 1);
            let to = story.text[at..]
                .find('\n')
                .map_or(story.text.len(), |i| at + i);
            let quote = story.text.get(from..to).unwrap_or_default().trim();
            let said = format!("{}“{}”：{}", story.kind.label(), shorten(quote), note.body);
            // Headers of the first, odd and even pages often repeat.
            if !body_notes.iter().any(|n| n.body == said) {
                story_comments += 1;
                body_notes.push(Note {
                    story: None,
                    range: story_anchor(story, at, &imported.text, &mapped.refs),
                    body: said,
                    edits: Vec::new(),
                });
            }
            own.body.clear();
        }
        story_notes[k].push(own);
    }

    let mut placer = Placer {
        comments: Vec::new(),
        next_comment: own_comments.as_deref().map_or(0, next_comment_id),
        edits_left: 0,
        changes: 0,
    };
    let next_change = Cell::new(FIRST_CHANGE_ID);
    let rewrite = |placed: &Placed<'_>, xml: &str| {
        Rewriter {
            marks: &placed.marks,
            edits: &placed.edits,
            by,
            next_id: &next_change,
        }
        .document(xml)
        .map_err(broken)
    };
    let placed = placer.place(&Map::new(&imported.text, &mapped.pieces), &body_notes);
    let mut rewritten: HashMap<String, String> = HashMap::new();
    rewritten.insert("word/document.xml".to_owned(), rewrite(&placed, &document)?);
    for ((story, pieces), notes) in stories.iter().zip(&story_notes) {
        if notes.is_empty() {
            continue;
        }
        let placed = placer.place(&Map::new(&story.text, pieces), notes);
        if placed.marks.is_empty() {
            continue;
        }
        let xml = text_of(&mut zip, &story.part)?.unwrap_or_default();
        rewritten.insert(story.part.clone(), rewrite(&placed, &xml)?);
    }
    let comments_xml = comments_part(own_comments.as_deref(), &placer.comments, by);

    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let write_err = |e: std::io::Error| broken(format!("写入失败：{e}"));
    let zip_err = |e: zip::result::ZipError| broken(format!("写入失败：{e}"));
    let rels_name = "word/_rels/document.xml.rels";
    let mut has_rels = false;
    for i in 0..zip.len() {
        let name = zip
            .by_index_raw(i)
            .map_err(|_| broken("压缩包目录损坏".to_owned()))?
            .name()
            .to_owned();
        let replaced = match name.as_str() {
            COMMENTS_PART => Some(comments_xml.clone()),
            "[Content_Types].xml" => text_of(&mut zip, &name)?.map(|x| with_comments_type(&x)),
            n if n == rels_name => {
                has_rels = true;
                text_of(&mut zip, &name)?.map(|x| with_comments_rel(&x))
            }
            n => rewritten.remove(n),
        };
        match replaced {
            Some(xml) => {
                out.start_file(name.as_str(), options).map_err(zip_err)?;
                out.write_all(xml.as_bytes()).map_err(write_err)?;
            }
            None => {
                let file = zip
                    .by_index_raw(i)
                    .map_err(|_| broken("压缩包目录损坏".to_owned()))?;
                out.raw_copy_file(file).map_err(zip_err)?;
            }
        }
    }
    if own_comments.is_none() {
        out.start_file(COMMENTS_PART, options).map_err(zip_err)?;
        out.write_all(comments_xml.as_bytes()).map_err(write_err)?;
    }
    if !has_rels {
        out.start_file(rels_name, options).map_err(zip_err)?;
        let empty = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"#;
        out.write_all(with_comments_rel(empty).as_bytes())
            .map_err(write_err)?;
    }
    let bytes = out.finish().map_err(zip_err)?.into_inner();
    Ok(Annotated {
        bytes,
        comments: placer.comments.len(),
        story_comments,
        changes: placer.changes,
        edits_left: placer.edits_left,
    })
}

/// Where in the body a note on a story is said: on the character before
/// the footnote's or endnote's reference mark; a header's or a footer's,
/// at the body's start.
fn story_anchor(story: &Story, at: usize, body: &str, refs: &[NoteRef]) -> Range<usize> {
    let Some(id) = story.note_at(at) else {
        return 0..0;
    };
    refs.iter()
        .find(|r| r.kind == story.kind && r.id == id)
        .map_or(0..0, |r| {
            let at = r.at.min(body.len());
            let before = body[..at].chars().next_back().map_or(0, char::len_utf8);
            at - before..at
        })
}

/// `s` as a comment quotes it: on one line, at most 20 characters (more
/// are cut and marked ……).
pub fn shorten(s: &str) -> String {
    let one: String = s.chars().filter(|c| *c != '\n' && *c != '\r').collect();
    if one.chars().count() <= 20 {
        return one;
    }
    format!("{}……", one.chars().take(20).collect::<String>())
}

/// The notes of one part placed: the marks at each `w:t`, and the text of
/// each edit.
struct Placed<'n> {
    marks: HashMap<usize, Vec<(usize, Mark)>>,
    edits: Vec<&'n str>,
}

/// Places notes part after part: the comments made (their ids run on
/// across parts), and the edits made and left out.
struct Placer {
    comments: Vec<(usize, String)>,
    next_comment: usize,
    edits_left: usize,
    changes: usize,
}

impl Placer {
    fn place<'n>(&mut self, map: &Map<'_>, notes: &'n [Note]) -> Placed<'n> {
        let mut marks: HashMap<usize, Vec<(usize, Mark)>> = HashMap::new();
        let mut taken: Vec<Range<usize>> = Vec::new();
        let mut edits = Vec::new();
        for note in notes {
            let anchor = map.anchor(note.range.clone());
            if let (false, Some((start, end))) = (note.body.is_empty(), anchor) {
                let id = self.next_comment;
                self.next_comment += 1;
                marks
                    .entry(start.0)
                    .or_default()
                    .push((start.1, Mark::CommentStart(id)));
                marks
                    .entry(end.0)
                    .or_default()
                    .push((end.1, Mark::CommentEnd(id)));
                self.comments.push((id, note.body.clone()));
            }
            for (range, with) in &note.edits {
                let exact = map.exact(range.clone());
                let overlaps = taken.iter().any(|t| {
                    t.start < range.end.max(range.start + 1) && range.start < t.end.max(t.start + 1)
                });
                match exact {
                    // An insertion: one mark, nothing deleted.
                    Some((s, e)) if !overlaps && s == e => {
                        marks
                            .entry(s.0)
                            .or_default()
                            .push((s.1, Mark::Insert(edits.len())));
                        edits.push(with.as_str());
                        taken.push(range.clone());
                    }
                    Some((s, e)) if !overlaps => {
                        let k = edits.len();
                        marks
                            .entry(s.0)
                            .or_default()
                            .push((s.1, Mark::EditStart(k)));
                        marks.entry(e.0).or_default().push((e.1, Mark::EditEnd(k)));
                        edits.push(with.as_str());
                        taken.push(range.clone());
                    }
                    _ => self.edits_left += 1,
                }
            }
        }
        for list in marks.values_mut() {
            list.sort_by_key(|(at, m)| (*at, m.order()));
        }
        self.changes += edits.len();
        Placed { marks, edits }
    }
}

/// What happens at a place of a `w:t`. At one place, an edit ends before
/// a comment ends, and a comment starts before an insertion or an edit
/// starts: what is inserted stays inside the comment's range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    EditEnd(usize),
    CommentEnd(usize),
    CommentStart(usize),
    /// Text inserted where nothing is deleted.
    Insert(usize),
    EditStart(usize),
}

impl Mark {
    fn order(self) -> u8 {
        match self {
            Mark::EditEnd(_) => 0,
            Mark::CommentEnd(_) => 1,
            Mark::CommentStart(_) => 2,
            Mark::Insert(_) => 3,
            Mark::EditStart(_) => 4,
        }
    }
}

/// A place in `word/document.xml`: the `t`-th `w:t`, a byte of its text.
type At = (usize, usize);

/// The text's pieces, to place ranges of the text in the document.
struct Map<'a> {
    text: &'a str,
    /// The pieces that take comments, in text order.
    pieces: Vec<Piece>,
}

impl<'a> Map<'a> {
    fn new(text: &'a str, pieces: &[Piece]) -> Map<'a> {
        let pieces = pieces
            .iter()
            .copied()
            .filter(|p| p.place != Place::Fixed && p.len > 0)
            .collect();
        Map { text, pieces }
    }

    /// Where a comment on `range` starts and ends: the range narrowed to
    /// the text it holds; a range on none, its line (or the next line with
    /// text, or the last text before).
    fn anchor(&self, range: Range<usize>) -> Option<(At, At)> {
        // A place, not a stretch: the character after it.
        let range = if range.is_empty() {
            let at = range.start.min(self.text.len());
            let next = self.text[at..].chars().next().map_or(0, char::len_utf8);
            at..at + next
        } else {
            range
        };
        let inside: Vec<&Piece> = self
            .pieces
            .iter()
            .filter(|p| p.out < range.end && range.start < p.out + p.len)
            .collect();
        let (first, last, range) = match (inside.first(), inside.last()) {
            (Some(f), Some(l)) => (*f, *l, range),
            _ => {
                let line_start = self.text[..range.start.min(self.text.len())]
                    .rfind('\n')
                    .map_or(0, |i| i + 1);
                let line_end = self.text[range.start.min(self.text.len())..]
                    .find('\n')
                    .map_or(self.text.len(), |i| range.start + i);
                let on_line: Vec<&Piece> = self
                    .pieces
                    .iter()
                    .filter(|p| p.out < line_end && line_start < p.out + p.len)
                    .collect();
                let after = || self.pieces.iter().find(|p| p.out >= line_start);
                let before = || self.pieces.iter().rev().find(|p| p.out < line_start);
                match (on_line.first(), on_line.last()) {
                    (Some(f), Some(l)) => (*f, *l, line_start..line_end),
                    _ => {
                        let p = after().or_else(before)?;
                        (p, p, p.out..p.out + p.len)
                    }
                }
            }
        };
        let start = range.start.max(first.out) - first.out + first.at;
        let end = range.end.min(last.out + last.len) - last.out + last.at;
        Some(((first.t, start), (last.t, end)))
    }

    /// Where an edit of `range` starts and ends, when every byte of it is
    /// text of runs right under one paragraph (an insertion: at or inside
    /// such a run).
    fn exact(&self, range: Range<usize>) -> Option<(At, At)> {
        if range.end > self.text.len() || self.text[range.clone()].contains('\n') {
            return None;
        }
        if range.is_empty() {
            let p = self
                .pieces
                .iter()
                .find(|p| p.out <= range.start && range.start <= p.out + p.len)?;
            let at = (p.t, range.start - p.out + p.at);
            return (p.place == Place::Run).then_some((at, at));
        }
        let inside: Vec<&Piece> = self
            .pieces
            .iter()
            .filter(|p| p.out < range.end && range.start < p.out + p.len)
            .collect();
        let covered: usize = inside
            .iter()
            .map(|p| range.end.min(p.out + p.len) - range.start.max(p.out))
            .sum();
        if covered != range.len() || inside.iter().any(|p| p.place != Place::Run) {
            return None;
        }
        let (first, last) = (inside.first()?, inside.last()?);
        Some((
            (first.t, range.start - first.out + first.at),
            (last.t, range.end - last.out + last.at),
        ))
    }
}

/// The next comment id after those of a document's own comments.
fn next_comment_id(xml: &str) -> usize {
    let mut reader = Reader::from_str(xml);
    let mut next = 0;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == b"comment" => {
                if let Some(id) = super::xml::attr(&e, "w:id").and_then(|v| v.parse::<usize>().ok())
                {
                    next = next.max(id + 1);
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    next
}

/// `word/comments.xml`: the document's own comments (if any) and ours.
fn comments_part(own: Option<&str>, comments: &[(usize, String)], by: &Reviewer) -> String {
    let mut ours = String::new();
    for (id, body) in comments {
        ours.push_str(&format!(
            r#"<w:comment w:id="{id}" w:author="{}" w:date="{}" w:initials="{}">"#,
            escape(&by.author),
            escape(&by.date),
            escape(&by.initials)
        ));
        for (i, line) in body.split('\n').enumerate() {
            ours.push_str("<w:p>");
            if i == 0 {
                ours.push_str("<w:r><w:annotationRef/></w:r>");
            }
            ours.push_str(&format!(
                r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
                escape(line)
            ));
        }
        ours.push_str("</w:comment>");
    }
    match own.and_then(|x| x.rfind("</w:comments>").map(|at| (x, at))) {
        Some((xml, at)) => format!("{}{ours}{}", &xml[..at], &xml[at..]),
        None => format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments xmlns:w="{W_NS}">{ours}</w:comments>"#
        ),
    }
}

/// `[Content_Types].xml` with the comments part's type.
fn with_comments_type(xml: &str) -> String {
    if xml.contains("/word/comments.xml") {
        return xml.to_owned();
    }
    let entry =
        format!(r#"<Override PartName="/word/comments.xml" ContentType="{COMMENTS_TYPE}"/>"#);
    match xml.rfind("</Types>") {
        Some(at) => format!("{}{entry}{}", &xml[..at], &xml[at..]),
        None => xml.to_owned(),
    }
}

/// The document's relationships with one to the comments part.
fn with_comments_rel(xml: &str) -> String {
    if xml.contains(COMMENTS_REL) {
        return xml.to_owned();
    }
    let mut n = 1;
    while xml.contains(&format!("Id=\"rIdGw{n}\"")) {
        n += 1;
    }
    let entry =
        format!(r#"<Relationship Id="rIdGw{n}" Type="{COMMENTS_REL}" Target="comments.xml"/>"#);
    match xml.rfind("</Relationships>") {
        Some(at) => format!("{}{entry}{}", &xml[..at], &xml[at..]),
        None => xml.to_owned(),
    }
}

/// Text escaped for an attribute or an element.
fn escape(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

/// Rewrites a part (`word/document.xml`, a story's) with the marks.
struct Rewriter<'a> {
    marks: &'a HashMap<usize, Vec<(usize, Mark)>>,
    edits: &'a [&'a str],
    by: &'a Reviewer,
    /// The next id of a tracked change (shared by the parts rewritten).
    next_id: &'a Cell<usize>,
}

/// A child of a run, as read.
enum Child<'x> {
    Props(Vec<Event<'x>>),
    /// A `w:t`: its number and text.
    Text(usize, String),
    Other(Vec<Event<'x>>),
}

/// The run being written: its properties, whether one is open, whether
/// it is deleted text.
struct Out<'w, 'x> {
    writer: &'w mut Writer<Vec<u8>>,
    props: &'w [Event<'x>],
    open: bool,
    deleting: bool,
}

impl Rewriter<'_> {
    fn document(&self, xml: &str) -> Result<String, String> {
        let mut reader = Reader::from_str(xml);
        let mut writer = Writer::new(Vec::with_capacity(xml.len() + 4096));
        let mut t_count = 0usize;
        let mut deleting = false;
        // Inside the document's own revisions: runs there are never
        // rewritten.
        let mut revised = 0usize;
        let err = |e: std::io::Error| e.to_string();
        loop {
            let event = reader
                .read_event()
                .map_err(|e| format!("XML 格式错误：{e}"))?;
            match event {
                Event::Start(e) if e.name().as_ref() == b"w:r" => {
                    let run = read_run(&mut reader, e, &mut t_count)?;
                    if revised > 0 {
                        // Comments only: no deletion inside a revision.
                        self.run(&mut writer, run, &mut false)?;
                    } else {
                        self.run(&mut writer, run, &mut deleting)?;
                    }
                }
                Event::Start(e) => {
                    match e.name().as_ref() {
                        b"w:t" => t_count += 1,
                        b"w:del" | b"w:ins" | b"w:moveFrom" | b"w:moveTo" => revised += 1,
                        _ => {}
                    }
                    writer.write_event(Event::Start(e)).map_err(err)?;
                }
                Event::End(e) => {
                    if matches!(
                        e.name().as_ref(),
                        b"w:del" | b"w:ins" | b"w:moveFrom" | b"w:moveTo"
                    ) {
                        revised = revised.saturating_sub(1);
                    }
                    writer.write_event(Event::End(e)).map_err(err)?;
                }
                Event::Eof => break,
                e => writer.write_event(e).map_err(err)?,
            }
        }
        String::from_utf8(writer.into_inner()).map_err(|e| e.to_string())
    }

    /// Writes a run: as read when no mark is in it and it is not deleted
    /// text, else split at its marks.
    fn run<'x>(
        &self,
        writer: &mut Writer<Vec<u8>>,
        run: Run<'x>,
        deleting: &mut bool,
    ) -> Result<(), String> {
        let err = |e: std::io::Error| e.to_string();
        let marked = run
            .children
            .iter()
            .any(|c| matches!(c, Child::Text(t, _) if self.marks.contains_key(t)));
        if !marked && !*deleting {
            for e in run.events {
                writer.write_event(e).map_err(err)?;
            }
            return Ok(());
        }
        let empty = Vec::new();
        let props = run
            .children
            .iter()
            .find_map(|c| match c {
                Child::Props(p) => Some(p),
                _ => None,
            })
            .unwrap_or(&empty);
        let mut out = Out {
            writer,
            props,
            open: false,
            deleting: *deleting,
        };
        for child in &run.children {
            match child {
                Child::Props(_) => {}
                Child::Other(events) => {
                    out.open_run(&run.start, self)?;
                    for e in events {
                        out.writer.write_event(e.clone()).map_err(err)?;
                    }
                }
                Child::Text(t, text) => {
                    let marks = self.marks.get(t).map_or(&[][..], Vec::as_slice);
                    let mut from = 0;
                    for &(at, mark) in marks {
                        let at = at.min(text.len());
                        if at > from {
                            out.text(&run.start, self, &text[from..at])?;
                            from = at;
                        }
                        out.close()?;
                        self.mark(&mut out, mark)?;
                    }
                    if from < text.len() {
                        out.text(&run.start, self, &text[from..])?;
                    }
                }
            }
        }
        out.close()?;
        *deleting = out.deleting;
        Ok(())
    }

    /// Writes what a mark puts between runs.
    fn mark(&self, out: &mut Out<'_, '_>, mark: Mark) -> Result<(), String> {
        let w = |out: &mut Out<'_, '_>, s: &str| {
            out.writer.get_mut().extend_from_slice(s.as_bytes());
        };
        match mark {
            Mark::CommentStart(id) => w(out, &format!(r#"<w:commentRangeStart w:id="{id}"/>"#)),
            Mark::CommentEnd(id) => w(
                out,
                &format!(
                    r#"<w:commentRangeEnd w:id="{id}"/><w:r><w:commentReference w:id="{id}"/></w:r>"#
                ),
            ),
            Mark::EditStart(_) => out.deleting = true,
            Mark::EditEnd(k) | Mark::Insert(k) => {
                if matches!(mark, Mark::EditEnd(_)) {
                    out.deleting = false;
                }
                let with = self.edits.get(k).copied().unwrap_or_default();
                if !with.is_empty() {
                    w(
                        out,
                        &format!(r#"<w:ins w:id="{}" {}><w:r>"#, self.id(), self.who()),
                    );
                    for e in out.props {
                        out.writer
                            .write_event(e.clone())
                            .map_err(|e| e.to_string())?;
                    }
                    w(
                        out,
                        &format!(
                            r#"<w:t xml:space="preserve">{}</w:t></w:r></w:ins>"#,
                            escape(with)
                        ),
                    );
                }
            }
        }
        Ok(())
    }

    fn id(&self) -> usize {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        id
    }

    fn who(&self) -> String {
        format!(
            r#"w:author="{}" w:date="{}""#,
            escape(&self.by.author),
            escape(&self.by.date)
        )
    }
}

impl Out<'_, '_> {
    /// Opens a run like the one read (inside a deletion when deleting).
    fn open_run(&mut self, start: &BytesStart<'_>, r: &Rewriter<'_>) -> Result<(), String> {
        if self.open {
            return Ok(());
        }
        if self.deleting {
            let id = r.id();
            self.writer
                .get_mut()
                .extend_from_slice(format!(r#"<w:del w:id="{id}" {}>"#, r.who()).as_bytes());
        }
        self.writer
            .write_event(Event::Start(start.borrow()))
            .map_err(|e| e.to_string())?;
        for e in self.props {
            self.writer
                .write_event(e.clone())
                .map_err(|e| e.to_string())?;
        }
        self.open = true;
        Ok(())
    }

    fn text(&mut self, start: &BytesStart<'_>, r: &Rewriter<'_>, text: &str) -> Result<(), String> {
        self.open_run(start, r)?;
        let tag = if self.deleting { "w:delText" } else { "w:t" };
        let mut t = BytesStart::new(tag);
        t.push_attribute(("xml:space", "preserve"));
        self.writer
            .write_event(Event::Start(t))
            .and_then(|_| self.writer.write_event(Event::Text(BytesText::new(text))))
            .and_then(|_| {
                self.writer
                    .write_event(Event::End(quick_xml::events::BytesEnd::new(tag)))
            })
            .map_err(|e| e.to_string())
    }

    fn close(&mut self) -> Result<(), String> {
        if self.open {
            self.writer.get_mut().extend_from_slice(b"</w:r>");
            if self.deleting {
                self.writer.get_mut().extend_from_slice(b"</w:del>");
            }
            self.open = false;
        }
        Ok(())
    }
}

/// A run as read: its start tag, every event (to write it back as it
/// was), and its children.
struct Run<'x> {
    start: BytesStart<'x>,
    events: Vec<Event<'x>>,
    children: Vec<Child<'x>>,
}

/// Reads a run from its start tag to its end, numbering its `w:t`s as the
/// reader does.
fn read_run<'x>(
    reader: &mut Reader<&'x [u8]>,
    start: BytesStart<'x>,
    t_count: &mut usize,
) -> Result<Run<'x>, String> {
    let mut events = vec![Event::Start(start.clone())];
    let mut children = Vec::new();
    let mut depth = 0usize;
    let mut child: Vec<Event<'x>> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("XML 格式错误：{e}"))?;
        events.push(event.clone());
        match &event {
            Event::Eof => return Err("XML 格式错误：文件不完整".to_owned()),
            Event::End(_) if depth == 0 => break,
            Event::Start(_) => {
                depth += 1;
                child.push(event);
            }
            Event::End(_) => {
                depth -= 1;
                child.push(event);
                if depth == 0 {
                    children.push(classify(std::mem::take(&mut child), t_count)?);
                }
            }
            Event::Empty(_) if depth == 0 => {
                children.push(classify(vec![event], t_count)?);
            }
            _ if depth == 0 => {} // whitespace between children
            _ => child.push(event),
        }
    }
    Ok(Run {
        start,
        events,
        children,
    })
}

/// A child of a run: its properties, a `w:t` with content (numbered), or
/// anything else.
fn classify<'x>(events: Vec<Event<'x>>, t_count: &mut usize) -> Result<Child<'x>, String> {
    let name = match events.first() {
        Some(Event::Start(e)) | Some(Event::Empty(e)) => e.name().as_ref().to_vec(),
        _ => Vec::new(),
    };
    match name.as_slice() {
        b"w:rPr" => Ok(Child::Props(events)),
        b"w:t" if matches!(events.first(), Some(Event::Start(_))) => {
            let mut text = String::new();
            for e in &events[1..] {
                match e {
                    Event::Text(t) => text.push_str(&t.decode().map_err(|e| e.to_string())?),
                    Event::CData(t) => text.push_str(&t.decode().map_err(|e| e.to_string())?),
                    Event::GeneralRef(r) => {
                        if let Some(c) = super::xml::entity(r)? {
                            text.push(c);
                        }
                    }
                    _ => {}
                }
            }
            let t = *t_count;
            *t_count += 1;
            Ok(Child::Text(t, text))
        }
        _ => {
            // A text box's runs inside a drawing: their `w:t`s are
            // counted, never marked (the reader calls them fixed).
            *t_count += events
                .iter()
                .filter(|e| matches!(e, Event::Start(s) if s.name().as_ref() == b"w:t"))
                .count();
            Ok(Child::Other(events))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docx::reader::tests::docx;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn reviewer() -> Reviewer {
        Reviewer {
            author: "公文体检".into(),
            initials: "GW".into(),
            date: "2026-12-07T10:00:00Z".into(),
        }
    }

    /// A part of a package, as text.
    fn part_of(bytes: &[u8], name: &str) -> Option<String> {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
        let mut file = zip.by_name(name).ok()?;
        let mut s = String::new();
        std::io::Read::read_to_string(&mut file, &mut s).expect("utf-8");
        Some(s)
    }

    /// The text each comment range holds, by id: the `w:t`s between its
    /// start and its end (deleted text left out), read with a plain scan
    /// of the XML, not the reader under test.
    fn anchored(xml: &str) -> Vec<(usize, String)> {
        let mut open: Vec<(usize, String)> = Vec::new();
        let mut done = Vec::new();
        let mut rest = xml;
        while let Some(at) = rest.find('<') {
            let tag_end = rest[at..].find('>').expect("tag") + at;
            let tag = &rest[at + 1..tag_end];
            let id = || {
                let i = tag.find("w:id=\"").expect("id") + 6;
                tag[i..i + tag[i..].find('"').expect("quote")]
                    .parse::<usize>()
                    .expect("number")
            };
            if tag.starts_with("w:commentRangeStart") {
                open.push((id(), String::new()));
            } else if tag.starts_with("w:commentRangeEnd") {
                let id = id();
                let k = open.iter().position(|(i, _)| *i == id).expect("started");
                done.push(open.remove(k));
            } else if tag == "w:t" || tag.starts_with("w:t ") {
                let close = rest[tag_end..].find("</w:t>").expect("closed") + tag_end;
                let text = quick_xml::escape::unescape(&rest[tag_end + 1..close])
                    .expect("text")
                    .into_owned();
                for (_, s) in &mut open {
                    s.push_str(&text);
                }
            }
            rest = &rest[tag_end + 1..];
        }
        done.sort();
        done
    }

    fn document(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
        )
    }

    const BODY: &str = concat!(
        r#"<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>青溪县科技局</w:t></w:r><w:r><w:t>2025年工作总结</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>主要工作</w:t></w:r></w:p>"#,
        r#"<w:p><w:r><w:t xml:space="preserve">全年新增企业xx家，同比增长12.5%%。</w:t></w:r><w:del w:id="7" w:author="甲" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>删去的</w:delText></w:r></w:del><w:ins w:id="8" w:author="甲" w:date="2026-01-01T00:00:00Z"><w:r><w:t>加上的</w:t></w:r></w:ins><w:r><w:tab/><w:t>R&amp;D投入</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#,
        r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#,
        r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数值</w:t></w:r></w:p></w:tc></w:tr>"#,
        r#"<w:tr><w:tc><w:p><w:r><w:t>企业</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>15家</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
    );

    const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

    fn package() -> Vec<u8> {
        docx(&[
            (
                "[Content_Types].xml",
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
            ),
            (
                "word/_rels/document.xml.rels",
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#,
            ),
            ("word/document.xml", &document(&BODY.replace("%%", "%"))),
            ("word/numbering.xml", NUMBERING),
            (
                "word/header1.xml",
                &format!(r#"<w:hdr {W}><w:p><w:r><w:t>页眉</w:t></w:r></w:p></w:hdr>"#),
            ),
        ])
    }

    fn note(text: &str, find: &str, body: &str, fix: Option<&str>) -> Note {
        let start = text.find(find).expect("in the text");
        let range = start..start + find.len();
        Note {
            story: None,
            range: range.clone(),
            body: body.into(),
            edits: fix.map(|f| vec![(range, f.to_owned())]).unwrap_or_default(),
        }
    }

    #[test]
    fn notes_become_comments_on_their_text_and_fixes_tracked_changes() {
        let bytes = package();
        let text = crate::import("a.docx", &bytes).expect("reads").text;
        assert_eq!(
            text,
            "青溪县科技局2025年工作总结\n一、主要工作\n全年新增企业xx家，同比增长12.5%。加上的\tR&D投入\n3\n指标\t数值\n企业\t15家\n"
        );
        let at = text.find("同比").expect("found");
        let notes = [
            Note {
                story: None,
                range: at..at,
                body: "插入".into(),
                edits: vec![(at..at, "全年".into())],
            },
            note(&text, "局2025", "跨两个文字块", None),
            note(&text, "xx", "待填：xx\n第二段说明", Some("15")),
            note(&text, "一、", "编号是自动编号", None),
            note(&text, "R&D", "含实体", Some("研发")),
            note(&text, "加上的", "修订中的文字", Some("不改")),
            note(&text, "15家", "表格里", None),
            note(&text, "3\n", "页码", None),
        ];
        let out = annotate(&bytes, &notes, &reviewer()).expect("annotates");
        assert_eq!(out.comments, 8);
        assert_eq!((out.changes, out.edits_left), (3, 1));
        let xml = part_of(&out.bytes, "word/document.xml").expect("document");
        let got = anchored(&xml);
        let texts: Vec<&str> = got.iter().map(|(_, s)| s.as_str()).collect();
        // The fix of xx is tracked: the range holds the inserted 15 (the
        // deleted xx is w:delText).
        assert_eq!(
            texts,
            [
                "全年同",
                "局2025",
                "15",
                "主要工作",
                "研发",
                "加上的",
                "15家",
                "指标"
            ]
        );
        assert!(
            xml.contains("<w:delText xml:space=\"preserve\">xx</w:delText>"),
            "{xml}"
        );
        assert!(xml.contains(r#"<w:del w:id="7" w:author="甲""#));
        // Bold kept on the split run.
        assert!(xml.contains(r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">青溪县科技</w:t></w:r><w:commentRangeStart w:id="1"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">局</w:t></w:r>"#), "{xml}");
        let after = crate::import("a.docx", &out.bytes)
            .expect("reads back")
            .text;
        assert_eq!(
            after,
            text.replace("xx", "15")
                .replace("R&D", "研发")
                .replace("同比", "全年同比")
        );
        let comments = part_of(&out.bytes, "word/comments.xml").expect("comments");
        assert_eq!(comments.matches("<w:comment ").count(), 8);
        assert!(comments.contains("第二段说明"));
        assert!(part_of(&out.bytes, "[Content_Types].xml")
            .expect("types")
            .contains("/word/comments.xml"));
        assert!(part_of(&out.bytes, "word/_rels/document.xml.rels")
            .expect("rels")
            .contains("comments.xml"));
        for same in ["word/numbering.xml", "word/header1.xml"] {
            assert_eq!(part_of(&out.bytes, same), part_of(&bytes, same), "{same}");
        }
    }

    #[test]
    fn notes_on_footnotes_stay_there_and_notes_on_headers_are_said_in_the_body() {
        let mut parts: Vec<(&str, String)> = vec![
            ("word/document.xml", document(&BODY.replace("%%", "%"))),
            ("word/numbering.xml", NUMBERING.to_owned()),
        ];
        for header in ["word/header1.xml", "word/header2.xml"] {
            parts.push((
                header,
                format!(r#"<w:hdr {W}><w:p><w:r><w:t>青溪县科技局20xx年工作总结</w:t></w:r></w:p></w:hdr>"#),
            ));
        }
        parts.push((
            "word/footnotes.xml",
            format!(
                r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来源：县统计局，，快报。</w:t></w:r></w:p></w:footnote></w:footnotes>"#
            ),
        ));
        let borrowed: Vec<(&str, &str)> = parts.iter().map(|(n, x)| (*n, x.as_str())).collect();
        let bytes = docx(&borrowed);
        let stories = crate::docx_stories(&bytes).expect("stories");
        let kinds: Vec<(&str, &str)> = stories
            .iter()
            .map(|s| (s.part.as_str(), s.kind.label()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("word/header1.xml", "页眉"),
                ("word/header2.xml", "页眉"),
                ("word/footnotes.xml", "脚注")
            ]
        );
        let in_story = |k: usize, find: &str, body: &str, fix: &str| {
            let mut n = note(&stories[k].text, find, body, Some(fix));
            n.story = Some(stories[k].part.clone());
            n
        };
        let notes = [
            in_story(0, "xx", "年份待填", "25"),
            in_story(1, "xx", "年份待填", "25"),
            in_story(2, "，，", "标点重复", "，"),
        ];
        let out = annotate(&bytes, &notes, &reviewer()).expect("annotates");
        // One comment for the two headers' one finding, at the body's
        // start; one for the footnote's, on the character before its
        // reference mark; three tracked changes, where they are.
        assert_eq!((out.comments, out.changes, out.edits_left), (2, 3, 0));
        assert_eq!(out.story_comments, 2);
        let footnotes = part_of(&out.bytes, "word/footnotes.xml").expect("footnotes");
        assert!(!footnotes.contains("commentRange"), "{footnotes}");
        assert!(
            footnotes.contains("<w:delText xml:space=\"preserve\">，，</w:delText>"),
            "{footnotes}"
        );
        let document = part_of(&out.bytes, "word/document.xml").expect("document");
        assert_eq!(
            anchored(&document),
            [(0, "青".to_owned()), (1, "入".to_owned())]
        );
        for header in ["word/header1.xml", "word/header2.xml"] {
            let xml = part_of(&out.bytes, header).expect("header");
            assert!(!xml.contains("commentRange"), "{xml}");
            assert!(
                xml.contains("<w:delText xml:space=\"preserve\">xx</w:delText>"),
                "{xml}"
            );
        }
        let comments = part_of(&out.bytes, "word/comments.xml").expect("comments");
        assert!(
            comments.contains("页眉“青溪县科技局20xx年工作总结”：年份待填"),
            "{comments}"
        );
        assert!(
            comments.contains("脚注“数据来源：县统计局，，快报。”：标点重复"),
            "{comments}"
        );
        let stories_after = crate::docx_stories(&out.bytes).expect("stories");
        assert_eq!(stories_after[0].text, "青溪县科技局2025年工作总结\n");
        assert_eq!(stories_after[2].text, "\n 数据来源：县统计局，快报。\n");
    }

    #[test]
    fn without_notes_the_document_is_written_back_as_it_was() {
        let bytes = package();
        let out = annotate(&bytes, &[], &reviewer()).expect("annotates");
        assert_eq!(
            part_of(&out.bytes, "word/document.xml"),
            part_of(&bytes, "word/document.xml")
        );
    }
}
