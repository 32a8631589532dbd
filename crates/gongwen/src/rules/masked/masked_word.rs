//! `masked-word`: words a website's filter replaced — “20d” for 二十大,
//! “d建” for 党建, “***新时代” where a leader's name was — from a table of
//! known masks with their restorations (`masks.json`, each with its source).

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::masked::{MASKS, MASK_LEXICON};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "masked-word",
        title: "敏感词替代写法",
        category: Category::Masked,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "网站过滤敏感词后留下的替代写法：20d（二十大）、d建（党建）、mz生活h（民主生活会）、***新时代（习近平新时代）等，给出原词并可一键恢复；领导人姓名等不能完全确定的恢复需人工确认。",
            why: "从网上转载的材料常带着这些屏蔽写法，留在上报稿里是严重的政治性差错。",
            bad: "深入学习贯彻党的20d精神，扎实开展d建工作。",
            good: "深入学习贯彻党的二十大精神，扎实开展党建工作，发布20dB降噪标准。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (range, i) in ctx.find_iter(&MASK_LEXICON) {
        let mask = &MASKS[i];
        // Part of a Latin word or a figure (`20dB`, `build`): not a mask.
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        let starts_latin = mask.mask.starts_with(|c: char| c.is_ascii_alphabetic());
        let ends_latin = mask.mask.ends_with(|c: char| c.is_ascii_alphanumeric());
        if (starts_latin && latin(char_before(text, range.start)))
            || (ends_latin && latin(char_at(text, range.end)))
            || (mask.mask.starts_with(|c: char| c.is_ascii_digit())
                && char_before(text, range.start).is_some_and(|c| c.is_ascii_digit()))
        {
            continue;
        }
        let shown = sink.quote(range.clone());
        let (applicability, how) = if mask.safe {
            (Applicability::Safe, "")
        } else {
            (Applicability::Unsafe, "（请确认）")
        };
        sink.report(
            range.clone(),
            format!(
                "“{shown}”是网站屏蔽后的写法，原词应为“{}”{how}。",
                mask.original
            ),
        )
        .with_fix(Fix::replace(
            format!("恢复为“{}”", mask.original),
            applicability,
            range,
            &mask.original,
        ));
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
                "深入学习贯彻党的二十大精神，扎实开展党建工作。",
                "发布20dB降噪标准",
                "采用build工具",
                "120d周期",
            ])
            .fail([
                "深入学习贯彻党的20d精神，扎实开展d建工作。",
                "召开mz生活h和组z生活h",
                "以***新时代中国特色社会主义思想为指导",
                "深入學習貫徹黨的20d大精神",
            ])
            .fix([(
                "深入学习贯彻党的20d精神，扎实开展d建工作。",
                "深入学习贯彻党的二十大精神，扎实开展党建工作。",
            )])
            .test_and_snapshot();
    }
}
