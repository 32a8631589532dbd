//! `later-year-done`: the summary of year Y reports something done in a
//! later year — a sign of last year's text or a mistyped year.

use crate::finding::{Category, Severity};
use crate::outline::Genre;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::years_within;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "later-year-done",
        title: "总结写了以后的事",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "总结（回顾）部分只能写回顾年度及以前已经发生的事：2023年的工作总结里写“2024年已完成……”“创2024年以来新高”，要么是年份写错，要么是把别的年份的材料搬了进来。政府工作报告在次年年初作出，回顾中可以写报告日期以前的事（“2026年1月……投入使用”），不能写此后的月份或整个当年。与别的年份比较出的增减（“2026年……较2020年增长85%”）也是已经发生的结果。写计划、目标、预计的句子不算。报告任何地方（包括末尾的注释）写到报告日期之后某日“印发、出台、召开、举办”的事，也一样。上半年（一季度、前三季度）的总结里写“1—8月”“截至6月底”等所总结的月份以后的数据（计划部分和预计、力争的句子除外），也一样；报告日期取题注、报告类型的惯例和网页的发布时间中最早的。",
            why: "年份错位会让整段内容失去可信度，审稿时很难发现，上报后却很容易被看出来。",
            bad: "2023年工作总结\n一、2023年工作情况\n2024年已完成技改项目12个。\n二、2024年工作计划\n",
            good: "2023年工作总结\n一、2023年工作情况\n全年完成技改项目12个，力争2024年再新增10个。\n二、2024年工作计划\n",
        },
    },
    check,
};

/// Words of completion, and words that make a sentence about the future.
const DONE: &[&str] = &[
    "已",
    "完成",
    "实现",
    "建成",
    "达到",
    "获批",
    "通过认定",
    "投入使用",
    "投用",
    "竣工",
    "通车",
    "夺得",
    "勇夺",
];
/// Words of a measured change.
const CHANGE: [&str; 5] = ["增长", "下降", "提高", "减少", "增加"];
const FUTURE: &[&str] = &[
    "力争", "计划", "预计", "将", "目标", "争取", "确保", "谋划", "打算", "展望", "到20", "要",
    "拟", "准备", "有望", "即将", "明年",
];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for report in &ctx.outline.reports {
        if let Some(covered) = covered_through(text, &report.head) {
            months_after(ctx, report.range.clone(), covered, sink);
        }
        let gov_work = report.head.genre == Some(Genre::GovWork);
        let Some(dated) = ctx.calendar.report_at(report.range.start) else {
            continue;
        };
        let written_by = dated.written_by;
        if let Some(by) = written_by {
            issued_after(ctx, report.range.clone(), by, sink);
        }
        // Only the review parts are read (years start with digits, which
        // are marks).
        let years = dated.reviews().flat_map(|(part, year)| {
            years_within(ctx.marks, part)
                .iter()
                .map(move |(y, r)| (*y, r.clone(), year))
        });
        for (y, r, year) in years {
            if !(year + 1..year + 4).contains(&y) {
                continue;
            }
            // “创2026年以来新高” in the review of 2025: a stretch of time
            // that starts after the year reviewed.
            if text[r.end..].starts_with("以来") {
                sink.report(
                    r.start..r.end + "以来".len(),
                    format!(
                        "这一部分回顾的是{year}年，“{y}年以来”却从回顾的年份之后算起，请核对年份。"
                    ),
                );
                continue;
            }
            // A 政府工作报告 is delivered early in the next year and may
            // tell what was done before its date (2026年1月…建成), never
            // that year as a whole.
            if gov_work {
                let month = ctx
                    .calendar
                    .dates_within(r.start..report.range.end)
                    .first()
                    .filter(|d| d.range.start == r.start)
                    .map(|d| d.month);
                // A year without a month is claimed whole: not yet over.
                let after = written_by
                    .is_some_and(|(wy, wm)| y > wy || (y == wy && month.is_none_or(|m| m > wm)));
                if !after {
                    continue;
                }
            }
            // The year and the word of completion must stand in the same
            // clause.
            let Some(clause) = ctx.marks.layout().clause_at(text, r.start) else {
                continue;
            };
            let clause = &text[clause];
            // A change measured against another year is a result too
            // (2026年……较2020年增长85%).
            let measured = ["较20", "比20", "同比"].iter().any(|w| clause.contains(w))
                && CHANGE.iter().any(|w| clause.contains(w));
            if FUTURE.iter().any(|w| clause.contains(w))
                || !(measured || DONE.iter().any(|w| clause.contains(w)))
            {
                continue;
            }
            sink.report(
                r,
                format!("这一部分回顾的是{year}年，却写到{y}年已经完成的事：请核对年份，或把这句移到计划部分并改写为目标。"),
            );
        }
    }
}

