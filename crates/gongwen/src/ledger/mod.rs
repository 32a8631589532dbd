//! The office's statistics table (统计台账): the figures the report should
//! state, as the office holds them. The table comes as sheets of cells
//! (`Config::ledger`; reading CSV or XLSX is the importer's, not the
//! engine's); this model finds each sheet's header — the indicator's
//! name, its value, unit, growth, period and a key-indicator mark, by
//! their Chinese headers (指标名称, 本期, 单位, 比上年增长, 时期, 重点) or by
//! the columns the office names in its settings, over one or two header
//! rows (a merged group label above its columns) — and reads every row
//! below it as an indicator: its metric key (the number model's synonyms
//! and the office's own aliases), its value and growth as intervals from
//! the digits written (1.2万, 35.2亿 and 864312 in a 万元 column alike),
//! and its period.

use crate::config::{Ledger, LedgerColumns, Sheet};
use crate::number::{metric, period_at, Interval, Period, Quantity, UnitKind};
use std::borrow::Cow;

/// One indicator of the table.
#[derive(Debug, Clone)]
pub struct Indicator {
    /// The sheet's name, and the row's number as the sheet shows it
    /// (1-based, header rows counted).
    pub sheet: String,
    pub row: usize,
    /// The name as written (规模以上工业增加值).
    pub name: String,
    /// The name as a key: synonyms and the office's aliases resolved.
    pub key: String,
    pub value: Option<Value>,
    /// The growth in percent, as written (7.2 for 7.2%; −3.1 for a fall).
    pub growth: Option<(String, Interval)>,
    pub period: Option<Period>,
    /// The year the period names (2025年1-11月: 2025), if any.
    pub year: Option<u32>,
    /// Marked as a key indicator: the report should mention it.
    pub key_indicator: bool,
}

/// A value of the table: as written with its unit, and on its unit
/// family's base scale (亿元 → 元).
#[derive(Debug, Clone)]
pub struct Value {
    pub written: String,
    pub interval: Interval,
    /// The value as written, on the base scale (864312万元: 8.64312e9).
    pub amount: f64,
    /// What one written unit is on the base scale (万元: 1e4).
    pub scale: f64,
    pub base: &'static str,
    pub kind: UnitKind,
}

/// The columns of one sheet, by index.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub name: Option<usize>,
    pub value: Option<usize>,
    pub unit: Option<usize>,
    pub growth: Option<usize>,
    pub period: Option<usize>,
    pub key: Option<usize>,
}

/// A sheet's header as the user sees it when choosing the columns: the
/// header row (or the row that looks most like one when none names an
/// indicator and a value), each column's label, and the column each part
/// is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderView {
    pub sheet: String,
    /// Each column's label as shown: a merged group label joined to the
    /// label below it (本年绝对值).
    pub labels: Vec<String>,
    /// Each column's own header cell, as `LedgerColumns` names it (the
    /// lower cell of a two-row header, else the upper).
    pub names: Vec<String>,
    pub columns: Columns,
    /// Whether the rows below are read: the header names an indicator
    /// column and a value column.
    pub read: bool,
}

/// The header of the first sheet that has one, else of the first sheet
/// with a row of labels in its first ten rows; none for a table without
/// labels.
pub fn header_view(ledger: &Ledger, named: &LedgerColumns) -> Option<HeaderView> {
    let view = |sheet: &Sheet, at: usize, span: usize, read: bool| {
        let empty = Vec::new();
        let top = &sheet.rows[at];
        let under = if span == 2 {
            &sheet.rows[at + 1]
        } else {
            &empty
        };
        let (labels, names) = labels(top, under);
        HeaderView {
            sheet: sheet.name.clone(),
            labels,
            names,
            columns: read_columns(top, under, named),
            read,
        }
    };
    for sheet in &ledger.sheets {
        if let Some((end, span)) = header_at(&sheet.rows, named) {
            return Some(view(sheet, end - span, span, true));
        }
    }
    ledger.sheets.iter().find_map(|sheet| {
        let at = sheet.rows.iter().take(10).position(|r| {
            let cells: Vec<&str> = r
                .iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect();
            cells.len() >= 2
                && cells
                    .iter()
                    .any(|c| !c.starts_with(|ch: char| ch.is_ascii_digit() || ch == '-'))
        })?;
        Some(view(sheet, at, 1, false))
    })
}

