//! The previous year's report beside the draft (`check_with_previous`):
//! its models, built once, and what the `previous` rules and the 上年计划
//! checklist ask of the two texts — which sentences match once years and
//! figures are set aside, which parts are summary and which plan, and
//! whether a plan item is taken up in this year's summary.

use crate::number;
use crate::outline::{Outline, Role};
use crate::text::{is_digit, is_han};
use foldhash::{HashMap, HashMapExt};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A plan item: its range in the report and its telling character pairs.
pub type Item = (Range<usize>, Vec<(char, char)>);

/// The previous report, read once.
#[derive(Debug)]
pub struct Model {
    /// The text as written (for quotes).
    pub original: String,
    /// Folded to simplified characters, as the models read it.
    pub text: String,
    pub numbers: number::Model,
    pub outline: Outline,
    /// Its summary part (the sections of the year's work), where copied
    /// text is looked for.
    pub summary: Vec<Range<usize>>,
    /// Its plan part (the sections of next year's work).
    pub plan: Vec<Range<usize>>,
    /// Its summary sentences by [`prose_key`] (long enough to count), for
    /// `copied-from-previous`.
    pub summary_keys: HashMap<String, Range<usize>>,
    /// Its plan items (headings' lines, 一是 clauses) with their telling
    /// character pairs, for [`plan_followup`].
    pub items: Vec<Item>,
}

impl Model {
    pub fn new(original: &str) -> Model {
        let text = crate::lexicon::fold::fold(original).into_owned();
        let marks = crate::text::Marks::new(&text);
        let placeholders = crate::placeholder::Model::new(&text, &marks);
        let numbers = number::Model::new(&text, &marks, &placeholders);
        let outline = Outline::parse_hinted(&text, &marks, &[], &[], None);
        let summary = part(&outline, &text, &[Role::Summary, Role::Highlights]);
        let plan = part(&outline, &text, &[Role::Plan, Role::Targets]);
        let mut summary_keys = HashMap::default();
        for r in &summary {
            for s in sentences(&text, r.clone()) {
                let k = prose_key(&text, s.clone(), &numbers);
                if k.chars().count() >= MIN_KEY {
                    summary_keys.entry(k).or_insert(s);
                }
            }
        }
        let items = plan_items(&text, &outline, &plan);
        Model {
            original: original.to_owned(),
            text,
            numbers,
            outline,
            summary,
            plan,
            summary_keys,
            items,
        }
    }

    /// The year the previous report sums up.
    pub fn year(&self) -> Option<u32> {
        self.outline.reports.first().and_then(|r| r.head.year)
    }
}

/// The sections of `outline` that play one of `roles` (top-level
/// headings). A plan runs on through the top-level sections after it that
/// name no part: a 政府工作报告 sets out its tasks under headings of their
/// own (三、把改革开放扎实推向纵深) after its 总体部署. With no heading of
/// that kind, for the summary: the text before the first problems or plan
/// heading; for the plan, a whole report whose title names a plan (工作要点,
/// 工作计划 without 总结): its body; else nothing.
pub fn part(outline: &Outline, text: &str, roles: &[Role]) -> Vec<Range<usize>> {
    let top = outline.headings.iter().filter(|h| h.level == 1);
    let plan = roles.contains(&Role::Plan);
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut in_plan = false;
    for h in top.clone() {
        let named = h.roles.iter().any(|r| roles.contains(r));
        in_plan = named || (plan && in_plan && h.roles.is_empty());
        if in_plan {
            found.push(h.section.clone());
        }
    }
    if found.is_empty() && plan {
        return plan_document(outline, text).into_iter().collect();
    }
    if !found.is_empty() || !roles.contains(&Role::Summary) {
        return found;
    }
    let end = top
        .filter(|h| {
            h.roles
                .iter()
                .any(|r| matches!(r, Role::Problems | Role::Plan))
        })
        .map(|h| h.marker.start)
        .next()
        .unwrap_or(text.len());
    std::iter::once(0..end).collect()
}

/// Titles of a document that is all plan: 工作要点, or a 工作计划 (安排,
/// 思路) that sums nothing up.
const PLAN_TITLES: &[&str] = &["工作要点", "工作计划", "工作安排", "工作思路"];

