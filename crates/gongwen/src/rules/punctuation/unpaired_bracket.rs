//! `unpaired-bracket`: a quotation mark, bracket or 书名号 without its
//! partner in the same paragraph — “《关于…的通知” with no 》, a stray ）.
//! The unmatched opening mark is reported, or the closing one when there is
//! no opening mark at all.

use crate::finding::{Category, Severity};
use crate::layout::{BLANKS, CLOSERS, GROUP_ENDS, SENTENCE_ENDS};
use crate::rules::punctuation::show_mark;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, is_cjk_punct, is_han, last_chars};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "unpaired-bracket",
        title: "引号括号不配对",
        category: Category::Punctuation,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "段落里没有配对的引号“”‘’、括号（）【】〈〉、书名号《》和「」『』：指出没有闭合的前一半，或前面找不到前一半的后一半。跨段引文每段开头用前引号、只在最后一段末尾用后引号（GB/T 15834），不算；“1）”“a)”这样的序号、英文里的撇号、从 PDF 复制时断开的行、没写完就断掉的段落（网页截断、分页）也不算。哪里该补、哪里该删要人工判断，不提供修复。",
            why: "成对的标点缺了一半，读者不知道引语、书名或注释到哪里结束，是常见的校对疏漏。",
            bad: "认真落实《关于加快工业经济发展的意见，全年新增企业12家。\n开展“科技活动周活动，参与群众5000人次。",
            good: "认真落实《关于加快工业经济发展的意见》（青政〔2023〕5号），开展“科技活动周”活动。\n1）新增企业12家；\n他说：“一要抓项目。\n“二要抓招商。”\nChina’s GDP (2023)",
        },
    },
    check,
};

/// How many more lines an opening mark may wait for its partner: a PDF
/// copy breaks a paragraph into lines, and a title or a quotation may be
/// broken with it (“魅力中\n国城市”).
const CARRY: usize = 2;

/// The same for a mark on a line that stops mid-sentence, as the lines of
/// a PDF copy do: such a mark is never reported (its line may have been
/// cut), it only waits longer to take its partner off a later line.
const CARRY_WRAPPED: usize = 6;

/// How deep under the innermost open mark a closing mark looks for its
/// partner: marks nest a few levels, never more (and the look-up stays
/// bounded on a line of garbage).
const DEPTH: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double,
    Single,
    Paren,
    Lenticular,
    Title,
    Angle,
    Corner,
    WhiteCorner,
}

impl Kind {
    fn opening(c: char) -> Option<Kind> {
        Some(match c {
            '“' => Kind::Double,
            '‘' => Kind::Single,
            '（' | '(' => Kind::Paren,
            '【' => Kind::Lenticular,
            '《' => Kind::Title,
            '〈' => Kind::Angle,
            '「' => Kind::Corner,
            '『' => Kind::WhiteCorner,
            _ => return None,
        })
    }

    fn closing(c: char) -> Option<Kind> {
        Some(match c {
            '”' => Kind::Double,
            '’' => Kind::Single,
            '）' | ')' => Kind::Paren,
            '】' => Kind::Lenticular,
            '》' => Kind::Title,
            '〉' => Kind::Angle,
            '」' => Kind::Corner,
            '』' => Kind::WhiteCorner,
            _ => return None,
        })
    }

    /// The partner of mark `c`, in the same width.
    fn partner(c: char) -> char {
        match c {
            '“' => '”',
            '”' => '“',
            '‘' => '’',
            '’' => '‘',
            '（' => '）',
            '）' => '（',
            '(' => ')',
            ')' => '(',
            '【' => '】',
            '】' => '【',
            '《' => '》',
            '》' => '《',
            '〈' => '〉',
            '〉' => '〈',
            '「' => '」',
            '」' => '「',
            '『' => '』',
            '』' => '『',
            _ => c,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Double | Kind::Corner | Kind::WhiteCorner => "引号",
            Kind::Single => "单引号",
            Kind::Paren => "括号",
            Kind::Lenticular => "方头括号",
            Kind::Title => "书名号",
            Kind::Angle => "单书名号",
        }
    }

    /// Quotation marks: a quotation over several paragraphs opens again at
    /// the start of each one.
    fn is_quote(self) -> bool {
        matches!(
            self,
            Kind::Double | Kind::Single | Kind::Corner | Kind::WhiteCorner
        )
    }
}

