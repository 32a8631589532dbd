//! `variant-form`: 异形词 — a word written in the form the national
//! standard does not recommend (成份 for 成分, 磨擦 for 摩擦, 帐户 for
//! 账户), from the table in `words.json` (mostly the 第一批异形词整理表).
//! The recommended form is a safe fix.

use super::table::{cite, report, Kind};
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "variant-form",
        title: "异形词",
        category: Category::Wording,
        severity: Severity::Info,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "异形词：同一个词的非推荐写法，如“成份”（成分）、“磨擦”（摩擦）、“精采”（精彩）、“台帐”（台账）。词表依据《第一批异形词整理表》（GF 1001—2001）和《现代汉语词典》（第7版），约九十条；会误伤的写法加了例外（如“构成份额”中的“成份”不报）。可一键改为推荐写法。",
            why: "公文应使用规范词形；同一份材料里两种写法混用也显得不严谨。",
            bad: "优化产业成份，建立工作台帐。",
            good: "优化产业成分，建立工作台账；构成份额稳定。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    report(Kind::Variant, ctx, sink, |written, right, entry| {
        format!(
            "“{written}”是不推荐的写法，规范词形为“{right}”（{}）。",
            cite(entry)
        )
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;
    use crate::rules::wording::table::{assert_every_entry, Kind};

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "优化产业成分，建立工作台账。",
                "企业构成份额稳定，超过份额部分按规定处理。",
            ])
            .fail(["优化产业成份，建立工作台帐。", "建立工作檯帳。"])
            .fix([("建立工作台帐。", "建立工作台账。")])
            .test_and_snapshot();
    }

    /// Every entry: its wrong form is reported and fixed, in simplified
    /// and traditional text; its right form and exceptions are not.
    #[test]
    fn every_entry_has_a_bad_and_a_good_example() {
        assert_every_entry(Kind::Variant, RULE.meta.name);
    }
}
