//! `doubled-punctuation`: two marks where one belongs — “，，”, “。。”,
//! “质量,。” — as a deletion slip leaves them.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "doubled-punctuation",
        category: Category::Punctuation,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "句中点号连用：“，，”“。。”“，。”“；。”等，多是删改时留下的。修复会删去前一个，保留后一个。省略号……、破折号——和“？！”不算。",
            why: "两个点号连在一起是明显的校对疏漏。",
            bad: "全年工业经济运行质量,。稳中有进，，效益提升。",
            good: "全年工业经济运行稳中有进……效益提升——这是关键！？",
        },
    },
    check,
};

/// Marks that end or split a clause.
const MARKS: &[char] = &['，', ',', '、', '；', ';', '：', '。'];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let Some(&(j, d)) = chars.peek() else {
            break;
        };
        if !MARKS.contains(&c) || !MARKS.contains(&d) {
            continue;
        }
        let end = j + d.len_utf8();
        let shown = sink.quote(i..end);
        sink.report(i..end, format!("“{shown}”两个点号连用，应只保留一个。"))
            .with_fix(Fix::delete(format!("删去“{c}”"), Applicability::Safe, i..j));
        chars.next();
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
                "全年工业经济运行稳中有进……效益提升——这是关键！？",
                "全年新增企业12家，同比增长20%。",
            ])
            .fail([
                "全年工业经济运行质量,。稳中有进，，效益提升。",
                "完成投资12亿元；。",
            ])
            .fix([("质量,。稳中有进", "质量。稳中有进")])
            .test_and_snapshot();
    }
}
