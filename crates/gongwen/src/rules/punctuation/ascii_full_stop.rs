//! `ascii-full-stop`: an ASCII `.` ending a Chinese sentence
//! (“工作取得成效.”), where GB/T 15834 wants the full stop 。.

use crate::finding::{Applicability, Category, Edit, Fix, Severity};
use crate::layout::SPACES;
use crate::outline::marker;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, floor_boundary, is_han};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "ascii-full-stop",
        title: "英文句点",
        category: Category::Punctuation,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "汉字句子末尾用了英文句点“.”，应为句号“。”：如“工作取得成效.”“成效明显.下一步……”。数字里的小数点（3.5）、序号“1.”“一.”、网址、邮箱、文件名（报告.docx）、英文缩写（No.）和省略号“...”不算。修复会改为“。”（夹在两个汉字之间的点也可能是人名间隔号“·”，这时修复需人工确认）；一篇里超过三处时只报告一次并给出个数，修复一次全部改正。",
            why: "中文句末用英文句点不合 GB/T 15834，多是输入法未切换造成的，显得不规范。",
            bad: "全年新增企业12家，工作取得明显成效.下一步，我们将继续努力.",
            good: "全年新增企业12家，增长3.5%，工作取得明显成效。\n1.工业经济\n一.科技创新\n详见www.example.gov.cn或《报告》.docx，No. 5，等等...",
        },
    },
    check,
};

/// Above this many, the stops are one habit of the whole text: one
/// finding with the count and one fix for all.
const MANY: usize = 3;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let stops: Vec<usize> = text
        .match_indices('.')
        .map(|(i, _)| i)
        .filter(|&i| ends_chinese_sentence(text, i))
        .collect();
    let fix = |at: usize| Edit {
        range: at..at + 1,
        replacement: "。".to_owned(),
    };
    // Between two Han characters the dot may also stand for the separator
    // of a transliterated name (买买提.艾力), which is “·”: that fix needs a
    // look.
    let inside = |at: usize| char_at(text, at + 1).is_some_and(is_han);
    if stops.len() > MANY {
        let n = stops.len();
        let (applicability, names) = if stops.iter().any(|&at| inside(at)) {
            (Applicability::Unsafe, "（人名的间隔应为“·”）")
        } else {
            (Applicability::Safe, "")
        };
        let finding = sink.report(
            stops[0]..stops[0] + 1,
            format!("中文句末有{n}处用了英文句点“.”，应改为句号“。”{names}。"),
        );
        // Every other stop is shown where it stands: the fix changes it.
        for &at in &stops[1..] {
            finding.with_related(at..at + 1, "另一处英文句点".to_owned());
        }
        finding.with_fix(Fix {
            title: format!("把{n}处英文句点改为“。”"),
            applicability,
            edits: stops.iter().map(|&at| fix(at)).collect(),
        });
        return;
    }
    for at in stops {
        let (message, applicability) = if inside(at) {
            (
                "汉字之间用了英文句点“.”：句末应为句号“。”，人名的间隔应为“·”。",
                Applicability::Unsafe,
            )
        } else {
            (
                "中文句末用了英文句点“.”，应改为句号“。”。",
                Applicability::Safe,
            )
        };
        sink.report(at..at + 1, message.to_owned())
            .with_fix(Fix::replace(
                "改为“。”".to_owned(),
                applicability,
                at..at + 1,
                "。",
            ));
    }
}

