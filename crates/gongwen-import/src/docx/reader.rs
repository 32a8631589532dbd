//! Reading a .docx: the paragraphs of `word/document.xml` in order,
//! automatic numbering rendered as Word shows it (`word/numbering.xml`,
//! also numbering that comes with a paragraph style), heading styles kept
//! as outline hints, tables as tab-separated rows; with a map of every
//! stretch of the text back to the `w:t` it came from (for the annotator)
//! and each paragraph's typesetting (`super::format`). Deleted revisions
//! are left out. Footnotes, endnotes, headers and footers are texts of
//! their own (`stories`), read the same way from their parts.

use super::format;
use super::xml::{attr, entity, part};
use crate::{ImportError, Imported, MAX_UNPACKED};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;

/// A paragraph Word marks as a heading: its 1-based line and level (1–9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading {
    pub line: usize,
    pub level: u8,
}

pub fn read(bytes: &[u8]) -> Result<Imported, ImportError> {
    let (imported, _) = read_mapped(bytes)?;
    Ok(imported)
}

/// What a story of the document is: the text beside the body that Word
/// keeps in a part of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryKind {
    Footnotes,
    Endnotes,
    Header,
    Footer,
}

impl StoryKind {
    /// The kind of the part named `name`, if it holds a story.
    pub fn of(name: &str) -> Option<StoryKind> {
        let file = name.strip_prefix("word/")?.strip_suffix(".xml")?;
        if file.contains('/') {
            return None;
        }
        match file {
            "footnotes" => Some(StoryKind::Footnotes),
            "endnotes" => Some(StoryKind::Endnotes),
            f if f.starts_with("header") => Some(StoryKind::Header),
            f if f.starts_with("footer") => Some(StoryKind::Footer),
            _ => None,
        }
    }

    /// Its name, as Word's Chinese menus say it.
    pub fn label(self) -> &'static str {
        match self {
            StoryKind::Footnotes => "脚注",
            StoryKind::Endnotes => "尾注",
            StoryKind::Header => "页眉",
            StoryKind::Footer => "页脚",
        }
    }
}

/// A story of the document: the text of one part (all its footnotes, one
/// header …), a paragraph a line, read as the body is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// The part's name in the package (`word/footnotes.xml`).
    pub part: String,
    pub kind: StoryKind,
    pub text: String,
    /// In a footnotes or endnotes part: where each note's text starts,
    /// and its id (`w:id`), in order.
    pub(crate) notes: Vec<(usize, String)>,
}

impl Story {
    /// The id of the footnote or endnote that holds byte `at`.
    pub(crate) fn note_at(&self, at: usize) -> Option<&str> {
        self.notes
            .iter()
            .rev()
            .find(|(start, _)| *start <= at)
            .map(|(_, id)| id.as_str())
    }
}

/// Where the body refers to a footnote or an endnote: the byte of the
/// text the reference mark stands at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NoteRef {
    pub kind: StoryKind,
    pub id: String,
    pub at: usize,
}

/// The document's stories that hold text, in the package's order.
pub fn stories(bytes: &[u8]) -> Result<Vec<Story>, ImportError> {
    Ok(stories_mapped(bytes)?
        .into_iter()
        .map(|(story, _)| story)
        .collect())
}

/// The stories, each with where each stretch of its text stands in its
/// part.
pub(crate) fn stories_mapped(bytes: &[u8]) -> Result<Vec<(Story, Vec<Piece>)>, ImportError> {
    let broken = |why: &str| ImportError::BrokenDocx(why.to_owned());
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| broken("不是有效的压缩包"))?;
    let package = Package::read(&mut zip)?;
    let names: Vec<(String, StoryKind)> = zip
        .file_names()
        .filter_map(|n| StoryKind::of(n).map(|k| (n.to_owned(), k)))
        .collect();
    let mut out = Vec::new();
    for (name, kind) in names {
        let Some(xml) = part(&mut zip, &name)? else {
            continue;
        };
        let read = package.body(&xml).map_err(|e| broken(&e))?;
        if read.text.trim().is_empty() {
            continue;
        }
        let story = Story {
            part: name,
            kind,
            text: read.text,
            notes: read.notes,
        };
        out.push((story, read.pieces));
    }
    Ok(out)
}

