//! The calendar model: what 今年, 去年 and 明年 mean in each report, which
//! year a sentence speaks of, and the dated tables (five-year plans,
//! anniversaries) that time rules read. One calendar for every rule: two
//! rules never disagree about what year 去年 is.

mod editions;
pub use editions::{editions, events, same_event, Edition, Event};

use crate::outline::{plans_its_year, says_review, Genre, Outline, Role};
use crate::text::{fold_width, is_digit, leading_number, years};
use serde::Deserialize;
use std::ops::Range;
use std::sync::OnceLock;

/// A five-year plan: “十四五”, 2021—2025.
#[derive(Debug, Deserialize)]
pub struct Plan {
    pub name: String,
    /// What must follow the name for it to be this plan: 普法 for the
    /// five-year plans of legal education (“八五”普法), whose names are
    /// those of the old national plans (第八个五年计划, 1991—1995).
    #[serde(default)]
    pub after: Option<String>,
    pub from: u32,
    pub to: u32,
}

/// An event whose anniversaries reports count: 中国共产党成立, 1921.
#[derive(Debug, Deserialize)]
pub struct Anniversary {
    /// The ways a report names the event.
    pub words: Vec<String>,
    pub year: u32,
    /// The words a region's own report names it by, bare (自治区成立,
    /// 和平解放), and the region its title then names (新疆, 西藏).
    #[serde(default)]
    pub bare: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
}

/// A party congress or plenum, or a session of the National People's
/// Congress, and the month it was held.
#[derive(Debug, Deserialize)]
pub struct Meeting {
    /// 十八届六中全会, 二十大, 十四届全国人大三次会议.
    pub name: String,
    /// The committee's term (十八届) of a plenum, the congress's term
    /// (十四届) of a session; empty for a party congress.
    pub term: String,
    /// `npc` for a session of the National People's Congress; empty for
    /// the party's meetings.
    #[serde(default)]
    pub body: String,
    /// The plenum's or session's number within its term; 0 for a party
    /// congress.
    pub number: u32,
    pub year: u32,
    pub month: u32,
}

/// The congresses and plenums of `meetings.json`, each with its source.
pub fn meetings() -> &'static [Meeting] {
    static MEETINGS: OnceLock<Vec<Meeting>> = OnceLock::new();
    MEETINGS.get_or_init(|| serde_json::from_str(include_str!("meetings.json")).unwrap_or_default())
}

/// The five-year plans (`plans.json`, each with its source).
pub fn plans() -> &'static [Plan] {
    static PLANS: OnceLock<Vec<Plan>> = OnceLock::new();
    PLANS.get_or_init(|| serde_json::from_str(include_str!("plans.json")).unwrap_or_default())
}

/// A national goal with the year it is due by: 碳达峰, 2030.
#[derive(Debug, Deserialize)]
pub struct Goal {
    /// The ways a report names it.
    pub words: Vec<String>,
    pub by: u32,
}

/// The goals of `goals.json`, each with its source.
pub fn goals() -> &'static [Goal] {
    static GOALS: OnceLock<Vec<Goal>> = OnceLock::new();
    GOALS.get_or_init(|| serde_json::from_str(include_str!("goals.json")).unwrap_or_default())
}

/// The events of `anniversaries.json`, each with its source.
pub fn anniversaries() -> &'static [Anniversary] {
    static EVENTS: OnceLock<Vec<Anniversary>> = OnceLock::new();
    EVENTS.get_or_init(|| {
        serde_json::from_str(include_str!("anniversaries.json")).unwrap_or_default()
    })
}

/// The years of one report.
#[derive(Debug, Clone, Default)]
pub struct Dated {
    pub range: Range<usize>,
    /// The year 今年 means: the year a 政府工作报告 is delivered in (the
    /// year it plans), else the year a report sums up.
    pub this_year: Option<u32>,
    /// Its top-level parts with the year each speaks of: a review part the
    /// year reviewed, a plan part the year planned (and whether it plans).
    parts: Vec<(Range<usize>, u32, bool)>,
    /// The latest (year, month) the report can have been written by: its
    /// dateline's month, else the March of the year a 政府工作报告 plans,
    /// else the February after the year a report sums up — or its page's
    /// publication date when earlier (`Calendar::stamped`).
    pub written_by: Option<(u32, u32)>,
}

