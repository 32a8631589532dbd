//! `stripped-number`: a unit or measure word whose figure a copy or a site
//! stripped — “同比增长%”, “提高个百分点”, “完成投资亿元”, “全县共有家
//! 高新技术企业” — where the words around can only stand before and after
//! a figure.

use crate::finding::{Category, Severity};
use crate::lexicon::WordSet;
use crate::number::chinese::is_numeral;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, is_digit, is_han, last_chars, Needle};
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "stripped-number",
        title: "数字缺失",
        category: Category::Masked,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "单位或量词前面缺了数字：“同比增长%”“提高个百分点”“完成投资亿元”“全县共有家高新技术企业”“新增个项目”，多是网站转载时删去了数字，或模板里的数字没有填。只在前面是汉字（不是数字、“几”“多”“每”“各”之类）的“%”“个百分点”，汉字后面的“亿元”“万元”，以及“共有、新增、培育、引进、实施”等动词直接接“家、个、项、户、名、场”再接名词时报告；“超亿元”“近亿元”“亿元以上项目”“每万元”“万元地区生产总值能耗”“有序开展户厕改造”“新增家庭农场”“开展个人信息保护”不算。数字无法确定，不提供修复。",
            why: "缺了数字的句子读不通，也无从核对；上报前必须补上实际数字。",
            bad: "全县共有家高新技术企业，同比增长%，完成固定资产投资亿元，比上年提高个百分点。",
            good: "全县共有52家高新技术企业，同比增长8%，完成投资12亿元，提高1.5个百分点。\n新增超亿元项目3个，总投资亿元以上项目5个，万元地区生产总值能耗下降3%，新增家庭农场20家，开展个人信息保护宣传，几个百分点的差距。",
        },
    },
    check,
};

/// What may stand right before 个百分点 without a figure: 几个、多个、
/// 每个、这个、若干个.
const COUNT_WORDS: [char; 11] = [
    '几', '多', '每', '各', '这', '那', '某', '该', '整', '干', '数',
];

/// What stands before 亿元 or 万元 as a word of its own, not as a lost
/// figure: 超亿元、近亿元、过亿元、破亿元 (“over a hundred million”), 每万元,
/// 单位万元; and what follows a figure (2000多亿元, 300余万元, 10来万元).
const AMOUNT_BEFORE: [char; 13] = [
    '超', '近', '过', '逾', '破', '上', '每', '位', '几', '数', '多', '余', '来',
];

/// What 亿元 or 万元 starts as a word of its own: 亿元企业、亿元项目、亿元级、
/// 亿元以上、亿元大关、亿元台阶、亿元楼宇、万元地区生产总值能耗、万元GDP、
/// 万元增加值、万元户.
const AMOUNT_WORDS: [char; 15] = [
    '企', '项', '级', '以', '大', '台', '村', '镇', '产', '楼', '地', '增', '工', '户', 'G',
];

/// Verbs that take a count, each written before a measure word of
/// [`MEASURES`]: 共有家 is where 共有52家 lost its figure.
const COUNT_VERBS: [&str; 22] = [
    "共有", "新增", "拥有", "培育", "认定", "引进", "入库", "建成", "累计", "达到", "签约", "实施",
    "组织", "开展", "举办", "争取", "获批", "申报", "立项", "落地", "招引", "新建",
];

/// Measure words, each with the characters that make it the first of a
/// word of its own after those verbs (新增家庭, 开展个人, 实施项目, 引进名校);
/// 数 and 次 after any of them (家数, 项次) name the count itself.
///
/// 名 is left out: before a noun it is 名 “famous” (名院、名中医) as often
/// as a measure word.
const MEASURES: [(&str, &str); 5] = [
    ("家", "庭乡属长人园具电政务风族门底访教用居纺禽畜装里境"),
    ("个", "人体性别案中子头"),
    ("项", "目链"),
    ("户", "籍口外型主部数内厕用均"),
    ("场", "所地景馆次面合域站院"),
];

