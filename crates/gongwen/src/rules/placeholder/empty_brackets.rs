//! `empty-brackets`: brackets with nothing (or only spaces) inside.

use crate::finding::{Category, Severity};
use crate::layout::BLANKS;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_before, Marks};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "empty-brackets",
        title: "空括号",
        category: Category::Placeholder,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "括号里什么也没有或只有空格，如（ ）、【 】、[ ]：原本要补的数字、名称或说明没有填。",
            why: "模板常用空括号留出补充说明（如上年基数、单位名称）的位置，漏填后只剩一对空括号。",
            bad: "全年新增高新技术企业12家（ ），【 】牵头。",
            good: "全年新增高新技术企业12家（2022年9家），【已核实】。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for range in empty_pairs(ctx.text, ctx.marks) {
        let snippet = sink.quote(range.clone());
        sink.report(
            range,
            format!("空括号“{snippet}”：括号内的内容没有填写，请补充，或删去这对括号。"),
        );
    }
}

const PAIRS: &[(char, char)] = &[
    ('（', '）'),
    ('(', ')'),
    ('【', '】'),
    ('[', ']'),
    ('〔', '〕'),
    ('［', '］'),
    ('「', '」'),
    ('〖', '〗'),
];

fn is_open(c: char) -> bool {
    PAIRS.iter().any(|(o, _)| *o == c)
}

/// Half- and full-width round brackets close each other (`（ )`), as drafts
/// mix them freely; the other kinds must match.
fn closes(open: char, close: char) -> bool {
    let round = matches!(open, '(' | '（') && matches!(close, ')' | '）');
    round || PAIRS.contains(&(open, close))
}

fn empty_pairs(text: &str, marks: &Marks) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for &(i, open) in marks.all().iter().filter(|(_, c)| is_open(*c)) {
        let after = &text[i + open.len_utf8()..];
        let inner = after.len() - after.trim_start_matches(BLANKS).len();
        let Some(close) = after[inner..].chars().next() else {
            continue;
        };
        // `print()` and `a[]` are code, not blanks.
        let code = open == '(' || open == '[';
        if closes(open, close)
            && !(code
                && char_before(text, i).is_some_and(|c| c.is_ascii_alphanumeric() || c == '_'))
        {
            out.push(i..i + open.len_utf8() + inner + close.len_utf8());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "12家（2022年9家）",
                "【已核实】",
                "print()",
                "a[]",
                "（一）",
                "( 1 )",
            ])
            .fail([
                "12家（ ）",
                "12家（）",
                "【　】牵头",
                "新增( )家",
                "新增（ )家",
                "[ ]",
            ])
            .test_and_snapshot();
    }
}