/// The calendar of a text: one `Dated` per report, and every date written.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    reports: Vec<Dated>,
    dates: Vec<Date>,
}

/// A date as written: 2023年5月12日, 2023年5月, 5月12号.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Date {
    /// From its first digit to its last character (日, 号 or 月).
    pub range: Range<usize>,
    pub year: Option<u32>,
    pub month: u32,
    pub day: Option<u32>,
}

impl Date {
    /// (year, month, day) for ordering, a missing day as 0.
    pub fn key(&self) -> Option<(u32, u32, u32)> {
        Some((self.year?, self.month, self.day.unwrap_or(0)))
    }
}

impl Dated {
    /// Its review parts (not plans), with the year each speaks of.
    pub fn reviews(&self) -> impl Iterator<Item = (Range<usize>, u32)> + '_ {
        self.parts
            .iter()
            .filter(|(_, _, plan)| !plan)
            .map(|(r, y, _)| (r.clone(), *y))
    }

    /// The part holding byte `at`: its year and whether it plans. Parts
    /// are in order and do not overlap.
    /// Where the report's first part that plans starts.
    pub fn plan_start(&self) -> Option<usize> {
        self.parts
            .iter()
            .find(|(_, _, plan)| *plan)
            .map(|(r, _, _)| r.start)
    }

    /// The year of the report's head (its title, dateline and the lines
    /// above its first part): the year 今年 means.
    pub fn head_year(&self, at: usize) -> Option<u32> {
        let first = self
            .parts
            .first()
            .map_or(self.range.end, |(r, _, _)| r.start);
        (self.range.start <= at && at < first)
            .then_some(self.this_year)
            .flatten()
    }

    fn part_holding(&self, at: usize) -> Option<(u32, bool)> {
        let i = self.parts.partition_point(|(r, _, _)| r.end <= at);
        self.parts
            .get(i)
            .filter(|(r, _, _)| r.start <= at)
            .map(|&(_, y, plan)| (y, plan))
    }
}

/// The last year of the five-year plan `heading` names, when it starts
/// after the year reviewed (“‘十五五’主要目标任务” in a report on 2025).
fn coming_plan_end(heading: &str, reviewed: Option<u32>) -> Option<u32> {
    let reviewed = reviewed?;
    plans()
        .iter()
        .find(|p| p.after.is_none() && p.from > reviewed && heading.contains(p.name.as_str()))
        .map(|p| p.to)
}

/// How far before what it speaks of a sentence's subject year is looked
/// for, in bytes (about 60 characters).
const SUBJECT_REACH: usize = 180;

/// How a year is known: written in the sentence, said relative to the
/// report (今年), or the year of the part the sentence stands in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearSource {
    /// Written: the range of the year (2026年) or of the word (今年).
    Written(Range<usize>),
    /// The year of the review or plan part around it. A review may look
    /// back over several years (过去五年); a plan speaks of its year.
    Part { plan: bool },
}

/// Words for a year relative to the one 今年 means.
const RELATIVE: [(&str, i64); 6] = [
    ("今年", 0),
    ("本年", 0),
    ("去年", -1),
    ("上年", -1),
    ("明年", 1),
    ("来年", 1),
];

/// How far above a report's title its page's stamp may stand, in bytes:
/// the page's details over it (发文时间：2020-12-31 | 发布日期：…).
const STAMP_ABOVE: usize = 600;

