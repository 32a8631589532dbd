//! `government-full-name`: a government named by its short form in a
//! report's title — 青石县政府办公室2025年工作总结 for 青石县人民政府办公室.
//! In a title an institution takes its full name; in the body the short
//! form is fine. 政府工作报告, the name of a kind of report, is left alone.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::WordSet;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "government-full-name",
        title: "标题机关名称用简称",
        category: Category::Naming,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "报告标题中的政府机关用了简称：“某某县政府办公室”应为“某某县人民政府办公室”，“某市政府”应为“某市人民政府”。只查标题，正文中的简称不报；“政府工作报告”是文种名称，不报。可改为全称。",
            why: "公文标题中的发文机关和机构名称应当使用全称或规范化简称，“县政府”在标题中不够规范。",
            bad: "青石县政府办公室2025年工作总结\n今年以来，县政府办公室围绕中心、服务大局。\n",
            good: "青石县人民政府办公室2025年工作总结\n今年以来，县政府办公室围绕中心、服务大局。\n",
        },
    },
    check,
};

static SHORT: LazyLock<WordSet> = LazyLock::new(|| {
    let words: Vec<String> = ["省", "市", "县", "区", "州", "旗", "镇", "乡"]
        .iter()
        .map(|l| format!("{l}政府"))
        .collect();
    WordSet::words(words.iter().map(String::as_str))
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for report in &ctx.outline.reports {
        let Some(title) = report.head.title.clone() else {
            continue;
        };
        let text = &ctx.text[title.clone()];
        for (r, ()) in SHORT.scan(text) {
            // 政府工作报告 names a kind of report; a level with no place
            // before it (县政府上半年工作总结, a template's title) names
            // no institution to write in full.
            let named = text[..r.start]
                .chars()
                .next_back()
                .is_some_and(crate::text::is_han);
            if text[r.end..].starts_with("工作报告") || !named {
                continue;
            }
            let at = title.start + r.start;
            let level_end = at + 3;
            let written = sink.quote(at..title.start + r.end).to_owned();
            let full = format!("{}人民政府", &written[..3]);
            sink.report(
                at..title.start + r.end,
                format!("标题中的机关名称应用全称：“{written}”应为“{full}”。"),
            )
            .with_fix(Fix::replace(
                format!("改为“{full}”"),
                Applicability::Safe,
                level_end..level_end,
                "人民",
            ));
        }
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
                "青石县人民政府办公室2025年工作总结\n今年以来，县政府办公室围绕中心、服务大局。\n",
                "2026年青石县政府工作报告\n各位代表：现在，我代表县人民政府向大会报告工作。\n",
                "县政府上半年工作总结\n今年以来，县政府围绕中心、服务大局。\n",
            ])
            .fail([
                "青石县政府办公室2025年工作总结\n今年以来，办公室围绕中心、服务大局。\n",
                "青石縣政府辦公室2025年工作總結\n今年以來，辦公室圍繞中心。\n",
            ])
            .fix([(
                "青石县政府办公室2025年工作总结\n今年以来，办公室围绕中心、服务大局。\n",
                "青石县人民政府办公室2025年工作总结\n今年以来，办公室围绕中心、服务大局。\n",
            )])
            .test_and_snapshot();
    }
}
