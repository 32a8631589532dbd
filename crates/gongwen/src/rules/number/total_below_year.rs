//! `total-below-year`: a figure summed over several years that is smaller
//! than the same metric's figure for one of those years — a review of five
//! years saying “城镇新增就业4.3万人” while the review of the last year
//! says “城镇新增就业5.2万人”. A metric is known however it is worded
//! (`number::metric`); a figure's year comes from the calendar.

use crate::finding::{Category, Severity};
use crate::number::{metric, Kind, Period, Qualifier, Quantity, Statement, UnitKind};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "total-below-year",
        title: "多年合计小于其中一年",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "回顾多年（五年来、“十四五”时期）时写的新增数、累计数（也包括“N家…获批建设”“N个…入选”）是这些年的合计，回顾多年时说已有的数（“29家全国重点实验室”）也包含其中每一年新增的，都不能小于同一报告里同一指标在其中一年新增、获批的数（按写出的位数，所有读法都更小时报告；某一年的总量可以大于多年的新增数，不比）。指标按同义词归一后比较；年均数、每年数、目标数和写明年份的数不比。",
            why: "五年回顾常从另一份材料抄来，当年数据更新后合计数没有跟着改，或者把某一年的数当成了五年的合计。",
            bad: "某县2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全县城镇新增就业2.1万人。\n二、2025年工作回顾\n全年城镇新增就业3.2万人。\n",
            good: "某县2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全县城镇新增就业12.1万人。\n二、2025年工作回顾\n全年城镇新增就业3.2万人。\n",
        },
    },
    check,
};

/// Words of a metric that make a flow summed over its years: what was
/// added (新增) or totalled (累计).
const SUMMED: [&str; 2] = ["新增", "累计"];

/// Words before one year's figure that make it what the year added.
const ADDED: [&str; 5] = ["新增", "获批", "新认定", "入选", "新建"];

/// Words of a metric that make a figure not a sum over several years: an
/// average, a yearly rate, or a single year's period.
const NOT_SUMMED: [&str; 9] = [
    "年均",
    "平均",
    "每年",
    "今年",
    "全年",
    "本年",
    "去年",
    "上半年",
    "当年",
];

/// Words of a paragraph that make it speak of one year (今年以来, 全年).
const ONE_YEAR: [&str; 6] = ["今年", "全年", "本年", "去年", "上半年", "当年"];

