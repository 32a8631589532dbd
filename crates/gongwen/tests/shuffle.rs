//! Relations are local: shuffling the order of unrelated sentences does not
//! change which relations are found, nor what is said about them.

use gongwen::{check, Config};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// Self-contained sentences, each about its own metric: some consistent,
/// some with a defect of one number rule.
const SENTENCES: &[&str] = &[
    "全年认定高新技术企业32家，同比增长38.8%。",
    "全年认定科技型中小企业310家，同比增长219.6%。",
    "全年规上工业总产值实现150亿元，同比增长7.0%（上年基数为120亿元）。",
    "预计全年技改投资实现7.5亿元，同比增长32%【年度目标是：技改投资实现6.9亿元，增长15%】。",
    "预计全年工业投资完成41亿元，同比增长27%【年度目标是：工业投资实现37亿元，增长15%】。",
    "共收集企业问题1466个，办结1360个，办结率99.5%。",
    "共收集群众来信320件，办结318件，办结率99.3%。",
    "全县规上工业企业、限上商贸企业和资质建筑企业分别达到120家、45家。",
    "综合考评排全市六县（市）第7名。",
    "全县专精特新企业50家，其中国家级12家、省级45家。",
    "技术合同成交额增长23.5%%。",
    "省级孵化器3家、市级孵化器5家，共计8家。",
];

fn relations(text: &str) -> BTreeSet<(String, String, String)> {
    check(text, &Config::default())
        .findings
        .into_iter()
        .filter(|f| f.category == gongwen::Category::Number)
        .map(|f| (f.rule.to_owned(), text[f.range].to_owned(), f.message))
        .collect()
}

proptest! {
    #[test]
    fn shuffling_unrelated_sentences_keeps_the_relations(order in Just((0..SENTENCES.len()).collect::<Vec<_>>()).prop_shuffle(), newline in any::<bool>()) {
        let sep = if newline { "\n" } else { "" };
        let original = SENTENCES.join(sep);
        let shuffled = order.iter().map(|&i| SENTENCES[i]).collect::<Vec<_>>().join(sep);
        let expected = relations(&original);
        prop_assert_eq!(expected.len(), 8, "{:?}", expected);
        prop_assert_eq!(relations(&shuffled), expected);
    }
}