impl Calendar {
    /// The calendar with what the page stamps (`Page::stamps`, in order):
    /// a report is written by its page's publication date when that is
    /// earlier than its own (发文时间：2020-12-31 above a summary of 2020).
    pub fn stamped(mut self, stamps: &[Date]) -> Self {
        for report in &mut self.reports {
            let from = report.range.start.saturating_sub(STAMP_ABOVE);
            let stamp = stamps
                .iter()
                .filter(|d| (from..report.range.end).contains(&d.range.start))
                .find_map(|d| d.year.map(|y| (y, d.month)));
            report.written_by = match (report.written_by, stamp) {
                (Some(by), Some(stamp)) => Some(by.min(stamp)),
                (by, stamp) => by.or(stamp),
            };
        }
        self
    }

    pub fn new(text: &str, outline: &Outline) -> Self {
        let reports = outline
            .reports
            .iter()
            .map(|r| {
                let head = &r.head;
                let this_year = match head.genre {
                    Some(Genre::GovWork) => head.plan_year,
                    _ => head.year,
                };
                let headings = &outline.headings[r.headings.clone()];
                let top = headings.iter().map(|h| h.level).min().unwrap_or(1);
                let has_plan = headings.iter().any(|h| h.roles.contains(&Role::Plan));
                // The year a section speaks of, from its heading's words,
                // and whether it plans.
                let dated = |heading: &str, roles: &[Role]| {
                    // “2026年主要工作” of a 政府工作报告 is its plan.
                    // The targets of a five-year plan still to come are
                    // its last year's.
                    let reviewed = head.year.or(head.plan_year.map(|y| y - 1));
                    // (“‘十五五’时期主要目标和2026年重点工作” plans its year.)
                    let names_plan_year = head
                        .plan_year
                        .is_some_and(|y| heading.contains(&format!("{y}年")));
                    if roles.contains(&Role::Targets) && !says_review(heading) && !names_plan_year {
                        if let Some(end) = coming_plan_end(heading, reviewed) {
                            return Some((end, true));
                        }
                    }
                    let plan = roles.contains(&Role::Plan)
                        || plans_its_year(heading, head.genre, head.plan_year);
                    let year = if plan {
                        head.plan_year.or(head.year.map(|y| y + 1))
                    } else if roles.contains(&Role::Summary) || roles.contains(&Role::Highlights) {
                        head.year
                    } else {
                        None
                    };
                    Some((year?, plan))
                };
                // A top-level part that names no year or role after a plan
                // part goes on with the plan (a 政府工作报告's “四、加强政府
                // 自身建设”, and the 民生实事 list after it): plans come last.
                // A part titled by its theme (三、一鼓作气勇争先) whose text
                // opens with the year it plans (2026年是“十五五”开局之年).
                let opens_plan = |h: &crate::outline::Heading| {
                    let y = head.plan_year?;
                    // The text on the heading's line after it, or the next line.
                    let rest = &text[h.text.end.min(h.section.end)..h.section.end];
                    let next_line = rest.split_once('\n').map_or("", |(_, r)| r);
                    let opens = [rest, next_line].iter().any(|b| {
                        let b = b.trim_start_matches(|c: char| c.is_whitespace() || c == '。');
                        b.starts_with(&format!("{y}年是")) || b.starts_with("今年是")
                    });
                    (h.roles.is_empty() && opens).then_some((y, true))
                };
                let mut plan_year: Option<u32> = None;
                let mut parts: Vec<(Range<usize>, u32, bool)> = headings
                    .iter()
                    .filter(|h| h.level == top)
                    .filter_map(|h| {
                        match dated(&text[h.text.clone()], &h.roles).or_else(|| opens_plan(h)) {
                            Some((year, plan)) => {
                                plan_year = plan.then_some(year);
                                Some((h.section.clone(), year, plan))
                            }
                            None if h.roles.is_empty() => {
                                plan_year.map(|y| (h.section.clone(), y, true))
                            }
                            None => {
                                plan_year = None;
                                None
                            }
                        }
                    })
                    .collect();
                // A long report's parts are often titled without numbers
                // (“‘十四五’时期工作回顾”, “2026年重点工作”), each running
                // to the next title that names a part (附件 does not); they
                // date what no numbered heading does.
                let titled: Vec<(usize, u32, bool)> = outline
                    .titles_in(r)
                    .filter_map(|(range, roles)| {
                        let (year, plan) = dated(&text[range.clone()], roles)?;
                        Some((range.start, year, plan))
                    })
                    .collect();
                let numbered = std::mem::take(&mut parts);
                for (k, &(start, year, plan)) in titled.iter().enumerate() {
                    let end = titled.get(k + 1).map_or(r.range.end, |n| n.0);
                    let mut from = start;
                    for (range, _, _) in numbered
                        .iter()
                        .filter(|p| p.0.start < end && p.0.end > start)
                    {
                        if range.start > from {
                            parts.push((from..range.start, year, plan));
                        }
                        from = from.max(range.end);
                    }
                    if from < end {
                        parts.push((from..end, year, plan));
                    }
                }
                parts.extend(numbered);
                parts.sort_by_key(|p| p.0.start);
                // A summary with no plan part speaks of its year throughout.
                if parts.is_empty() && !has_plan && head.genre != Some(Genre::GovWork) {
                    if let Some(y) = head.year {
                        parts.push((r.range.clone(), y, false));
                    }
                }
                let written_by = match head.genre {
                    Some(Genre::GovWork) => head.plan_year.map(|y| {
                        let month = head
                            .year_range
                            .as_ref()
                            .and_then(|at| month_after(text, at.end))
                            .unwrap_or(3);
                        (y, month)
                    }),
                    _ => head.year.map(|y| (y + 1, 2)),
                };
                Dated {
                    range: r.range.clone(),
                    this_year,
                    parts,
                    written_by,
                }
            })
            .collect();
        Calendar {
            reports,
            dates: dates(text),
        }
    }

