//! `leftover-phrase`: a phrase followed at once by a shorter version of
//! itself — “获省委、省政府批准获省政府批准” — as an edit leaves the old
//! wording beside the new: same first character, same ending, and every
//! character of the second found in order in the first.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::is_han;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "leftover-phrase",
        title: "删改残留短语",
        category: Category::Duplicate,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "一个短语后面紧跟着它的删减版，如“获省委、省政府批准获省政府批准”：两段开头相同、结尾相同，后一段的字都按顺序出现在前一段里，多是改稿时新旧两种说法都留下了。修复会删去后一段（需确认保留哪一种）。",
            why: "同一件事紧挨着说两遍，读起来像病句，一看就是没改干净。",
            bad: "该项目获省委、省政府批准获省政府批准，列入省重点项目。",
            good: "该项目获省委、省政府批准，列入省重点项目；加强管理加强服务。",
        },
    },
    check,
};

/// Lengths, in characters, of the shorter copy.
const SHORT: std::ops::RangeInclusive<usize> = 5..=12;
/// Characters the two copies must end with in common.
const SAME_END: usize = 3;
// `same_ends` tests three characters in a row.
const _: () = assert!(SAME_END == 3);

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // Both copies are Han letters and 、: they lie in one segment between
    // two other marks. A segment too short to hold a phrase of five
    // characters and a longer copy of it (eleven characters, three bytes
    // each at least) is not read. Buffers for every segment.
    const SHORTEST: usize = 3 * (2 * *SHORT.start() + 1);
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut buf = Buffers::default();
    for range in ctx.marks.segments(|c| !(is_han(c) || c == '、')) {
        if range.len() < SHORTEST {
            continue;
        }
        let (offset, segment) = (range.start, &text[range]);
        chars.clear();
        chars.extend(segment.char_indices());
        same_ends(&chars, &mut buf);
        let ends = &buf.ends;
        let mut next_free = 0;
        for (b, &lens) in ends.iter().enumerate().take(chars.len()).skip(SAME_END) {
            if b < next_free || lens == 0 {
                continue;
            }
            if let Some((a, c)) = leftover_at(&chars, b, lens) {
                let at = |k: usize| offset + chars.get(k).map_or(segment.len(), |&(i, _)| i);
                let (first, second) = (at(a)..at(b), at(b)..at(c));
                let (f, s) = (sink.quote(first.clone()), sink.quote(second.clone()));
                sink.report(
                    first.start..second.end,
                    format!("“{f}”后面紧跟着“{s}”，像是改稿时留下的旧说法，应只保留一种。"),
                )
                .with_fix(Fix::delete(
                    format!("删去“{s}”"),
                    Applicability::Unsafe,
                    second,
                ));
                next_free = c;
            }
        }
    }
}

/// For each character index `b` of a segment, the lengths `len` (bit `len`)
/// for which the [`SAME_END`] characters before `b` come again before
/// `b + len`: where a shorter copy may start. Per length, one pass marks
/// the characters equal to the one `len` further on and one finds three
/// marks in a row; both run over plain arrays without branches, which the
/// compiler turns into vector instructions, so that the many positions
/// where no copy can start cost little.
fn same_ends(chars: &[(usize, char)], buf: &mut Buffers) {
    let Buffers { cs, eq, ends } = buf;
    cs.clear();
    cs.extend(chars.iter().map(|&(_, c)| c));
    let n = cs.len();
    ends.clear();
    ends.resize(n + 1, 0);
    for len in SHORT {
        if n < len + SAME_END {
            break;
        }
        eq.clear();
        eq.extend(
            cs[..n - len]
                .iter()
                .zip(&cs[len..])
                .map(|(a, b)| u16::from(a == b)),
        );
        // Three equal in a row ending at j + 2: a copy may start at j + 3.
        for (j, ((a, b), c)) in eq.iter().zip(&eq[1..]).zip(&eq[2..]).enumerate() {
            ends[j + SAME_END] |= (a & b & c) << len;
        }
    }
}

/// The arrays [`same_ends`] reuses from segment to segment.
#[derive(Default)]
struct Buffers {
    cs: Vec<char>,
    eq: Vec<u16>,
    ends: Vec<u16>,
}

/// The first copy `a..b` and the second `b..c` (character indices) when a
/// shorter version of a phrase starts at `b`, trying the lengths of
/// [`same_ends`].
fn leftover_at(chars: &[(usize, char)], b: usize, ends: u16) -> Option<(usize, usize)> {
    let ch = |k: usize| chars[k].1;
    for len in SHORT.filter(|len| ends & (1 << len) != 0) {
        let c = b + len;
        // The same ending (`ends`), in Han characters.
        if !(1..=SAME_END).all(|k| is_han(ch(c - k))) {
            continue;
        }
        // The longer copy starts with the same character, no further back
        // than twice the shorter one, and holds it in order.
        let second: Vec<char> = (b..c).map(ch).collect();
        if second.iter().any(|&c| !(is_han(c) || c == '、')) {
            continue;
        }
        for a in (b.saturating_sub(2 * len)..b.saturating_sub(len)).rev() {
            if ch(a) != second[0] || (a..b).any(|k| !(is_han(ch(k)) || ch(k) == '、')) {
                continue;
            }
            let mut want = second.iter().peekable();
            for k in a..b {
                if want.peek() == Some(&&ch(k)) {
                    want.next();
                }
            }
            if want.peek().is_none() {
                return Some((a, c));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "该项目获省委、省政府批准，列入省重点项目。",
                "加强管理加强服务，提升质量提升效益。",
                "推进产业园区建设和园区建设配套。",
                "完成完成技改项目12个。",
                "全县规上工业企业达到126家，规上企业增加值增长7.6%。",
            ])
            .fail([
                "该项目获省委、省政府批准获省政府批准，列入省重点项目。",
                "該項目獲省委、省政府批準獲省政府批準。",
                "全力推进全县重点项目建设推进重点项目建设，成效明显。",
            ])
            .fix([(
                "该项目获省委、省政府批准获省政府批准，列入",
                "该项目获省委、省政府批准，列入",
            )])
            .test_and_snapshot();
    }
}
