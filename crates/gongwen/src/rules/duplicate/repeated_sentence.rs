//! `repeated-sentence`: a whole sentence of fifteen Han characters or more
//! written twice in one report — a paragraph pasted twice, a preview and
//! the body both kept. Sentences are hashed once each, so a long paste
//! costs linear time.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::outline::marker;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::Marks;
use foldhash::HashMap;
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "repeated-sentence",
        title: "整句重复",
        category: Category::Duplicate,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        docs: Docs {
            what: "同一篇报告里，一整句话（15 个汉字以上，以句号、问号、叹号或分号结尾）一字不差地出现了两次。提示标在后一处，并指向前一处。小标题、标题，以及一个页面里不同报告之间相同的套话不算。两句紧挨着时，修复会删去后一句（需人工确认）；同一行里紧挨着写了两遍的短句（4 个汉字以上，以句号结尾）也报告。",
            why: "整句重复多是复制粘贴或合并稿件时留下的，读者会认为材料没有校对过。",
            bad: "全年新增国家高新技术企业12家、科技型中小企业36家。技术合同成交额达到3.6亿元。全年新增国家高新技术企业12家、科技型中小企业36家。",
            good: "全年新增国家高新技术企业12家、科技型中小企业36家。全年新增国家高新技术企业15家、科技型中小企业40家。\n一、坚持创新驱动，推动高质量发展\n二、坚持创新驱动，推动高质量发展\n",
        },
    },
    check,
};

/// The fewest Han characters a sentence needs to count: shorter ones
/// (“现将有关情况报告如下”) repeat by nature.
const MIN_HAN: usize = 15;

/// The fewest Han characters a sentence typed twice in a row needs.
const MIN_HAN_BACK_TO_BACK: usize = 4;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    let reports = &ctx.outline.reports;
    let placeholders = &ctx.placeholders.items;
    // Each sentence's first place, with its report: a page holding several
    // reports shares their boilerplate, so a copy in another report starts
    // afresh.
    let mut seen: HashMap<&str, (Range<usize>, usize)> = HashMap::default();
    // The previous sentence, for copies written back to back.
    let mut previous: Option<Sentence> = None;
    let (mut report, mut placeholder) = (0, 0);
    for sentence in sentences(text, ctx.marks) {
        while reports
            .get(report + 1)
            .is_some_and(|r| r.range.start <= sentence.text.start)
        {
            report += 1;
        }
        // A template repeats its sentences with the figures left blank
        // (“排第x位”): they differ once filled in.
        while placeholders
            .get(placeholder)
            .is_some_and(|p| p.range.end <= sentence.text.start)
        {
            placeholder += 1;
        }
        let blank = placeholders
            .get(placeholder)
            .is_some_and(|p| p.range.start < sentence.text.end);
        let s = &text[sentence.text.clone()];
        let counts = sentence.terminated
            && !sentence.heading
            && !blank
            // A Han letter takes three or four bytes: a shorter sentence
            // cannot hold enough of them, and is not counted.
            && s.len() >= 3 * MIN_HAN
            && ctx.marks.han_within(text, sentence.text.clone()) >= MIN_HAN;
        // A short sentence typed twice in a row on one line (倡导文明新风。
        // 倡导文明新风。) is a slip however short: standard phrases repeat
        // in other places, not back to back.
        let short_copy = !counts
            && sentence.terminated
            && !sentence.heading
            && !blank
            && previous.as_ref().is_some_and(|p| {
                // The whole sentence before, or its last clause (加强……，
                // 倡导文明新风。倡导文明新风。).
                let before = &text[p.text.clone()];
                before.strip_suffix(s).is_some_and(|head| {
                    head.is_empty() || head.ends_with(['，', '；', '：', ',', ';', ':'])
                }) && text[..p.whole.end].ends_with('。')
                    && !text[p.whole.end..sentence.text.start].contains('\n')
            })
            && ctx.marks.han_within(text, sentence.text.clone()) >= MIN_HAN_BACK_TO_BACK;
        if short_copy {
            if let Some(p) = previous.as_ref() {
                let range = p.whole.end..sentence.whole.end;
                sink.report(
                    range.clone(),
                    "这句话紧接着又写了一遍，应删去一处。".to_owned(),
                )
                .with_related(p.text.end - s.len()..p.text.end, "前一句".to_owned())
                .with_fix(Fix::delete(
                    "删去重复的这一句".to_owned(),
                    Applicability::Unsafe,
                    range,
                ));
            }
        }
        if counts {
            match seen.get(s) {
                Some((first, r)) if *r == report => {
                    // A copy right after the first can be deleted: the
                    // finding then covers all the fix removes (the copy, its
                    // mark and the space before it).
                    let back_to_back = previous
                        .as_ref()
                        .filter(|p| &p.text == first)
                        .map(|p| p.whole.end..sentence.whole.end);
                    let finding = sink.report(
                        back_to_back.clone().unwrap_or(sentence.text.clone()),
                        "这句话与前文一字不差地重复，如非有意强调，应删去一处。".to_owned(),
                    );
                    finding.with_related(first.clone(), "这句话第一次出现的位置".to_owned());
                    if let Some(range) = back_to_back {
                        finding.with_fix(Fix::delete(
                            "删去重复的这一句".to_owned(),
                            Applicability::Unsafe,
                            range,
                        ));
                    }
                }
                _ => {
                    seen.insert(s, (sentence.text.clone(), report));
                }
            }
        }
        previous = Some(sentence);
    }
}

