//! `rank-in-group`: a rank beyond the size of its group — “排六县（市）第7名”,
//! “全省11个县市区中第12位” — and more members in a top group than it has
//! places (“14个设区市……进入全国前十”).

use crate::finding::{Category, Severity};
use crate::lexicon::Lexicon;
use crate::number::chinese;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{fold_width, is_digit, last_chars};
use serde::Deserialize;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "rank-in-group",
        title: "名次超过总数",
        category: Category::Number,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "名次不能超过参与排名的总数：“六县（市）第7名”“全省11个县市区中第12位”；有固定数目的范围（中部6省、西部12省区市、东北3省、百强、十强……）按其数目计算。进入“前N”的成员（“14个设区市……进入全国前十”）不能多于N个。",
            why: "名次和参评范围常分别从不同材料抄来，范围一变（全市→全省），名次就对不上了。",
            bad: "综合考评排全市六县（市）第7名。",
            good: "综合考评排全市六县（市）第4名，全省11个县市区中第2位。",
        },
    },
    check,
};

/// A group known by name and its size (中部 6, 百强 100): data with
/// sources, `named_groups.json`.
#[derive(Debug, Deserialize)]
struct NamedGroup {
    words: Vec<String>,
    size: u32,
}

fn named_groups() -> &'static [NamedGroup] {
    static GROUPS: OnceLock<Vec<NamedGroup>> = OnceLock::new();
    GROUPS
        .get_or_init(|| serde_json::from_str(include_str!("named_groups.json")).unwrap_or_default())
}

/// Every name of a named group, with its size.
static NAMED: LazyLock<Lexicon<u32>> = LazyLock::new(|| {
    Lexicon::new(
        named_groups()
            .iter()
            .flat_map(|g| g.words.iter().map(move |w| (w.as_str(), g.size))),
    )
});

/// How far before 第 a named group may stand: “居中部第7位”, “百强县第107位”,
/// “位列全国百强县第9位”.
const NAMED_REACH: usize = 6;

/// A named group ending at most a few characters before `at` (its 第).
fn named_group_before(text: &str, at: usize) -> Option<(f64, Range<usize>)> {
    let before = last_chars(&text[..at], NAMED_REACH);
    let (r, size) = NAMED.find_iter(before).last()?;
    let base = at - before.len();
    // Only the name and a place word between it and 第 (百强县第…).
    let between = &before[r.end..];
    if between.chars().count() > 2 || between.contains(['，', '、', '。']) {
        return None;
    }
    Some((f64::from(size), base + r.start..base + r.end))
}

/// Nouns that name the group being ranked, longest first.
const GROUPS: &[&str] = &[
    "个县（市、区）",
    "个县市区",
    "个县区",
    "县（市、区）",
    "县(市、区)",
    "县（市区）",
    "县（市）",
    "县（区）",
    "县(区)",
    "县(市)",
    "县市区",
    "县区",
    "区县",
    "个县",
    "县",
    "个区",
    "区",
    "个市",
    "地市",
    "市州",
    "市",
    "个乡镇",
    "乡镇",
    "个镇",
    "镇",
    "个园区",
    "园区",
    "个开发区",
    "开发区",
    "个省",
    "省份",
    "省",
];

/// What may be counted into a top group (“14个设区市…进入全国前十”): the
/// places of `GROUPS` and a few kinds of entity. Never a bare 家 or 项: a
/// county that added 21 firms may itself enter a top ten, and 12 indicators
/// may each enter their own.
const ENTITIES: &[&str] = &[
    "个设区市",
    "设区市",
    "个城市",
    "城市",
    "所高校",
    "家企业",
    "个县（市、区）",
    "个县市区",
    "个县区",
    "个县",
    "个区",
    "个市",
    "个乡镇",
    "个镇",
    "个园区",
    "个开发区",
    "个省",
];

/// Verbs of entering a top group: 进入全国前十.
static ENTERS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    Lexicon::new(["进入", "跻身", "位居", "位列", "入围", "迈入", "稳居"].map(|w| (w, ())))
});

/// Scope words between the verb and 前 (进入全国前十).
const TOP_SCOPES: [&str; 5] = ["全国", "全省", "全市", "全球", "全区"];

