//! `junk-token`: short runs of Latin letters and digits a site wedges
//! between Han characters all through a copied text (“推进hd9科技创新”,
//! “成效2Iu明显”) to mark or spoil copies. A run is junk when it mixes
//! digits with lowercase letters in a shape no code or unit has, and the
//! text holds several.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::acronyms;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, is_han, LatinRun};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "junk-token",
        title: "网站插入的乱码",
        category: Category::Junk,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "夹在汉字中间、由小写字母和数字混成的短串，如“推进hd9科技创新”“成效2Iu明显”：网站为标记或干扰转载，在全文各处插入的乱码。一篇里至少有两处才报告。5G、5g、4A、10kV、20d 这样“数字+单位”的写法，已知缩写（GDP、B2B、O2O）和大写的型号、编号（G60、C919、H7N9）不算。修复会删去这些字符（三处以上时为安全修复）。",
            why: "这些乱码读不通，一看就是从网上拷来的，必须逐处删掉。",
            bad: "今年我们hd9推进科技创新工作，成效2Iu明显，全年新增企业k3x12家。",
            good: "建成5g基站120个，创建4A级景区1个，新建10kV线路8公里，G60科创走廊，C919大飞机，推进B2B平台建设，开展H7N9防控。",
        },
    },
    check,
};

/// Units written with mixed case after a figure (10kV, 5kW, 2.4GHz): not
/// junk however they mix.
const MIXED_UNITS: [&str; 10] = [
    "kV", "kW", "kWh", "kVA", "kPa", "MPa", "MHz", "GHz", "dB", "mAh",
];

/// From this many runs on, deleting them is a safe fix: a site's pattern.
const SAFE_FROM: usize = 3;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let junk: Vec<&LatinRun> = ctx.latin.iter().filter(|r| is_junk(text, r)).collect();
    // One odd run is as likely a code the tables do not know.
    if junk.len() < 2 {
        return;
    }
    let applicability = if junk.len() >= SAFE_FROM {
        Applicability::Safe
    } else {
        Applicability::Unsafe
    };
    for run in junk {
        let range = run.range.clone();
        let shown = sink.quote(range.clone());
        sink.report(
            range.clone(),
            format!("“{shown}”是夹在汉字中间的乱码，多为网站插入的干扰字符，应删去。"),
        )
        .with_fix(Fix::delete(format!("删去“{shown}”"), applicability, range));
    }
}

/// Whether `run` is a junk token: two to five characters between Han
/// letters, digits mixed with at least one lowercase letter, and neither
/// an acronym nor a figure with its unit.
fn is_junk(text: &str, run: &LatinRun) -> bool {
    if !run.has_letters || run.letters_only {
        return false;
    }
    let word = run.word(text);
    let n = word.chars().count();
    if !(2..=5).contains(&n) || !word.bytes().any(|b| b.is_ascii_lowercase()) {
        return false;
    }
    if !char_before(text, run.range.start).is_some_and(is_han)
        || !char_at(text, run.range.end).is_some_and(is_han)
    {
        return false;
    }
    // Placeholders (20xx, xx.x) are another rule's.
    if word.contains("xx") || word.contains("XX") {
        return false;
    }
    if acronyms::canonical(&word.to_ascii_lowercase()).is_some() {
        return false;
    }
    // A figure and its unit: 5g, 20d, 4a, 10kV.
    let unit = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let figure_and_unit = unit.len() < word.len()
        && (MIXED_UNITS.contains(&unit)
            || (unit.len() <= 3 && unit.bytes().all(|b| b.is_ascii_lowercase())));
    !figure_and_unit
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "建成5g基站120个，创建4A级景区1个，新建10kV线路8公里，G60科创走廊，C919大飞机，推进B2B平台建设，开展H7N9防控。",
                "工期20d完成，转换为mp4格式上传。",
                "今年我们hd9推进科技创新工作，成效明显。",
                "20xx年完成xx1项。20xx年新增x2家。",
            ])
            .fail([
                "今年我们hd9推进科技创新工作，成效2Iu明显，全年新增企业k3x12家。",
                "召开a7b会议，部署w3全年任务。",
            ])
            .fix([(
                "今年我们hd9推进科技创新，成效2Iu明显，全年m4q新增企业。",
                "今年我们推进科技创新，成效明显，全年新增企业。",
            )])
            .test_and_snapshot();
    }
}
