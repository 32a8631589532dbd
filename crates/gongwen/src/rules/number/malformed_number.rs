//! `malformed-number`: figures that cannot be right as written — a doubled
//! unit, two decimal points, month 13, 2月30日, 第0名, a share above 100%.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::number::{Malformed, Quantity, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::last_chars;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "malformed-number",
        title: "数字写法错误",
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
        match q.malformed {
            Some(Malformed::DoubledUnit) => doubled_unit(q, sink),
            Some(Malformed::TwoDecimalPoints) => two_decimal_points(text, q, sink),
            None => {}
        }
        if q.chinese || q.malformed.is_some() {
            continue;
        }
        match q.unit.kind {
            UnitKind::Month => impossible_month(q, sink),
            UnitKind::Day => impossible_date(i.checked_sub(1).map(|j| &qs[j]), q, sink),
            UnitKind::Times => decrease_by_times(text, q, sink),
            UnitKind::Percent => rate_over_hundred(text, q, sink),
            _ => {}
        }
        zero_rank(q, sink);
    }
}

/// `567.9%%`: the unit written twice. Deleting the second is safe.
fn doubled_unit(q: &Quantity, sink: &mut Sink<'_>) {
    let written = sink.quote(q.range.clone());
    let unit = q.unit.written;
    let extra = q.range.end - unit.len()..q.range.end;
    let once = sink.quote(q.range.start..extra.start);
    sink.report(
        q.range.clone(),
        format!("数字“{written}”的单位“{unit}”写了两遍，应为“{once}”。"),
    )
    .with_fix(Fix::delete(
        format!("删去多余的“{unit}”"),
        Applicability::Safe,
        extra,
    ));
}

/// `1.2.3亿元`, unless it is a version or document number (`1.2.3版`).
fn two_decimal_points(text: &str, q: &Quantity, sink: &mut Sink<'_>) {
    if text[q.range.end..].starts_with(['版', '号']) {
        return;
    }
    let digits = sink.quote(q.digits.clone());
    sink.report(
        q.digits.clone(),
        format!("数字“{digits}”有两个小数点，无法确定数值，请核对原始数据。"),
    );
}

/// `13月`.
fn impossible_month(q: &Quantity, sink: &mut Sink<'_>) {
    if (1.0..=12.0).contains(&q.amount()) || q.decimals != 0 {
        return;
    }
    let written = sink.quote(q.range.clone());
    sink.report(
        q.range.clone(),
        format!("“{written}”不是有效的月份（月份应为1～12），请核对。"),
    );
}

/// `2月30日`. Only a day right after its month is a date: 〔2022〕48号 is a
/// document number and 历时48日 a duration.
fn impossible_date(before: Option<&Quantity>, q: &Quantity, sink: &mut Sink<'_>) {
    let Some(month) =
        before.filter(|m| m.unit.kind == UnitKind::Month && m.range.end == q.range.start)
    else {
        return;
    };
    if q.decimals != 0 {
        return;
    }
    let max = match month.amount() as u32 {
        2 => 29.0,
        4 | 6 | 9 | 11 => 30.0,
        _ => 31.0,
    };
    let day = q.amount();
    if day > max || day < 1.0 {
        let date = month.range.start..q.range.end;
        let shown = sink.quote(date.clone());
        sink.report(
            date,
            format!("日期“{shown}”不存在（该月最多{max}日），请核对。"),
        );
    }
}

/// `降低了2倍`: nothing decreases by more than all of itself.
fn decrease_by_times(text: &str, q: &Quantity, sink: &mut Sink<'_>) {
    let before = text[..q.range.start].trim_end_matches(['了', '为']);
    let Some(w) = DECREASE.iter().find(|w| before.ends_with(**w)) else {
        return;
    };
    let start = before.len() - w.len();
    let shown = sink.quote(start..q.range.end);
    sink.report(
        start..q.range.end,
        format!("“{shown}”的说法不成立：减少最多减去全部（100%），不能“{w}几倍”。请改为“{w}到原来的几分之一”或“{w}百分之几”。"),
    );
}

/// `第0名`.
fn zero_rank(q: &Quantity, sink: &mut Sink<'_>) {
    if q.ordinal && q.amount() == 0.0 && matches!(q.unit.written, "名" | "位") {
        let written = sink.quote(q.range.clone());
        sink.report(
            q.range.clone(),
            format!("“第{written}”的名次不可能为0，请核对。"),
        );
    }
}

/// `覆盖率达到120%`: a rate of a whole cannot exceed it.
fn rate_over_hundred(text: &str, q: &Quantity, sink: &mut Sink<'_>) {
    if q.written_interval().lo <= 100.0 {
        return;
    }
    let before = last_chars(&text[..q.range.start], 8);
    if let Some(rate) = BOUNDED_RATES.iter().find(|r| before.contains(**r)) {
        let written = sink.quote(q.range.clone());
        sink.report(
            q.range.clone(),
            format!("{rate}不可能超过100%，文中为“{written}”，请核对。"),
        );
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
