//! `announced-parts`: “重点做好十个方面工作：” followed by eleven parts — the
//! number a report announces for the parts that follow (headings or 一是、
//! 二是…) against the parts it then writes.

use crate::finding::{Category, Severity};
use crate::number::chinese;
use crate::outline::Heading;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::floor_boundary;
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "announced-parts",
        title: "“以下N个方面”与标题数不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "“重点做好以下十个方面工作：”“主要抓了八个方面工作。”之后紧接着的同级标题（（一）（二）……）或“一是……二是……”的个数，要与前面说的个数一致；“办好五件大事：”“实施三大行动：”等冒号后紧接“一是……”的也一样。“要把握好以下四点。”之后的“第一……第二……”也一样；“办好10件民生实事：”后同一句里用逗号（有分号时用分号）隔开的各项也要与个数一致（相差三项以上、或某项很长像是解释的不查）。",
            why: "增删一项工作后，常常忘了改前面总括的个数；审稿人一数就会发现。",
            bad: "今年重点做好三个方面工作：\n（一）稳增长。\n（二）强创新。\n（三）优服务。\n（四）惠民生。\n",
            good: "今年重点做好四个方面工作：\n（一）稳增长。\n（二）强创新。\n（三）优服务。\n（四）惠民生。\n",
        },
    },
    check,
};

/// The most parts counted after an announcement (announced numbers run up
/// to 30).
const MAX_PARTS: usize = 64;

/// The words that announce parts: “十个方面”.
const PARTS: &str = "个方面";
/// What may stand between 个方面 and the end of the announcement.
const TAIL: &[&str] = &[
    "工作",
    "重点工作",
    "重点任务",
    "的工作",
    "任务",
    "内容",
    "措施",
    "举措",
];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // Every 一是、二是… item of the text, in order, found once.
    let items: Vec<(u32, Range<usize>)> = ctx
        .outline
        .enumerations
        .iter()
        .flat_map(|e| e.items.iter().cloned())
        .collect();
    for (at, _) in text.match_indices(PARTS) {
        let Some((n, count)) = announced_number(text, at) else {
            continue;
        };
        let Some(end) = announcement_end(text, at + PARTS.len()) else {
            continue;
        };
        let Some((found, last)) = parts_after(ctx, &items, end) else {
            continue;
        };
        if found == n {
            continue;
        }
        let said = sink.quote(count.clone());
        sink.report(
            count.start..at + PARTS.len(),
            format!("这里说“{said}个方面”，后面实际列了{found}项，请核对个数或补删内容。"),
        )
        .with_related(last, format!("列出的第{found}项"));
    }
    counted_before_items(ctx, &items, sink);
    counted_before_colon_list(text, sink);
    points(ctx, &items, sink);
}

/// “2026年10件民生实事：A，B，……。” — a count of any measure word closing
/// with a colon, and the items of the sentence after it on its line
/// (separated by ；, else by ，): as many. A list of 一是… is read above;
/// a count far from the items (two more or fewer) counts something else.
fn counted_before_colon_list(text: &str, sink: &mut Sink<'_>) {
    for (colon, _) in text.match_indices('：') {
        let end = colon + '：'.len_utf8();
        if text[end..].starts_with("一是") {
            continue;
        }
        let Some((start, n)) = count_before_name(text, colon) else {
            continue;
        };
        let Some((listed, last)) = listed_after_colon(text, end) else {
            continue;
        };
        if listed == n || listed.abs_diff(n) > 2 || listed < 2 || !short_items(text, end) {
            continue;
        }
        let said = sink.quote(start..colon).to_owned();
        sink.report(
            start..colon,
            format!("这里说“{said}”，后面实际列了{listed}项，请核对个数或补删内容。"),
        )
        .with_related(last, format!("列出的第{listed}项"));
    }
}

/// The longest item of a list after a colon, in characters: a longer
/// piece (全力推进人工智能、航空航天……等6个重大科技专项) makes the colon
/// open an explanation, not a list.
const ITEM_MOST: usize = 24;

