//! `mojibake`: text decoded with the wrong code page — U+FFFD, 锟斤拷,
//! 烫烫烫, Latin-1 read as UTF-8 (`Ã©`, `â€œ`), or zhuyin letters standing
//! where a bracket was (`。ㄒ唬` for `（一）`).

use crate::finding::{Category, Severity};
use crate::lexicon::WordSet;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::Marks;
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "mojibake",
        title: "乱码",
        category: Category::Artifact,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "编码转换出错留下的乱码：替换符 �、“锟斤拷”“烫烫烫”“屯屯屯”、按西文编码误读的 Ã©、â€œ，以及注音符号（ㄒ、ㄈ）等正文里不会出现的字符，如“。ㄒ唬”原本是“（一）”。",
            why: "乱码处原来的内容已经丢失，必须对照原稿补回，否则上报稿里会留下一串怪字。",
            bad: "。ㄒ唬“十三五”目标总体实现\n数据来源锟斤拷统计局",
            good: "（一）“十三五”目标总体实现\n全年新增企业12家，完成年度目标。",
        },
    },
    check,
};

/// Sequences that only a wrong decoding produces.
static GARBLE: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "锟斤拷",
        "烫烫烫",
        "屯屯屯",
        "\u{FFFD}",
        "Ã©",
        "Ã¨",
        "Ã¤",
        "Ã¶",
        "Ã¼",
        "â€œ",
        "â€",
        "Â·",
    ])
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let mut spans: Vec<Range<usize>> = GARBLE.find_iter(text).map(|(r, ())| r).collect();
    spans.extend(zhuyin_runs(text, ctx.marks));
    spans.extend(garbled_line_starts(text, ctx.marks));
    spans.sort_by_key(|r| (r.start, r.end));
    spans.dedup_by(|b, a| b.start < a.end);
    for range in spans {
        let shown = sink.quote(range.clone());
        sink.report(
            range,
            format!("“{shown}”是编码转换出错留下的乱码，原来的内容已丢失，请对照原稿改正。"),
        );
    }
}

/// Zhuyin letters (U+3100–U+312F, U+31A0–U+31BF) inside Chinese text,
/// with the garbled characters around them on the same run: a report
/// written in characters has no zhuyin, except where it teaches it (a run
/// of three or more zhuyin letters in a row is left alone).
fn zhuyin_runs(text: &str, marks: &Marks) -> Vec<Range<usize>> {
    let zhuyin = |c: char| matches!(c, '\u{3100}'..='\u{312F}' | '\u{31A0}'..='\u{31BF}');
    let mut out: Vec<Range<usize>> = Vec::new();
    // Zhuyin letters are marks: the Han letters between them are not read.
    let mut chars = marks.all().iter().copied().peekable();
    while let Some((i, c)) = chars.next() {
        if !zhuyin(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut letters = 1;
        while let Some(&(j, d)) = chars.peek() {
            if j != end || !zhuyin(d) {
                break;
            }
            letters += 1;
            end = j + d.len_utf8();
            chars.next();
        }
        if letters >= 3 {
            continue;
        }
        // The garbled bracket: a 。 before and one character after.
        let start = text[..i].strip_suffix('。').map_or(i, str::len);
        let end = text[end..]
            .chars()
            .next()
            .map_or(end, |n| end + n.len_utf8());
        out.push(start..end);
    }
    out
}

/// A line that starts with 。 and a character from outside Chinese text
/// (`。ǘ﹛` where `（二）` was): the garbled start of a heading.
fn garbled_line_starts(text: &str, marks: &Marks) -> Vec<Range<usize>> {
    let odd = |c: char| matches!(c, '\u{0080}'..='\u{024F}' | '\u{FE50}'..='\u{FE6F}' | '\u{3100}'..='\u{312F}');
    let mut out = Vec::new();
    for range in marks.lines() {
        let (start, line) = (range.start, &text[range]);
        let trimmed = line.trim_start();
        let lead = start + line.len() - trimmed.len();
        let mut chars = trimmed.chars();
        if chars.next() == Some('。') && chars.next().is_some_and(odd) {
            let len: usize = trimmed.chars().take(3).map(char::len_utf8).sum();
            out.push(lead..lead + len);
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
                "（一）“十三五”目标总体实现",
                "注音符号ㄅㄆㄇ教学",
                "Café和naïve是外文词",
            ])
            .fail([
                "。ㄒ唬“十三五”目标总体实现",
                "数据来源锟斤拷统计局",
                "会议纪要â€œ重要â€",
                "。ㄒ唬“十三五”目標總體實現",
                "。ǘ﹛xxxx年圆满收官",
            ])
            .test_and_snapshot();
    }
}
