//! `page-setup`: the page of a Word file set as a 公文 — A4, and margins
//! that put the type area where GB/T 9704-2012 puts it (top 37 mm, left 28
//! mm, so bottom 35 and right 26; ±1 mm) or where the office's `[layout]`
//! says. Reported once, on the first paragraph.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::typeset::mm;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "page-setup",
        title: "纸张页边距",
        category: Category::Layout,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "Word 文件（按公文排版的）纸张不是 A4，或上、下、左、右页边距与 GB/T 9704-2012 不符（上 37 毫米、下 35 毫米、左 28 毫米、右 26 毫米，允许 ±1 毫米；可在 gongwen.toml 的 [layout] 中改）。粘贴的文本不查。",
            why: "版心位置不对，装订后左边太窄或页码位置不对，印出来不像正式公文。",
            bad: "青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n",
            good: "青石县2025年工作总结\n全年新增企业12家。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (Some(page), Some(first)) = (ctx.typeset.page, ctx.typeset.paragraphs.first()) else {
        return;
    };
    let standard = &ctx.config.layout;
    let off = |twips: u32, want: f64| (mm(twips) - want).abs() > standard.tolerance_mm + 0.05;
    let mut wrong = Vec::new();
    let [w, h] = standard.paper_mm;
    if off(page.width, w) || off(page.height, h) {
        wrong.push(format!(
            "纸张为 {:.1} × {:.1} 毫米，应为 {w} × {h} 毫米（A4）",
            mm(page.width),
            mm(page.height)
        ));
    }
    let names = ["上", "下", "左", "右"];
    let sides = [page.top, page.bottom, page.left, page.right];
    for ((name, side), want) in names.iter().zip(sides).zip(standard.margins_mm) {
        if off(side, want) {
            wrong.push(format!("{name}边距 {:.1} 毫米，应为 {want} 毫米", mm(side)));
        }
    }
    if wrong.is_empty() {
        return;
    }
    sink.report(
        first.range.clone(),
        format!(
            "页面设置与公文格式不符：{}（允许 ±{} 毫米）。",
            wrong.join("；"),
            standard.tolerance_mm
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::layout::example_format;
    use crate::rules::tester::{findings, Tester};
    use crate::typeset::Page;

    fn config(page: Option<Page>) -> crate::Config {
        let mut format = example_format();
        if page.is_some() {
            format.page = page;
        }
        crate::Config {
            word_format: Some(format),
            ..crate::Config::default()
        }
    }

    const TEXT: &str = "青石县科技局2025年工作总结\n全年新增高新技术企业12家。\n";

    #[test]
    fn rule() {
        // Word's defaults: 25.4 mm top and bottom, 31.8 mm left and right.
        Tester::new(&RULE)
            .config(config(None))
            .pass(["青石县2025年工作总结\n全年新增企业12家。\n"])
            .fail([TEXT])
            .test_and_snapshot();
    }

    #[test]
    fn a4_with_the_standard_margins_within_a_millimetre_is_right() {
        let right = Page {
            width: 11906,
            height: 16838,
            top: 2098,
            bottom: 1984,
            left: 1588,
            right: 1474,
            line_pitch: Some(579),
        };
        assert!(findings(&config(Some(right)), RULE.meta.name, TEXT).is_empty());
        let near = Page {
            top: 2098 + 50,
            ..right
        };
        assert!(findings(&config(Some(near)), RULE.meta.name, TEXT).is_empty());
        let letter = Page {
            width: 12240,
            height: 15840,
            ..right
        };
        let found = findings(&config(Some(letter)), RULE.meta.name, TEXT);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("A4"), "{}", found[0].message);
        // No Word file: nothing to say.
        assert!(findings(&crate::Config::default(), RULE.meta.name, TEXT).is_empty());
    }
}
