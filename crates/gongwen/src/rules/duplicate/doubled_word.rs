//! `doubled-word`: a word written twice in a row — “完成完成”, “与与”,
//! “邮政邮政” — told apart from the reduplication Chinese uses on purpose
//! (常常、层层、家家户户、一步一步).

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::WordSet;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{ceil_boundary, floor_boundary, is_han};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "doubled-word",
        title: "词语连写两遍",
        category: Category::Duplicate,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "同一个词连写两遍，如“完成完成”“与与”“邮政邮政”。“常常”“层层”“家家户户”“一步一步”“研究研究”这类有意的重叠不算。修复会删去多出的一遍。",
            why: "复制粘贴或改稿时多留的一遍，读者一眼就能看出，显得材料没有校对过。",
            bad: "全年完成完成技改项目12个，开展与与高校的合作。",
            good: "层层压实责任，常常深入企业，家家户户受益，一步一步推进，认真研究研究。",
        },
    },
    check,
};

/// Single characters that are never doubled on purpose.
const FUNCTION_WORDS: &str = "的与和及在是对把被将为并而或之从向于以其";
/// Two-character words that may be doubled on purpose (“研究研究”).
const VERBS_DOUBLED: &[&str] = &[
    "研究", "讨论", "商量", "学习", "了解", "考虑", "打听", "活动",
];
/// Common phrases whose words share characters, so that a window across
/// them reads as a doubled word: 企业创业创新 holds “业创业创”.
static CHAINS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "创业创新",
        "创新创业",
        "就业创业",
        "创业就业",
        "企业创新",
        "产业创新",
    ])
});

/// Two-character words that end in a function word: in “作为为民” the first
/// 为 closes 作为 and the second opens the next word, so nothing is doubled.
static ENDS_IN_FUNCTION_WORD: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "作为", "行为", "成为", "认为", "因为", "称为", "视为", "更为", "较为", "最为", "极为",
        "尤为", "以为", "有为", "人为", "广为", "互为", "分为", "化为", "列为", "定为", "改为",
        "评为", "选为", "誉为", "大为", "难为", "甚为", "颇为", "存在", "现在", "正在", "所在",
        "实在", "自在", "内在", "外在", "潜在", "旨在", "重在", "贵在", "难在", "好在", "目的",
        "有的", "似的", "别的", "于是", "还是", "就是", "总是", "但是", "只是", "可是", "或是",
        "要是", "凡是", "正是", "硬是", "倒是", "更是", "尤其", "参与", "给与", "相对", "面对",
        "针对", "应对", "绝对", "反对", "核对", "比对", "以及", "涉及", "普及", "危及", "顾及",
        "波及", "提及", "由于", "对于", "关于", "至于", "属于", "位于", "在于", "等于", "基于",
        "处于", "利于", "用于", "善于", "勇于", "敢于", "忙于", "易于", "急于", "便于", "从而",
        "进而", "然而", "因而", "反而", "所以", "可以", "难以", "加以", "予以", "给以", "得以",
        "借以", "用以", "足以", "何以", "总之", "面向", "方向", "导向", "走向", "流向", "转向",
        "指向", "趋向", "投向", "去向", "倾向", "意向", "取向", "纵向", "横向", "双向", "定向",
        "合并", "兼并", "吞并", "即将", "必将", "行将", "终将", "或将", "也将", "还将", "仍将",
        "且将", "遵从", "服从", "听从", "适从", "何从", "自从", "随从", "偶或", "及其", "与其",
        "尤其", "极其", "何其", "如其", "任其", "使其", "令其", "促其",
    ])
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // A doubled word is all Han letters (numerals included): it lies in a
    // run between two other marks. One buffer serves every run.
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut found: Vec<Doubled> = Vec::new();
    for run in ctx.marks.segments(|c| !is_han(c)) {
        chars.clear();
        chars.extend(
            text[run.clone()]
                .char_indices()
                .map(|(i, c)| (run.start + i, c)),
        );
        doubles_in_run(text, &chars, run.end, &mut found);
    }
    let chains = chained_pairs(text, &found);
    for (d, chained) in found.iter().zip(chains) {
        if chained {
            continue;
        }
        let word = sink.quote(d.start..d.mid);
        sink.report(d.start..d.end, format!("“{word}”连写了两遍，应删去一遍。"))
            .with_fix(Fix::delete(
                format!("删去重复的“{word}”"),
                Applicability::Safe,
                d.mid..d.end,
            ));
    }
}

