//! Browser tests of the promises about the machine: the single file works
//! opened from disk, the served site keeps working with the server gone,
//! nothing is requested beyond the page's own files, the JS module returns
//! the CLI's JSON. Like `e2e.rs`, `#[ignore]`d outside `cargo xtask test`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use support::{dist, expected_marks, launch, launch_firefox, launch_in, open, Browser, DEMO};

/// A draft of our own with defects of several kinds.
const DRAFT: &str = "青溪县科技局2025年工作总结\n一、主要工作\n全年新增企业xx家，同比增长x.x%，完成完成技改项目8个,带动就业300人。\n";

/// Opens `dist/gongwen.html` from disk, as a double-click does.
async fn open_single_file(b: &Browser) {
    let file = std::fs::canonicalize(dist().join("gongwen.html")).expect("dist/gongwen.html");
    b.client
        .goto(&format!("file://{}", file.display()))
        .await
        .expect("opens from disk");
}

/// Milliseconds from navigation to the first highlights (the app's mark).
async fn start_ms(b: &Browser) -> f64 {
    b.wait_for(
        "the first highlights",
        "return performance.getEntriesByName('gongwen-first-highlights').length > 0",
    )
    .await;
    b.js("return performance.getEntriesByName('gongwen-first-highlights')[0].startTime")
        .await
        .as_f64()
        .unwrap_or_default()
}

/// Every resource the page has fetched (scripts, styles, wasm, fetches),
/// by URL.
async fn resources(b: &Browser) -> Vec<String> {
    let v = b
        .js("return performance.getEntriesByType('resource').map(e => e.name)")
        .await;
    serde_json::from_value(v).unwrap_or_default()
}

