//! The page: what of a pasted text is the report and what is the site's
//! page around it — menus, breadcrumbs, tags, lead-ins, footers, page
//! details, buttons, separators, file names, pinyin spam — decided once,
//! from whole lines and the tables of `chrome.json`.
//!
//! Every rule reads the region the page model leaves: the check blanks the
//! chrome lines (each byte a space, so offsets stay) before the other
//! models are built, and only `site-chrome` reports them — one finding and
//! one deletion per line, never a punctuation or wording fix inside one.

use crate::calendar::Date;
use crate::layout::{Line, BLANKS};
use crate::lexicon::{pinyin, WordSet};
use crate::text::{is_han, Marks};
use serde::Deserialize;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// A line of the page that is not the report's, and what it is (in the
/// words a finding uses: 网站的导航菜单, 网页的页面信息…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chrome {
    pub line: Line,
    pub why: &'static str,
}

/// The page's own parts around and inside the report.
#[derive(Debug, Default)]
pub struct Page {
    /// Whole lines of chrome, in order.
    pub chrome: Vec<Chrome>,
    /// Paywall markers inside report lines (##paidbegin##), in order.
    pub markers: Vec<Range<usize>>,
    /// A site's advert run into the start of a report's line (老金范文,海量
    /// 公文素材资料,下载网址:www.….com), in order: blanked like chrome.
    pub adverts: Vec<Range<usize>>,
    /// The dates the page stamps on the report in its details (发布日期：
    /// 2022-02-16, 时间:2022-03-18 10:42), in order.
    pub stamps: Vec<Date>,
}

/// The labels of a page's publication stamp.
const STAMP_LABELS: [&str; 6] = ["发布日期", "发布时间", "发表时间", "时间", "日期", "发布于"];

/// Whether `before` (a line up to a date) ends with a stamp's label and
/// its colon: 发布日期：, 时间:.
pub fn stamp_label_before(before: &str) -> bool {
    let before = before.trim_end_matches(|c: char| c == '：' || c == ':' || BLANKS.contains(&c));
    STAMP_LABELS.iter().any(|w| before.ends_with(w))
}

impl Page {
    /// Reads the page of `text` (folded) from its lines; `user` holds the
    /// office's own junk phrases, when it has some.
    pub fn new(text: &str, marks: &Marks, user: Option<&WordSet>) -> Page {
        let lines = marks.layout().lines();
        // The tables are searched once over the whole text, not line by
        // line: no entry holds a line break, so each match lies in one line.
        let phrases: Vec<usize> = LINE_PHRASES
            .find_iter(text)
            .map(|(r, ())| r.start)
            .collect();
        let markers: Vec<Range<usize>> = MARKERS.find_iter(text).map(|(r, ())| r).collect();
        // A breadcrumb's arrows are marks: only lines holding one are read.
        let arrows: Vec<usize> = marks
            .all()
            .iter()
            .filter(|(_, c)| crate::outline::ARROWS.contains(c))
            .map(|&(i, _)| i)
            .collect();
        let mut page = Page::default();
        for (k, line) in lines.iter().enumerate() {
            let s = &text[line.content.clone()];
            let why = if user.is_some_and(|u| u.is_match(s)) {
                Some("设置中列出的网页残留")
            } else if holds(&phrases, &line.content) || is_compilation_title(s) {
                Some("网站的导语、页脚或标签")
            } else if is_page_details(s) {
                Some(DETAILS)
            } else if crate::text::is_site_tag(s) {
                Some("网站给文章加的标签")
            } else if holds(&arrows, &line.content) && crate::outline::is_breadcrumb(s) {
                Some("网站的面包屑导航")
            } else if is_menu(s) || bullet_run(text, lines, k) {
                Some("网站的导航菜单")
            } else if is_button(s) || size_widget(text, lines, k) {
                Some("网页上的按钮文字")
            } else if is_rule(s) {
                Some("网页上的分隔线")
            } else if is_file_name(s) {
                Some("文档网站显示的文件名")
            } else if is_pinyin_spam(s) {
                Some("网站加的拼音垃圾文字")
            } else if is_escapes(s) {
                Some("网页留下的转义字符")
            } else if is_pipe_piece(s) {
                Some("网页上的栏目文字")
            } else {
                None
            };
            if why.is_some() {
                page.stamps.extend(stamps(text, line));
            }
            match why {
                Some(why) => page.chrome.push(Chrome {
                    line: line.clone(),
                    why,
                }),
                None => {
                    page.adverts.extend(advert(text, line));
                    let first = markers.partition_point(|r| r.start < line.content.start);
                    let inside = markers[first..]
                        .iter()
                        .take_while(|r| r.start < line.content.end);
                    page.markers.extend(inside.cloned());
                }
            }
        }
        page
    }

