//! `site-chrome`: a template or download site's page around the report —
//! paywall markers (`##paidbegin##`), lead-ins (下面是小编为大家整理的…),
//! footers (来源：网络整理 免责声明…), menus and breadcrumbs — from a table
//! of phrases (`junk.json`). Each gets a safe fix that deletes it.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::layout::Line;
use crate::lexicon::{pinyin, WordSet};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::is_han;
use serde::Deserialize;
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "site-chrome",
        title: "网页残留",
        category: Category::Junk,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "从范文网站、文库下载时一起复制进来的网页内容：付费标记（##paidbegin##）、“下面是小编为大家整理的……”之类的导语、“来源：网络整理 免责声明”之类的页脚、导航菜单和面包屑、“推荐访问”“网站地图”等，以及网页的页面信息（“索引号：……发布机构：……”“上传人：……”“页数：7页”之类的短行）、单独成行的按钮文字（首页、分享、打印、全屏……）、为搜索引擎加的整行拼音（“qingxi xian kejiju gongzuo zongjie”）、由短横线或竖线组成的分隔线、文档网站显示的文件名（“……总结.docx”）。修复会删去这些行或标记。",
            why: "这些网页残留一眼就能看出材料是从网上下载的，必须在上报前清理干净。",
            bad: "下面是小编为大家整理的科技局工作总结，供大家参考。\n2023年工作总结\n##paidbegin##全年新增企业12家。\n来源：网络整理 免责声明：本文仅供学习参考",
            good: "2023年工作总结\n全年新增企业12家，资金来源为县级财政。\n一、工作计划\n",
        },
    },
    check,
};

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
    serde_json::from_str(include_str!("junk.json")).unwrap_or(Tables {
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

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let lines = ctx.marks.layout().lines();
    // The office's own phrases, prepared with the config.
    let user = ctx.prepared.junk_phrases.as_ref();
    // The tables are searched once over the whole text, not line by line:
    // no entry holds a line break, so each match lies in one line.
    let phrases: Vec<usize> = LINE_PHRASES
        .find_iter(text)
        .map(|(r, ())| r.start)
        .collect();
    let markers: Vec<Range<usize>> = MARKERS.find_iter(text).map(|(r, ())| r).collect();
    // A breadcrumb's arrows are marks: only lines holding one are read.
    let arrows: Vec<usize> = ctx
        .marks
        .all()
        .iter()
        .filter(|(_, c)| crate::outline::ARROWS.contains(c))
        .map(|&(i, _)| i)
        .collect();
    for (k, line) in lines.iter().enumerate() {
        let s = &text[line.content.clone()];
        let phrase = holds(&phrases, &line.content);
        let why = if user.is_some_and(|u| u.is_match(s)) {
            Some("设置中列出的网页残留")
        } else if phrase || is_compilation_title(s) {
            Some("网站的导语、页脚或标签")
        } else if is_page_details(s) {
            Some("网页的页面信息")
        } else if crate::text::is_site_tag(s) {
            Some("网站给文章加的标签")
        } else if holds(&arrows, &line.content) && crate::outline::is_breadcrumb(s) {
            Some("网站的面包屑导航")
        } else if is_menu(s) || bullet_run(text, lines, k) {
            Some("网站的导航菜单")
        } else if is_button(s) {
            Some("网页上的按钮文字")
        } else if is_rule(s) {
            Some("网页上的分隔线")
        } else if is_file_name(s) {
            Some("文档网站显示的文件名")
        } else if is_pinyin_spam(s) {
            Some("网站加的拼音垃圾文字")
        } else {
            None
        };
        if let Some(why) = why {
            let shown = sink.quote(line.content.clone());
            sink.report(
                line.body.clone(),
                format!("“{shown}”是{why}，不是报告内容，应删除整行。"),
            )
            .with_fix(delete(line.whole.clone(), "删除这一行"));
            continue;
        }
        let first = markers.partition_point(|r| r.start < line.content.start);
        let in_line = markers[first..]
            .iter()
            .take_while(|r| r.start < line.content.end);
        for range in in_line.cloned() {
            let shown = sink.quote(range.clone());
            sink.report(
                range.clone(),
                format!("“{shown}”是文库网站的付费标记，应删除。"),
            )
            .with_fix(delete(range, "删去标记"));
        }
    }
}

/// A line that is one of a page's buttons (首页, 分享). Cheapest test
/// first: a button is a word of a few characters.
fn is_button(s: &str) -> bool {
    s.len() <= BUTTON_MAX_BYTES && TABLES.buttons.iter().any(|b| b == s.trim())
}

/// The longest line read as a button, in bytes (a few characters and the
/// spaces around them).
const BUTTON_MAX_BYTES: usize = 16;

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
    // Cheapest test first: the line ends on an extension's letter.
    let s = s.trim_end();
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

fn delete(range: Range<usize>, title: &str) -> Fix {
    Fix::delete(title.to_owned(), Applicability::Safe, range)
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
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "2023年工作总结\n附件：青溪县项目清单.xlsx\n经验分享\n——\n全年完成投资12亿元。\n",
                "2023年工作总结\n全年新增企业12家，资金来源为县级财政。\n",
                "一、工作计划\n二、工作总结\n",
                "县科技局2022年工作总结及2023年工作计划\n",
                "• 抓项目建设，新开工项目10个。\n• 抓科技创新。\n",
                // A sentence that opens with such a word is prose.
                "编辑：全年编印科技简报12期，发放宣传资料3000份。\n",
                "格式：统一按照公文格式要求报送。\n",
                "Annual Report on Science and Technology Work\n",
                "Qingxi County\n",
            ])
            .fail([
                "首頁\n2023年工作總結\n全年完成投資12億元。\n",
                "首页\n2023年工作总结\n全年完成投资12亿元。\n",
                "分享\n2023年科技工作总结.docx\n2023年工作总结\n全年完成投资12亿元。\n",
                "-\n2023年工作总结\n全年完成投资12亿元。\n",
                "时间:2023-05-02\n2023年工作总结\n全年完成投资12亿元。\n",
                "下面是小编为大家整理的科技局工作总结，供大家参考。\n2023年工作总结\n",
                "全年新增企业12家。##paidbegin##全年新增项目3个。",
                "来源：网络整理 免责声明：本文仅供学习参考\n",
                "k8凯发 工作计划 工作总结 心得体会\n",
                "• 工作计划\n• 工作总结\n• 心得体会\n正文",
                "(4篇)科技局年度工作总结和工作计划汇编【精选推荐】\n",
                "首页 > 工作总结 > 正文\n2023年工作总结\n",
                "【www.example.com--工作总结】\n某县科技局2020年工作总结\n",
                "來源：網絡整理 免責聲明\n",
                // A page's details.
                "索引号：001-2030-0012  发布机构：青溪县科技局\n2030年工作总结\n",
                "| 发布日期：2030-01-05 | 浏览次数：126 |\n",
                "上传人：青溪小王\n页数:7页\n",
                // Pinyin a site adds for search engines.
                "qingxi xian kejiju gongzuo zongjie 😀😀\n2030年工作总结\n",
            ])
            .fix([(
                "下面是小编为大家整理的，供大家参考。\n2023年工作总结\n##paidbegin##全年新增企业12家。\n",
                "2023年工作总结\n全年新增企业12家。\n",
            )])
            .test_and_snapshot();
    }

    #[test]
    fn the_offices_own_phrases_mark_lines_too() {
        let text = "青溪范文网 www.example.cn 提供\n2023年工作总结\n全年新增企业12家。\n";
        let config = crate::Config {
            junk_phrases: vec!["青溪範文網".into(), " ".into()],
            ..crate::Config::default()
        };
        let found = crate::check(text, &config).findings;
        let chrome: Vec<_> = found.iter().filter(|f| f.rule == "site-chrome").collect();
        assert_eq!(chrome.len(), 1);
        assert_eq!(
            &text[chrome[0].range.clone()],
            "青溪范文网 www.example.cn 提供"
        );
        assert!(crate::check(text, &crate::Config::default())
            .findings
            .iter()
            .all(|f| f.rule != "site-chrome"));
    }
}
