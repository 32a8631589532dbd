//! `stripped-year`: a 年 whose digits a copy or a site stripped — “，年我县
//! …”, “一、年主要工作”, “年工作总结” — where 年 can only be a year of the
//! calendar, not the word 年 of 年底、年度、逐年、青年.

use crate::finding::{Category, Severity};
use crate::layout::{BLANKS, GROUP_ENDS};
use crate::lexicon::WordSet;
use crate::outline::marker;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{floor_boundary, is_digit};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "stripped-year",
        title: "年份数字缺失",
        category: Category::Masked,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "前面缺了年份数字的“年”：“，年我县……”“一、年主要工作”“年工作总结”“年1-10月”，多是转载或复制时数字被删去。只在“年”位于句首、标题序号后或“截至”“自”等之后，且后面是“我县”“全县”“以来”“上半年”“1-10月”“工作总结”之类只能接在年份后的词时才报告；年底、年度、年初、逐年、青年、今年等不算。年份无法确定，不提供修复。",
            why: "缺了年份，读者无从知道说的是哪一年，数字和结论都失去了依据。",
            bad: "年工作总结\n年，我局在县委、县政府的正确领导下，全面完成各项任务。\n一、年主要工作完成情况\n截至年10月底，全县新增企业12家。",
            good: "2023年工作总结\n2023年，我局全面完成各项任务，年底前建成项目5个，年度目标全部完成，逐年提高青年人才比例。",
        },
    },
    check,
};

/// Words that, right after 年, make it a year of the calendar wherever a
/// clause starts: “，年我县…”“，年1-10月”“自年以来”.
static YEAR_CONTEXT: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "我县",
        "我区",
        "我市",
        "我局",
        "我镇",
        "我乡",
        "我委",
        "我办",
        "我省",
        "我们",
        "我单位",
        "我中心",
        "全县",
        "全区",
        "全市",
        "全镇",
        "全乡",
        "全省",
        "全局",
        "全国",
        "全年",
        "以来",
        "上半年",
        "下半年",
        "前三季度",
        "一季度",
        "二季度",
        "三季度",
        "四季度",
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
    ])
});

/// Words that make 年 a year where a title or a heading starts: “年工作
/// 总结”“一、年主要工作”. In running text “年主要产品” can be annual.
static TITLE_CONTEXT: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "工作总结",
        "工作计划",
        "工作要点",
        "工作报告",
        "工作思路",
        "工作安排",
        "工作情况",
        "工作开展",
        "工作完成",
        "工作目标",
        "工作任务",
        "工作措施",
        "工作打算",
        "主要工作",
        "重点工作",
        "上半年工作",
        "工作回顾",
        "是",
    ])
});

/// Words after which a year number is due: 截至年10月底、自年以来.
static YEAR_DUE: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::words(["于", "在", "至", "到", "截止", "自", "从"]));

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (at, _) in text.match_indices('年') {
        let rest = &text[at + '年'.len_utf8()..];
        let before = Before::of(text, at);
        let year = match before {
            Before::Other => false,
            Before::Clause => YEAR_CONTEXT.starts(rest) || starts_with_month(rest),
            // 关于年工作总结的报告、截至年10月底.
            Before::YearDue => {
                YEAR_CONTEXT.starts(rest)
                    || starts_with_month(rest)
                    || (TITLE_CONTEXT.starts(rest) && !rest.starts_with('是'))
            }
            Before::LineStart | Before::Sentence | Before::Heading => {
                YEAR_CONTEXT.starts(rest)
                    || starts_with_month(rest)
                    || TITLE_CONTEXT.starts(rest)
                    || rest.starts_with(['，', ','])
            }
        };
        if year {
            sink.report(
                at..at + '年'.len_utf8(),
                "“年”前缺少年份数字（应如“2023年”），可能是复制或转载时被删去，请补全。".to_owned(),
            );
        }
    }
}

/// What stands before a 年.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Before {
    /// The start of a line (after its indentation).
    LineStart,
    /// A heading marker at the start of a line (一、 （一） 1.) or the
    /// start of a document's title (《).
    Heading,
    /// The end of a sentence: 。！？；
    Sentence,
    /// A comma, a colon, an opening quote or bracket.
    Clause,
    /// A word that wants a year after it: 截至、自、于.
    YearDue,
    /// Anything else: a figure, a placeholder, 今/去/每/逐/青…, a word.
    Other,
}