    /// The review or plan part holding byte `at`: the year it speaks of
    /// and whether it plans.
    pub fn part_at(&self, at: usize) -> Option<(u32, bool)> {
        self.report_at(at)?.part_holding(at)
    }

    /// Every date written in the text, in order.
    pub fn dates(&self) -> &[Date] {
        &self.dates
    }

    /// The dates inside `range`, in order.
    pub fn dates_within(&self, range: Range<usize>) -> &[Date] {
        let from = self.dates.partition_point(|d| d.range.start < range.start);
        let to = from + self.dates[from..].partition_point(|d| d.range.end <= range.end);
        &self.dates[from..to]
    }

    /// Which report holds byte `at`, as a key to group figures by: its
    /// start (0 outside every report).
    pub fn report_start(&self, at: usize) -> usize {
        self.report_at(at).map_or(0, |r| r.range.start)
    }

    /// The latest year the report holding byte `at` reviews.
    pub fn latest_review(&self, at: usize) -> Option<u32> {
        self.report_at(at)?.reviews().map(|(_, y)| y).max()
    }

    /// The report holding byte `at`.
    pub fn report_at(&self, at: usize) -> Option<&Dated> {
        let i = self.reports.partition_point(|r| r.range.end <= at);
        self.reports.get(i).filter(|r| r.range.start <= at)
    }

    /// The year the words at `at` speak of, in `sentence` of `text`: the
    /// last year written before them as the sentence's subject (“2026年是”,
    /// “2025年，”), or 今年/去年/明年, or else the year of the part they
    /// stand in.
    pub fn year_of(
        &self,
        text: &str,
        sentence: Range<usize>,
        at: usize,
    ) -> Option<(u32, YearSource)> {
        let report = self.report_at(at)?;
        // The subject stands near what is said of it: a bounded look back
        // keeps a sentence of a megabyte linear.
        let from =
            crate::text::floor_boundary(text, at.saturating_sub(SUBJECT_REACH)).max(sentence.start);
        let before = &text[from..at];
        if let Some(found) = subject_year(before, report.this_year) {
            let (y, r) = found;
            return Some((y, YearSource::Written(from + r.start..from + r.end)));
        }
        report
            .part_holding(at)
            .map(|(y, plan)| (y, YearSource::Part { plan }))
    }

