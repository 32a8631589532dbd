//! The CLI as a user runs it: real files, real process, exit codes and the
//! JSON contract.

use std::process::Command;

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

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("gongwen-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path.display().to_string()
}

#[test]
fn json_output_follows_the_contract() {
    let path = temp_file(
        "a.txt",
        "一、工作总结\r\n全年新增𠀀企业xx家，增长x.x%。\n".as_bytes(),
    );
    let (code, stdout, _) = gongwen(&["check", "--format", "json", &path]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(v["version"], 1);
    let file = &v["files"][0];
    assert_eq!(file["path"], path.as_str());
    assert_eq!(file["chars"], 27);
    let f = &file["findings"][0];
    assert_eq!(f["rule"], "unfilled-x");
    assert_eq!(f["category"], "placeholder");
    assert_eq!(f["severity"], "error");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(2), Some(8))
    );
    assert_eq!(
        (f["end_line"].as_u64(), f["end_column"].as_u64()),
        (Some(2), Some(10))
    );
    // Character offsets: 一、工作总结 \r \n = 8, then 全年新增𠀀企业 = 7 chars.
    assert_eq!(
        (f["start"].as_u64(), f["end"].as_u64()),
        (Some(15), Some(17))
    );
    assert_eq!(f["snippet"], "xx");
    assert_eq!(f["fix"], serde_json::Value::Null);
    assert_eq!(f["related"], serde_json::json!([]));
    assert_eq!(file["findings"][1]["snippet"], "x.x%");
}