    /// The stamps at or before `range` ends and after `from`: a report's
    /// publication date, above its title or under it.
    pub fn stamps_within(&self, range: Range<usize>) -> impl Iterator<Item = &Date> {
        self.stamps
            .iter()
            .filter(move |d| range.contains(&d.range.start))
    }

    /// What the region blanks, in order: every chrome line's body and
    /// every advert.
    pub fn blanked(&self) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = self
            .chrome
            .iter()
            .map(|c| c.line.body.clone())
            .chain(self.adverts.iter().cloned())
            .collect();
        out.sort_unstable_by_key(|r| r.start);
        out
    }

    /// `text` with every chrome line and advert blanked, byte for byte, so
    /// that offsets stay: what the models and rules read. Borrowed when
    /// the page has none.
    pub fn region<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if self.chrome.is_empty() && self.adverts.is_empty() {
            return Cow::Borrowed(text);
        }
        let mut region = String::with_capacity(text.len());
        let mut at = 0;
        for r in self.blanked() {
            region.push_str(&text[at..r.start]);
            region.extend(std::iter::repeat_n(' ', r.len()));
            at = r.end;
        }
        region.push_str(&text[at..]);
        Cow::Owned(region)
    }
}

#[derive(Debug, Deserialize)]
struct Tables {
    markers: Vec<String>,
    line_phrases: Vec<String>,
    menu_words: Vec<String>,
    /// Labels of a page's details (索引号, 发布机构, 上传人, 页数…).
    #[serde(default)]
    page_fields: Vec<String>,
    /// A page's buttons (首页, 分享, 打印…), each a line of its own.
    #[serde(default)]
    buttons: Vec<String>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    serde_json::from_str(include_str!("chrome.json")).unwrap_or(Tables {
        markers: Vec::new(),
        line_phrases: Vec::new(),
        menu_words: Vec::new(),
        page_fields: Vec::new(),
        buttons: Vec::new(),
    })
});
static MARKERS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::words(TABLES.markers.iter().map(String::as_str)));
static LINE_PHRASES: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::words(TABLES.line_phrases.iter().map(String::as_str)));
static MENU_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::words(TABLES.menu_words.iter().map(String::as_str)));

/// What a line of a page's details is called in findings.
const DETAILS: &str = "网页的页面信息";

/// The dates of a chrome line that follow a stamp's label.
fn stamps<'a>(text: &'a str, line: &'a Line) -> impl Iterator<Item = Date> + 'a {
    crate::calendar::dates_in(text, line.content.clone())
        .into_iter()
        .filter(move |d| {
            (stamp_label_before(&text[line.content.start..d.range.start])
                || timed(&text[d.range.end.min(line.content.end)..line.content.end]))
                && d.year.is_some()
                && d.day.is_some()
        })
}

