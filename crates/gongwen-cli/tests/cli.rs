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
fn human_output_names_place_rule_and_snippet() {
    let path = temp_file("b.txt", "全年新增xx家\n".as_bytes());
    let (code, stdout, _) = gongwen(&["check", &path]);
    assert_eq!(code, 1);
    assert!(
        stdout.starts_with(&format!(
            "{path}:1:5: 错误[unfilled-x] 未填写的数值占位符“xx”"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("「xx」"));
    assert!(stdout.ends_with("共检查 1 个文件，发现 1 处问题。\n"));
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
    let (code, stdout, _) = gongwen(&["explain", "unfilled-x"]);
    assert_eq!(code, 0);
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
