//! `mixed-year-numerals`: one report's prose writes years both in Arabic
//! numerals (2023年) and in Chinese ones (二〇二三年). GB/T 15835—2011 asks
//! for one form for figures of one kind in one text. Reported once per
//! report, at the first year in the less used form. Titles, the words of
//! headings and short lines (a signature date) are left out: their style
//! is often set apart on purpose.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{chinese_years, years_within};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "mixed-year-numerals",
        title: "年份数字写法不一",
        category: Category::Wording,
        severity: Severity::Info,
        fix: FixAvailability::None,
        docs: Docs {
            what: "同一篇报告的正文里，年份有的写阿拉伯数字（2023年），有的写汉字（二〇二三年）。按GB/T 15835—2011，同一文本中同类数字的写法应一致。每篇报告只提示一次，标在用得少的那种写法第一次出现处；标题、小标题和短行（如落款日期）不计。",
            why: "两种写法混用，多是从不同材料拼接而来，显得不统一。",
            bad: "2023年工作总结\n2023年，全县新增企业12家，较二〇二二年增加3家，各项工作稳步推进。\n",
            good: "2023年工作总结\n2023年，全县新增企业12家，较2022年增加3家，各项工作稳步推进。\n二〇二三年十二月五日\n",
        },
    },
    check,
};

/// Prose lines shorter than this (in characters) are left out.
const SHORT_LINE: usize = 16;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for report in &ctx.outline.reports {
        // A heading's own words (not the prose after it on its line).
        let headings: Vec<Range<usize>> = ctx.outline.headings[report.headings.clone()]
            .iter()
            .map(|h| h.marker.start..h.text.end)
            .collect();
        let in_prose = |r: &Range<usize>| !headings.iter().any(|h| h.contains(&r.start));
        let (mut arabic, mut chinese) = (Vec::new(), Vec::new());
        let lines = ctx.marks.layout().lines();
        let first = lines.partition_point(|l| l.content.start < report.range.start);
        let in_report = lines[first..]
            .iter()
            .take_while(|l| l.content.end <= report.range.end);
        // The head (the title, a dateline under it: 二〇二六年一月二十七日)
        // dates the report; the text starts at the opening, or after the
        // title when there is none.
        let text_start = report.head.opening.as_ref().map(|o| o.start);
        let body = in_report
            .enumerate()
            .filter(|(k, l)| text_start.map_or(*k > 0, |start| l.content.start >= start))
            .map(|(_, l)| l);
        for line in body {
            let content = line.content.clone();
            let s = &text[content.clone()];
            // Cheapest tests first: most lines name no year.
            if s.contains('年') && s.chars().count() >= SHORT_LINE {
                let shift = |r: Range<usize>| r.start + content.start..r.end + content.start;
                // Arabic years start with digits, which are marks.
                arabic.extend(
                    years_within(ctx.marks, content.clone())
                        .iter()
                        .map(|(_, r)| r.clone())
                        .filter(in_prose),
                );
                chinese.extend(
                    chinese_years(s)
                        .into_iter()
                        .map(|r| shift(r.start..r.end + '年'.len_utf8()))
                        .filter(in_prose),
                );
            }
        }
        if arabic.is_empty() || chinese.is_empty() {
            continue;
        }
        let (fewer, more) = if chinese.len() <= arabic.len() {
            (&chinese, &arabic)
        } else {
            (&arabic, &chinese)
        };
        let (f, m) = (sink.quote(fewer[0].clone()), sink.quote(more[0].clone()));
        sink.report(
            fewer[0].clone(),
            format!(
                "本报告正文的年份有{}处写作“{m}”这样的形式，{}处写作“{f}”这样的形式：同类数字应统一写法（GB/T 15835—2011）。",
                more.len(),
                fewer.len()
            ),
        )
        .with_related(more[0].clone(), format!("“{m}”"));
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "政府工作报告\n——二〇二六年一月二十日在某县人民代表大会上\n各位代表：2025年全县经济稳中有进，2026年将继续推进高质量发展，力争2027年再上新台阶。\n",
                "2023年工作总结\n2023年，全县新增企业12家，较2022年增加3家，各项工作稳步推进。\n二〇二三年十二月五日\n",
                "二〇二三年工作总结\n一、二〇二三年工作回顾\n2023年，全县新增企业12家，较2022年增加3家，各项工作稳步推进。\n",
            ])
            .fail([
                "2023年工作总结\n2023年，全县新增企业12家，较二〇二二年增加3家，各项工作稳步推进。\n",
                "2023年工作總結\n2023年，全縣新增企業12家，較二〇二二年增加3家，各項工作穩步推進。\n",
            ])
            .test_and_snapshot();
    }
}
