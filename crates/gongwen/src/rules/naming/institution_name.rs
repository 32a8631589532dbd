//! `institution-name`: an institution written in a form that is neither
//! its full name nor its standard short one — 纪检委 for 纪委, 纪监委 for
//! 纪委监委, 县政协委员会 (the short 县政协 and the full 政协××县委员会
//! mixed), 人大常务委员会 for 人大常委会, 人民检查院 for 人民检察院. The forms
//! are data (`institutions.json`), each with the document that names the
//! body and the context it needs (县政协委员会 after a level, not
//! 纪检委员, a party branch's member).

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::Lexicon;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use serde::Deserialize;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "institution-name",
        title: "机构名称不规范",
        category: Category::Naming,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "机构名称既不是全称也不是规范简称：“纪检委”应为“纪委”，“纪监委”应为“纪委监委”，“县政协委员会”应为“县政协”（全称“政协××县委员会”），“人大常务委员会”应为“人大常委会”，“人民检查院”应为“人民检察院”。每种写法注明依据（党章、监察法、政协章程、组织法）。“支部纪检委员”等职务不报。可一键改为规范简称。",
            why: "机构名称是公文中最容易被挑出的硬伤：简称和全称混用，或沿用不规范的说法，都会被退回修改。",
            bad: "配合县纪检委开展专项检查，按时办理县政协委员会转来的提案。\n",
            good: "配合县纪委监委开展专项检查，按时办理县政协转来的提案，支部纪检委员列席。\n",
        },
    },
    check,
};

#[derive(Debug, Deserialize)]
struct Form {
    wrong: String,
    right: String,
    /// What must stand right before it (none: anything).
    #[serde(default)]
    after: Vec<String>,
    /// What must not follow it: 纪检委员 is a member, not the body.
    #[serde(default)]
    not_before: Vec<String>,
    full: String,
    /// The document that names the body.
    source: String,
    // `note` in the table says why, for its reader.
}

static FORMS: LazyLock<(Vec<Form>, Lexicon<usize>)> = LazyLock::new(|| {
    let forms: Vec<Form> =
        serde_json::from_str(include_str!("institutions.json")).unwrap_or_default();
    let lexicon = Lexicon::new(forms.iter().enumerate().map(|(i, f)| (f.wrong.as_str(), i)));
    (forms, lexicon)
});

/// The table this rule asks of the check's walk of the text
/// ([`crate::rules::walked`]).
pub(crate) fn walked() -> &'static crate::lexicon::Index {
    FORMS.1.index()
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (forms, lexicon) = &*FORMS;
    let text = ctx.text;
    for (range, i) in ctx.find_iter(lexicon) {
        let form = &forms[i];
        let before = &text[..range.start];
        let after = &text[range.end..];
        if !form.after.is_empty() && !form.after.iter().any(|a| before.ends_with(a.as_str())) {
            continue;
        }
        if form
            .not_before
            .iter()
            .any(|n| after.starts_with(n.as_str()))
        {
            continue;
        }
        let written = sink.quote(range.clone()).to_owned();
        let right = crate::lexicon::fold::unfold_like(&form.right, &written);
        sink.report(
            range.clone(),
            format!(
                "“{written}”不是规范名称，应为“{right}”（全称“{}”，见{}）。",
                form.full, form.source
            ),
        )
        .with_fix(Fix::change_to(Applicability::Safe, range, &right));
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
                "配合县纪委监委开展专项检查。",
                "各党支部配齐纪检委员。",
                "按时办理县政协转来的提案，政协青石县委员会委员视察。",
                "县政协委员会议期间提出建议12件。",
                "青石县人民代表大会常务委员会、县人大常委会听取报告。",
                "县人民检察院开展公益诉讼。",
                "检查院落卫生，清理杂物。",
            ])
            .fail([
                "配合县纪检委开展专项检查。",
                "配合县纪监委开展专项检查。",
                "按时办理县政协委员会转来的提案。",
                "向县人大常务委员会报告工作。",
                "配合县人民检查院开展公益诉讼。",
                "配合縣紀檢委開展專項檢查。",
            ])
            .fix([
                ("配合县纪检委开展专项检查。", "配合县纪委开展专项检查。"),
                (
                    "按时办理县政协委员会转来的提案。",
                    "按时办理县政协转来的提案。",
                ),
                ("配合縣紀檢委開展專項檢查。", "配合縣紀委開展專項檢查。"),
            ])
            .test_and_snapshot();
    }

    /// Every form of the table reads: a bad file would silence the rule.
    #[test]
    fn the_table_reads() {
        assert_eq!(super::FORMS.0.len(), 5);
    }
}
