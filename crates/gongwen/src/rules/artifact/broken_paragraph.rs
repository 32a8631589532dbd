//! `broken-paragraph`: a line break in the middle of a sentence, left where
//! a PDF copy turned each printed line into a line of text.
//!
//! A heading, a title or a signature ends without punctuation too, so the
//! line's look alone proves nothing. The evidence is the page: a PDF copy
//! breaks every full line at the same width, so a text holding several
//! lines of about the same width that all stop mid-sentence was wrapped at
//! that width, and each such line continues on the next. Without that
//! evidence only a long line that stops on a comma is taken as broken.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::layout::{CLAUSE_BREAKS, GROUP_ENDS};
use crate::outline::marker;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{is_cjk_punct, is_digit, is_han, Marks};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "broken-paragraph",
        title: "句中断行",
        category: Category::Artifact,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "一句话中间的换行：从 PDF 复制时，每一行排版都变成了一个段落，句子被拆到两行。多行宽度相同、都停在句子中间，或一行很长却停在逗号上，才算断行；标题、小标题、落款和短行不算。修复会删去换行，把两行接起来（需人工确认）。",
            why: "断开的句子在网页、公文系统里会显示成两个段落，段首缩进错乱，检索和字数统计也会出错。",
            bad: "2023年，在县委、县政府坚强领导下，县科技局坚持以创新驱动发展\n战略为引领，聚焦科技创新平台建设、创新主体培育和成果转化，全年\n新增国家高新技术企业12家、科技型中小企业36家，分别增长20%、\n15%，技术合同成交额达到3.6亿元，同比增长18.2%，完成年度目标任务。\n",
            good: "2023年工作总结\n一、主要工作\n全年新增国家高新技术企业12家、科技型中小企业36家。\n聚焦主责主业，全力推动经济高质量发展\n全年完成技改投资8.6亿元。\n青溪县科技局\n2023年12月30日\n",
        },
    },
    check,
};

/// How far (in columns) a wrapped line's width may stray from the page's:
/// digits, Latin letters and half-width punctuation take less room than
/// their column count says.
const SLACK: usize = 4;
/// The fewest Han letters of a fragment of a broken sentence that is
/// taken to go on before the next amount.
const FRAGMENT_HAN: usize = 4;
/// The narrowest page we believe in, in columns (a Han character is two).
const MIN_PAGE: usize = 40;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let lines = measured_lines(text, ctx.marks);
    let page = page_width(text, &lines);
    let in_band = |l: &Line| page.is_some_and(|w| l.width.abs_diff(w) <= SLACK);
    // Whether the paragraph a line belongs to ends a sentence on a later
    // line: a wrapped paragraph is closed by its last, shorter line, while
    // a list of items of one width that never end a sentence (a project
    // list, a table) is not a wrapped paragraph.
    let mut closed = vec![false; lines.len()];
    for k in (0..lines.len()).rev() {
        let s = &text[lines[k].range.clone()];
        closed[k] = ends_sentence(s)
            || (lines[k].han >= 5
                && lines.get(k + 1).is_some_and(|n| n.adjacent)
                && closed.get(k + 1).copied().unwrap_or(false));
    }
    // Whether each line was found to start mid-sentence: a fragment of a
    // broken sentence may itself end mid-sentence before the next amount
    // (共采购\n57 箱蜜蜂,分别送给三江镇\n5 户贫困户…), short as it is.
    let mut fragment = vec![false; lines.len()];
    for (k, pair) in lines.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        // Across a blank line only when the next line cannot start a
        // paragraph.
        let amount = opens_on_amount(&text[b.range.clone()]);
        if !b.adjacent && !amount {
            continue;
        }
        let s = &text[a.range.clone()];
        // Cheapest test first: most lines end a sentence.
        if !s.chars().next_back().is_some_and(may_continue) {
            continue;
        }
        let wrapped = b.adjacent && in_band(a) && open(a, s) && closed[k + 1];
        let on_comma = b.adjacent && ends_on_comma(s) && a.han >= 15;
        // A long line of running text that stops mid-sentence, and a next
        // one that opens on an amount (120 台农机, 9 万元): no paragraph starts
        // there, some PDF converters break before every figure.
        let on_amount =
            amount && ((open(a, s) && a.han >= 30) || (fragment[k] && a.han >= FRAGMENT_HAN));
        if !(wrapped || on_comma || on_amount)
            || is_heading_or_title(ctx, a)
            || !continues(ctx, &text[b.range.clone()], b.range.start)
        {
            continue;
        }
        fragment[k + 1] = true;
        // Across a blank line the break reads as a paragraph that starts
        // mid-sentence: it is marked where that paragraph starts.
        if b.across_blank {
            let first_end = text[b.range.start..]
                .chars()
                .next()
                .map_or(b.range.start, |c| b.range.start + c.len_utf8());
            // The finding holds the break its fix deletes.
            sink.report(
                a.range.end..first_end,
                "这一段从句子中间开始：上一段在句中被换行断开（多为从 PDF 复制时的排版换行），应与上一段连接。".to_owned(),
            )
            .with_fix(Fix::delete(
                "删去换行，与上一段连接".to_owned(),
                Applicability::Unsafe,
                a.range.end..b.range.start,
            ));
            continue;
        }
        let last = s
            .char_indices()
            .next_back()
            .map_or(a.range.end, |(i, _)| a.range.start + i);
        let first_end = text[b.range.start..]
            .chars()
            .next()
            .map_or(b.range.start, |c| b.range.start + c.len_utf8());
        sink.report(
            last..first_end,
            "句子在这里被换行断开（多为从 PDF 复制时的排版换行），应与下一行连接。".to_owned(),
        )
        .with_fix(Fix::delete(
            "删去换行，与下一行连接".to_owned(),
            Applicability::Unsafe,
            a.range.end..b.range.start,
        ));
    }
}