/// Words of a title that name the part of a year a summary covers, and
/// its last month (2024年第一季度工作总结: March).
const PART_OF_YEAR: [(&str, u32); 7] = [
    ("前三季度", 9),
    ("第三季度", 9),
    ("三季度", 9),
    ("第二季度", 6),
    ("第一季度", 3),
    ("一季度", 3),
    ("上半年", 6),
];

/// The part of a year a summary covers, as its title names it, and the
/// last month of it: from its title's words, else the first half for a
/// half-year summary.
fn covered_through(text: &str, head: &crate::outline::roles::Head) -> Option<(&'static str, u32)> {
    let title = head.title.as_ref().map_or("", |t| &text[t.clone()]);
    let summary = matches!(
        head.genre,
        Some(Genre::HalfYear | Genre::Summary | Genre::Annual)
    );
    PART_OF_YEAR
        .iter()
        .find(|(w, _)| summary && title.contains(w))
        .copied()
        .or_else(|| (head.genre == Some(Genre::HalfYear)).then_some(("上半年", 6)))
}

/// “今年1-8月份，全区建设项目……” in a summary of the first half of a year
/// (or “截至6月底，已开工12项” in one of the first quarter): figures of
/// months after those it covers, told as done, outside the plan for the
/// rest of the year.
fn months_after(
    ctx: &Ctx<'_>,
    report: std::ops::Range<usize>,
    (part, covered): (&str, u32),
    sink: &mut Sink<'_>,
) {
    as_of_after(ctx, report.clone(), (part, covered), sink);
    let (text, m) = (ctx.text, ctx.numbers);
    let first = m
        .statements
        .partition_point(|s| s.sentence.start < report.start);
    let mut reported = usize::MAX;
    for s in m.statements[first..]
        .iter()
        .take_while(|s| s.sentence.start < report.end)
    {
        let Some(crate::number::Period::Months(_, last)) = s.period else {
            continue;
        };
        let q = &m.quantities[s.quantity];
        if last <= covered
            || s.sentence.start == reported
            || ctx
                .calendar
                .part_at(q.range.start)
                .is_some_and(|(_, plan)| plan)
        {
            continue;
        }
        // The period's words stand close before the figure: a bounded look
        // back keeps a sentence of a megabyte linear.
        let from = crate::chars::floor_boundary(text, q.range.start.saturating_sub(LOOK_BACK))
            .max(s.sentence.start);
        let before = &text[from..q.range.start];
        let month = format!("{last}月");
        let Some(at) = before.rfind(&month).map(|k| from + k) else {
            continue;
        };
        if FUTURE.iter().any(|w| before.contains(w))
            || !years_within(ctx.marks, from..q.range.start).is_empty()
        {
            continue;
        }
        // The range's start (1-8月): back over its digits and dash.
        let start = text[..at]
            .trim_end_matches(|c: char| {
                c.is_ascii_digit() || matches!(c, '-' | '—' | '－' | '至' | '~')
            })
            .len();
        reported = s.sentence.start;
        sink.report(
            start..at + month.len(),
            format!(
                "这是{part}的总结，却写到{}的数据：请核对月份。",
                sink.quote(start..at + month.len())
            ),
        );
    }
}

/// How far after 截至6月底 what stood then is read for words of the
/// future, in characters (，力争开工12项).
const AS_OF_REACH: usize = 16;

/// Words that make a month a date things stood at: 截至6月底, 到9月末.
const AS_OF: [&str; 3] = ["截至", "截止", "截止到"];

