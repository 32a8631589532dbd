//! `nested-quotes`: a double quotation inside a double quotation —
//! “基于“三次发酵”的……研制” — where the inner one takes single quotes
//! (GB/T 15834—2011, 4.1.3.3: 引号里面还要用引号时，外面一层用双引号，里面一层用单引号).

use crate::finding::{Applicability, Category, Edit, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "nested-quotes",
        title: "双引号套双引号",
        category: Category::Punctuation,
        severity: Severity::Info,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "双引号里面又用了双引号，如“基于“三次发酵”的覆土基料研制”项目：按 GB/T 15834，里层应改用单引号‘’。只检查在同一段内成对闭合的引号；不成对的引号由“引号括号不成对”规则报告。修复会把里层的一对双引号改为单引号。",
            why: "两层都用双引号，读者分不清引文从哪里开始、到哪里结束。",
            bad: "“基于“三次发酵”的双孢菇覆土基料研制”项目成功申报市级项目。",
            good: "“基于‘三次发酵’的双孢菇覆土基料研制”项目成功申报市级“揭榜挂帅”项目。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for line in ctx.marks.lines() {
        let start = line.start;
        check_paragraph(ctx.marks.within(line), start, sink);
    }
}

/// Reports the inner pairs of a paragraph whose double quotes all pair up.
/// `marks` are the paragraph's marks, at offsets from the paragraph's start
/// `offset`.
fn check_paragraph(marks: &[(usize, char)], offset: usize, sink: &mut Sink<'_>) {
    // Open quotes by position (from the paragraph's start); inner pairs
    // found so far.
    let mut open: Vec<usize> = Vec::new();
    let mut inner: Vec<(usize, usize)> = Vec::new();
    for &(at, c) in marks {
        let i = at - offset;
        match c {
            '“' => open.push(i),
            '”' => {
                let Some(o) = open.pop() else {
                    // A closing quote without an opener: not a clean paragraph.
                    return;
                };
                if !open.is_empty() {
                    inner.push((o, i));
                }
            }
            _ => {}
        }
    }
    // A quotation running on into the next paragraph, or a stray mark: the
    // nesting cannot be read with certainty.
    if !open.is_empty() {
        return;
    }
    for (o, c) in inner {
        let (o, c) = (offset + o, offset + c);
        let q = '”'.len_utf8();
        let shown = sink.quote(o..c + q);
        sink.report(
            o..c + q,
            format!("{shown}在另一对双引号之内，里层应改用单引号‘’。"),
        )
        .with_fix(Fix {
            title: "里层改用单引号".to_owned(),
            applicability: Applicability::Safe,
            edits: vec![
                Edit {
                    range: o..o + q,
                    replacement: "‘".to_owned(),
                },
                Edit {
                    range: c..c + q,
                    replacement: "’".to_owned(),
                },
            ],
        });
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
                "“基于‘三次发酵’的双孢菇覆土基料研制”项目成功申报市级“揭榜挂帅”项目。",
                "开展“送政策上门”活动，打造“一站式”服务。",
                "他说：“我们要把“放管服”改革落到实处。\n下一段仍在引文中。”",
                "“材料不全”的问题”较为突出。",
            ])
            .fail([
                "“基于“三次发酵”的双孢菇覆土基料研制”项目成功申报市级项目。",
                "提出“以“链长制”推动“链主”企业发展”的思路。",
            ])
            .fix([("“基于“三次发酵”的研制”项目", "“基于‘三次发酵’的研制”项目")])
            .test_and_snapshot();
    }
}
