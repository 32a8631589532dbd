//! What a .docx says of its typesetting (`gongwen::typeset::WordFormat`):
//! its page, and each paragraph's East Asian font, size and line spacing,
//! resolved as Word resolves them — the run's own properties, its
//! character style, the paragraph's style and those it is based on, the
//! document's defaults — with theme fonts (`minorEastAsia`) read from the
//! theme; and the footers' page numbers. The body reader (`super::reader`)
//! collects the raw properties as it reads; this module holds them and
//! resolves them.

use super::xml::attr;
use gongwen::typeset::{LineRule, Page, ParagraphFormat};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;

/// Run properties as written (`w:rPr`): none where the run says nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct RunProps {
    pub east_asia: Option<String>,
    /// A theme font (`minorEastAsia`, `majorEastAsia`).
    pub east_asia_theme: Option<String>,
    /// In half-points.
    pub size: Option<u32>,
    /// A character style.
    pub style: Option<String>,
}

impl RunProps {
    /// Reads `w:rFonts`, `w:sz` or `w:rStyle` into these properties.
    pub fn read(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            b"rFonts" => {
                if let Some(f) = attr(e, "w:eastAsia") {
                    self.east_asia = Some(f);
                }
                if let Some(t) = attr(e, "w:eastAsiaTheme") {
                    self.east_asia_theme = Some(t);
                }
            }
            b"sz" => self.size = attr(e, "w:val").and_then(|v| v.parse().ok()),
            b"rStyle" => self.style = attr(e, "w:val"),
            _ => {}
        }
    }
}

/// A paragraph's line spacing as written (`w:spacing`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Spacing {
    pub line: Option<u32>,
    pub rule: Option<LineRule>,
}

impl Spacing {
    pub fn read(&mut self, e: &BytesStart<'_>) {
        if let Some(line) = attr(e, "w:line").and_then(|v| v.parse().ok()) {
            self.line = Some(line);
            self.rule = Some(match attr(e, "w:lineRule").as_deref() {
                Some("exact") => LineRule::Exact,
                Some("atLeast") => LineRule::AtLeast,
                _ => LineRule::Auto,
            });
        }
    }
}

/// A style's formatting, and what it is based on.
#[derive(Debug, Clone, Default)]
pub(super) struct StyleFormat {
    pub run: RunProps,
    pub spacing: Spacing,
}

/// The formatting of a document's styles, defaults and theme.
#[derive(Debug, Default)]
pub(super) struct Formats {
    pub styles: HashMap<String, (StyleFormat, Option<String>)>,
    pub defaults: StyleFormat,
    /// The paragraph style a paragraph without one has (`Normal`).
    pub default_paragraph: Option<String>,
    /// The theme's minor and major East Asian fonts.
    pub minor: Option<String>,
    pub major: Option<String>,
}

impl Formats {
    /// Reads `styles.xml` and the theme.
    pub fn parse(styles: Option<&str>, theme: Option<&str>) -> Formats {
        let mut f = Formats::default();
        if let Some(xml) = styles {
            f.read_styles(xml);
        }
        if let Some(xml) = theme {
            f.read_theme(xml);
        }
        f
    }

