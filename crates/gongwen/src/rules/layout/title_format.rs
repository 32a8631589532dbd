//! `title-format`: the title of a Word file set as a 公文 in the title's
//! font and size — GB/T 9704-2012: 二号小标宋 — or the office's own
//! (`[layout]`'s `title_fonts` and `title_size_pt`).

use super::font_and_size;
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::typeset::Role;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "title-format",
        title: "标题字体字号",
        category: Category::Layout,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "Word 文件（按公文排版的）的标题不是小标宋体二号（GB/T 9704-2012；可在 gongwen.toml 的 [layout] 中改为本单位的要求）。粘贴的文本不查。",
            why: "标题字体字号不统一，汇编成册时一眼可见。",
            bad: "青石县科技局2024年工作总结\n全年新增高新技术企业12家。\n",
            good: "青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let standard = &ctx.config.layout;
    for p in ctx
        .typeset
        .paragraphs
        .iter()
        .filter(|p| p.role == Role::Title)
    {
        if let Some(said) = font_and_size(
            p.format,
            &standard.title_fonts,
            standard.title_size_pt,
            "标题",
        ) {
            sink.report(p.range.clone(), format!("{said}。"));
        }
    }
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
            .pass([
                "青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n",
                // A title the file does not have: not judged.
                "青石县科技局2025年工作计划\n全年新增高新技术企业12家。\n",
            ])
            .fail(["青石县科技局2024年工作总结\n全年新增高新技术企业12家。\n"])
            .test_and_snapshot();
    }
}
