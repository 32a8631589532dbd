//! `leader-name`: a national leader's name written with a slip — a
//! character twice (习近近平) or a listed wrong character (学近平) — from
//! the short list of the formulation table (with its source and date). It
//! is no list of officials: the office's own people belong in its
//! settings.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::formulation::{cite, Reading};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "leader-name",
        title: "领导人姓名笔误",
        category: Category::Formulation,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "国家领导人姓名的笔误：中间一字重复（“习近近平”），或表中列出的错字（“学近平”）。姓名表只有二十届一中全会选出的中央政治局常委中三字的姓名，注明出处和日期，仅用于查笔误，不是人员名录。可一键改正。",
            why: "领导人姓名写错是最严重的政治性差错之一，输入法联想和复制粘贴都会带进来。",
            bad: "深入学习学近平总书记重要讲话精神。\n",
            good: "深入学习习近平总书记重要讲话精神。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for u in &ctx.formulations.uses {
        let (Reading::Wrong, Some(l)) = (&u.reading, u.leader()) else {
            continue;
        };
        let written = sink.quote(u.range.clone()).to_owned();
        let right = super::like_written(ctx, u.range.clone(), &l.name);
        sink.report(
            u.range.clone(),
            format!(
                "“{written}”是姓名笔误，应为“{right}”（{}）。",
                cite(&l.source)
            ),
        )
        .with_fix(Fix::change_to(Applicability::Safe, u.range.clone(), &right));
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
                "深入学习习近平总书记重要讲话精神。",
                "学习习近平新时代中国特色社会主义思想。",
            ])
            .fail([
                "深入学习学近平总书记重要讲话精神。",
                "深入学习习近近平总书记重要讲话精神。",
                "深入學習習近近平總書記重要講話精神。",
            ])
            .fix([(
                "深入学习学近平总书记重要讲话精神。",
                "深入学习习近平总书记重要讲话精神。",
            )])
            .test_and_snapshot();
    }

    /// Every leader's every slip is reported and fixed to the name.
    #[test]
    fn every_slip() {
        use crate::rules::tester::{apply, findings};
        let config = crate::Config::default();
        for l in crate::formulation::leaders() {
            for slip in l.slips() {
                let bad = format!("——{slip}——");
                assert_eq!(findings(&config, RULE.meta.name, &bad).len(), 1, "{slip}");
                assert_eq!(
                    apply(&config, RULE.meta.name, &bad),
                    format!("——{}——", l.name)
                );
            }
            let good = format!("——{}——", l.name);
            assert_eq!(findings(&config, RULE.meta.name, &good), []);
        }
    }
}
