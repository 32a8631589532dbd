//! `page-number`: a page number copied out of a PDF — a line holding only
//! `- 2 -`, `— 3 —`, `第2页`, `第 2 页 共 10 页` or `2/10`, or a dashed
//! number wedged between two characters of running text (`推进-3-产业`).

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, fold_width, is_digit, is_han};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "page-number",
        title: "夹带页码",
        category: Category::Artifact,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "从 PDF 复制时带进正文的页码：单独成行的“- 2 -”“— 3 —”“第2页”“第 2 页 共 10 页”“2/10”，或夹在一句话中间的“-3-”（“推进-3-产业”）。修复会删去页码（单独成行的连同换行一起删去）。“1-10月”“2-3家”这类范围不算。",
            why: "页码是排版留下的，夹在正文里会打断句子，也说明材料未经整理。",
            bad: "全年新增规上企业12家，完成技改投资8.6亿元。\n- 2 -\n二、存在问题\n推进-3-产业转型升级。",
            good: "1-10月，全县新增企业2-3家，详见附件第2页。\n联系电话：0551-1234567\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let lines: Vec<Range<usize>> = ctx.marks.layout().contents().collect();
    for (k, line) in lines.iter().enumerate() {
        // Cheapest test first: a page number has digits, half-width or
        // full-width; most lines have none. Digits are marks: the line's
        // Han letters are not read.
        let marks = ctx.marks.within(line.clone());
        if !marks.iter().any(|&(_, c)| is_digit(c)) {
            continue;
        }
        let s = text[line.clone()].trim();
        let standalone = match page_line(s) {
            Some(Form::Fraction) => {
                // `2/10` alone on a line could be a table cell: only between
                // lines of running text is it a page number.
                let prose = |r: Option<&Range<usize>>| {
                    r.is_some_and(|r| text[r.clone()].chars().filter(|&c| is_han(c)).count() >= 15)
                };
                prose(k.checked_sub(1).and_then(|j| lines.get(j))) && prose(lines.get(k + 1))
            }
            Some(Form::Dashed | Form::Page) => true,
            None => false,
        };
        if standalone {
            let start = line.start + text[line.clone()].find(s).unwrap_or(0);
            let whole = line.start..ceil_line(text, line.end);
            let shown = sink.quote(start..start + s.len());
            sink.report(
                start..start + s.len(),
                format!("“{shown}”是 PDF 的页码，不是正文内容，应删除这一行。"),
            )
            .with_fix(Fix::delete(
                "删除页码行".to_owned(),
                Applicability::Safe,
                whole,
            ));
            continue;
        }
        for range in inline(text, line.clone(), marks) {
            let shown = sink.quote(range.clone());
            sink.report(
                range.clone(),
                format!("“{shown}”是夹在句子中的 PDF 页码，应删去。"),
            )
            .with_fix(Fix::delete(
                format!("删去“{shown}”"),
                Applicability::Safe,
                range,
            ));
        }
    }
}

/// The end of the line ending at `end`, past its break.
fn ceil_line(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    end + rest.find('\n').map_or(rest.len(), |i| i + 1)
}

enum Form {
    /// `- 2 -`, `— 3 —`
    Dashed,
    /// `第2页`, `第 2 页 共 10 页`, `共10页 第2页`
    Page,
    /// `2/10`
    Fraction,
}

const DASHES: &[char] = &['-', '－', '—', '–', '‒', '―', '─'];

/// What kind of page number a whole (trimmed) line is, if it is one.
fn page_line(s: &str) -> Option<Form> {
    // The longest form, `第 123 页 共 456 页`, is a few dozen bytes: longer
    // lines are text (and are not copied to be looked at).
    if s.len() > 48 {
        return None;
    }
    let compact: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(fold_width)
        .collect();
    let c = compact.as_str();
    // `- 2 -`: the same run of dashes on both sides of a number.
    let lead: String = c.chars().take_while(|ch| DASHES.contains(ch)).collect();
    if !lead.is_empty() && lead.chars().count() <= 2 {
        let rest = &c[lead.len()..];
        let (n, len) = number(rest)?;
        return (rest[len..] == lead && n > 0).then_some(Form::Dashed);
    }
    if let Some(rest) = c.strip_prefix('第') {
        let (_, len) = number(rest)?;
        let rest = rest[len..].strip_prefix('页')?;
        return (rest.is_empty() || total(rest.trim_start_matches(['/', '，', ','])))
            .then_some(Form::Page);
    }
    if let Some(rest) = c.strip_prefix('共') {
        // `共10页 第2页`
        let (_, len) = number(rest)?;
        let rest = rest[len..].strip_prefix('页')?;
        let rest = rest
            .trim_start_matches(['/', '，', ','])
            .strip_prefix('第')?;
        let (_, len) = number(rest)?;
        return (&rest[len..] == "页").then_some(Form::Page);
    }
    let (n, len) = number(c)?;
    let (m, len2) = number(c[len..].strip_prefix('/')?)?;
    (len + 1 + len2 == c.len() && 0 < n && n <= m && m >= 2).then_some(Form::Fraction)
}