/// Whether every piece of the sentence after the colon at `end` is short.
fn short_items(text: &str, end: usize) -> bool {
    let line_end = text[end..].find('\n').map_or(text.len(), |k| end + k);
    let stop = text[end..line_end].find('。').map_or(line_end, |k| end + k);
    text[end..stop]
        .split(['，', '；'])
        .all(|piece| piece.chars().count() <= ITEM_MOST)
}

/// The count right before a short name that ends at `end` (五件大事,
/// 10件民生实事): the nearest measure word with a figure before it (件 in
/// 五件大事, not 大), a short name of Han characters after it; where its
/// figure starts and its value, 2 to 30. 个方面 is read above.
fn count_before_name(text: &str, end: usize) -> Option<(usize, usize)> {
    let head = &text[..end];
    for (k, c) in head
        .char_indices()
        .rev()
        .take(NAME_MOST + 1)
        .take_while(|&(_, c)| crate::text::is_han(c))
    {
        let name = &head[k + c.len_utf8()..];
        if !MEASURES.contains(&c)
            || (c == '个' && name.starts_with("方面"))
            || (c != '大' && name.is_empty())
        {
            continue;
        }
        if let Some((start, n)) = chinese::figure_before(text, k) {
            let n = n as usize;
            return (2..=30).contains(&n).then_some((start, n));
        }
    }
    None
}

/// “要把握好以下四点。” followed by 第一、第二…: the points announced
/// against the points made. Only 以下/如下 before the count makes it an
/// announcement (两点 elsewhere is a distance or a time).
fn points(ctx: &Ctx<'_>, items: &[(u32, Range<usize>)], sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (at, _) in text.match_indices('点') {
        let Some((n, count)) = announced_number(text, at) else {
            continue;
        };
        if !["以下", "如下"]
            .iter()
            .any(|w| text[..count.start].ends_with(w))
        {
            continue;
        }
        let end = at + '点'.len_utf8();
        let Some(c) = text[end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '：' | ':' | '。'))
        else {
            continue;
        };
        let Some((found, last)) = parts_after(ctx, items, end + c.len_utf8()) else {
            continue;
        };
        if found == n {
            continue;
        }
        let said = sink.quote(count.start..end).to_owned();
        sink.report(
            count.start..end,
            format!("这里说“以下{said}”，后面实际列了{found}点，请核对个数或补删内容。"),
        )
        .with_related(last, format!("列出的第{found}点"));
    }
}

/// Measure words of a count that announces a list (五件大事、三项任务、
/// 四大行动、两个确保); 个方面 is read above.
const MEASURES: [char; 5] = ['个', '件', '项', '条', '大'];

/// The longest name after the measure word (大事, 重点任务, 攻坚行动).
const NAME_MOST: usize = 6;

/// “干好五件大事：一是……四是……” — a count of any measure word, closing with
/// a colon right before the first 一是 of a list: the items must be as many.
fn counted_before_items(ctx: &Ctx<'_>, items: &[(u32, Range<usize>)], sink: &mut Sink<'_>) {
    let text = ctx.text;
    for e in &ctx.outline.enumerations {
        let Some((1, first)) = e.items.first() else {
            continue;
        };
        let before = text[..first.start].trim_end_matches(crate::layout::BLANKS);
        let before = before.strip_suffix('\n').unwrap_or(before);
        let Some(head) = before
            .strip_suffix('：')
            .or_else(|| before.strip_suffix(':'))
        else {
            continue;
        };
        let Some((start, n)) = count_before_name(text, head.len()) else {
            continue;
        };
        let end = before.len();
        let Some((listed, last)) = parts_after(ctx, items, end) else {
            continue;
        };
        if listed == n {
            continue;
        }
        let said = sink.quote(start..head.len()).to_owned();
        sink.report(
            start..head.len(),
            format!("这里说“{said}”，后面实际列了{listed}项，请核对个数或补删内容。"),
        )
        .with_related(last, format!("列出的第{listed}项"));
    }
}

