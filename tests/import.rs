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
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let options = zip::write::SimpleFileOptions::default();
    for (name, xml) in [
        ("word/document.xml", &document),
        ("word/numbering.xml", &numbering),
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