/// The headers each column is known by, most specific first.
const NAME_HEADERS: [&str; 5] = ["指标名称", "指标", "项目", "名称", "统计指标"];
const VALUE_HEADERS: [&str; 11] = [
    "本期",
    "本年",
    "本月累计",
    "累计",
    "数值",
    "绝对值",
    "总量",
    "完成",
    "实际",
    "全年",
    "数据",
];
const UNIT_HEADERS: [&str; 2] = ["计量单位", "单位"];
const GROWTH_HEADERS: [&str; 6] = ["比上年增长", "同比增长", "增长", "增速", "同比", "增减"];
const PERIOD_HEADERS: [&str; 5] = ["时期", "期别", "年份", "月份", "统计期"];
const KEY_HEADERS: [&str; 3] = ["重点", "关键", "考核"];

/// Every indicator of the table, in order of sheet and row.
pub fn indicators(
    ledger: &Ledger,
    named: &LedgerColumns,
    aliases: &[Vec<String>],
) -> Vec<Indicator> {
    let mut out = Vec::new();
    for sheet in &ledger.sheets {
        let Some((header_end, columns)) = header(&sheet.rows, named) else {
            continue;
        };
        let Some(name_col) = columns.name else {
            continue;
        };
        for (i, row) in sheet.rows.iter().enumerate().skip(header_end) {
            let cell = |c: Option<usize>| {
                c.and_then(|c| row.get(c))
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
            };
            let Some(name) = cell(Some(name_col)) else {
                continue;
            };
            // Without the numbering a table puts before a name (一、, 1.,
            // （1）) and the 其中： of a part; a period written into the
            // name (1-11月社会消费品零售总额) is the row's period.
            let name = name[numbering_len(name)..].trim_start();
            let name = name
                .strip_prefix("其中")
                .map_or(name, |n| n.trim_start_matches(['：', ':', ' ']));
            let (named_period, name) = match period_at(name) {
                Some((p, len)) => (Some(p), &name[len..]),
                None => (None, name),
            };
            if name.chars().count() < 2 {
                continue;
            }
            let unit = cell(columns.unit).unwrap_or_default();
            let value = cell(columns.value).and_then(|v| value(v, unit));
            let growth = cell(columns.growth).and_then(growth);
            let (period, year) = cell(columns.period).map_or((None, None), period);
            let period = named_period.or(period);
            out.push(Indicator {
                sheet: sheet.name.clone(),
                row: i + 1,
                name: name.to_owned(),
                key: key(name, aliases).into_owned(),
                value,
                growth,
                period,
                year,
                key_indicator: cell(columns.key)
                    .is_some_and(|k| !matches!(k, "否" | "0" | "N" | "n" | "×")),
            });
        }
    }
    out
}

/// The length of the numbering before a name: 一、, 1., 2．, （3）, (4).
fn numbering_len(s: &str) -> usize {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let (open, body) = match s.chars().next() {
        Some(c @ ('（' | '(')) => (true, &s[c.len_utf8()..]),
        _ => (false, s),
    };
    let digits = body.len() - body.trim_start_matches(numeral).len();
    if digits == 0 {
        return 0;
    }
    let after = &body[digits..];
    let mut chars = after.chars();
    let close = match (open, chars.next()) {
        (true, Some(c @ ('）' | ')'))) | (false, Some(c @ '、')) => c.len_utf8(),
        // 1.5G is a figure, not a number and a point.
        (false, Some(c @ ('.' | '．'))) if !chars.next().is_some_and(|n| n.is_ascii_digit()) => {
            c.len_utf8()
        }
        _ => return 0,
    };
    s.len() - after.len() + close
}

/// A metric's key with the office's aliases resolved first: each alias
/// list names one metric, its first name the one the key is taken from.
pub fn key<'a>(name: &'a str, aliases: &[Vec<String>]) -> Cow<'a, str> {
    let bare = metric::without_leads(name);
    for list in aliases {
        if list.iter().skip(1).any(|a| a == bare) {
            if let Some(first) = list.first() {
                return Cow::Owned(metric::key(first).into_owned());
            }
        }
    }
    metric::key(name)
}

/// The header of a sheet: where its data rows start, and its columns. The
/// header is the first of the first ten rows that names a name column and
/// a value column, read together with the row below it when that row is a
/// second header row (its name cell empty, its cells words: 本年 merged
/// above 绝对值 and 增长%).
fn header(rows: &[Vec<String>], named: &LedgerColumns) -> Option<(usize, Columns)> {
    let (end, span) = header_at(rows, named)?;
    let empty = Vec::new();
    let under = if span == 2 { &rows[end - 1] } else { &empty };
    Some((end, read_columns(&rows[end - span], under, named)))
}

