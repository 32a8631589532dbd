//! Changes told as a move from one figure to another: “由25个增加到29个”,
//! “比重从38.2%提高到41.5%”, “由全国第18位升至第15位”. The two figures, the
//! direction the words give, and where those words stand.

use super::{Quantity, UnitKind};
use crate::lexicon::words::Direction;
use crate::lexicon::{Lexicon, WordSet};
use crate::text::last_chars;
use std::ops::Range;
use std::sync::LazyLock;

/// “由X提高到Y”.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// Index into `Model::quantities` of the figure moved from.
    pub from: usize,
    /// Index of the figure moved to.
    pub to: usize,
    /// The way the words say it went.
    pub direction: Direction,
    /// The words that say so (提高到, 降至…).
    pub words: Range<usize>,
    /// A move in a ranking (由第18位升至第15位, 排名由412位上升到287位):
    /// up is a smaller number.
    pub rank: bool,
}

/// Words that make 位 and 名 places in a ranking, not people.
static RANKING: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::words(["排名", "排位", "位次", "名次", "排行", "强"]));

/// Verbs of a move from one figure to another. A move up or down a
/// ranking is written with the same verbs (升至第3位): the rule reads a
/// rank's direction the other way round.
static MOVES: LazyLock<Lexicon<Direction>> = LazyLock::new(|| {
    let up = [
        "提高", "提升", "增加", "增长", "上升", "扩大", "增至", "升至", "跃升", "攀升", "跃居",
        "上调", "增到", "升到",
    ];
    let down = [
        "下降", "减少", "降低", "缩小", "缩减", "减至", "降至", "回落", "压减", "压降", "缩短",
        "下调", "降到", "减到", "下滑",
    ];
    Lexicon::new(
        up.iter()
            .map(|w| (*w, Direction::Up))
            .chain(down.iter().map(|w| (*w, Direction::Down))),
    )
});

/// What may follow the verb before the second figure: 到, 至, 为, and a
/// scope or rank word (升至全国第15位).
static AFTER_MOVE: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "到", "至", "为", "了", "全国", "全省", "全市", "全区", "全县", "全球", "世界", "第", "的",
    ])
});

/// Words that open the first figure: 由, 从.
const OPENERS: [char; 2] = ['由', '从'];

/// How many characters before the first figure its 由/从 may stand
/// (由上年的, 从2020年末的, 由全国第).
const OPENER_REACH: usize = 8;

/// Every move from one figure to the next in `qs` (sorted by position).
pub fn transitions(text: &str, qs: &[Quantity]) -> Vec<Transition> {
    let mut out = Vec::new();
    for (i, pair) in qs.windows(2).enumerate() {
        let (x, when) = (&pair[0], &pair[1]);
        // “增长到2025年的4.93万亿元”: the figure moved to stands after the
        // date it is of.
        let (to, y) = match qs.get(i + 2) {
            Some(after) if dated(text, when, after) => (i + 2, after),
            _ => (i + 1, when),
        };
        if x.malformed.is_some() || y.malformed.is_some() || x.range.end > when.range.start {
            continue;
        }
        let between = &text[x.range.end..when.range.start];
        // Bounded: a move is a few characters (提高到, 升至全国第).
        if between.len() > 4 * 8 {
            continue;
        }
        let Some((direction, words)) = move_words(between) else {
            continue;
        };
        if !opened(text, qs, i) {
            // “分别从209元、280元提高到217元、270元”: two lists of one
            // length, each pair a move.
            let words = x.range.end + words.start..x.range.end + words.end;
            out.extend(paired_lists(text, qs, i, direction, words));
            continue;
        }
        let placed = |q: &Quantity| {
            q.ordinal || text[q.range.end..].starts_with(['位', '名']) || q.unit.written == "位"
        };
        let lead_in = last_chars(&text[..x.range.start], 16);
        let clause = lead_in
            .rfind(['，', '。', '；', ',', ';'])
            .map_or(lead_in, |k| &lead_in[k..]);
        let rank = (x.ordinal && y.ordinal) || (placed(x) && placed(y) && RANKING.is_match(clause));
        out.push(Transition {
            from: i,
            to,
            direction,
            words: x.range.end + words.start..x.range.end + words.end,
            rank,
        });
    }
    out
}

/// Whether `when` is the date of `figure` right after it: 2025年的, 2025年末的.
fn dated(text: &str, when: &Quantity, figure: &Quantity) -> bool {
    matches!(when.unit.kind, UnitKind::Year | UnitKind::Month)
        && when.range.end <= figure.range.start
        && matches!(
            &text[when.range.end..figure.range.start],
            "的" | "末的" | "底的" | "年底的" | "年末的"
        )
        && !matches!(
            figure.unit.kind,
            UnitKind::Year | UnitKind::Month | UnitKind::Day
        )
}

