//! `chinese-zero`: a year in Chinese numerals whose zero is not 〇 —
//! 二0二三年, 二O二三年, 二○二三年 (a circle from the symbol block), 二零二三年.
//! GB/T 15835—2011 writes the zero of a year in Chinese numerals as 〇.
//! The fix puts 〇 in its place.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{chinese_years, is_false_zero};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "chinese-zero",
        title: "年份中的〇",
        category: Category::Wording,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "用汉字写的年份里，“零”要写作“〇”：“二0二三年”“二O二三年”“二○二三年”“二零二三年”都应为“二〇二三年”（GB/T 15835—2011《出版物上数字用法》）。阿拉伯数字0、字母O、几何符号○混进汉字年份，多是输入法或排版造成的。可一键改正。",
            why: "年份写错是落款和标题里最显眼的问题。",
            bad: "二0二三年工作总结\n二O二四年一月五日",
            good: "二〇二三年工作总结\n三千零五十家",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for range in chinese_years(ctx.text) {
        let digits = &ctx.text[range.clone()];
        if !digits.chars().any(is_false_zero) {
            continue;
        }
        let written = sink.quote(range.clone());
        let right: String = digits
            .chars()
            .map(|c| if is_false_zero(c) { '〇' } else { c })
            .collect();
        sink.report(
            range.clone(),
            format!("“{written}年”中的零应写作“〇”：“{right}年”（GB/T 15835—2011）。"),
        )
        .with_fix(Fix::change_to(Applicability::Safe, range, &right));
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
                "二〇二三年工作总结",
                "全县三千零五十家企业，一年零三个月。",
                "2020年，二〇二〇年。",
            ])
            .fail([
                "二0二三年工作总结",
                "二O二四年一月五日，二○二二年，二零二三年。",
                "二０二三年工作總結",
            ])
            .fix([("二0二三年工作总结", "二〇二三年工作总结")])
            .test_and_snapshot();
    }
}
