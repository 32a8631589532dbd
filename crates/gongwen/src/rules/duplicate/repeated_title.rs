//! `repeated-title`: a report's title shown twice by the site it was copied
//! from — the page's headline and the document's own title line, a
//! preview's copy glued before the body (“X县…工作总结2024年以来，…”) or
//! several copies on one line. Only the head of each report is searched:
//! the lines above its first heading.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::words::TITLE;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::is_han;
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "repeated-title",
        title: "标题重复",
        category: Category::Duplicate,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "报告开头同一个标题出现了两遍或更多：网页标题和正文标题各一遍、标题连写两行，或标题又粘在正文第一句前（“××县农业农村局半年度工作总结2024年以来，……”）。只看第一个小标题之前的开头部分。修复会删去后面的重复标题。",
            why: "重复的标题是网页或预览页面留下的，一眼就能看出材料是从网上复制的。",
            bad: "青溪县科技局2023年工作总结\n青溪县科技局2023年工作总结\n2023年，县科技局坚持创新驱动，各项工作取得新成效。\n一、主要工作\n",
            good: "青溪县科技局2023年工作总结\n2023年，县科技局坚持创新驱动，各项工作取得新成效。\n一、2023年工作总结\n二、2024年工作计划\n",
        },
    },
    check,
};

/// How many lines at the top of a report may hold its title and chrome.
const HEAD_LINES: usize = 8;
/// The shortest title worth comparing, in characters.
const MIN_TITLE: usize = 6;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let lines: Vec<Range<usize>> = ctx.marks.layout().contents().collect();
    let o = ctx.outline;
    for (n, report) in o.reports.iter().enumerate() {
        // The first report's head includes the page above it, where the
        // site shows its headline.
        let start = if n == 0 { 0 } else { report.range.start };
        let end = o
            .headings
            .get(report.headings.start)
            .filter(|_| !report.headings.is_empty())
            .map_or(report.range.end, |h| h.marker.start);
        let from = lines.partition_point(|l| l.start < start);
        let head = lines[from..]
            .iter()
            .take_while(|l| l.end <= end)
            .take(HEAD_LINES);
        let mut titles: Vec<Range<usize>> = Vec::new();
        for line in head {
            let s = &text[line.clone()];
            if let Some(first) = titles.iter().find(|t| &text[(*t).clone()] == s) {
                report_copy(sink, line.clone(), first.clone(), whole_line(text, line));
                continue;
            }
            let mut copies = prefix_copies(text, line, &titles);
            // A title doubled on its own line, before the body
            // (“2023年工作总结 2023年工作总结 今年以来…”).
            if copies.is_empty() {
                if let Some(first) = leading_title(text, line) {
                    let rest = first.end..line.end;
                    let spaces = text[rest.clone()].len() - text[rest.clone()].trim_start().len();
                    copies = prefix_copies(
                        text,
                        &(rest.start + spaces..rest.end),
                        std::slice::from_ref(&first),
                    );
                    if !copies.is_empty() {
                        titles.push(first);
                    }
                }
            }
            for (copy, first, removal) in &copies {
                report_copy(sink, copy.clone(), first.clone(), removal.clone());
            }
            // The opening paragraph does not end the search: sites show
            // their headline, a lead-in, then the document's own title.
            if copies.is_empty() && is_title(s) {
                titles.push(line.clone());
            }
        }
    }
}

fn report_copy(
    sink: &mut Sink<'_>,
    copy: Range<usize>,
    first: Range<usize>,
    removal: Range<usize>,
) {
    let shown = sink.quote(copy.clone());
    sink.report(
        copy,
        format!("标题“{shown}”重复出现，多为网站重复显示了标题，应删去这一遍。"),
    )
    .with_related(first, "标题第一次出现的位置".to_owned())
    .with_fix(Fix::delete(
        "删去重复的标题".to_owned(),
        Applicability::Safe,
        removal,
    ));
}

/// Copies of an earlier title at the start of `line`, glued to running
/// text or to each other (“标题 标题 一、…”): each copy, the title it
/// repeats and what deleting it removes (the copy and the spaces after
/// it). Nothing when the line only starts like a title (“…工作总结报告”).
fn prefix_copies(
    text: &str,
    line: &Range<usize>,
    titles: &[Range<usize>],
) -> Vec<(Range<usize>, Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let mut at = line.start;
    'copies: loop {
        for t in titles {
            let title = &text[t.clone()];
            if title.chars().count() >= MIN_TITLE && text[at..line.end].starts_with(title) {
                let copy = at..at + title.len();
                let rest = &text[copy.end..line.end];
                let spaces = rest.len() - rest.trim_start().len();
                out.push((copy.clone(), t.clone(), copy.start..copy.end + spaces));
                at = copy.end + spaces;
                continue 'copies;
            }
        }
        break;
    }
    // The copies must be followed by the body (a sentence or a heading),
    // not by the rest of a longer title.
    let rest = &text[at..line.end];
    let body = is_prose(rest) || crate::outline::marker::at(text, at).is_some();
    if out.is_empty() || !(body || rest.is_empty()) {
        return Vec::new();
    }
    out
}