    /// The year a figure is stated for: the year its period names, else
    /// the one `year_of` reads for it; none in a plan (a target is no fact
    /// of a year).
    pub fn stated_year(
        &self,
        text: &str,
        numbers: &crate::number::Model,
        s: &crate::number::Statement,
    ) -> Option<u32> {
        let at = numbers.quantities[s.quantity].range.start;
        let (year, source) = self.year_of(text, s.sentence.clone(), at)?;
        if source == (YearSource::Part { plan: true }) {
            return None;
        }
        Some(match s.period {
            Some(crate::number::Period::Year(y)) => y,
            _ => year,
        })
    }

    /// The years the words at `at` may speak of, first and last: from the
    /// year `year_of` reads for them to the year the report was written by
    /// (a summary of 2025, written early in 2026, may name who holds a
    /// post by then).
    pub fn years_spoken(
        &self,
        text: &str,
        sentence: Range<usize>,
        at: usize,
    ) -> Option<(u32, u32)> {
        let (year, _) = self.year_of(text, sentence, at)?;
        let by = self
            .report_at(at)
            .and_then(|r| r.written_by)
            .map_or(year, |(y, _)| y);
        Some((year.min(by), year.max(by)))
    }
}

/// How far after a dateline's date its “会议上” may stand, in bytes.
const DATELINE_REACH: usize = 150;

/// The session a report is delivered at — “第十四届人民代表大会第四次会议” —
/// when `date` opens a dateline (——2026年1月27日在……会议上): after a dash, a
/// bracket or the line's start, followed by 在 and, within the line,
/// 第……会议上.
pub fn dateline_session<'t>(
    text: &'t str,
    layout: &crate::layout::Layout,
    date: &Date,
) -> Option<&'t str> {
    let before = crate::chars::last_chars(&text[..date.range.start], 2);
    // After a dash, a bracket or the line's start; or after spaces, on a
    // title's line run together with its dateline (“……政府工作报告  2020年
    // 6月18日在……会议上”).
    let opens = before.is_empty()
        || before.ends_with(['—', '―', '－', '-', '（', '(', '\n'])
        || before.ends_with([' ', '\u{3000}']);
    if !opens || !text[date.range.end..].starts_with('在') {
        return None;
    }
    let line_end = layout.line_at(date.range.start)?.body.end;
    let end = crate::chars::ceil_boundary(text, (date.range.end + DATELINE_REACH).min(line_end));
    let rest = &text[date.range.end..end.max(date.range.end)];
    let close = rest.find("会议上")?;
    let first = rest[..close].find('第')?;
    Some(&rest[first..close + "会议".len()])
}

/// Every date of `text`: a month (1–12) in digits before 月, with the year
/// before it (4 digits and 年) and the day after it (digits and 日 or 号)
/// when written. 2023年5月、5月12日 and 5月12号 are read alike.
/// The dates written in `range` of `text`, with offsets into `text`.
pub fn dates_in(text: &str, range: Range<usize>) -> Vec<Date> {
    let mut found = dates(&text[range.clone()]);
    for d in &mut found {
        d.range = d.range.start + range.start..d.range.end + range.start;
    }
    found
}