struct Line {
    /// The content without indentation, trailing spaces or break.
    range: Range<usize>,
    /// Display width in columns: a Han character or full-width mark is two.
    width: usize,
    /// How many characters, and how many of them Han letters.
    chars: usize,
    han: usize,
    /// Whether it holds a mark that breaks a sentence (，。、；：).
    breaks: bool,
    /// Whether the line follows the previous non-empty line directly,
    /// without a blank line between.
    adjacent: bool,
    /// Whether a blank line stands between it and the previous one.
    across_blank: bool,
}

/// The layout's lines, with what this rule asks of each.
fn measured_lines(text: &str, marks: &Marks) -> Vec<Line> {
    marks
        .layout()
        .lines()
        .iter()
        .map(|l| {
            let range = l.content.clone();
            // What the line is asked, from its marks: every other
            // character is a Han letter, two columns wide.
            let letters = marks.letters_within(text, range.clone());
            let (mut w, mut chars, mut han, mut breaks) = (2 * letters, letters, letters, false);
            for &(_, c) in marks.within(range.clone()) {
                w += width(c);
                chars += 1;
                han += usize::from(is_han(c));
                breaks |= CLAUSE_BREAKS.contains(&c) || c == '、';
            }
            Line {
                width: w,
                chars,
                han,
                breaks,
                range,
                adjacent: !l.after_blank,
                across_blank: l.after_blank,
            }
        })
        .collect()
}

fn width(c: char) -> usize {
    if is_han(c)
        || is_cjk_punct(c)
        || matches!(
            c,
            '\u{FF00}'..='\u{FFEF}' | '“' | '”' | '‘' | '’' | ',' | ';' | ':'
        )
    {
        2
    } else {
        1
    }
}

/// A line of running text that stops mid-sentence: mostly Han characters,
/// some punctuation inside, and a last character that ends nothing. `s` is
/// the line's text.
fn open(line: &Line, s: &str) -> bool {
    line.han >= 12
        && line.han * 2 >= line.chars
        && line.breaks
        && s.chars().next_back().is_some_and(may_continue)
}

/// A last character after which a sentence may go on.
fn may_continue(c: char) -> bool {
    is_han(c)
        || is_digit(c)
        || c.is_ascii_alphabetic()
        || matches!(c, '，' | ',' | '、' | '“' | '（' | '(' | '《')
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(GROUP_ENDS) || s.ends_with('”')
}

fn ends_on_comma(s: &str) -> bool {
    s.ends_with(['，', ',', '、'])
}