/// Where a sheet's header ends, and its rows (one or two).
fn header_at(rows: &[Vec<String>], named: &LedgerColumns) -> Option<(usize, usize)> {
    let empty = Vec::new();
    for i in 0..rows.len().min(10) {
        for span in [2, 1] {
            let (top, under) = match span {
                2 => match rows.get(i + 1) {
                    Some(next) => (&rows[i], next),
                    None => continue,
                },
                _ => (&rows[i], &empty),
            };
            if span == 2 && !second_header(under) {
                continue;
            }
            if let Some(columns) = columns(top, under, named) {
                if span == 2
                    && columns
                        .name
                        .is_some_and(|c| under.get(c).is_some_and(|s| !s.trim().is_empty()))
                {
                    continue;
                }
                return Some((i + span, span));
            }
        }
    }
    None
}

/// Whether a row is a second header row: some words, no figures.
fn second_header(row: &[String]) -> bool {
    let cells: Vec<&str> = row
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    !cells.is_empty()
        && cells
            .iter()
            .all(|c| !c.starts_with(|ch: char| ch.is_ascii_digit() || ch == '-'))
}

/// The labels of a header of one row (`under` empty) or two — a label
/// merged over several columns stands in its first cell, and is carried
/// right over the empty ones — and each column's own cell.
fn labels(top: &[String], under: &[String]) -> (Vec<String>, Vec<String>) {
    let width = top.len().max(under.len());
    let cell = |row: &[String], c: usize| row.get(c).map_or("", |s| s.trim()).to_owned();
    let mut group = String::new();
    (0..width)
        .map(|c| {
            let (t, u) = (cell(top, c), cell(under, c));
            if !t.is_empty() {
                group = t.clone();
            }
            let own = if u.is_empty() { t } else { u.clone() };
            (format!("{group}{u}"), own)
        })
        .unzip()
}

/// The columns of a header, when it names an indicator column and a
/// value column.
fn columns(top: &[String], under: &[String], named: &LedgerColumns) -> Option<Columns> {
    let columns = read_columns(top, under, named);
    (columns.name.is_some() && columns.value.is_some()).then_some(columns)
}

/// Each part's column in a header: the column the office names, else the
/// first whose label holds one of the part's usual headers.
fn read_columns(top: &[String], under: &[String], named: &LedgerColumns) -> Columns {
    let width = top.len().max(under.len());
    let cell = |row: &[String], c: usize| row.get(c).map_or("", |s| s.trim()).to_owned();
    let (labels, _) = labels(top, under);
    let own = |name: &Option<String>| -> Option<Option<usize>> {
        let name = name.as_deref().filter(|o| !o.is_empty())?;
        Some((0..width).find(|&c| cell(top, c) == name || cell(under, c) == name))
    };
    let find = |name: &Option<String>, headers: &[&str], not: &[Option<usize>]| -> Option<usize> {
        if let Some(found) = own(name) {
            return found;
        }
        headers.iter().find_map(|h| {
            (0..width)
                .filter(|c| !not.contains(&Some(*c)))
                .find(|&c| labels[c].contains(h))
        })
    };
    let name = find(&named.name, &NAME_HEADERS, &[]);
    let growth = find(&named.growth, &GROWTH_HEADERS, &[name]);
    let value = find(&named.value, &VALUE_HEADERS, &[name, growth]);
    Columns {
        name,
        value,
        growth,
        unit: find(&named.unit, &UNIT_HEADERS, &[name, value, growth]),
        period: find(&named.period, &PERIOD_HEADERS, &[name, value, growth]),
        key: find(&named.key, &KEY_HEADERS, &[name, value, growth]),
    }
}

/// A value cell read with its unit: `864312` in a 万元 column, `35.2亿`
/// with 元, `1.2万` with 家, `86.4亿元` alone.
fn value(cell: &str, unit: &str) -> Option<Value> {
    let cell = cell.replace([',', '，'], "");
    let written = if cell.ends_with(|c: char| c.is_ascii_digit() || "万亿".contains(c)) {
        format!("{cell}{unit}")
    } else {
        cell
    };
    let q = only_quantity(&written)?;
    Some(Value {
        interval: q.written_interval().scale(q.unit.scale),
        amount: q.amount() * q.unit.scale,
        scale: q.unit.scale * q.magnitude,
        base: q.unit.base,
        kind: q.unit.kind,
        written,
    })
}

