//! `misspelled-word`: 错别字 — word forms that are wrong wherever they
//! appear (布署, 再接再励, 名符其实), from a table of a hundred-odd entries
//! built from published lists of common errors (`words.json`, each entry
//! with its source). The right form is a safe fix.

use super::table::{cite, report, Kind};
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "misspelled-word",
        title: "错别字",
        category: Category::Wording,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "错别字：表中的写法在任何语境下都不对，如“布署”（部署）、“按装”（安装）、“再接再励”（再接再厉）、“名符其实”（名副其实）、“重蹈复辙”（重蹈覆辙）。词表约一百三十条，取自《咬文嚼字》编辑部《当代汉语出版物中最常见的100个错别字》（2006）中报告里可能出现的词，以及公文中常见、正确词形见于《现代汉语词典》（第7版）的别字；每条都在真实报告上试过，会误伤正确文字的已删去或加了例外（如“按装机容量”不报）。可一键改为正确写法。",
            why: "错别字是审稿人最先看到、也最损害材料严肃性的问题，校对软件都会查。",
            bad: "认真布署全年工作，再接再励，确保按时按装到位。",
            good: "认真部署全年工作，再接再厉，确保按时安装到位；按装机容量计算。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    report(Kind::Misspelled, ctx, sink, |written, right, entry| {
        format!("“{written}”是错别字，应为“{right}”（{}）。", cite(entry))
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;
    use crate::rules::wording::table::{assert_every_entry, Kind};

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "化解矛盾纠纷，促进社会平安祥和。",
                "认真部署全年工作，再接再厉，确保按时安装到位。",
                "全县新能源按装机容量计算增长12%，按排名先后通报。",
                "项目名副其实，避免重蹈覆辙。",
            ])
            .fail([
                "认真布署全年工作，再接再励，确保按时按装到位。",
                "認真佈署全年工作，再接再勵。",
                "避免重蹈复辙，做到名符其实。",
            ])
            .fix([
                (
                    "认真布署全年工作，再接再励。",
                    "认真部署全年工作，再接再厉。",
                ),
                ("再接再勵。", "再接再厲。"),
            ])
            .test_and_snapshot();
    }

    /// Every entry: its wrong form is reported and fixed to its right form,
    /// in simplified and traditional text; its right form and its
    /// exceptions are not reported.
    #[test]
    fn every_entry_has_a_bad_and_a_good_example() {
        assert_every_entry(Kind::Misspelled, RULE.meta.name);
    }
}
