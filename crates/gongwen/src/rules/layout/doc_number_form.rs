//! `doc-number-form`: a document number (发文字号) as GB/T 9704-2012 (7.2.4)
//! writes it — the agency's code, the year in 六角括号 〔〕, the serial
//! number without 第 and without leading zeros, then 号: 青科发〔2024〕5号.
//! Square, round or lenticular brackets, 第, a leading 0 or spaces inside
//! are reported with a safe fix. Read from the text: any draft.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::layout::SPACES;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "doc-number-form",
        title: "发文字号格式",
        category: Category::Layout,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "发文字号的年份不用六角括号“〔〕”（用了 []、()、【】 等），或序号前加“第”、序号前补 0（GB/T 9704-2012 7.2.4：青科发〔2024〕5号）。",
            why: "发文字号格式是公文格式检查的必查项，方括号、圆括号和“第05号”都是常见错误。",
            bad: "根据《关于印发科技创新工作要点的通知》（青科发[2024]第05号）要求，\n",
            good: "根据《关于印发科技创新工作要点的通知》（青科发〔2024〕5号）要求，\n",
        },
    },
    check,
};

const CLOSE: &str = "]］)）】〕〗";

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // A `match` per character: `OPEN.contains(c)` would build a searcher
    // for every character of the text.
    let open = |c: char| matches!(c, '[' | '［' | '(' | '（' | '【' | '〔' | '〖');
    for (at, c) in text.match_indices(open) {
        // An agency's code right before: at least two Han characters
        // ending in one that names a kind of document (发, 函, 字 …).
        let before: Vec<char> = text[..at].chars().rev().take(2).collect();
        if before.len() < 2
            || !before.iter().all(|c| crate::text::is_han(*c))
            || !"发函字办呈报请复通令文".contains(before[0])
        {
            continue;
        }
        let rest = &text[at + c.len()..];
        let Some(found) = number_after(rest) else {
            continue;
        };
        let written = &text[at..at + c.len() + found.len];
        let right = format!("〔{}〕{}号", found.year, found.serial);
        if written == right {
            continue;
        }
        let range = at..at + written.len();
        let mut wrong = Vec::new();
        if c != "〔" || !found.closed_right {
            wrong.push("年份应用六角括号“〔〕”");
        }
        if found.di {
            wrong.push("序号前不加“第”");
        }
        if found.zero {
            wrong.push("序号不编虚位（不补 0）");
        }
        if wrong.is_empty() {
            wrong.push("括号、年份、序号和“号”之间不空格");
        }
        sink.report(
            range.clone(),
            format!("发文字号“{written}”应写作“{right}”：{}。", wrong.join("，")),
        )
        .with_fix(Fix::change_to(Applicability::Safe, range, &right));
    }
}

/// A year and serial number after an opening bracket: `2024]第05号`.
struct Number {
    year: String,
    serial: String,
    closed_right: bool,
    di: bool,
    zero: bool,
    /// Bytes from after the opening bracket through 号.
    len: usize,
}

fn number_after(rest: &str) -> Option<Number> {
    let mut s = rest.trim_start_matches(SPACES);
    let year: String = s.chars().take_while(char::is_ascii_digit).collect();
    if year.len() != 4 || !(year.starts_with("19") || year.starts_with("20")) {
        return None;
    }
    s = s[4..].trim_start_matches(SPACES);
    let close = s.chars().next().filter(|c| CLOSE.contains(*c))?;
    s = s[close.len_utf8()..].trim_start_matches(SPACES);
    let di = s.starts_with('第');
    if di {
        s = s['第'.len_utf8()..].trim_start_matches(SPACES);
    }
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 5 {
        return None;
    }
    s = s[digits.len()..].trim_start_matches(SPACES);
    if !s.starts_with('号') {
        return None;
    }
    let serial = digits.trim_start_matches('0');
    let serial = if serial.is_empty() { "0" } else { serial };
    let end = rest.len() - s.len() + '号'.len_utf8();
    Some(Number {
        zero: serial.len() < digits.len(),
        serial: serial.to_owned(),
        year,
        closed_right: close == '〕',
        di,
        len: end,
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
                "根据青科发〔2024〕5号文件要求，",
                "（青政办发〔2023〕112号）",
                // Not a document number: no agency code, no 号.
                "全年（2024年）完成5项。",
                "见附件[2024]5项。",
                "青科发〔2024〕第二批项目",
            ])
            .fail([
                "根据青科发[2024]第05号文件要求，",
                "（青政办发（2023）112号）",
                "青科字【2024】 7号",
                "青科发〔2024〕第5号",
                "青科发〔2024〕05号",
                "青科发［2024］5号",
                "青科发(2024)5号",
                "青科发〖2024〗5号",
            ])
            .fix([
                (
                    "根据青科发[2024]第05号文件要求，",
                    "根据青科发〔2024〕5号文件要求，",
                ),
                ("（青政办发（2023）112号）", "（青政办发〔2023〕112号）"),
                ("青科字【2024】 7号", "青科字〔2024〕7号"),
            ])
            .test_and_snapshot();
    }
}
