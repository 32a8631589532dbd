//! `relative-year`: “去年（2024年）” in a report whose 去年 is 2025 — a
//! relative year glossed with a year that does not fit it. What 今年 means
//! comes from the calendar model.

use crate::finding::{Category, Severity};
use crate::lexicon::Lexicon;
use crate::outline::Genre;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::years;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "relative-year",
        title: "今年去年明年括注不符",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“今年（2025年）”“去年（2024年）”“明年（2026年）”括注的年份，以及政府工作报告中“刚刚过去的2025年”，要与报告年度相符。",
            why: "这类括注多半是从上一年的稿子里沿用下来的，改了正文年份却漏了括号里的。",
            bad: "2025年工作总结\n今年（2024年）全县经济稳中有进，去年（2022年）基数较低。\n",
            good: "2025年工作总结\n今年（2025年）全县经济稳中有进，去年（2024年）基数较低。\n",
        },
    },
    check,
};

/// Relative words and how far from 今年 each is; 刚刚过去的 (the year just
/// ended) only in a 政府工作报告, delivered early in the year it plans.
static RELATIVE: LazyLock<Lexicon<(i64, bool)>> = LazyLock::new(|| {
    Lexicon::new([
        ("今年", (0, false)),
        ("本年", (0, false)),
        ("去年", (-1, false)),
        ("上年", (-1, false)),
        ("明年", (1, false)),
        ("刚刚过去的", (-1, true)),
    ])
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (word, (offset, gov_only)) in RELATIVE.find_iter(text) {
        // The year glossed right after: （2024年） or 2024年.
        let rest =
            &text[word.end..crate::text::floor_boundary(text, (word.end + 16).min(text.len()))];
        let bracket = rest.starts_with(['（', '(']);
        let inner = if bracket {
            &rest[rest.chars().next().map_or(0, char::len_utf8)..]
        } else {
            rest
        };
        let Some((written, r)) = years(inner)
            .into_iter()
            .next()
            .filter(|(_, r)| r.start == 0)
        else {
            continue;
        };
        if !bracket && !gov_only {
            continue;
        }
        let Some(report) = ctx.calendar.report_at(word.start) else {
            continue;
        };
        let genre = ctx
            .outline
            .reports
            .iter()
            .find(|r| r.range.start <= word.start && word.start < r.range.end)
            .and_then(|r| r.head.genre);
        if gov_only && genre != Some(Genre::GovWork) {
            continue;
        }
        let Some(this_year) = report.this_year else {
            continue;
        };
        let Ok(expected) = u32::try_from(i64::from(this_year) + offset) else {
            continue;
        };
        if written == expected {
            continue;
        }
        let at = word.end + (rest.len() - inner.len()) + r.start;
        let year_range = at..at + (r.end - r.start);
        let said = sink.quote(word.clone());
        let message = if offset == 0 {
            format!("本报告的“{said}”是{this_year}年，这里写作{written}年，请核对。")
        } else {
            format!("本报告的“今年”是{this_year}年，“{said}”应是{expected}年，这里写作{written}年，请核对。")
        };
        sink.report(year_range, message)
            .with_related(word, "相对的说法".to_owned());
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
                "2025年工作总结\n今年（2025年）全县经济稳中有进，去年（2024年）基数较低。\n",
                "某县2026年政府工作报告\n各位代表：\n刚刚过去的2025年，极不平凡。\n",
                // No report year: nothing to compare with.
                "全县经济运行平稳\n去年（2024年）基数较低。\n",
                "2025年工作总结\n去年同期2024年的数字偏低。\n",
            ])
            .fail([
                "2025年工作总结\n今年（2024年）全县经济稳中有进。\n",
                "某县2026年政府工作报告\n各位代表：\n刚刚过去的2024年，极不平凡。力争比去年（2024年）更好。\n",
            ])
            .test_and_snapshot();
    }
}