/// “截至6月底，已开工12项” in a summary of the first quarter: a month after
/// the one after those covered (a summary is written in the month after
/// its period, and may count to that month's end), outside the plan.
fn as_of_after(
    ctx: &Ctx<'_>,
    report: std::ops::Range<usize>,
    (part, covered): (&str, u32),
    sink: &mut Sink<'_>,
) {
    let text = ctx.text;
    for d in ctx.calendar.dates_within(report) {
        if d.day.is_some() || d.month <= covered + 1 {
            continue;
        }
        let before = crate::text::last_chars(&text[..d.range.start], 3);
        let after = &text[d.range.end..];
        let said = crate::chars::first_chars(after, AS_OF_REACH);
        if !AS_OF.iter().any(|w| before.ends_with(w))
            || !after.starts_with(['底', '末'])
            || FUTURE.iter().any(|w| said.contains(w))
            || ctx
                .calendar
                .part_at(d.range.start)
                .is_some_and(|(_, plan)| plan)
        {
            continue;
        }
        let end = d.range.end + '底'.len_utf8();
        sink.report(
            d.range.start..end,
            format!(
                "这是{part}的总结，却写到{}的情况：请核对月份。",
                sink.quote(d.range.start..end)
            ),
        );
    }
}

/// Verbs of a document issued or a meeting held: a dated act, done once.
const ISSUED: [&str; 10] = [
    "印发",
    "出台",
    "发布",
    "召开",
    "举办",
    "批复",
    "审议通过",
    "成立",
    "组建",
    "挂牌",
];

/// “2026年10月31日，省政府办公厅印发……” in a report written by February
/// 2026, anywhere in it (the notes at its end too): a document issued or
/// a meeting held on a day after the report was written.
fn issued_after(
    ctx: &Ctx<'_>,
    report: std::ops::Range<usize>,
    by: (u32, u32),
    sink: &mut Sink<'_>,
) {
    let text = ctx.text;
    for d in ctx.calendar.dates_within(report) {
        let Some(y) = d.year else {
            continue;
        };
        if (y, d.month) <= by {
            continue;
        }
        // The act in the date's clause or the next (“2026年10月31日，省政府
        // 办公厅印发”), none of it said of the future.
        let Some(sentence) = ctx.marks.layout().sentence_at(d.range.start) else {
            continue;
        };
        let sentence = sentence.whole.clone();
        let reach =
            crate::chars::floor_boundary(text, (d.range.end + ISSUED_REACH).min(sentence.end));
        let after = &text[d.range.end..reach];
        let from = crate::chars::floor_boundary(text, d.range.start.saturating_sub(LOOK_BACK))
            .max(sentence.start);
        let before = &text[from..d.range.start];
        if !ISSUED.iter().any(|w| after.contains(w))
            || FUTURE
                .iter()
                .any(|w| after.contains(w) || before.contains(w))
            || after.starts_with(['起', '前', '底'])
        {
            continue;
        }
        let (wy, wm) = by;
        sink.report(
            d.range.clone(),
            format!(
                "本报告作于{wy}年{wm}月或之前，这里却写{}已经印发、召开或成立的事：请核对日期。",
                sink.quote(d.range.clone())
            ),
        );
    }
}

/// How far back from a figure or a date its sentence is read for words of
/// the future, a year or a period, in bytes (about 60 characters).
const LOOK_BACK: usize = 180;