/// The moves of two 、 lists around the verb after `qs[i]`: the list
/// ending at `qs[i]` opened by 由/从, and the list as long after the verb.
fn paired_lists(
    text: &str,
    qs: &[Quantity],
    i: usize,
    direction: Direction,
    words: Range<usize>,
) -> Vec<Transition> {
    // 、 joins a list's figures, and 和/与/及 its last two (从2021年的46503元
    // 和16935元分别提高到58794元和23184元).
    let joined = |a: &Quantity, b: &Quantity| {
        a.range.end <= b.range.start
            && matches!(&text[a.range.end..b.range.start], "、" | "和" | "与" | "及")
    };
    let mut first = i;
    while first > 0 && i - first < MAX_PAIRED && joined(&qs[first - 1], &qs[first]) {
        first -= 1;
    }
    let n = i - first + 1;
    if n < 2 || !opened(text, qs, first) {
        return Vec::new();
    }
    let to: Vec<usize> = (i + 1..qs.len()).take(n).collect();
    let whole = to.len() == n
        && to.windows(2).all(|w| joined(&qs[w[0]], &qs[w[1]]))
        && !qs.get(i + 1 + n).is_some_and(|q| joined(&qs[i + n], q));
    if !whole {
        return Vec::new();
    }
    (0..n)
        .map(|k| Transition {
            from: first + k,
            to: i + 1 + k,
            direction,
            words: words.clone(),
            rank: false,
        })
        .collect()
}

/// The longest pair of lists read as moves.
const MAX_PAIRED: usize = 8;

/// The direction and the verb's range in `between`, when it is a move's
/// words and nothing else: an optional 的, the verb, then 到/至/第….
fn move_words(between: &str) -> Option<(Direction, Range<usize>)> {
    // A per-unit tail (110元/月), 的 (由上年的5家), or the rest of a rank
    // (第18位, 第3名).
    let per = between
        .strip_prefix('/')
        .and_then(|r| r.chars().next())
        .map_or(0, |c| '/'.len_utf8() + c.len_utf8());
    let lead =
        per + between[per..].len() - between[per..].trim_start_matches(['的', '位', '名']).len();
    // A list's move says 分别 before its verb (46503元和16935元分别提高到).
    let lead = lead
        + if between[lead..].starts_with("分别") {
            "分别".len()
        } else {
            0
        };
    let (n, direction) = MOVES.prefix(&between[lead..])?;
    let mut rest = &between[lead + n..];
    while !rest.is_empty() {
        let (k, ()) = AFTER_MOVE.prefix(rest)?;
        rest = &rest[k..];
    }
    Some((direction, lead..lead + n))
}

/// Whether the figure `qs[i]` is opened by 由/从 a few characters before
/// it, with no other figure between but a year (从2020年的45%).
fn opened(text: &str, qs: &[Quantity], i: usize) -> bool {
    let x = &qs[i];
    let before = last_chars(&text[..x.range.start], OPENER_REACH);
    let Some(k) = before.rfind(OPENERS) else {
        return false;
    };
    let opener_at = x.range.start - before.len() + k;
    if before[k..].contains(['，', '。', '；', ',', ';', '、']) {
        return false;
    }
    qs[..i]
        .iter()
        .rev()
        .take_while(|q| q.range.end > opener_at)
        .all(|q| q.unit.kind == super::UnitKind::Year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Marks;

    fn read(text: &str) -> Vec<(String, String, Direction)> {
        let qs = super::super::quantities(text, &Marks::new(text));
        transitions(text, &qs)
            .into_iter()
            .map(|t| {
                (
                    text[qs[t.from].range.clone()].to_owned(),
                    text[qs[t.to].range.clone()].to_owned(),
                    t.direction,
                )
            })
            .collect()
    }

    #[test]
    fn reads_moves_between_figures() {
        assert_eq!(
            read("园区由25个增加到29个，比重从2020年的38.2%提高到41.5%，标准从110元/月提高到230元/月。"),
            [
                ("25个".into(), "29个".into(), Direction::Up),
                ("38.2%".into(), "41.5%".into(), Direction::Up),
                ("110元".into(), "230元".into(), Direction::Up)
            ]
        );
        assert_eq!(
            read("排名由全国第18位升至第15位，失业率从5.3%降至5.1%。"),
            [
                ("18位".into(), "15位".into(), Direction::Up),
                ("5.3%".into(), "5.1%".into(), Direction::Down)
            ]
        );
    }

    #[test]
    fn pairs_two_lists_of_one_length() {
        assert_eq!(
            read("补贴标准分别从每人每月209元、280元提高到217元、290元。"),
            [
                ("209元".into(), "217元".into(), Direction::Up),
                ("280元".into(), "290元".into(), Direction::Up)
            ]
        );
        // 和 joins the last two; 分别 may stand before the verb.
        assert_eq!(
            read("城乡居民收入从2021年的38210元和14620元分别提高到46350元和18930元。"),
            [
                ("38210元".into(), "46350元".into(), Direction::Up),
                ("14620元".into(), "18930元".into(), Direction::Up)
            ]
        );
        // Lists of two lengths pair nothing.
        assert!(read("分别从209元、280元提高到217元、290元、300元。").is_empty());
    }

    #[test]
    fn knows_a_ranking() {
        let text = "在“世界500强”排名由412位上升到287位，由3位增加到5位院士。";
        let qs = super::super::quantities(text, &Marks::new(text));
        let ranks: Vec<bool> = transitions(text, &qs).iter().map(|t| t.rank).collect();
        assert_eq!(ranks, [true, false]);
    }

    #[test]
    fn needs_an_opener_and_only_a_move_between() {
        // No 由/从: two figures of a list.
        assert!(read("企业25个增加到29个。").is_empty());
        // Something else between the figures.
        assert!(read("由25个园区增加到29个。").is_empty());
        assert!(read("从3家，增加到5家。").is_empty());
    }
}
