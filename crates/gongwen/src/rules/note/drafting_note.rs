//! `drafting-note`: a remark in 【】 left in running text for a reviewer —
//! “【2021年末基数为120亿元】”, “【年底前开工建设】” — or a （此处…） note.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::WordSet;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::Marks;
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "drafting-note",
        title: "起草批注未删",
        category: Category::Note,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "正文中用【】括起来的批注、备注，如“【2021年末基数为120亿元】”“【年底前开工建设】”，以及“（此处……）”这样的说明。标题开头的【】栏目名、模板网站的【精选】等标签不算。修复会删去批注（需人工确认）。",
            why: "起草和审核时的批注是写给同事看的，误留在上报稿里既不规范，也可能泄露内部信息。",
            bad: "全年规上工业总产值实现128亿元【2021年末基数为120亿元】，同比增长7.0%。",
            good: "【专题】全年规上工业总产值实现128亿元，同比增长7.0%。",
        },
    },
    check,
};

/// Words that make a bracketed label a site's tag, not a drafter's note.
static SITE_LABELS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "精选", "推荐", "范文", "汇编", "最新", "优秀", "通用", "模板", "下载", "热门", "www",
        "http",
    ])
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for range in notes(text, ctx.marks) {
        let shown = sink.quote(range.clone());
        sink.report(
            range.clone(),
            format!("“{shown}”像是起草或审核时留下的批注，上报前请删去，或把内容写进正文。"),
        )
        .with_fix(Fix::delete(
            "删去批注".to_owned(),
            Applicability::Unsafe,
            range,
        ));
    }
}

/// 【…】 inside a line of running text, and （此处…）. The opening brackets
/// are marks: they are found among the marks, not by searching the text.
fn notes(text: &str, marks: &Marks) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (open, close) in [("【", "】"), ("（此处", "）"), ("(此处", ")")] {
        let bracket = open.chars().next().unwrap_or_default();
        let opens = marks
            .all()
            .iter()
            .filter(|&&(i, c)| c == bracket && text[i..].starts_with(open));
        for &(i, _) in opens {
            let line_start = marks.line_of(i).start;
            // Not at the start of its line (after indentation): a label.
            if text[line_start..i].trim_start().is_empty() {
                continue;
            }
            let inner_start = i + open.len();
            // A note is short: look for its end within a bounded
            // stretch, so unclosed brackets cost no more than closed ones.
            let Some(len) = bounded(&text[inner_start..], 64 * 4).find(close) else {
                continue;
            };
            let inner = &text[inner_start..inner_start + len];
            // A note says something: not 【 】 (a blank, reported as
            // such) nor a one-character button (字体大小：【大】【中】); and
            // it ends on its own line.
            let n = inner.trim().chars().count();
            if !(2..=60).contains(&n) || inner.contains(['【', '\n']) || SITE_LABELS.is_match(inner)
            {
                continue;
            }
            out.push(i..inner_start + len + close.len());
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// The start of `s`, at most about `bytes` long, cut on a character
/// boundary.
fn bounded(s: &str, bytes: usize) -> &str {
    &s[..crate::text::floor_boundary(s, bytes)]
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "【专题】全年规上工业总产值实现128亿元。",
                "(4篇)科技局年度工作总结和工作计划汇编【精选推荐】",
                "全年规上工业总产值实现128亿元，同比增长7.0%。",
                "字体大小：【大】【中】【小】",
                "完成投资【 】亿元。",
            ])
            .fail([
                "全年规上工业总产值实现128亿元【2021年末基数为120亿元】，同比增长7.0%。",
                "新建标准厂房5万平方米【年底前开工建设】。",
                "全县企业120家（此处补充名单）。",
                "全年規上工業總產值實現128億元【2021年末基數為120億元】。",
            ])
            .fix([(
                "新建标准厂房5万平方米【年底前开工建设】。",
                "新建标准厂房5万平方米。",
            )])
            .test_and_snapshot();
    }
}
