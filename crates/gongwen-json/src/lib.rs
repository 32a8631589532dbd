//! The JSON contract of 公文体检, version 1: what `gongwen check --format
//! json` prints for each file and what the JS module's `check()` returns.
//! These types own the shape, so the engine's types can change without
//! breaking it; it changes only by adding fields. Positions are characters
//! (and 1-based lines and columns), never bytes: `\r\n` is one line break.

pub mod comments;
pub mod word;

use gongwen::{Finding, LineIndex, Report, RuleMeta};
use serde::Serialize;
use std::ops::Range;

/// The contract's version, printed beside every output.
pub const VERSION: u32 = 1;

/// What the engine found in one text, in characters, lines and columns.
/// The CLI prints one per file (with its `path`), the JS module returns one.
#[derive(Debug, Serialize)]
pub struct Document {
    pub chars: usize,
    pub findings: Vec<JsonFinding>,
    /// Key figures the report states (关键指标).
    pub metrics: Vec<JsonMetric>,
    pub outline: JsonOutline,
    /// With the previous year's report: its plan items and targets, and
    /// where this year's summary takes them up (上年计划落实情况).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub plan_followup: Vec<JsonPlanItem>,
    /// The standard formulations the text uses, each right or wrong
    /// (规范表述).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub formulations: Vec<JsonMention>,
    /// The places named with their upper level, each right or wrong by the
    /// table of divisions (地名).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<JsonMention>,
    /// The office's listed people named with a title, each right or wrong
    /// by its list (人员名单).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<JsonMention>,
    /// With a statistics table: each indicator with the figures stating it
    /// (数据核对).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ledger: Vec<JsonLedgerRow>,
}

/// An indicator of the statistics table and the figures that state it.
#[derive(Debug, Serialize)]
pub struct JsonLedgerRow {
    pub sheet: String,
    pub row: usize,
    pub name: String,
    pub value: String,
    pub growth: String,
    pub key: bool,
    pub mentions: Vec<JsonLedgerMention>,
}

/// A figure stating an indicator, and whether it agrees with the table.
#[derive(Debug, Serialize)]
pub struct JsonLedgerMention {
    pub text: String,
    pub agrees: bool,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
}

/// A standard formulation or a place the text names: as written, its
/// standard form (a series: its members in order), its source, whether it
/// is right.
#[derive(Debug, Serialize)]
pub struct JsonMention {
    pub text: String,
    pub standard: String,
    pub source: String,
    pub right: bool,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
}

/// One of last year's plan items. `previous_*` are positions in last
/// year's report; `line`/`start`/`end` in this one, when it takes the item
/// up.
#[derive(Debug, Serialize)]
pub struct JsonPlanItem {
    pub text: String,
    pub previous_line: usize,
    pub previous_start: usize,
    pub previous_end: usize,
    pub mentioned: bool,
    pub line: Option<usize>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// The targets it states, each with this year's figure for the same
    /// metric when the report states one.
    pub targets: Vec<JsonTarget>,
}