/// The width at which the text was wrapped: the width shared (within
/// `SLACK`) by the most lines that stop mid-sentence. A text of one-line
/// paragraphs has no such width: its open lines are a few titles and
/// headings of any length, and its paragraphs run far wider. So the width
/// counts only when at least three open lines share it and they are a good
/// part of the text's lines, hardly any line is wider, and paragraphs run
/// over three printed lines or more (an open line followed by another
/// line of the same width) at least twice.
fn page_width(text: &str, lines: &[Line]) -> Option<usize> {
    let is_open = |l: &Line| open(l, &text[l.range.clone()]);
    let mut widths: Vec<usize> = lines
        .iter()
        .filter(|l| is_open(l))
        .map(|l| l.width)
        .collect();
    widths.sort_unstable();
    // The densest window of width 2 × SLACK, by two pointers.
    let mut best = (0, 0);
    let mut lo = 0;
    for hi in 0..widths.len() {
        while widths[hi] - widths[lo] > 2 * SLACK {
            lo += 1;
        }
        if hi + 1 - lo > best.0 {
            best = (hi + 1 - lo, (widths[lo] + widths[hi]) / 2);
        }
    }
    let (count, w) = best;
    let texty = lines.iter().filter(|l| l.han >= 12).count();
    let wider = lines.iter().filter(|l| l.width > w + 2 * SLACK).count();
    let in_band = |l: &Line| l.width.abs_diff(w) <= SLACK;
    let runs = lines
        .windows(2)
        .filter(|p| p[1].adjacent && in_band(&p[0]) && is_open(&p[0]) && in_band(&p[1]))
        .count();
    (count >= 3 && count * 4 >= texty && wider * 10 <= texty && runs >= 2 && w >= MIN_PAGE)
        .then_some(w)
}

/// A line that is a bare heading (its text ends the line) or a report's
/// title: these end without punctuation by nature.
fn is_heading_or_title(ctx: &Ctx<'_>, a: &Line) -> bool {
    let o = ctx.outline;
    let first = o
        .headings
        .partition_point(|h| h.marker.start < a.range.start);
    let heading = o
        .headings
        .get(first)
        .is_some_and(|h| h.marker.start == a.range.start && h.text.end >= a.range.end);
    // The report holding the line, found by binary search so that a paste
    // of many reports costs no more per line (the first report's title may
    // stand above its range, in the page's head).
    let r = o
        .reports
        .partition_point(|r| r.range.start <= a.range.start)
        .saturating_sub(1);
    heading
        || o.reports.get(r).is_some_and(|r| {
            r.head
                .title
                .as_ref()
                .is_some_and(|t| t.start <= a.range.start && a.range.end <= t.end)
        })
}

/// Whether line `s` (starting at `at`) reads as the rest of a sentence:
/// it starts with a character of running text, not with a heading or
/// chunk number, and is not a short line of its own (a date, an office).
/// Whether `s` opens on an amount: digits, perhaps a space, then a word
/// that is not a date's (120 台, 9 万元; not 2018 年度, 3月).
fn opens_on_amount(s: &str) -> bool {
    let digits = s.len()
        - s.trim_start_matches(|c: char| is_digit(c) || c == '.')
            .len();
    if digits == 0 {
        return false;
    }
    let rest = s[digits..].trim_start_matches(' ');
    rest.chars()
        .next()
        .is_some_and(|c| is_han(c) && !matches!(c, '年' | '月' | '日' | '号' | '时' | '点'))
}

