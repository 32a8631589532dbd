//! `respective-list`: a 分别 list whose values do not match its items —
//! “A、B、C分别增长5%、6%” (three items, two values), or two parallel lists in
//! one sentence that give a different number of values for the same years.

use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "respective-list",
        title: "“分别”前后个数不符",
        category: Category::Number,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“分别”前列举的事项个数必须等于其后列出的数值个数；同一句中并列的两组“分别”数值（如逐年的产值增速和增加值增速）个数也应一致。",
            why: "增删一项事项或一个数值后忘了同步另一边，读者就无法对应，数值也就失去了意义。",
            bad: "全县规上工业企业、限上商贸企业和资质建筑企业分别达到120家、45家。",
            good: "全县规上工业企业、限上商贸企业和资质建筑企业分别达到120家、45家、30家。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let lists = &ctx.numbers.respective;
    for (k, list) in lists.iter().enumerate() {
        let n = list.values.len();
        if n < 2 {
            continue;
        }
        let span = list.values[0].start..list.values[n - 1].end;
        if let Some((fewest, most)) = list.items {
            // Reported only when no reading of the conjunctions fits.
            if n < fewest || n > most {
                let items = if fewest == most {
                    format!("{most}项")
                } else {
                    format!("{fewest}～{most}项")
                };
                sink.report(
                    list.clause.clone(),
                    format!(
                        "“分别”前列举了{items}，其后却有{n}个数值（{}），无法一一对应，请核对。",
                        sink.quote(span.clone())
                    ),
                )
                .with_related(span, format!("{n}个数值"));
            }
            continue;
        }
        // The nearest earlier list of the same sentence with values.
        let Some(prev) = lists[..k]
            .iter()
            .rev()
            .take_while(|l| l.sentence == list.sentence)
            .find(|l| l.values.len() >= 2)
        else {
            continue;
        };
        let m = prev.values.len();
        if m != n {
            let prev_span = prev.values[0].start..prev.values[m - 1].end;
            sink.report_with(
                list.clause.clone(),
                format!("同一句中前一组“分别”有{m}个数值，这一组却有{n}个（{}），两组应逐项对应，请核对是否多写或漏写。", sink.quote(span.clone())),
                Severity::Warning,
            )
            .with_related(prev_span, format!("前一组的{m}个数值"));
        }
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
                "3个省重点、12个市重点、6个县重点项目分别完成投资4.2亿元、18.7亿元、3.9亿元。",

                "省级、市级、县级重点项目分别完成投资8.9亿元、31.5亿元、12.6亿元。",

                "自来水普及率、光纤覆盖率、绿化覆盖率分别提高到93%、91.5%、40%。",
                "农业、工业、服务业增加值分别为：5%；6%；7%。",
                "农业、工业分别增长5%；服务业增长7%。",
                // A last value after 和, a conjunction inside an item's name.
                "其中一、二、三产增加值分别增长4.1%、8.7%和6.5%。",
                "农业、软件和信息服务业分别增长5%、6%。",
                "农业、软件和信息服务业分别增长5%、6%、7%。",
            "全县规上工业企业、限上商贸企业和资质建筑企业分别达到120家、45家、30家。",
            "民营企业、个体工商户分别比去年增加xxxx家、xxxx户，同比增长分别为xx.xx%、xx.xx%。",
            "财政科技支出1.69亿元、技术合同登记541项，分别较去年增长186.1%、567.9%%。",
            "省级、市级专精特新企业分别增长5%。",
            "三个季度呈上升趋势，分别为一季度第7、第5，二季度第3、第3。",
            "A、B分别增长5%、6%，C、D、E分别增长1%、2%、3%。",
            ])
            .fail([
                "3个省重点、12个市重点、6个县重点项目分别完成投资4.2亿元、18.7亿元。",

                "省级、市级、县级重点项目分别完成投资8.9亿元、31.5亿元。",
                "省級、市級、縣級重點項目分別完成投資8.9億元、31.5億元。",

                "自来水普及率、光纤覆盖率、绿化覆盖率分别提高到93%、91.5%。",
                "农业、工业、服务业增加值分别为：5%；6%。",
                "农业、工业和服务业分别增长5%、6%、7%和8%。",
                "農業、工業和服務業分別增長5%、6%、7%、8%。",
            "全县规上工业企业、限上商贸企业和资质建筑企业分别达到120家、45家。",
            "产值增速分别为12.1%、9.8%、10.2%、8.5%、7.9%，增加值增速分别为11.6%、9.1%、9.9%、8.0%、7.2%、6.8%。",
            "产值增速分别为xx.x%、xx.xx%、x.xx%；增加值增速分别为xx.x%、xx%。",
            ])
            .test_and_snapshot();
    }
}
