//! `unfilled-asterisk`: asterisk masks standing for figures or names.

use super::report_unfilled;
use crate::finding::{Category, Severity};
use crate::placeholder::Form;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "unfilled-asterisk",
        title: "星号占位未填",
        category: Category::Placeholder,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "用星号 * 顶替、尚未填写的数字或名称，如 **家、*批、*县、*-**月。",
            why: "不少模板用星号标出需要填写的位置，漏填后星号会原样出现在上报稿中。",
            bad: "共争取省级以上项目*批，资金**万元，覆盖*县。",
            good: "**一、主要工作**\n全年新增企业12家，新建展厅面积为12*8米。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    report_unfilled(ctx, sink, Form::Asterisk);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "以***新时代中国特色社会主义思想为指导",
                "深入贯彻***总书记重要讲话精神",
                "以***同志为核心的党中央",
                "**一、主要工作**",
                "**一、主要工作**\n新增12家",
                "* 项目一",
                "***",
                "3*4",
                "a*b",
            ])
            .fail([
                "新增**家",
                "第*批",
                "覆盖*县",
                "*-**月",
                "增长**.*%",
                "共有**家企业，**个项目",
                "全年＊＊万元",
            ])
            .test_and_snapshot();
    }
}
