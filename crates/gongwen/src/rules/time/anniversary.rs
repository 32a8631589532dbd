//! `anniversary`: “2026年是中国共产党成立104周年” — an anniversary that does
//! not fit the year the sentence speaks of. The events and their years are
//! data (`calendar/anniversaries.json`, with sources); the year comes from
//! the calendar model.

use crate::calendar::{anniversaries, Anniversary, YearSource};
use crate::finding::{Category, Severity};
use crate::lexicon::Lexicon;
use crate::number::chinese;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{floor_boundary, is_digit};
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "anniversary",
        title: "周年数与年份不符",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“建党N周年”“新中国成立N周年”“抗战胜利N周年”“长征胜利N周年”“改革开放N周年”以及“改革开放30多年”等，按事件年份（建党1921年、新中国成立1949年、抗战胜利1945年、长征胜利1936年、改革开放1978年、各自治区成立之年……）和句子所说的年份计算：句中写明的年份、“今年/去年/明年”，或所在部分（回顾或计划）的年份。",
            why: "周年数最容易随旧稿沿用或心算出错，一个数字就会让整段话显得不严谨。",
            bad: "2026年是中国共产党成立104周年，也是红军长征胜利85周年。",
            good: "2026年是中国共产党成立105周年，也是红军长征胜利90周年。",
        },
    },
    check,
};

/// Every way of naming an event, with the index of its entry.
static EVENTS: LazyLock<Lexicon<usize>> = LazyLock::new(|| {
    Lexicon::new(
        anniversaries()
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.words.iter().map(move |w| (w.as_str(), i))),
    )
});

/// Words that look ahead to an anniversary still to come.
const AHEAD: [&str; 7] = ["迎接", "迎来", "献礼", "喜迎", "即将", "前夕", "筹备"];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // Plain substring searches: an automaton over the whole text costs
    // several times more on Chinese.
    let many: Vec<usize> = text.match_indices("多年").map(|(at, _)| at).collect();
    let anniversaries = text.match_indices("周年").map(|(at, _)| at);
    many_years(ctx, &many, sink);
    for at in anniversaries {
        let Some((n, number)) = number_before(text, at) else {
            continue;
        };
        let Some(event) =
            event_before(text, number.start).or_else(|| own_region(ctx, number.start))
        else {
            continue;
        };
        let Some(sentence) = ctx.marks.layout().sentence_at(at).map(|s| s.whole.clone()) else {
            continue;
        };
        let dated = dated_before(ctx, sentence.start, number.start)
            .map(|(y, r)| (y, YearSource::Written(r)));
        let Some((year, source)) =
            dated.or_else(|| ctx.calendar.year_of(text, sentence.clone(), number.start))
        else {
            continue;
        };
        let Some(expected) = year.checked_sub(event.year) else {
            continue;
        };
        let ahead = AHEAD.iter().any(|w| text[sentence.clone()].contains(w));
        // Looking ahead (迎接), the next anniversary or the one after may
        // be meant; a review may look back over the years before its own
        // (过去五年).
        let (back, on) = match source {
            YearSource::Written(_) | YearSource::Part { plan: true } => (0, 0),
            YearSource::Part { plan: false } => (4, 0),
        };
        let on = if ahead { on + 2 } else { on };
        let fits = n + back >= expected && n <= expected + on;
        if fits || n == 0 {
            continue;
        }
        let said = sink.quote(number.start..at + "周年".len());
        let basis = match &source {
            YearSource::Written(r) => format!("句中说的是“{}”", sink.quote(r.clone())),
            YearSource::Part { plan: true } => format!("这一部分计划的是{year}年"),
            YearSource::Part { plan: false } => format!("这一部分回顾的是{year}年"),
        };
        let finding = sink.report(
            number.start..at + "周年".len(),
            format!(
                "{basis}：{year} − {} = {expected}，应为{expected}周年，文中写作“{said}”，请核对。",
                event.year
            ),
        );
        if let YearSource::Written(r) = source {
            finding.with_related(r, "所说的年份".to_owned());
        }
    }
}

/// The number right before 周年 at `at` (105, 一百零五) and its range.
/// “改革开放30多年来”: N多年 since an event is more than N years and fewer
/// than N + 10, counted to the year the sentence speaks of.
fn many_years(ctx: &Ctx<'_>, at: &[usize], sink: &mut Sink<'_>) {
    let text = ctx.text;
    for &at in at {
        let Some((n, number)) = number_before(text, at) else {
            continue;
        };
        // Round tens only (三十多年, 40多年): 5多年 is not said.
        if n < 10 || n % 10 != 0 {
            continue;
        }
        let Some(event) = event_before(text, number.start) else {
            continue;
        };
        let Some(sentence) = ctx.marks.layout().sentence_at(at).map(|s| s.whole.clone()) else {
            continue;
        };
        let Some((year, source)) = ctx.calendar.year_of(text, sentence, number.start) else {
            continue;
        };
        let Some(since) = year.checked_sub(event.year) else {
            continue;
        };
        // A review may speak of the years before its own.
        let back = match source {
            YearSource::Part { plan: false } => 4,
            _ => 0,
        };
        if (n + 1..=n + 9 + back).contains(&since) {
            continue;
        }
        let said = sink.quote(number.start..at + "多年".len());
        let tens = since / 10 * 10;
        let right = if since % 10 == 0 {
            format!("整{since}年")
        } else {
            format!("{tens}多年")
        };
        sink.report(
            number.start..at + "多年".len(),
            format!(
                "到{year}年是{year} − {} = {since}年，应为{right}，文中写作“{said}”，请核对。",
                event.year
            ),
        );
    }
}