/// An opening mark waiting for its partner.
#[derive(Debug, Clone, Copy)]
struct Open {
    at: usize,
    mark: char,
    kind: Kind,
    /// The number of the (non-empty) line it stands on.
    line: usize,
    /// Whether that line ends a sentence. A line cut off mid-sentence (a
    /// site's “省略912字”, a page break) would have closed it further on.
    complete: bool,
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let mut open: Vec<Open> = Vec::new();
    // Until the first sentence ends, a closing mark may belong to a quote
    // opened before the point where a paste or an excerpt begins.
    let mut begun = false;
    let mut line_no = 0;
    for line in ctx.marks.lines() {
        let (line_start, raw) = (line.start, &text[line]);
        let content = raw.trim_end_matches(['\n', '\r']);
        let body = content.trim_start_matches(BLANKS);
        if body.trim().is_empty() {
            continue;
        }
        line_no += 1;
        let body_start = line_start + content.len() - body.len();
        // A quotation over several paragraphs: “ opens each paragraph and
        // only the last one closes it (GB/T 15834—2011, 4.1.3.4).
        if let Some(kind) = body.chars().next().and_then(Kind::opening) {
            if kind.is_quote() {
                if let Some(i) = open
                    .iter()
                    .rposition(|o| o.kind == kind && o.line < line_no)
                {
                    open.remove(i);
                }
            }
        }
        let mut last_stray: Option<Kind> = None;
        // An ASCII " left open on this line: "领悟” mixes the widths of one
        // pair, which is not a missing mark.
        let mut ascii_quote = false;
        // A breadcrumb (首页》通知公告》正文) uses closing marks as arrows.
        // (A character takes at most four bytes: the length rules out most
        // lines before any counting.)
        let breadcrumb = body.len() <= 4 * 60
            && body.chars().count() <= 60
            && !body.contains(['，', '。', ','])
            && body.matches(['》', '〉', '）']).count() >= 2;
        for &(at, c) in ctx.marks.within(body_start..body_start + body.len()) {
            if SENTENCE_ENDS.contains(&c) {
                begun = true;
            }
            if c == '"' {
                // "…” or “…": one half of the pair typed half-width.
                match open.last() {
                    Some(o) if o.kind == Kind::Double && o.line == line_no => {
                        open.pop();
                    }
                    _ => ascii_quote = !ascii_quote,
                }
                continue;
            }
            if let Some(kind) = Kind::opening(c) {
                open.push(Open {
                    at,
                    mark: c,
                    kind,
                    line: line_no,
                    complete: false,
                });
            } else if let Some(kind) = Kind::closing(c) {
                let found = open.iter().rev().take(DEPTH).position(|o| o.kind == kind);
                if let Some(depth) = found {
                    open.remove(open.len() - 1 - depth);
                } else if kind == Kind::Double && ascii_quote {
                    ascii_quote = false;
                } else if last_stray == Some(kind) {
                    // ”创新” typed for “创新”: the first one is the slip.
                    last_stray = None;
                } else if !(breadcrumb || !begun || excused_closing(text, body_start, at, c)) {
                    last_stray = Some(kind);
                    let name = kind.name();
                    let shown = show_mark(sink.quote(at..at + c.len_utf8()));
                    let partner = show_mark(&Kind::partner(c).to_string());
                    sink.report(
                        at..at + c.len_utf8(),
                        format!(
                            "后{name}{shown}前面没有与之配对的前{name}{partner}，请补上或删去。"
                        ),
                    );
                }
            }
        }
        let complete = ends_sentence(body);
        for o in open.iter_mut().rev().take_while(|o| o.line == line_no) {
            o.complete = complete;
        }
        let (expired, waiting): (Vec<Open>, Vec<Open>) = open
            .iter()
            .partition(|o| line_no - o.line >= if o.complete { CARRY } else { CARRY_WRAPPED });
        open = waiting;
        report_open(text, sink, &expired);
    }
    report_open(text, sink, &open);
}