/// `共10页` and nothing else.
fn total(s: &str) -> bool {
    s.strip_prefix('共')
        .and_then(|r| number(r).map(|(_, len)| &r[len..] == "页"))
        .unwrap_or(false)
}

/// A number of at most three (half-width) digits at the start of `s`.
fn number(s: &str) -> Option<(u32, usize)> {
    let len = s.chars().take_while(|c| c.is_ascii_digit()).count();
    if len == 0 || len > 3 {
        return None;
    }
    s[..len].parse().ok().map(|n| (n, len))
}

/// Dashed page numbers wedged between two Han characters of a line
/// (`推进-3-产业`, `推进 — 3 — 产业`). A range such as `1-10月` or `2-3家`
/// has digits, not Han characters, next to its dash.
fn inline(text: &str, line: Range<usize>, marks: &[(usize, char)]) -> Vec<Range<usize>> {
    let s = &text[line.clone()];
    let mut out = Vec::new();
    let mut from = 0;
    for &(abs, c) in marks {
        let at = abs - line.start;
        if at < from || !DASHES.contains(&c) {
            continue;
        }
        from = at + c.len_utf8();
        let Some(range) = wedged(s, at) else {
            continue;
        };
        from = range.end;
        out.push(line.start + range.start..line.start + range.end);
    }
    out
}

/// The page number starting with the dash at `at`, if it stands between
/// two Han characters: dash, optional space, one to three digits,
/// optional space, the same dash.
fn wedged(s: &str, at: usize) -> Option<Range<usize>> {
    let dash = char_at(s, at)?;
    let mut start = at;
    // A space before the token is part of it (`推进 -3- 产业`).
    while char_before(s, start) == Some(' ') {
        start -= 1;
    }
    if !char_before(s, start).is_some_and(is_han) {
        return None;
    }
    let mut p = at + dash.len_utf8();
    while char_at(s, p) == Some(' ') {
        p += 1;
    }
    let digits = s[p..].chars().take_while(|&c| is_digit(c)).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    p += s[p..]
        .chars()
        .take(digits)
        .map(char::len_utf8)
        .sum::<usize>();
    while char_at(s, p) == Some(' ') {
        p += 1;
    }
    if char_at(s, p) != Some(dash) {
        return None;
    }
    let mut end = p + dash.len_utf8();
    while char_at(s, end) == Some(' ') {
        end += 1;
    }
    char_at(s, end).is_some_and(is_han).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "1-10月，全县新增企业2-3家，详见附件第2页。",
                "联系电话：0551-1234567\n",
                "12 页\n海报\n",
                "三、存在问题\n-\n",
                "比例\n1/3\n合计\n",
                "实施“1-3-5”工程，落实“三-五”规划。",
                "完成投资-3.5亿元。",
                "本文档共10页。\n",
            ])
            .fail([
                "全年新增规上企业12家。\n- 2 -\n二、存在问题\n",
                "全年新增规上企业12家。\n— 3 —\n",
                "全年新增规上企业12家。\n－４－\n",
                "全年新增规上企业12家。\n第2页\n",
                "全年新增规上企业12家。\n第 2 页 共 10 页\n",
                "全年新增规上企业12家，完成技改投资8.6亿元。\n2/10\n全年新增高新技术企业5家，完成研发投入1.2亿元。\n",
                "推进-3-产业转型升级。",
                "推进 - 12 - 产业转型升级。",
                "推進—3—產業轉型升級。",
            ])
            .fix([
                (
                    "全年新增规上企业12家。\n- 2 -\n二、存在问题\n",
                    "全年新增规上企业12家。\n二、存在问题\n",
                ),
                ("推进-3-产业转型升级。", "推进产业转型升级。"),
            ])
            .test_and_snapshot();
    }
}
