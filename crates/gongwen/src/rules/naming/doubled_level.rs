//! `doubled-level`: an institution's level written twice where a place
//! name ending in that level meets the institution's short name — 某某县县委
//! for 某某县委, 某市市政府 for 某市政府, 省省委. The short name already
//! holds the level; one is deleted.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::WordSet;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "doubled-level",
        title: "机构层级重复",
        category: Category::Naming,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "地名末尾的层级字与机构简称开头的层级字重复：“某某县县委”应为“某某县委”，“某市市政府”应为“某市政府”，还有“省省委”“区区委”“县县人大”“市市政协”“县县纪委”等。可一键删去重复的字。",
            why: "“县委”“市政府”等简称本身已含层级，重复是常见的冗余，规范的写法是“某某县委”“某某市政府”。",
            bad: "在青石县县委的坚强领导下，落实青石市市政府部署。\n",
            good: "在青石县委的坚强领导下，落实青石市政府部署，做好市场监管。\n",
        },
    },
    check,
};

/// The levels and the short names that begin with them.
const LEVELS: [&str; 5] = ["省", "市", "县", "区", "州"];
const BODIES: [&str; 6] = ["委", "政府", "人大", "政协", "纪委", "人民政府"];

static DOUBLED: LazyLock<WordSet> = LazyLock::new(|| {
    let words: Vec<String> = LEVELS
        .iter()
        .flat_map(|l| BODIES.iter().map(move |b| format!("{l}{l}{b}")))
        .collect();
    WordSet::words(words.iter().map(String::as_str))
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for (r, ()) in DOUBLED.scan(ctx.text) {
        // The first of the two level characters goes.
        let level = r.start..r.start + 3;
        let written = sink.quote(r.clone()).to_owned();
        let right = &written[3..];
        sink.report(
            r.clone(),
            format!("“{written}”中层级字重复：简称“{right}”已含层级，应写“……{right}”。"),
        )
        .with_fix(Fix::replace(
            format!("删去重复的“{}”", &written[..3]),
            Applicability::Safe,
            level,
            "",
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
                "在青石县委的坚强领导下，落实青石市政府部署。",
                // 市 then 市场: no institution.
                "青石市市场监管局开展抽检。",
                "县区委书记座谈会召开。",
            ])
            .fail([
                "在青石县县委的坚强领导下开展工作。",
                "落实青石市市政府部署，向省省委报告。",
                "青石县县人民政府召开常务会议。",
                "在青石縣縣委的堅強領導下開展工作。",
            ])
            .fix([(
                "在青石县县委的坚强领导下开展工作。",
                "在青石县委的坚强领导下开展工作。",
            )])
            .test_and_snapshot();
    }
}
