//! A new Word file from plain text: each line a paragraph, tabs as Word's
//! tabs, in the body type GB/T 9704-2012 asks for (仿宋_GB2312 三号 on A4
//! with its margins), so that a draft pasted into the app or a .txt given
//! to the CLI can be given back as a .docx with the review's comments.
//! Characters XML cannot hold (control characters) are left out; reading
//! the file back (`crate::import`) gives the text the comments are placed
//! in.

use std::io::{Cursor, Write};

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// The body type: 仿宋_GB2312 三号 (16 pt: 32 half-points), digits and
/// Latin letters in Times New Roman, a fixed line pitch of 28.95 pt (579
/// twentieths: 22 lines on the type area).
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="579" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#;

/// A4 with GB/T 9704's margins: top 37 mm, bottom 35, left 28, right 26
/// (in twentieths of a point: 1 mm = 56.7).
const SECTION: &str = r#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>"#;

/// The text as a .docx.
pub fn plain_docx(text: &str) -> Vec<u8> {
    let mut body = String::with_capacity(text.len() * 2);
    let text = text.strip_suffix('\n').unwrap_or(text);
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        body.push_str("<w:p>");
        let mut cells = line.split('\t');
        let first = cells.next().unwrap_or_default();
        let rest: Vec<&str> = cells.collect();
        if !first.is_empty() || !rest.is_empty() {
            body.push_str("<w:r>");
            run_text(&mut body, first);
            for cell in rest {
                body.push_str("<w:tab/>");
                run_text(&mut body, cell);
            }
            body.push_str("</w:r>");
        }
        body.push_str("</w:p>");
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}{SECTION}</w:body></w:document>"#
    );
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, xml) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/document.xml", document.as_str()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", STYLES),
    ] {
        // Writing to memory cannot fail.
        let _ = out
            .start_file(name, options)
            .and_then(|()| out.write_all(xml.as_bytes()).map_err(Into::into));
    }
    out.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// A `w:t` with `s` (nothing for an empty string), without the characters
/// XML 1.0 cannot hold.
fn run_text(body: &mut String, s: &str) {
    if s.is_empty() {
        return;
    }
    let kept: String = s
        .chars()
        .filter(|&c| matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..))
        .collect();
    body.push_str(r#"<w:t xml:space="preserve">"#);
    body.push_str(&quick_xml::escape::escape(kept.as_str()));
    body.push_str("</w:t>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_read_back_is_the_same_text() {
        for text in [
            "青溪县2025年工作总结\n一、主要工作\n指标\t数值\n\n<R&D> \"投入\"\n",
            "没有换行结尾",
            "",
        ] {
            let bytes = plain_docx(text);
            let back = crate::import("a.docx", &bytes).expect("reads").text;
            let want = if text.is_empty() || text.ends_with('\n') {
                text.to_owned()
            } else {
                format!("{text}\n")
            };
            assert_eq!(
                back,
                if text.is_empty() {
                    "\n".to_owned()
                } else {
                    want
                }
            );
        }
        let back = crate::import("a.docx", &plain_docx("a\u{1}b\r\nc")).expect("reads");
        assert_eq!(back.text, "ab\nc\n");
    }
}