/// A growth cell: 7.2, 7.2%, -3.1, －3.1%.
fn growth(cell: &str) -> Option<(String, Interval)> {
    let cell = cell.trim().trim_end_matches(['%', '％']);
    let (negative, digits) = match cell.strip_prefix(['-', '－', '−']) {
        Some(rest) => (true, rest),
        None => (false, cell.strip_prefix('+').unwrap_or(cell)),
    };
    let q = only_quantity(&format!("{digits}%"))?;
    let i = q.written_interval();
    let i = if negative {
        Interval {
            lo: -i.hi,
            hi: -i.lo,
        }
    } else {
        i
    };
    Some((format!("{cell}%"), i))
}

/// The one figure a cell holds, read by the number model's reader.
fn only_quantity(s: &str) -> Option<Quantity> {
    let marks = crate::text::Marks::new(s);
    let mut found = crate::number::quantities(s, &marks);
    (found.len() == 1 && found[0].range == (0..s.len())).then(|| found.remove(0))
}

/// A period cell: 2025年, 2025年1-11月, 1-11月, 上半年, 全年.
fn period(cell: &str) -> (Option<Period>, Option<u32>) {
    let mut rest = cell.trim();
    let mut year = None;
    if rest.len() >= 4 && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        year = rest[..4].parse().ok();
        rest = rest[4..].trim_start_matches('年');
    }
    if rest.is_empty() {
        return (year.map(Period::Year), year);
    }
    let period = period_at(rest).map(|(p, _)| p);
    (period, year)
}

/// The table ready to match against: its indicators, and for each metric
/// key the indicators that have it. Built once per config.
#[derive(Debug, Default)]
pub struct Table {
    pub indicators: Vec<Indicator>,
    by_key: foldhash::HashMap<String, Vec<usize>>,
}

impl Table {
    pub fn new(ledger: &Ledger, named: &LedgerColumns, aliases: &[Vec<String>]) -> Table {
        let indicators = indicators(ledger, named, aliases);
        let mut by_key: foldhash::HashMap<String, Vec<usize>> = Default::default();
        for (i, ind) in indicators.iter().enumerate() {
            by_key.entry(ind.key.clone()).or_default().push(i);
        }
        Table { indicators, by_key }
    }

    fn of_key(&self, key: &str) -> &[usize] {
        self.by_key.get(key).map_or(&[], Vec::as_slice)
    }
}

/// An indicator of the table as the report lists it (数据核对 panel,
/// JSON): where it stands in the table, its value and growth as written,
/// and every figure of the report that states it, each agreeing or not.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    pub sheet: String,
    pub row: usize,
    pub name: String,
    pub value: String,
    pub growth: String,
    pub key: bool,
    pub mentions: Vec<RowMention>,
}

/// A figure stating an indicator: the figure's place, and whether its
/// value and growth agree with the table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RowMention {
    pub range: std::ops::Range<usize>,
    pub agrees: bool,
}

/// The table's indicators with the figures that state them, in the
/// table's order.
pub fn rows(table: &Table, matches: &[Match], numbers: &crate::number::Model) -> Vec<Row> {
    table
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| Row {
            sheet: ind.sheet.clone(),
            row: ind.row,
            name: ind.name.clone(),
            value: ind
                .value
                .as_ref()
                .map(|v| v.written.clone())
                .unwrap_or_default(),
            growth: ind.growth.as_ref().map(|g| g.0.clone()).unwrap_or_default(),
            key: ind.key_indicator,
            mentions: matches
                .iter()
                .filter(|m| m.indicator == i)
                .map(|m| RowMention {
                    range: numbers.quantities[numbers.statements[m.statement].quantity]
                        .range
                        .clone(),
                    agrees: m.value != Some(false) && m.growth != Some(false),
                })
                .collect(),
        })
        .collect()
}

/// A figure of the report and the indicator of the table it states.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Index into the number model's statements.
    pub statement: usize,
    /// Index into `Table::indicators`.
    pub indicator: usize,
    /// Whether the value agrees, when both have one in one unit family.
    pub value: Option<bool>,
    /// Whether the growth agrees, when both state one.
    pub growth: Option<bool>,
}

