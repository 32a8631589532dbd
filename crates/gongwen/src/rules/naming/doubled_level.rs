//! `doubled-level`: an institution's level written twice where a place
//! name ending in that level meets the institution's short name — 某某县县委
//! for 某某县委, 某市市政府 for 某市政府, 省省委. The short name already
//! holds the level; one is deleted.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::Needle;

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
static LEVELS: std::sync::LazyLock<[Needle; 5]> =
    std::sync::LazyLock::new(|| ["省省", "市市", "县县", "区区", "州州"].map(Needle::new));
const BODIES: [&str; 7] = ["委", "党委", "政府", "人大", "政协", "纪委", "人民政府"];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    // A level written twice is rare: each is searched for whole (memchr
    // speed), and only there is the short name after it read.
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for doubled in LEVELS.iter() {
        for at in doubled.find_iter(ctx.text) {
            let doubled = doubled.word();
            let rest = &ctx.text[at + doubled.len()..];
            if let Some(body) = BODIES.iter().find(|b| rest.starts_with(*b)) {
                found.push(at..at + doubled.len() + body.len());
            }
        }
    }
    found.sort_by_key(|r| r.start);
    for r in found {
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
                "青石县县人民政府召开常务会议，青石县县纪委通报，自治区区党委部署。",
                "在青石縣縣委的堅強領導下開展工作。",
            ])
            .fix([(
                "在青石县县委的坚强领导下开展工作。",
                "在青石县委的坚强领导下开展工作。",
            )])
            .test_and_snapshot();
    }
}