/// What every part's text is read with: the numbering, the styles and
/// their formats.
struct Package {
    numbering: Numbering,
    styles: Styles,
    formats: format::Formats,
}

impl Package {
    fn read(zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>) -> Result<Package, ImportError> {
        let unpacked: u64 = (0..zip.len())
            .filter_map(|i| zip.by_index_raw(i).ok().map(|f| f.size()))
            .sum();
        if unpacked > MAX_UNPACKED {
            return Err(ImportError::UnpacksTooLarge);
        }
        let numbering = part(zip, "word/numbering.xml")?
            .map(|x| Numbering::parse(&x))
            .unwrap_or_default();
        let styles_xml = part(zip, "word/styles.xml")?;
        let styles = styles_xml.as_deref().map(Styles::parse).unwrap_or_default();
        let theme = part(zip, "word/theme/theme1.xml")?;
        let formats = format::Formats::parse(styles_xml.as_deref(), theme.as_deref());
        Ok(Package {
            numbering,
            styles,
            formats,
        })
    }

    fn body(&self, xml: &str) -> Result<BodyRead, String> {
        Body::read(xml, &self.numbering, &self.styles, &self.formats)
    }
}

/// The document's text, and where each stretch of it stands in
/// `word/document.xml`.
pub(crate) fn read_mapped(bytes: &[u8]) -> Result<(Imported, Mapped), ImportError> {
    let broken = |why: &str| ImportError::BrokenDocx(why.to_owned());
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| broken("不是有效的压缩包"))?;
    let package = Package::read(&mut zip)?;
    let document = part(&mut zip, "word/document.xml")?
        .ok_or_else(|| broken("缺少正文部分 word/document.xml"))?;
    let footers: Vec<String> = zip
        .file_names()
        .filter(|n| n.starts_with("word/footer") && n.ends_with(".xml"))
        .map(str::to_owned)
        .collect();
    let mut page_numbers = Vec::new();
    for name in footers {
        if let Some(number) = part(&mut zip, &name)?
            .as_deref()
            .and_then(format::page_number)
        {
            page_numbers.push(number);
        }
    }
    let read = package.body(&document).map_err(|e| broken(&e))?;
    let imported = Imported {
        text: read.text,
        format: "Word 文档（.docx）".to_owned(),
        headings: read.headings,
        word_format: Some(Box::new(gongwen::typeset::WordFormat {
            page: read.page,
            paragraphs: read.paragraphs,
            page_numbers,
        })),
    };
    let mapped = Mapped {
        pieces: read.pieces,
        refs: read.refs,
    };
    Ok((imported, mapped))
}

/// Where the body's text stands in `word/document.xml`: its pieces, and
/// its references to footnotes and endnotes.
pub(crate) struct Mapped {
    pub pieces: Vec<Piece>,
    pub refs: Vec<NoteRef>,
}

/// A stretch of the text that is the text of one `w:t` of
/// `word/document.xml`: the `t`-th in document order (0-based), from byte
/// `at` of its text (entities resolved). Numbering labels, tabs, breaks
/// and the separators of table cells belong to no piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Where the stretch starts in the text.
    pub out: usize,
    pub len: usize,
    pub t: usize,
    pub at: usize,
    pub place: Place,
}

/// What holds a piece's run: where a comment may be anchored, and where a
/// tracked change may be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A `w:r` right under its `w:p`: comments and tracked changes.
    Run,
    /// A `w:r` inside a hyperlink, an earlier insertion, a content
    /// control …: comments only.
    Nested,
    /// A field's result (a page number, a table of contents) or anything
    /// else: neither.
    Fixed,
}

impl NoteRef {
    fn shifted(self, by: usize) -> NoteRef {
        NoteRef {
            at: self.at + by,
            ..self
        }
    }
}

impl Piece {
    fn shifted(self, by: usize) -> Piece {
        Piece {
            out: self.out + by,
            ..self
        }
    }
}

/// One level of a numbering definition.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// `numbering.xml`: numId → abstract definition → levels.
#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, HashMap<u8, Level>>,
    nums: HashMap<String, String>,
}

