//! The CLI's output formats: JSON (the contract of `gongwen-json`, one
//! document per file with its path), code frames for people, and the
//! per-file summary table. CSV and Markdown are `gongwen-json`'s, shared
//! with the app's export.

use crate::Format;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use gongwen::text::{ceil_boundary, floor_boundary};
use gongwen::{Applicability, Category, Finding, LineIndex, Report, RuleMeta, Severity};
use gongwen_json::Document;
use serde::Serialize;
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// One checked file.
#[derive(Debug, Serialize)]
pub struct FileReport {
    pub path: String,
    /// For a Word file's footnotes, endnotes, header or footer: which
    /// (its path is then the file's, the part named after it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<Story>,
    #[serde(flatten)]
    pub document: Document,
    /// The most severe finding, for `--fail-on`.
    #[serde(skip)]
    pub worst: Option<Severity>,
    /// The text and the engine's findings (byte ranges), for code frames.
    #[serde(skip)]
    text: String,
    #[serde(skip)]
    findings: Vec<Finding>,
    /// Last year's report it was checked beside, if any.
    #[serde(skip)]
    previous: Option<String>,
    #[serde(skip)]
    plan_followup: Vec<gongwen::previous::PlanItem>,
}

/// A part of a Word file beside its body.
#[derive(Debug, Serialize)]
pub struct Story {
    /// 脚注, 尾注, 页眉 or 页脚.
    pub kind: &'static str,
    /// The part in the package (`word/header1.xml`).
    pub part: String,
}

