//! `count-vs-names`: a count followed by the names it counts, in brackets,
//! that does not match them — “新增国家级专精特新企业4家（甲公司、乙公司、
//! 丙公司）” names three.

use crate::finding::{Category, Severity};
use crate::number::UnitKind;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{floor_boundary, is_digit};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "count-vs-names",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "数量后面括号里逐一列出名称时，名称个数要与数量一致，如“新增省级专精特新企业3家（甲公司、乙公司、丙公司）”。列举不全（写了“等”“如”“包括”）时不检查。",
            why: "增删一家企业或一个项目后，数量和括号里的名单常常只改了一处。",
            bad: "新增国家级专精特新企业4家（青溪机械、青溪电子、青溪纺织）。",
            good: "新增国家级专精特新企业3家（青溪机械、青溪电子、青溪纺织），省级10家（青溪化工、青溪建材等）。",
        },
    },
    check,
};

/// Words that make a list partial: it names some, not all.
const PARTIAL: &[&str] = &["等", "如", "包括", "其中", "例如", "主要有"];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for q in &ctx.numbers.quantities {
        if q.unit.kind != UnitKind::Count
            || !q.is_exact()
            || q.chinese
            || q.ordinal
            || q.decimals != 0
            || q.magnitude != 1.0
            || q.unit.scale != 1.0
            || !(2.0..=30.0).contains(&q.value)
        {
            continue;
        }
        let Some(names) = names_after(text, q.range.end) else {
            continue;
        };
        let n = names.count;
        if n as f64 != q.value && n >= 2 {
            let shown = sink.quote(q.range.clone());
            sink.report(
                q.range.clone(),
                format!("数量为{shown}，括号里却列出了{n}个名称，请核对数量或名单。"),
            )
            .with_related(names.range, format!("{n}个名称"));
        }
    }
}

struct Names {
    range: std::ops::Range<usize>,
    count: usize,
}

/// The 、-separated names in brackets right after a count, when the list
/// reads as complete: every name short and without figures, no 等/如/包括.
fn names_after(text: &str, at: usize) -> Option<Names> {
    let rest = &text[at..];
    let open = rest.chars().next().filter(|c| matches!(c, '（' | '('))?;
    let inner_start = at + open.len_utf8();
    // The names are a short list: the bracket closes soon or not at all.
    let limit = floor_boundary(text, inner_start + 400);
    let close = text[inner_start..limit].find(['）', ')'])?;
    let inner = &text[inner_start..inner_start + close];
    if inner.contains(['（', '(', '，', ',', '；', '：', '。'])
        || inner.chars().any(is_digit)
        || PARTIAL.iter().any(|w| inner.contains(w))
    {
        return None;
    }
    let parts: Vec<&str> = inner.split('、').collect();
    let well_formed = parts
        .iter()
        .all(|p| (2..=30).contains(&p.trim().chars().count()));
    (parts.len() >= 2 && well_formed).then_some(Names {
        range: inner_start..inner_start + close,
        count: parts.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "新增国家级专精特新企业3家（青溪机械、青溪电子、青溪纺织）。",
                "新增省级企业10家（青溪化工、青溪建材等）。",
                "培育龙头企业5家（如青溪机械、青溪电子）。",
                "建成示范基地4个（其中省级2个、市级2个）。",
                "新增企业3家（2022年2家）。",
                "完成投资12亿元（青溪机械、青溪电子）。",
                "新增國家級專精特新企業3家（青溪機械、青溪電子、青溪紡織）。",
            ])
            .fail([
                "新增国家级专精特新企业4家（青溪机械、青溪电子、青溪纺织）。",
                "认定科技型中小企业2家(青溪机械、青溪电子、青溪纺织)。",
                "新增國家級專精特新企業4家（青溪機械、青溪電子、青溪紡織）。",
            ])
            .test_and_snapshot();
    }
}
