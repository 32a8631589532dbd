//! `ordinal-punctuation`: the mark after a heading number (GB/T 15834—2011,
//! 4.5.3.5 and 4.3.3.4): a number in brackets takes no further mark —
//! “（一）、”“(1).” — and a Chinese numeral takes 、, not the dot of Arabic
//! numbers — “一.总体情况”.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::outline::Style;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "ordinal-punctuation",
        title: "序号后多余标点",
        category: Category::Punctuation,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "序号后的标点：带括号的序号后面不再加标点，“（一）、”“(1).”应写作“（一）”“(1)”；汉字数字序号后用顿号，“一.”应写作“一、”（GB/T 15834）。修复会删去多余的标点或改为顿号。",
            why: "序号标点是公文格式检查的常见扣分项，也多半说明材料是拼凑来的。",
            bad: "一.工作情况\n（一）、稳运行。全年增长5%。\n",
            good: "一、工作情况\n（一）稳运行。全年增长5%。\n1.抓项目。\n",
        },
    },
    check,
};

/// Marks that do not belong after a number in brackets.
const AFTER_BRACKETS: &[char] = &['、', '，', ',', '.', '．', '：', ':'];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for h in &ctx.outline.headings {
        let marker = h.marker.clone();
        match h.style {
            Style::ChineseDot => {
                let dot = text[..marker.end]
                    .chars()
                    .next_back()
                    .map_or(0, char::len_utf8);
                let shown = sink.quote(marker.clone());
                let right = h.style.write(h.number).replace('.', "、");
                sink.report(
                    marker.clone(),
                    format!("序号“{shown}”应写作“{right}”：汉字数字序号后用顿号。"),
                )
                .with_fix(Fix::replace(
                    "改为顿号".to_owned(),
                    Applicability::Safe,
                    marker.end - dot..marker.end,
                    "、",
                ));
            }
            Style::FullParenChinese
            | Style::HalfParenChinese
            | Style::FullParenArabic
            | Style::HalfParenArabic => {
                let Some(mark) = text[marker.end..]
                    .chars()
                    .next()
                    .filter(|c| AFTER_BRACKETS.contains(c))
                else {
                    continue;
                };
                let range = marker.start..marker.end + mark.len_utf8();
                let shown = sink.quote(range.clone());
                let bare = sink.quote(marker.clone());
                sink.report(
                    range,
                    format!("序号“{shown}”应写作“{bare}”：带括号的序号后面不再加标点。"),
                )
                .with_fix(Fix::delete(
                    format!("删去“{mark}”"),
                    Applicability::Safe,
                    marker.end..marker.end + mark.len_utf8(),
                ));
            }
            _ => {}
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
                "一、工作情况\n（一）稳运行。全年增长5%。\n1.抓项目。\n(1)抓服务。\n",
                "增长一.五倍的说法不规范。\n",
                "一.五\n",
            ])
            .fail([
                "一.工作情况\n（一）、稳运行。全年增长5%。\n",
                "一、工作情况\n(1).抓项目。\n（二）：强创新。\n",
                "二．存在問題\n（一）、總量小。\n",
            ])
            .fix([
                (
                    "一.工作情况\n（一）、稳运行。\n",
                    "一、工作情况\n（一）稳运行。\n",
                ),
                ("(1).抓项目。\n", "(1)抓项目。\n"),
            ])
            .test_and_snapshot();
    }
}