impl Numbering {
    fn parse(xml: &str) -> Numbering {
        let mut n = Numbering::default();
        let mut reader = Reader::from_str(xml);
        let (mut abs, mut num, mut lvl): (Option<String>, Option<String>, Option<u8>) =
            (None, None, None);
        let mut level = Level::default();
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                    b"abstractNum" => abs = attr(&e, "w:abstractNumId"),
                    b"num" => num = attr(&e, "w:numId"),
                    b"abstractNumId" => {
                        if let (Some(id), Some(a)) = (&num, attr(&e, "w:val")) {
                            n.nums.insert(id.clone(), a);
                        }
                    }
                    b"lvl" => {
                        lvl = attr(&e, "w:ilvl").and_then(|v| v.parse().ok());
                        level = Level {
                            start: 1,
                            ..Level::default()
                        };
                    }
                    b"start" if lvl.is_some() => {
                        level.start = attr(&e, "w:val").and_then(|v| v.parse().ok()).unwrap_or(1)
                    }
                    b"numFmt" if lvl.is_some() => {
                        level.format = attr(&e, "w:val").unwrap_or_default()
                    }
                    b"lvlText" if lvl.is_some() => {
                        level.text = attr(&e, "w:val").unwrap_or_default()
                    }
                    _ => {}
                },
                Ok(Event::End(e)) => match e.local_name().as_ref() {
                    b"lvl" => {
                        if let (Some(a), Some(l)) = (&abs, lvl.take()) {
                            n.abstracts
                                .entry(a.clone())
                                .or_default()
                                .insert(l, level.clone());
                        }
                    }
                    b"abstractNum" => abs = None,
                    b"num" => num = None,
                    _ => {}
                },
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
        n
    }

    fn level(&self, num_id: &str, ilvl: u8) -> Option<&Level> {
        self.abstracts.get(self.nums.get(num_id)?)?.get(&ilvl)
    }
}

/// `styles.xml`: per paragraph style, its heading level and numbering.
#[derive(Debug, Default)]
struct Styles {
    styles: HashMap<String, Style>,
}

#[derive(Debug, Clone, Default)]
struct Style {
    heading: Option<u8>,
    num: Option<(String, u8)>,
    based_on: Option<String>,
}

impl Styles {
    fn parse(xml: &str) -> Styles {
        let mut s = Styles::default();
        let mut reader = Reader::from_str(xml);
        let mut id: Option<String> = None;
        let mut style = Style::default();
        let mut ilvl = 0u8;
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                    b"style" => {
                        id = attr(&e, "w:styleId");
                        style = Style::default();
                        ilvl = 0;
                    }
                    b"name" if id.is_some() => {
                        let name = attr(&e, "w:val").unwrap_or_default().to_lowercase();
                        style.heading = heading_level(&name).or(style.heading);
                    }
                    b"basedOn" if id.is_some() => style.based_on = attr(&e, "w:val"),
                    b"outlineLvl" if id.is_some() => {
                        style.heading = attr(&e, "w:val")
                            .and_then(|v| v.parse::<u8>().ok())
                            .filter(|l| *l < 9)
                            .map(|l| l + 1)
                    }
                    b"ilvl" if id.is_some() => {
                        ilvl = attr(&e, "w:val").and_then(|v| v.parse().ok()).unwrap_or(0)
                    }
                    b"numId" if id.is_some() => {
                        style.num = attr(&e, "w:val").map(|n| (n, ilvl));
                    }
                    _ => {}
                },
                Ok(Event::End(e)) if e.local_name().as_ref() == b"style" => {
                    if let Some(id) = id.take() {
                        s.styles.insert(id, style.clone());
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
        s
    }

    /// A property of `id`, looked up through the styles it is based on.
    fn lookup<T>(&self, id: &str, get: impl Fn(&Style) -> Option<T>) -> Option<T> {
        let mut id = id.to_owned();
        for _ in 0..10 {
            let style = self.styles.get(&id)?;
            if let Some(v) = get(style) {
                return Some(v);
            }
            id = style.based_on.clone()?;
        }
        None
    }
}

/// “heading 2”, “标题 2”, “Heading2” → 2.
fn heading_level(name: &str) -> Option<u8> {
    let rest = name
        .strip_prefix("heading")
        .or_else(|| name.strip_prefix("标题"))?;
    rest.trim()
        .parse::<u8>()
        .ok()
        .filter(|l| (1..=9).contains(l))
}

/// A paragraph being read.
#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    pieces: Vec<Piece>,
    /// References to footnotes and endnotes, where they stand.
    refs: Vec<NoteRef>,
    /// Each stretch of text with its run's properties: its Chinese
    /// characters and all its characters.
    runs: Vec<(format::RunProps, usize, usize)>,
    spacing: format::Spacing,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    outline: Option<u8>,
}

