//! `per-mille-slip`: a per-mille sign typed or recognised as `%o` or `%0`
//! after a figure (“出生率为8.5%o”): the sign is ‰.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, fold_width, is_digit};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "per-mille-slip",
        title: "千分号写错",
        category: Category::Artifact,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "数字后面的“%o”“%0”：千分号“‰”在录入、转换或识别时被拆成了百分号和字母o或数字0。修复会改为“‰”。百分号后面接着的英文单词或其他数字（“5%0.3”之类）不算。",
            why: "“%o”读作百分之几再加一个字母，数值差了十倍，统计口径（出生率、死亡率、自然增长率）也就错了。",
            bad: "全县人口自然增长率为3.2%o，出生率为9.6%0。",
            good: "全县人口自然增长率为3.2‰，增长5%，其中0.3%来自外地。\n比重为5%。0.5个百分点来自新增企业。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (at, c) in crate::text::percent_signs(text) {
        if !char_before(text, at).is_some_and(is_digit) {
            continue;
        }
        let after = at + c.len_utf8();
        let Some(next) = char_at(text, after) else {
            continue;
        };
        let end = after + next.len_utf8();
        let then = char_at(text, end);
        let slip = match fold_width(next) {
            // 3.2%o: the letter alone, not the start of a word.
            'o' | 'O' => !then.is_some_and(|t| fold_width(t).is_ascii_alphanumeric()),
            // 9.6%0: a zero that begins no figure of its own.
            '0' => !then.is_some_and(|t| is_digit(t) || matches!(t, '.' | '．')),
            _ => false,
        };
        if !slip {
            continue;
        }
        let shown = sink.quote(at..end);
        sink.report(
            at..end,
            format!("“{shown}”应为千分号“‰”：千分号被拆成了百分号和“{next}”。"),
        )
        .with_fix(Fix::change_to(Applicability::Safe, at..end, "‰"));
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
                "全县人口自然增长率为3.2‰，增长5%，其中0.3%来自外地。",
                "比重为5%。0.5个百分点来自新增企业。",
                "增长5%0.3个百分点",
                "占比12%OEM企业居多",
                "完成率100%",
            ])
            .fail([
                "全县人口自然增长率为3.2%o，出生率为9.6%0。",
                "死亡率6.12％ｏ，低于全省。",
            ])
            .fix([("人口出生率为8.5%o。", "人口出生率为8.5‰。")])
            .test_and_snapshot();
    }
}