/// The body of a report whose title names a plan document (below its
/// title line), when it sums nothing up.
fn plan_document(outline: &Outline, text: &str) -> Option<Range<usize>> {
    // The head: the lines above the first heading.
    let head_end = outline
        .headings
        .first()
        .map_or(text.len(), |h| h.marker.start);
    let summing = ["总结", "回顾", "汇报", "述职", "自查", "情况"];
    let mut start = 0;
    for line in text[..head_end].split_inclusive('\n') {
        let end = start + line.len();
        if PLAN_TITLES.iter().any(|w| line.contains(w)) {
            return (!summing.iter().any(|w| line.contains(w))).then_some(end..text.len());
        }
        start = end;
    }
    None
}

/// The sentences of `text` inside `range`: up to 。！？； or a line break,
/// trimmed of spaces.
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    for (i, c) in text[range.clone()].char_indices() {
        if c == '\n' || crate::layout::GROUP_ENDS.contains(&c) {
            let end = range.start + i + c.len_utf8();
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..range.end, &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let trimmed = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if !trimmed.is_empty() {
        let at = range.start
            + (s.len()
                - s.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
                    .len());
        out.push(at..at + trimmed.len());
    }
}

/// Stock phrases two reports of one office share by nature: the guiding
/// thought, the leadership, the formulas that open and close a report.
/// They do not count towards the length of copied text.
const BOILERPLATE: &[&str] = &[
    "在县委、县政府的坚强领导下",
    "在市委、市政府的坚强领导下",
    "在区委、区政府的坚强领导下",
    "的坚强领导下",
    "以习近平新时代中国特色社会主义思想为指导",
    "习近平新时代中国特色社会主义思想",
    "全面贯彻党的二十大精神",
    "全面贯彻党的十九大精神",
    "现将有关情况报告如下",
    "现将有关情况汇报如下",
    "现将工作情况报告如下",
    "特此报告",
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”",
    "深刻领悟“两个确立”的决定性意义",
    "完整、准确、全面贯彻新发展理念",
    "推动高质量发展",
];

/// The words of a sentence that say something: without figures, years,
/// punctuation, stock phrases and quoted names (《…》, “…”): what must
/// match for a sentence to count as copied.
pub fn key(sentence: &str) -> String {
    let mut s = sentence.to_owned();
    for phrase in BOILERPLATE {
        if s.contains(phrase) {
            s = s.replace(phrase, "");
        }
    }
    let mut out = String::with_capacity(s.len());
    let mut quoted = 0usize;
    for c in s.chars() {
        match c {
            '《' | '“' => quoted += 1,
            '》' | '”' => quoted = quoted.saturating_sub(1),
            _ if quoted > 0 => {}
            _ if is_han(c) || c.is_alphabetic() => out.push(c),
            _ if is_digit(c) && !out.ends_with('#') => out.push('#'),
            _ => {}
        }
    }
    // 年 after a year, 月 after a month: part of the figure.
    out
}

/// The [`key`] of the sentence at `range` without its statements of
/// figures (the indicator's name and the figure: 完成工业投资32.5亿元 keeps
/// 完成): a sentence that only lists this year's figures for the same
/// indicators as last year has been updated, not copied; the prose around
/// the figures is what must match.
pub fn prose_key(text: &str, range: Range<usize>, numbers: &number::Model) -> String {
    let mut cut: Vec<Range<usize>> = Vec::new();
    for i in numbers.quantities_in(&range) {
        let q = &numbers.quantities[i];
        cut.push(q.range.clone());
        if let Some(s) = numbers.statement_of(i) {
            // Indicator names are short (工业投资, 规上工业增加值); a
            // longer phrase before a figure (组织干部走访规上企业) is prose.
            let short = text[s.metric.clone()].chars().count() <= METRIC_NAME;
            if short && s.metric.start >= range.start && s.metric.end <= range.end {
                cut.push(s.metric.clone());
            }
        }
    }
    cut.sort_by_key(|r| r.start);
    let mut kept = String::with_capacity(range.len());
    let mut at = range.start;
    for r in cut {
        if r.start > at {
            kept.push_str(&text[at..r.start]);
        }
        at = at.max(r.end);
    }
    if at < range.end {
        kept.push_str(&text[at..range.end]);
    }
    key(&kept)
}

/// The longest metric phrase taken for an indicator's name, in characters.
const METRIC_NAME: usize = 8;

/// How many characters a key must keep to count as a copied sentence.
pub const MIN_KEY: usize = 16;

/// One of last year's plan items and what this year's draft says of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    /// The item as last year's report wrote it (a heading or a 一是 clause).
    pub text: String,
    /// Its byte range in the previous report.
    pub previous: Range<usize>,
    /// Where this year's summary takes it up (byte range of the sentence),
    /// if it does.
    pub mentioned: Option<Range<usize>>,
    /// Its stated targets: each as last year's report wrote it, with this
    /// year's stated figure for the same metric, if there is one.
    pub targets: Vec<TargetFollowup>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetFollowup {
    /// “规上工业增加值增长7%”.
    pub target: String,
    /// “规上工业增加值增长8.1%”, with its range in the draft.
    pub result: Option<(String, Range<usize>)>,
}

/// Generic words of plan items (加强、推进、工作…): they say how, not
/// what, and do not count when looking for an item in the summary.
const GENERIC: &[&str] = &[
    "进一步",
    "加强",
    "推进",
    "加快",
    "深入",
    "全面",
    "持续",
    "扎实",
    "大力",
    "积极",
    "着力",
    "切实",
    "不断",
    "提升",
    "提高",
    "完善",
    "健全",
    "强化",
    "推动",
    "促进",
    "做好",
    "抓好",
    "工作",
    "建设",
    "发展",
    "开展",
    "实施",
    "落实",
    "坚持",
    "优化",
    "重点",
    "主要",
    "全县",
    "全市",
    "全区",
    "我局",
    "一是",
    "二是",
    "三是",
    "四是",
    "五是",
    "六是",
    "七是",
    "八是",
    "力争",
    "确保",
    "争取",
    "计划",
    "目标",
    "明年",
    "今年",
    "年度",
];

/// The character pairs of an item's telling words: Han runs left after
/// the generic words are taken out.
fn key_pairs(s: &str) -> Vec<(char, char)> {
    let mut s = s.to_owned();
    for g in GENERIC {
        s = s.replace(g, "|");
    }
    let mut pairs = Vec::new();
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if is_han(c) {
            if let Some(p) = prev {
                pairs.push((p, c));
            }
            prev = Some(c);
        } else {
            prev = None;
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// What share of an item's telling pairs a text must hold to take it up.
const TAKEN_UP: f64 = 0.5;

/// The plan items of a report's plan part: the lines of its headings
/// below the top level (a line of 一是/二是 clauses itemised by them
/// instead), and each 一是 clause; with their telling character pairs.
/// Items with fewer than two pairs say too little to look for.
fn plan_items(text: &str, outline: &Outline, plan: &[Range<usize>]) -> Vec<Item> {
    let p = text;
    let in_plan = |at: usize| plan.iter().any(|r| r.contains(&at));
    let mut items: Vec<(Range<usize>, String)> = Vec::new();
    let enumerated = |line: &Range<usize>| {
        outline
            .enumerations
            .iter()
            .any(|e| line.contains(&e.items[0].1.start))
    };
    for h in outline
        .headings
        .iter()
        .filter(|h| h.level > 1 && in_plan(h.marker.start))
    {
        // The heading with the rest of its line: a slogan (抓服务优环境)
        // says little, its sentences say what was planned. A line of
        // 一是/二是 clauses is itemised by them instead.
        let end = p[h.marker.start..]
            .find('\n')
            .map_or(p.len(), |i| h.marker.start + i);
        let line = h.marker.start..end;
        if !enumerated(&line) {
            items.push((line.clone(), p[line].trim().to_owned()));
        }
    }
    for e in outline
        .enumerations
        .iter()
        .filter(|e| in_plan(e.items[0].1.start))
    {
        for (i, (_, marker)) in e.items.iter().enumerate() {
            let end = e
                .items
                .get(i + 1)
                .map_or_else(|| p.len(), |(_, next)| next.start);
            let clause = &p[marker.end..end];
            let stop = clause.find(['。', '；', ';', '\n']).unwrap_or(clause.len());
            let item = clause[..stop].trim_end_matches(['，', ',', '、', ' ', '\u{3000}']);
            items.push((
                marker.start..marker.end + item.len(),
                item.trim().to_owned(),
            ));
        }
    }
    items.sort_by_key(|(r, _)| r.start);
    items.dedup_by_key(|(r, _)| r.start);
    items
        .into_iter()
        .map(|(range, item)| (range, key_pairs(&item)))
        .filter(|(_, pairs)| pairs.len() >= 2)
        .collect()
}

/// Last year's plan items, each with where this year's summary takes it
/// up. Items are the plan part's headings below the top level and its
/// 一是/二是 clauses; targets are its figures stated as targets.
pub fn plan_followup(
    previous: &Model,
    text: &str,
    original: &str,
    numbers: &number::Model,
    outline: &Outline,
) -> Vec<PlanItem> {
    let summary = part(outline, text, &[Role::Summary, Role::Highlights]);
    let summary_sentences: Vec<Range<usize>> = summary
        .iter()
        .flat_map(|r| sentences(text, r.clone()))
        .collect();
    // Which summary sentences hold each character pair.
    let mut holders: HashMap<(char, char), Vec<usize>> = HashMap::new();
    for (i, r) in summary_sentences.iter().enumerate() {
        let mut prev: Option<char> = None;
        for c in text[r.clone()].chars() {
            if let Some(p) = prev {
                let list = holders.entry((p, c)).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
            prev = Some(c);
        }
    }
    let p = &previous.text;
    let in_plan = |at: usize| previous.plan.iter().any(|r| r.contains(&at));
    let mut out: Vec<PlanItem> = previous
        .items
        .iter()
        .map(|(range, pairs)| {
            let found = pairs.iter().filter(|p| holders.contains_key(p)).count();
            // Taken up: enough of its pairs in the summary; the place is
            // the sentence holding most of them.
            let mentioned = (found as f64 / pairs.len() as f64 >= TAKEN_UP)
                .then(|| {
                    let mut votes: HashMap<usize, usize> = HashMap::new();
                    for i in pairs.iter().filter_map(|p| holders.get(p)).flatten() {
                        *votes.entry(*i).or_default() += 1;
                    }
                    votes
                        .into_iter()
                        .max_by_key(|&(i, n)| (n, std::cmp::Reverse(i)))
                        .map(|(i, _)| summary_sentences[i].clone())
                })
                .flatten();
            PlanItem {
                text: previous.original[range.clone()].trim().to_owned(),
                previous: range.clone(),
                mentioned,
                targets: Vec::new(),
            }
        })
        .collect();
    // Targets: last year's plan figures stated as targets, with this
    // year's figure for the same metric, when the draft states one.
    // In the plan part a figure is a target though no 力争 says so
    // (新增高新技术企业20家), unless it is of a named year.
    for s in previous.numbers.statements.iter().filter(|s| {
        let planned = match s.kind {
            number::Kind::Target => true,
            number::Kind::Actual => !matches!(s.period, Some(number::Period::Year(_))),
            number::Kind::Forecast => false,
        };
        planned && !s.metric.is_empty() && in_plan(s.sentence.start)
    }) {
        let metric = &p[s.metric.clone()];
        let q = &previous.numbers.quantities[s.quantity];
        // “metric figure”, with the growth after it: 规上工业增加值增长7%.
        let said = |m: &number::Model, st: &number::Statement, written: &str| {
            let q = &m.quantities[st.quantity];
            let figure = match st.growth.map(|g| (&m.quantities[g.quantity], g.direction)) {
                Some((g, d)) if g.range.start > q.range.start => {
                    format!(
                        "{}，{}{}",
                        &written[q.range.clone()],
                        d.word(),
                        &written[g.range.clone()]
                    )
                }
                _ => written[q.range.clone()].to_owned(),
            };
            format!("{}{figure}", &written[st.metric.clone()])
        };
        let target = said(&previous.numbers, s, &previous.original);
        let result = numbers
            .statements
            .iter()
            .filter(|c| {
                c.kind != number::Kind::Target
                    && &text[c.metric.clone()] == metric
                    && numbers.quantities[c.quantity].unit.kind == q.unit.kind
                    && summary.iter().any(|r| r.contains(&c.sentence.start))
            })
            .map(|c| {
                (
                    said(numbers, c, original),
                    numbers.quantities[c.quantity].range.clone(),
                )
            })
            .next();
        let range = s.sentence.clone();
        match out
            .iter_mut()
            .find(|i| i.previous.contains(&s.metric.start))
        {
            Some(item) => item.targets.push(TargetFollowup { target, result }),
            None => out.push(PlanItem {
                text: previous.original[range.clone()].trim().to_owned(),
                previous: range,
                mentioned: result.as_ref().map(|(_, r)| r.clone()),
                targets: vec![TargetFollowup { target, result }],
            }),
        }
    }
    // Growth targets (力争规上工业增加值增长7%), which state no amount to
    // be a statement of the number model, with this year's growth of the
    // same indicator in the summary.
    let this_year: Vec<(String, Range<usize>)> = summary
        .iter()
        .flat_map(|r| growth_claims(text, r.clone()))
        .map(|(metric, at)| (metric.to_owned(), at))
        .collect();
    for part in &previous.plan {
        for (metric, at) in growth_claims(p, part.clone()) {
            let target = previous.original[at.clone()].to_owned();
            let result = this_year
                .iter()
                .find(|(m, _)| m == metric)
                .map(|(_, r)| (original[r.clone()].to_owned(), r.clone()));
            let sentence = sentences(p, part.clone())
                .into_iter()
                .find(|s| s.contains(&at.start))
                .unwrap_or(at.clone());
            match out.iter_mut().find(|i| i.previous.contains(&at.start)) {
                Some(item) => item.targets.push(TargetFollowup { target, result }),
                None => out.push(PlanItem {
                    text: previous.original[sentence.clone()].trim().to_owned(),
                    previous: sentence,
                    mentioned: result.as_ref().map(|(_, r)| r.clone()),
                    targets: vec![TargetFollowup { target, result }],
                }),
            }
        }
    }
    out.sort_by_key(|i| i.previous.start);
    out
}

/// Words before an indicator's name in a growth claim: the target and
/// period words, not part of the name.
const CLAIM_LEAD: &[&str] = &[
    "力争", "确保", "争取", "预计", "目标", "全年", "实现", "完成", "全县", "全市", "全区", "同比",
    "年均", "其中", "今年", "明年",
];

/// Growth claims in `range` of `text`: “规上工业增加值（同比）增长8.1%”,
/// each as the indicator's name and the byte range from the name to the
/// percent sign. The name is the clause's words before 增长, without the
/// target and period words in front; an empty or long one is no claim.
pub fn growth_claims(text: &str, range: Range<usize>) -> Vec<(&str, Range<usize>)> {
    let mut out = Vec::new();
    let body = &text[range.clone()];
    for (i, _) in body.match_indices("增长") {
        let after = &body[i + "增长".len()..];
        let after_filler = after
            .strip_prefix("达到")
            .or_else(|| after.strip_prefix("达"))
            .or_else(|| after.strip_prefix("为"))
            .unwrap_or(after);
        let digits = after_filler
            .char_indices()
            .take_while(|&(_, c)| is_digit(c) || matches!(c, '.' | '．'))
            .last()
            .map_or(0, |(k, c)| k + c.len_utf8());
        let rest = &after_filler[digits..];
        if digits == 0 || !rest.starts_with(['%', '％']) {
            continue;
        }
        let end = i
            + "增长".len()
            + (after.len() - after_filler.len())
            + digits
            + rest.chars().next().map_or(0, char::len_utf8);
        let before = &body[..i];
        let start = before
            .rfind(['，', '。', '；', '：', '、', ',', ';', ':', '\n', '（', '('])
            .map_or(0, |k| {
                k + before[k..].chars().next().map_or(1, char::len_utf8)
            });
        let mut name = before[start..].trim_end_matches("同比");
        let mut name_start = start;
        while let Some(lead) = CLAIM_LEAD.iter().find(|l| name.starts_with(**l)) {
            name = &name[lead.len()..];
            name_start += lead.len();
        }
        let chars = name.chars().count();
        if (2..=12).contains(&chars) && name.chars().all(is_han) {
            out.push((name, range.start + name_start..range.start + end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_set_aside_figures_years_stock_phrases_and_quoted_names() {
        assert_eq!(
            key("2023年，全县新增高新技术企业21家。"),
            key("2024年，全县新增高新技术企业35家。")
        );
        assert_eq!(key("在县委、县政府的坚强领导下，我局"), "我局");
        assert_eq!(key("出台《白石县促进工业经济高质量发展若干措施》"), "出台");
    }

    #[test]
    fn sentences_end_at_stops_and_line_breaks() {
        let text = "一、总结\n全年完成投资5亿元；新增企业3家。\n";
        let found: Vec<&str> = sentences(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["一、总结", "全年完成投资5亿元；", "新增企业3家。"]);
    }

    #[test]
    fn growth_claims_name_the_indicator() {
        let text =
            "力争规上工业增加值增长7%，全年社会消费品零售总额同比增长8.1%，工业投资增长较快。";
        let found: Vec<(&str, &str)> = growth_claims(text, 0..text.len())
            .into_iter()
            .map(|(m, r)| (m, &text[r]))
            .collect();
        assert_eq!(
            found,
            [
                ("规上工业增加值", "规上工业增加值增长7%"),
                ("社会消费品零售总额", "社会消费品零售总额同比增长8.1%")
            ]
        );
    }

    #[test]
    fn generic_words_do_not_count_towards_an_item() {
        assert_eq!(
            key_pairs("加快推进智慧园区建设"),
            [('园', '区'), ('慧', '园'), ('智', '慧')]
        );
        assert!(key_pairs("加强工作").is_empty());
    }
}