static COUNT_VERB_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::words(COUNT_VERBS));

/// The measure words, searched for one by one (a handful in a page each):
/// cheaper than one automaton of every verb and measure over the text.
static MEASURE_NEEDLES: LazyLock<Vec<Needle>> =
    LazyLock::new(|| MEASURES.iter().map(|(m, _)| Needle::new(m)).collect());

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let mut found: Vec<(Range<usize>, &str)> = Vec::new();
    // 增长%: a percent sign after a Han character that is no numeral.
    for (at, c) in crate::text::percent_signs(text) {
        if char_before(text, at).is_some_and(stands_bare) {
            found.push((at..at + c.len_utf8(), "%"));
        }
    }
    static POINTS: LazyLock<Needle> = LazyLock::new(|| Needle::new("个百分点"));
    for at in POINTS.find_iter(text) {
        let before = char_before(text, at);
        if before.is_some_and(|c| stands_bare(c) && !COUNT_WORDS.contains(&c)) {
            found.push((at..at + POINTS.word().len(), "个百分点"));
        }
    }
    static AMOUNTS: LazyLock<[Needle; 2]> =
        LazyLock::new(|| [Needle::new("亿元"), Needle::new("万元")]);
    for needle in AMOUNTS.iter() {
        for at in needle.find_iter(text) {
            let end = at + needle.word().len();
            let bare = char_before(text, at)
                .is_some_and(|c| stands_bare(c) && !AMOUNT_BEFORE.contains(&c))
                && !char_at(text, end).is_some_and(|c| AMOUNT_WORDS.contains(&c));
            if bare {
                found.push((at..end, needle.word()));
            }
        }
    }
    for (k, needle) in MEASURE_NEEDLES.iter().enumerate() {
        for at in needle.find_iter(text) {
            let (measure, words) = MEASURES[k];
            let end = at + measure.len();
            if !COUNT_VERB_SET.ends(&text[..at]) {
                continue;
            }
            let next = char_at(text, end);
            // 家数、个数、项次: the count's own name.
            let own = |c: char| matches!(c, '数' | '次');
            if next.is_some_and(|c| is_han(c) && !is_numeral(c) && !own(c) && !words.contains(c)) {
                found.push((at..end, measure));
            }
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    for (range, unit) in found {
        // The quote starts two characters before, within the line.
        let line = ctx.marks.line_of(range.start);
        let from = range.start - last_chars(&text[line.start..range.start], 2).len();
        let shown = sink.quote(from..range.end);
        sink.report(
            range,
            format!(
                "“{shown}”的“{unit}”前面缺少数字：可能是转载时数字被删去，或数字没有填写，请补上。"
            ),
        );
    }
}

/// A character after which a unit stands without its figure: a Han
/// letter that is no numeral.
fn stands_bare(c: char) -> bool {
    is_han(c) && !is_numeral(c) && !is_digit(c)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "全县共有52家高新技术企业，同比增长8%，完成投资12亿元，提高1.5个百分点。",
                "新增超亿元项目3个，总投资亿元以上项目5个，万元地区生产总值能耗下降3%，新增家庭农场20家，开展个人信息保护宣传，几个百分点的差距。",
                "实施项目管理，引进名校资源，开展户厕改造，培育名院名科，每万元产值能耗，近亿元投入，投资2000多亿元，三百余万元，累计家数达到120家，共有户籍人口8万人，营收亿元企业7家。",
                "提高两个百分点，增长十个百分点，完成投资一亿元。",
                "（单位：万元、%）",
            ])
            .fail([
                "全县共有家高新技术企业，同比增长%，完成固定资产投资亿元，比上年提高个百分点。",
                "新增个省级研发平台，实现营业收入亿元。",
                "全县研发费用亿元，培育家科技型中小企业。",
            ])
            .test_and_snapshot();
    }
}