/// The number written right before 个方面 (十, 11) and its range.
fn announced_number(text: &str, at: usize) -> Option<(usize, Range<usize>)> {
    let (start, n) = chinese::figure_before(text, at)?;
    let n = n as usize;
    (2..=30).contains(&n).then_some((n, start..at))
}

/// Where the announcement ends, if 个方面 closes it: only a word such as
/// 工作 before a colon, a full stop or the end of the line.
fn announcement_end(text: &str, from: usize) -> Option<usize> {
    let rest = &text[from..floor_boundary(text, (from + 40).min(text.len()))];
    let tail = TAIL
        .iter()
        .filter(|w| rest.starts_with(*w))
        .map(|w| w.len())
        .max()
        .unwrap_or(0);
    let after = &rest[tail..];
    let c = after.chars().next()?;
    matches!(c, '：' | ':' | '。' | '\n').then(|| from + tail + c.len_utf8())
}

/// The parts that follow the announcement ending at `end`: the siblings
/// of the heading right after it, or the 一是、二是… right after it. Their
/// count and the marker of the last.
fn parts_after(
    ctx: &Ctx<'_>,
    items: &[(u32, Range<usize>)],
    end: usize,
) -> Option<(usize, Range<usize>)> {
    let text = ctx.text;
    let hs = &ctx.outline.headings;
    // The next heading, when nothing but white space stands before it.
    let next = hs.partition_point(|h| h.marker.start < end);
    if let Some(h) = hs.get(next) {
        if text[end..h.marker.start].trim().is_empty() {
            return Some(siblings(hs, next));
        }
    }
    // 一是 within the rest of the paragraph or the next line.
    let items = &items[items.partition_point(|(_, r)| r.start < end)..];
    let Some(first) = items.first() else {
        return listed_after_colon(text, end);
    };
    let gap = &text[end..first.1.start];
    // One blank line may stand between (a page copied with blank lines).
    if first.0 != 1 || gap.matches('\n').count() > 2 || gap.trim().chars().count() > 0 {
        return None;
    }
    // Consecutive items, until a heading comes.
    let stop = hs.get(next).map_or(text.len(), |h| h.marker.start);
    let mut count = 0;
    let mut last = first.1.clone();
    for (k, r) in items.iter().take(MAX_PARTS).map(|(k, r)| (*k, r)) {
        // Items are counted, not numbers: a slip (一是 二是 四是) is
        // enumeration-sequence's; a new 一是 starts another list.
        if r.start >= stop || (k == 1 && count > 0) {
            break;
        }
        count += 1;
        last = r.clone();
    }
    Some((count, last))
}

/// The parts listed in the sentence after a colon, on the same line:
/// “主要目标是以下六个方面：A，B，C……。” — separated by ；when the sentence
/// has one, else by ，, outside brackets and quotes.
fn listed_after_colon(text: &str, end: usize) -> Option<(usize, Range<usize>)> {
    if !text[..end].ends_with(['：', ':']) {
        return None;
    }
    let line_end = text[end..].find('\n').map_or(text.len(), |k| end + k);
    let stop = text[end..line_end].find('。').map(|k| end + k)?;
    let sentence = &text[end..stop];
    if sentence.trim().is_empty() {
        return None;
    }
    let separators: &[char] = if sentence.contains('；') {
        &['；']
    } else {
        &['，']
    };
    let mut depth = 0i32;
    let mut count = 1;
    let mut last = end..end;
    for (k, c) in sentence.char_indices() {
        match c {
            '（' | '(' | '“' | '《' | '【' => depth += 1,
            '）' | ')' | '”' | '》' | '】' => depth -= 1,
            _ if depth == 0 && separators.contains(&c) => {
                count += 1;
                last = end + k + c.len_utf8()..stop;
            }
            _ => {}
        }
    }
    Some((count, last))
}