/// Every figure of the report that states an indicator of the table: the
/// same metric (keyed alike), unit family and period, the report's own
/// area (not 全市 in a county's report), an actual figure of a year
/// reviewed. `year` is the year a statement's figure is stated for (none
/// in a plan).
pub fn matches(
    text: &str,
    numbers: &crate::number::Model,
    table: &Table,
    aliases: &[Vec<String>],
    own_area: Option<char>,
    year: impl Fn(&crate::number::Statement) -> Option<u32>,
) -> Vec<Match> {
    if table.indicators.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (si, s) in numbers.statements.iter().enumerate() {
        let q = &numbers.quantities[s.quantity];
        // A figure in Chinese numerals (两个, 十余家) is no statistic.
        if s.kind != crate::number::Kind::Actual || q.ordinal || q.chinese || s.metric.is_empty() {
            continue;
        }
        let metric = &text[s.metric.clone()];
        let candidates = table.of_key(&key(metric, aliases));
        if candidates.is_empty() || other_area(text, s, own_area) {
            continue;
        }
        let Some(y) = year(s) else {
            continue;
        };
        for &i in candidates {
            let ind = &table.indicators[i];
            if !same_period(ind, s.period, y) {
                continue;
            }
            let value = ind
                .value
                .as_ref()
                .filter(|v| v.base == q.unit.base && q.unit.kind != UnitKind::Percent)
                .map(|v| v.interval.overlaps(&as_read(q)));
            let growth = match (&ind.growth, s.growth) {
                (Some((_, g)), Some(sg)) => {
                    let gq = &numbers.quantities[sg.quantity];
                    let read = as_read(gq);
                    let read = match sg.direction {
                        crate::number::Direction::Up => read,
                        crate::number::Direction::Down => Interval {
                            lo: -read.hi,
                            hi: -read.lo,
                        },
                    };
                    Some(g.overlaps(&read))
                }
                _ => None,
            };
            out.push(Match {
                statement: si,
                indicator: i,
                value,
                growth,
            });
        }
    }
    out
}

/// What a figure written in a report may stand for: its digits rounded or
/// cut (86.4亿 for 86.43 or 86.48), with its qualifier, on its unit
/// family's base scale.
pub fn as_read(q: &Quantity) -> Interval {
    let w = q.written_interval();
    let i = q.interval();
    Interval {
        lo: i.lo,
        hi: i.hi + (w.hi - w.lo) / 2.0,
    }
    .scale(q.unit.scale)
}

/// Whether the indicator's period is the statement's: a month range or a
/// named part of a year only with the same; a year (or none) with a
/// figure of that year stated for the whole year.
fn same_period(ind: &Indicator, period: Option<Period>, year: u32) -> bool {
    if ind.year.is_some_and(|y| y != year) {
        return false;
    }
    match (ind.period, period) {
        (Some(Period::Months(..) | Period::Named(_)), p)
            if ind.period != Some(Period::Named("全年")) =>
        {
            p == ind.period
        }
        (_, None | Some(Period::Year(_))) => true,
        (_, Some(p)) => p == Period::Named("全年"),
    }
}

/// The areas a report names before a metric: 全市 in a county's report is
/// the city's figure, not the county's.
const AREAS: [(&str, char); 7] = [
    ("全国", '国'),
    ("全省", '省'),
    ("全市", '市'),
    ("全州", '州'),
    ("全县", '县'),
    ("全区", '区'),
    ("全旗", '旗'),
];

