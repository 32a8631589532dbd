//! The CLI's output formats: JSON (the contract of `gongwen-json`, one
//! document per file with its path) and one line per finding for people.

use gongwen::{Report, RuleMeta};
use gongwen_json::Document;
use serde::Serialize;
use std::fmt::Write;

/// One checked file.
#[derive(Debug, Serialize)]
pub struct FileReport {
    pub path: String,
    #[serde(flatten)]
    pub document: Document,
    #[serde(skip)]
    pub has_errors: bool,
}

impl FileReport {
    pub fn new(path: String, text: &str, report: &Report) -> Self {
        FileReport {
            path,
            document: Document::new(text, report),
            has_errors: report.has_errors(),
        }
    }
}

pub fn json(files: &[FileReport]) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        version: u32,
        files: &'a [FileReport],
    }
    serde_json::to_string(&Out {
        version: gongwen_json::VERSION,
        files,
    })
    .expect("plain data always serialises")
}

/// One line per finding: `path:line:column: 错误[rule] message「snippet」`,
/// then a summary line.
pub fn human(files: &[FileReport]) -> String {
    let mut out = String::new();
    let mut total = 0;
    for file in files {
        for f in &file.document.findings {
            let severity = match f.severity {
                "error" => "错误",
                "warning" => "警告",
                _ => "提示",
            };
            let _ = writeln!(
                out,
                "{}:{}:{}: {severity}[{}] {}「{}」",
                file.path, f.line, f.column, f.rule, f.message, f.snippet
            );
            for r in &f.related {
                let _ = writeln!(
                    out,
                    "    {}:{}:{}: {}",
                    file.path, r.line, r.column, r.message
                );
            }
        }
        total += file.document.findings.len();
    }
    let _ = writeln!(
        out,
        "共检查 {} 个文件，发现 {} 处问题。",
        files.len(),
        total
    );
    out
}

/// A rule's documentation in its fixed sections.
pub fn explain(meta: &RuleMeta) -> String {
    let d = &meta.docs;
    format!(
        "{}（{}，默认{}）\n\n检查什么\n  {}\n\n为什么\n  {}\n\n示例（错误）\n  {}\n\n示例（正确）\n  {}\n",
        meta.name,
        meta.category.label(),
        meta.severity.label(),
        d.what,
        d.why,
        d.bad,
        d.good
    )
}