/// Whether `rest` (what follows a date on a line of page details) opens
/// with a time of day (2022-08-31 15:14): the page's publication stamp,
/// whatever the line's label (来源：某局 2022-08-31 15:14).
fn timed(rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| BLANKS.contains(&c));
    let hours = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (1..=2).contains(&hours)
        && rest[hours..]
            .strip_prefix([':', '：'])
            .is_some_and(|m| m.starts_with(|c: char| c.is_ascii_digit()))
}

/// A line that is one of a page's buttons (首页, 分享). Cheapest test
/// first: a button is a word of a few characters.
fn is_button(s: &str) -> bool {
    let one = |w: &str| TABLES.buttons.iter().any(|b| b == w);
    // A row of them (下载 相关 举报) is a line of buttons too.
    // (分享: opens a row of share links.)
    let s = s.trim().trim_end_matches([':', '：']);
    s.len() <= BUTTON_ROW_MAX_BYTES
        && (one(s) || (s.contains(char::is_whitespace) && s.split_whitespace().all(one)))
}

/// The longest row of buttons read, in bytes (six buttons of two
/// characters and the spaces between).
const BUTTON_ROW_MAX_BYTES: usize = 48;

/// A line drawn with ASCII dashes or bars only (-, ===, |): a page's
/// separator. A line of —— may be a document's own rule under its header.
fn is_rule(s: &str) -> bool {
    if !s.starts_with(['-', '_', '=', '|', '~', ' ']) {
        return false;
    }
    let s = s.trim();
    !s.is_empty() && s.chars().all(|c| matches!(c, '-' | '_' | '=' | '|' | '~'))
}

/// A line that is a document's file name (2022年科技工作总结.docx), as a
/// document-sharing site shows it above the text.
fn is_file_name(s: &str) -> bool {
    // Cheapest test first: the line ends on an extension's letter, or on
    // the page a document site shows of it (报告.docx_第3页).
    let s = s.trim_end();
    let s = page_suffix(s).unwrap_or(s);
    if !s.ends_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let s = s.trim_start();
    let Some((name, ext)) = s.rsplit_once('.') else {
        return false;
    };
    const EXTENSIONS: [&str; 8] = ["doc", "docx", "pdf", "wps", "txt", "xls", "xlsx", "ppt"];
    EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
        && (2..=60).contains(&name.chars().count())
        && !name.contains(['，', '。', '；', '：', ':', ' '])
}

/// `s` without the `_第3页` a document site adds to a file's name.
fn page_suffix(s: &str) -> Option<&str> {
    let rest = s.strip_suffix('页')?;
    let digits = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    (digits.len() < rest.len())
        .then(|| digits.strip_suffix('第'))
        .flatten()
        .map(|n| n.trim_end_matches(['_', ' ', '-']))
}

