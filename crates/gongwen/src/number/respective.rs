//! 分别 lists: “A、B和C分别增长5%、6%、7%”. Every 分别 of the text is read
//! once, here: what the clause before it names, and the values after it.
//! The number model pairs growth rates with their figures through these
//! lists, and the respective-list rule checks that both sides match.

use super::{unit_len_at, Paragraph, Quantity};
use crate::lexicon::WordSet;
use crate::text::is_digit;
use std::ops::Range;
use std::sync::LazyLock;

/// One 分别 list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RespectiveList {
    /// 分别 itself.
    pub keyword: Range<usize>,
    /// The clause before 分别, through the keyword: what a finding marks.
    pub clause: Range<usize>,
    /// How many items the clause names, when it is a 、 list of names: the
    /// fewest and the most its conjunctions allow (`A、B和C分别` → 2 to 3).
    pub items: Option<(usize, usize)>,
    /// The values right after the lead-in words: figures or x
    /// placeholders, joined by 、.
    pub values: Vec<Range<usize>>,
    /// The sentence holding the list.
    pub sentence: Range<usize>,
}

/// Every 分别 list of the text, in order. `xs` are the x placeholders,
/// which stand for values too (`分别增长xx%、xx%`).
pub fn lists<'a>(
    text: &str,
    quantities: &[Quantity],
    paragraphs: &[Paragraph],
    xs: impl Iterator<Item = &'a Range<usize>>,
) -> Vec<RespectiveList> {
    let mut starts: Vec<(usize, usize)> = quantities
        .iter()
        .map(|q| (q.range.start, q.range.end))
        .chain(xs.map(|r| (r.start, r.end + unit_len_at(text, r.end))))
        .collect();
    starts.sort_unstable();
    let mut out = Vec::new();
    // One search of the whole text, each 分别 then placed in its sentence
    // (a search per sentence set up a searcher thousands of times).
    let sentences: Vec<&Range<usize>> = paragraphs.iter().flat_map(|p| &p.sentences).collect();
    for (at, m) in text.match_indices("分别") {
        let keyword = at..at + m.len();
        let k = sentences.partition_point(|s| s.end <= at);
        let Some(&sentence) = sentences
            .get(k)
            .filter(|s| s.start <= at && keyword.end <= s.end)
        else {
            continue;
        };
        out.push(RespectiveList {
            clause: clause_start(text, sentence.start, at)..keyword.end,
            items: items_before(text, sentence.start, at),
            values: values_after(text, keyword.end, sentence.end, &starts),
            keyword,
            sentence: sentence.clone(),
        });
    }
    out
}

/// Where the clause naming a list's items begins.
const CLAUSE_BREAKS: &[char] = &['，', ',', '；', ';', '：', ':', '。'];
/// Words between 分别 and its first value.
static LEAD_IN: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
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
        "提升",
        "上升",
        "降低",
        "到",
        "至",
        "控制在",
        "保持在",
        "稳定在",
        "了",
        // 分别完成投资X、Y; 分别实现X、Y.
        "完成",
        "投资",
        "实现",
        "：",
        ":",
        "在",
    ])
});

/// The values of a 分别 list: figures (or x placeholders) joined by 、,
/// starting right after the lead-in words.
fn values_after(
    text: &str,
    from: usize,
    end: usize,
    starts: &[(usize, usize)],
) -> Vec<Range<usize>> {
    let mut pos = from;
    while let Some((n, ())) = LEAD_IN.prefix(&text[pos..end]) {
        pos += n;
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
        let rest = &text[next..end];
        // Values joined by 、, or by ；/; when each stands alone
        // (“分别为：5%；6%；7%”).
        if let Some(joiner) = ['、', '；', ';'].into_iter().find(|&j| rest.starts_with(j)) {
            let after = next + joiner.len_utf8();
            if joiner == '、' || starts.binary_search_by_key(&after, |&(s, _)| s).is_ok() {
                pos = after;
                continue;
            }
            break;
        }
        // “8.7%、31.5%和32.3%”: the last value after a conjunction.
        if let Some(w) = LAST_JOINER.iter().find(|w| rest.starts_with(**w)) {
            if let Ok(k) = starts.binary_search_by_key(&(next + w.len()), |&(s, _)| s) {
                values.push(starts[k].0..starts[k].1);
            }
        }
        break;
    }
    values
}

/// Conjunctions before the last value of a list.
const LAST_JOINER: &[&str] = &["以及", "和", "及", "与"];

/// The start of the clause that holds `at`.
fn clause_start(text: &str, floor: usize, at: usize) -> usize {
    text[floor..at].rfind(CLAUSE_BREAKS).map_or(floor, |i| {
        floor + i + text[floor + i..].chars().next().map_or(1, char::len_utf8)
    })
}

/// How many items the clause before 分别 names, when it is a 、 list of
/// names: the fewest and the most the text allows. The last part may hold
/// two items joined by 和/及/与 (`A、B和C分别`); it surely does when both
/// sides end alike (限上商贸企业和资质建筑企业), and may not when they do not
/// (软件和信息服务业, 自来水普及率 are one name each).
fn items_before(text: &str, floor: usize, at: usize) -> Option<(usize, usize)> {
    let start = clause_start(text, floor, at);
    let clause = &text[start..at];
    // Figures in the clause make its 、 a list of something else, unless
    // each item only opens with its count (3个省重点、12个市重点、6个县重点项目).
    let unfigured = |p: &str| !p.chars().any(|c| is_digit(c) || c == 'x' || c == 'X');
    let counted = |p: &str| {
        let rest = p.trim_start_matches(is_digit);
        rest.len() < p.len()
            && rest
                .chars()
                .next()
                .is_some_and(|c| crate::lexicon::words::count_word(c).is_some())
            && unfigured(rest)
    };
    if !clause.contains('、')
        || !(unfigured(clause) || clause.split('、').all(|p| counted(p.trim())))
    {
        return None;
    }
    let mut parts: Vec<&str> = clause.split('、').collect();
    let last = parts.pop()?;
    if !parts
        .iter()
        .all(|p| !p.trim().is_empty() && p.chars().count() <= 20)
    {
        return None;
    }
    let tail: Vec<&str> = last
        .split(['和', '及', '与'])
        .filter(|s| !s.is_empty())
        .collect();
    let most = parts.len() + tail.len().max(1);
    let alike = tail
        .windows(2)
        .all(|w| w[0].chars().next_back() == w[1].chars().next_back());
    let fewest = if alike { most } else { parts.len() + 1 };
    Some((fewest, most))
}
