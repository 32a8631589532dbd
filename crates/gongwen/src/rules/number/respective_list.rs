//! `respective-list`: a 分别 list whose values do not match its items —
//! “A、B、C分别增长5%、6%” (three items, two values), or two parallel lists in
//! one sentence that give a different number of values for the same years.

use crate::finding::{Category, Severity};
use crate::number::unit_len_at;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::is_digit;
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "respective-list",
        category: Category::Number,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“分别”前列举的事项个数必须等于其后列出的数值个数；同一句中并列的两组“分别”数值（如逐年的产值增速和增加值增速）个数也应一致。",
            why: "增删一项事项或一个数值后忘了同步另一边，读者就无法对应，数值也就失去了意义。",
            bad: "全县规上工业企业、限上商贸企业和资质建筑企业分别达到120家、45家。",
            good: "全县规上工业企业、限上商贸企业和资质建筑企业分别达到120家、45家、30家。",
        },
    },
    check,
};

/// One 分别 list: the items named before it (when it names them) and the
/// values after it.
#[derive(Debug)]
struct List {
    /// The clause before 分别 and the keyword: what the finding marks.
    keyword: Range<usize>,
    items: Option<usize>,
    values: Vec<Range<usize>>,
}

const CLAUSE_BREAKS: &[char] = &['，', ',', '；', ';', '：', ':', '。'];
/// Words between 分别 and its first value.
const LEAD_IN: &[&str] = &[
    "为",
    "是",
    "达到",
    "达",
    "较去年",
    "比去年",
    "比上年",
    "较上年",
    "同比",
    "增长",
    "下降",
    "增加",
    "减少",
    "提高",
    "了",
    "：",
    ":",
    "在",
];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let xs = ctx
        .placeholders
        .of(crate::placeholder::Form::X)
        .map(|p| &p.range);
    let mut starts: Vec<(usize, usize)> = ctx
        .numbers
        .quantities
        .iter()
        .map(|q| (q.range.start, q.range.end))
        .chain(xs.map(|r| (r.start, r.end + unit_len_at(text, r.end))))
        .collect();
    starts.sort_unstable();
    for para in &ctx.numbers.paragraphs {
        for sentence in &para.sentences {
            let body = &text[sentence.clone()];
            let mut lists: Vec<List> = Vec::new();
            let mut keywords: Vec<usize> = body
                .match_indices("分别")
                .map(|(i, _)| sentence.start + i)
                .collect();
            keywords.sort_unstable();
            for at in keywords {
                let keyword = clause_start(text, sentence.start, at)..at + "分别".len();
                let values = values_after(text, keyword.end, sentence.end, &starts);
                let items = items_before(text, sentence.start, at);
                lists.push(List {
                    keyword,
                    items,
                    values,
                });
            }
            for (k, list) in lists.iter().enumerate() {
                let n = list.values.len();
                if n < 2 {
                    continue;
                }
                let span = list.values[0].start..list.values[n - 1].end;
                if let Some(items) = list.items {
                    if items != n {
                        sink.report(list.keyword.clone(), format!("“分别”前列举了{items}项，其后却有{n}个数值（{}），无法一一对应，请核对。", sink.quote(span.clone())))
                            .with_related(span, format!("{n}个数值"));
                    }
                    continue;
                }
                let Some(prev) = lists[..k].iter().rev().find(|l| l.values.len() >= 2) else {
                    continue;
                };
                let m = prev.values.len();
                if m != n {
                    let prev_span = prev.values[0].start..prev.values[m - 1].end;
                    sink.report_with(
                        list.keyword.clone(),
                        format!("同一句中前一组“分别”有{m}个数值，这一组却有{n}个（{}），两组应逐项对应，请核对是否多写或漏写。", sink.quote(span.clone())),
                        Severity::Warning,
                    )
                    .with_related(prev_span, format!("前一组的{m}个数值"));
                }
            }
        }
    }
}

/// The values of a 分别 list: figures (or x placeholders) joined by 、,
/// starting right after the lead-in words.
fn values_after(
    text: &str,
    from: usize,
    end: usize,
    starts: &[(usize, usize)],
) -> Vec<Range<usize>> {
    let mut pos = from;
    'lead: loop {
        for w in LEAD_IN {
            if text[pos..end].starts_with(w) {
                pos += w.len();
                continue 'lead;
            }
        }
        break;
    }
    let mut values = Vec::new();
    // `starts` is sorted: each value is found by binary search.
    while let Ok(k) = starts.binary_search_by_key(&pos, |&(s, _)| s) {
        let (s, e) = starts[k];
        values.push(s..e);
        // Qualifiers and doubled units stay with their value.
        let mut next = e;
        for tail in ["左右", "以上", "%"] {
            if text[next..end].starts_with(tail) {
                next += tail.len();
            }
        }
        if text[next..end].starts_with('、') {
            pos = next + '、'.len_utf8();
        } else {
            break;
        }
    }
    values
}

/// The number of items named in the clause before 分别, when it is a 、 list
/// of names (with 和/及/与 before the last): `A、B和C分别` → 3.
fn clause_start(text: &str, floor: usize, at: usize) -> usize {
    text[floor..at].rfind(CLAUSE_BREAKS).map_or(floor, |i| {
        floor + i + text[floor + i..].chars().next().map_or(1, char::len_utf8)
    })
}

fn items_before(text: &str, floor: usize, at: usize) -> Option<usize> {
    let start = clause_start(text, floor, at);
    let clause = &text[start..at];
    if !clause.contains('、') || clause.chars().any(|c| is_digit(c) || c == 'x' || c == 'X') {
        return None;
    }
    let mut parts: Vec<&str> = clause.split('、').collect();
    let last = parts.pop()?;
    let tail: Vec<&str> = last
        .split(['和', '及', '与'])
        .filter(|s| !s.is_empty())
        .collect();
    let n = parts.len() + tail.len().max(1);
    (parts
        .iter()
        .all(|p| !p.trim().is_empty() && p.chars().count() <= 20))
    .then_some(n)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
            "全县规上工业企业、限上商贸企业和资质建筑企业分别达到120家、45家、30家。",
            "民营企业、个体工商户分别比去年增加xxxx家、xxxx户，同比增长分别为xx.xx%、xx.xx%。",
            "财政科技支出1.69亿元、技术合同登记541项，分别较去年增长186.1%、567.9%%。",
            "省级、市级专精特新企业分别增长5%。",
            "三个季度呈上升趋势，分别为一季度第7、第5，二季度第3、第3。",
            "A、B分别增长5%、6%，C、D、E分别增长1%、2%、3%。",
            ])
            .fail([
            "全县规上工业企业、限上商贸企业和资质建筑企业分别达到120家、45家。",
            "产值增速分别为12.1%、9.8%、10.2%、8.5%、7.9%，增加值增速分别为11.6%、9.1%、9.9%、8.0%、7.2%、6.8%。",
            "产值增速分别为xx.x%、xx.xx%、x.xx%；增加值增速分别为xx.x%、xx%。",
            ])
            .test_and_snapshot();
    }
}