/// A figure summed over several years: its metric's key, its report and
/// the quantity.
struct Summed<'m> {
    /// The metric's key and the things counted after the figure.
    names: Vec<String>,
    report: usize,
    latest: u32,
    q: &'m Quantity,
}

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let (text, m) = (ctx.text, ctx.numbers);
    // Cheapest test first: a summed figure is an exact amount whose metric
    // says 新增 or 累计; only then are the paragraphs of many years read.
    let candidates: Vec<&Statement> = m
        .statements
        .iter()
        .filter(|s| {
            let q = &m.quantities[s.quantity];
            let raw = &text[s.metric.clone()];
            is_amount(q)
                && s.kind == Kind::Actual
                && s.period.is_none()
                && matches!(q.qualifier, None | Some(Qualifier::AtMost))
                // The metric says it, or leaves its verb out when the
                // things counted follow the figure (累计出台36项标准); or
                // a count of things the look back says are there (29家全国
                // 重点实验室): what one year added is among them.
                && (SUMMED.iter().any(|w| raw.contains(w))
                    || (raw.chars().count() < 3
                        && (summed_clause(ctx, q) || q.unit.kind == UnitKind::Count)))
                && !NOT_SUMMED.iter().any(|w| raw.contains(w))
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    let many = ctx.many_years();
    let summed: Vec<Summed<'_>> = candidates
        .into_iter()
        .filter(|s| many.of(s))
        .filter_map(|s| summed(ctx, s))
        .collect();
    if summed.is_empty() {
        return;
    }
    for s in &m.statements {
        let q = &m.quantities[s.quantity];
        if !is_amount(q)
            || s.kind != Kind::Actual
            || many.of(s)
            || matches!(q.qualifier, Some(Qualifier::AtMost))
            || matches!(s.period, Some(p) if p != Period::Named("全年") && !matches!(p, Period::Year(_)))
        {
            continue;
        }
        let raw = &text[s.metric.clone()];
        if ["累计", "年均", "平均", "每年"]
            .iter()
            .any(|w| raw.contains(w))
        {
            continue;
        }
        // One year's figure is what that year added: a stock (经营主体
        // 1160万户) may exceed what several years added.
        let clause = crate::layout::clause_before(text, q.range.start, CLAUSE_CHARS);
        if !ADDED.iter().any(|w| clause.contains(w)) {
            continue;
        }
        let report = ctx.calendar.report_start(q.range.start);
        let Some(total) = summed.iter().find(|t| {
            t.report == report
                && t.q.unit.base == q.unit.base
                && t.q.scaled_interval().hi < q.scaled_interval().lo
        }) else {
            continue;
        };
        let own = names(text, raw, q);
        let Some(name) = own.iter().find(|n| total.names.contains(n)) else {
            continue;
        };
        let Some(year) = ctx.stated_year(s) else {
            continue;
        };
        if year + MANY < total.latest + 1 || year > total.latest {
            continue;
        }
        let message = format!(
            "回顾多年时写的“{name}”为{}，比其中{year}年一年新增的{}还少，请核对多年的数或当年数。",
            sink.quote(total.q.range.clone()),
            sink.quote(q.range.clone()),
        );
        sink.report(total.q.range.clone(), message)
            .with_related(q.range.clone(), format!("{year}年的数值"));
    }
}

/// Whether the clause before `q` says it adds or totals (新增…, 累计出台…):
/// the metric phrase may leave the verb out when the things counted follow
/// the figure.
fn summed_clause(ctx: &Ctx<'_>, q: &Quantity) -> bool {
    let clause = crate::layout::clause_before(ctx.text, q.range.start, CLAUSE_CHARS);
    SUMMED.iter().any(|w| clause.contains(w)) || counted_then_granted(ctx.text, q).is_some()
}

/// Words after the things a count counts that say they were granted over
/// the years (“3家全国重点实验室获批建设”): a sum, as 新增 is.
const GRANTED: [&str; 2] = ["获批", "入选"];

/// The things a count counts when a word of `GRANTED` follows them
/// (“3家全国重点实验室获批建设” → 全国重点实验室).
fn counted_then_granted<'t>(text: &'t str, q: &Quantity) -> Option<&'t str> {
    if q.unit.kind != UnitKind::Count {
        return None;
    }
    let after = &text[q.range.end..];
    let run = after
        .char_indices()
        .take_while(|&(_, c)| crate::text::is_han(c))
        .take(COUNTED_MOST + 4)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let noun = &after[..run];
    let at = GRANTED.iter().filter_map(|w| noun.find(w)).min()?;
    (noun[..at].chars().count() >= 3).then_some(&noun[..at])
}

/// How far back the words of adding are looked for, in characters.
const CLAUSE_CHARS: usize = 24;

/// How many years a look back sums at most: five, a plan's term.
const MANY: u32 = 5;

/// The summed figure `s` states, when its paragraph (one of a look back
/// over several years) says nothing of one year.
fn summed<'m>(ctx: &Ctx<'m>, s: &Statement) -> Option<Summed<'m>> {
    let (text, m) = (ctx.text, ctx.numbers);
    let q = &m.quantities[s.quantity];
    let paragraph = &text[m.paragraphs.get(s.paragraph)?.range.clone()];
    if ONE_YEAR.iter().any(|w| paragraph.contains(w)) {
        return None;
    }
    // The years a review of the report speaks of end with its latest.
    let latest = ctx.calendar.latest_review(q.range.start)?;
    let names = names(text, &text[s.metric.clone()], q);
    if names.is_empty() {
        return None;
    }
    Some(Summed {
        names,
        report: ctx.calendar.report_start(q.range.start),
        latest,
        q,
    })
}

/// What a figure is of, each at least three characters: its metric's key
/// without the words of adding (新增团体标准 → 团体标准), and for a
/// count the things named right after it (累计发布28项团体标准).
fn names(text: &str, raw: &str, q: &Quantity) -> Vec<String> {
    let mut out = Vec::new();
    // 累计 inside the metric sums it too (城镇累计新增就业 is 城镇新增就业
    // over the years).
    let unsummed = raw.replace("累计", "");
    let bare = SUMMED
        .iter()
        .fold(unsummed.as_str(), |r, w| r.strip_prefix(w).unwrap_or(r));
    let key = metric::key(bare);
    if key.chars().count() >= 3 {
        out.push(key.into_owned());
    }
    if let Some(noun) = counted_then_granted(text, q) {
        out.push(metric::key(noun).into_owned());
    } else if q.unit.kind == UnitKind::Count {
        let after = &text[q.range.end..];
        let noun: String = after
            .chars()
            .take_while(|&c| crate::text::is_han(c))
            .take(COUNTED_MOST + 1)
            .collect();
        let n = noun.chars().count();
        if (3..=COUNTED_MOST).contains(&n)
            && after[noun.len()..].starts_with(['，', '。', '；', '、', ','])
        {
            out.push(metric::key(&noun).into_owned());
        }
    }
    out
}

