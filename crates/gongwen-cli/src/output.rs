//! The CLI's output formats. The JSON shape is a contract other tools rely
//! on (version 1): the types below own it, so the engine's types can change
//! without breaking it. Positions here are characters, never bytes.

use gongwen::{Finding, LineIndex, Report, RuleMeta};
use serde::Serialize;
use std::fmt::Write;
use std::ops::Range;

#[derive(Debug, Serialize)]
pub struct FileReport {
    pub path: String,
    pub chars: usize,
    pub findings: Vec<JsonFinding>,
    /// Key figures the report states (关键指标).
    pub metrics: Vec<JsonMetric>,
    pub outline: JsonOutline,
    #[serde(skip)]
    pub has_errors: bool,
}

#[derive(Debug, Serialize)]
pub struct JsonFinding {
    pub rule: &'static str,
    pub category: &'static str,
    pub severity: &'static str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub start: usize,
    pub end: usize,
    pub snippet: String,
    pub message: String,
    pub related: Vec<JsonRelated>,
    pub fix: Option<JsonFix>,
}

#[derive(Debug, Serialize)]
pub struct JsonOutline {
    /// The reports the file holds (one, or several pasted together).
    pub reports: Vec<JsonReport>,
    pub headings: Vec<JsonHeading>,
}

#[derive(Debug, Serialize)]
pub struct JsonReport {
    pub line: usize,
    pub genre: Option<&'static str>,
    pub year: Option<u32>,
    pub plan_year: Option<u32>,
    /// Lines of the title, the opening paragraph and the closing paragraph.
    pub title_line: Option<usize>,
    pub opening_line: Option<usize>,
    pub closing_line: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct JsonHeading {
    pub level: u8,
    pub number: u32,
    pub marker: String,
    pub text: String,
    pub line: usize,
    pub roles: Vec<gongwen::outline::Role>,
}

#[derive(Debug, Serialize)]
pub struct JsonMetric {
    pub metric: String,
    pub value: String,
    pub unit: String,
    pub period: Option<String>,
    pub growth: Option<String>,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct JsonRelated {
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct JsonFix {
    pub title: String,
    pub applicability: &'static str,
    pub edits: Vec<JsonEdit>,
}

#[derive(Debug, Serialize)]
pub struct JsonEdit {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

impl FileReport {
    pub fn new(path: String, text: &str, report: &Report) -> Self {
        let index = LineIndex::new(text);
        let findings = report
            .findings
            .iter()
            .map(|f| convert(text, &index, f))
            .collect();
        let metrics = report
            .metrics
            .iter()
            .map(|m| {
                let at = index.line_col(text, m.range.start);
                JsonMetric {
                    metric: m.metric.clone(),
                    value: m.value.clone(),
                    unit: m.unit.clone(),
                    period: m.period.clone(),
                    growth: m.growth.clone(),
                    line: at.line,
                    column: at.column,
                    start: index.char_offset(text, m.range.start),
                    end: index.char_offset(text, m.range.end),
                }
            })
            .collect();
        let o = &report.outline;
        let outline = JsonOutline {
            reports: o
                .reports
                .iter()
                .map(|r| {
                    let line = |range: &Option<Range<usize>>| {
                        range.as_ref().map(|x| index.line_col(text, x.start).line)
                    };
                    JsonReport {
                        line: r.line,
                        genre: r.head.genre.map(|g| g.name()),
                        year: r.head.year,
                        plan_year: r.head.plan_year,
                        title_line: line(&r.head.title),
                        opening_line: line(&r.head.opening),
                        closing_line: line(&r.closing),
                    }
                })
                .collect(),
            headings: o
                .headings
                .iter()
                .map(|h| JsonHeading {
                    level: h.level,
                    number: h.number,
                    marker: text[h.marker.clone()].to_owned(),
                    text: text[h.text.clone()].to_owned(),
                    line: h.line,
                    roles: h.roles.clone(),
                })
                .collect(),
        };
        FileReport {
            path,
            chars: text.chars().count(),
            findings,
            metrics,
            outline,
            has_errors: report.has_errors(),
        }
    }
}

fn convert(text: &str, index: &LineIndex, f: &Finding) -> JsonFinding {
    let chars = |r: &Range<usize>| {
        (
            index.char_offset(text, r.start),
            index.char_offset(text, r.end),
        )
    };
    let (start, end) = chars(&f.range);
    let from = index.line_col(text, f.range.start);
    let to = index.line_col(text, f.range.end);
    JsonFinding {
        rule: f.rule,
        category: f.category.name(),
        severity: f.severity.name(),
        line: from.line,
        column: from.column,
        end_line: to.line,
        end_column: to.column,
        start,
        end,
        snippet: text[f.range.clone()].to_owned(),
        message: f.message.clone(),
        related: f
            .related
            .iter()
            .map(|r| {
                let at = index.line_col(text, r.range.start);
                let (start, end) = chars(&r.range);
                JsonRelated {
                    line: at.line,
                    column: at.column,
                    start,
                    end,
                    message: r.message.clone(),
                }
            })
            .collect(),
        fix: f.fix.as_ref().map(|fix| JsonFix {
            title: fix.title.clone(),
            applicability: fix.applicability.name(),
            edits: fix
                .edits
                .iter()
                .map(|e| {
                    let (start, end) = chars(&e.range);
                    JsonEdit {
                        start,
                        end,
                        replacement: e.replacement.clone(),
                    }
                })
                .collect(),
        }),
    }
}

pub fn json(files: &[FileReport]) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        version: u32,
        files: &'a [FileReport],
    }
    serde_json::to_string(&Out { version: 1, files }).expect("plain data always serialises")
}

/// One line per finding: `path:line:column: 错误[rule] message「snippet」`,
/// then a summary line.
pub fn human(files: &[FileReport]) -> String {
    let mut out = String::new();
    let mut total = 0;
    for file in files {
        for f in &file.findings {
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
        total += file.findings.len();
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
