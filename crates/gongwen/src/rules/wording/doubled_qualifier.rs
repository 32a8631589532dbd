//! `doubled-qualifier`: two words that say the same thing around one
//! figure — 约10亿元左右, 近5000人左右, 超过50%以上, 突破100家以上,
//! 达10万人以上之多, 截至目前为止. The fix drops the second word. 预计…左右
//! is fine (预计 is a forecast, not an approximation), and so is
//! 超过去年10%以上 (超过 is the verb there: no figure follows it).

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::WordSet;
use crate::number::chinese::is_numeral;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::is_digit;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "doubled-qualifier",
        title: "约数词重复",
        category: Category::Wording,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "同一个数字前后用了意思重复的两个词：“约……左右”“大约……左右”“近……左右”（都表示约数），“超过……以上”“突破……以上”（都表示超出），“……以上之多”，“截至……为止”。修复删去后一个词。“预计……左右”“超过去年同期10%以上”（“超过”是动词）不报。",
            why: "语义重复是公文校对的常见病句，审稿时一定会被改。",
            bad: "总投资约10亿元左右，增速超过15%以上，截至目前为止已完工。",
            good: "总投资约10亿元，增速15%以上，截至目前已完工；预计增长8%左右。",
        },
    },
    check,
};

/// The second words, each found once; what comes before them decides.
pub(crate) static ENDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::words(["左右", "以上", "之多", "为止"]));

/// Words for an approximate figure, longest first.
const ABOUT: &[&str] = &["大约", "将近", "接近", "约", "近"];
/// Words of which 约 or 近 is the last character but which do not mean
/// "about": 节约10%左右 is a saving of about 10%.
const NOT_ABOUT: &[&str] = &[
    "节约", "合约", "公约", "条约", "签约", "契约", "预约", "制约", "简约", "相约", "特约", "违约",
    "履约", "守约", "隐约", "最近", "附近", "临近", "邻近", "靠近", "就近", "亲近",
];
/// Words for "more than", longest first.
const OVER: &[&str] = &["超过", "突破", "高于", "多于", "大于"];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (range, ()) in ctx.find_iter(&ENDS) {
        let clause = clause_before(text, range.start);
        let (first, second) = match &text[range.clone()] {
            "左右" => match qualified(clause, ABOUT, true) {
                Some(q) => (q, range.clone()),
                None => continue,
            },
            "以上" => match qualified(clause, OVER, false) {
                Some(q) => (q, range.clone()),
                None => continue,
            },
            // 以上之多: 之多 repeats 以上.
            "之多"
                if clause.ends_with("以上")
                    && figure_before(&clause[..clause.len() - "以上".len()]) =>
            {
                ("以上", range.clone())
            }
            "为止" => match clause.rfind("截至") {
                Some(_) => ("截至", range.clone()),
                None => continue,
            },
            _ => continue,
        };
        let second_word = sink.quote(second.clone());
        sink.report(
            second.clone(),
            format!("“{first}”和“{second_word}”意思重复，只需保留一个：删去“{second_word}”。"),
        )
        .with_fix(Fix::delete(
            format!("删去“{second_word}”"),
            Applicability::Safe,
            second,
        ));
    }
}

/// The text of the clause before byte `at`: back to the last mark that
/// ends a clause (not ％ or ．, which belong to figures) or line break, at
/// most 24 characters.
fn clause_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let start = head
        .char_indices()
        .rev()
        .take(24)
        .find(|&(_, c)| "，。；：、！？（）“”\n,;:!?()".contains(c))
        .map_or_else(
            || {
                head.char_indices()
                    .rev()
                    .take(24)
                    .last()
                    .map_or(at, |(i, _)| i)
            },
            |(i, c)| i + c.len_utf8(),
        );
    &head[start..]
}

/// The qualifier of `words` that governs the figure the clause ends on:
/// the word, then (when `gap`) one of 占有为合达计共, then a figure, then
/// at most six characters of unit and no further digit.
fn qualified(clause: &str, words: &[&'static str], gap: bool) -> Option<&'static str> {
    words.iter().copied().find(|w| {
        clause.match_indices(w).any(|(i, _)| {
            let before = &clause[..i];
            if NOT_ABOUT
                .iter()
                .any(|n| n.ends_with(w) && before.ends_with(&n[..n.len() - w.len()]))
            {
                return false;
            }
            let mut after = &clause[i + w.len()..];
            if gap {
                after = after
                    .strip_prefix(['占', '有', '为', '合', '达', '计', '共'])
                    .unwrap_or(after);
            } else {
                after = after.strip_prefix('了').unwrap_or(after);
            }
            let n = figure_len(after);
            let unit = &after[n..];
            n > 0 && unit.chars().count() <= 6 && !unit.chars().any(is_digit)
        })
    })
}

/// Whether the clause ends on a figure and at most six characters of unit.
fn figure_before(clause: &str) -> bool {
    clause.char_indices().any(|(i, _)| {
        let n = figure_len(&clause[i..]);
        let unit = &clause[i + n..];
        n > 0 && unit.chars().count() <= 6 && !unit.chars().any(|c| is_digit(c) || is_numeral(c))
    })
}

/// The byte length of the figure `s` starts with: Arabic digits with their
/// decimal point and thousands separators, or Chinese numerals.
fn figure_len(s: &str) -> usize {
    let arabic: usize = s
        .chars()
        .take_while(|&c| is_digit(c) || matches!(c, '.' | '．' | ','))
        .map(char::len_utf8)
        .sum();
    if arabic > 0 && s.starts_with(is_digit) {
        return arabic;
    }
    s.chars()
        .take_while(|&c| is_numeral(c))
        .map(char::len_utf8)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "总投资约10亿元，增速15%以上，截至目前已完工。",
                "预计增长8%左右，达到90%以上。",
                "产值超过去年同期10%以上。",
                "节约成本10%左右，最近3天左右完成。",
                "一、主要成效\n以上工作取得明显成效，左右两侧绿化。",
                "近年来，新增企业50家左右。",
            ])
            .fail([
                "总投资约10亿元左右。",
                "全县大约有3000人左右参加，近5000人左右受益。",
                "占比约占30%左右，約佔３０％左右。",
                "增速超过15%以上，突破了100家以上。",
                "参训人员达10万人以上之多。",
                "截至目前为止，已完工。",
                "總投資約10億元左右，截至目前為止。",
            ])
            .fix([
                (
                    "总投资约10亿元左右，超过15%以上。",
                    "总投资约10亿元，超过15%。",
                ),
                (
                    "截至2024年10月底为止，达10万人以上之多。",
                    "截至2024年10月底，达10万人以上。",
                ),
            ])
            .test_and_snapshot();
    }
}