/// A word written twice: `start..mid` and `mid..end`.
struct Doubled {
    start: usize,
    mid: usize,
    end: usize,
}

/// Finds the doubled words of one run of Han letters, `chars`, that ends
/// at byte `run_end`.
fn doubles_in_run(text: &str, chars: &[(usize, char)], run_end: usize, out: &mut Vec<Doubled>) {
    let mut i = 0;
    while i < chars.len() {
        let Some(len) = doubled_at(chars, i) else {
            i += 1;
            continue;
        };
        let start = chars[i].0;
        let mid = chars[i + len].0;
        let end = chars.get(i + 2 * len).map_or(run_end, |&(b, _)| b);
        let closes_a_word =
            len == 1 && i > 0 && ENDS_IN_FUNCTION_WORD.is_match(&text[chars[i - 1].0..mid]);
        if in_chain(text, start, end) || closes_a_word {
            i += 1;
            continue;
        }
        out.push(Doubled { start, mid, end });
        i += 2 * len;
    }
}

/// Up to how many middle pairs are searched for one by one.
const FEW_PAIRS: usize = 4;

/// For each doubled pair of two characters (ABAB), whether it reads as
/// three words that touch (深化|文化|文艺: A closes a word, BA is a word, B
/// opens one): the text then uses BA elsewhere at least as often as AB,
/// while a slip (完成完成, 产业产业) doubles a word the text uses more than
/// its reverse (成完; 业产 only where two words meet, as in 工业产值). One automaton
/// search of the text for every candidate's BA.
fn chained_pairs(text: &str, found: &[Doubled]) -> Vec<bool> {
    let middle = |d: &Doubled| -> Option<&str> {
        let unit = &text[d.start..d.mid];
        (unit.chars().count() == 2).then(|| {
            let second = unit.char_indices().nth(1).map_or(0, |(b, _)| b);
            &text[d.start + second..d.mid + second]
        })
    };
    // The doubled unit AB itself, counted too: a report that writes 产业
    // fifty times and 业产 (工业产值) five has doubled 产业, not chained.
    let unit = |d: &Doubled| -> Option<&str> { middle(d).map(|_| &text[d.start..d.mid]) };
    let mut words: Vec<&str> = Vec::new();
    for w in found
        .iter()
        .filter_map(middle)
        .chain(found.iter().filter_map(unit))
    {
        // Distinct while few (a scan each); many go to one automaton, which
        // takes repeats as they come.
        if words.len() > FEW_PAIRS || !words.contains(&w) {
            words.push(w);
        }
    }
    if words.is_empty() {
        return vec![false; found.len()];
    }
    // Where each candidate's own BA and AB stand: those do not count.
    let mut own: Vec<usize> = found
        .iter()
        .filter(|d| middle(d).is_some())
        .flat_map(|d| {
            let ba = d.start + text[d.start..].chars().next().map_or(1, char::len_utf8);
            [d.start, ba, d.mid]
        })
        .collect();
    own.sort_unstable();
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut count = |r: std::ops::Range<usize>| {
        if own.binary_search(&r.start).is_err() {
            *seen.entry(&text[r]).or_default() += 1;
        }
    };
    // A few pairs are looked for one by one; many, by one automaton, so a
    // text of many doubles stays linear.
    if words.len() <= FEW_PAIRS {
        for w in &words {
            for (at, _) in text.match_indices(w) {
                count(at..at + w.len());
            }
        }
    } else {
        for (r, ()) in WordSet::words(words.iter().copied()).find_iter(text) {
            count(r);
        }
    }
    let times = |w: Option<&str>| w.and_then(|w| seen.get(w)).copied().unwrap_or(0);
    found
        .iter()
        .map(|d| {
            let ba = times(middle(d));
            ba > 0 && (ba >= times(unit(d)) || opens_a_longer_word(text, d))
        })
        .collect()
}

