//! `unfilled-mark`: other blank marks — ××, 某某, ○○, □□ and underscore
//! blanks — left where a figure or a name belongs.

use super::report_unfilled;
use crate::finding::{Category, Severity};
use crate::placeholder::Form;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "unfilled-mark",
        title: "××占位未填",
        category: Category::Placeholder,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "用 ××、某某、○○、□□ 或下划线 ____ 留出的空白，如 ××县、某某公司、完成____万元。",
            why: "这些符号是模板里“此处待填”的记号，留在上报稿里说明内容没有写完。",
            bad: "××县某某公司完成投资____万元，带动□□户增收。",
            good: "某企业完成投资3×4万元，规格2××3，二〇二三年。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    // Any blank mark: `of` matches marks whatever their description.
    report_unfilled(ctx, sink, Form::Mark(""));
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "3×4",
                "长×宽",
                "某企业",
                "二〇二三年",
                "□是 □否",
                "file__name",
                "12××34",
            ])
            .fail([
                "××县",
                "×××同志",
                "新增×家",
                "某某公司",
                "○○镇",
                "□□户",
                "完成____万元",
                "完成＿＿万元",
            ])
            .test_and_snapshot();
    }
}
