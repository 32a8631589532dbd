//! `growth-integer-base`: a whole-number count whose stated growth implies a
//! base that no whole number can be (the GRIM test): 32家, +38.8% → 23.05家.

use super::fmt;
use crate::finding::{Category, Severity};
use crate::number::{Interval, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "growth-integer-base",
        title: "计数增速推不出整数基数",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "整数计数（家、个、项、人……）配上同比增速时，倒推出的上年数必须是整数。按文中写出的位数（允许四舍五入或截断）无论如何都推不出整数时报告。",
            why: "增速通常是另算后抄进来的，数量或增速改过一处而另一处没改，就会出现这种对不上的情况。",
            bad: "全年认定高新技术企业32家，同比增长38.8%。",
            good: "全年认定高新技术企业21家，同比增长163%。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let qs = &ctx.numbers.quantities;
    for s in &ctx.numbers.statements {
        let q = &qs[s.quantity];
        let Some(stated) = s.growth else { continue };
        let (growth, direction) = (&qs[stated.quantity], stated.direction);
        // Whole things counted one by one: not 62.91万户 (a count in 万,
        // rounded), nor a per-capita figure.
        if q.unit.kind != UnitKind::Count
            || !q.is_exact()
            || q.chinese
            || q.magnitude != 1.0
            || q.unit.scale != 1.0
            || q.decimals != 0
            || q.value < 1.0
            || !growth.is_exact()
            || ctx.text[s.metric.clone()].contains("人均")
            // An increase (比上年增加12家): the growth beside it is its
            // total's.
            || crate::number::change_by(ctx.text, q).is_some()
        {
            continue;
        }
        let p = growth.written_interval();
        let factor = p.change_factor(direction);
        if factor.lo <= 0.0 {
            continue;
        }
        let base = Interval::exact(q.value).div(&factor);
        if base.holds_integer(1.0) {
            continue;
        }
        let unit = q.unit.written;
        let factor_mid = 1.0 + direction.signed(growth.value) / 100.0;
        let mid = q.value / factor_mid;
        let (lo, hi) = (mid.floor().max(1.0), mid.ceil().max(1.0));
        let rate = |b: f64| (q.value / b - 1.0) * 100.0;
        let sign = direction.word();
        let value = sink.quote(q.range.clone());
        let gw = sink.quote(growth.range.clone());
        let mut message = format!(
            "{value}按{sign}{gw}倒推，上年应为 {} ÷ {} = {}{unit}，不是整数（",
            fmt(q.value, 0),
            fmt(factor_mid, 4),
            fmt(mid, 2),
        );
        for b in [lo, hi] {
            if b == hi && hi == lo {
                break;
            }
            let r = rate(b);
            if b == hi {
                message.push('，');
            }
            message.push_str(&format!(
                "上年{}{unit}对应{}{}%",
                fmt(b, 0),
                if r >= 0.0 { "增长" } else { "下降" },
                fmt(r.abs(), growth.decimals as usize)
            ));
        }
        message.push_str("），请核对数量或增速。");
        sink.report(q.range.clone(), message)
            .with_related(growth.range.clone(), format!("文中的增速 {gw}"));
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
                "全县市场主体达62.91万户，同比增长8.6%。",
            "认定高新技术企业21家，7县（市）第5，同比增长163%。",
            "科技型中小企业310家，同比增长219.6%。",
            "收到问题1466个，同比增长3.3%。",
            "新增企业12家，同比增长20%。",
            "实现产值128亿元，同比增长7.0%。",
            "新增企业30家以上，增长15%。",
            "新增企业32家，产值同比增长38.8%。",
            "企业达到460家，比上年增加115家、增长20%。",
            ])
            .fail([
            "认定高新技术企业32家，同比增长38.8%。",
            "技术合同登记541项，认定高新技术企业32家、科技型中小企业310家，分别较去年增长567.9%、38.8%、219.6%。",
            ])
            .test_and_snapshot();
    }
}
