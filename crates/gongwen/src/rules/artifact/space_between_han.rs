//! `space-between-han`: a space left between two characters of running
//! text, where a PDF copy wrapped a line (“投资 孵化”).

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, is_han};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "space-between-han",
        title: "词中多余空格",
        category: Category::Artifact,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "正文句子里把一个词拆开的单个空格，如“投资 孵化”“同 比增长”：多是从 PDF 复制时换行处留下的。修复会删去空格。标题、落款、标语里词组之间的空格不算；一篇里已有三处以上拆开词语的空格时，说明是 PDF 换行留下的，较长词组之间的单个空格也报告（引号里的标语除外）。",
            why: "中文正文词语之间不空格，夹杂的空格会被当作排版错误，也会让检索和校对出错。",
            bad: "推进“投资 孵化”一体化服务，带动就业300人。",
            good: "全年完成创业投资孵化项目12个，带动就业300人。\n县长  张三\n青溪县 科技局",
        },
    },
    check,
};

/// From this many spaces that split a word, the text is a PDF copy whose
/// wraps left spaces everywhere: a space between longer runs of Han text
/// is one of them too, unless it stands inside quotation marks (a
/// slogan's layout).
const WRAPPED_TEXT: usize = 3;

/// The last characters of the titles a byline sets before a name (县长,
/// 书记, 主任, 局长).
const BYLINE_TITLE_ENDS: [char; 3] = ['长', '记', '任'];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // (offset, shorter side, inside quotes) of each single space between
    // Han letters in running text.
    let mut found: Vec<(usize, usize, bool)> = Vec::new();
    for range in ctx.marks.lines() {
        let (start, line) = (range.start, &text[range]);
        // Running text only: a line with sentence punctuation, full-width
        // or the half-width comma of a converted PDF.
        if !line.contains(['，', '。', '；', ',']) {
            continue;
        }
        for (i, _) in line.match_indices(' ') {
            let at = start + i;
            let single = !text[at + 1..].starts_with(' ') && !text[..at].ends_with(' ');
            let between = char_before(text, at).is_some_and(is_han)
                && char_at(text, at + 1).is_some_and(is_han);
            if !single || !between {
                continue;
            }
            // A wrap splits a word (同 比增长, 建 成投产, 投资 孵化); a space
            // between longer phrases is a slogan's or a title's layout
            // (贯彻二十大 锚定新目标, 代县长 张三).
            let left = text[..at]
                .chars()
                .rev()
                .take(3)
                .take_while(|&c| is_han(c))
                .count();
            let right = text[at + 1..]
                .chars()
                .take(3)
                .take_while(|&c| is_han(c))
                .count();
            // Single characters spaced out one by one (宏 觀 布 局) are a
            // heading's letter-spacing, not a wrap.
            let spaced = left == 1
                && right == 1
                && (text[..at].chars().rev().nth(1) == Some(' ')
                    || text[at + 1..].chars().nth(1) == Some(' '));
            if spaced {
                continue;
            }
            // A slogan in quotation marks, or a byline's title and name
            // (代县长 张三, 党组书记 李四), keeps its space.
            let quoted = line[..i].matches('“').count() > line[..i].matches('”').count()
                || char_before(text, at).is_some_and(|c| BYLINE_TITLE_ENDS.contains(&c));
            found.push((at, left.min(right), quoted));
        }
    }
    let splits = found.iter().filter(|&&(_, side, _)| side <= 2).count();
    for (at, side, quoted) in found {
        if side > 2 && (splits < WRAPPED_TEXT || quoted) {
            continue;
        }
        sink.report(
            at..at + 1,
            "汉字之间多了一个空格（多为 PDF 换行残留），应删除。".to_owned(),
        )
        .with_fix(Fix::delete(
            "删去空格".to_owned(),
            Applicability::Safe,
            at..at + 1,
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
                "二、宏 觀 布 局,擘劃產業發展藍圖",
                "全年完成创业投资孵化项目12个。",
                "县长  张三",
                "青溪县 科技局",
                "引进 Xbox 配件，建成5G基站。",
                "一、 工作情况",
                "开展“贯彻二十大 锚定新目标 奋力闯创干”活动。",
                "紫金县人民政府代县长 邓红卫，作报告。",
            ])
            .fail([
                "紧紧围绕科技创新工 作,发挥职能作用",
                "推进“投资 孵化”一体化服务，带动就业300人。",
                "推進“投資 孵化”一體化服務。",
                "工业总产值106.6亿元，同 比增长5%。",
                // A PDF copy: once words are split here and there, a space
                // between longer runs is a wrap too.
                "工业总产值106.6亿元，同 比增长5%，投资 孵化项目12个，建 成投产8个，今年的 工作情况良好。",
                // (The slogan in quotation marks and the byline keep their
                // spaces.)
                "工业总产值同 比增长5%，投资 孵化项目12个，建 成投产8个，开展“贯彻二十大 锚定新目标”活动，代县长 张三出席。",
            ])
            .fix([("推进“投资 孵化”服务，完成。", "推进“投资孵化”服务，完成。")])
            .test_and_snapshot();
    }
}
