//! `template-label`: a template site's label run into the title — “2021年
//! 工作总结范文及2022年工作安排”, “年终总结及明年要点范文”, “…工作计划精选
//! （范文四篇）”. A report calls itself 总结 or 计划, never a sample essay.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::Needle;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "template-label",
        title: "范文网站的标签",
        category: Category::Junk,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "范文网站给文章加的“范文”字样：紧跟在“总结、计划、要点、报告、安排、打算、汇报、方案”等文种后面的“范文”，以及“（范文四篇）”这样的括注。报告不会称自己为范文。修复会删去这几个字。",
            why: "从范文网站复制来的稿子，标题里常带着“范文”，一眼就能看出来路。",
            bad: "青溪县科技局2023年工作总结范文及2024年工作计划",
            good: "青溪县科技局2023年工作总结及2024年工作计划\n组织开展优秀范文评选。",
        },
    },
    check,
};

/// The kinds of document a template site labels 范文.
const GENRES: [&str; 9] = [
    "总结", "计划", "要点", "报告", "安排", "打算", "汇报", "方案", "材料",
];

static SAMPLE: LazyLock<Needle> = LazyLock::new(|| Needle::new("范文"));

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for at in SAMPLE.find_iter(text) {
        let word = SAMPLE.word();
        let before = &text[..at];
        let after = &text[at + word.len()..];
        // “（范文四篇）”: the bracket and its count go with it.
        let bracketed = before.ends_with(['（', '(']) && {
            let close = after.find(['）', ')']);
            close.is_some_and(|k| k <= 12 && after[..k].ends_with('篇'))
        };
        let range = if bracketed {
            let open = before.len() - before.chars().next_back().map_or(0, char::len_utf8);
            let k = after.find(['）', ')']).unwrap_or(0);
            let close = after[k..].chars().next().map_or(0, char::len_utf8);
            open..at + word.len() + k + close
        } else if GENRES.iter().any(|g| before.ends_with(g)) {
            at..at + word.len()
        } else {
            continue;
        };
        let shown = sink.quote(range.clone());
        sink.report(
            range.clone(),
            format!("“{shown}”是范文网站加的标签，不是报告内容，应删去。"),
        )
        .with_fix(Fix::delete(
            format!("删去“{shown}”"),
            Applicability::Safe,
            range,
        ));
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
                "青溪县科技局2023年工作总结及2024年工作计划\n组织开展优秀范文评选。\n",
                "学习范文澜的史学著作。",
            ])
            .fail([
                "青溪县科技局2023年工作总结范文及2024年工作计划",
                "商務局年終總結及明年工作要點范文",
                "2024年水务局工作总结及工作计划精选(范文三篇)",
            ])
            .test_and_snapshot();
    }
}
