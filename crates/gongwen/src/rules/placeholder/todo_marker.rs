//! `todo-marker`: explicit to-do marks left in the draft (待补充, TODO …).

use crate::finding::{Category, Severity};
use crate::lexicon::Lexicon;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before};
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "todo-marker",
        title: "待办标记",
        category: Category::Placeholder,
        severity: Severity::Error,
        fix: FixAvailability::None,
        docs: Docs {
            what: "起草人留给自己的待办标记：待补充、待填写、待核实、待确认、待定、此处填写、请填写、TODO 等，以及在配置中添加的本单位模板用语。",
            why: "这些标记说明该处内容还没有写完或没有核实，不能出现在上报稿中。",
            bad: "全年完成技改投资（待核实）亿元，具体项目待补充。TODO: 补数据",
            good: "部分配套政策有待完善，项目选址有待确认。",
        },
    },
    check,
};

/// Built-in markers. A 待 marker is skipped where 待 ends another word
/// (有待核实 and 尚待确认 are prose about work still to be done; 招待、接待、
/// 期待、等待 are not markers at all).
const MARKERS: &[(&str, Severity)] = &[
    ("待补充", Severity::Error),
    ("待填写", Severity::Error),
    ("待核实", Severity::Error),
    ("待确认", Severity::Error),
    // 待定 is also a real status (时间待定): a warning, not an error.
    ("待定", Severity::Warning),
    ("此处填写", Severity::Error),
    ("此处输入", Severity::Error),
    ("在此填写", Severity::Error),
    ("请填写", Severity::Error),
    ("TODO", Severity::Error),
    ("TBD", Severity::Error),
    ("FIXME", Severity::Error),
];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // The office's own words, prepared with the config.
    let markers: &Lexicon<Severity> = ctx.prepared.todo_markers.as_ref().unwrap_or(&BUILT_IN);
    for (range, severity) in markers.find_iter(text) {
        if !is_marker(text, &range) {
            continue;
        }
        let snippet = sink.quote(range.clone());
        let message =
            format!("待办标记“{snippet}”：此处内容尚未完成或未经核实，请补全后删去该标记。");
        sink.report_with(range, message, severity);
    }
}

/// The markers with the office's own words (folded like the text, so a
/// traditional entry matches a simplified draft and the other way round).
pub(crate) fn markers_with(extra: &[String]) -> Lexicon<Severity> {
    Lexicon::new(
        MARKERS
            .iter()
            .copied()
            .chain(extra.iter().map(|w| (w.as_str(), Severity::Error))),
    )
}

static BUILT_IN: LazyLock<Lexicon<Severity>> =
    LazyLock::new(|| Lexicon::new(MARKERS.iter().copied()));

fn is_marker(text: &str, range: &Range<usize>) -> bool {
    let snippet = &text[range.clone()];
    if snippet.starts_with('待') {
        return !char_before(text, range.start)
            .is_some_and(|c| "有尚亟留招接期等对看虐款善优".contains(c));
    }
    if snippet.is_ascii() {
        // Whole Latin words only: `TODO` but not `TODOS`.
        let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        return !word(char_before(text, range.start)) && !word(char_at(text, range.end));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "机制有待完善",
                "有待核实",
                "有待确认",
                "TODOS",
                "待遇",
                "招待定点",
            ])
            .fail([
                "项目名称待补充。",
                "（待核实）",
                "此处填写数据",
                "TODO: 补数据",
                "項目待補充",
                "时间待定",
            ])
            .test_and_snapshot();
    }

    #[test]
    fn the_office_can_add_its_own_markers() {
        use crate::{check, Config};
        let config = Config {
            placeholder_words: vec!["請在此輸入".into()],
            ..Config::default()
        };
        let report = check("请在此输入内容", &config);
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].rule, "todo-marker");
    }
}