fn dates(text: &str) -> Vec<Date> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices('月') {
        let Some((month, m_start)) = number_before(text, at) else {
            continue;
        };
        if !(1..=12).contains(&month) {
            continue;
        }
        let (year, start) = text[..m_start]
            .strip_suffix('年')
            .and_then(|b| number_before(text, b.len()))
            .filter(|(y, _)| (1000..=9999).contains(y))
            .map_or((None, m_start), |(y, s)| (Some(y), s));
        let after = at + '月'.len_utf8();
        let day = leading_number(&text[after..]).filter(|&(d, len)| {
            (1..=31).contains(&d) && text[after + len..].starts_with(['日', '号'])
        });
        let end = day.map_or(after, |(_, len)| after + len + '日'.len_utf8());
        out.push(Date {
            range: start..end,
            year,
            month,
            day: day.map(|(d, _)| d),
        });
    }
    // Dates in digits and dashes (2026-01-31, 2022/2/6), as pages stamp
    // them: a year of four digits, a month and a day.
    let before = out.len();
    // One search per separator: a search for a single character skips
    // ahead with memchr, one for a set of characters decodes every one.
    let mut seps: Vec<(usize, &str)> = text.match_indices('-').collect();
    seps.extend(text.match_indices('/'));
    for (at, sep) in seps {
        let Some((year, start)) = number_before(text, at).filter(|&(_, s)| at - s == 4) else {
            continue;
        };
        let rest = &text[at + sep.len()..];
        let Some((month, m_len)) = leading_number(rest) else {
            continue;
        };
        let Some(after_month) = rest[m_len..].strip_prefix(sep) else {
            continue;
        };
        let Some((day, d_len)) = leading_number(after_month) else {
            continue;
        };
        let end = at + sep.len() + m_len + sep.len() + d_len;
        let digit_follows = text[end..].starts_with(|c: char| c.is_ascii_digit());
        let digit_precedes = text[..start].ends_with(|c: char| c.is_ascii_digit());
        if (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && m_len <= 2
            && d_len <= 2
            && !digit_follows
            && !digit_precedes
        {
            out.push(Date {
                range: start..end,
                year: Some(year),
                month,
                day: Some(day),
            });
        }
    }
    if out.len() > before {
        out.sort_by_key(|d| d.range.start);
    }
    out
}

/// The number written in digits right before byte `end`, and where it
/// starts.
fn number_before(text: &str, end: usize) -> Option<(u32, usize)> {
    let digits: Vec<(usize, char)> = text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_digit(*c))
        .take(5)
        .collect();
    let &(start, _) = digits.last()?;
    let value = digits.iter().rev().try_fold(0u32, |n, (_, c)| {
        Some(n * 10 + fold_width(*c).to_digit(10)?)
    })?;
    Some((value, start))
}

/// The twelve animals of the Chinese calendar (生肖), in the order of their
/// cycle, starting from a 鼠年.
pub const ZODIAC: [char; 12] = [
    '鼠', '牛', '虎', '兔', '龙', '蛇', '马', '羊', '猴', '鸡', '狗', '猪',
];

/// A 鼠年: 2020 (庚子), as every twelfth year from 1900.
const RAT_YEAR: i64 = 2020;

/// The animal of `year` (2026 → 马).
pub fn zodiac_of(year: u32) -> char {
    ZODIAC[(i64::from(year) - RAT_YEAR).rem_euclid(12) as usize]
}

/// The weekday of a Gregorian date, 0 = Monday; `None` if there is no such
/// date. Days since 1970-01-01 by Howard Hinnant's `days_from_civil`.
pub fn weekday_of(y: i64, m: u32, d: u32) -> Option<usize> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in_month = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month[m as usize - 1] {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    // 1970-01-01 was a Thursday (index 3).
    Some((days + 3).rem_euclid(7) as usize)
}

/// The month written right after byte `at` (2026年|1月, 二〇二六年|一月).
fn month_after(text: &str, at: usize) -> Option<u32> {
    let rest = text.get(at..)?;
    let digits: String = rest
        .chars()
        .take_while(|&c| c.is_ascii_digit() || crate::number::chinese::is_numeral(c))
        .collect();
    if !rest[digits.len()..].starts_with('月') || digits.is_empty() {
        return None;
    }
    let month = match digits.parse::<u32>() {
        Ok(m) => m,
        Err(_) => crate::number::chinese::value(&digits)? as u32,
    };
    (1..=12).contains(&month).then_some(month)
}