    fn read_styles(&mut self, xml: &str) {
        let mut reader = Reader::from_str(xml);
        let mut id: Option<String> = None;
        let mut based_on: Option<String> = None;
        let mut style = StyleFormat::default();
        let (mut defaults, mut in_rpr, mut in_ppr) = (false, false, false);
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                    b"docDefaults" => defaults = true,
                    b"style" => {
                        id = attr(&e, "w:styleId");
                        based_on = None;
                        style = StyleFormat::default();
                        if attr(&e, "w:type").as_deref() == Some("paragraph")
                            && matches!(attr(&e, "w:default").as_deref(), Some("1" | "true"))
                        {
                            self.default_paragraph = id.clone();
                        }
                    }
                    b"basedOn" if id.is_some() => based_on = attr(&e, "w:val"),
                    b"rPr" => in_rpr = true,
                    b"pPr" => in_ppr = true,
                    b"spacing" if in_ppr && !in_rpr => {
                        let target = if id.is_some() {
                            &mut style
                        } else {
                            &mut self.defaults
                        };
                        if id.is_some() || defaults {
                            target.spacing.read(&e);
                        }
                    }
                    _ if in_rpr && (id.is_some() || defaults) => {
                        let target = if id.is_some() {
                            &mut style
                        } else {
                            &mut self.defaults
                        };
                        target.run.read(&e);
                    }
                    _ => {}
                },
                Ok(Event::End(e)) => match e.local_name().as_ref() {
                    b"docDefaults" => defaults = false,
                    b"rPr" => in_rpr = false,
                    b"pPr" => in_ppr = false,
                    b"style" => {
                        if let Some(id) = id.take() {
                            self.styles.insert(id, (style.clone(), based_on.take()));
                        }
                    }
                    _ => {}
                },
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }

    /// The theme's East Asian fonts: `a:ea`'s typeface, or the font it
    /// names for simplified Chinese (`script="Hans"`).
    fn read_theme(&mut self, xml: &str) {
        let mut reader = Reader::from_str(xml);
        let mut major = false;
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                    let face = || attr(&e, "typeface").filter(|t| !t.is_empty());
                    let slot = if major {
                        &mut self.major
                    } else {
                        &mut self.minor
                    };
                    match e.local_name().as_ref() {
                        b"majorFont" => major = true,
                        b"minorFont" => major = false,
                        b"ea" => {
                            if let Some(t) = face() {
                                *slot = Some(t);
                            }
                        }
                        b"font"
                            if attr(&e, "script").as_deref() == Some("Hans") && slot.is_none() =>
                        {
                            *slot = face();
                        }
                        _ => {}
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }

    /// A property through a style and the styles it is based on.
    fn through<T>(
        &self,
        style: Option<&str>,
        get: impl Fn(&StyleFormat) -> Option<T>,
    ) -> Option<T> {
        let mut id = style?.to_owned();
        for _ in 0..10 {
            let (format, based_on) = self.styles.get(&id)?;
            if let Some(v) = get(format) {
                return Some(v);
            }
            id = based_on.clone()?;
        }
        None
    }

    /// The East Asian font and size of a run in a paragraph of `style`.
    fn run(&self, run: &RunProps, style: Option<&str>) -> (Option<String>, Option<u32>) {
        let style = style.or(self.default_paragraph.as_deref());
        let pick = |get: &dyn Fn(&RunProps) -> Option<String>| {
            get(run)
                .or_else(|| self.through(run.style.as_deref(), |s| get(&s.run)))
                .or_else(|| self.through(style, |s| get(&s.run)))
                .or_else(|| get(&self.defaults.run))
        };
        // A font named outright wins over a theme font at the same level;
        // a theme font is resolved through the theme.
        let font = pick(&|r: &RunProps| {
            r.east_asia.clone().or_else(|| {
                r.east_asia_theme.as_deref().and_then(|t| {
                    if t.starts_with("major") {
                        self.major.clone()
                    } else {
                        self.minor.clone()
                    }
                })
            })
        });
        let size = run
            .size
            .or_else(|| self.through(run.style.as_deref(), |s| s.run.size))
            .or_else(|| self.through(style, |s| s.run.size))
            .or(self.defaults.run.size);
        (font, size)
    }

    /// A paragraph's format: `text` its line, `style` its style, `own` its
    /// own spacing, `runs` each run's properties with the characters it
    /// holds (Chinese characters, all).
    pub fn paragraph(
        &self,
        text: &str,
        style: Option<&str>,
        own: Spacing,
        runs: &[(RunProps, usize, usize)],
    ) -> ParagraphFormat {
        let mut fonts: Vec<(Option<String>, usize)> = Vec::new();
        let mut sizes: Vec<(Option<u32>, usize)> = Vec::new();
        let han: usize = runs.iter().map(|r| r.1).sum();
        for (props, cjk, all) in runs {
            let (font, size) = self.run(props, style);
            let weight = if han > 0 { *cjk } else { *all };
            tally(&mut fonts, font, weight);
            tally(&mut sizes, size, *all);
        }
        let pstyle = style.or(self.default_paragraph.as_deref());
        let line = own
            .line
            .map(|l| (l, own.rule.unwrap_or_default()))
            .or_else(|| {
                self.through(pstyle, |s| {
                    s.spacing
                        .line
                        .map(|l| (l, s.spacing.rule.unwrap_or_default()))
                })
            })
            .or_else(|| {
                self.defaults
                    .spacing
                    .line
                    .map(|l| (l, self.defaults.spacing.rule.unwrap_or_default()))
            });
        ParagraphFormat {
            text: text.to_owned(),
            east_asia: most(fonts),
            size: most(sizes),
            line: line.map(|(l, _)| l),
            line_rule: line.map(|(_, r)| r).unwrap_or_default(),
        }
    }
}