/// “14个设区市…进入全国前十”: more members counted into a top group than
/// it has places.
fn counted_into_top(text: &str, sink: &mut Sink<'_>) {
    for (at, _) in text.match_indices('前') {
        let after = at + '前'.len_utf8();
        let Some((size, run)) = numeral_at(&text[after..]) else {
            continue;
        };
        let before = &text[..at];
        let before = TOP_SCOPES
            .iter()
            .find_map(|w| before.strip_suffix(w))
            .unwrap_or(before);
        let Some((len, ())) = ENTERS.suffix(last_chars(before, 2)) else {
            continue;
        };
        let verb_at = before.len() - len;
        let Some((count, group)) = group_before(text, verb_at, ENTITIES) else {
            continue;
        };
        if count > size {
            let top = at..after + run.len();
            let (shown, members) = (sink.quote(top.clone()), sink.quote(group.clone()));
            sink.report(
                group.clone(),
                format!(
                    "“{shown}”只有{}个名次，{members}不可能都在其中，请核对数量或名次范围。",
                    fmt(size)
                ),
            )
            .with_related(top, "名次范围".to_owned());
        }
    }
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    counted_into_top(text, sink);
    for q in ctx.numbers.quantities.iter().filter(|q| q.ordinal) {
        if !matches!(q.unit.written, "" | "名" | "位") || q.decimals != 0 {
            continue;
        }
        let rank = q.amount();
        let at = q.range.start - '第'.len_utf8();
        let Some((size, group)) =
            group_before(text, at, GROUPS).or_else(|| named_group_before(text, at))
        else {
            continue;
        };
        if rank > size {
            let shown = sink.quote(group.clone());
            sink.report(
                q.range.start - '第'.len_utf8()..q.range.end,
                format!(
                    "名次第{}超出了参与排名的范围“{shown}”（共{}个），请核对名次或排名范围。",
                    fmt(rank),
                    fmt(size)
                ),
            )
            .with_related(group, "排名范围".to_owned());
        }
    }
}

fn fmt(v: f64) -> String {
    format!("{v:.0}")
}

/// The number written at the start of `s`, in digits (12, １２) or Chinese
/// numerals (十二), and its text.
fn numeral_at(s: &str) -> Option<(f64, &str)> {
    let len: usize = s
        .chars()
        .take_while(|c| is_digit(*c) || chinese::is_numeral(*c))
        .map(char::len_utf8)
        .sum();
    let run = &s[..len];
    if run.is_empty() {
        return None;
    }
    let value = if run.chars().all(is_digit) {
        run.chars()
            .map(fold_width)
            .collect::<String>()
            .parse::<f64>()
            .ok()
    } else {
        chinese::value(run)
    };
    Some((value?, run))
}

/// The nearest “N + group noun” in the same clause before `at`.
fn group_before(text: &str, at: usize, nouns: &[&str]) -> Option<(f64, std::ops::Range<usize>)> {
    let clause_start = text[..at]
        .rfind(['，', ',', '。', '；', ';', '\n'])
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &text[clause_start..at];
    let mut best = None;
    for (i, c) in clause.char_indices() {
        let starts_number = is_digit(c) || chinese::is_numeral(c);
        let continues = clause[..i]
            .chars()
            .next_back()
            .is_some_and(|p| is_digit(p) || chinese::is_numeral(p));
        if !starts_number || continues {
            continue;
        }
        let (value, run) = match numeral_at(&clause[i..]) {
            Some((v, run)) => (Some(v), run),
            None => (None, ""),
        };
        let rest = &clause[i + run.len()..];
        if let (Some(v), Some(g)) = (value, nouns.iter().find(|g| rest.starts_with(**g))) {
            let start = clause_start + i;
            best = Some((v, start..start + run.len() + g.len()));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "主要指标增速居中部第2位，入选全国百强县第97位。",
                "排岳陽六縣(市)第4名",
                "我县综合排名在全市3、7县(市)第2",
                "认定高新技术企业21家，7县(市)第5",
                "进入全省前20名",
                "排全市第1名",
                "第12批试点",
                "8个设区市空气质量排名进入全国前十。",
                "新增规上企业21家，综合排名进入全省前十。",
                "12项指标进入全国前十。",
            ])
            .fail([
                "主要指标增速居中部第7位。",
                "入选全国百强县第107位。",
                "排岳阳六县（市）第7名",
                "全省11个县市区中第12位",
                "7县(市)第8，同比增长",
                "排六县（市）第7名",
                "14个设区市空气质量排名进入全国前十。",
                "5个县跻身全省前3。",
                "14個設區市空氣質量排名進入全國前十。",
            ])
            .test_and_snapshot();
    }
}