async fn paste_and_check(b: &Browser) {
    b.paste(DRAFT).await;
    b.wait_for(
        "the pasted draft checked",
        "return document.querySelectorAll('mark[data-rule=\"doubled-word\"]').length === 1",
    )
    .await;
    assert_eq!(b.marks().await, expected_marks(DRAFT));
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_single_file_works_from_disk_and_requests_nothing() {
    let b = launch().await;
    open_single_file(&b).await;
    let ms = start_ms(&b).await;
    eprintln!("single file: first highlights {ms:.0} ms after navigation");
    assert_eq!(b.marks().await, expected_marks(DEMO));
    paste_and_check(&b).await;
    b.click("fix-safe").await;
    b.wait_for(
        "the fixed draft",
        "return !document.getElementById('draft').value.includes('完成完成')",
    )
    .await;
    let build = b
        .js("return document.getElementById('build').textContent")
        .await;
    assert!(
        build
            .as_str()
            .is_some_and(|t| t.starts_with("版本 ") && !t.contains("开发版")),
        "{build}"
    );
    // Everything is inline: not one request, local or foreign.
    assert_eq!(resources(&b).await, Vec::<String>::new());
    assert!(b.requests.lock().map(|r| r.is_empty()).unwrap_or(false));
    b.screenshot("single-file.png").await;
}

#[tokio::test]
#[ignore = "needs the built app and Firefox: run `cargo xtask test`"]
async fn the_single_file_works_in_firefox_from_disk() {
    let b = launch_firefox().await;
    open_single_file(&b).await;
    b.wait_for(
        "the demo's highlights",
        "return document.querySelectorAll('mark[data-finding]').length > 0",
    )
    .await;
    assert_eq!(b.marks().await, expected_marks(DEMO));
    paste_and_check(&b).await;
    assert_eq!(resources(&b).await, Vec::<String>::new());
    b.screenshot("single-file-firefox.png").await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_served_site_requests_only_its_own_files() {
    let b = open().await;
    let ms = start_ms(&b).await;
    eprintln!("served site: first highlights {ms:.0} ms after navigation");
    paste_and_check(&b).await;
    b.click("fix-safe").await;
    b.click("undo").await;
    b.open_tab("规则说明").await;
    // Open a file and export the findings: neither may reach out either.
    let (gbk, _, _) = encoding_rs::GBK.encode("全年新增企业xx家，完成完成技改项目8个。\n");
    let file = std::env::temp_dir().join(format!("gongwen-privacy-{}.txt", std::process::id()));
    std::fs::write(&file, &gbk).expect("write file");
    b.client
        .find(fantoccini::Locator::Id("file-input"))
        .await
        .expect("file input")
        .send_keys(&file.display().to_string())
        .await
        .expect("pick file");
    b.wait_for(
        "the file opened",
        "return document.getElementById('draft').value.startsWith('全年新增企业xx家')",
    )
    .await;
    // A command picked closes the menu: it is opened for each.
    for command in ["export-csv", "export-json"] {
        b.js("document.getElementById('export-menu').open = true; return true")
            .await;
        b.click(command).await;
    }
    let own = |url: &String| url.starts_with(&b.url);
    let foreign: Vec<String> = resources(&b)
        .await
        .into_iter()
        .filter(|u| !own(u))
        .collect();
    assert_eq!(foreign, Vec::<String>::new());
    // What the server saw: the page's files and nothing else.
    let names: Vec<String> = std::fs::read_dir(dist())
        .expect("dist")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    for path in b.requests.lock().map(|r| r.clone()).unwrap_or_default() {
        let name = path.trim_start_matches('/');
        assert!(
            name.is_empty() || names.iter().any(|n| n == name),
            "requested {path}, which is not a file of the site"
        );
    }
    // The policy that enforces it is in the page.
    let csp = b
        .js("const m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); return m ? m.content : ''")
        .await;
    let csp = csp.as_str().unwrap_or_default();
    assert!(
        csp.contains("connect-src 'self'") && csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
        "{csp}"
    );
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_site_keeps_working_with_the_server_stopped() {
    let mut b = open().await;
    // The service worker has cached every file and controls the page.
    b.wait_for(
        "the service worker",
        "return navigator.serviceWorker.controller !== null",
    )
    .await;
    b.stop_server();
    b.client.refresh().await.expect("reload without a server");
    b.wait_for(
        "the app to start from the cache",
        "return document.getElementById('draft') !== null && document.querySelectorAll('mark[data-finding]').length > 0",
    )
    .await;
    assert_eq!(b.marks().await, expected_marks(DEMO));
    paste_and_check(&b).await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_js_module_returns_the_clis_json() {
    let b = launch().await;
    b.open_module_example().await;
    // The page's own run, through its textarea (which turns \r\n into \n).
    let shown = b
        .js("return JSON.parse(JSON.stringify(window.lastDocument))")
        .await;
    let example = "全年新增企业xx家，同比增长12.5%。完成完成投资8亿元。";
    let native = |text: &str| -> Value {
        let report = gongwen::check(text, &gongwen::Config::default());
        serde_json::to_value(gongwen_json::Document::new(text, &report)).expect("json")
    };
    assert_eq!(shown, native(example));
    // The module called directly, on texts with astral characters and CRLF.
    for text in [DRAFT, DEMO, "", "𠀀新增xx家\r\n（一）、稳运行。"] {
        let from_module = b
            .client
            .execute(
                "return import('./gongwen.js').then(m => JSON.parse(JSON.stringify(m.check(arguments[0], { genre: 'auto' }))))",
                vec![json!(text)],
            )
            .await
            .expect("check in the page");
        assert_eq!(from_module, native(text), "{text}");
    }
    // Reading files: the same crate as the app and the CLI.
    let (gbk, _, _) = encoding_rs::GBK.encode("全年新增企业xx家。\r\n");
    let read = b
        .client
        .execute(
            "return import('./gongwen.js').then(m => m.readFile('草稿.txt', new Uint8Array(arguments[0])))",
            vec![json!(gbk.to_vec())],
        )
        .await
        .expect("readFile");
    assert_eq!(
        read,
        json!({ "text": "全年新增企业xx家。\r\n", "format": "GBK/GB18030", "headings": [], "heading_texts": [], "stories": [] })
    );
    let refused = b
        .client
        .execute(
            "return import('./gongwen.js').then(m => { try { m.readFile('a.doc', new Uint8Array([0xD0, 0xCF, 0x11, 0xE0])); return ''; } catch (e) { return String(e.message || e); } })",
            vec![],
        )
        .await
        .expect("readFile throws");
    assert!(
        refused.as_str().is_some_and(|m| m.contains("暂不支持")),
        "{refused}"
    );
    // A Word file's header, read as a story and checked beside the report.
    let headed = {
        use std::io::Write;
        let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut buf);
        for (name, xml) in [
            (
                "word/document.xml",
                format!(
                    r#"<w:document {w}><w:body><w:p><w:r><w:t>白沙县2025年工作总结</w:t></w:r></w:p></w:body></w:document>"#
                ),
            ),
            (
                "word/header1.xml",
                format!(
                    r#"<w:hdr {w}><w:p><w:r><w:t>白沙县科技局20xx年工作总结</w:t></w:r></w:p></w:hdr>"#
                ),
            ),
            (
                "word/footer1.xml",
                format!(r#"<w:ftr {w}><w:p><w:r><w:t>第 1 页 共 3 页</w:t></w:r></w:p></w:ftr>"#),
            ),
        ] {
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            zip.write_all(xml.as_bytes()).expect("write");
        }
        zip.finish().expect("zip");
        buf.into_inner()
    };
    let stories = b
        .client
        .execute(
            "return import('./gongwen.js').then(m => { const r = m.readFile('a.docx', new Uint8Array(arguments[0])); return r.stories.map(s => [s.kind, s.part, m.check(s.text, { beside: true }).findings.map(f => f.rule)]); })",
            vec![json!(headed)],
        )
        .await
        .expect("stories");
    assert_eq!(
        stories,
        json!([
            ["页眉", "word/header1.xml", ["unfilled-x"]],
            ["页脚", "word/footer1.xml", []]
        ])
    );
    // A Word file with the review: from text, then that file annotated
    // again (a .docx in, the same comments on it).
    let word = b
        .client
        .execute(
            "return import('./gongwen.js').then(m => { const made = m.annotate(arguments[0], { genre: 'auto' }, { track_fixes: true, date: '2026-12-07T10:00:00Z' }); const again = m.annotate(made); return [Array.from(made.slice(0, 4)), made instanceof Uint8Array, m.readFile('a.docx', made).text, Array.from(again.slice(0, 2))]; })",
            vec![json!("全年新增企业xx家，，同比增长。\n")],
        )
        .await
        .expect("annotate");
    assert_eq!(
        word,
        json!([
            [0x50, 0x4B, 3, 4],
            true,
            "全年新增企业xx家，同比增长。\n",
            [0x50, 0x4B]
        ])
    );
    let rules = b
        .js("return import('./gongwen.js').then(m => m.rules().length)")
        .await;
    assert_eq!(rules, json!(gongwen::RULES.len()));
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn without_webassembly_both_builds_say_why_in_chinese() {
    // A page without the WebAssembly object: what a browser too old for it
    // sees.
    let b = launch().await;
    b.before_each_page("delete window.WebAssembly;").await;
    let file = std::fs::canonicalize(dist().join("gongwen.html")).expect("dist/gongwen.html");
    for url in [b.url.clone(), format!("file://{}", file.display())] {
        b.client.goto(&url).await.expect("page loads");
        b.wait_for(
            "the message",
            "return document.querySelector('.unsupported') !== null",
        )
        .await;
        let text = b
            .js("return document.querySelector('.unsupported').textContent")
            .await;
        let text = text.as_str().unwrap_or_default();
        assert!(
            text.contains("公文体检无法在此浏览器中启动") && text.contains("WebAssembly"),
            "{url}: {text}"
        );
    }
    b.screenshot("no-wasm.png").await;
}

/// A draft of about 1 MB: different sentences, and one placeholder at the
/// end.
fn megabyte() -> String {
    let mut big: String = (0..12_000)
        .map(|i| format!("第{i}批重点项目有序推进，营商环境持续优化，企业满意度稳步提升。\n"))
        .collect();
    big.push_str("全年新增企业xx家。\n");
    big
}

/// Pastes a megabyte and checks that a worker checked it, with the same
/// findings as the engine natively.
async fn checked_in_a_worker(b: &Browser) {
    b.js("const make = window.gongwenWorker; window.workersStarted = 0; window.gongwenWorker = () => { window.workersStarted += 1; return make(); }; return true")
        .await;
    let big = megabyte();
    b.set_text(&big).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while b
        .js("return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 1")
        .await
        != json!(true)
    {
        if std::time::Instant::now() > deadline {
            let state = b
                .js("return [window.workersStarted, document.getElementById('status').textContent, document.getElementById('draft').value.length]")
                .await;
            panic!(
                "the megabyte was not checked: {state}; page errors: {}",
                b.errors().await
            );
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(b.js("return window.workersStarted").await, json!(1));
    let native = gongwen::check(&big, &gongwen::Config::default())
        .findings
        .len();
    assert_eq!(
        b.js("return document.querySelectorAll('mark[data-finding]').length")
            .await,
        json!(native)
    );
    // Checked again with the config and last year's report the worker
    // read the first time.
    b.set_text(&format!("{big}另有企业xx家。\n")).await;
    b.wait_for(
        "the second check",
        "return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 2",
    )
    .await;
    assert_eq!(b.js("return window.workersStarted").await, json!(1));
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_megabyte_is_checked_in_a_worker_on_the_site_and_in_the_single_file() {
    let b = open().await;
    checked_in_a_worker(&b).await;
    open_single_file(&b).await;
    b.wait_for(
        "the single file",
        "return document.getElementById('draft') !== null && typeof window.gongwenWorker === 'function'",
    )
    .await;
    checked_in_a_worker(&b).await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_draft_survives_a_browser_crash() {
    let b = launch().await;
    open_single_file(&b).await;
    b.wait_for(
        "the app",
        "return document.getElementById('draft') !== null",
    )
    .await;
    b.paste(DRAFT).await;
    // The draft is kept in IndexedDB with strict durability: on disk when
    // the write completes (localStorage reaches the disk seconds later).
    let kept = format!(
        "return document.documentElement.dataset.durableChars === '{}'",
        DRAFT.chars().count()
    );
    b.wait_for("the draft kept durably", &kept).await;
    // Killed a second after the last keystroke, as a crash kills it.
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    // Killed, as a crash kills it; then started again on the same profile.
    let profile = b.crash();
    let b = launch_in(Some(profile), &[]).await;
    open_single_file(&b).await;
    b.wait_value(DRAFT).await;
    let notice = b.notice().await;
    assert!(notice.contains("已恢复上次未完成的草稿"), "{notice}");
}
