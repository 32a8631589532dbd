//! `published-before`: a report whose page says it was published before it
//! could have been written — a summary of the whole of 2022 published on
//! 2022-02-16, or a 政府工作报告 whose dateline falls after the page that
//! carries it (——2026年2月7日 on a page stamped 2026-01-31).

use crate::calendar::Date;
use crate::finding::{Category, Severity};
use crate::layout::{Layout, BLANKS};
use crate::outline::Genre;
use crate::page::stamp_label_before;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "published-before",
        title: "发布日期早于报告内容",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "网页上的发布时间（“发布日期：2022-02-16”“时间：2022-02-06”或单独一行的日期时间）不能早于报告写成的时间：总结某年全年工作的报告，不会在那一年的10月以前发布，总结某年（或其上半年）的报告，不会在那一年开始以前发布；政府工作报告的题注日期，不能晚于登载它的页面的发布时间。",
            why: "转载或改写时常把报告年份、题注日期改错一处，页面上留下的发布时间正好能对出来。",
            bad: "某县2022年工作总结\n发布日期：2022-02-16\n2022年，全县工业经济稳中有进。\n",
            good: "某县2022年工作总结\n发布日期：2023-02-16\n2022年，全县工业经济稳中有进。\n",
        },
    },
    check,
};

/// Words of a title that make a report cover part of a year.
const PART_YEAR: [&str; 6] = ["上半年", "下半年", "季度", "月", "半年", "要点"];

/// The month before which a summary of a whole year cannot be published.
const SUMMARY_MONTH: u32 = 10;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (k, report) in ctx.outline.reports.iter().enumerate() {
        // The page's stamp (in its details, which the page model holds) —
        // for the first report also one above its title — else a date
        // alone on a line of the report.
        let from = if k == 0 { 0 } else { report.range.start };
        let stamped = ctx.page.stamps_within(from..report.range.end).next();
        let dates = ctx.calendar.dates_within(from..report.range.end);
        let Some(page) = stamped.or_else(|| {
            dates
                .iter()
                .find(|d| is_page_date(text, ctx.marks.layout(), d))
        }) else {
            continue;
        };
        let (Some(py), Some(pd)) = (page.year, page.day) else {
            continue;
        };
        let published = (py, page.month, pd);
        let head = &report.head;
        // A 政府工作报告 delivered after the page that carries it.
        if head.genre == Some(Genre::GovWork) {
            if let Some(dateline) = dates
                .iter()
                .find(|d| crate::calendar::dateline_session(text, ctx.marks.layout(), d).is_some())
            {
                if let (Some(y), Some(day)) = (dateline.year, dateline.day) {
                    if (y, dateline.month, day) > published {
                        sink.report(
                            dateline.range.clone(),
                            format!(
                                "题注说报告作于{}，而登载它的页面发布于{}，早于作报告的日子，请核对题注日期。",
                                sink.quote(dateline.range.clone()),
                                sink.quote(page.range.clone())
                            ),
                        )
                        .with_related(page.range.clone(), "页面发布时间".to_owned());
                    }
                }
            }
            continue;
        }
        // A summary of a whole year, published before that year's end.
        // The year summed up: the title's, or the opening's when that is
        // later (a title left from another year does not make the page's
        // date possible).
        let opening = head
            .opening
            .as_ref()
            .and_then(|o| crate::text::opening_year(text, o.clone()))
            .map(|(y, _)| y);
        let Some(year) = head.year.max(opening.filter(|_| head.year.is_some())) else {
            continue;
        };
        // A summary of a year (or part of it) published before that year
        // began (2023年半年度工作总结 on a page of 2022-08-31).
        if matches!(
            head.genre,
            Some(Genre::Annual | Genre::Summary | Genre::HalfYear)
        ) && year > py
        {
            let finding = sink.report(
                page.range.clone(),
                format!(
                    "页面发布于{}，而报告总结的是{year}年的工作，那时这一年还没有开始，请核对报告年份或发布时间。",
                    sink.quote(page.range.clone())
                ),
            );
            // Either may be wrong: the title's year is shown too.
            if let Some(at) = title_year(text, head, year) {
                finding.with_related(at, "报告年份".to_owned());
            }
            continue;
        }
        let whole_year = matches!(head.genre, Some(Genre::Annual | Genre::Summary))
            && head.title.as_ref().is_some_and(|t| {
                let title = &text[t.clone()];
                !PART_YEAR.iter().any(|w| title.contains(w))
            });
        if whole_year && py == year && page.month < SUMMARY_MONTH {
            sink.report(
                page.range.clone(),
                format!(
                    "页面发布于{}，而报告总结的是{year}年全年的工作，那时这一年还没有过完，请核对报告年份或发布时间。",
                    sink.quote(page.range.clone())
                ),
            );
        }
    }
}