/// How many headings share the level of `hs[first]` from it on, before a
/// heading of a higher level; and the marker of the last of them.
fn siblings(hs: &[Heading], first: usize) -> (usize, Range<usize>) {
    let level = hs[first].level;
    let mut count = 0;
    let mut last = hs[first].marker.clone();
    // Announced numbers are small: a bounded count keeps a text of
    // thousands of headings linear.
    for h in hs[first..].iter().take(MAX_PARTS) {
        if h.level < level {
            break;
        }
        if h.level == level {
            count += 1;
            last = h.marker.clone();
        }
    }
    (count, last)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "今年办好8件民生实事：扩大就业，提高低保标准，建设养老中心，改造老旧小区，新建学校，改善饮水，建设体育场地，加强食品安全。",
                // A colon that opens an explanation, not a list.
                "三大产业集群：县委全会作出部署，要实施制造业强县行动，重点培育壮大新材料、绿色食品、文旅康养等3个产业集群，形成全县产业发展的主骨架。",
                "一年来，我们重点抓了三个方面工作：\n一是稳增长，经济回升。\n投资拉动增强。完成投资20亿元。\n二是强创新，动能转换。\n新增企业12家。\n三是优服务，环境改善。\n这些成绩来之不易。\n",
                "今年重点做好三个方面工作：\n（一）稳增长。\n1.抓投资。\n2.促消费。\n（二）强创新。\n（三）优服务。\n二、保障措施\n（一）强组织。\n",
                "过去一年，主要抓了两个方面工作。一是稳增长，全年增长6%。二是强创新，新增企业12家。\n",
                // Not an announcement of what follows.
                "从四个方面统筹发力，成效明显。\n（一）稳增长。\n",
                "要把握好三个方面：\n一是稳，二是进，三是新。\n",
                "今后五年的主要目标是以下三个方面：经济实力明显增强；创新能力大幅提高，研发投入强度达到3%；民生福祉持续增进。\n",
                // Any measure word before a colon and a list of 一是.
                "一年来，我们集中力量办好四件大事：一是建成县医院新院区。二是完成老城区管网改造。三是开通城乡公交。四是新建两所小学。\n",
                "今年实施三大行动：\n一是招商引资攻坚行动。\n二是营商环境提升行动。\n三是民生实事推进行动。\n",
                // Points announced with 以下, a blank line before the first.
                "做好今年工作，要把握好以下三点。\n\n第一，稳增长。抓好项目。\n第二，促改革。深化改革。\n第三，惠民生。办好实事。\n",
                "全年增长两点，居全市第一。\n第一，稳增长。\n",
            ])
            .fail([
                "今年办好8件民生实事：扩大就业，提高低保标准，建设养老中心，改造老旧小区，新建学校，改善饮水，建设体育场地。",
                // Each item with a paragraph of its details.
                "一年来，我们重点抓了四个方面工作：\n一是稳增长，经济回升。\n投资拉动增强。完成投资20亿元。\n二是强创新，动能转换。\n新增企业12家。\n三是优服务，环境改善。\n这些成绩来之不易。\n",
                "今年重点做好三个方面工作：\n（一）稳增长。\n（二）强创新。\n（三）优服务。\n（四）惠民生。\n",
                "过去一年，主要抓了三个方面工作。一是稳增长，全年增长6%。二是强创新，新增企业12家。\n",
                "重点抓好以下5个方面：\n一、稳增长\n二、强创新\n三、优服务\n四、惠民生\n",
                "今后五年的主要目标是以下三个方面：经济实力明显增强，创新能力大幅提高，民生福祉持续增进，生态环境更加优美。\n",
                "一年来，我们集中力量办好五件大事：一是建成县医院新院区。二是完成老城区管网改造。三是开通城乡公交。四是新建两所小学。\n",
                "今年实施两大行动：\n一是招商引资攻坚行动。\n二是营商环境提升行动。\n三是民生实事推进行动。\n",
                "做好今年工作，要把握好以下四点。\n\n第一，稳增长。抓好项目。\n第二，促改革。深化改革。\n第三，惠民生。办好实事。\n",
                "一年來，我們集中力量辦好五件大事：一是建成縣醫院新院區。二是完成老城區管網改造。三是開通城鄉公交。四是新建兩所小學。\n",
            ])
            .test_and_snapshot();
    }
}