/// A line of nothing but the escapes a page left for invisible
/// characters (`<U+00A0><U+00A0>`). One inside a report's line is the
/// `html-entity` rule's: the line stays.
fn is_escapes(s: &str) -> bool {
    // Cheapest test first: the line opens with one.
    if !s.starts_with("<U+") {
        return false;
    }
    let mut at = 0;
    while at < s.len() {
        if s[at..].starts_with(char::is_whitespace) {
            at += s[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        match crate::text::escape_at(s, at) {
            Some((r, _)) => at = r.end,
            None => return false,
        }
    }
    true
}

/// Words of a site's advert for itself.
const ADVERT_WORDS: [&str; 6] = ["范文", "素材", "下载", "网址", "文库", "资料网"];

/// The longest advert run into a line's start, in characters.
const ADVERT_MAX_CHARS: usize = 60;

/// A site's advert run into the start of a report's line, up to and with
/// the web address it ends on and the space after: “老金范文,海量公文素材
/// 资料,下载网址:www.example.com 市科技局2022年工作总结…”.
fn advert(text: &str, line: &Line) -> Option<Range<usize>> {
    let s = &text[line.content.clone()];
    // Cheapest test first: a web address within reach of the start.
    let head = crate::chars::first_chars(s, ADVERT_MAX_CHARS);
    if !crate::text::names_web_address(head) {
        return None;
    }
    let space = head.find(' ')?;
    let run = &head[..space];
    (crate::text::names_web_address(run)
        && ADVERT_WORDS.iter().filter(|w| run.contains(*w)).count() >= 2)
        .then(|| line.content.start..line.content.start + space + 1)
}

/// A short piece of a page's bar cut from its line: one `|` opening a few
/// words (“| 找总结网”). A table's row holds a bar between every cell.
fn is_pipe_piece(s: &str) -> bool {
    s.starts_with(['|', '｜']) && s.matches(['|', '｜']).count() == 1 && s.chars().count() <= 20
}

/// The fewest Latin words a line of pinyin spam holds.
const SPAM_MIN_WORDS: usize = 4;

/// A line of pinyin a site adds for search engines (“zhong guo ke ji ju
/// gong zuo zong jie”), emoji and all: Latin words, nearly all of them
/// pinyin run together, and no Han letter. A line of English is not:
/// most English words are no pinyin.
fn is_pinyin_spam(s: &str) -> bool {
    // Cheapest test first: the line opens with a Latin letter.
    let s = s.trim_start();
    if !s.starts_with(|c: char| c.is_ascii_alphabetic()) || s.chars().any(is_han) {
        return false;
    }
    let words: Vec<String> = s
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let pinyin = words.iter().filter(|w| pinyin::is_pinyin(w)).count();
    words.len() >= SPAM_MIN_WORDS && pinyin * 10 >= words.len() * 9
}

/// The longest line of page details read, in characters.
const DETAILS_MAX_CHARS: usize = 80;
/// The longest value of one field, in characters.
const FIELD_MAX_CHARS: usize = 40;

/// A line of a page's details: “索引号：…  发布机构：…”, “| 发布日期：… |”,
/// “页数:7页”, “温馨提示:” — it opens with a label of `page_fields`
/// and a colon, and what follows is short and no sentence.
fn is_page_details(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| c == '|' || c.is_whitespace());
    if rest.is_empty() || s.chars().count() > DETAILS_MAX_CHARS {
        return false;
    }
    let Some(label) = TABLES
        .page_fields
        .iter()
        .filter(|l| rest.starts_with(l.as_str()))
        .max_by_key(|l| l.len())
    else {
        return false;
    };
    let after = rest[label.len()..].trim_start();
    let Some(value) = after.strip_prefix([':', '：']) else {
        return false;
    };
    // No sentence: a field's value is a name, a date, a number or a link.
    !value.contains(['，', '。', '；', '！', '？'])
        && value
            .split('|')
            .all(|v| v.trim().chars().count() <= FIELD_MAX_CHARS)
}

/// A site's compilation title: “(4篇)…汇编”, “…汇编(4篇)”.
/// Whether one of the sorted offsets `at` lies in `range`.
fn holds(at: &[usize], range: &Range<usize>) -> bool {
    let first = at.partition_point(|&i| i < range.start);
    at.get(first).is_some_and(|&i| i < range.end)
}

fn is_compilation_title(s: &str) -> bool {
    s.contains("汇编") && (s.contains("篇)") || s.contains("篇）"))
}

/// A navigation bar: words set apart by spaces, two or more of them menu
/// entries (首页 工作计划 工作总结), nothing like a sentence. A title such as
/// “2023年工作总结及2024年工作计划” is one phrase, not a menu.
fn is_menu(s: &str) -> bool {
    // Cheapest tests first: a line of prose has punctuation, and a menu
    // has spaces between its entries.
    if s.contains(['，', '。', '；', ',']) || !s.contains(char::is_whitespace) {
        return false;
    }
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let menu = tokens
        .iter()
        .filter(|t| MENU_WORDS.prefix(t).is_some_and(|(n, ())| n == t.len()))
        .count();
    tokens.len() >= 3 && menu >= 2
}

/// One of three or more short bulleted lines in a row (a site's menu).
/// What opens a page's text-size switch (【字体：大 中 小】).
const SIZE_SWITCH: [&str; 4] = ["【字体", "【字号", "[字体", "[字号"];

/// The steps and the close of a text-size switch, each on its own line
/// when the page was copied (【字体： / 大 / 中 / 小 / 】).
const SIZE_STEPS: [&str; 8] = ["大", "中", "小", "默认", "】", "]", "超大", "特大"];

/// How many lines a text-size switch spans at most.
const SIZE_LINES: usize = 6;

/// Whether line `k` is a piece of a text-size switch copied one piece a
/// line: its opening (【字体：) or a step after it (大, 中, 小, 】).
fn size_widget(text: &str, lines: &[Line], k: usize) -> bool {
    let s = text[lines[k].content.clone()].trim();
    let opens = |s: &str| SIZE_SWITCH.iter().any(|w| s.starts_with(w)) && s.chars().count() <= 8;
    if opens(s) {
        return true;
    }
    SIZE_STEPS.contains(&s)
        && lines[k.saturating_sub(SIZE_LINES)..k]
            .iter()
            .rev()
            .take_while(|l| {
                let t = text[l.content.clone()].trim();
                opens(t) || SIZE_STEPS.contains(&t)
            })
            .any(|l| opens(text[l.content.clone()].trim()))
}

fn bullet_run(text: &str, lines: &[Line], k: usize) -> bool {
    let bulleted = |l: &Line| {
        let s = text[l.content.clone()].trim_start();
        s.starts_with(crate::outline::BULLETS) && s.chars().filter(|&c| is_han(c)).count() <= 8
    };
    if !bulleted(&lines[k]) {
        return false;
    }
    let before = lines[..k].iter().rev().take_while(|l| bulleted(l)).count();
    let after = lines[k + 1..].iter().take_while(|l| bulleted(l)).count();
    before + after + 1 >= 3
}

#[cfg(test)]
mod tests {
    use super::Page;
    use crate::text::Marks;

    fn page(text: &str) -> Page {
        Page::new(text, &Marks::new(text), None)
    }

    #[test]
    fn chrome_lines_are_blanked_and_offsets_kept() {
        let text = "首页 > 工作总结 > 正文\n分享\n2030年工作总结\n全年新增企业12家:来源本局。\n";
        let p = page(text);
        let whys: Vec<&str> = p.chrome.iter().map(|c| c.why).collect();
        assert_eq!(whys, ["网站的面包屑导航", "网页上的按钮文字"]);
        let region = p.region(text);
        assert_eq!(region.len(), text.len());
        let lines: Vec<&str> = region.lines().collect();
        assert!(lines[0].trim().is_empty() && lines[1].trim().is_empty());
        assert_eq!(lines[2], "2030年工作总结");
        let at = text.find("全年").expect("the fixture holds 全年");
        assert_eq!(&region[at..], &text[at..]);
    }

    #[test]
    fn a_text_size_switch_copied_a_piece_a_line_is_chrome() {
        let text = "2031年某县政府工作报告\n【字体：\n大\n中\n小\n】\n——2031年1月9日在某县人民代表大会上\n各位代表：\n大\n";
        let p = page(text);
        let lines: Vec<usize> = p.chrome.iter().map(|c| c.line.number).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6]);
        // A line of one such character elsewhere is the author's.
        assert!(page("2031年工作总结\n中\n全年新增企业12家。\n")
            .chrome
            .is_empty());
    }

    #[test]
    fn a_report_without_chrome_is_read_as_written() {
        let text =
            "2030年工作总结\n一、工作完成情况\n全年新增企业12家。##paidbegin##新增项目3个。\n";
        let p = page(text);
        assert!(p.chrome.is_empty());
        assert_eq!(p.markers.len(), 1);
        assert!(matches!(p.region(text), std::borrow::Cow::Borrowed(_)));
    }
}
