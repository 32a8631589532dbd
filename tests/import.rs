//! Browser tests of opening files: a GBK text file and a Word file that the
//! test writes, picked through the 打开文件 input; a file that is not text
//! leaves the draft alone and says why. `#[ignore]`d outside `cargo xtask
//! test`, like the other browser tests.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::Locator;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;
use support::open;

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gongwen-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

/// A minimal .docx: two numbered headings, items numbered by hand under
/// them, and a heading-styled paragraph without a number after which the
/// items start again at （一）.
fn docx() -> Vec<u8> {
    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let para = |num: Option<(u8, u8)>, text: &str| {
        let num = num.map_or(String::new(), |(l, id)| {
            format!(
                r#"<w:pPr><w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="{id}"/></w:numPr></w:pPr>"#
            )
        });
        format!(r#"<w:p>{num}<w:r><w:t>{text}</w:t></w:r></w:p>"#)
    };
    let heading = |text: &str| {
        format!(
            r#"<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        para(None, "青溪县科技局2025年工作总结"),
        para(Some((0, 1)), "主要工作"),
        para(None, "（一）稳运行。全年新增企业xx家，同比增长12.5%。"),
        para(None, "（二）强创新。新建研发平台6个。"),
        heading("着力提升服务效能"),
        para(None, "（一）优化审批。办理时限压缩30%。"),
        para(None, "（二）强化保障。解决企业诉求26个。"),
        para(Some((0, 1)), "存在问题"),
        // Markup in a Word document is text.
        para(None, "&lt;img src=x onerror=window.pwned=1&gt;"),
    ]
    .concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
    );
    let numbering = format!(
        r#"<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    // A footer left unfilled: checked beside the body.
    let footer = format!(
        r#"<w:ftr xmlns:w="{W}"><w:p><w:r><w:t>青溪县科技局20xx年12月印发</w:t></w:r></w:p></w:ftr>"#
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let options = zip::write::SimpleFileOptions::default();
    for (name, xml) in [
        ("word/document.xml", &document),
        ("word/numbering.xml", &numbering),
        ("word/footer1.xml", &footer),
    ] {
        zip.start_file(name, options).expect("entry");
        zip.write_all(xml.as_bytes()).expect("write");
    }
    zip.finish().expect("zip");
    buf.into_inner()
}

async fn pick(b: &support::Browser, path: &std::path::Path) {
    b.client
        .find(Locator::Id("file-input"))
        .await
        .expect("file input")
        .send_keys(&path.display().to_string())
        .await
        .expect("pick file");
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn opening_a_gbk_text_file_and_a_word_file() {
    let b = open().await;
    let text =
        "青溪县科技局2025年工作总结\r\n一、主要工作\r\n全年新增企业xx家，完成完成技改项目8个。\r\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    pick(&b, &temp("草稿.txt", &gbk)).await;
    // The textarea shows \r\n as \n.
    b.wait_value(&text.replace("\r\n", "\n")).await;
    let notice = b.notice().await;
    assert!(
        notice.contains("草稿.txt") && notice.contains("GBK/GB18030"),
        "{notice}"
    );
    b.wait_for(
        "the file checked",
        "return document.querySelectorAll('mark[data-rule=\"doubled-word\"]').length === 1",
    )
    .await;

    pick(&b, &temp("报告.docx", &docx())).await;
    b.wait_value("青溪县科技局2025年工作总结\n一、主要工作\n（一）稳运行。全年新增企业xx家，同比增长12.5%。\n（二）强创新。新建研发平台6个。\n着力提升服务效能\n（一）优化审批。办理时限压缩30%。\n（二）强化保障。解决企业诉求26个。\n二、存在问题\n<img src=x onerror=window.pwned=1>\n")
        .await;
    assert!(
        b.notice().await.contains("Word 文档"),
        "{}",
        b.notice().await
    );
    b.wait_for(
        "the Word file checked",
        "return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 1",
    )
    .await;
    // Word's heading style says the items start again below it: no
    // numbering finding, also after a reload.
    let sequence =
        "return document.querySelectorAll('mark[data-rule=\"heading-sequence\"]').length";
    assert_eq!(b.js(sequence).await, json!(0));
    assert_eq!(
        b.js("return [window.pwned === undefined, document.querySelectorAll('img').length]")
            .await,
        json!([true, 0])
    );
    b.screenshot("opened-docx.png").await;
    b.wait_for(
        "the draft saved with its headings",
        "const s = localStorage.getItem('gongwen.draft.v1'); return s !== null && s.includes('着力提升服务效能\"')",
    )
    .await;
    b.client.refresh().await.expect("reload");
    b.wait_for(
        "the restored draft checked",
        "return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 1",
    )
    .await;
    assert_eq!(b.js(sequence).await, json!(0));
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_file_that_cannot_be_read_keeps_the_draft_and_says_why() {
    let b = open().await;
    b.paste("全年新增企业12家。\n").await;
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x00\x00\x00\x00IEND";
    pick(&b, &temp("照片.txt", png)).await;
    b.wait_for(
        "the error",
        "return document.querySelector('#notice.error') !== null",
    )
    .await;
    let notice = b.notice().await;
    assert!(
        notice.contains("照片.txt") && notice.contains("不是文本文件"),
        "{notice}"
    );
    assert_eq!(b.value().await, json!("全年新增企业12家。\n"));
    pick(&b, &temp("坏的.docx", b"PK\x03\x04not really a zip")).await;
    b.wait_for(
        "the second error",
        "return document.getElementById('notice').textContent.includes('坏的.docx')",
    )
    .await;
    assert!(
        b.notice().await.contains("Word 文件已损坏"),
        "{}",
        b.notice().await
    );
    assert_eq!(b.value().await, json!("全年新增企业12家。\n"));
    // A file that opens replaces the draft, which stays one 撤销 away. Its
    // name and its text are shown as text, never run as HTML.
    let hostile = "<img src=x onerror=window.pwned=1>";
    let content = format!("<script>window.pwned=1</script>{hostile}新增xx家。\n");
    pick(&b, &temp(&format!("{hostile}.txt"), content.as_bytes())).await;
    b.wait_value(&content).await;
    let notice = b.notice().await;
    assert!(
        notice.contains(hostile) && notice.contains("撤销"),
        "{notice}"
    );
    b.wait_for(
        "the opened file checked",
        "return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 1",
    )
    .await;
    assert_eq!(
        b.js("return [window.pwned === undefined, document.querySelectorAll('img').length]")
            .await,
        json!([true, 0])
    );
    b.click("undo").await;
    b.wait_value("全年新增企业12家。\n").await;
}

/// 导出 → 带批注的 Word 文件 on a Word file opened and edited through the
/// input method: the file comes back with a comment on each finding, the
/// edit as a tracked change, and its other parts as they were. Read back
/// by the CLI tests' independent reader (Python's zipfile and
/// ElementTree).
#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn an_opened_word_file_is_exported_with_comments_and_the_edits_tracked() {
    let b = open().await;
    let input = temp("批注前.docx", &docx());
    pick(&b, &input).await;
    b.wait_for(
        "the Word file checked",
        "return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 1",
    )
    .await;
    // The footer's placeholder is listed below the draft's findings.
    b.wait_for(
        "the footer checked",
        "const s = document.querySelector('.stories'); return s && s.textContent.includes('页脚') && s.querySelector('li[data-rule=\"unfilled-x\"] .snippet').textContent === '20xx'",
    )
    .await;
    b.screenshot("word-stories.png").await;
    b.type_over("稳运行", 3, &["wen", "稳"], "稳增长").await;
    b.wait_for(
        "the edit checked",
        "return document.getElementById('draft').value.includes('稳增长') && document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 1",
    )
    .await;
    b.js("document.getElementById('export-menu').open = true; return true")
        .await;
    b.screenshot("export-word.png").await;
    b.js("window.exported = []; const make = URL.createObjectURL; URL.createObjectURL = (blob) => { window.exported.push(blob); return make(blob); }; document.getElementById('export-word').click(); return true")
        .await;
    b.wait_for("the file made", "return window.exported.length === 1")
        .await;
    let notice = b.notice().await;
    b.screenshot("export-word-done.png").await;
    assert!(
        notice.contains("批注前-批注.docx")
            && notice.contains("其中脚注、页眉页脚 1 条")
            && notice.contains("修订"),
        "{notice}"
    );
    let bytes: Vec<u8> = serde_json::from_value(
        b.js(
            "return window.exported[0].arrayBuffer().then(buf => Array.from(new Uint8Array(buf)))",
        )
        .await,
    )
    .expect("bytes");
    let output = temp("批注后.docx", &bytes);
    let read = |path: &std::path::Path| -> serde_json::Value {
        let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("crates/gongwen-cli/tests/read_docx.py");
        let out = std::process::Command::new("python3")
            .arg(script)
            .arg(path)
            .output()
            .expect("python3");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let (before, after) = (read(&input), read(&output));
    let comments = after["comments"].as_array().expect("comments");
    // As many comments as the list shows findings (once its check is in),
    // and one on the footer's placeholder, said in the body.
    b.wait_for(
        "one comment a finding",
        &format!(
            "return document.querySelectorAll('li[data-finding]').length === {}",
            comments.len() - 1
        ),
    )
    .await;
    let footer = comments
        .iter()
        .filter_map(|c| c["text"].as_str())
        .find(|t| t.starts_with("页脚“青溪县科技局20xx年12月印发”：【未填占位符"));
    assert!(footer.is_some(), "{comments:?}");
    assert!(comments.iter().all(|c| c["author"] == "公文体检"));
    let anchored: Vec<&str> = after["anchored"]
        .as_object()
        .expect("anchored")
        .values()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(anchored.contains(&"xx"), "{anchored:?}");
    // The edit typed here, as a tracked change.
    assert_eq!(after["deleted"], json!(["运行"]));
    assert_eq!(after["inserted"], json!(["增长"]));
    assert_eq!(
        after["text"][2],
        "（一）稳增长。全年新增企业xx家，同比增长12.5%。"
    );
    assert_eq!(
        after["parts"]["word/numbering.xml"],
        before["parts"]["word/numbering.xml"]
    );
}

/// A Word file set as a 公文 with one paragraph pasted in from elsewhere
/// (宋体 小四) and its headings in the body's font: the layout findings
/// (版式) are marked on those paragraphs, and nothing else of the layout.
#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_word_files_layout_is_checked_against_the_standard() {
    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let styles = format!(
        r#"<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="580" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>"#
    );
    let run =
        |props: &str, text: &str| format!(r#"<w:r><w:rPr>{props}</w:rPr><w:t>{text}</w:t></w:r>"#);
    let body = [
        format!("<w:p>{}</w:p>", run(r#"<w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>"#, "青溪县科技局2025年工作总结")),
        format!("<w:p>{}</w:p>", run(r#"<w:rFonts w:eastAsia="黑体"/>"#, "一、主要工作")),
        format!("<w:p>{}</w:p>", run("", "全年新增高新技术企业15家，同比增长12.5%。")),
        format!("<w:p>{}</w:p>", run(r#"<w:rFonts w:eastAsia="宋体"/><w:sz w:val="24"/>"#, "全年登记技术合同86项，成交额3.2亿元。")),
        format!("<w:p>{}</w:p>", run("", "二、存在问题")),
        format!("<w:p>{}</w:p>", run("", "企业研发投入仍然偏低。")),
        r#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>"#.to_owned(),
    ]
    .concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    for (name, xml) in [
        ("word/document.xml", &document),
        ("word/styles.xml", &styles),
    ] {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        zip.write_all(xml.as_bytes()).expect("write");
    }
    zip.finish().expect("zip");
    let b = open().await;
    pick(&b, &temp("版式.docx", &buf.into_inner())).await;
    b.wait_for(
        "the layout findings marked",
        "return document.querySelectorAll('mark[data-rule=\"body-format\"]').length === 1 && document.querySelectorAll('mark[data-rule=\"heading-format\"]').length === 1",
    )
    .await;
    let layout = b
        .js("return Array.from(document.querySelectorAll('li[data-category=\"layout\"]')).map(li => li.dataset.rule).sort()")
        .await;
    assert_eq!(layout, json!(["body-format", "heading-format"]));
    b.js("document.querySelector('li[data-rule=\"body-format\"]').click(); return true")
        .await;
    b.screenshot("layout.png").await;
}