fn report_open(text: &str, sink: &mut Sink<'_>, marks: &[Open]) {
    let mut previous: Option<&Open> = None;
    for o in marks {
        // “创新“ typed for “创新”: one slip, reported once.
        let twin = previous.is_some_and(|p| p.kind == o.kind && p.line == o.line);
        previous = Some(o);
        if twin || !o.complete || (o.mark == '(' && !among_chinese(text, o.at, o.mark)) {
            continue;
        }
        let range = o.at..o.at + o.mark.len_utf8();
        let name = o.kind.name();
        let shown = show_mark(sink.quote(range.clone()));
        let partner = show_mark(&Kind::partner(o.mark).to_string());
        sink.report(
            range,
            format!("前{name}{shown}后面没有与之配对的后{name}{partner}，请补上或删去。"),
        );
    }
}

/// Closing marks that are not one half of a pair: the `1）` `a)` `一）` of
/// a list item, an apostrophe (China’s), a minute or inch mark (14’、8”),
/// a smiley, and half-width `)` in Latin text.
fn excused_closing(text: &str, body_start: usize, at: usize, c: char) -> bool {
    let before = char_before(text, at);
    let after = char_at(text, at + c.len_utf8());
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    match c {
        '’' | '”' => latin(before) || latin(after) || before == Some('°'),
        '）' | ')' => {
            is_list_number(text, body_start, at)
                || matches!(before, Some(':' | '：' | ';' | '-'))
                || (c == ')' && !among_chinese(text, at, c))
        }
        _ => false,
    }
}

/// Whether the text before a `）` at `at` is a list number that starts an
/// item: `1）` `12)` `一）` `a)` at the start of the line or after a mark.
fn is_list_number(text: &str, body_start: usize, at: usize) -> bool {
    let head = last_chars(&text[body_start..at], 4);
    let number: Vec<char> = head
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || "一二三四五六七八九十".contains(*c))
        .collect();
    let ok = match number.as_slice() {
        [] => false,
        [c] => c.is_ascii_alphanumeric() || !c.is_ascii(),
        cs if cs.iter().all(|c| c.is_ascii_digit()) => cs.len() <= 2,
        cs => cs.iter().all(|c| !c.is_ascii()) && cs.len() <= 3,
    };
    let len: usize = number.iter().map(|c| c.len_utf8()).sum();
    let start = at - len;
    ok && (start == body_start
        || char_before(text, start)
            .is_some_and(|b| b.is_whitespace() || "，。；：、,;:“".contains(b)))
}

/// Whether a half-width bracket stands among Chinese text rather than in
/// Latin text or a formula.
fn among_chinese(text: &str, at: usize, c: char) -> bool {
    let chinese = |c: Option<char>| c.is_some_and(|c| is_han(c) || is_cjk_punct(c));
    chinese(char_before(text, at)) || chinese(char_at(text, at + c.len_utf8()))
}

/// Whether a line ends a sentence.
fn ends_sentence(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with(GROUP_ENDS) || line.ends_with(CLOSERS)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "认真落实《关于加快工业经济发展的意见》（青政〔2023〕5号），开展“科技活动周”活动。",
                "1）新增企业12家；2）新增产值5亿元。\n一）工业经济；二）科技创新。\na) 项目建设\n(1)招商引资",
                "他说：“一要抓项目。\n“二要抓招商。\n“三要抓服务。”",
                "China’s GDP (2023) grew 5%. 北纬31°14’",
                "开展“魅力中\n国城市”评选，被评为最具潜力城市。",
                "发布《关于\n自创区2021年度\n能力评价工作的报告》。",
                "全年新增企业12家，实施“育苗”“倍增",
                "采用Python(3.11)编写，笑脸:)",
                "落实“一岗双责”（含‘两个责任’），推进『放管服』改革。",
                "突出“三个“坚持””原则。",
                "首页》通知公告》正文\n全年新增企业12家。",
                "科技周”活动圆满结束。全年新增企业12家。",
                "发布《关于\n加快推进\n县域经济\n高质量\n发展的\n意见》。",
                "全年新增企业12家。陷入了\"颠狂模式”怪圈，开展“白加黑\"攻坚。",
            ])
            .fail([
                "认真落实《关于加快工业经济发展的意见，全年新增企业12家。",
                "开展“科技活动周活动，参与群众5000人次。",
                "全年新增企业12家（含技改企业，同比增长20%。",
                "全年新增企业12家。含技改企业）同比增长20%。",
                "全县402户规上工业企『业中有230户企业产值增长。",
                "全年新增企业12家。开展”科技活动周”活动，参与群众5000人次。",
                "第一段没有闭合“引号。\n第二段。\n第三段。\n第四段。",
            ])
            .test_and_snapshot();
    }
}