/// What the body reader gives.
struct BodyRead {
    text: String,
    headings: Vec<Heading>,
    pieces: Vec<Piece>,
    refs: Vec<NoteRef>,
    /// Where each footnote's or endnote's text starts, and its id.
    notes: Vec<(usize, String)>,
    page: Option<gongwen::typeset::Page>,
    /// The paragraphs outside tables, with their formats.
    paragraphs: Vec<gongwen::typeset::ParagraphFormat>,
}

struct Body<'a> {
    numbering: &'a Numbering,
    styles: &'a Styles,
    formats: &'a format::Formats,
    out: String,
    pieces: Vec<Piece>,
    refs: Vec<NoteRef>,
    notes: Vec<(usize, String)>,
    /// The footnote or endnote being read (its id).
    in_note: Option<String>,
    page: Option<gongwen::typeset::Page>,
    paragraphs: Vec<gongwen::typeset::ParagraphFormat>,
    line: usize,
    headings: Vec<Heading>,
    /// Counters per numbering id, one per level.
    counters: HashMap<String, [u32; 9]>,
}

impl<'a> Body<'a> {
    fn read(
        xml: &str,
        numbering: &'a Numbering,
        styles: &'a Styles,
        formats: &'a format::Formats,
    ) -> Result<BodyRead, String> {
        let mut body = Body {
            numbering,
            styles,
            formats,
            out: String::new(),
            pieces: Vec::new(),
            refs: Vec::new(),
            notes: Vec::new(),
            in_note: None,
            page: None,
            paragraphs: Vec::new(),
            line: 1,
            headings: Vec::new(),
            counters: HashMap::new(),
        };
        let mut reader = Reader::from_str(xml);
        let mut p: Option<Paragraph> = None;
        // The `w:t` being read: its place, its number, and how much of its
        // text was read.
        let mut in_text: Option<Place> = None;
        let (mut t_count, mut t_at) = (0usize, 0usize);
        // The open elements (qualified names), and the fields open: each
        // `true` once past its code, in its result.
        let mut open: Vec<Vec<u8>> = Vec::new();
        let mut fields: Vec<bool> = Vec::new();
        let mut simple_fields = 0usize;
        // The run being read (its properties), and whether in its
        // properties or the paragraph's.
        let mut run: Option<format::RunProps> = None;
        let (mut in_rpr, mut in_ppr) = (false, false);
        // Tables: the cells of the current row, and the current cell's text.
        let mut row: Option<Vec<Line>> = None;
        let mut cell: Option<Line> = None;
        let mut depth = 0usize;
        loop {
            let event = reader
                .read_event()
                .map_err(|e| format!("XML 格式错误：{e}"))?;
            if let Event::Start(e) = &event {
                open.push(e.name().as_ref().to_vec());
            }
            match event {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    b"p" => p = Some(Paragraph::default()),
                    b"footnote" | b"endnote" => body.in_note = attr(&e, "w:id"),
                    b"footnoteReference" | b"endnoteReference" => {
                        if let (Some(p), Some(id)) = (p.as_mut(), attr(&e, "w:id")) {
                            let kind = if e.local_name().as_ref() == b"footnoteReference" {
                                StoryKind::Footnotes
                            } else {
                                StoryKind::Endnotes
                            };
                            let at = p.text.len();
                            p.refs.push(NoteRef { kind, id, at });
                        }
                    }
                    b"r" if e.name().as_ref() == b"w:r" && p.is_some() => {
                        run = Some(format::RunProps::default())
                    }
                    b"rPr" if run.is_some() => in_rpr = true,
                    b"pPr" => in_ppr = true,
                    b"rFonts" | b"sz" | b"rStyle" if in_rpr => {
                        if let Some(r) = run.as_mut() {
                            r.read(&e);
                        }
                    }
                    b"spacing" if in_ppr && !in_rpr => {
                        if let Some(p) = p.as_mut() {
                            p.spacing.read(&e);
                        }
                    }
                    b"pgSz" | b"pgMar" | b"docGrid" => {
                        format::read_page(body.page.get_or_insert_with(Default::default), &e)
                    }
                    b"fldChar" => match attr(&e, "w:fldCharType").as_deref() {
                        Some("begin") => fields.push(false),
                        Some("separate") => {
                            if let Some(f) = fields.last_mut() {
                                *f = true;
                            }
                        }
                        Some("end") => {
                            fields.pop();
                        }
                        _ => {}
                    },
                    b"fldSimple" if open.last().is_some_and(|n| n.ends_with(b"fldSimple")) => {
                        simple_fields += 1
                    }
                    b"pStyle" => {
                        if let Some(p) = p.as_mut() {
                            p.style = attr(&e, "w:val");
                        }
                    }
                    b"ilvl" => {
                        if let Some(p) = p.as_mut() {
                            p.ilvl = attr(&e, "w:val").and_then(|v| v.parse().ok());
                        }
                    }
                    b"numId" => {
                        if let Some(p) = p.as_mut() {
                            p.num_id = attr(&e, "w:val");
                        }
                    }
                    b"outlineLvl" => {
                        if let Some(p) = p.as_mut() {
                            p.outline = attr(&e, "w:val")
                                .and_then(|v| v.parse::<u8>().ok())
                                .filter(|l| *l < 9)
                                .map(|l| l + 1);
                        }
                    }
                    // Math text (`m:t`) is read, never anchored.
                    b"t" if open
                        .last()
                        .is_some_and(|n| n.ends_with(b":t") && n != b"w:t") =>
                    {
                        in_text = Some(Place::Fixed);
                        t_at = 0;
                    }
                    // Only a `w:t` with content is counted (an empty one
                    // holds no text), as the annotator counts.
                    b"t" if open.last().is_some_and(|n| n.as_slice() == b"w:t") => {
                        let in_field = simple_fields > 0 || fields.iter().any(|f| *f);
                        let n = open.len();
                        let parent = n.checked_sub(2).map(|i| open[i].as_slice());
                        let grand = n.checked_sub(3).map(|i| open[i].as_slice());
                        // Text of a text box or a drawing's alternative
                        // lives in a run inside another run.
                        let boxed = open
                            .iter()
                            .filter(|o| o.as_slice() == b"w:r" || o.ends_with(b"AlternateContent"))
                            .count()
                            > 1;
                        let place = match (in_field || boxed, parent, grand) {
                            (false, Some(b"w:r"), Some(b"w:p")) => Place::Run,
                            (false, Some(b"w:r"), _) => Place::Nested,
                            _ => Place::Fixed,
                        };
                        in_text = Some(place);
                        t_at = 0;
                    }
                    b"tab" if p.is_some() => push(&mut p, "\t"),
                    b"br" | b"cr" if p.is_some() => push(&mut p, "\n"),
                    b"tbl" => depth += 1,
                    b"tr" if depth == 1 => row = Some(Vec::new()),
                    b"tc" if depth == 1 => cell = Some(Line::default()),
                    _ => {}
                },
                Event::Text(t) if in_text.is_some() => {
                    let text = t.decode().map_err(|e| e.to_string())?;
                    push_text(&mut p, &text, in_text, t_count, &mut t_at);
                    if let (Some(p), Some(r)) = (p.as_mut(), run.as_ref()) {
                        let han = text.chars().filter(|c| is_han(*c)).count();
                        p.runs.push((r.clone(), han, text.chars().count()));
                    }
                }
                Event::CData(t) if in_text.is_some() => {
                    let text = t.decode().map_err(|e| e.to_string())?;
                    push_text(&mut p, &text, in_text, t_count, &mut t_at);
                }
                Event::GeneralRef(r) if in_text.is_some() => {
                    if let Some(c) = entity(&r)? {
                        push_text(
                            &mut p,
                            c.encode_utf8(&mut [0; 4]),
                            in_text,
                            t_count,
                            &mut t_at,
                        );
                    }
                }
                Event::End(e) => {
                    open.pop();
                    match e.local_name().as_ref() {
                        b"t" => {
                            let counted = e.name().as_ref() == b"w:t";
                            if in_text.take().is_some() && counted {
                                t_count += 1;
                            }
                        }
                        b"fldSimple" => simple_fields = simple_fields.saturating_sub(1),
                        b"r" if e.name().as_ref() == b"w:r" => run = None,
                        b"rPr" => in_rpr = false,
                        b"pPr" => in_ppr = false,
                        b"p" => {
                            if let Some(mut para) = p.take() {
                                let style = para.style.clone();
                                let spacing = para.spacing;
                                let runs = std::mem::take(&mut para.runs);
                                let line = body.paragraph(para);
                                match cell.as_mut() {
                                    Some(c) if depth == 1 => {
                                        if !c.text.is_empty() && !line.text.is_empty() {
                                            c.text.push(' ');
                                        }
                                        c.append(line);
                                    }
                                    _ if depth > 1 => {}
                                    _ => {
                                        let format = body.formats.paragraph(
                                            &line.text,
                                            style.as_deref(),
                                            spacing,
                                            &runs,
                                        );
                                        body.paragraphs.push(format);
                                        body.emit(line);
                                    }
                                }
                            }
                        }
                        b"tc" if depth == 1 => {
                            if let (Some(r), Some(c)) = (row.as_mut(), cell.take()) {
                                r.push(c);
                            }
                        }
                        b"tr" if depth == 1 => {
                            if let Some(cells) = row.take() {
                                let mut line = Line::default();
                                for (i, c) in cells.into_iter().enumerate() {
                                    if i > 0 {
                                        line.text.push('\t');
                                    }
                                    line.append(c);
                                }
                                let kept = line.text.trim_end().len();
                                line.text.truncate(kept);
                                for r in &mut line.refs {
                                    r.at = r.at.min(kept);
                                }
                                line.pieces.retain_mut(|piece| {
                                    piece.len = piece.len.min(kept.saturating_sub(piece.out));
                                    piece.len > 0
                                });
                                body.emit(line);
                            }
                        }
                        b"tbl" => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(BodyRead {
            text: body.out,
            headings: body.headings,
            pieces: body.pieces,
            refs: body.refs,
            notes: body.notes,
            page: body.page,
            paragraphs: body.paragraphs,
        })
    }

    /// The paragraph's line: its numbering label, then its text; records a
    /// heading hint.
    fn paragraph(&mut self, p: Paragraph) -> Line {
        let style = p.style.as_deref().unwrap_or_default();
        let heading = p
            .outline
            .or_else(|| self.styles.lookup(style, |s| s.heading));
        if let Some(level) = heading {
            self.headings.push(Heading {
                line: self.line,
                level,
            });
        }
        let num = match (p.num_id, p.ilvl) {
            (Some(id), ilvl) => Some((id, ilvl.unwrap_or(0))),
            (None, _) => self
                .styles
                .lookup(style, |s| s.num.clone())
                .map(|(id, l)| (id, p.ilvl.unwrap_or(l))),
        };
        let label = num
            .filter(|(id, _)| id != "0")
            .and_then(|(id, ilvl)| self.label(&id, ilvl.min(8)))
            .unwrap_or_default();
        Line {
            pieces: p.pieces.iter().map(|x| x.shifted(label.len())).collect(),
            refs: p.refs.into_iter().map(|r| r.shifted(label.len())).collect(),
            text: format!("{label}{}", p.text),
        }
    }

    /// The text Word shows for the next item of list `id` at `ilvl`.
    fn label(&mut self, id: &str, ilvl: u8) -> Option<String> {
        let numbering = self.numbering;
        let level = numbering.level(id, ilvl)?;
        let counters = self.counters.entry(id.to_owned()).or_insert([0; 9]);
        let k = usize::from(ilvl);
        counters[k] = if counters[k] == 0 {
            level.start
        } else {
            counters[k] + 1
        };
        for deeper in counters.iter_mut().skip(k + 1) {
            *deeper = 0;
        }
        if level.format == "bullet" || level.format == "none" {
            return Some(String::new());
        }
        let mut text = level.text.clone();
        for (l, value) in counters.iter().enumerate().take(k + 1) {
            let format = numbering
                .level(id, l as u8)
                .map_or("decimal", |lv| lv.format.as_str());
            text = text.replace(&format!("%{}", l + 1), &render((*value).max(1), format));
        }
        Some(text)
    }

    fn emit(&mut self, line: Line) {
        let at = self.out.len();
        if let Some(id) = &self.in_note {
            if self.notes.last().is_none_or(|(_, last)| last != id) {
                self.notes.push((at, id.clone()));
            }
        }
        self.pieces
            .extend(line.pieces.iter().map(|x| x.shifted(at)));
        self.refs
            .extend(line.refs.into_iter().map(|r| r.shifted(at)));
        self.out.push_str(&line.text);
        self.out.push('\n');
        self.line += 1 + line.text.matches('\n').count();
    }
}

/// A line of the text being made (a paragraph, a cell, a table row), with
/// its pieces.
#[derive(Debug, Default)]
struct Line {
    text: String,
    pieces: Vec<Piece>,
    refs: Vec<NoteRef>,
}

impl Line {
    fn append(&mut self, other: Line) {
        let at = self.text.len();
        self.pieces
            .extend(other.pieces.iter().map(|x| x.shifted(at)));
        self.refs
            .extend(other.refs.into_iter().map(|r| r.shifted(at)));
        self.text.push_str(&other.text);
    }
}

/// A Chinese character (the CJK blocks), for the fonts' tally.
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// Text that is no `w:t`'s (a tab, a break).
fn push(p: &mut Option<Paragraph>, s: &str) {
    if let Some(p) = p.as_mut() {
        p.text.push_str(s);
    }
}

/// Text of the `t`-th `w:t`, read up to `at`.
fn push_text(p: &mut Option<Paragraph>, s: &str, place: Option<Place>, t: usize, at: &mut usize) {
    if let (Some(p), Some(place)) = (p.as_mut(), place) {
        p.pieces.push(Piece {
            out: p.text.len(),
            len: s.len(),
            t,
            at: *at,
            place,
        });
        p.text.push_str(s);
    }
    *at += s.len();
}

/// A counter in one of Word's number formats.
fn render(n: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "chineseLegalSimplified"
        | "ideographTraditional"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand" => chinese(n),
        "ideographDigital" | "taiwaneseDigital" => n
            .to_string()
            .chars()
            .map(|d| {
                "〇一二三四五六七八九"
                    .chars()
                    .nth(d.to_digit(10).unwrap_or(0) as usize)
                    .unwrap_or('〇')
            })
            .collect(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map_or_else(|| n.to_string(), String::from)
        }
        "lowerLetter" if (1..=26).contains(&n) => char::from(b'a' + (n - 1) as u8).to_string(),
        "upperLetter" if (1..=26).contains(&n) => char::from(b'A' + (n - 1) as u8).to_string(),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        _ => n.to_string(),
    }
}

/// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
fn chinese(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n as usize].to_owned(),
        10..=19 => format!(
            "十{}",
            if n == 10 {
                ""
            } else {
                DIGITS[(n % 10) as usize]
            }
        ),
        20..=99 => format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            if n % 10 == 0 {
                ""
            } else {
                DIGITS[(n % 10) as usize]
            }
        ),
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", DIGITS[rest as usize]),
                10..=19 => format!("一{}", chinese(rest)),
                _ => chinese(rest),
            };
            format!("{}百{tail}", DIGITS[(n / 100) as usize])
        }
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(all(test, feature = "encoding_rs"))]
pub(super) mod tests {
    use super::*;
    use std::io::Write;

