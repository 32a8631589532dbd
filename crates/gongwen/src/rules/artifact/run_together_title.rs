//! `run-together-title`: a report's title run together on one line with the
//! issuing office, the date or the opening sentence — what a PDF or web
//! copy leaves when it loses the line breaks of the head. The outline model
//! finds the title's end (`roles::run_together_title`); this rule reports
//! the lines that run on and offers to break them.

use crate::finding::{Applicability, Category, Edit, Fix, Severity};
use crate::layout::SPACES;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{is_digit, years};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "run-together-title",
        title: "标题与正文连写",
        category: Category::Artifact,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "报告标题和发文单位、日期或正文第一句连在同一行，如“青溪县科技局2025年工作总结青溪县科技局2025年12月20日2025年，县科技局……”：多是从 PDF 或网页复制时丢了换行。修复会在标题后、日期后断行（需确认）。",
            why: "标题、落款和正文挤在一行，排版错乱，也让标题看不出来。",
            bad: "青溪县科技局2025年工作总结青溪县科技局2025年12月20日2025年，县科技局坚持创新驱动，各项工作取得新成效。\n一、主要工作\n",
            good: "青溪县科技局2025年工作总结\n青溪县科技局\n2025年12月20日\n2025年，县科技局坚持创新驱动，各项工作取得新成效。\n一、主要工作\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for report in &ctx.outline.reports {
        let Some(title) = report.head.title.clone() else {
            continue;
        };
        let line_end = text[title.end..]
            .find('\n')
            .map_or(text.len(), |i| title.end + i);
        let rest = &text[title.end..line_end];
        let trimmed = rest.trim_start_matches(SPACES);
        if trimmed.trim().is_empty() {
            continue;
        }
        // Break after the title (taking the spaces there) and after a date
        // that more text follows.
        let mut edits = vec![Edit {
            range: title.end..title.end + (rest.len() - trimmed.len()),
            replacement: "\n".to_owned(),
        }];
        let base = line_end - trimmed.len();
        if let Some(date_end) = date_end(trimmed) {
            let after = &trimmed[date_end..];
            let more = after.trim_start_matches(SPACES);
            if !more.trim().is_empty() {
                let at = base + date_end;
                edits.push(Edit {
                    range: at..at + (after.len() - more.len()),
                    replacement: "\n".to_owned(),
                });
            }
        }
        let shown = sink.quote(title.clone());
        sink.report(
            title.start..line_end,
            format!("标题“{shown}”与后面的发文单位、日期或正文连在了同一行，应分行。"),
        )
        .with_fix(Fix {
            title: "在标题后分行".to_owned(),
            applicability: Applicability::Unsafe,
            edits,
        });
    }
}

/// Where a date (2025年12月20日, 2025年12月) near the start of `s` ends.
fn date_end(s: &str) -> Option<usize> {
    let near = &s[..crate::text::floor_boundary(s, 90)];
    years(near).into_iter().find_map(|(_, r)| {
        let mut at = r.end;
        for unit in ['月', '日'] {
            let digits: usize = near[at..]
                .chars()
                .take_while(|c| is_digit(*c))
                .map(char::len_utf8)
                .sum();
            if digits == 0 || !near[at + digits..].starts_with(unit) {
                return (unit == '日').then_some(at);
            }
            at += digits + unit.len_utf8();
        }
        Some(at)
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
                "青溪县科技局2025年工作总结\n青溪县科技局\n2025年12月20日\n2025年，县科技局坚持创新驱动，各项工作取得新成效。\n一、主要工作\n",
                "青溪县科技局关于2025年工作总结的报告\n一、主要工作\n",
                "青溪县科技局2025年工作总结和2026年工作计划\n今年以来，我局坚持创新驱动。\n一、主要工作\n",
                "2025年工作总结（2025年12月20日）\n一、主要工作\n",
            ])
            .fail([
                "青溪县科技局2025年工作总结青溪县科技局2025年12月20日2025年，县科技局坚持创新驱动，各项工作取得新成效。\n一、主要工作\n",
                "青溪县商务局2025年工作总结和2026年工作思路 今年以来，县商务局紧扣稳外贸、促消费两条主线，全力推动商务经济高质量发展。\n一、主要工作成效\n",
                "青溪縣科技局2025年工作總結青溪縣科技局2025年12月20日2025年，縣科技局堅持創新驅動。\n一、主要工作\n",
            ])
            .fix([(
                "青溪县科技局2025年工作总结青溪县科技局2025年12月20日2025年，县科技局坚持创新驱动。\n一、主要工作\n",
                "青溪县科技局2025年工作总结\n青溪县科技局2025年12月20日\n2025年，县科技局坚持创新驱动。\n一、主要工作\n",
            )])
            .test_and_snapshot();
    }
}
