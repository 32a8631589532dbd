//! `space-around-punctuation`: spaces typed before or after a full-width
//! Chinese mark in running text (“完成任务 。”“成效明显， 下一步”): the
//! mark already holds its own space.

use crate::finding::{Applicability, Category, Edit, Fix, Severity};
use crate::layout::{BLANKS, GROUP_ENDS, IDEOGRAPHIC_SPACE, SPACES};
use crate::outline::marker;
use crate::rules::punctuation::show_mark;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, is_han};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "space-around-punctuation",
        title: "标点旁多余空格",
        category: Category::Punctuation,
        severity: Severity::Info,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "正文句子里紧挨着全角标点（，。、；：？！“”‘’（）《》【】）的空格，如“完成任务 。”“成效明显， 下一步”“开展 “科技周” 活动”。行首缩进、行末空白、标题序号后的空格（“一、 总体情况”）、被并成一行的段落之间（“。 （二）……”）以及四个以上空格的排版对齐不算。修复会删去空格；一篇里超过五处时只报告一次并给出个数，修复一次全部删去。",
            why: "全角标点本身已占一个字的位置，旁边再加空格会让版面出现多余空白，多是从英文习惯或网页复制带来的。",
            bad: "全年新增企业12家， 同比增长20% 。开展 “科技活动周” 活动。",
            good: "    全年新增企业12家，同比增长20%。\n一、 总体情况\n完成率98%。 （二）创新科技促进农业发展，成效明显。\n县长：张三    2023年12月",
        },
    },
    check,
};

/// Above this many, the spaces are one habit of the whole text: one
/// finding with the count and one fix for all.
const MANY: usize = 5;

/// A run of more spaces than this is deliberate layout (aligned columns,
/// a signature), not a slip.
const LONGEST: usize = 3;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let mut runs = Vec::new();
    for line in ctx.marks.lines() {
        let (line_start, raw) = (line.start, &text[line]);
        let content = raw.trim_end_matches(['\n', '\r']);
        // Indentation and trailing blanks are invisible layout; only spaces
        // inside the line's text count.
        let body = content.trim_start_matches(BLANKS);
        let body = body.trim_end();
        let body_start = line_start + content.len() - content.trim_start_matches(BLANKS).len();
        // Cheapest test first: most lines have no space inside (spaces are
        // marks: the line's Han letters are not read).
        let spaced = ctx
            .marks
            .within(body_start..body_start + body.len())
            .iter()
            .any(|(_, c)| SPACES.contains(c));
        if !spaced || !is_running_text(body) {
            continue;
        }
        let mut offset = 0;
        while let Some(found) = body[offset..].find(SPACES) {
            let run_start = body_start + offset + found;
            let len: usize = text[run_start..]
                .chars()
                .take_while(|c| SPACES.contains(c))
                .map(char::len_utf8)
                .sum();
            let run = run_start..run_start + len;
            offset = run.end - body_start;
            if stray(text, body_start, &run) {
                runs.push(run);
            }
        }
    }
    if runs.len() > MANY {
        let n = runs.len();
        let first = runs[0].clone();
        sink.report(first, format!("正文中有{n}处全角标点旁多了空格，应删去。"))
            .with_fix(Fix {
                title: format!("删去{n}处标点旁的空格"),
                applicability: Applicability::Safe,
                edits: runs
                    .into_iter()
                    .map(|range| Edit {
                        range,
                        replacement: String::new(),
                    })
                    .collect(),
            });
        return;
    }
    for run in runs {
        let at = char_before(text, run.start).filter(|&c| is_mark(c));
        let mark = at.or_else(|| char_at(text, run.end)).unwrap_or(' ');
        let shown = show_mark(&mark.to_string());
        let side = if at.is_some() { "后" } else { "前" };
        sink.report(
            run.clone(),
            format!("全角标点{shown}{side}面多了空格，应删去。"),
        )
        .with_fix(Fix::delete("删去空格".to_owned(), Applicability::Safe, run));
    }
}

/// Whether the spaces `run` (inside a line whose text starts at
/// `body_start`) stand next to a full-width mark where nothing justifies
/// them.
fn stray(text: &str, body_start: usize, run: &std::ops::Range<usize>) -> bool {
    let before = char_before(text, run.start);
    let after = char_at(text, run.end);
    if !(before.is_some_and(is_mark) || after.is_some_and(is_mark)) {
        return false;
    }
    if text[run.clone()].chars().count() > LONGEST {
        return false;
    }
    // 。　　二是……: a paragraph's indentation, its line break lost when a
    // site ran the paragraphs together.
    let ideographic = text[run.clone()]
        .chars()
        .filter(|&c| c == IDEOGRAPHIC_SPACE)
        .count();
    if ideographic >= 2 && before.is_some_and(|c| GROUP_ENDS.contains(&c)) {
        return false;
    }
    // 【 】（  ）: a blank left to be filled in, reported by `empty-brackets`.
    let opening = |c: Option<char>| c.is_some_and(|c| "（《【〈「『“‘".contains(c));
    let closing = |c: Option<char>| c.is_some_and(|c| "）》】〉」』”’".contains(c));
    if opening(before) && closing(after) {
        return false;
    }
    // 一、 总体情况: a space after a heading number is a layout habit
    // (Word's automatic numbering leaves one, and published reports keep
    // it: quiet/q27 “一、 上半年工作……”), not a slip in the sentence.
    if marker::at(text, body_start).is_some_and(|m| m.range.end == run.start) {
        return false;
    }
    // 。 （二）创新……: paragraphs run together by a site, the space stands
    // for a line break.
    if marker::at(text, run.end).is_some() {
        return false;
    }
    true
}

/// Full-width marks that carry their own space.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '（'
            | '）'
            | '《'
            | '》'
            | '【'
            | '】'
            | '〈'
            | '〉'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// A line of running text: Chinese sentences, not a title, a signature, a
/// form or a site's menu.
fn is_running_text(s: &str) -> bool {
    s.chars().filter(|&c| is_han(c)).count() >= 8 && s.contains(['，', '。', '；', ',', ';'])
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "    全年新增企业12家，同比增长20%。   ",
                "一、 总体情况，全年新增企业12家，同比增长20%。",
                "机收水平98%。 （二）创新科技促进农业发展，成效明显。",
                "字体大小：【大】 【中】 【小】",
                "县长：张三    2023年12月",
                "全年新增企业12家，同比增长20%。        （完）",
                "引进 Xbox 配件，建成5G基站120个。",
                "【 】县新增企业12家，实现产值（  ）万元。",
                "全年新增企业12家，成效明显。　　二是加快项目建设，完成投资5亿元。",
            ])
            .fail([
                "全年新增企业12家， 同比增长20% 。",
                "开展 “科技活动周” 活动，参与群众5000人次。",
                "主要表现在：　一是总量小，二是结构不优。",
            ])
            .fix([
                (
                    "全年新增企业12家， 同比增长20% 。",
                    "全年新增企业12家，同比增长20%。",
                ),
                (
                    "甲， 乙， 丙， 丁， 戊， 己， 庚，全年新增企业12家。",
                    "甲，乙，丙，丁，戊，己，庚，全年新增企业12家。",
                ),
            ])
            .test_and_snapshot();
    }
}
