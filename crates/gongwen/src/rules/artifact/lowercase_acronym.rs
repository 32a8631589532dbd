//! `lowercase-acronym`: a Latin acronym in lowercase among Chinese text —
//! gdp, r&d, 5g, ic, pet, mhz — as a template site that lowercases all Latin
//! letters leaves it. The printed forms come from `lexicon/acronyms.json`.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::acronyms;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, is_cjk_punct, is_han, LatinRun};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "lowercase-acronym",
        title: "英文缩写小写",
        category: Category::Artifact,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "中文正文里写成小写的英文缩写，如“gdp”“r&d”“5g基站”“ic设计”“pet新材料”“xxxmhz”：多是范文网站转载时把字母全部改成了小写。修复会改为通行写法（GDP、R&D、5G、IC、PET、MHz）。App/APP、Wi-Fi 这类写法不止一种的不算；网址、文件名和英文句子里的字母不算。",
            why: "缩写的大小写是固定的，小写的 gdp、5g 一看就是转载痕迹，也不合出版规范。",
            bad: "全社会研发投入(r&d)占gdp的比重达2.5%，新建5g基站120个。",
            good: "全社会研发投入（R&D）占GDP的比重达2.5%，新建5G基站120个，推广政务app，访问www.example.gov.cn。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let runs = ctx.latin;
    for (k, run) in runs.iter().enumerate() {
        // Cheapest test first: most runs are figures, without a letter.
        if !run.lowercase || !run.has_letters {
            continue;
        }
        let word = run.word(text);
        // A unit after a figure or a placeholder: 700mhz, xxxmhz.
        let (skip, canonical) = match acronyms::canonical(&word) {
            Some(c) => (0, c),
            None => {
                let skip = word.len()
                    - word
                        .trim_start_matches(|c: char| c == 'x' || c.is_ascii_digit())
                        .len();
                match acronyms::canonical(&word[skip..]) {
                    Some(c) if skip > 0 && c.chars().any(|c| c.is_ascii_lowercase()) => (skip, c),
                    _ => continue,
                }
            }
        };
        if !in_chinese(text, runs, k) {
            continue;
        }
        // `word` is half-width: a full-width run keeps its own offsets.
        let start = text[run.range.clone()]
            .char_indices()
            .nth(word[..skip].chars().count())
            .map_or(run.range.end, |(i, _)| run.range.start + i);
        let range = start..run.range.end;
        let shown = sink.quote(range.clone());
        sink.report(
            range.clone(),
            format!("“{shown}”应写作“{canonical}”：英文缩写的大小写是固定的，全部小写多是网站转载时改的。"),
        )
        .with_fix(Fix::change_to(Applicability::Safe, range, canonical));
    }
}

/// Whether run `k` stands in Chinese text: a Han character or a Chinese
/// mark touches it, or only a space parts it from one and the runs around
/// it are acronyms too (“it bt 低碳”); never inside an address, a file
/// name or an English phrase.
fn in_chinese(text: &str, runs: &[LatinRun], k: usize) -> bool {
    let run = &runs[k];
    let before = char_before(text, run.range.start);
    let after = char_at(text, run.range.end);
    // www.gdp.gov.cn, data/gdp.xlsx, gdp@stats: part of an address.
    let address = |c: Option<char>| {
        c.is_some_and(|c| matches!(c, '.' | '/' | '@' | ':' | '_' | '-' | '\\' | '=' | '?'))
    };
    if address(before) || address(after) {
        return false;
    }
    let chinese = |c: Option<char>| c.is_some_and(|c| is_han(c) || is_cjk_punct(c));
    // Half-width brackets around it, as in 投入(r&d)占: look past them.
    let outer_before = match before {
        Some('(' | ')') => char_before(text, run.range.start - 1),
        c => c,
    };
    let outer_after = match after {
        Some('(' | ')') => char_at(text, run.range.end + 1),
        c => c,
    };
    if chinese(outer_before) || chinese(outer_after) {
        // Not the first or last word of an English phrase: “用gdp per capita衡量”.
        let spaced = |c: Option<char>| c == Some(' ');
        let neighbour = |j: Option<&LatinRun>| {
            j.is_some_and(|r| acronyms::canonical(&r.word(text).to_ascii_lowercase()).is_none())
        };
        let prev = k
            .checked_sub(1)
            .and_then(|j| runs.get(j))
            .filter(|r| r.range.end + 1 == run.range.start);
        let next = runs
            .get(k + 1)
            .filter(|r| run.range.end + 1 == r.range.start);
        return !(spaced(before) && neighbour(prev) || spaced(after) && neighbour(next));
    }
    // Spaced acronyms in a row between Chinese text: “it bt 低碳”.
    let acronym = |r: &LatinRun| r.lowercase && acronyms::canonical(&r.word(text)).is_some();
    let mut first = k;
    while first > 0
        && runs[first - 1].range.end + 1 == runs[first].range.start
        && acronym(&runs[first - 1])
    {
        first -= 1;
    }
    let mut last = k;
    while last + 1 < runs.len()
        && runs[last].range.end + 1 == runs[last + 1].range.start
        && acronym(&runs[last + 1])
    {
        last += 1;
    }
    // Chinese on both sides of the row, touching or after one space.
    let left = runs[first].range.start;
    let right = runs[last].range.end;
    let cjk = |c: Option<char>| c.is_some_and(|c| is_han(c) || is_cjk_punct(c));
    (cjk(char_before(text, left)) || cjk(char_before_space(text, left)))
        && (cjk(char_at(text, right)) || cjk(char_after_space(text, right)))
}

fn char_after_space(text: &str, i: usize) -> Option<char> {
    text[i..].strip_prefix(' ').and_then(|r| r.chars().next())
}

fn char_before_space(text: &str, i: usize) -> Option<char> {
    text[..i]
        .strip_suffix(' ')
        .and_then(|r| r.chars().next_back())
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "全社会研发投入（R&D）占GDP的比重达2.5%，新建5G基站120个。",
                "推广政务app，访问www.example.gov.cn，下载data/gdp.xlsx。",
                "报告引用了一句英文：the gdp per capita grew fast.",
                "全县xx家企业完成产值xxx亿元，新增xxx座。",
                "用 gdp per capita 衡量发展水平。",
                "采用Python语言开发，采用B2B模式，发布iPhone应用。",
            ])
            .fail([
                "全社会研发投入(r&d)占gdp的比重达2.5%，新建5g基站120个。",
                "ic测试中心和ic设计服务平台启动运营，引进pet新材料项目。",
                "推动“it bt 低碳”创新链产业链深度融合。",
                "新增5G基站(含xxxmhz)xxx座，拓展fm“空中课堂”。",
                "研發投入占ｇｄｐ的比重達2.5%。",
            ])
            .fix([
                ("占gdp的比重，新建5g基站", "占GDP的比重，新建5G基站"),
                ("推动“it bt 低碳”融合", "推动“IT BT 低碳”融合"),
                ("新增基站(含700mhz)3座", "新增基站(含700MHz)3座"),
                ("研發投入占ｇｄｐ的比重", "研發投入占GDP的比重"),
            ])
            .test_and_snapshot();
    }
}
