//! `person-name`: a name of the office's own list of people
//! (`Config::people`) written with a slip — a character twice (张张三,
//! 王小小明), or one character off beside a title the list gives that
//! person (局长张山 for 局长张三). Without a list the rule reports nothing;
//! national leaders' names are `leader-name`'s.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::naming::people::Reading;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "person-name",
        title: "人名笔误",
        category: Category::Naming,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "按本单位在设置中填写的人员名单核对人名笔误：名单中的姓名有一个字重复（“张张三”“王小小明”），或紧挨着名单中某人的职务、姓名却差一个字（名单是“局长张三”，文中写“局长张山”）。重复字可一键改正；差一字的改法需人工确认。没有名单时不报。",
            why: "人名用输入法打出，同音字、重复字最常见，而人名写错是公文中最伤人的差错。",
            bad: "2025年工作总结\n一、工作成效\n局长张山带队赴企业调研。\n",
            good: "2025年工作总结\n一、工作成效\n局长张三带队赴企业调研。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let Some(roster) = ctx.prepared.roster.as_ref() else {
        return;
    };
    let entries = roster.entries();
    for named in ctx.people {
        let written = sink.quote(named.name.clone()).to_owned();
        match named.reading {
            Reading::Doubled(e) => {
                let right = &entries[e].name;
                sink.report(
                    named.name.clone(),
                    format!("“{written}”中有字重复，人员名单中为“{right}”。"),
                )
                .with_fix(Fix::change_to(
                    Applicability::Safe,
                    named.name.clone(),
                    right,
                ));
            }
            Reading::NearName(e) => {
                let right = &entries[e].name;
                let title = named
                    .title
                    .clone()
                    .map(|t| sink.quote(t).to_owned())
                    .unwrap_or_default();
                sink.report(
                    named.range.clone(),
                    format!("“{written}”与人员名单中的{title}“{right}”只差一个字，疑为笔误。"),
                )
                .with_fix(Fix::change_to(
                    Applicability::Unsafe,
                    named.name.clone(),
                    right,
                ));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::naming::person_title::example_people;
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
                "2025年工作总结\n一、工作成效\n加强局长负责制，局长办公会每月召开。",
                "2025年工作总结\n一、工作成效\n张三同志、王小明同志出席。",
            ])
            .fail([
                "2025年工作总结\n一、工作成效\n局长张山带队赴企业调研。",
                "2025年工作总结\n一、工作成效\n由欧阳萍副局长牵头。",
                "2025年工作总结\n一、工作成效\n张张三同志出席。",
                "2025年工作总结\n一、工作成效\n王小小明同志出席。",
                "2025年工作總結\n一、工作成效\n局長張山帶隊調研。",
            ])
            .fix([
                (
                    "2025年工作总结\n一、工作成效\n张张三同志出席。",
                    "2025年工作总结\n一、工作成效\n张三同志出席。",
                ),
                (
                    "2025年工作总结\n一、工作成效\n局长张山带队。",
                    "2025年工作总结\n一、工作成效\n局长张三带队。",
                ),
            ])
            .test_and_snapshot();
    }
}