/// The title a line opens with, up to the first space, when the line goes
/// on after it (“2023年工作总结 2023年工作总结 今年以来…”).
fn leading_title(text: &str, line: &Range<usize>) -> Option<Range<usize>> {
    let s = &text[line.clone()];
    let space = s.find(' ')?;
    is_title(&s[..space]).then(|| line.start..line.start + space)
}

/// The line with its break: what deleting a whole copy removes.
fn whole_line(text: &str, line: &Range<usize>) -> Range<usize> {
    let start = text[..line.start].rfind('\n').map_or(0, |i| i + 1);
    let rest = &text[line.end..];
    start..line.end + rest.find('\n').map_or(rest.len(), |i| i + 1)
}

/// A report title: short, names a kind of report, no sentence inside.
fn is_title(s: &str) -> bool {
    let han = s.chars().filter(|&c| is_han(c)).count();
    han >= MIN_TITLE
        && s.chars().count() <= 60
        && TITLE.is_match(s)
        && !s.contains(['，', '。', '；', '：', ',', ';', ':', '>', '|'])
}

/// A sentence of the body: some length, with punctuation inside.
fn is_prose(s: &str) -> bool {
    s.chars().filter(|&c| is_han(c)).count() >= 10 && s.contains(['，', '。', '；', ',', ';'])
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "青溪县科技局2023年工作总结\n2023年，县科技局坚持创新驱动，各项工作取得新成效。\n一、2023年工作总结\n二、2024年工作计划\n",
                // A heading that repeats the title's words is a heading.
                "2023年工作总结\n一、2023年工作总结\n全年新增企业12家。\n二、2023年工作总结\n",
                // A longer title that starts like the headline.
                "青溪县科技局2023年工作总结\n青溪县科技局2023年工作总结报告\n全年新增企业12家。\n",
                // A title and its subtitle on one line.
                "2030年科技工作总结 坚持创新驱动，推动高质量发展\n一、主要工作\n全年新增企业12家。\n",
                // The title repeated in the body, far below the head.
                "青溪县科技局2023年工作总结\n全年新增企业12家，完成投资8亿元。\n一、主要工作\n青溪县科技局2023年工作总结\n",
            ])
            .fail([
                "青溪县科技局2023年工作总结\n青溪县科技局2023年工作总结\n2023年，县科技局坚持创新驱动，各项工作取得新成效。\n一、主要工作\n",
                "青溪县科技局2023年工作总结\n发布时间：2024-01-05 来源：县科技局\n青溪县科技局2023年工作总结\n一、主要工作\n",
                "X县农业农村局半年度工作总结\nX县农业农村局半年度工作总结2024年以来，县农业农村局深入贯彻落实上级部署，各项工作取得较好成效。\n一、上半年工作完成情况\n",
                "县农业农村局2020年工作总结\n县农业农村局2020年工作总结 县农业农村局2020年工作总结 一、2020年工作总结 （一）积极调整农业产业结构。\n",
                "青溪縣科技局2023年工作總結\n青溪縣科技局2023年工作總結\n全年新增企業12家。\n",
                // Doubled on its own line, before the body.
                "2030 科技 总结\n2030年科技工作总结 2030年科技工作总结 今年以来，我局坚持创新驱动，各项工作取得新成效。\n一、主要工作\n",
            ])
            .fix([
                (
                    "青溪县科技局2023年工作总结\n青溪县科技局2023年工作总结\n2023年，县科技局坚持创新驱动，各项工作取得新成效。\n",
                    "青溪县科技局2023年工作总结\n2023年，县科技局坚持创新驱动，各项工作取得新成效。\n",
                ),
                (
                    "X县农业农村局半年度工作总结\nX县农业农村局半年度工作总结2024年以来，县农业农村局深入贯彻落实上级部署，各项工作取得较好成效。\n",
                    "X县农业农村局半年度工作总结\n2024年以来，县农业农村局深入贯彻落实上级部署，各项工作取得较好成效。\n",
                ),
            ])
            .test_and_snapshot();
    }
}
