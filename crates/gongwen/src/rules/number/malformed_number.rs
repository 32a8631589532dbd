//! `malformed-number`: figures that cannot be right as written — a doubled
//! unit, two decimal points, month 13, 2月30日, 第0名, a share above 100%.

use crate::finding::{Applicability, Category, Edit, Fix, Severity};
use crate::number::{Malformed, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::last_chars;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "malformed-number",
        category: Category::Number,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        docs: Docs {
            what: "写法本身就不可能正确的数字：单位重复（567.9%%）、两个小数点（1.2.3亿元）、超过12的月份（13月、1-2023月份）、超过当月天数的日期（2月30日）、第0名、“降低N倍”，以及超过100%的占比、覆盖率、办结率等。",
            why: "这类错误多来自复制粘贴或手误，一眼就能被审稿人发现，却很难靠通读找出来。",
            bad: "技术合同登记数增长567.9%%，2月30日召开调度会，重点区域覆盖率达到120%。",
            good: "技术合同登记数增长567.9%，2月28日召开调度会，完成年度任务的120%。",
        },
    },
    check,
};

/// Words of decrease that cannot take 倍 (降低2倍).
const DECREASE: &[&str] = &["降低", "下降", "减少", "缩小", "减小"];

/// Rates that cannot exceed 100%.
const BOUNDED_RATES: &[&str] = &[
    "占比",
    "比重",
    "覆盖率",
    "通过率",
    "办结率",
    "合格率",
    "达标率",
    "普及率",
    "知晓率",
    "满意率",
    "参保率",
    "入网率",
    "上云率",
    "回复率",
    "回覆率",
];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let qs = &ctx.numbers.quantities;
    for (i, q) in qs.iter().enumerate() {
        let written = sink.quote(q.range.clone());
        match q.malformed {
            Some(Malformed::DoubledUnit) => {
                let unit = q.unit.written;
                let extra = q.range.end - unit.len()..q.range.end;
                let once = sink.quote(q.range.start..extra.start);
                sink.report(
                    q.range.clone(),
                    format!("数字“{written}”的单位“{unit}”写了两遍，应为“{once}”。"),
                )
                .with_fix(Fix {
                    title: format!("删去多余的“{unit}”"),
                    applicability: Applicability::Safe,
                    edits: vec![Edit {
                        range: extra,
                        replacement: String::new(),
                    }],
                });
            }
            Some(Malformed::TwoDecimalPoints) if !text[q.range.end..].starts_with(['版', '号']) =>
            {
                sink.report(
                    q.digits.clone(),
                    format!(
                        "数字“{}”有两个小数点，无法确定数值，请核对原始数据。",
                        sink.quote(q.digits.clone())
                    ),
                );
            }
            _ => {}
        }
        if q.chinese || q.malformed.is_some() {
            continue;
        }
        let v = q.amount();
        match q.unit.kind {
            UnitKind::Month if !(1.0..=12.0).contains(&v) && q.decimals == 0 => {
                sink.report(
                    q.range.clone(),
                    format!("“{written}”不是有效的月份（月份应为1～12），请核对。"),
                );
            }
            // Only a day right after its month is a date: 〔2022〕48号 is a
            // document number and 历时48日 a duration.
            UnitKind::Day if q.decimals == 0 => {
                let Some(month) = i
                    .checked_sub(1)
                    .map(|j| &qs[j])
                    .filter(|m| m.unit.kind == UnitKind::Month && m.range.end == q.range.start)
                else {
                    continue;
                };
                let month = Some(month);
                let max = match month.map(|m| m.amount() as u32) {
                    Some(2) => 29.0,
                    Some(4 | 6 | 9 | 11) => 30.0,
                    _ => 31.0,
                };
                if v > max || v < 1.0 {
                    let date = month.map_or(q.range.clone(), |m| m.range.start..q.range.end);
                    let shown = sink.quote(date.clone());
                    sink.report(
                        date,
                        format!("日期“{shown}”不存在（该月最多{max}日），请核对。"),
                    );
                }
            }
            _ => {}
        }
        if q.unit.kind == UnitKind::Times {
            let before = text[..q.range.start].trim_end_matches(['了', '为']);
            if let Some(w) = DECREASE.iter().find(|w| before.ends_with(**w)) {
                let start = before.len() - w.len();
                sink.report(
                    start..q.range.end,
                    format!("“{}”的说法不成立：减少最多减去全部（100%），不能“{w}几倍”。请改为“{w}到原来的几分之一”或“{w}百分之几”。", sink.quote(start..q.range.end)),
                );
            }
        }
        if q.ordinal && v == 0.0 && matches!(q.unit.written, "名" | "位") {
            sink.report(
                q.range.clone(),
                format!("“第{written}”的名次不可能为0，请核对。"),
            );
        }
        if q.unit.kind == UnitKind::Percent && q.written_interval().lo > 100.0 {
            let before = last_chars(&text[..q.range.start], 8);
            if let Some(rate) = BOUNDED_RATES.iter().find(|r| before.contains(**r)) {
                sink.report(
                    q.range.clone(),
                    format!("{rate}不可能超过100%，文中为“{written}”，请核对。"),
                );
            }
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
                "2月29日",
                "12月31日",
                "枞政办〔2022〕48号",
                "历时48日",
                "完成年度任务的120%",
                "增长120%",
                "占比100%",
                "1.2.3版",
                "12个月",
                "第1名",
                "1-11月份",
                "产值增长2倍",
                "降低到原来的三分之一",
            ])
            .fail([
                "分别增长186.1%、567.9%%、38.8%",
                "完成1.2.3亿元",
                "1-2023月份",
                "13月",
                "2月30日",
                "4月31日",
                "排名第0名",
                "覆盖率达到120%",
                "占比为100.5%",
                "能耗降低了2倍",
            ])
            .fix([("增长567.9%%、38.8%", "增长567.9%、38.8%")])
            .test_and_snapshot();
    }
}