impl Before {
    fn of(text: &str, at: usize) -> Before {
        let head = text[..at].trim_end_matches(BLANKS);
        let spaced = head.len() < at;
        let Some(c) = head.chars().next_back() else {
            return Before::LineStart;
        };
        // `2022 年` is a year with a space in it.
        if is_digit(c) {
            return Before::Other;
        }
        match c {
            // `2023\n年，`: a figure broken off by a line wrap.
            '\n' | '\r' if ends_with_figure(head) => Before::Other,
            '\n' | '\r' => Before::LineStart,
            c if GROUP_ENDS.contains(&c) => Before::Sentence,
            '，' | ',' | '：' | ':' | '“' | '（' | '(' => Before::Clause,
            '、' | '.' | '．' | '）' | ')' if is_heading(text, head.len()) => Before::Heading,
            // 《年工作要点》: a title starts.
            '《' => Before::Heading,
            '、' => Before::Clause,
            _ if spaced => Before::Other,
            _ if YEAR_DUE.ends(head) => Before::YearDue,
            _ => Before::Other,
        }
    }
}

/// Whether the line before the end of `head` ends with a figure or a
/// placeholder for one.
fn ends_with_figure(head: &str) -> bool {
    head.trim_end_matches(BLANKS)
        .trim_end_matches(['\n', '\r'])
        .trim_end_matches(BLANKS)
        .chars()
        .next_back()
        .is_some_and(|c| is_digit(c) || matches!(c, 'x' | 'X' | '*' | '×' | '○' | '□'))
}

/// Whether the text up to byte `end` ends with a heading marker that starts
/// its line.
fn is_heading(text: &str, end: usize) -> bool {
    // A marker is short: look back a bounded stretch for the line start.
    let from = floor_boundary(text, end.saturating_sub(32));
    let line = match text[from..end].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let head = &text[..end];
    let indent = head[line..].len() - head[line..].trim_start().len();
    marker::at(text, line + indent).is_some_and(|m| m.range.end == end)
}

/// `1-10月`, `10月底`, `1—6月`, `一月`: a month right after 年.
fn starts_with_month(rest: &str) -> bool {
    let mut chars = rest.chars().peekable();
    let mut digits = 0;
    while chars.peek().is_some_and(|c| is_digit(*c)) {
        chars.next();
        digits += 1;
    }
    if digits == 0 {
        let numerals: String = rest
            .chars()
            .take_while(|c| "一二三四五六七八九十".contains(*c))
            .take(3)
            .collect();
        return !numerals.is_empty() && rest[numerals.len()..].starts_with('月');
    }
    if digits > 2 {
        return false;
    }
    match chars.next() {
        Some('月') => true,
        Some('-' | '—' | '–' | '~' | '～' | '至' | '到') => {
            let more = chars.clone().take_while(|c| is_digit(*c)).count();
            (1..=2).contains(&more) && chars.nth(more) == Some('月')
        }
        _ => false,
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
                "2023年工作总结\n2023年，我局全面完成各项任务。",
                "截至年底，全县新增企业12家，年度目标全部完成。",
                "今年以来，全县上下齐心协力；去年全县新增企业12家。",
                "逐年提高青年人才比例，历年来首次突破，年均增长5%。",
                "项目建成后，年产值5亿元，年实现利税1亿元。",
                "力争年内完成，年初确定的任务全部完成。",
                "2022 年，在市委、市政府坚强领导下。",
                "xxxx年，我局全面完成各项任务。",
                "决胜全面建成小康社会的关键之年。全县上下坚持稳中求进。",
                "开展“消费提振年”活动，实施“项目建设年”行动。",
                "近年以来，全县上下齐心协力，多年来持续推进。",
                "填报日期：    年  月  日",
                "出生年月：1980年5月",
                "科技局年度工作总结",
                "在2023\n年，我局全面完成各项任务。",
                "编印《年鉴》，在年终总结会上通报。",
            ])
            .fail([
                "年工作总结",
                "年，我局在县委、县政府的正确领导下，全面完成各项任务。",
                "一、年主要工作完成情况",
                "（一）年工作开展情况",
                "全县经济运行平稳，年1-10月，全县规上工业增加值增长5%。",
                "截至年10月底，全县新增企业12家。",
                "自年以来，全县新增企业12家。",
                "面对复杂形势，年我县经济稳中向好。",
                "关于印发《年工作要点》的通知",
                "关于年工作总结的报告",
            ])
            .test_and_snapshot();
    }
}
