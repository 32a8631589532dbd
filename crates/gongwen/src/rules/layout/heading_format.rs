//! `heading-format`: headings of a Word file set as a 公文 in their
//! level's font — GB/T 9704-2012: level 1 (一、) 黑体, level 2 (（一）)
//! 楷体, both 三号 — or the office's own (`[layout]`'s `heading_fonts`).

use super::{font_and_size, report_grouped};
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::typeset::Role;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "heading-format",
        title: "层级标题字体",
        category: Category::Layout,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "Word 文件（按公文排版的）一级标题（一、）不是黑体、二级标题（（一））不是楷体，或字号不是三号（GB/T 9704-2012；可在 gongwen.toml 的 [layout] 中改）。粘贴的文本不查。",
            why: "层级标题靠字体区分层次，字体用错层次就乱了。",
            bad: "青石县科技局2025年工作总结\n一、工作成效\n全年新增高新技术企业12家。\n",
            good: "青石县科技局2025年工作总结\n一、主要工作\n全年新增高新技术企业12家。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let standard = &ctx.config.layout;
    for (level, name) in [(1u8, "一级标题"), (2, "二级标题")] {
        let Some(fonts) = standard.heading_fonts.get(usize::from(level) - 1) else {
            continue;
        };
        let headings = ctx
            .typeset
            .paragraphs
            .iter()
            .filter(|p| p.role == Role::Heading(level));
        report_grouped(ctx, sink, headings, "处", |f| {
            font_and_size(f, fonts, standard.body_size_pt, name)
        });
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
                "青石县科技局2025年工作总结\n一、主要工作\n（一）创新主体\n全年新增高新技术企业12家。\n",
            ])
            .fail(["青石县科技局2025年工作总结\n一、工作成效\n全年新增高新技术企业12家。\n"])
            .test_and_snapshot();
    }
}