/// Whether the statement's metric names an area other than the report's
/// own (`own_area`: the level of the report's body, 县 for 青石县商务局).
fn other_area(text: &str, s: &crate::number::Statement, own_area: Option<char>) -> bool {
    let from =
        crate::text::floor_boundary(text, s.metric.start.saturating_sub(12)).max(s.sentence.start);
    let near = &text[from..s.metric.end];
    AREAS
        .iter()
        .filter(|(w, _)| near.contains(w))
        .any(|(_, level)| own_area != Some(*level))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(name: &str, rows: &[&[&str]]) -> Sheet {
        Sheet {
            name: name.into(),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
                .collect(),
        }
    }

    #[test]
    fn headers_values_units_and_periods_are_read() {
        let ledger = Ledger {
            sheets: vec![sheet(
                "2025年",
                &[
                    &["青石县主要经济指标", "", "", "", ""],
                    &["指标名称", "单位", "本年", "", "重点"],
                    &["", "", "绝对值", "比上年增长%", ""],
                    &["地区生产总值", "万元", "864312", "5.6", "是"],
                    &["其中：规上工业增加值", "亿元", "21.35", "-1.2", ""],
                    &["高新技术企业", "家", "63", "", ""],
                    &["1-11月社会消费品零售总额", "", "35.2亿元", "4.1%", ""],
                ],
            )],
            ..Ledger::default()
        };
        let all = indicators(&ledger, &LedgerColumns::default(), &[]);
        assert_eq!(all.len(), 4);
        assert_eq!(all[0].name, "地区生产总值");
        assert_eq!(all[0].row, 4);
        assert!(all[0].key_indicator);
        let gdp = all[0].value.as_ref().expect("value");
        assert_eq!(gdp.base, "元");
        assert!(gdp.interval.contains(864312.0 * 1e4));
        assert_eq!(all[1].name, "规上工业增加值");
        assert_eq!(all[1].key, key("规模以上工业增加值", &[]));
        let g = all[1].growth.as_ref().expect("growth").1;
        assert!(g.contains(-1.2) && !g.contains(1.2));
        assert!(!all[1].key_indicator);
        assert_eq!(all[2].value.as_ref().map(|v| v.kind), Some(UnitKind::Count));
        assert_eq!(all[3].name, "社会消费品零售总额");
        assert_eq!(all[3].period, Some(Period::Months(1, 11)));
        assert!(all[3]
            .value
            .as_ref()
            .expect("value")
            .interval
            .contains(35.2e8));
        assert_eq!(numbering_len("一、地区生产总值"), "一、".len());
        assert_eq!(numbering_len("（2）税收"), "（2）".len());
        assert_eq!(numbering_len("1.5G基站"), 0);
        assert_eq!(numbering_len("12家"), 0);
    }

    #[test]
    fn a_header_not_recognised_is_shown_and_read_once_its_columns_are_named() {
        let ledger = Ledger {
            sheets: vec![
                sheet("说明", &[&["本表由统计股提供"]]),
                sheet(
                    "指标",
                    &[
                        &["青石县2025年经济指标"],
                        &["项目名称", "2025年", "2024年", "计量单位"],
                        &["地区生产总值", "86.4", "81.2", "亿元"],
                    ],
                ),
            ],
            ..Ledger::default()
        };
        let auto = LedgerColumns::default();
        let view = header_view(&ledger, &auto).expect("a row of labels");
        assert_eq!(view.sheet, "指标");
        assert!(!view.read);
        assert_eq!(view.names, ["项目名称", "2025年", "2024年", "计量单位"]);
        assert_eq!(view.columns.name, Some(0));
        assert_eq!(view.columns.value, None);
        assert_eq!(view.columns.unit, Some(3));
        assert!(indicators(&ledger, &auto, &[]).is_empty());

        let named = LedgerColumns {
            value: Some("2025年".into()),
            ..LedgerColumns::default()
        };
        let view = header_view(&ledger, &named).expect("header");
        assert!(view.read);
        assert_eq!(view.columns.value, Some(1));
        let all = indicators(&ledger, &named, &[]);
        assert_eq!(all.len(), 1);
        assert!(all[0]
            .value
            .as_ref()
            .expect("value")
            .interval
            .contains(86.4e8));

        // A two-row header: the merged label joined to the one below it,
        // the lower cell as the column's own name.
        let merged = Ledger {
            sheets: vec![sheet(
                "",
                &[
                    &["指标", "本年", "", "单位"],
                    &["", "绝对值", "增长%", ""],
                    &["税收收入", "12.5", "3.2", "亿元"],
                ],
            )],
            ..Ledger::default()
        };
        let view = header_view(&merged, &auto).expect("header");
        assert!(view.read);
        assert_eq!(view.labels, ["指标", "本年绝对值", "本年增长%", "单位"]);
        assert_eq!(view.names, ["指标", "绝对值", "增长%", "单位"]);
        assert_eq!(
            (view.columns.value, view.columns.growth),
            (Some(1), Some(2))
        );
        let empty = Ledger {
            sheets: vec![sheet("", &[&["1", "2"]])],
            ..Ledger::default()
        };
        assert_eq!(header_view(&empty, &auto), None);
    }

    #[test]
    fn periods_and_aliases() {
        assert_eq!(period("2025年"), (Some(Period::Year(2025)), Some(2025)));
        assert_eq!(
            period("2025年1-11月"),
            (Some(Period::Months(1, 11)), Some(2025))
        );
        assert_eq!(period("上半年"), (Some(Period::Named("上半年")), None));
        let aliases = vec![vec![
            "规模以上工业增加值".to_owned(),
            "工业增加值".to_owned(),
        ]];
        assert_eq!(key("工业增加值", &aliases), key("规上工业增加值", &[]));
        assert_eq!(
            value("1.2万", "家").map(|v| v.interval.contains(12000.0)),
            Some(true)
        );
        assert!(value("待统计", "万元").is_none());
    }
}