#[derive(Debug, Serialize)]
pub struct JsonTarget {
    pub target: String,
    pub result: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct JsonFinding {
    pub rule: &'static str,
    /// The rule's Chinese name (字母x占位未填), what a user reads.
    pub title: &'static str,
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
    /// The position is in the previous year's report.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub previous: bool,
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

impl Document {
    pub fn new(text: &str, report: &Report) -> Self {
        Document::with_previous(text, None, report)
    }

    /// The report of `text` checked beside `previous` (last year's report).
    pub fn with_previous(text: &str, previous: Option<&str>, report: &Report) -> Self {
        let index = LineIndex::new(text);
        let last = previous.map(|p| (p, LineIndex::new(p)));
        let findings = report
            .findings
            .iter()
            .map(|f| convert(text, &index, last.as_ref(), f))
            .collect();
        let plan_followup = last
            .as_ref()
            .map(|(p, pindex)| {
                report
                    .plan_followup
                    .iter()
                    .map(|i| JsonPlanItem {
                        text: i.text.clone(),
                        previous_line: pindex.line_col(p, i.previous.start).line,
                        previous_start: pindex.char_offset(p, i.previous.start),
                        previous_end: pindex.char_offset(p, i.previous.end),
                        mentioned: i.mentioned.is_some(),
                        line: i
                            .mentioned
                            .as_ref()
                            .map(|r| index.line_col(text, r.start).line),
                        start: i
                            .mentioned
                            .as_ref()
                            .map(|r| index.char_offset(text, r.start)),
                        end: i.mentioned.as_ref().map(|r| index.char_offset(text, r.end)),
                        targets: i
                            .targets
                            .iter()
                            .map(|t| JsonTarget {
                                target: t.target.clone(),
                                result: t.result.as_ref().map(|r| r.0.clone()),
                            })
                            .collect(),
                    })
                    .collect()
            })
            .unwrap_or_default();
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
        let mention = |m: &gongwen::Mention| {
            let at = index.line_col(text, m.range.start);
            JsonMention {
                text: text[m.range.clone()].to_owned(),
                standard: m.standard.clone(),
                source: m.source.clone(),
                right: m.right,
                line: at.line,
                column: at.column,
                start: index.char_offset(text, m.range.start),
                end: index.char_offset(text, m.range.end),
            }
        };
        let formulations = report.formulations.iter().map(mention).collect();
        let places = report.places.iter().map(mention).collect();
        let people = report.people.iter().map(mention).collect();
        let ledger = report
            .ledger
            .iter()
            .map(|r| JsonLedgerRow {
                sheet: r.sheet.clone(),
                row: r.row,
                name: r.name.clone(),
                value: r.value.clone(),
                growth: r.growth.clone(),
                key: r.key,
                mentions: r
                    .mentions
                    .iter()
                    .map(|m| {
                        let at = index.line_col(text, m.range.start);
                        JsonLedgerMention {
                            text: text[m.range.clone()].to_owned(),
                            agrees: m.agrees,
                            line: at.line,
                            column: at.column,
                            start: index.char_offset(text, m.range.start),
                            end: index.char_offset(text, m.range.end),
                        }
                    })
                    .collect(),
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
        Document {
            chars: text.chars().count(),
            findings,
            metrics,
            outline,
            plan_followup,
            formulations,
            places,
            people,
            ledger,
        }
    }
}

fn convert(
    text: &str,
    index: &LineIndex,
    previous: Option<&(&str, LineIndex)>,
    f: &Finding,
) -> JsonFinding {
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
        title: gongwen::rules::title(f.rule),
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
                let (t, ix) = match previous {
                    Some((p, pindex)) if r.previous => (*p, pindex),
                    _ => (text, index),
                };
                let at = ix.line_col(t, r.range.start);
                JsonRelated {
                    line: at.line,
                    column: at.column,
                    start: ix.char_offset(t, r.range.start),
                    end: ix.char_offset(t, r.range.end),
                    message: r.message.clone(),
                    previous: r.previous,
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

/// A rule as `rules()` and the help list show it.
#[derive(Debug, Serialize)]
pub struct JsonRule {
    pub name: &'static str,
    pub title: &'static str,
    pub category: &'static str,
    pub category_label: &'static str,
    pub severity: &'static str,
    /// `none`, `sometimes` or `always`.
    pub fix: &'static str,
    pub what: &'static str,
    pub why: &'static str,
    pub bad: &'static str,
    pub good: &'static str,
}

impl JsonRule {
    pub fn new(meta: &RuleMeta) -> Self {
        JsonRule {
            name: meta.name,
            title: meta.title,
            category: meta.category.name(),
            category_label: meta.category.label(),
            severity: meta.severity.name(),
            fix: match meta.fix {
                gongwen::rules::FixAvailability::None => "none",
                gongwen::rules::FixAvailability::Sometimes => "sometimes",
                gongwen::rules::FixAvailability::Always => "always",
            },
            what: meta.docs.what,
            why: meta.docs.why,
            bad: meta.docs.bad,
            good: meta.docs.good,
        }
    }
}

/// Every rule, in the registry's order.
pub fn rules() -> Vec<JsonRule> {
    gongwen::RULES
        .iter()
        .map(|r| JsonRule::new(&r.meta))
        .collect()
}

/// The findings of some files as CSV (RFC 4180, CRLF line ends) with a
/// UTF-8 byte order mark, so that Excel opens the Chinese text correctly.
/// The header row is Chinese, as its readers are: 文件, 行, 列, 类别, 规则
/// (the rule's Chinese name), 级别, 原文, 说明, and last 规则编号 (the ID a
/// settings file names); category and severity are the labels users see
/// (用词, 警告).
/// The CLI's `--format csv` and the app's export both print this.
pub fn csv(files: &[(&str, &Document)]) -> String {
    let mut out = String::from(CSV_HEADER);
    for (path, doc) in files {
        for f in &doc.findings {
            let fields = [
                (*path).to_owned(),
                f.line.to_string(),
                f.column.to_string(),
                category_label(f.category).to_owned(),
                f.title.to_owned(),
                severity_label(f.severity).to_owned(),
                f.snippet.clone(),
                f.message.clone(),
                f.rule.to_owned(),
            ];
            let row: Vec<String> = fields.iter().map(|s| csv_field(s)).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// The CSV's first line: a byte order mark, so that Excel reads UTF-8,
/// and the column names.
pub const CSV_HEADER: &str = "\u{FEFF}文件,行,列,类别,规则,级别,原文,说明,规则编号\r\n";

/// One CSV field, quoted when it must be.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The findings of one text as a Markdown list grouped by category, to
/// paste into a mail or a review note.
pub fn markdown(title: &str, doc: &Document) -> String {
    let mut out = format!("# 公文体检：{title}\n\n");
    if doc.findings.is_empty() {
        out.push_str("没有发现问题。\n");
        return out;
    }
    out.push_str(&format!("共 {} 处问题。\n", doc.findings.len()));
    for category in gongwen::Category::ALL {
        let items: Vec<&JsonFinding> = doc
            .findings
            .iter()
            .filter(|f| f.category == category.name())
            .collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "\n## {}（{} 处）\n\n",
            category.label(),
            items.len()
        ));
        for f in items {
            let snippet = f.snippet.replace('\n', " ").replace('`', "'");
            out.push_str(&format!(
                "- 第 {} 行第 {} 列 `{snippet}`：{}（{}，{}）\n",
                f.line,
                f.column,
                f.message,
                severity_label(f.severity),
                f.title
            ));
        }
    }
    out
}

fn category_label(name: &str) -> &'static str {
    gongwen::Category::ALL
        .iter()
        .find(|c| c.name() == name)
        .map_or("", |c| c.label())
}

fn severity_label(name: &str) -> &'static str {
    match name {
        "error" => "错误",
        "warning" => "警告",
        _ => "提示",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_and_markdown_exports() {
        let text = "全年新增企业xx家，完成完成技改项目8个,\"重点\"项目3个。\n";
        let doc = Document::new(text, &gongwen::check(text, &gongwen::Config::default()));
        let csv = csv(&[("报告.txt", &doc)]);
        assert!(csv.starts_with(CSV_HEADER));
        assert!(
            csv.contains("报告.txt,1,7,未填占位符,字母x占位未填,错误,xx,"),
            "{csv}"
        );
        assert!(csv.contains(",unfilled-x\r\n"), "{csv}");
        assert_eq!(csv_field("说\"明\",x"), "\"说\"\"明\"\",x\"");
        assert_eq!(csv.matches("\r\n").count(), doc.findings.len() + 1);
        let md = markdown("报告.txt", &doc);
        assert!(md.starts_with("# 公文体检：报告.txt\n\n共 "), "{md}");
        assert!(md.contains("## 未填占位符（1 处）"), "{md}");
        assert!(md.contains("- 第 1 行第 7 列 `xx`："), "{md}");
    }
}