struct Sentence {
    /// The sentence without surrounding spaces or its final mark.
    text: Range<usize>,
    /// The sentence with its final mark: what deleting a copy removes
    /// after the end of the copy before it.
    whole: Range<usize>,
    /// Whether a sentence mark ends it (not the end of a line).
    terminated: bool,
    /// Whether it is the text of a numbered heading.
    heading: bool,
}

/// The layout's groups (cut at 。！？；and line ends), each told whether
/// it is a numbered heading's text.
fn sentences<'a>(text: &'a str, marks: &'a Marks) -> impl Iterator<Item = Sentence> + 'a {
    marks.layout().groups().iter().map(move |g| Sentence {
        text: g.text.clone(),
        whole: g.whole.clone(),
        terminated: g.terminated,
        heading: g.opens_line && marker::at(text, g.text.start).is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "加油！加油！",
                "好。好。",
                "倡导文明新风。\n倡导文明新风。\n",
                "全年新增国家高新技术企业12家、科技型中小企业36家。全年新增国家高新技术企业15家、科技型中小企业40家。",
                // Slogans repeated in headings of one template.
                "一、坚持创新驱动，推动经济高质量发展。\n全年新增企业12家。\n二、坚持创新驱动，推动经济高质量发展。\n",
                // Short standard phrases.
                "现将有关情况报告如下。\n现将有关情况报告如下。\n",
                // Titles are for repeated-title.
                "青溪县科技局2023年工作总结和2024年工作计划\n青溪县科技局2023年工作总结和2024年工作计划\n",
                // Two reports of one page share boilerplate.
                "科技局2022年工作总结\n2022年，我局坚持以习近平新时代中国特色社会主义思想为指导，扎实推进各项工作。\n一、工作情况\n二、存在问题\n三、2023年工作计划\n\n科技局2023年工作总结\n2023年，我局坚持创新驱动。\n一、工作情况\n我局坚持以习近平新时代中国特色社会主义思想为指导，扎实推进各项工作。\n二、存在问题\n",
            ])
            .fail([
                "开展志愿服务，倡导文明新风。倡导文明新风。办好乡村文化活动。",
                "建设12个数字农业基地。建设12个数字农业基地。",
                "全年新增国家高新技术企业12家、科技型中小企业36家。技术合同成交额达到3.6亿元。全年新增国家高新技术企业12家、科技型中小企业36家。",
                "全年新增国家高新技术企业12家、科技型中小企业36家。全年新增国家高新技术企业12家、科技型中小企业36家。\n",
                "一、主要工作\n我局坚持以习近平新时代中国特色社会主义思想为指导，扎实推进各项工作。\n二、存在问题\n我局坚持以习近平新时代中国特色社会主义思想为指导，扎实推进各项工作；\n",
            ])
            .fix([(
                "全年新增国家高新技术企业12家、科技型中小企业36家。全年新增国家高新技术企业12家、科技型中小企业36家。\n",
                "全年新增国家高新技术企业12家、科技型中小企业36家。\n",
            )])
            .test_and_snapshot();
    }
}