fn tally<T: PartialEq>(counts: &mut Vec<(T, usize)>, value: T, n: usize) {
    match counts.iter_mut().find(|(v, _)| *v == value) {
        Some((_, c)) => *c += n,
        None => counts.push((value, n)),
    }
}

/// The value most characters have (none counted: none).
fn most<T>(counts: Vec<(Option<T>, usize)>) -> Option<T> {
    counts
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
        .and_then(|(v, _)| v)
}

/// Reads a section's page (`w:pgSz`, `w:pgMar`, `w:docGrid`) into `page`.
pub(super) fn read_page(page: &mut Page, e: &BytesStart<'_>) {
    let twips = |name: &str| {
        attr(e, name)
            .and_then(|v| v.parse::<i64>().ok())
            .map(|v| v.unsigned_abs() as u32)
    };
    match e.local_name().as_ref() {
        b"pgSz" => {
            page.width = twips("w:w").unwrap_or(page.width);
            page.height = twips("w:h").unwrap_or(page.height);
        }
        b"pgMar" => {
            page.top = twips("w:top").unwrap_or(page.top);
            page.bottom = twips("w:bottom").unwrap_or(page.bottom);
            page.left = twips("w:left").unwrap_or(page.left);
            page.right = twips("w:right").unwrap_or(page.right);
        }
        b"docGrid" => {
            page.line_pitch = match attr(e, "w:type").as_deref() {
                Some("lines" | "linesAndChars" | "snapToChars") => twips("w:linePitch"),
                _ => None,
            };
        }
        _ => {}
    }
}