#[test]
fn human_output_frames_the_finding_and_underlines_it_in_display_columns() {
    let path = temp_file("b.txt", "全年新增xx家\n时间待定。\n".as_bytes());
    let (code, stdout, _) = gongwen(&["check", &path]);
    assert_eq!(code, 1);
    assert!(
        stdout.starts_with("错误[unfilled-x]: 未填写的数值占位符“xx”"),
        "{stdout}"
    );
    assert!(stdout.contains(&format!(" --> {path}:1:5\n")), "{stdout}");
    // 全年新增 takes eight columns; xx two; 待定 four. No colours in a pipe.
    assert!(
        stdout.contains("1 | 全年新增xx家\n  |         ^^\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("2 | 时间待定。\n  |     ^^^^\n"),
        "{stdout}"
    );
    assert!(stdout.contains("警告[todo-marker]"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "{stdout}");
    assert!(stdout.ends_with("共检查 1 个文件，发现 2 处问题。\n"));
}

#[test]
fn a_finding_on_a_long_line_is_quoted_around_it_with_its_place() {
    // One line of 1,800 bytes (a PDF's page pasted as one line).
    let text = format!(
        "{}全年新增xx家{}\n",
        "全县经济稳中向好。".repeat(50),
        "企业发展良好。".repeat(20)
    );
    let path = temp_file("long.txt", text.as_bytes());
    let (code, stdout, _) = gongwen(&["check", &path]);
    assert_eq!(code, 1);
    // 50 × 9 characters before 全年新增: xx is at column 455.
    assert!(stdout.contains(&format!("--> {path}:1:455\n")), "{stdout}");
    assert!(stdout.contains("= 原文: ……"), "{stdout}");
    assert!(stdout.contains("全年新增【xx】家企业"), "{stdout}");
    // The line is not printed whole.
    assert!(stdout.lines().all(|l| l.len() < 400), "{stdout}");
}

#[test]
fn exit_codes_tell_clean_from_defective_from_broken() {
    let clean = temp_file("clean.txt", "全年新增高新技术企业12家。".as_bytes());
    assert_eq!(gongwen(&["check", &clean]).0, 0);
    let warning_only = temp_file("warn.txt", "时间待定。".as_bytes());
    assert_eq!(gongwen(&["check", &warning_only]).0, 0);
    let (code, _, stderr) = gongwen(&["check", "/nonexistent/draft.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("/nonexistent/draft.txt"));
    assert_eq!(
        gongwen(&["check", "--disable", "no-such-rule", &clean]).0,
        2
    );
    assert_eq!(gongwen(&["check"]).0, 2);
}

#[test]
fn reads_gbk_files() {
    // 新增xx家 in GBK.
    let path = temp_file("gbk.txt", b"\xD0\xC2\xD4\xF6xx\xBC\xD2");
    let (code, stdout, _) = gongwen(&["check", "--format", "json", &path]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(v["files"][0]["findings"][0]["snippet"], "xx");
}

#[test]
fn rules_can_be_disabled_listed_and_explained() {
    let path = temp_file("c.txt", "全年新增xx家".as_bytes());
    assert_eq!(gongwen(&["check", "--disable", "unfilled-x", &path]).0, 0);
    let (code, stdout, _) = gongwen(&["rules"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("unfilled-x") && stdout.contains("todo-marker"));
    assert!(
        stdout.contains("字母x占位未填（未填占位符，默认错误）"),
        "{stdout}"
    );
    let (code, stdout, _) = gongwen(&["explain", "unfilled-x"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("unfilled-x 字母x占位未填（"), "{stdout}");
    for section in ["检查什么", "为什么", "示例（错误）", "示例（正确）"] {
        assert!(stdout.contains(section), "{section}");
    }
}

#[test]
fn json_lists_key_figures_and_number_findings_show_their_arithmetic() {
    let text = "一、工作总结\n全年规上工业总产值实现150亿元，同比增长7.0%（上年基数为120亿元）。\n";
    let path = temp_file("m.txt", text.as_bytes());
    let (code, stdout, _) = gongwen(&["check", "--format", "json", &path]);
    assert_eq!(code, 0, "number findings are warnings");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    let m = &v["files"][0]["metrics"][0];
    assert_eq!(m["metric"], "规上工业总产值");
    assert_eq!(m["value"], "150亿元");
    assert_eq!(m["unit"], "亿元");
    assert_eq!(m["period"], "全年");
    assert_eq!(m["growth"], "+7.0%");
    assert_eq!(
        (m["line"].as_u64(), m["column"].as_u64()),
        (Some(2), Some(12))
    );
    let f = &v["files"][0]["findings"][0];
    assert_eq!(f["rule"], "growth-vs-base");
    assert_eq!(f["snippet"], "7.0%");
    assert!(
        f["message"]
            .as_str()
            .unwrap_or_default()
            .contains("（150 ÷ 120 − 1 = 25.0%）"),
        "{}",
        f["message"]
    );
    assert_eq!(f["related"].as_array().map(Vec::len), Some(2));
}

#[test]
fn json_has_the_outline_and_the_genre_can_be_chosen() {
    let text = "2023年工作总结及2024年工作计划\n一、2023年工作情况\n（一）稳运行\n二、存在的问题\n三、2024年工作计划\n";
    let path = temp_file("o.txt", text.as_bytes());
    let (code, stdout, _) = gongwen(&["check", "--format", "json", &path]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    let o = &v["files"][0]["outline"];
    assert_eq!(
        o["reports"],
        serde_json::json!([{"line": 1, "genre": "annual", "year": 2023, "plan_year": 2024, "title_line": 1, "opening_line": null, "closing_line": null}])
    );
    assert_eq!(
        o["headings"][1],
        serde_json::json!({"level": 2, "number": 1, "marker": "（一）", "text": "稳运行", "line": 3, "roles": []})
    );
    assert_eq!(o["headings"][2]["roles"], serde_json::json!(["problems"]));
    let duty = temp_file(
        "d.txt",
        "述职报告\n一、主要工作\n二、下一步打算\n".as_bytes(),
    );
    let (_, stdout, _) = gongwen(&["check", "--genre", "self-check", "--format", "json", &duty]);
    assert!(stdout.contains("missing-section"), "{stdout}");
    assert_eq!(gongwen(&["check", "--genre", "novel", &duty]).0, 2);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::Stdio;
    // Far more output than a pipe buffers, read by nobody.
    let path = temp_file("long.txt", "新增xx家企业。\n".repeat(20_000).as_bytes());
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["check", &path])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// A GBK draft with CRLF line endings, site chrome and fixable slips.
fn gbk_draft() -> (Vec<u8>, Vec<u8>) {
    let (before, _, _) = encoding_rs::GBK.encode(
        "下面是小编为大家整理的工作总结，供大家参考。\r\n一、工作总结\r\n全年完成完成技改项目12个,同比增长20%。\r\n",
    );
    let (after, _, _) =
        encoding_rs::GBK.encode("一、工作总结\r\n全年完成技改项目12个，同比增长20%。\r\n");
    (before.into_owned(), after.into_owned())
}

#[test]
fn fix_writes_safe_fixes_back_in_the_files_encoding_and_line_endings() {
    let (before, after) = gbk_draft();
    let path = temp_file("fix-gbk.txt", &before);
    let (code, stdout, stderr) = gongwen(&["check", "--fix", &path]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stderr.contains("已修复 3 处"), "{stderr}");
    assert!(stdout.contains("发现 0 处问题"), "{stdout}");
    assert_eq!(std::fs::read(&path).expect("read back"), after);
    // Fixing again changes nothing.
    let (_, _, stderr) = gongwen(&["check", "--fix", &path]);
    assert!(!stderr.contains("已修复"), "{stderr}");
    assert_eq!(std::fs::read(&path).expect("read back"), after);
}

#[test]
fn diff_shows_the_change_and_writes_nothing() {
    let (before, _) = gbk_draft();
    let path = temp_file("diff-gbk.txt", &before);
    let (code, stdout, _) = gongwen(&["check", "--diff", &path]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("-下面是小编为大家整理的工作总结，供大家参考。"),
        "{stdout}"
    );
    assert!(
        stdout.contains("+全年完成技改项目12个，同比增长20%。"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(&path).expect("unchanged"), before);
    let clean = temp_file("diff-clean.txt", "全年完成技改项目12个。\n".as_bytes());
    assert_eq!(gongwen(&["check", "--diff", &clean]).0, 0);
}

#[test]
fn unsafe_fixes_need_asking_for() {
    // Restoring a name a site filtered out is for a person to confirm.
    let text = "深入学习贯彻书记总书记重要讲话精神。\n";
    let path = temp_file("unsafe.txt", text.as_bytes());
    let (_, stdout, _) = gongwen(&["check", "--diff", &path]);
    assert!(stdout.is_empty(), "{stdout}");
    let (code, stdout, _) = gongwen(&["check", "--diff", "--unsafe", &path]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("+深入学习贯彻习近平总书记重要讲话精神。"),
        "{stdout}"
    );
    let (code, _, stderr) = gongwen(&["check", "--unsafe", &path]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--unsafe"), "{stderr}");
}

#[test]
fn fixing_standard_input_prints_the_fixed_text() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["check", "--fix", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("新增xx家,与与高校合作。\n".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("ends");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "新增xx家，与高校合作。\n"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unfilled-x"), "{stderr}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn binary_files_are_refused_with_a_reason_and_big5_is_read() {
    let png = temp_file(
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00",
    );
    let (code, stdout, stderr) = gongwen(&["check", &png]);
    assert_eq!(code, 2);
    assert!(stderr.contains("不是文本文件"), "{stderr}");
    assert!(
        !stdout.contains("问题") || stdout.contains("发现 0 处问题"),
        "{stdout}"
    );
    let (big5, _, _) = encoding_rs::BIG5.encode("全年新增企業xx家，完成完成技改項目8個。\r\n");
    let path = temp_file("big5.txt", &big5);
    let (_, stdout, _) = gongwen(&["check", "--format", "json", &path]);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let rules: Vec<&str> = v["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["rule"].as_str())
        .collect();
    assert_eq!(rules, ["unfilled-x", "doubled-word"]);
    // Fixing writes Big5 back.
    gongwen(&["check", "--fix", &path]);
    let (fixed, _, _) = encoding_rs::BIG5.encode("全年新增企業xx家，完成技改項目8個。\r\n");
    assert_eq!(std::fs::read(&path).expect("read back"), fixed.into_owned());
}

/// A fresh folder for one test, under the system's temporary folder.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("gongwen-cli-test-{}", std::process::id()))
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn put(dir: &std::path::Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
    std::fs::write(&path, bytes).expect("write");
    path.display().to_string()
}

/// `gongwen` run in `dir`, where it looks for `gongwen.toml`.
fn gongwen_in(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A minimal .docx: one paragraph per line.
fn docx(lines: &[&str]) -> Vec<u8> {
    use std::io::Write;
    let body: String = lines
        .iter()
        .map(|l| format!("<w:p><w:r><w:t>{l}</w:t></w:r></w:p>"))
        .collect();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .expect("entry");
    zip.write_all(document.as_bytes()).expect("write");
    zip.finish().expect("zip");
    buf.into_inner()
}

fn json(stdout: &str) -> serde_json::Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

#[test]
fn folders_are_walked_in_order_and_every_encoding_and_word_is_read() {
    let dir = temp_dir("tree");
    let (gbk, _, _) = encoding_rs::GBK.encode("全年新增企业xx家。\r\n");
    put(&dir, "b/甲.txt", &gbk);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("时间待定。\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    put(&dir, "a/z.md", &utf16);
    put(
        &dir,
        "a/y/报告.docx",
        &docx(&["一、工作总结", "完成完成技改项目8个。"]),
    );
    put(&dir, "a/photo.png", b"\x89PNG");
    put(&dir, "a/~$报告.docx", b"lock");
    put(&dir, ".git/x.txt", "xx".as_bytes());
    put(&dir, "c.TXT", "全年新增企业12家。\n".as_bytes());
    let root = dir.display().to_string();
    let (code, stdout, stderr) = gongwen(&["check", "--format", "json", &root]);
    assert_eq!(code, 1, "{stderr}");
    let v = json(&stdout);
    let files = v["files"].as_array().expect("files");
    let paths: Vec<String> = files
        .iter()
        .map(|f| {
            let p = f["path"].as_str().unwrap_or_default();
            p.strip_prefix(&root).unwrap_or(p).replace('\\', "/")
        })
        .collect();
    assert_eq!(paths, ["/a/y/报告.docx", "/a/z.md", "/b/甲.txt", "/c.TXT"]);
    let first_rule = |k: usize| files[k]["findings"][0]["rule"].clone();
    assert_eq!(first_rule(0), "doubled-word");
    assert_eq!(first_rule(1), "todo-marker");
    assert_eq!(first_rule(2), "unfilled-x");
    assert_eq!(files[3]["findings"], serde_json::json!([]));
    // Many paths, given in this order, keep it.
    let c = dir.join("c.TXT").display().to_string();
    let b = dir.join("b").display().to_string();
    let (_, stdout, _) = gongwen(&["check", "--format", "json", &c, &b]);
    let v = json(&stdout);
    assert_eq!(v["files"][0]["path"], c.as_str());
    assert!(v["files"][1]["path"]
        .as_str()
        .unwrap_or_default()
        .ends_with("甲.txt"));
}

#[test]
fn the_encoding_can_be_named() {
    let dir = temp_dir("encoding");
    // UTF-16LE without a byte order mark and without ASCII: nothing tells
    // it from GB18030, so only a named encoding reads it.
    let bytes: Vec<u8> = "完成完成技改项目"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let path = put(&dir, "u16.txt", &bytes);
    let rules = |args: &[&str]| {
        let (_, stdout, _) = gongwen(args);
        json(&stdout)["files"][0]["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["rule"].as_str().unwrap_or_default().to_owned())
            .collect::<Vec<_>>()
    };
    assert!(!rules(&["check", "--format", "json", &path]).contains(&"doubled-word".to_owned()));
    assert_eq!(
        rules(&["check", "--format", "json", "--encoding", "utf-16le", &path]),
        ["doubled-word"]
    );
    // Fixing writes it back the way it was named.
    let (_, _, stderr) = gongwen(&["check", "--fix", "--encoding", "utf-16le", &path]);
    assert!(stderr.contains("按 UTF-16LE 编码写回"), "{stderr}");
    let fixed: Vec<u8> = "完成技改项目"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert_eq!(std::fs::read(&path).expect("read back"), fixed);
    assert_eq!(gongwen(&["check", "--encoding", "latin1", &path]).0, 2);
}

#[test]
fn csv_has_a_bom_and_the_agreed_columns_and_markdown_a_section_per_file() {
    let dir = temp_dir("formats");
    let a = put(
        &dir,
        "a.txt",
        "全年新增企业xx家,\"重点\"项目3个。\n".as_bytes(),
    );
    let b = put(&dir, "b.txt", "全年新增企业12家。\n".as_bytes());
    let (_, stdout, _) = gongwen(&["check", "--format", "csv", &a, &b]);
    assert!(
        stdout.starts_with("\u{FEFF}文件,行,列,类别,规则,级别,原文,说明,规则编号\r\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{a},1,7,未填占位符,字母x占位未填,错误,xx,")),
        "{stdout}"
    );
    let (_, stdout, _) = gongwen(&["check", "--format", "markdown", &a, &b]);
    assert!(
        stdout.starts_with(&format!("# 公文体检：{a}\n")),
        "{stdout}"
    );
    assert!(stdout.contains("- 第 1 行第 7 列 `xx`："), "{stdout}");
    assert!(
        stdout.contains(&format!("# 公文体检：{b}\n\n没有发现问题。")),
        "{stdout}"
    );
}

#[test]
fn summary_counts_each_category_per_file_with_a_total() {
    let dir = temp_dir("summary");
    put(&dir, "a.txt", "全年新增企业xx家，时间待定。\n".as_bytes());
    put(&dir, "b.txt", "新增x家,完成完成项目。\n".as_bytes());
    let (code, stdout, _) = gongwen_in(&dir, &["check", "--summary", "."]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    let cells = |k: usize| lines[k].split_whitespace().collect::<Vec<_>>();
    assert_eq!(cells(0), ["文件", "未填占位符", "重复字词", "标点", "合计"]);
    assert_eq!(cells(1), ["./a.txt", "2", "0", "0", "2"]);
    assert_eq!(cells(2), ["./b.txt", "1", "1", "1", "3"]);
    assert_eq!(cells(3), ["合计", "3", "1", "1", "5"]);
    // Columns line up in display width: the counts end where the header does.
    let width = |s: &str| {
        s.chars()
            .map(|c| if c.is_ascii() { 1 } else { 2 })
            .sum::<usize>()
    };
    assert_eq!(width(lines[0]), width(lines[1]), "{stdout}");
    let (_, stdout, _) = gongwen_in(&dir, &["check", "--summary", "--format", "markdown", "."]);
    assert!(stdout.contains("| ./b.txt | 1 | 1 | 1 | 3 |"), "{stdout}");
}

#[test]
fn a_bad_pattern_in_the_settings_names_the_file_and_line() {
    let dir = temp_dir("bad-regex");
    put(
        &dir,
        "gongwen.toml",
        "year = 2024\n\n[[patterns]]\npattern = \"加大(力度\"\nmessage = \"x\"\n".as_bytes(),
    );
    let draft = put(&dir, "a.txt", "全年新增企业12家。\n".as_bytes());
    let (code, stdout, stderr) = gongwen_in(&dir, &["check", &draft]);
    assert_eq!(code, 2, "{stdout}");
    assert!(
        stderr.contains("gongwen.toml 第 4 行：正则表达式无效（加大(力度）："),
        "{stderr}"
    );
    put(
        &dir,
        "other.toml",
        "[rules]\nunfilled-x = \"loud\"\n".as_bytes(),
    );
    let (code, _, stderr) = gongwen_in(&dir, &["check", "--config", "other.toml", &draft]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("other.toml 第 2 行：规则“unfilled-x”的级别“loud”无效"),
        "{stderr}"
    );
    let (code, _, stderr) = gongwen_in(&dir, &["check", "--config", "missing.toml", &draft]);
    assert_eq!(code, 2);
    assert!(stderr.contains("无法读取设置文件 missing.toml"), "{stderr}");
}

#[test]
fn settings_in_a_parent_folder_set_rule_levels_and_ignored_findings() {
    let dir = temp_dir("parent");
    put(
        &dir,
        "gongwen.toml",
        r#"[rules]
unfilled-x = "off"
todo-marker = "error"

[[ignore]]
rule = "doubled-word"
text = "完成完成"
before = "全年"
"#
        .as_bytes(),
    );
    let deep = dir.join("科室/2024");
    let draft = put(
        &deep,
        "a.txt",
        "新增xx家，时间待定。全年完成完成项目8个，当月完成完成3个。\n".as_bytes(),
    );
    let (code, stdout, _) = gongwen_in(&deep, &["check", "--format", "json", &draft]);
    assert_eq!(code, 1, "todo-marker is an error now: {stdout}");
    let v = json(&stdout);
    let found: Vec<(String, String)> = v["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["severity"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("todo-marker".to_owned(), "error".to_owned()),
            ("doubled-word".to_owned(), "warning".to_owned())
        ]
    );
    // The ignored one is not fixed either.
    gongwen_in(&deep, &["check", "--fix", &draft]);
    assert_eq!(
        std::fs::read_to_string(&draft).expect("read"),
        "新增xx家，时间待定。全年完成完成项目8个，当月完成3个。\n"
    );
    // Flags add to the file: turning one more rule off.
    let (code, _, _) = gongwen_in(&deep, &["check", "--disable", "todo-marker", &draft]);
    assert_eq!(code, 0);
}

#[test]
fn the_offices_people_list_checks_names_and_titles() {
    let dir = temp_dir("people");
    put(
        &dir,
        "gongwen.toml",
        r#"[[people]]
name = "周明远"
title = "党组书记、局长"
from = "2022-04"

[[people]]
name = "冯晓燕"
title = "副局长"
from = 2020
"#
        .as_bytes(),
    );
    let draft = put(
        &dir,
        "a.txt",
        "青石县商务局2025年工作总结\n一、工作成效\n副局长周明远带队走访外贸企业，局长周明元主持召开专题会，冯冯晓燕同志牵头落实。\n"
            .as_bytes(),
    );
    let (code, stdout, _) = gongwen_in(&dir, &["check", "--format", "json", &draft]);
    assert_eq!(code, 1, "{stdout}");
    let v = json(&stdout);
    let found: Vec<(String, String)> = v["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["category"] == "naming")
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "person-title".to_owned(),
                "人员名单中周明远的职务是“党组书记、局长”，此处写作“副局长”。".to_owned()
            ),
            (
                "person-name".to_owned(),
                "“周明元”与人员名单中的局长“周明远”只差一个字，疑为笔误。".to_owned()
            ),
            (
                "person-name".to_owned(),
                "“冯冯晓燕”中有字重复，人员名单中为“冯晓燕”。".to_owned()
            ),
        ]
    );
    let people: Vec<bool> = v["files"][0]["people"]
        .as_array()
        .expect("people")
        .iter()
        .map(|m| m["right"].as_bool().unwrap_or(true))
        .collect();
    assert_eq!(people, [false, false, false]);
    // Only the doubled character is a safe fix.
    gongwen_in(&dir, &["check", "--fix", &draft]);
    assert!(std::fs::read_to_string(&draft)
        .expect("read")
        .contains("副局长周明远带队走访外贸企业，局长周明元主持召开专题会，冯晓燕同志"));
}

#[test]
fn figures_are_checked_against_a_statistics_table_saved_by_excel_in_gbk() {
    let dir = temp_dir("ledger");
    let table = "青石县主要经济指标（2025年）,,,,\r\n指标名称,计量单位,本年,比上年增长%,重点\r\n地区生产总值,万元,\"864,312\",5.6,是\r\n规上工业增加值,亿元,21.35,-1.2,\r\n一般公共预算收入,万元,52300,3.1,是\r\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(table);
    put(&dir, "台账.csv", &gbk);
    let draft = put(
        &dir,
        "a.txt",
        "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.5亿元，增长5.6%；规上工业增加值21.3亿元，增长1.2%。全市地区生产总值1280亿元。\n"
            .as_bytes(),
    );
    let table_path = dir.join("台账.csv").to_string_lossy().into_owned();
    let (_, stdout, stderr) = gongwen_in(
        &dir,
        &["check", "--format", "json", "--data", &table_path, &draft],
    );
    let v = json(&stdout);
    let found: Vec<(String, String)> = v["files"][0]["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("findings: {stdout} {stderr}"))
        .iter()
        .filter(|f| f["category"] == "data")
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["snippet"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "ledger-unmentioned".to_owned(),
                "青石县2025年工作总结".to_owned()
            ),
            ("ledger-figure".to_owned(), "86.5亿元".to_owned()),
            ("ledger-growth".to_owned(), "1.2%".to_owned()),
        ],
        "{stdout}"
    );
    let message = v["files"][0]["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["rule"] == "ledger-figure"))
        .and_then(|f| f["message"].as_str())
        .unwrap_or_default()
        .to_owned();
    assert!(
        message.contains("统计台账“台账”第3行为864312万元（合86.43亿元）"),
        "{message}"
    );
    // A table that cannot be read stops the run.
    let (code, _, stderr) = gongwen_in(&dir, &["check", "--data", "missing.csv", &draft]);
    assert_eq!(code, 2);
    assert!(stderr.contains("无法读取统计台账"), "{stderr}");
}

/// An Excel workbook as offices keep one: a notes sheet first, then the
/// figures under a title row and a two-row header whose 指标名称 and 单位
/// are merged down and 本年 across 绝对值 and 比上年增长%.
fn workbook() -> Vec<u8> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let plain = Format::new();
    let notes = book.add_worksheet();
    notes.set_name("说明").expect("name");
    notes
        .write(0, 0, "数据来源：县统计局，2026年1月")
        .expect("cell");
    let sheet = book.add_worksheet();
    sheet.set_name("2025年").expect("name");
    sheet
        .merge_range(0, 0, 0, 4, "青石县主要经济指标", &plain)
        .expect("title");
    sheet
        .merge_range(1, 0, 2, 0, "指标名称", &plain)
        .expect("name");
    sheet
        .merge_range(1, 1, 2, 1, "计量单位", &plain)
        .expect("unit");
    sheet
        .merge_range(1, 2, 1, 3, "本年", &plain)
        .expect("group");
    sheet.merge_range(1, 4, 2, 4, "重点", &plain).expect("key");
    sheet.write(2, 2, "绝对值").expect("cell");
    sheet.write(2, 3, "比上年增长%").expect("cell");
    for (r, (name, unit, value, growth, key)) in [
        ("地区生产总值", "万元", 864312.0, 5.6, "是"),
        ("  其中：规上工业增加值", "亿元", 21.35, -1.2, ""),
        ("一般公共预算收入", "万元", 52300.0, 3.1, "是"),
    ]
    .into_iter()
    .enumerate()
    {
        let r = r as u32 + 3;
        sheet.write(r, 0, name).expect("cell");
        sheet.write(r, 1, unit).expect("cell");
        sheet.write(r, 2, value).expect("cell");
        sheet.write(r, 3, growth).expect("cell");
        sheet.write(r, 4, key).expect("cell");
    }
    book.save_to_buffer().expect("workbook")
}

#[test]
fn figures_are_checked_against_an_excel_workbook_with_merged_headers() {
    let dir = temp_dir("ledger-xlsx");
    put(&dir, "台账.xlsx", &workbook());
    let draft = put(
        &dir,
        "a.txt",
        "青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.5亿元，增长5.6%；规上工业增加值21.3亿元，增长1.2%；一般公共预算收入5.23亿元。\n"
            .as_bytes(),
    );
    let table = dir.join("台账.xlsx").to_string_lossy().into_owned();
    let (_, stdout, stderr) = gongwen_in(
        &dir,
        &["check", "--format", "json", "--data", &table, &draft],
    );
    let v = json(&stdout);
    let found: Vec<(String, String)> = v["files"][0]["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("findings: {stdout} {stderr}"))
        .iter()
        .filter(|f| f["category"] == "data")
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "ledger-figure".to_owned(),
                "“地区生产总值”此处为86.5亿元，统计台账“2025年”第4行为864312万元（合86.43亿元），按所写位数对不上，请核对。".to_owned()
            ),
            (
                "ledger-growth".to_owned(),
                "“规上工业增加值”的增速此处为增长1.2%，统计台账“2025年”第5行为下降1.2%，请核对。".to_owned()
            ),
        ],
        "{stdout}"
    );
    // Every row listed, with the figures that state it.
    let rows: Vec<(String, usize)> = v["files"][0]["ledger"]
        .as_array()
        .expect("ledger rows")
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap_or_default().to_owned(),
                r["mentions"].as_array().map_or(0, Vec::len),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("地区生产总值".to_owned(), 1),
            ("规上工业增加值".to_owned(), 1),
            ("一般公共预算收入".to_owned(), 1)
        ]
    );
}

#[test]
fn house_style_patterns_report_and_fix() {
    let dir = temp_dir("house-style");
    put(
        &dir,
        "gongwen.toml",
        r#"[[patterns]]
pattern = "进一步加大(.{0,4})力度"
message = "本局文稿写“加大……力度”"
replace = "加大${1}力度"

[[patterns]]
pattern = '\p{Han}一把手'
message = "写明职务"
"#
        .as_bytes(),
    );
    let draft = put(
        &dir,
        "a.txt",
        "我们将进一步加大招商力度，局一把手亲自抓。\n".as_bytes(),
    );
    let (code, stdout, _) = gongwen_in(&dir, &["check", &draft]);
    assert_eq!(code, 0, "house style is a warning");
    assert!(
        stdout.contains("警告[house-style]: “进一步加大招商力度”：本局文稿写“加大……力度”"),
        "{stdout}"
    );
    assert!(stdout.contains("“局一把手”：写明职务"), "{stdout}");
    let (code, _, _) = gongwen_in(&dir, &["check", "--fail-on", "warning", &draft]);
    assert_eq!(code, 1);
    let (_, _, stderr) = gongwen_in(&dir, &["check", "--fix", &draft]);
    assert!(stderr.contains("已修复 1 处"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&draft).expect("read"),
        "我们将加大招商力度，局一把手亲自抓。\n"
    );
}

#[test]
fn fail_on_chooses_the_severity_that_fails() {
    let dir = temp_dir("fail-on");
    let warning = put(&dir, "w.txt", "时间待定。\n".as_bytes());
    let error = put(&dir, "e.txt", "新增xx家。\n".as_bytes());
    let clean = put(&dir, "c.txt", "新增企业12家。\n".as_bytes());
    assert_eq!(gongwen_in(&dir, &["check", &warning]).0, 0);
    assert_eq!(
        gongwen_in(&dir, &["check", "--fail-on", "error", &warning]).0,
        0
    );
    assert_eq!(
        gongwen_in(&dir, &["check", "--fail-on", "warning", &warning]).0,
        1
    );
    assert_eq!(
        gongwen_in(&dir, &["check", "--fail-on", "warning", &error]).0,
        1
    );
    assert_eq!(
        gongwen_in(&dir, &["check", "--fail-on", "warning", &clean]).0,
        0
    );
    let (code, _, stderr) =
        gongwen_in(&dir, &["check", "--fail-on", "warning", &clean, "nope.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("无法读取 nope.txt"), "{stderr}");
}

#[test]
fn explaining_an_unknown_rule_is_a_usage_error_in_chinese() {
    let (code, stdout, stderr) = gongwen(&["explain", "no-such-rule"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("没有名为“no-such-rule”的规则"), "{stderr}");
    let (code, stdout, _) = gongwen(&["explain", "house-style"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("house-style 本单位用语规范（用词"),
        "{stdout}"
    );
    // A rule is found by its Chinese name too.
    let (code, stdout, _) = gongwen(&["explain", "错别字"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("misspelled-word 错别字（"), "{stdout}");
}

/// Hostile input: 2 MB of random bytes named .txt is "not text", not 300 KB
/// of findings; a file past the size limit is refused without being read.
#[test]
fn random_bytes_and_huge_files_are_refused_with_a_reason() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let noise: Vec<u8> = (0..2_000_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let path = temp_file("噪声.txt", &noise);
    let (code, out, err) = gongwen(&["check", &path]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("不是文本文件"), "{err}");
    assert!(out.len() < 200, "{out}");
    // 51 MB (sparse: nothing is written to disk).
    let huge = temp_file("巨大.txt", b"");
    std::fs::OpenOptions::new()
        .write(true)
        .open(&huge)
        .and_then(|f| f.set_len(51 * 1024 * 1024))
        .expect("sparse file");
    let (code, _, err) = gongwen(&["check", &huge]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("文件太大"), "{err}");
}

/// A .docx holding the given parts, each stored as written.
fn package(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    for (name, text) in parts {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        zip.write_all(text.as_bytes()).expect("write");
    }
    zip.finish().expect("zip");
    buf.into_inner()
}

#[test]
fn broken_and_hostile_word_files_are_refused_with_a_reason() {
    let dir = temp_dir("hostile-docx");
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    // Claims to unpack to 300 MB: rewrite the size in the central directory.
    let mut bomb = docx(&["一、工作总结"]);
    let at = bomb
        .windows(4)
        .position(|x| x == b"PK\x01\x02")
        .expect("central directory");
    bomb[at + 24..at + 28].copy_from_slice(&300_000_000u32.to_le_bytes());
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("炸弹.docx", bomb, "解压后超过 200 MB"),
        (
            "坏的.docx",
            package(&[(
                "word/document.xml",
                &format!("<w:document {w}><w:body><w:p><w:r><w:t>甲</w:r></w:p>"),
            )]),
            "已损坏",
        ),
        (
            "缺正文.docx",
            package(&[("word/styles.xml", "<w:styles/>")]),
            "缺少正文部分",
        ),
        (
            "假的.docx",
            b"PK\x03\x04 not a zip".to_vec(),
            "不是有效的压缩包",
        ),
    ];
    for (name, bytes, reason) in cases {
        let path = put(&dir, name, &bytes);
        let (code, out, err) = gongwen(&["check", &path]);
        assert_eq!(code, 2, "{name}: {err}");
        assert!(err.contains(reason), "{name}: {err}");
        assert!(out.len() < 200, "{name}: {out}");
    }
    // An external entity is not fetched nor expanded: the text is read
    // without it, and nothing of the named file appears.
    let secret = put(&dir, "secret.txt", "机密内容".as_bytes());
    let xxe = package(&[(
        "word/document.xml",
        &format!(
            r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]><w:document {w}><w:body><w:p><w:r><w:t>一、工作总结&x;</w:t></w:r></w:p></w:body></w:document>"#
        ),
    )]);
    let path = put(&dir, "实体.docx", &xxe);
    let (code, out, err) = gongwen(&["check", "--format", "json", &path]);
    assert!(!out.contains("机密") && !err.contains("机密"), "{out}{err}");
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        json(&out)["files"][0]["findings"],
        serde_json::json!([]),
        "{out}"
    );
}

#[test]
fn last_years_report_is_compared_one_file_or_a_folder_paired_by_name() {
    let dir = temp_dir("previous");
    let last = "白石县2023年工作总结\n一、2023年工作总结\n全县深入开展企业服务月活动，组织干部走访规上企业120家次，帮助企业解决用工融资难题35个。全年新增高新技术企业21家。\n二、2024年工作计划\n一是加快推进智慧园区建设，二是启动污水管网改造工程。\n";
    let this = "白石县2024年工作总结\n一、2024年工作总结\n全县深入开展企业服务月活动，组织干部走访规上企业160家次，帮助企业解决用工融资难题42个。全年新增高新技术企业21家。智慧园区一期建成投用。\n";
    // Last year's report as GBK, this year's as UTF-8.
    let (gbk, _, _) = encoding_rs::GBK.encode(last);
    let last_path = put(&dir, "上年/白石县2023年工作总结.txt", &gbk);
    let this_path = put(&dir, "本年/白石县2024年工作总结.txt", this.as_bytes());
    let (code, out, err) = gongwen(&[
        "check",
        "--format",
        "json",
        "--fail-on",
        "warning",
        "--previous",
        &last_path,
        &this_path,
    ]);
    // The unchanged figure is a warning.
    assert_eq!(code, 1, "{err}");
    let v = json(&out);
    let file = &v["files"][0];
    let rules: Vec<&str> = file["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["category"] == "previous")
        .filter_map(|f| f["rule"].as_str())
        .collect();
    assert_eq!(rules, ["copied-from-previous", "unchanged-figure"], "{out}");
    let related = &file["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule"] == "unchanged-figure")
        .expect("unchanged")["related"][0];
    assert_eq!(related["previous"], true);
    assert_eq!(related["line"], 3);
    let plan: Vec<(String, bool)> = file["plan_followup"]
        .as_array()
        .expect("checklist")
        .iter()
        .map(|i| {
            (
                i["text"].as_str().unwrap_or_default().to_owned(),
                i["mentioned"] == true,
            )
        })
        .collect();
    assert_eq!(
        plan,
        [
            ("一是加快推进智慧园区建设".to_owned(), true),
            ("二是启动污水管网改造工程".to_owned(), false)
        ]
    );
    // The human output lists the checklist.
    let (_, out, _) = gongwen(&["check", "--previous", &last_path, &this_path]);
    assert!(
        out.contains("上年计划落实情况") && out.contains("[未提及] 二是启动污水管网改造工程"),
        "{out}"
    );
    // A folder: paired by the name with the year one less.
    let (code, out, err) = gongwen(&[
        "check",
        "--format",
        "json",
        "--previous-dir",
        &dir.join("上年").display().to_string(),
        &dir.join("本年").display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(json(&out)["files"][0]["plan_followup"].is_array(), "{out}");
    // A file without a counterpart is checked alone, with a note.
    put(&dir, "本年/其他.txt", "全年新增企业12家。\n".as_bytes());
    let (_, _, err) = gongwen(&[
        "check",
        "--previous-dir",
        &dir.join("上年").display().to_string(),
        &dir.join("本年").display().to_string(),
    ]);
    assert!(err.contains("没有对应的文件"), "{err}");
}

/// One settings file gives the same findings through the CLI and through
/// the JS module (the app's side of it is tested in the app's state):
/// every part of it — rule levels, genre, year, word lists, house style
/// and findings to leave — reaches both.
#[test]
fn the_js_module_finds_what_the_cli_finds_with_one_settings_file() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/settings");
    let settings = std::fs::read_to_string(format!("{dir}/gongwen.toml")).expect("settings");
    let draft = std::fs::read_to_string(format!("{dir}/draft.txt")).expect("draft");
    let (code, out, err) = gongwen(&[
        "check",
        "--config",
        &format!("{dir}/gongwen.toml"),
        "--format",
        "json",
        &format!("{dir}/draft.txt"),
    ]);
    assert_eq!(code, 1, "{err}");
    let cli: serde_json::Value = serde_json::from_str(&out).expect("json");
    let options = gongwen_wasm::Options {
        settings: Some(settings),
        ..Default::default()
    };
    let js = serde_json::to_value(gongwen_wasm::check_document(&draft, &options).expect("checks"))
        .expect("json");
    let rules = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .expect("findings")
            .iter()
            .map(|f| format!("{} {} {}", f["rule"], f["severity"], f["start"]))
            .collect()
    };
    let cli_findings = &cli["files"][0]["findings"];
    assert_eq!(cli_findings, &js["findings"]);
    // Every part of the file took effect.
    let found = rules(cli_findings).join("\n");
    for expected in [
        "\"site-chrome\"",
        "\"unfilled-x\" \"warning\"",
        "\"todo-marker\"",
        "\"house-style\"",
    ] {
        assert!(found.contains(expected), "{expected} in\n{found}");
    }
    assert!(!found.contains("doubled-word"), "{found}");
}