impl FileReport {
    pub fn new(path: String, text: String, previous: Option<String>, report: &Report) -> Self {
        FileReport {
            path,
            story: None,
            document: Document::with_previous(&text, previous.as_deref(), report),
            worst: report.findings.iter().map(|f| f.severity).max(),
            text,
            findings: report.findings.clone(),
            previous,
            plan_followup: report.plan_followup.clone(),
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

/// Each finding as a code frame: the severity, rule and message, the
/// place (`--> path:line:column`), the line with the finding underlined
/// (double-width characters take two columns), related places and the
/// fix; then a summary line. Colours only when `color`.
pub fn human(files: &[FileReport], color: bool) -> String {
    let renderer = if color && std::env::var_os("NO_COLOR").is_none() {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    let mut total = 0;
    for file in files {
        let index = LineIndex::new(&file.text);
        let previous = file.previous.as_deref().map(|p| (p, LineIndex::new(p)));
        for f in &file.findings {
            out.push_str(&renderer.render(&[frame(
                &file.path,
                &file.text,
                &index,
                previous.as_ref(),
                f,
            )]));
            out.push_str("\n\n");
        }
        total += file.findings.len();
        if let Some(previous) = previous.as_ref().filter(|_| !file.plan_followup.is_empty()) {
            out.push_str(&plan_followup(file, &index, previous));
        }
    }
    let _ = writeln!(
        out,
        "共检查 {} 个文件，发现 {} 处问题。",
        files.iter().filter(|f| f.story.is_none()).count(),
        total
    );
    out
}

/// 上年计划落实情况: last year's plan items, each with where this year's
/// summary takes it up, and targets with this year's result.
fn plan_followup(
    file: &FileReport,
    index: &LineIndex,
    (previous, pindex): &(&str, LineIndex),
) -> String {
    let mut out = format!("{}：上年计划落实情况\n", file.path);
    for item in &file.plan_followup {
        let there = pindex.line_col(previous, item.previous.start).line;
        let status = match &item.mentioned {
            Some(r) => format!(
                "已提及（第 {} 行）",
                index.line_col(&file.text, r.start).line
            ),
            None => "未提及".to_owned(),
        };
        let text: String = item.text.chars().take(40).collect();
        let _ = writeln!(out, "  [{status}] {text}（上年报告第 {there} 行）");
        for t in &item.targets {
            let result = t
                .result
                .as_ref()
                .map_or("本年报告未写明".to_owned(), |(r, _)| r.clone());
            let _ = writeln!(out, "      目标：{}；本年：{result}", t.target);
        }
    }
    out.push('\n');
    out
}

/// A line longer than this, in bytes (about 330 Chinese characters), is
/// quoted around a finding instead of shown whole.
const LONG_LINE: usize = 1000;
/// How many bytes of a long line are quoted on each side of a finding
/// (about 20 Chinese characters).
const WINDOW: usize = 60;

/// One finding's frame. The snippet is only the lines the finding covers,
/// so that a file with many findings is not laid out once per finding.
fn frame<'a>(
    path: &'a str,
    text: &'a str,
    index: &LineIndex,
    previous: Option<&(&str, LineIndex)>,
    f: &'a Finding,
) -> Group<'a> {
    let level = match f.severity {
        Severity::Error => Level::ERROR.with_name(Some("错误")),
        Severity::Warning => Level::WARNING.with_name(Some("警告")),
        Severity::Info => Level::INFO.with_name(Some("提示")),
    };
    // A range that takes its line break along ends on the line it deletes.
    let last = if f.range.end > f.range.start && text[..f.range.end].ends_with('\n') {
        f.range.end - 1
    } else {
        f.range.end
    };
    let line_start = index.line_range(f.range.start).start;
    let line_end = index.line_range(last).end;
    let title = level.primary_title(f.message.as_str()).id(f.rule);
    let mut group = if line_end - line_start > LONG_LINE {
        // A long line (a PDF's whole page, a megabyte pasted as one line)
        // is quoted around the finding: laying the whole line out for
        // every finding would take time in the square of its length.
        let at = index.line_col(text, f.range.start);
        let before =
            &text[floor_boundary(text, f.range.start.saturating_sub(WINDOW).max(line_start))
                ..f.range.start];
        let found = &text[f.range.start..f.range.end.min(line_end)];
        let after = &text
            [f.range.end.min(line_end)..ceil_boundary(text, (f.range.end + WINDOW).min(line_end))];
        title
            .element(Origin::path(path).line(at.line).char_column(at.column))
            .element(
                Level::NOTE
                    .with_name(Some("原文"))
                    .message(format!("……{before}【{found}】{after}……")),
            )
    } else {
        let source = text[line_start..line_end].trim_end_matches('\r');
        // Clamped: a range may start or end on the line's trimmed `\r`.
        let span = (f.range.start - line_start).min(source.len())
            ..(f.range.end - line_start).min(source.len());
        title.element(
            Snippet::source(source)
                .line_start(index.line_col(text, line_start).line)
                .path(path)
                .annotation(AnnotationKind::Primary.span(span)),
        )
    };
    for r in &f.related {
        let (where_, at) = match previous {
            Some((p, pindex)) if r.previous => ("上年报告", pindex.line_col(p, r.range.start)),
            _ => ("", index.line_col(text, r.range.start)),
        };
        group = group.element(Level::NOTE.with_name(Some("相关")).message(format!(
            "{where_}第 {} 行第 {} 列：{}",
            at.line, at.column, r.message
        )));
    }
    if let Some(fix) = &f.fix {
        let how = match fix.applicability {
            Applicability::Safe => "安全修复，--fix 可自动应用",
            Applicability::Unsafe => "需人工确认，--fix --unsafe 才会应用",
        };
        group = group.element(
            Level::HELP
                .with_name(Some("修复"))
                .message(format!("{}（{how}）", fix.title)),
        );
    }
    group
}

/// `--summary`: one row per file with the number of findings of each
/// category that occurs, and a total row; as a table for people, or in
/// the chosen format.
pub fn summary(files: &[FileReport], format: Format) -> String {
    let categories: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| {
            files
                .iter()
                .any(|f| f.findings.iter().any(|x| x.category == *c))
        })
        .collect();
    let count = |f: &FileReport, c: Category| f.findings.iter().filter(|x| x.category == c).count();
    let mut rows: Vec<(String, Vec<usize>, usize)> = files
        .iter()
        .map(|f| {
            let counts = categories.iter().map(|&c| count(f, c)).collect();
            (f.path.clone(), counts, f.findings.len())
        })
        .collect();
    let totals = (
        "合计".to_owned(),
        categories
            .iter()
            .map(|&c| files.iter().map(|f| count(f, c)).sum())
            .collect(),
        files.iter().map(|f| f.findings.len()).sum(),
    );
    match format {
        Format::Json => {
            #[derive(Serialize)]
            struct Row<'a> {
                path: &'a str,
                counts: std::collections::BTreeMap<&'static str, usize>,
                total: usize,
            }
            let rows: Vec<Row> = rows
                .iter()
                .map(|(path, counts, total)| Row {
                    path,
                    counts: categories
                        .iter()
                        .zip(counts)
                        .filter(|(_, &n)| n > 0)
                        .map(|(c, &n)| (c.name(), n))
                        .collect(),
                    total: *total,
                })
                .collect();
            let json = serde_json::json!({"version": gongwen_json::VERSION, "summary": rows});
            format!("{json}\n")
        }
        Format::Csv => {
            let mut out = String::from("\u{FEFF}file");
            for c in &categories {
                out.push(',');
                out.push_str(c.name());
            }
            out.push_str(",total\r\n");
            for (path, counts, total) in &rows {
                out.push_str(&gongwen_json::csv_field(path));
                for n in counts {
                    let _ = write!(out, ",{n}");
                }
                let _ = write!(out, ",{total}\r\n");
            }
            out
        }
        Format::Markdown => {
            let mut out = String::from("# 公文体检汇总\n\n| 文件 |");
            for c in &categories {
                let _ = write!(out, " {} |", c.label());
            }
            out.push_str(" 合计 |\n|---|");
            out.push_str(&"--:|".repeat(categories.len() + 1));
            out.push('\n');
            rows.push(totals);
            for (path, counts, total) in &rows {
                let _ = write!(out, "| {} |", path.replace('|', "\\|"));
                for n in counts {
                    let _ = write!(out, " {n} |");
                }
                let _ = writeln!(out, " {total} |");
            }
            out
        }
        Format::Human => {
            let mut header = vec!["文件".to_owned()];
            header.extend(categories.iter().map(|c| c.label().to_owned()));
            header.push("合计".to_owned());
            rows.push(totals);
            let table: Vec<Vec<String>> = std::iter::once(header)
                .chain(rows.into_iter().map(|(path, counts, total)| {
                    std::iter::once(path)
                        .chain(counts.iter().map(usize::to_string))
                        .chain(std::iter::once(total.to_string()))
                        .collect()
                }))
                .collect();
            let widths: Vec<usize> = (0..table[0].len())
                .map(|k| table.iter().map(|r| r[k].width()).max().unwrap_or(0))
                .collect();
            let mut out = String::new();
            for row in &table {
                let cells: Vec<String> = row
                    .iter()
                    .zip(&widths)
                    .enumerate()
                    .map(|(k, (cell, &w))| {
                        let pad = " ".repeat(w - cell.width());
                        // The file name left-aligned, the counts right.
                        if k == 0 {
                            format!("{cell}{pad}")
                        } else {
                            format!("{pad}{cell}")
                        }
                    })
                    .collect();
                out.push_str(cells.join("  ").trim_end());
                out.push('\n');
            }
            out
        }
    }
}

/// A rule's documentation in its fixed sections.
pub fn explain(meta: &RuleMeta) -> String {
    let d = &meta.docs;
    format!(
        "{} {}（{}，默认{}）\n\n检查什么\n  {}\n\n为什么\n  {}\n\n示例（错误）\n  {}\n\n示例（正确）\n  {}\n",
        meta.name,
        meta.title,
        meta.category.label(),
        meta.severity.label(),
        d.what,
        d.why,
        d.bad,
        d.good
    )
}
