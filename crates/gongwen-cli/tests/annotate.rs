//! `gongwen annotate`: a Word file with tables, a header, footnotes,
//! numbering and a tracked change of its own is given back with a comment
//! on each finding and, with `--track-fixes`, the safe fixes as tracked
//! changes. The result is read back by an independent reader (Python's
//! zipfile and ElementTree: `read_docx.py`) and, where LibreOffice is
//! installed (`cargo xtask test` installs it and requires it), converted
//! to PDF. A second file, with a header, a footer and a footnote, is
//! written by LibreOffice itself from the test's flat ODF.

use std::path::{Path, PathBuf};
use std::process::Command;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

fn p(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

fn numbered(text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

/// The test's Word file: every part a .docx of an office has.
fn document() -> Vec<(&'static str, String)> {
    let body = [
        r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr><w:t>白沙县工信局2025年工作总结</w:t></w:r></w:p>"#.to_owned(),
        p("一、主要工作"),
        // A run split in two mid-word, as Word leaves them.
        r#"<w:p><w:r><w:t>全年新增规上工业企业</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>xx家，技改项目</w:t></w:r><w:r><w:t>完成投资4.6亿元。</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>"#.to_owned(),
        // A tracked change of the document's own.
        r#"<w:p><w:r><w:t>工业用电量</w:t></w:r><w:del w:id="11" w:author="科员" w:date="2026-11-30T09:00:00Z"><w:r><w:delText>约</w:delText></w:r></w:del><w:ins w:id="12" w:author="科员" w:date="2026-11-30T09:00:00Z"><w:r><w:t>达到</w:t></w:r></w:ins><w:r><w:t>3.2亿千瓦时，，同比增长6.1%。</w:t></w:r></w:p>"#.to_owned(),
        numbered("企业培育"),
        numbered("项目建设"),
        r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>本年</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>规上企业</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>86家</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#.to_owned(),
        p("二、存在问题"),
        p("一是龙头企业带动作用不强不强，二是要素保障压力较大。"),
        p("三、2026年工作思路"),
        p("持续推进制造业转型升级，力争新增规上工业企业10家。"),
        r#"<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>"#.to_owned(),
    ]
    .concat();
    vec![
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>"#.to_owned()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_owned()),
        ("word/document.xml", format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{body}</w:body></w:document>"#)),
        ("word/_rels/document.xml.rels", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#.to_owned()),
        ("word/styles.xml", format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style></w:styles>"#)),
        ("word/numbering.xml", format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#)),
        ("word/header1.xml", format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:r><w:t>白沙县工业和信息化局20xx年工作总结</w:t></w:r></w:p></w:hdr>"#)),
        ("word/footnotes.xml", format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来源：县统计局快报，，截至11月底。</w:t></w:r></w:p></w:footnote></w:footnotes>"#)),
    ]
}

fn write_docx(path: &Path, parts: &[(&str, String)]) {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    for (name, xml) in parts {
        zip.start_file(
            *name,
            zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated),
        )
        .expect("entry");
        zip.write_all(xml.as_bytes()).expect("write");
    }
    zip.finish().expect("zip");
    std::fs::write(path, buf.into_inner()).expect("write");
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gongwen-annotate-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    dir
}

fn gongwen(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The independent reader's view of a .docx.
fn read_back(path: &Path) -> serde_json::Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/read_docx.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(path)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

fn check_json(path: &Path) -> serde_json::Value {
    let (_, stdout, stderr) = gongwen(&["check", "--format", "json", &path.display().to_string()]);
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout} {stderr}"))
}

#[test]
fn a_word_file_comes_back_with_a_comment_on_each_finding() {
    let dir = temp_dir("comments");
    let input = dir.join("总结.docx");
    write_docx(&input, &document());
    let output = dir.join("总结-批注.docx");
    let (code, _, stderr) = gongwen(&[
        "annotate",
        &input.display().to_string(),
        "-o",
        &output.display().to_string(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let checked = check_json(&input);
    let findings = checked["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .clone();
    assert!(findings.len() >= 3, "{findings:?}");
    // The header and the footnotes are checked too, each listed after the
    // file with the part it is.
    let stories: Vec<(&str, &str, &str)> = checked["files"]
        .as_array()
        .expect("files")
        .iter()
        .skip(1)
        .map(|f| {
            (
                f["story"]["kind"].as_str().unwrap_or_default(),
                f["story"]["part"].as_str().unwrap_or_default(),
                f["findings"][0]["rule"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        stories,
        [
            ("页眉", "word/header1.xml", "unfilled-x"),
            ("脚注", "word/footnotes.xml", "doubled-punctuation")
        ]
    );
    // The file's layout is checked too: its body is in 仿宋 三号, so it is
    // held to GB/T 9704; its headings are not in 黑体 and 楷体, and its
    // lines are single-spaced without a grid.
    let rules: Vec<&str> = findings.iter().filter_map(|f| f["rule"].as_str()).collect();
    for rule in ["heading-format", "line-spacing"] {
        assert!(rules.contains(&rule), "{rules:?}");
    }
    assert!(
        !rules.contains(&"page-setup") && !rules.contains(&"title-format"),
        "{rules:?}"
    );
    let before = read_back(&input);
    let after = read_back(&output);
    // The text is the input's: comments add none.
    assert_eq!(after["text"], before["text"]);
    let comments = after["comments"].as_array().expect("comments");
    // One comment a finding of the body, then one on the header's
    // placeholder (said at the body's start: Word takes no comment in a
    // header) and one on the footnote's doubled comma (said on the
    // character before its reference: LibreOffice cannot open a file with
    // a comment in a footnote).
    assert_eq!(comments.len(), findings.len() + 2, "{stderr}");
    assert!(comments.iter().all(|c| c["author"] == "公文体检"));
    let header = &comments[comments.len() - 2];
    assert!(
        header["text"]
            .as_str()
            .expect("text")
            .starts_with("页眉“白沙县工业和信息化局20xx年工作总结”：【未填占位符"),
        "{header}"
    );
    assert_eq!(
        after["anchored"][header["id"].as_str().expect("id")],
        "白",
        "{after}"
    );
    let footnote = &comments[comments.len() - 1];
    assert!(
        footnote["text"]
            .as_str()
            .expect("text")
            .starts_with("脚注“数据来源：县统计局快报，，截至11月底。”：【标点·"),
        "{footnote}"
    );
    assert_eq!(
        after["anchored"][footnote["id"].as_str().expect("id")],
        "。"
    );
    assert_eq!(
        after["stories"]["word/footnotes.xml"],
        before["stories"]["word/footnotes.xml"]
    );
    // Each comment on exactly its finding's text, in order; Word's
    // automatic numbering (（一）) is no text of the file, so a finding on a
    // numbered paragraph covers the paragraph's own text.
    for (c, f) in comments.iter().zip(&findings).take(findings.len()) {
        let id = c["id"].as_str().expect("id");
        let anchored = after["anchored"][id].as_str().expect("anchored");
        let snippet = f["snippet"].as_str().expect("snippet");
        let label = snippet.strip_suffix(anchored).unwrap_or(snippet);
        assert!(
            !anchored.is_empty() && ["", "（一）", "（二）"].contains(&label),
            "comment {c} on “{anchored}”, finding on “{snippet}”"
        );
        assert!(
            c["text"]
                .as_str()
                .expect("text")
                .contains(f["message"].as_str().expect("message")),
            "{c}"
        );
    }
    // The document's own tracked change is kept; no new one.
    assert_eq!(after["deleted"], serde_json::json!(["约"]));
    assert_eq!(after["inserted"], serde_json::json!(["达到"]));
    // Every part but the four the comments need is the same, byte for
    // byte: the header and the footnotes take no comment.
    let (a, b) = (
        before["parts"].as_object().expect("parts"),
        after["parts"].as_object().expect("parts"),
    );
    for (name, hash) in a {
        if ![
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "[Content_Types].xml",
        ]
        .contains(&name.as_str())
        {
            assert_eq!(b.get(name), Some(hash), "{name}");
        }
    }
    assert!(b.contains_key("word/comments.xml"));
    assert_eq!(b.len(), a.len() + 1);
    if let Some(pdf) = to_pdf(&output, &dir) {
        let text = pdf_text(&pdf);
        assert!(text.contains("白沙县工信局"), "{text}");
    }
}

#[test]
fn with_track_fixes_the_safe_fixes_are_tracked_changes() {
    let dir = temp_dir("fixes");
    let input = dir.join("总结.docx");
    write_docx(&input, &document());
    let output = dir.join("修订.docx");
    let (code, _, stderr) = gongwen(&[
        "annotate",
        &input.display().to_string(),
        "-o",
        &output.display().to_string(),
        "--track-fixes",
        "--min-severity",
        "warning",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("（其中脚注、页眉页脚 2 条，写在正文相应位置），修订 3 处"),
        "{stderr}"
    );
    let after = read_back(&output);
    let text = after["text"].as_array().expect("lines");
    let all: Vec<&str> = text.iter().filter_map(|l| l.as_str()).collect();
    let all = all.join("\n");
    // As Word shows the file with the changes accepted.
    assert!(
        all.contains("3.2亿千瓦时，同比") && all.contains("作用不强，二是"),
        "{all}"
    );
    let mut deleted: Vec<String> = after["deleted"]
        .as_array()
        .expect("deleted")
        .iter()
        .map(|d| d.as_str().unwrap_or_default().to_owned())
        .collect();
    deleted.sort();
    // The fixes delete the one character or word too many.
    assert_eq!(deleted, ["不强", "约", "，"]);
    // The footnote's too, where it is.
    let footnotes = &after["stories"]["word/footnotes.xml"];
    assert_eq!(footnotes["deleted"], serde_json::json!(["，"]));
    assert_eq!(
        footnotes["text"][1],
        " 数据来源：县统计局快报，截至11月底。"
    );
    // The changes carry the reviewer.
    let xml = {
        let mut zip =
            zip::ZipArchive::new(std::fs::File::open(&output).expect("open")).expect("zip");
        let mut s = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").expect("part"), &mut s)
            .expect("read");
        s
    };
    assert_eq!(xml.matches(r#"<w:del w:id="9"#).count(), 2, "{xml}");
    assert!(xml.contains(r#"w:author="公文体检""#));
    if let Some(pdf) = to_pdf(&output, &dir) {
        assert!(pdf_text(&pdf).contains("白沙县"));
    }
}

#[test]
fn a_text_file_becomes_a_new_word_file_with_its_comments() {
    let dir = temp_dir("text");
    let input = dir.join("草稿.txt");
    std::fs::write(
        &input,
        "白沙县工信局2025年工作总结\n一、主要工作\n全年新增企业xx家。\n",
    )
    .expect("write");
    let output = dir.join("草稿.docx");
    let (code, _, stderr) = gongwen(&[
        "annotate",
        &input.display().to_string(),
        "-o",
        &output.display().to_string(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let after = read_back(&output);
    assert_eq!(after["text"][2], "全年新增企业xx家。");
    let anchored: Vec<&str> = after["anchored"]
        .as_object()
        .expect("anchored")
        .values()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(anchored.contains(&"xx"), "{anchored:?}");
    let (code, _, stderr) = gongwen(&[
        "annotate",
        &input.display().to_string(),
        "-o",
        &input.display().to_string(),
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("不能与输入文件相同"), "{stderr}");
}

#[test]
fn a_story_finding_the_settings_leave_is_neither_listed_nor_annotated() {
    let dir = temp_dir("leave");
    let input = dir.join("总结.docx");
    write_docx(&input, &document());
    let settings = dir.join("gongwen.toml");
    std::fs::write(
        &settings,
        "[[ignore]]\nrule = \"unfilled-x\"\ntext = \"20xx\"\n",
    )
    .expect("write");
    let config = settings.display().to_string();
    let (_, stdout, stderr) = gongwen(&[
        "check",
        "--format",
        "json",
        "--config",
        &config,
        &input.display().to_string(),
    ]);
    let checked: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout} {stderr}"));
    let kinds: Vec<&str> = checked["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|f| f["story"]["kind"].as_str())
        .collect();
    assert_eq!(kinds, ["脚注"]);
    let output = dir.join("批注.docx");
    let (code, _, stderr) = gongwen(&[
        "annotate",
        "--config",
        &config,
        &input.display().to_string(),
        "-o",
        &output.display().to_string(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("其中脚注、页眉页脚 1 条"), "{stderr}");
    let after = read_back(&output);
    let texts: Vec<&str> = after["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .filter_map(|c| c["text"].as_str())
        .collect();
    assert!(!texts.iter().any(|t| t.starts_with("页眉")), "{texts:?}");
}

/// A report with a header, a page-number footer and a footnote, as
/// LibreOffice writes it to .docx (the test's own flat ODF, converted).
const STORY_FODT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p>白沙县科技局20xx年工作总结</text:p></style:header>
<style:footer><text:p>— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page></office:master-styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/><style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:body><office:text>
<text:p>白沙县科技局2025年工作总结</text:p>
<text:p>一、主要工作</text:p>
<text:p>全年新增高新技术企业12家，研发投入增长8.5%。<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>数据来源：县统计局快报，，截至11月底。</text:p></text:note-body></text:note>技术合同成交额3.2亿元。</text:p>
<text:p>二、存在问题</text:p>
<text:p>创新主体偏少偏弱。</text:p>
</office:text></office:body></office:document>"#;

#[test]
fn a_word_file_written_by_libreoffice_has_its_header_and_footnote_checked() {
    let dir = temp_dir("stories");
    let source = dir.join("报告.fodt");
    std::fs::write(&source, STORY_FODT).expect("write");
    let Some(input) = convert(&source, "docx", &dir) else {
        return;
    };
    // The header's placeholder and the footnote's doubled comma; the
    // footer's page number is the footer's own.
    let checked = check_json(&input);
    let files = checked["files"].as_array().expect("files");
    let found: Vec<(&str, &str)> = files
        .iter()
        .flat_map(|f| {
            let kind = f["story"]["kind"].as_str().unwrap_or("正文");
            f["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |x| (kind, x["rule"].as_str().unwrap_or_default()))
        })
        .collect();
    assert_eq!(
        found,
        [("页眉", "unfilled-x"), ("脚注", "doubled-punctuation")],
        "{checked}"
    );
    let output = dir.join("报告-批注.docx");
    let (code, _, stderr) = gongwen(&[
        "annotate",
        &input.display().to_string(),
        "-o",
        &output.display().to_string(),
        "--track-fixes",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("批注 2 条（其中脚注、页眉页脚 2 条"),
        "{stderr}"
    );
    let (before, after) = (read_back(&input), read_back(&output));
    assert_eq!(after["text"], before["text"]);
    let anchored: Vec<&str> = after["anchored"]
        .as_object()
        .expect("anchored")
        .values()
        .filter_map(|v| v.as_str())
        .collect();
    // The header's comment at the body's start, the footnote's on the
    // full stop before its mark.
    assert_eq!(anchored, ["白", "。"]);
    let footnotes = &after["stories"]["word/footnotes.xml"];
    assert_eq!(footnotes["deleted"], serde_json::json!(["，"]));
    assert!(convert(&output, "pdf", &dir).is_some());
}

/// The file converted to PDF by LibreOffice: none when it is not
/// installed, unless the run requires it (`cargo xtask test` does).
fn to_pdf(docx: &Path, dir: &Path) -> Option<PathBuf> {
    convert(docx, "pdf", dir)
}

/// The file converted by LibreOffice to `format` (its extension) in
/// `dir`: none when LibreOffice is not installed, unless the run requires
/// it (`cargo xtask test` does).
fn convert(file: &Path, format: &str, dir: &Path) -> Option<PathBuf> {
    let required = std::env::var_os("GONGWEN_REQUIRE_LIBREOFFICE").is_some();
    let profile = dir.join("lo-profile");
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", format, "--outdir"])
        .arg(dir)
        .arg(file)
        .output();
    match out {
        Ok(out) if out.status.success() => {
            let made = dir
                .join(file.file_stem().expect("stem"))
                .with_extension(format);
            assert!(made.exists(), "{}", String::from_utf8_lossy(&out.stderr));
            Some(made)
        }
        other => {
            assert!(
                !required,
                "LibreOffice could not convert {}: {other:?}",
                file.display()
            );
            eprintln!("LibreOffice is not installed: the conversion is left out");
            None
        }
    }
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
