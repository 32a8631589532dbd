//! `body-format`: body paragraphs of a Word file set as a 公文 in the
//! body's font and size — GB/T 9704-2012: 三号仿宋 — or the office's own.
//! Paragraphs wrong the same way are one finding, at the first, with the
//! lines of the others.

use super::{font_and_size, report_grouped};
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::typeset::Role;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "body-format",
        title: "正文字体字号",
        category: Category::Layout,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "Word 文件（按公文排版的）正文段落不是仿宋三号（GB/T 9704-2012；可在 gongwen.toml 的 [layout] 中改）。同样问题的段落合为一条，列出各段行号。粘贴的文本不查。",
            why: "从别处复制来的段落常带着原来的字体字号，混在正文里很难发现。",
            bad: "青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n全年新增科技型中小企业35家。\n",
            good: "青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let standard = &ctx.config.layout;
    let body = ctx
        .typeset
        .paragraphs
        .iter()
        .filter(|p| p.role == Role::Body);
    report_grouped(ctx, sink, body, "段", |f| {
        font_and_size(f, &standard.body_fonts, standard.body_size_pt, "正文")
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::layout::example_config;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .config(example_config())
            .pass(["青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n一、主要工作\n"])
            .fail([
                "青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n全年新增科技型中小企业35家。\n",
            ])
            .test_and_snapshot();
    }
}
