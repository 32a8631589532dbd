//! `latin-in-han`: one to three lowercase Latin letters wedged between Han
//! characters (“开展ds图片展”“召开zf会议”) that are neither a known acronym
//! or unit nor a mask the table of `masked-word` knows: most likely
//! characters a website's filter replaced by their pinyin initials.

use crate::finding::{Category, Severity};
use crate::lexicon::acronyms;
use crate::lexicon::WordSet;
use crate::rules::masked::MASK_LEXICON;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{ceil_boundary, char_at, char_before, floor_boundary, is_han};
use serde::Deserialize;
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "latin-in-han",
        title: "汉字间夹杂字母",
        category: Category::Masked,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "夹在汉字中间的一到三个小写拉丁字母，如“召开zf工作会议”“开展dsx教育”：多是网站屏蔽敏感词时用拼音首字母替换了原来的汉字。GDP、R&D、AI、IC、5G、App、PET 等常见缩写，km、kg、kV 等单位，a级、u盘、h股之类的写法，以及“屏蔽词”规则已能还原的写法（d建、mz生活h）不算；全文把英文缩写都写成小写（gdp、5g）时，两三个字母的多半也是缩写，只报告单个字母。原词无法确定，不提供修复。",
            why: "转载材料里被替换的字读不通，也可能是政治性用语被屏蔽，必须找到原文补全。",
            bad: "县政府召开zf工作会议，部署全年任务。",
            good: "推动ai赋能制造业，建成5g基站120个，研发投入占gdp的比重达2.5%，创建4a级景区1个，指导青溪县e立方众创空间开展活动。",
        },
    },
    check,
};

#[derive(Debug, Default, Deserialize)]
struct Group {
    words: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Tables {
    acronyms: Group,
    units: Group,
    single_letters: Group,
    followed_by: Group,
}

static TABLES: LazyLock<Tables> =
    LazyLock::new(|| serde_json::from_str(include_str!("latin_words.json")).unwrap_or_default());

static FOLLOWED_BY: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::words(TABLES.followed_by.words.iter().map(String::as_str)));

/// The longest mask of `masks.json` is a handful of characters: a window
/// this wide around a run finds every mask that could overlap it.
const MASK_WINDOW: usize = 40;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let runs = ctx.latin;
    // A site that lowercases all Latin text turns GDP into gdp and every
    // other acronym into lowercase letters too; there an unknown run of two
    // or three letters is far more likely an acronym (003: 综合柜员cso制度)
    // than a mask, so only single letters are reported.
    let lowercased = runs
        .iter()
        .any(|r| r.lowercase && r.has_letters && acronyms::canonical(&r.word(text)).is_some());
    for run in runs {
        if !run.lowercase || !run.letters_only {
            continue;
        }
        let range = run.range.clone();
        let word = run.word(text);
        let letters = word.chars().filter(char::is_ascii_alphabetic).count();
        if !(1..=3).contains(&letters) || (lowercased && letters > 1) {
            continue;
        }
        let (Some(before), Some(after)) =
            (char_before(text, range.start), char_at(text, range.end))
        else {
            continue;
        };
        if !is_han(before) || !is_han(after) || !suspicious(&word, before, &text[range.end..]) {
            continue;
        }
        if overlaps_mask(text, &range) || overlaps_placeholder(ctx, &range) {
            continue;
        }
        let shown = sink.quote(range.clone());
        sink.report(
            range,
            format!("汉字中间夹着小写字母“{shown}”，可能是网站屏蔽敏感词时用拼音首字母替换了原字，请对照原文补全。"),
        );
    }
}

/// Whether letters `word` between `before` and the text `rest` could stand
/// for masked characters rather than a word of their own.
fn suspicious(word: &str, before: char, rest: &str) -> bool {
    let known = |g: &Group| g.words.iter().any(|w| w == word);
    // Placeholders (x, xx, xxx) belong to the placeholder rules.
    if word.chars().all(|c| c == 'x')
        || known(&TABLES.acronyms)
        || acronyms::canonical(word).is_some()
    {
        return false;
    }
    if known(&TABLES.units) && (word.len() > 1 || is_numeral(before)) {
        return false;
    }
    if word.len() == 1 && (known(&TABLES.single_letters) || FOLLOWED_BY.starts(rest)) {
        return false;
    }
    // Roman numerals of a class or grade: ii类水质、iv级.
    !(word.chars().all(|c| matches!(c, 'i' | 'v')) && FOLLOWED_BY.starts(rest))
}

/// A Chinese numeral or magnitude, after which a letter is a unit (5万t).
fn is_numeral(c: char) -> bool {
    "〇零一二两三四五六七八九十百千万亿余多".contains(c)
}

/// Whether a mask of `masks.json` covers part of `range`: `masked-word`
/// reports and restores those (d建, mz生活h), so this rule stays silent.
fn overlaps_mask(text: &str, range: &Range<usize>) -> bool {
    let from = floor_boundary(text, range.start.saturating_sub(MASK_WINDOW));
    let to = ceil_boundary(text, range.end + MASK_WINDOW);
    MASK_LEXICON
        .find_iter(&text[from..to])
        .any(|(m, _)| m.start + from < range.end && range.start < m.end + from)
}

fn overlaps_placeholder(ctx: &Ctx<'_>, range: &Range<usize>) -> bool {
    let items = &ctx.placeholders.items;
    let i = items.partition_point(|p| p.range.end <= range.start);
    items.get(i).is_some_and(|p| p.range.start < range.end)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "推动ai赋能制造业，建成5g基站120个。",
                "全社会研发投入占gdp的比重达2.5%，r&d经费增长12%。",
                "ic测试中心和ic设计服务平台启动运营。",
                "引进pet新材料项目，开发手机app应用，建设vr体验馆。",
                "新增装机容量10万kw，年产钢材5万t。",
                "创建4a级景区1个，培育h股上市企业1家，推广u盘加密。",
                "指导xx县e立方众创空间开展活动，打造i深圳服务品牌。",
                "第n次全体会议，地表水达到iii类标准。",
                "深入学习贯彻党的二十大精神，扎实开展d建工作。",
                "严格落实mz生活h制度和组z生活h制度。",
                "全县xx家企业完成产值xxx亿元。",
                "选用Python语言开发，采用B2B模式。",
                "The report covers GDP and R&D.",
                "完成cpu国产化替代，推广led照明。",
            ])
            .fail([
                "县政府召开zf工作会议，部署全年任务。",
                "组织开展ds学习教育，推进qz路线落实。",
                "扎实开展d员教育，夯实g层基础。",
            ])
            .test_and_snapshot();
    }
}
