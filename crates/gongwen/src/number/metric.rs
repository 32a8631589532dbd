//! A metric's name as a key: the same indicator however a report words
//! it. 全省实现地区生产总值, 生产总值 and 经济总量 are one metric; 规上工业
//! 增加值 is 规模以上工业增加值. The synonyms are data (`metrics.json`, each
//! with its source).

use crate::lexicon::Lexicon;
use serde::Deserialize;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// One metric and the other names reports give it.
#[derive(Debug, Deserialize)]
struct Synonyms {
    name: String,
    variants: Vec<String>,
}

/// Every name and variant, with the index of the name each stands for. A
/// lexicon is leftmost-longest (地区生产总值 is read whole, not as 生产总值)
/// and folds traditional characters (規上 is 规上).
static NAMES: LazyLock<(Lexicon<usize>, Vec<String>)> = LazyLock::new(|| {
    let table: Vec<Synonyms> =
        serde_json::from_str(include_str!("metrics.json")).unwrap_or_default();
    let lexicon = Lexicon::new(table.iter().enumerate().flat_map(|(i, s)| {
        std::iter::once(s.name.as_str())
            .chain(s.variants.iter().map(String::as_str))
            .map(move |v| (v, i))
    }));
    (lexicon, table.into_iter().map(|s| s.name).collect())
});

/// Words before a metric that do not change it: where (全省城镇新增就业
/// is 城镇新增就业) and the verb that states it (实现、完成).
static LEADS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    Lexicon::new(
        [
            "全省",
            "全市",
            "全区",
            "全县",
            "全州",
            "全国",
            "我省",
            "我市",
            "我区",
            "我县",
            "本市",
            "全年",
            "实现",
            "完成",
            "确保",
            "力争",
            "累计实现",
            "累计完成",
        ]
        .map(|w| (w, ())),
    )
});

/// The key of a metric phrase: its leading scope and verb words dropped,
/// every synonym written as its table name. Borrowed when nothing changes.
pub fn key(metric: &str) -> Cow<'_, str> {
    let rest = without_leads(metric);
    let found: Vec<(Range<usize>, usize)> = NAMES.0.find_iter(rest).collect();
    renamed(rest, &found)
}

/// `metric` without its leading scope and verb words.
pub fn without_leads(metric: &str) -> &str {
    let mut rest = metric;
    while let Some((len, ())) = LEADS.prefix(rest) {
        rest = &rest[len..];
    }
    rest
}

/// `s` with the synonyms `found` in it (ranges into `s`) renamed.
fn renamed<'s>(s: &'s str, found: &[(Range<usize>, usize)]) -> Cow<'s, str> {
    if found.is_empty() {
        return Cow::Borrowed(s);
    }
    let names = &NAMES.1;
    let mut out = String::with_capacity(s.len() + 8);
    let mut last = 0;
    for (r, i) in found {
        out.push_str(&s[last..r.start]);
        out.push_str(&names[*i]);
        last = r.end;
    }
    out.push_str(&s[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_metric_however_worded() {
        assert_eq!(key("全省地区生产总值"), "地区生产总值");
        assert_eq!(key("经济总量"), "地区生产总值");
        assert_eq!(key("生产总值"), "地区生产总值");
        assert_eq!(key("规上工业增加值"), "规模以上工业增加值");
        assert_eq!(key("规模以上工业增加值"), "规模以上工业增加值");
        assert_eq!(key("实现城镇新增就业"), "城镇新增就业");
        assert_eq!(key("全年实现研发经费"), "研究与试验发展经费");
        // Rules read the folded text: traditional drafts key alike.
        let folded = crate::lexicon::fold::fold("全縣規上工業增加值");
        assert_eq!(key(&folded), "规模以上工业增加值");
        // Nothing to change: the phrase itself.
        assert!(matches!(key("城镇新增就业"), Cow::Borrowed("城镇新增就业")));
    }

    #[test]
    fn every_entry_has_a_source() {
        let table: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("metrics.json")).expect("metrics.json parses");
        assert!(table.len() >= 5);
        for e in &table {
            assert!(e["source"].as_str().is_some_and(|s| s.len() > 20), "{e}");
        }
    }
}