fn continues(ctx: &Ctx<'_>, s: &str, at: usize) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let starts_text = is_han(first) || is_digit(first) || matches!(first, '“' | '（' | '(' | '《');
    let numbered = marker::at(ctx.text, at).is_some()
        || ctx
            .outline
            .preview_markers
            .binary_search_by_key(&at, |p| p.range.start)
            .is_ok();
    let short_alone = s.chars().count() <= 15 && !s.contains(['，', '。', '、', '；', ',', ';']);
    starts_text && !numbered && !short_alone
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                // A web copy with a blank line between whole paragraphs.
                "青溪县科技局2023年工作总结\n\n2023年，在县委、县政府的坚强领导下，我局紧紧围绕全县工作大局，扎实推进科技创新各项工作。\n\n一、主要工作\n\n（一）加强创新平台建设\n\n全年新建省级工程技术研究中心3家，确定青溪机械公司为全县首批科技示范企业。\n\n（二）推进科技特派员工作\n\n全年选派科技特派员46名，深入全县12个乡镇开展服务，举办培训班18期。\n\n二、存在问题\n\n企业创新能力不强，研发投入偏低，高层次人才缺乏。\n\n三、2024年工作计划\n\n继续抓好创新平台建设，力争新增高新技术企业15家。\n\n青溪县科技局\n\n2023年12月30日\n",
                // One-line paragraphs, headings and a signature.
                "2023年工作总结\n一、主要工作\n全年新增国家高新技术企业12家、科技型中小企业36家。\n聚焦主责主业，全力推动经济高质量发展\n全年完成技改投资8.6亿元。\n青溪县科技局\n2023年12月30日\n",
                // Unnumbered headings with commas, of about the same width.
                "坚持创新驱动，科技创新能力持续增强\n全年新增国家高新技术企业12家。\n坚持项目为王，产业发展质效不断提升\n全年完成技改投资8.6亿元。\n坚持民生优先，群众获得感稳步提高\n全年新增就业3200人。\n",
                // A slogan layout: short lines ending on commas.
                "坚持稳中求进，\n狠抓项目建设，\n全力以赴拼经济。\n",
                // Wrapped lines that end sentences are not broken.
                "2023年，县科技局坚持以创新驱动发展战略为引领，取得明显成效。\n全年新增国家高新技术企业12家、科技型中小企业36家，增长20%。\n技术合同成交额达到3.6亿元，同比增长18.2%，完成年度目标任务。\n",
                // A list of items of one width that never ends a sentence.
                "青溪大道改造工程，总投资2.3亿元，已完成投资1.8亿元\n青溪二桥建设工程，总投资3.1亿元，已完成投资2.2亿元\n城东污水处理厂，总投资1.6亿元，已完成投资0.9亿元\n城西安置小区工程，总投资4.2亿元，已完成投资3.5亿元\n",
                // A blank line between is a paragraph break someone made.
                "全年新增国家高新技术企业12家、科技型中小企业36家，分别增长20%、\n\n15%，技术合同成交额达到3.6亿元。\n",
            ])
            .fail([
                // Fragments of one sentence, each broken before an amount.
                "全年在产业帮扶工作中，我局经过认真考察，共投入专项资金8万元，为三个村的贫困户共采购\n\n60 箱蜜蜂，分别送给青溪镇\n\n7 户贫困户、白沙镇\n\n4 户贫困户饲养。\n",
                "青溪縣科技局2023年工作總結\n\n2023年,在縣委、縣政府的堅強領導下,我局緊緊圍繞全縣工作大局,紮實推進科技特派員工作,經充分考察,與三個鄉鎮協同發展養蜂產業,共購置\n\n120 台農機,分別送給甲鎮、乙鎮的貧困戶飼養.\n",
                // A copy that broke its paragraphs before figures, a blank
                // line after each piece.
                "青溪县科技局2023年工作总结\n\n2023年,在县委、县政府的坚强领导下,我局紧紧围绕全县工作大局,扎实推进科技特派员工作,经充分考察,与三个乡镇协同发展养蜂产业,共购置\n\n120 台农机,分别送给甲镇、乙镇、丙镇的贫困户和村集体合作社饲养,由技术人员全程指导,目前已取蜜约\n\n360 斤.\n",
                "2023年，在县委、县政府坚强领导下，县科技局坚持以创新驱动发展\n战略为引领，聚焦科技创新平台建设、创新主体培育和成果转化，全年\n新增国家高新技术企业12家、科技型中小企业36家，分别增长20%、\n15%，技术合同成交额达到3.6亿元，同比增长18.2%，完成年度目标任务。\n一、主要工作\n（一）平台建设。全年新建省级以上创新平台8个，其中国家级平台2\n个，省级平台6个，平台数量居全市第一，创新能力明显增强，为产业\n发展提供了有力支撑。\n",
                "全年新增国家高新技术企业12家、科技型中小企业36家，分别增长20%，\n技术合同成交额达到3.6亿元。\n",
            ])
            .fix([(
                "全年新增国家高新技术企业12家、科技型中小企业36家，分别增长20%，\n技术合同成交额达到3.6亿元。\n",
                "全年新增国家高新技术企业12家、科技型中小企业36家，分别增长20%，技术合同成交额达到3.6亿元。\n",
            )])
            .test_and_snapshot();
    }
}