/// How far after a date its act may stand, in bytes (about twenty
/// characters: “，省政府办公厅印发”).
const ISSUED_REACH: usize = 60;

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
            "2023年工作总结\n一、2023年工作情况\n全年完成项目12个，力争2024年再新增10个。\n2022年已完成一期工程。\n",
            "2023年工作总結\n一、2023年工作情況\n預計2024年建成投產。\n",
            "2023年工作總結\n一、2023年工作情況\n目前已到位部分資金,擬于2024年分步完成改制。\n",
            "某县2026年政府工作报告\n——2026年2月2日在某县人民代表大会上\n各位代表：\n一、2025年工作回顾\n2026年1月，县医院新院区投入使用。接待游客人次创2006年以来新高。\n二、2026年工作安排\n2026年以来，项目加快推进。\n",
            "某开发区上半年工作总结及下半年计划\n一、上半年工作情况\n今年1-6月份，全区建设项目共52个，总投资20亿元。\n二、下半年工作计划\n力争1-9月完成投资30亿元。\n",
            // A quarter's summary written in April counts to April's end; a
            // month ahead is a plan.
            "某县2024年第一季度工作总结\n一、一季度工作情况\n截至4月底，已开工项目12个。截至6月底，力争开工项目20个。\n二、二季度工作打算\n截至6月底开工项目30个。\n",
            // Without the page's stamp a summary of 2020 may be written in
            // February 2021; a month's deadline is a plan.
            "某区统计局2020年工作总结\n一、2020年工作完成情况\n一是健全机制。2021年1月组建由分管副区长牵头的工作专班。\n二、2021年工作计划\n2021年6月底前挂牌运行。\n",
            // A document issued before the report, and a meeting to be held after it.
            "某县2026年政府工作报告\n——2026年2月2日在某县人民代表大会上\n各位代表：\n一、2025年工作回顾\n抓好项目。\n二、2026年工作安排\n抓好项目。\n注释：\n1.稳增长“12条”：2025年10月31日，县政府办公室印发。\n2.将于2026年9月20日召开全县民营经济大会。\n",
            ])
            .fail([
                "某县2024年第一季度工作总结\n一、一季度工作情况\n全县纳入本季度计划的项目共52个，截至6月底，已开工项目12个。\n二、二季度工作打算\n抓好项目。\n",
                // A group set up after the page that carries the summary was
                // published.
                "发文时间：2020-12-31 | 发布日期：2020-12-31 |\n某区统计局2020年工作总结\n一、2020年工作完成情况\n一是健全机制。2021年1月组建由分管副区长牵头的工作专班。\n二、2021年工作计划\n抓好普查。\n",
                "某省2026年政府工作報告\n各位代表：\n一、2025年工作回顧\n2026年來本市就業的外籍人才較2020年增長85%。\n二、2026年工作安排\n抓好項目。\n",
            "某县2026年政府工作报告\n——2026年2月2日在某县人民代表大会上\n各位代表：\n一、2025年工作回顾\n县医院新院区于2026年6月投入使用。\n二、2026年工作安排\n抓好项目。\n",
            "某开发区上半年工作总结及下半年计划\n一、上半年工作情况\n今年1-8月份，全区建设项目共52个，总投资20亿元。\n二、下半年工作计划\n抓好项目。\n",
            // Issued on a day after the report was written, told in its notes.
            "某县2026年政府工作报告\n——2026年2月2日在某县人民代表大会上\n各位代表：\n一、2025年工作回顾\n抓好项目。\n二、2026年工作安排\n抓好项目。\n注释：\n1.稳增长“12条”：2026年10月31日，县政府办公室印发。\n",
            "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n接待游客人次创2026年以来新高。\n二、2026年工作安排\n抓好项目。\n",
            "某省2026年政府工作报告\n各位代表：\n五年来主要成绩和2025年工作回顾\n城北快速路于2027年建成通车。\n今后五年主要目标和2026年重点工作\n抓好项目。\n",
            "2023年工作总结\n一、2023年工作情况\n2024年已完成技改项目12个。\n二、2024年工作计划\n2024年完成技改项目15个。\n",
            "某省2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n2026年来本市就业的外籍人才较2020年增长85%。\n二、2026年工作安排\n抓好项目。\n",
            ])
            .test_and_snapshot();
    }

    #[test]
    fn the_settings_year_serves_a_report_whose_title_names_none() {
        let text = "县科技局工作总结\n一、工作情况\n2025年已完成技改项目12个。\n";
        let fired = |year: Option<u32>| {
            let config = crate::Config {
                year,
                ..crate::Config::default()
            };
            crate::check(text, &config)
                .findings
                .iter()
                .filter(|f| f.rule == "later-year-done")
                .count()
        };
        assert_eq!(fired(None), 0);
        assert_eq!(fired(Some(2024)), 1);
        assert_eq!(fired(Some(2025)), 0);
        // A year in the title wins over the settings'.
        let titled = text.replacen("县科技局", "县科技局2025年", 1);
        let config = crate::Config {
            year: Some(2024),
            ..crate::Config::default()
        };
        let report = crate::check(&titled, &config);
        assert!(report.findings.iter().all(|f| f.rule != "later-year-done"));
    }
}
