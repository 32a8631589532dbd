//! `pinyin-in-brackets`: pinyin a simplified↔traditional converter put
//! after a character — “發(fā)展”, “統(tǒng)計”.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_before, is_han, Marks};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "pinyin-in-brackets",
        title: "汉字后括注拼音",
        category: Category::Artifact,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "汉字后面括号里带声调的拼音，如“發(fā)展”“統(tǒng)計”：这是简繁转换工具留下的注音，不是正文。修复会删去括号和拼音。",
            why: "从转换网站复制来的材料满篇是注音，上报前必须清理；逐个手删既费时又容易漏。",
            bad: "全縣經濟發(fā)展穩中有進，統(tǒng)計數據顯示……",
            good: "全縣經濟發展穩中有進，服務器項目(二期)投產，新增企業(A類)12家。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for range in pinyin_spans(text, ctx.marks) {
        let shown = sink.quote(range.clone());
        sink.report(
            range.clone(),
            format!("“{shown}”是转换工具插入的拼音注音，应删除。"),
        )
        .with_fix(Fix::delete(
            format!("删去“{shown}”"),
            Applicability::Safe,
            range,
        ));
    }
}

/// Tone-marked vowels: a pinyin syllable in brackets carries one.
const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

/// `(syllable)` right after a Han character, the syllable made of Latin
/// letters with one tone mark (`(fā)`, `(zhàn)`, `(lǜ)`).
fn pinyin_spans(text: &str, marks: &Marks) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for &(i, c) in marks.all() {
        if !matches!(c, '(' | '（') || !char_before(text, i).is_some_and(is_han) {
            continue;
        }
        let inner_start = i + c.len_utf8();
        let inner: String = text[inner_start..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || TONED.contains(*c) || *c == 'ü')
            .collect();
        let close = text[inner_start + inner.len()..].chars().next();
        let toned = inner.chars().filter(|c| TONED.contains(*c)).count();
        if toned == 1
            && (2..=7).contains(&inner.chars().count())
            && matches!(close, Some(')' | '）'))
        {
            out.push(i..inner_start + inner.len() + close.map_or(1, char::len_utf8));
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
                "企業(A類)和項目(二期)",
                "引進Xbox配件、x86服務器",
                "函數f(x)的值",
                "采用(new)模式",
                "拼音（pinyin）教學",
            ])
            .fail([
                "全縣經濟發(fā)展穩中有進",
                "統(tǒng)計數據，企業(yè)x家",
                "戰(zhàn)疫復產、綠(lǜ)色發展",
            ])
            .fix([("全縣經濟發(fā)展，統(tǒng)計", "全縣經濟發展，統計")])
            .test_and_snapshot();
    }
}
