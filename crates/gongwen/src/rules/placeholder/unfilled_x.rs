//! `unfilled-x`: Latin x/X runs standing for a figure, year, name or unit.

use super::report_unfilled;
use crate::finding::{Category, Severity};
use crate::placeholder::Form;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "unfilled-x",
        title: "字母x占位未填",
        category: Category::Placeholder,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "用字母 x/X 顶替、尚未填写的数字、年份、名称或单位，如 xx家、20xx年、x.x%、x-xx月、xx县、xG基站、“x+X”产业。几个 x 串以 . - — + 相连时算作一处。",
            why: "起草时照抄上年材料或模板网站，数字和名称常先用 x 占位，最后忘了填。带着 xx 上报的材料会被退回，也最难看。",
            bad: "全年新增规上工业企业xx家，工业增加值同比增长x.x%，建成xG基站xx个。",
            good: "全年新增规上工业企业12家，构建“1+N+X”政策体系，引进x86服务器生产线。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    report_unfilled(ctx, sink, Form::X);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                // Programme names with X.
                "构建“1+N+X”政策体系",
                "实施双尖双领+X行动",
                "推进555X工程",
                "實施“1+N+X”計劃",
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
            ])
            .fail([
                "202x年工作总结",
                "新增xx家企业",
                "xxxx年工作总结",
                "20xx年",
                "增长x.x%",
                "占比xx.xx%，",
                "x-xx月",
                "完成XX亿元",
                "全省第x位",
                "xx县",
                "与xx大学合作",
                "建成xG基站",
                "构建“x+X”产业体系",
                "提高x个百分点",
                "带宽xxxmhz",
                "网速从xM升级至xxxM",
                "xxxx—xxxx年",
                "指南（x.x版）",
                "全年ｘｘ家",
                "xx、xx成功入选",
                "研发人员数为xxx,增幅为xx%;",
                "企業(yè)x家",
                "同比增长xx.x%",
            ])
            .test_and_snapshot();
    }
}