    /// A .docx with the given parts (name, XML).
    pub fn docx(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut buf);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, xml) in parts {
            zip.start_file(*name, options).expect("zip entry");
            zip.write_all(xml.as_bytes()).expect("write");
        }
        zip.finish().expect("zip");
        buf.into_inner()
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn document(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
        )
    }

    const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"#;

    const STYLES: &str = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
</w:styles>"#;

    fn para(style: Option<&str>, num: Option<(u8, &str)>, text: &str) -> String {
        let style = style.map_or(String::new(), |s| format!(r#"<w:pStyle w:val="{s}"/>"#));
        let num = num.map_or(String::new(), |(l, id)| {
            format!(r#"<w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="{id}"/></w:numPr>"#)
        });
        format!(
            r#"<w:p><w:pPr>{style}{num}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#
        )
    }

    #[test]
    fn reads_paragraphs_numbering_headings_and_tables() {
        let body = [
            para(Some("Title"), None, "青溪县科技局2025年工作总结"),
            para(Some("1"), None, "主要工作"),
            para(None, Some((1, "5")), "创新主体壮大"),
            para(None, Some((2, "5")), "新增企业15家"),
            para(None, Some((2, "5")), "研发投入&amp;产出"),
            para(None, Some((1, "5")), "平台建设"),
            para(Some("1"), None, "存在问题"),
            r#"<w:p><w:r><w:t>全年</w:t></w:r><w:del><w:r><w:delText>删去的</w:delText></w:r></w:del><w:r><w:tab/><w:t>完成</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#.to_owned(),
            r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数值</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>企业</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>15家</w:t></w:r></w:p><w:p><w:r><w:t>（新增）</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#.to_owned(),
        ]
        .concat();
        let bytes = docx(&[
            ("word/document.xml", &document(&body)),
            ("word/numbering.xml", NUMBERING),
            ("word/styles.xml", STYLES),
        ]);
        let imported = crate::import("报告.docx", &bytes).expect("reads");
        assert_eq!(
            imported.text,
            "青溪县科技局2025年工作总结\n一、主要工作\n（一）创新主体壮大\n1.新增企业15家\n2.研发投入&产出\n（二）平台建设\n二、存在问题\n全年\t完成\n指标\t数值\n企业\t15家 （新增）\n"
        );
        assert_eq!(
            imported.headings,
            vec![Heading { line: 2, level: 1 }, Heading { line: 7, level: 1 }]
        );
        assert_eq!(imported.format, "Word 文档（.docx）");
    }

    #[test]
    fn says_what_is_wrong_with_a_broken_file() {
        let no_body = docx(&[("word/styles.xml", STYLES)]);
        assert!(matches!(
            crate::import("a.docx", &no_body),
            Err(ImportError::BrokenDocx(why)) if why.contains("document.xml")
        ));
        let bad_xml = docx(&[("word/document.xml", "<w:document><w:body><w:p></w:body>")]);
        assert!(matches!(
            crate::import("a.docx", &bad_xml),
            Err(ImportError::BrokenDocx(_))
        ));
        // A DOCTYPE with an external entity is not fetched: the entity is
        // simply unknown, and no text comes from it.
        let xxe = format!(
            r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document {W}><w:body><w:p><w:r><w:t>a&x;b</w:t></w:r></w:p></w:body></w:document>"#
        );
        let imported =
            crate::import("a.docx", &docx(&[("word/document.xml", &xxe)])).expect("reads");
        assert_eq!(imported.text, "ab\n");
    }

    /// A zip bomb: a part that says it unpacks to 300 MB is refused before
    /// anything is unpacked (and a part that unpacks past the limit while
    /// claiming less is cut off by the reader: `part`).
    #[test]
    fn a_zip_bomb_is_refused() {
        let mut bytes = docx(&[(
            "word/document.xml",
            &document("<w:p><w:r><w:t>甲</w:t></w:r></w:p>"),
        )]);
        // Rewrite the uncompressed size in the central directory entry.
        let at = bytes
            .windows(4)
            .position(|w| w == b"PK\x01\x02")
            .expect("central directory");
        bytes[at + 24..at + 28].copy_from_slice(&300_000_000u32.to_le_bytes());
        let refused = crate::import("a.docx", &bytes).expect_err("refused");
        assert_eq!(refused, ImportError::UnpacksTooLarge);
        let message = refused.to_string();
        assert!(message.contains("解压后超过 200 MB"), "{message}");
        assert!(!message.contains("50 MB"), "{message}");
    }

    #[test]
    fn chinese_counters() {
        let shown: Vec<String> = [1, 10, 12, 20, 21, 100, 105, 110]
            .iter()
            .map(|&n| chinese(n))
            .collect();
        assert_eq!(
            shown,
            [
                "一",
                "十",
                "十二",
                "二十",
                "二十一",
                "一百",
                "一百零五",
                "一百一十"
            ]
        );
    }
}