/// Whether the second copy of a doubled pair opens a longer word the text
/// writes elsewhere too (重点产业|产业链, with 产业链 used again): two words,
/// not one doubled.
fn opens_a_longer_word(text: &str, d: &Doubled) -> bool {
    let Some(next) = text[d.end..].chars().next().filter(|&c| is_han(c)) else {
        return false;
    };
    let longer = &text[d.mid..d.end + next.len_utf8()];
    text.match_indices(longer).any(|(at, _)| at != d.mid)
}

/// Whether `start..end` lies inside a known chain of words (创业创新).
fn in_chain(text: &str, start: usize, end: usize) -> bool {
    let from = floor_boundary(text, start.saturating_sub(12));
    let to = ceil_boundary(text, end + 12);
    CHAINS
        .find_iter(&text[from..to])
        .any(|(r, ())| from + r.start < end && start < from + r.end)
}

/// The length (in characters) of a word doubled at `i`, if any.
fn doubled_at(chars: &[(usize, char)], i: usize) -> Option<usize> {
    // Cheapest test first: a character that comes again within four.
    let c = chars[i].1;
    if !chars.iter().skip(i + 1).take(4).any(|p| p.1 == c) {
        return None;
    }
    (1..=4).rev().find(|&len| {
        let Some(window) = chars.get(i..i + 2 * len) else {
            return false;
        };
        let (a, b) = window.split_at(len);
        // Cheapest test first: most positions fail on the first character.
        if a[0].1 != b[0].1
            || a.iter().map(|p| p.1).ne(b.iter().map(|p| p.1))
            || !a.iter().all(|&(_, c)| is_han(c))
        {
            return false;
        }
        let word: String = a.iter().map(|p| p.1).collect();
        // A doubled word followed by another doubled character is AABB
        // (家家户户, 是是非非), and 一X一X counts step by step.
        let doubled = |w: &[(usize, char)]| w[0].1 == w[1].1 && is_han(w[0].1);
        let aabb = len == 1
            && (chars.get(i + 2..i + 4).is_some_and(doubled)
                || i.checked_sub(2)
                    .and_then(|from| chars.get(from..i))
                    .is_some_and(doubled));
        match len {
            1 => FUNCTION_WORDS.contains(a[0].1) && !aabb,
            _ => !word.starts_with('一') && !VERBS_DOUBLED.contains(&word.as_str()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "层层压实责任，常常深入企业，家家户户受益。",
                "一步一步推进，一年一年积累。",
                "认真研究研究，大家讨论讨论。",
                "不了了之",
                "是是非非",
                "获评市级小型微型企业创业创新示范基地",
                "追求实实在在的成效，认认真真办好每件事。",
                "敢于作为为群众办实事。",
                "强化文化文艺人才培养，丰富群众文化生活。",
                "构建共建共治共享格局，推进共建项目。",
                // The second copy opens a longer word used again.
                "壮大主导产业，培育新兴产业，推动工业产值增长，落实重点产业产业链链长制，延伸产业链。",
            ])
            .fail([
                "全年完成完成技改项目12个。",
                "开展与与高校院所的合作。",
                "开展与与xx市高校院所合作。",
                "郵政郵政業務",
                "的的确",
                "全面推进推进重点项目建设。",
                "发展特色产业，壮大新兴产业，推进传统产业产业数字化转型，推动工业产值增长。",
                "全年完成完成项目8个，当月完成完成3个。",
            ])
            .fix([("全年完成完成技改项目12个。", "全年完成技改项目12个。")])
            .test_and_snapshot();
    }
}
