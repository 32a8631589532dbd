//! `zodiac-year`: “今年恰逢农历蛇年” in a report whose 今年 is 2026, a horse
//! year. The animal of a year is counted in its twelve-year cycle; the year
//! comes from the calendar model.

use crate::calendar::{zodiac_of, YearSource, ZODIAC};
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "zodiac-year",
        title: "生肖与年份不符",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“今年是农历马年”“2025年恰逢蛇年”这类说法，生肖要与句中所说的年份相符（十二生肖按年份循环：2020年鼠年、2024年龙年、2025年蛇年、2026年马年……）。",
            why: "开头的“今年恰逢……年”最常从去年的稿子里沿用，一看就知道是旧稿。",
            bad: "2026年工作计划\n2026年恰逢农历蛇年，我们要马不停蹄。\n",
            good: "2026年工作计划\n2026年恰逢农历马年，我们要马不停蹄。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (at, _) in text.match_indices('年') {
        let Some(animal) = text[..at].chars().next_back() else {
            continue;
        };
        if !ZODIAC.contains(&animal) {
            continue;
        }
        let start = at - animal.len_utf8();
        // An animal year said as such: 农历蛇年, 生肖, 恰逢…年.
        let lead = crate::text::last_chars(&text[..start], 4);
        if !["农历", "生肖", "逢", "是", "值"]
            .iter()
            .any(|w| lead.contains(w))
        {
            continue;
        }
        let Some(sentence) = ctx
            .marks
            .layout()
            .sentence_at(start)
            .map(|s| s.whole.clone())
        else {
            continue;
        };
        // Only a year the sentence names: a part's year is not enough.
        let Some((year, YearSource::Written(said))) = ctx.calendar.year_of(text, sentence, start)
        else {
            continue;
        };
        let expected = zodiac_of(year);
        if expected == animal {
            continue;
        }
        let shown = sink.quote(start..at + '年'.len_utf8());
        sink.report(
            start..at + '年'.len_utf8(),
            format!("{year}年是农历{expected}年，这里写作“{shown}”，请核对。"),
        )
        .with_related(said, "所说的年份".to_owned());
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
                "2026年工作计划\n2026年恰逢农历马年，我们要马不停蹄。\n",
                "2024年是农历龙年。",
                // Not a year's animal.
                "2026年工作计划\n2026年，养殖肉牛年出栏1万头。\n",
            ])
            .fail([
                "2026年工作计划\n2026年恰逢农历蛇年，我们要马不停蹄。\n",
                "2025年工作总结\n今年是农历龙年。\n",
            ])
            .test_and_snapshot();
    }
}
