//! `goal-year`: a national goal set for a year later than the nation's —
//! “2035年前碳达峰” (the goal is 2030), “到2040年基本实现社会主义现代化”
//! (2035). A region may aim earlier, never later. The goals and their
//! years are data (`calendar/goals.json`, with sources).

use crate::calendar::goals;
use crate::finding::{Category, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{years_within, Needle};
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "goal-year",
        title: "目标年份晚于国家目标",
        category: Category::Time,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "国家确定了年份的目标——2030年前碳达峰、2060年前碳中和、2035年基本实现社会主义现代化——地方可以提前，不能推后：句中紧挨在目标前面的年份晚于国家的年份，多是年份写错。",
            why: "这些年份是人人熟知的硬指标，写错一个数字，整段话就成了与中央部署不一致的表述。",
            bad: "确保在2035年前实现碳达峰。",
            good: "确保在2030年前实现碳达峰，力争到2035年率先基本实现社会主义现代化。",
        },
    },
    check,
};

/// Words after a goal that speak of what follows it, not of reaching it
/// (碳达峰后稳中有降).
const AFTER_IT: [&str; 2] = ["后", "之后"];

/// Every name of every goal, with the goal's index.
static GOAL_NAMES: LazyLock<Vec<(Needle, usize)>> = LazyLock::new(|| {
    goals()
        .iter()
        .enumerate()
        .flat_map(|(i, g)| g.words.iter().map(move |w| (Needle::new(w.as_str()), i)))
        .collect()
});

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let found = GOAL_NAMES
        .iter()
        .flat_map(|(n, i)| n.find_iter(text).map(move |at| (at, n.word(), *i)));
    for (at, word, i) in found {
        let goal = &goals()[i];
        let rest = &text[at + word.len()..];
        if AFTER_IT.iter().any(|w| rest.starts_with(w)) {
            continue;
        }
        let Some(sentence) = ctx.marks.layout().sentence_at(at) else {
            continue;
        };
        // The year nearest before the goal, in its sentence.
        let Some((year, range)) = years_within(ctx.marks, sentence.whole.start..at)
            .last()
            .cloned()
        else {
            continue;
        };
        if year <= goal.by || year > goal.by + 30 {
            continue;
        }
        sink.report(
            range.clone(),
            format!(
                "“{word}”的国家目标年份是{}年，这里写作{year}年，晚于国家目标：地方只能提前，请核对年份。",
                goal.by
            ),
        );
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
                "如期实现2030年前碳达峰目标，努力争取2060年前实现碳中和。",
                "力争到2028年实现碳达峰，到2035年率先基本实现社会主义现代化。",
                "到2035年，碳排放达峰后稳中有降，实现碳达峰后稳中有降。",
                "2026年，积极稳妥推进碳达峰碳中和。",
                "到2050年全面建成社会主义现代化强国。",
                "如期實現2030年前碳達峰目標。",
            ])
            .fail([
                "再用五年時間，到2040年城市能級顯著躍升，在全省率先基本實現社會主義現代化。",
                "确保在2035年前实现碳达峰。",
                "再用五年时间，到2040年城市能级显著跃升，在全省率先基本实现社会主义现代化。",
                "力争到2035年，生态环境根本好转，碳达峰目标顺利实现。",
                "努力争取2065年前实现碳中和。",
                "確保在2035年前實現碳達峰。",
            ])
            .test_and_snapshot();
    }
}