/// A footer's text with its page-number field written `{PAGE}`, when it
/// has one.
pub(super) fn page_number(xml: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut has = false;
    // Complex fields: their code so far, and whether in their result.
    let mut code: Option<String> = None;
    let mut result_of_page = false;
    let mut in_text = false;
    let mut in_instr = false;
    let mut simple_page = 0usize;
    let is_page = |instr: &str| {
        let instr = instr.trim();
        instr == "PAGE" || instr.starts_with("PAGE ") || instr.starts_with("PAGE\\")
    };
    loop {
        match reader.read_event() {
            // A simple field: its result is the number, not text.
            Ok(Event::Empty(e))
                if e.local_name().as_ref() == b"fldSimple"
                    && attr(&e, "w:instr").is_some_and(|i| is_page(&i)) =>
            {
                out.push_str("{PAGE}");
                has = true;
            }
            Ok(Event::Start(e))
                if e.local_name().as_ref() == b"fldSimple"
                    && attr(&e, "w:instr").is_some_and(|i| is_page(&i)) =>
            {
                out.push_str("{PAGE}");
                has = true;
                simple_page += 1;
            }
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                b"fldChar" => match attr(&e, "w:fldCharType").as_deref() {
                    Some("begin") => code = Some(String::new()),
                    Some("separate") => {
                        if code.as_deref().is_some_and(is_page) {
                            out.push_str("{PAGE}");
                            has = true;
                            result_of_page = true;
                        }
                        code = None;
                    }
                    Some("end") => {
                        result_of_page = false;
                        code = None;
                    }
                    _ => {}
                },
                b"instrText" => in_instr = true,
                b"t" => in_text = true,
                b"tab" => out.push(' '),
                _ => {}
            },
            Ok(Event::Text(t)) => {
                let s = t.decode().map(|s| s.into_owned()).unwrap_or_default();
                if in_instr {
                    if let Some(c) = code.as_mut() {
                        c.push_str(&s);
                    }
                } else if in_text && !result_of_page && simple_page == 0 {
                    out.push_str(&s);
                }
            }
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                b"instrText" => in_instr = false,
                b"t" => in_text = false,
                b"fldSimple" => simple_page = simple_page.saturating_sub(1),
                b"p" => out.push(' '),
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    has.then(|| out.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use crate::docx::reader::tests::docx;
    use gongwen::typeset::{LineRule, Page};

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn fonts_sizes_and_spacing_are_resolved_as_word_does() {
        let styles = format!(
            r#"<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/><w:sz w:val="21"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:line="580" w:lineRule="exact"/></w:pPr><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Plain"/><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hei"><w:name w:val="Hei"/><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style></w:styles>"#
        );
        let theme = r#"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"#;
        let body = format!(
            r#"<w:document {W}><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>白沙县2025年工作总结</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:rStyle w:val="Hei"/></w:rPr><w:t>一、主要工作</w:t></w:r></w:p>
<w:p><w:r><w:t>全年新增企业</w:t></w:r><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t>12</w:t></w:r><w:r><w:t>家。</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Plain"/></w:pPr><w:r><w:t>完成投资4.6亿元。</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>不算</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:sectPr><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:body></w:document>"#
        );
        let footer = format!(
            r#"<w:ftr {W}><w:p><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"#
        );
        let other = format!(
            r#"<w:ftr {W}><w:p><w:r><w:t>第</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t>页 共</w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>5</w:t></w:r></w:fldSimple><w:r><w:t>页</w:t></w:r></w:p></w:ftr>"#
        );
        let bytes = docx(&[
            ("word/document.xml", &body),
            ("word/styles.xml", &styles),
            ("word/theme/theme1.xml", theme),
            ("word/footer1.xml", &footer),
            ("word/footer2.xml", &other),
        ]);
        let format = crate::import("a.docx", &bytes)
            .expect("reads")
            .word_format
            .expect("a Word file's format");
        type Shown<'a> = (&'a str, Option<&'a str>, Option<u32>, Option<u32>, LineRule);
        let shown: Vec<Shown<'_>> = format
            .paragraphs
            .iter()
            .map(|p| {
                (
                    p.text.as_str(),
                    p.east_asia.as_deref(),
                    p.size,
                    p.line,
                    p.line_rule,
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                (
                    "白沙县2025年工作总结",
                    Some("方正小标宋简体"),
                    Some(44),
                    Some(580),
                    LineRule::Exact
                ),
                (
                    "一、主要工作",
                    Some("黑体"),
                    Some(32),
                    Some(580),
                    LineRule::Exact
                ),
                // The Chinese characters' font, not the digits'.
                (
                    "全年新增企业12家。",
                    Some("仿宋_GB2312"),
                    Some(32),
                    Some(580),
                    LineRule::Exact
                ),
                // A style based on nothing: the defaults, the theme's font.
                (
                    "完成投资4.6亿元。",
                    Some("等线"),
                    Some(21),
                    Some(360),
                    LineRule::Auto
                ),
            ]
        );
        assert_eq!(
            format.page,
            Some(Page {
                width: 11906,
                height: 16838,
                top: 1440,
                bottom: 1440,
                left: 1800,
                right: 1800,
                line_pitch: Some(312),
            })
        );
        assert_eq!(format.page_numbers, ["— {PAGE} —", "第{PAGE}页 共5页"]);
    }
}
