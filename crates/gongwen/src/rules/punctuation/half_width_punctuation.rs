//! `half-width-punctuation`: `, ; : ? ! ( )` written half-width among
//! Chinese text, where GB/T 15834 wants the full-width marks. Reported once
//! per text with the count; the fix converts them all.

use crate::finding::{Applicability, Category, Edit, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, is_cjk_punct, is_han};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "half-width-punctuation",
        title: "半角标点",
        category: Category::Punctuation,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "中文正文里的半角标点 , ; : ? ! ( )，按 GB/T 15834 应为全角 ，；：？！（）。全文只报告一处并给出个数，修复会一次全部改正。数字中的逗号（1,234）、时间（10:30）和西文里的标点不算。",
            why: "半角标点夹在汉字中间显得排版粗糙，多半是从网页或其他软件复制时带进来的。",
            bad: "全年新增企业12家,同比增长20%;完成投资(含技改)12亿元.",
            good: "全年新增企业12家，同比增长20%；完成投资（含技改）12亿元，产值1,234万元，上午10:30召开调度会。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // Brackets go by pairs: `)` is converted with its `(` (Python(3.11)编写
    // keeps both half-width).
    let mut open: Vec<bool> = Vec::new();
    let mut edits: Vec<Edit> = Vec::new();
    // A run of one mark (`!!!!`) is judged by what stands around the whole
    // run, so it is converted at once, not from its ends inwards.
    let mut run: Option<(char, usize, bool)> = None;
    for &(i, c) in ctx.marks.all() {
        let Some(full) = full_width(c) else {
            continue;
        };
        // Whether the run of `c` that holds `i` stands among Chinese text.
        let mut in_run = || match run {
            Some((m, end, yes)) if m == c && i < end => yes,
            _ => {
                let end = i + text[i..].len() - text[i..].trim_start_matches(c).len();
                let yes = in_chinese_span(text, i, end, c);
                run = Some((c, end, yes));
                yes
            }
        };
        let convert = match c {
            '(' => {
                // A converter's pinyin gloss, 發(fā)展, is not punctuation
                // to convert: the artifact rule deletes it whole.
                let yes = in_run() && !is_pinyin_gloss(&text[i + 1..]);
                open.push(yes);
                yes
            }
            ')' => open.pop().unwrap_or_else(in_run),
            _ => in_run(),
        };
        if convert {
            edits.push(Edit {
                range: i..i + c.len_utf8(),
                replacement: full.to_string(),
            });
        }
    }
    let Some(first) = edits.first() else {
        return;
    };
    let n = edits.len();
    let range = first.range.clone();
    let finding = sink.report(
        range,
        format!("中文正文中有{n}处半角标点（, ; : ? ! ( ) 等），应改为全角标点。"),
    );
    // Every place the fix changes is shown, so that it touches nothing the
    // user was not pointed to.
    for e in &edits[1..] {
        finding.with_related(e.range.clone(), "另一处半角标点".to_owned());
    }
    finding.with_fix(Fix {
        title: format!("把{n}处半角标点改为全角"),
        applicability: Applicability::Safe,
        edits,
    });
}

/// Whether `rest` (after a `(`) starts with a pinyin syllable with its tone
/// mark and the closing `)`: fā), zhǎn).
fn is_pinyin_gloss(rest: &str) -> bool {
    let Some(end) = rest.find(')') else {
        return false;
    };
    let inner = &rest[..end];
    let n = inner.chars().count();
    (1..=7).contains(&n)
        && inner.chars().all(|c| c.is_lowercase() && c.is_alphabetic())
        && !inner.is_ascii()
}

fn full_width(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        _ => return None,
    })
}

/// Whether the mark `c`, written over `start..end` (once or in a run),
/// stands among Chinese text: a Han character (or Chinese punctuation) on
/// one side, and nothing that makes it part of a number, a time or Latin
/// text on the other.
fn in_chinese_span(text: &str, start: usize, end: usize, c: char) -> bool {
    let before = char_before(text, start);
    let after = char_at(text, end);
    let chinese = |c: Option<char>| c.is_some_and(|c| is_han(c) || is_cjk_punct(c));
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    match c {
        '(' => chinese(before) || (chinese(after) && !latin(before)),
        ')' => chinese(after) || (chinese(before) && !latin(after)),
        // 1,234 and 10:30 are numbers; “Fig. 1: a” is Latin text.
        _ => {
            chinese(before) && !latin(after)
                || chinese(after) && !latin(before) && !before.is_some_and(|b| b.is_ascii_digit())
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
                "全年新增企业12家，同比增长20%；完成投资（含技改）12亿元。",
                "产值1,234万元，10:30开会。",
                "见 Fig. 1 (a) and Table 2: results",
                "采用Python(3.11)编写",
                "推动高质量發(fā)展",
            ])
            .fail([
                "全年新增企业12家,同比增长20%;完成投资(含技改)12亿元",
                "主要表现在:一是总量小",
                "全年新增企業12家,同比增長20%",
            ])
            .fix([
                (
                    "全年新增企业12家,同比增长20%;完成投资(含技改)12亿元",
                    "全年新增企业12家，同比增长20%；完成投资（含技改）12亿元",
                ),
                // A run converted at once, judged by what stands around it.
                ("工作取!!!!!!得新成效", "工作取！！！！！！得新成效"),
                ("推进工作))))))全力抓好", "推进工作））））））全力抓好"),
            ])
            .test_and_snapshot();
    }
}
