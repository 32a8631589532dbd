//! `line-spacing`: the line pitch of a Word file set as a 公文. GB/T
//! 9704-2012 asks for 22 lines on the type area, which offices set as an
//! exact spacing of 28 to 29 pt (or single spacing on a document grid of
//! 22 lines); `[layout]`'s `line_pt` gives the office's own range.
//! Paragraphs spaced the same wrong way are one finding.

use super::{pitch, report_grouped, size_pt};
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::typeset::Role;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "line-spacing",
        title: "行距",
        category: Category::Layout,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "Word 文件（按公文排版的）正文和层级标题的行距不在 28–29 磅（固定值；或单倍行距配每页 22 行的文档网格）之内（GB/T 9704-2012 每页 22 行；可在 gongwen.toml 的 [layout] 中改）。同样行距的段落合为一条。标题不查。粘贴的文本不查。",
            why: "行距不一，每页行数就不是 22 行，页面松紧不齐。",
            bad: "青石县科技局2025年工作总结\n全年登记技术合同86项。\n",
            good: "青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let standard = &ctx.config.layout;
    let [low, high] = standard.line_pt;
    let page = ctx.typeset.page.as_ref();
    let text_lines = ctx
        .typeset
        .paragraphs
        .iter()
        .filter(|p| p.role != Role::Title);
    report_grouped(ctx, sink, text_lines, "段", |f| {
        let (pt, fixed) = pitch(f, page, size_pt(f, standard));
        if fixed && (low - 0.05..=high + 0.05).contains(&pt) {
            return None;
        }
        Some(if fixed {
            format!("行距 {pt:.1} 磅，应为 {low}–{high} 磅")
        } else {
            let times = f64::from(f.line.unwrap_or(240)) / 240.0;
            format!(
                "行距为 {times:.2} 倍行距、未用文档网格（约 {pt:.1} 磅），应为固定值 {low}–{high} 磅"
            )
        })
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::layout::example_format;
    use crate::rules::tester::{findings, Tester};
    use crate::typeset::{LineRule, Page};

    fn config(grid: Option<u32>) -> crate::Config {
        let mut format = example_format();
        if let Some(page) = format.page.as_mut() {
            page.line_pitch = grid;
        }
        crate::Config {
            word_format: Some(format),
            ..crate::Config::default()
        }
    }

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .config(config(None))
            .pass(["青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n"])
            .fail(["青石县科技局2025年工作总结\n全年登记技术合同86项。\n"])
            .test_and_snapshot();
    }

    #[test]
    fn single_spacing_on_a_grid_of_22_lines_is_right() {
        let text = "青石县科技局2025年工作总结\n全年登记技术合同86项。\n";
        assert!(findings(&config(Some(579)), RULE.meta.name, text).is_empty());
        let p = crate::typeset::ParagraphFormat {
            line: Some(360),
            line_rule: LineRule::Auto,
            size: Some(32),
            ..Default::default()
        };
        let grid = Page {
            line_pitch: Some(579),
            ..Page::default()
        };
        // One and a half lines of 三号 no longer fit one grid line.
        let (pt, fixed) = crate::rules::layout::pitch(&p, Some(&grid), 16.0);
        assert!(fixed && pt > 57.0, "{pt}");
    }
}
