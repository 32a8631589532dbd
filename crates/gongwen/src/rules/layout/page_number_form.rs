//! `page-number-form`: the page numbers of a Word file set as a 公文.
//! GB/T 9704-2012 (7.5): a number in Arabic digits with a 一字线 (—) on
//! each side, `— 1 —`; not 第1页, -1- or the number alone. Read from the
//! footers that show the page's number; reported once, on the first
//! paragraph.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "page-number-form",
        title: "页码格式",
        category: Category::Layout,
        severity: Severity::Info,
        fix: FixAvailability::None,
        docs: Docs {
            what: "Word 文件（按公文排版的）页脚中的页码不是“— 1 —”的形式（GB/T 9704-2012：阿拉伯数字，左右各一条一字线），如“第1页”“-1-”或只有数字。粘贴的文本不查。",
            why: "页码格式是公文格式检查的常见扣分项。",
            bad: "青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n",
            good: "青石县2025年工作总结\n全年新增企业12家。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let Some(first) = ctx.typeset.paragraphs.first() else {
        return;
    };
    let wrong: Vec<&String> = ctx
        .typeset
        .page_numbers
        .iter()
        .filter(|f| !is_standard(f))
        .collect();
    let Some(shown) = wrong.first() else {
        return;
    };
    let shown = shown.trim().replace("{PAGE}", "1");
    sink.report(
        first.range.clone(),
        format!("页码为“{shown}”的形式，公文页码应为“— 1 —”（阿拉伯数字，左右各一条一字线）。"),
    );
}

/// `— {PAGE} —`, spaces or none around the number.
fn is_standard(footer: &str) -> bool {
    let t: String = footer.chars().filter(|c| !c.is_whitespace()).collect();
    t == "—{PAGE}—"
}

#[cfg(test)]
mod tests {
    use super::{is_standard, RULE};
    use crate::rules::layout::example_config;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .config(example_config())
            .pass(["青石县2025年工作总结\n全年新增企业12家。\n"])
            .fail(["青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n"])
            .test_and_snapshot();
        assert!(is_standard("— {PAGE} —"));
        assert!(is_standard("—{PAGE}—"));
        for wrong in [
            "第{PAGE}页",
            "-{PAGE}-",
            "{PAGE}",
            "－ {PAGE} －",
            "第{PAGE}页 共3页",
        ] {
            assert!(!is_standard(wrong), "{wrong}");
        }
    }
}