/// Whether `s` is only the address that opens a speech's sentence
/// (“各位代表，”).
fn is_address(s: &str) -> bool {
    s.strip_prefix("各位代表")
        .is_some_and(|r| matches!(r, "，" | "," | "：" | "！"))
}

/// The last year in `s` that its sentence speaks of, with its range in
/// `s`: a written year followed by 是 or a comma, or a relative word.
fn subject_year(s: &str, this_year: Option<u32>) -> Option<(u32, Range<usize>)> {
    // Cheapest test first: every year and relative word holds 年.
    if !s.contains('年') {
        return None;
    }
    let mut best: Option<(u32, Range<usize>)> = None;
    for (y, r) in years(s) {
        // A year that opens the sentence with its targets speaks of them
        // (“2025年目标任务顺利完成，标志着……”).
        let opens_with_targets =
            (r.start == 0 || is_address(&s[..r.start])) && s[r.end..].starts_with("目标");
        if opens_with_targets
            || crate::text::YEAR_SUBJECT_AFTER
                .iter()
                .any(|w| s[r.end..].starts_with(w))
        {
            best = Some((y, r));
        }
    }
    for (word, offset) in RELATIVE {
        if let (Some(k), Some(base)) = (s.rfind(word), this_year) {
            if best.as_ref().is_none_or(|(_, b)| b.start < k) {
                let y = u32::try_from(i64::from(base) + offset).ok()?;
                best = Some((y, k..k + word.len()));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year_at(text: &str, needle: &str) -> Option<u32> {
        let outline = Outline::parse(text);
        let calendar = Calendar::new(text, &outline);
        let at = text.find(needle)?;
        // The sentence starts after the last full stop or line break.
        let start = text[..at]
            .char_indices()
            .rfind(|(_, c)| matches!(c, '。' | '\n'))
            .map_or(0, |(k, c)| k + c.len_utf8());
        calendar
            .year_of(text, start..at + needle.len(), at)
            .map(|(y, _)| y)
    }

    #[test]
    fn a_sentence_speaks_of_its_written_year_or_its_part() {
        let text = "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全年增长5%。今年是建党105周年。2024年是关键之年。\n二、2026年工作安排\n举办纪念活动。去年隆重纪念抗战胜利80周年。\n";
        assert_eq!(year_at(text, "全年增长"), Some(2025));
        assert_eq!(year_at(text, "建党"), Some(2026));
        assert_eq!(year_at(text, "关键"), Some(2024));
        assert_eq!(year_at(text, "举办"), Some(2026));
        assert_eq!(year_at(text, "抗战"), Some(2025));
        let text = "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n各位代表，2024年目标的完成，标志着新阶段。\n";
        assert_eq!(year_at(text, "标志着"), Some(2024));
    }

    #[test]
    fn parts_titled_without_numbers_are_dated() {
        // A long report: its parts titled without numbers, its plan's
        // sections numbered without role words, an appendix of the plan.
        let text = "某省2026年政府工作报告\n各位代表：\n现在，我代表省人民政府作报告。\n五年来主要成绩和2025年工作回顾\n过去一年，全省生产总值增长5%，新增企业1200家。\n今后五年主要目标和2026年重点工作\n今年是开局之年。\n一、做强实体经济\n新增企业1300家。\n附件\n1.新建幼儿园30所。\n";
        assert_eq!(year_at(text, "全省生产总值"), Some(2025));
        assert_eq!(year_at(text, "新增企业1300"), Some(2026));
        assert_eq!(year_at(text, "新建幼儿园"), Some(2026));
        // A numbered part with no year or role after the plan goes on with
        // it, and so does the list of projects under it.
        let text = "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n新增企业120家。\n二、2026年重点工作\n新增企业130家。\n三、加强政府自身建设\n建设法治政府。\n2026年民生实事\n1.新建幼儿园3所。\n";
        assert_eq!(year_at(text, "建设法治"), Some(2026));
        assert_eq!(year_at(text, "新建幼儿园"), Some(2026));
        // The targets of a five-year plan still to come are planned, for
        // its last year.
        let text = "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n新增企业120家。\n二、“十五五”主要目标任务\n城镇化率提高到66%。\n三、2026年重点工作\n新增企业130家。\n";
        assert_eq!(year_at(text, "城镇化率提高"), Some(2030));
        assert_eq!(year_at(text, "新增企业130"), Some(2026));
    }

    #[test]
    fn a_report_is_written_by_its_dateline() {
        let text =
            "政府工作报告\n——2026年1月26日在某县人民代表大会上\n各位代表：\n一、2025年工作回顾\n";
        let calendar = Calendar::new(text, &Outline::parse(text));
        assert_eq!(
            calendar.report_at(0).and_then(|r| r.written_by),
            Some((2026, 1))
        );
        let text = "2025年工作总结\n一、主要工作\n";
        let calendar = Calendar::new(text, &Outline::parse(text));
        assert_eq!(
            calendar.report_at(0).and_then(|r| r.written_by),
            Some((2026, 2))
        );
    }

    #[test]
    fn a_part_titled_by_its_theme_plans_the_year_its_text_opens_with() {
        let text = "某省2026年政府工作报告\n各位代表：\n一、一年接着一年干，发展持续取得新成效\n全年增长5%。\n二、一鼓作气勇争先，全力推动开好局\n2026年是“十五五”开局之年。我们将抓好项目。\n";
        let calendar = Calendar::new(text, &Outline::parse(text));
        let plan = text.find("二、");
        assert_eq!(calendar.report_at(0).and_then(Dated::plan_start), plan);
        assert_eq!(
            plan.and_then(|at| calendar.part_at(at + 30)),
            Some((2026, true))
        );
        // A theme whose text opens otherwise plans nothing.
        let text = "某省2026年政府工作报告\n各位代表：\n一、一年接着一年干，发展持续取得新成效\n全年增长5%。\n";
        let calendar = Calendar::new(text, &Outline::parse(text));
        assert_eq!(calendar.report_at(0).and_then(Dated::plan_start), None);
    }

    #[test]
    fn dates_are_read_once() {
        // Each date as (written, year, month, day).
        fn read(text: &str) -> Vec<(String, Option<u32>, u32, Option<u32>)> {
            Calendar::new(text, &Outline::parse(text))
                .dates()
                .iter()
                .map(|d| (text[d.range.clone()].to_owned(), d.year, d.month, d.day))
                .collect()
        }
        assert_eq!(
            read("2023年5月12日签约，6月3号开工，2024年6月竣工，13个月完成。"),
            [
                ("2023年5月12日".into(), Some(2023), 5, Some(12)),
                ("6月3号".into(), None, 6, Some(3)),
                ("2024年6月".into(), Some(2024), 6, None),
            ]
        );
        // Page stamps in digits; a phone number or a range of years is none.
        assert_eq!(
            read("发布日期：2022-02-16 09:20，更新 2022/3/1。电话0532-8888-1234，2021-2025年。"),
            [
                ("2022-02-16".into(), Some(2022), 2, Some(16)),
                ("2022/3/1".into(), Some(2022), 3, Some(1)),
            ]
        );
        assert_eq!(weekday_of(2023, 11, 13), Some(0));
        assert_eq!(
            (zodiac_of(2024), zodiac_of(2025), zodiac_of(2026)),
            ('龙', '蛇', '马')
        );
        assert_eq!(weekday_of(2023, 2, 30), None);
    }

    #[test]
    fn tables_are_read() {
        assert_eq!(goals().len(), 3);
        assert!(meetings()
            .iter()
            .any(|m| m.name == "十八届六中全会" && m.year == 2016));
        assert!(meetings()
            .iter()
            .any(|m| m.body == "npc" && m.term == "十三届" && m.number == 3 && m.month == 5));
        assert!(plans().iter().any(|p| p.name == "十五五" && p.from == 2026));
        assert!(anniversaries().iter().any(|a| a.year == 1921));
    }
}