/// Whether the `.` at `at` ends a Chinese sentence: Han text (or a closing
/// mark) before it, the end of the line or a new Chinese sentence after it.
fn ends_chinese_sentence(text: &str, at: usize) -> bool {
    let Some(before) = char_before(text, at) else {
        return false;
    };
    if !(is_han(before) || matches!(before, '”' | '’' | '）' | '》' | '」' | '』')) {
        return false;
    }
    // What follows, past spaces: a line end, Han text or a Chinese mark.
    let rest = text[at + 1..].trim_start_matches(SPACES);
    let next_ok = match rest.chars().next() {
        None | Some('\n' | '\r') => true,
        Some(c) => {
            is_han(c)
                || matches!(c, '“' | '‘' | '（' | '《' | '【' | '”' | '’' | '）' | '》')
                || opens_with_year(rest)
        }
    };
    next_ok
        && !is_chinese_number_marker(text, at)
        && !after_heading_marker(text, at)
        && !in_address(text, at)
}

/// Whether `rest` opens a sentence with a year or a figure in digits and
/// Han text after it (“建设.2018年我局…”, “建设.2018 年”): a new sentence,
/// where a dot between Han text and digits would otherwise be read as
/// part of a figure.
fn opens_with_year(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (2..=4).contains(&digits)
        && rest[digits..]
            .trim_start_matches(SPACES)
            .starts_with(|c: char| is_han(c))
}

const NUMERALS: &str = "〇零一二三四五六七八九十百";

/// `一.` `十二.` `第三.` starting a line or an item: a heading number
/// written with a dot, not a sentence's end. Also `三.五`, a decimal.
fn is_chinese_number_marker(text: &str, at: usize) -> bool {
    let head = &text[floor_boundary(text, at.saturating_sub(24))..at];
    let numerals: usize = head
        .chars()
        .rev()
        .take_while(|c| NUMERALS.contains(*c))
        .map(char::len_utf8)
        .sum();
    if numerals == 0 {
        return false;
    }
    if char_at(text, at + 1).is_some_and(|c| NUMERALS.contains(c)) {
        return true;
    }
    let rest = head[..head.len() - numerals].trim_end_matches('第');
    rest.chars().next_back().is_none_or(|c| !is_han(c))
}

/// `（一）.`: a dot after a heading marker that starts its line.
fn after_heading_marker(text: &str, at: usize) -> bool {
    let from = floor_boundary(text, at.saturating_sub(32));
    let line = match text[from..at].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let indent = text[line..at].len() - text[line..at].trim_start().len();
    marker::at(text, line + indent).is_some_and(|m| m.range.end == at)
}

/// Whether the `.` is part of a web or mail address written next to Chinese
/// text (政府网www.qx.gov.cn, 公众号.中国).
fn in_address(text: &str, at: usize) -> bool {
    let head = &text[floor_boundary(text, at.saturating_sub(60))..at];
    let word = head
        .rsplit(|c: char| c.is_whitespace() || "，。；：、,;“”（）《》".contains(c))
        .next()
        .unwrap_or_default();
    ["www", "http", "@", "://"].iter().any(|w| word.contains(w))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "全年新增企业12家，增长3.5%，工作取得明显成效。",
                "1.工业经济\n2. 科技创新\n一.总体情况\n十二.其他\n（一）.项目",
                "详见www.qingxi.gov.cn，邮箱kj@qingxi.gov.cn。",
                "印发《工作要点》.docx，附件.pdf",
                "No. 5 Main St. 和 Fig. 1",
                "等等...还有很多.....",
                "引进Xbox配件，完成U.S.市场开拓。",
                "全县增长三.五个百分点",
            ])
            .fail([
                "（一）加强示范基地建设.2030 年我局完成考察。",
                "全年新增企业12家，工作取得明显成效.下一步，我们将继续努力.",
                "深入落实《工作要点》.",
                "工作取得成效. 下一步继续努力。",
                "一是抓项目.二是抓招商.三是抓服务.四是抓党建.",
            ])
            .fix([
                (
                    "工作取得明显成效.下一步继续努力.",
                    "工作取得明显成效。下一步继续努力。",
                ),
                (
                    "一是抓项目.二是抓招商.三是抓服务.四是抓党建.",
                    "一是抓项目。二是抓招商。三是抓服务。四是抓党建。",
                ),
            ])
            .test_and_snapshot();
    }
}