/// Where the title writes `year` (2023年 of 2023年半年度工作总结).
fn title_year(
    text: &str,
    head: &crate::outline::roles::Head,
    year: u32,
) -> Option<std::ops::Range<usize>> {
    let title = head.title.clone()?;
    let word = format!("{year}年");
    let at = title.start + text[title].find(&word)?;
    Some(at..at + word.len())
}

/// Whether `d` is a page's publication stamp: after a label (发布日期：) on
/// its line, or alone on its line with a time.
/// A page's stamp the page model did not read as a line of details: a
/// date after a stamp's label, or alone on its line with a time of day
/// after it at most (2026-01-31 07:00:44).
fn is_page_date(text: &str, layout: &Layout, d: &Date) -> bool {
    let Some(line) = layout.line_at(d.range.start) else {
        return false;
    };
    let before = &text[line.body.start..d.range.start];
    let labelled = stamp_label_before(before);
    let rest = &text[d.range.end.min(line.body.end)..line.body.end];
    let alone = before
        .trim_end_matches(|c: char| c == '：' || c == ':' || BLANKS.contains(&c))
        .trim()
        .is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || c == ':' || BLANKS.contains(&c));
    (labelled || alone) && d.year.is_some() && d.day.is_some()
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "某局2022年上半年工作总结\n来源：区科工局   2022-07-31 15:14\n上半年，全区工业稳中有进。\n",
                "某县2022年工作总结\n发布日期：2023-02-16\n2022年，全县工业经济稳中有进。\n",
                "某县2022年工作总结\n发布时间：2022-12-26 09:20\n2022年，全县工业经济稳中有进。\n",
                // Part of a year.
                "某县2022年上半年工作总结\n发布日期：2022-07-06\n上半年，全县工业经济稳中有进。\n",
                // A plan for the year is published early in it.
                "某县2022年工作要点\n发布日期：2022-02-16\n一、抓好项目建设。\n",
                "某省2026年政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n2026-01-31 07:00:44\n各位代表：\n",
            ])
            .fail([
                // A half-year summary published before its year began.
                "某局2023年上半年工作总结\n来源：区科工局   2022-07-31 15:14\n上半年，全区工业稳中有进。\n",
                // The title left from another year; the opening sums up 2022.
                "某县2021年工作总结\n发布日期：2022-03-16\n2022年，全县工业经济稳中有进，规上工业增加值增长6%，各项工作都取得了新的进展。\n一、主要工作\n全年新增企业12家。\n",
                "某县2022年工作总结\n发布日期：2022-02-16\n2022年，全县工业经济稳中有进。\n",
                "某县2022年工作总结\n来源：县发改局 时间:2022-03-18 10:42\n2022年，全县工业经济稳中有进。\n",
                "某省2026年政府工作报告\n——2026年2月7日在某省第十四届人民代表大会第四次会议上\n2026-01-31 07:00:44\n各位代表：\n",
                "某縣2022年工作總結\n發布日期：2022-02-16\n2022年，全縣工業經濟穩中有進。\n",
            ])
            .test_and_snapshot();
    }
}