/// The longest name of the things a count counts, read after it.
const COUNTED_MOST: usize = 12;

/// An amount one can sum over years: a count, money or a measure.
fn is_amount(q: &Quantity) -> bool {
    matches!(
        q.unit.kind,
        UnitKind::Count | UnitKind::Money | UnitKind::Measure
    ) && !q.ordinal
        && !q.chinese
        && q.amount() > 0.0
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "某省2026年政府工作报告\n一、2025年工作回顾\n新增团体标准31项。\n二、“十四五”时期工作回顾\n五年来，我们扎实推动融合发展，累计发布128项团体标准。\n三、2026年工作安排\n抓好融合。\n",
                "某县2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全县城镇新增就业12.1万人。\n二、2025年工作回顾\n全年城镇新增就业3.2万人。\n",
                // An average over the years, and a yearly floor.
                "某县2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全县年均城镇新增就业2.1万人。\n二、2025年工作回顾\n全年城镇新增就业3.2万人。\n",
                // Since the start of this year: one year's sum.
                "某县2025年工作总结\n一、2025年工作回顾\n今年以来，全县累计新增就业2.1万人。\n全县城镇新增就业3.2万人。\n",
                // Another metric.
                "某县2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全县新增高新技术企业12家。\n二、2025年工作回顾\n全年新增科技型中小企业30家。\n",
                // A plan's figure is a target.
                "某县2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全县城镇新增就业12.1万人。\n二、2026年工作安排\n城镇新增就业13万人以上。\n",
                // What the look back says is there, above what a year added;
                // a 累计 in one sentence of the year's review leaves its
                // other figures one year's.
                "某市2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n过去一年，创新动能聚势发力。累计注册科技型企业4500家。新增省级重点实验室12家。\n五年来，创新能力持续提升，19家省级重点实验室、20家新型研发机构聚力赋能。\n二、2026年工作安排\n抓好创新。\n",
                // One year's stock may exceed what five years added.
                "某省2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全省新增经营主体90万户。\n二、2025年工作回顾\n全省经营主体达到310万户。\n",
                // A year outside the five.
                "某县2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全县城镇新增就业2.1万人。\n二、2025年工作回顾\n2018年城镇新增就业3.2万人。\n",
            ])
            .fail([
                "某縣2026年政府工作報告\n一、2025年工作回顧\n全年城鎮新增就業3.2萬人。\n二、“十四五”時期工作回顧\n這五年，城鎮累計新增就業2.1萬人。\n",

                "某县2026年政府工作报告\n一、2025年工作回顾\n全年城镇新增就业3.2万人。\n二、“十四五”时期工作回顾\n这五年，我们稳就业、保民生，城镇累计新增就业2.1万人。\n",

                "某县2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，全县城镇新增就业2.1万人。\n二、2025年工作回顾\n全年城镇新增就业3.2万人。\n",
                "某省2026年政府工作报告\n一、工作回顾\n2025年是“十四五”收官之年。\n一是倾力保障和改善民生。城镇新增就业22.9万人。\n“十四五”时期是我省爬坡过坎的五年。这五年，群众生活持续改善，城镇新增就业14.3万人。\n二、2026年工作安排\n抓好就业。\n",
                "某县2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，累计新增高新技术企业18家。\n二、2025年工作回顾\n新增高新技术企业25家。\n",
                // The things counted named after the count.
                "某省2026年政府工作报告\n一、2025年工作回顾\n新增团体标准31项。\n二、“十四五”时期工作回顾\n五年来，我们扎实推动融合发展，累计发布28项团体标准。\n三、2026年工作安排\n抓好融合。\n",
                // Granted over the years, said after the things counted, in
                // a paragraph of the look back that names no years itself.
                "某省2026年政府工作报告\n一、2025年工作回顾\n获批建设5家省级技术创新中心。\n二、“十四五”时期工作回顾\n五年来，我们坚持创新驱动。\n平台能级显著提升。\n2家省级技术创新中心获批建设，一批研发机构加快集聚。\n三、2026年工作安排\n抓好创新。\n",
                "某市2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n过去一年，创新动能聚势发力。累计注册科技型企业4500家。新增省级重点实验室12家。\n五年来，创新能力持续提升，9家省级重点实验室、20家新型研发机构聚力赋能。\n二、2026年工作安排\n抓好创新。\n",
                "某縣2026年政府工作報告\n一、“十四五”時期工作回顧\n五年來，全縣城鎮新增就業2.1萬人。\n二、2025年工作回顧\n全年城鎮新增就業3.2萬人。\n",
            ])
            .test_and_snapshot();
    }
}
