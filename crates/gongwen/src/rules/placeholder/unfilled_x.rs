//! `unfilled-x`: Latin x/X runs standing for a figure, year, name or unit.

use super::unfilled_message;
use crate::finding::{Category, Severity};
use crate::placeholder::Form;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "unfilled-x",
        category: Category::Placeholder,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "用字母 x/X 顶替、尚未填写的数字、年份、名称或单位，如 xx家、20xx年、x.x%、x-xx月、xx县、xG基站、“x+X”产业。几个 x 串以 . - — + 相连时算作一处。",
            why: "起草时照抄上年材料或模板网站，数字和名称常先用 x 占位，最后忘了填。带着 xx 上报的材料会被退回，也最难看。",
            bad: "全年新增规上工业企业xx家，工业增加值同比增长x.x%，建成xG基站xx个。",
            good: "全年新增规上工业企业12家，引进Xbox配件、x86服务器和Linux运维项目，拍X光片。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for p in ctx.placeholders.of(Form::X) {
        let message = unfilled_message(ctx.text, sink, p, "以字母 x 代替");
        sink.report(p.range.clone(), message);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::placeholder::test_util::{messages, snippets};

    fn found(text: &str) -> Vec<String> {
        snippets("unfilled-x", text)
    }

    #[test]
    fn finds_every_x_form_of_the_issue() {
        assert_eq!(found("新增xx家企业"), ["xx"]);
        assert_eq!(found("xxxx年工作总结"), ["xxxx"]);
        assert_eq!(found("20xx年"), ["20xx"]);
        assert_eq!(found("增长x.x%"), ["x.x%"]);
        assert_eq!(found("占比xx.xx%，"), ["xx.xx%"]);
        assert_eq!(found("x-xx月"), ["x-xx"]);
        assert_eq!(found("完成XX亿元"), ["XX"]);
        assert_eq!(found("全省第x位"), ["x"]);
        assert_eq!(found("xx县"), ["xx"]);
        assert_eq!(found("与xx大学合作"), ["xx"]);
        assert_eq!(found("建成xG基站"), ["x"]);
        assert_eq!(found("构建“x+X”产业体系"), ["x+X"]);
        assert_eq!(found("提高x个百分点"), ["x"]);
        assert_eq!(found("带宽xxxmhz"), ["xxx"]);
        assert_eq!(found("网速从xM升级至xxxM"), ["x", "xxx"]);
        assert_eq!(found("xxxx—xxxx年"), ["xxxx—xxxx"]);
        assert_eq!(found("指南（x.x版）"), ["x.x"]);
        assert_eq!(found("全年ｘｘ家"), ["ｘｘ"]);
        assert_eq!(found("xx、xx成功入选"), ["xx", "xx"]);
        assert_eq!(found("研发人员数为xxx,增幅为xx%;"), ["xxx", "xx%"]);
        assert_eq!(found("企業(yè)x家"), ["x"]);
    }

    #[test]
    fn leaves_words_codes_and_formulas_alone() {
        for text in [
            "Xbox",
            "x86服务器",
            "max值",
            "Linux系统",
            "ICT产业",
            "r&d投入",
            "gdp增长",
            "5g基站",
            "3×4",
            "某企业",
            "y = 2x + 1",
            "面积 3 x 4 米",
            "2x",
            "引进X-7型设备",
            "拍X光片",
            "X射线",
            "xml文件",
            "Xi'an",
            "續(xù)貸",
            "企業(yè)",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn says_what_is_missing() {
        assert_eq!(
            messages("unfilled-x", "同比增长xx.x%"),
            ["未填写的百分比占位符“xx.x%”（增速）：以字母 x 代替，请填入实际百分比。"]
        );
        assert_eq!(
            messages("unfilled-x", "20xx年"),
            ["未填写的年份占位符“20xx”：以字母 x 代替，请填入实际年份。"]
        );
    }
}
