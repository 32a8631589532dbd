//! `person-title`: a name and a title written together that the office's
//! own list of people (`Config::people`: `[[people]]` in `gongwen.toml`,
//! or the app's settings) does not hold for the years the words speak of —
//! a listed name with another title (副局长张三 when 张三 is 局长), a
//! listed title with another name (局长李四 when the 局长 is 张三), or a
//! title held in other years. Without a list the rule reports nothing.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::naming::people::{Entry, Reading};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "person-title",
        title: "姓名与职务不符",
        category: Category::Naming,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        docs: Docs {
            what: "按本单位在设置中填写的人员名单（姓名、职务、任职起止，gongwen.toml 的 [[people]]）核对文中连写的姓名和职务：名单中的人配了别的职务（名单写“局长张三”，文中写“副局长张三”），名单中的职务配了别的姓名（“局长李四”），或所写职务不在文中所说年份的任期内。名单之外的人、其他单位的职务（“市商务局局长”）、“原局长”不报；没有名单时不报。",
            why: "换届、调整之后照搬旧稿，领导的职务和排名最容易写错，这是审核最先看、也最敏感的地方。",
            bad: "2025年工作总结\n一、工作成效\n副局长张三带队赴企业调研。\n",
            good: "2025年工作总结\n一、工作成效\n局长张三带队赴企业调研。\n",
        },
    },
    check,
};

/// The people the rule's docs and tests assume (the office's list).
#[cfg(test)]
pub(crate) fn example_people() -> Vec<crate::Person> {
    let person = |name: &str, title: &str, from: Option<&str>, to: Option<&str>| crate::Person {
        name: name.into(),
        title: title.into(),
        from: from.map(Into::into),
        to: to.map(Into::into),
    };
    vec![
        person("张三", "党组书记、局长", Some("2021.3"), None),
        person("王小明", "副局长", None, Some("2024.6")),
        person("王小明", "县委常委、副县长", Some("2024.7"), None),
        person("欧阳平", "副局长", Some("2022"), None),
    ]
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let Some(roster) = ctx.prepared.roster.as_ref() else {
        return;
    };
    let entries = roster.entries();
    for named in ctx.people {
        let name = sink.quote(named.name.clone()).to_owned();
        let title = named
            .title
            .clone()
            .map(|t| sink.quote(t).to_owned())
            .unwrap_or_default();
        match &named.reading {
            Reading::OtherTitle { now, then } => {
                let message = match (&now[..], &then[..]) {
                    ([], [e, ..]) => format!(
                        "人员名单中{name}任“{}”是在{}，不在文中所说的年份。",
                        entries[*e].title,
                        span(&entries[*e])
                    ),
                    ([], []) => {
                        format!("人员名单中{name}没有“{title}”这一职务，也没有文中所说年份的职务。")
                    }
                    (now, _) => format!(
                        "人员名单中{name}的职务是“{}”，此处写作“{title}”。",
                        titles(entries, now)
                    ),
                };
                let finding = sink.report(named.range.clone(), message);
                // One title of the years spoken of: offered in place of the
                // written one, for a person to confirm.
                if let ([e], Some(t)) = (&now[..], named.title.clone()) {
                    let right = last_part(&entries[*e].title);
                    let right = crate::lexicon::fold::unfold_like(right, &title);
                    finding.with_fix(Fix::change_to(Applicability::Unsafe, t, &right));
                }
            }
            Reading::OtherName(holders) => {
                let message = format!(
                    "人员名单中这一时期的“{title}”是{}，此处写作“{name}”。",
                    names(entries, holders)
                );
                let finding = sink.report(named.range.clone(), message);
                if let [e] = holders[..] {
                    finding.with_fix(Fix::change_to(
                        Applicability::Unsafe,
                        named.name.clone(),
                        &entries[e].name,
                    ));
                }
            }
            Reading::Right(_) | Reading::NearName(_) | Reading::Doubled(_) => {}
        }
    }
}

/// The titles of `entries`, joined: 副局长、县委常委、副县长.
fn titles(entries: &[Entry], of: &[usize]) -> String {
    let mut list: Vec<&str> = Vec::new();
    for &e in of {
        if !list.contains(&entries[e].title.as_str()) {
            list.push(&entries[e].title);
        }
    }
    list.join("”“")
}

fn names(entries: &[Entry], of: &[usize]) -> String {
    let mut list: Vec<&str> = Vec::new();
    for &e in of {
        if !list.contains(&entries[e].name.as_str()) {
            list.push(&entries[e].name);
        }
    }
    list.join("、")
}

/// The title's last part, the post itself: 局长 of 党组书记、局长.
fn last_part(title: &str) -> &str {
    title
        .rsplit(['、', '，', ','])
        .next()
        .unwrap_or(title)
        .trim()
}

/// The period of an entry in words: 2021年3月至2024年6月.
pub(crate) fn span(e: &Entry) -> String {
    match (e.from, e.to) {
        (Some((fy, fm)), Some((ty, tm))) => format!("{fy}年{fm}月至{ty}年{tm}月"),
        (Some((fy, fm)), None) => format!("{fy}年{fm}月以后"),
        (None, Some((ty, tm))) => format!("{ty}年{tm}月以前"),
        (None, None) => "名单所列期间".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::{example_people, RULE};
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .config(crate::Config {
                people: example_people(),
                ..crate::Config::default()
            })
            .pass([
                "2025年工作总结\n一、工作成效\n局长张三带队赴企业调研。",
                "2025年工作总结\n一、工作成效\n张三局长、欧阳平副局长带队调研。",
                "2025年工作总结\n一、工作成效\n县委常委、副县长王小明出席。",
                "2023年工作总结\n一、工作成效\n副局长王小明出席。",
                "2025年工作总结\n一、工作成效\n原副局长王小明、市商务局局长李四出席。",
                "2025年工作总结\n一、工作成效\n成立由局长任组长的领导小组，局长办公会研究部署。",
                "2025年工作总结\n一、工作成效\n张三同志带队调研。",
            ])
            .fail([
                "2025年工作总结\n一、工作成效\n副局长张三带队赴企业调研。",
                "2025年工作总结\n一、工作成效\n局长李四带队赴企业调研。",
                "2025年工作总结\n一、工作成效\n副局长王小明出席。",
                "2025年工作总结\n一、工作成效\n王小明局长出席。",
                "2025年工作總結\n一、工作成效\n副局長張三帶隊赴企業調研。",
            ])
            .fix([
                (
                    "2025年工作总结\n一、工作成效\n副局长张三带队调研。",
                    "2025年工作总结\n一、工作成效\n局长张三带队调研。",
                ),
                (
                    "2025年工作总结\n一、工作成效\n局长李四，带队调研。",
                    "2025年工作总结\n一、工作成效\n局长张三，带队调研。",
                ),
            ])
            .test_and_snapshot();
    }

    /// Without a list, nothing.
    #[test]
    fn silent_without_a_list() {
        let text = "2025年工作总结\n一、工作成效\n副局长张三、局长李四带队调研。";
        assert_eq!(
            crate::rules::tester::findings(&crate::Config::default(), RULE.meta.name, text),
            []
        );
    }
}