fn number_before(text: &str, at: usize) -> Option<(u32, Range<usize>)> {
    let before = &text[floor_boundary(text, at.saturating_sub(24))..at];
    let run: Vec<char> = before
        .chars()
        .rev()
        .take_while(|&c| is_digit(c) || chinese::is_numeral(c))
        .collect();
    if run.is_empty() {
        return None;
    }
    let written: String = run.iter().rev().collect();
    let start = at - written.len();
    let n = if written.chars().all(is_digit) {
        written.chars().try_fold(0u32, |n, c| {
            Some(n * 10 + crate::text::fold_width(c).to_digit(10)?)
        })?
    } else if written.chars().all(chinese::is_numeral) {
        chinese::value(&written)? as u32
    } else {
        return None;
    };
    Some((n, start..at))
}

/// The event named right before the number at `at`.
fn event_before(text: &str, at: usize) -> Option<&'static Anniversary> {
    let before = &text[floor_boundary(text, at.saturating_sub(30))..at];
    EVENTS.suffix(before).map(|(_, i)| &anniversaries()[i])
}

/// A date with its month before the anniversary in its sentence (2024年10月，
/// ……欢庆成立70周年): the year the celebration was held.
fn dated_before(ctx: &Ctx<'_>, from: usize, at: usize) -> Option<(u32, Range<usize>)> {
    let text = ctx.text;
    let (year, range) = crate::text::years_within(ctx.marks, from..at)
        .last()?
        .clone();
    let month = text[range.end..].trim_start_matches(is_digit);
    let digits = text.len() - range.end - month.len();
    (digits > 0 && digits <= 2 && month.starts_with('月')).then_some((year, range))
}

/// “自治区成立70周年”, “和平解放70周年” said bare in a region's own report:
/// the event of the region its title names (新疆维吾尔自治区政府工作报告),
/// as the table gives each its bare words and region.
fn own_region(ctx: &Ctx<'_>, at: usize) -> Option<&'static Anniversary> {
    let text = ctx.text;
    let said = |a: &&'static Anniversary| {
        a.bare
            .as_ref()
            .is_some_and(|b| text[..at].ends_with(b.as_str()))
    };
    let mut bare = anniversaries().iter().filter(said).peekable();
    bare.peek()?;
    let report = ctx
        .outline
        .reports
        .iter()
        .rev()
        .find(|r| r.range.start <= at)?;
    let title = &text[report.head.title.clone()?];
    let mut named = bare.filter(|a| {
        a.region
            .as_ref()
            .is_some_and(|r| title.contains(r.as_str()))
    });
    // One region named, or none is meant.
    let region = named.next()?;
    named.next().is_none().then_some(region)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "西藏自治区2021年政府工作报告\n一、2020年工作回顾\n项目稳步推进。\n二、2021年工作安排\n隆重庆祝和平解放70周年。\n",

                "新疆维吾尔自治区2026年政府工作报告\n2025年10月，全区各族群众欢庆自治区成立70周年。\n",
                // Another region's report: which 自治区 is not known.
                "某县2025年工作总结\n2024年10月，全区各族群众欢庆自治区成立70周年。\n",

                "2025年是新疆维吾尔自治区成立70周年，也是西藏自治区成立60周年。",
                "2021年工作总结\n今年是中国共产党成立100周年。\n",
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n隆重纪念抗战胜利80周年。五年来，我们喜迎建党100周年。\n二、2026年工作安排\n纪念长征胜利90周年。迎接建军100周年。\n",
                // No year to go by.
                "隆重纪念抗战胜利80周年。",
                "2016年工作计划\n一、2016年工作安排\n改革开放30多年来，我们取得了巨大成就。\n",
            ])
            .fail([
                "西藏自治区2021年政府工作报告\n一、2020年工作回顾\n项目稳步推进。\n二、2021年工作安排\n隆重庆祝和平解放60周年。\n",

                // The region's own report says 自治区 bare.
                "新疆维吾尔自治区2025年工作总结\n2024年10月，全区各族群众欢庆自治区成立70周年。\n",
                "新疆維吾爾自治區2025年工作總結\n2024年10月，全區各族群眾歡慶自治區成立70周年。\n",

                "2025年是新疆维吾尔自治区成立60周年。",
                "2026年工作计划\n一、2026年工作安排\n2026年是中国共产党成立104周年。\n",
                "某县2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n隆重纪念抗战胜利七十周年。\n二、2026年工作安排\n纪念长征胜利85周年。\n",
                "2023年工作总结\n去年是新中国成立70周年。\n",
                "2016年工作计划\n一、2016年工作安排\n改革开放20多年来，我县面貌发生深刻变化。\n",
                "2016年工作計劃\n一、2016年工作安排\n改革開放20多年來，我縣面貌發生深刻變化。\n",
            ])
            .test_and_snapshot();
    }
}
