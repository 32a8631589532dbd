//! `doubled-punctuation`: two marks where one belongs — “，，”, “。。”,
//! “质量,。” — as a deletion slip leaves them.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "doubled-punctuation",
        title: "标点连用",
        category: Category::Punctuation,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "句中点号连用：“，，”“。。”“，。”“；。”等，多是删改时留下的，修复会删去前一个，保留后一个；以及括注前后各有一个句号（“增长163%。（分别超额4家、13家）。”），修复会删去括注前的句号（需确认）。叹号、问号后又跟句号、逗号等（“！。”“？，”），修复会删去后一个。省略号……、破折号——和“？！”“！！”不算。",
            why: "两个点号连在一起是明显的校对疏漏。",
            bad: "全年工业经济运行质量,。稳中有进，，效益提升。",
            good: "全年工业经济运行稳中有进……效益提升——这是关键！？",
        },
    },
    check,
};

/// Marks that end or split a clause.
const MARKS: &[char] = &['，', ',', '、', '；', ';', '：', '。'];

/// A mark that may stand in a run of doubled marks: the marks above, and
/// the half-width colon when a full-width mark stands in the same run
/// (`：：::`; `::` alone is code, not prose).
fn in_run(c: char) -> bool {
    MARKS.contains(&c) || c == ':'
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let mut chars = ctx.marks.all().iter().copied().peekable();
    while let Some((i, c)) = chars.next() {
        if !in_run(c) {
            continue;
        }
        // The whole run of marks, as one finding whose fix keeps its last
        // mark: fixing it once leaves nothing doubled.
        let (mut last, mut last_char, mut n) = (i, c, 1);
        let (mut wide, mut colon) = (!c.is_ascii(), c == ':');
        while let Some(&(j, d)) = chars.peek() {
            // A Han letter between two marks ends the run.
            if j != last + last_char.len_utf8() || !in_run(d) {
                break;
            }
            (last, last_char, n) = (j, d, n + 1);
            wide |= !d.is_ascii();
            colon |= d == ':';
            chars.next();
        }
        if n < 2 || (colon && !wide) {
            continue;
        }
        let end = last + last_char.len_utf8();
        let shown = sink.quote(i..end);
        let message = if n == 2 {
            format!("“{shown}”两个点号连用，应只保留一个。")
        } else {
            format!("“{shown}”{n}个点号连用，应只保留一个。")
        };
        sink.report(i..end, message).with_fix(Fix::delete(
            format!("只保留“{last_char}”"),
            Applicability::Safe,
            i..last,
        ));
    }
    full_stops_around_a_note(ctx, sink);
    mark_after_an_exclamation(ctx, sink);
}

/// “成效显著！。”: a clause mark right after a full-width ！ or ？, which
/// already ends the sentence. The mark after it goes. “？！” and “！！”
/// are the writer's emphasis, and a run of several marks is reported by
/// the check above.
fn mark_after_an_exclamation(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let marks = ctx.marks.all();
    for k in 1..marks.len() {
        let ((i, c), (j, d)) = (marks[k - 1], marks[k]);
        let end = j + d.len_utf8();
        // Alone: no mark of a run follows right after it.
        let alone = || {
            marks
                .get(k + 1)
                .is_none_or(|&(n, e)| n != end || !in_run(e))
        };
        if matches!(c, '！' | '？')
            && j == i + c.len_utf8()
            && MARKS.contains(&d)
            && !d.is_ascii()
            && alone()
        {
            let shown = sink.quote(i..end);
            sink.report(
                i..end,
                format!("“{shown}”叹号或问号后又用了“{d}”：句子已经结束，删去“{d}”。"),
            )
            .with_fix(Fix::delete(
                format!("删去“{d}”"),
                Applicability::Safe,
                j..end,
            ));
        }
    }
}

/// The longest bracketed note read between two full stops.
const NOTE_MAX_CHARS: usize = 60;

/// “增长163%。(分别超额完成4家、13家)。”: a note in brackets with a full
/// stop on each side. A note on the sentence goes before its full stop
/// (句内括号), one on the whole passage after it with no stop of its own
/// (句外括号): either way one of the two goes. Which one is the author's
/// call, so the fix is unsafe.
fn full_stops_around_a_note(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (i, _) in text.match_indices('。') {
        let after = i + '。'.len_utf8();
        let rest = &text[after..];
        let Some(open) = rest.chars().next().filter(|c| matches!(c, '(' | '（')) else {
            continue;
        };
        let close = if open == '(' { ')' } else { '）' };
        let body_start = after + open.len_utf8();
        let Some(len) = text[body_start..]
            .char_indices()
            .take(NOTE_MAX_CHARS + 1)
            .find(|&(_, c)| matches!(c, ')' | '）' | '(' | '（' | '。' | '\n'))
            .filter(|&(_, c)| c == close)
            .map(|(k, _)| k)
        else {
            continue;
        };
        let close_at = body_start + len;
        let end = close_at + close.len_utf8();
        if len == 0 || !text[end..].starts_with('。') {
            continue;
        }
        let range = i..end + '。'.len_utf8();
        let shown = sink.quote(range.clone());
        sink.report(
            range,
            format!("“{shown}”括注前后各有一个句号，应只保留一个：括注说明前一句时放在句号之前。"),
        )
        .with_fix(Fix::delete(
            "删去括注前的句号".to_owned(),
            Applicability::Unsafe,
            i..after,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "全年工业经济运行稳中有进……效益提升——这是关键！？",
                "全年新增企业12家，同比增长20%。",
                "全年新增企业12家。（二）项目建设扎实推进。",
                "全年新增企业12家（含升规企业3家）。新增项目5个。",
                "任务全部完成。（注：数据截至11月底）",
                "比分为3:2，调用std::vec模块。",
                "难道不该抓紧吗？！必须抓紧！！",
                "这是为什么？答案很清楚！",
            ])
            .fail([
                "全年工业经济运行质量,。稳中有进，，效益提升。",
                "完成投资12亿元；。",
                "各项工作成效显著！。",
                "还有哪些短板？，需要补齐。",
                "新增企业21家，同比增长163%。(分别超额完成4家、13家)。新增样本点企业5家。",
            ])
            .fix([
                ("质量,。稳中有进", "质量。稳中有进"),
                ("全县：：:::::：：数字化", "全县：数字化"),
                ("成效显著！。新的一年", "成效显著！新的一年"),
                ("稳中有进，，，效益提升", "稳中有进，效益提升"),
                (
                    "增长163%。（分别超额4家、13家）。新增",
                    "增长163%（分别超额4家、13家）。新增",
                ),
            ])
            .test_and_snapshot();
    }
}
