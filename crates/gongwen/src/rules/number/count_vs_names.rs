//! `count-vs-names`: a count followed by the names it counts, in brackets,
//! that does not match them — “新增国家级专精特新企业4家（甲公司、乙公司、
//! 丙公司）” names three.

use crate::finding::{Category, Severity};
use crate::number::chinese;
use crate::number::UnitKind;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{floor_boundary, is_digit, Needle};
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "count-vs-names",
        title: "数量与所列名称个数不符",
        category: Category::Number,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        docs: Docs {
            what: "数量后面括号里逐一列出名称时，名称个数要与数量一致，如“新增省级专精特新企业3家（甲公司、乙公司、丙公司）”；数量后面隔一个逗号列出企业、医院、学校的全称时也一样（“下滑企业3家，甲有限公司、乙有限公司、丙有限公司因……”）；数量紧跟在用顿号列出的名称后面时，名称个数要与数量一致，如“东湖、西山、南岭三条绿道”写成“两条”或“四条”；“甲、乙、丙三大展会”的“N大”同样要与名称个数一致；引号里用顿号列出的名称后面紧跟数量时（“甲、乙、丙、丁”四措并举），名称个数要与数量一致；名单写了“等”而只比数量少一个（“甲、乙、丙等4项”）多半是漏列或数量写错；名单没写完（“等”，少两个以上）、名称是地方（“甲镇、乙镇3座水厂”可能一镇两座）、数量只属于列表中的一项时，数量多于名称不算错。列举不全（写了“等”“如”“包括”）时不查括号里的名单。",
            why: "增删一家企业或一个项目后，数量和括号里的名单常常只改了一处。",
            bad: "新增国家级专精特新企业4家（青溪机械、青溪电子、青溪纺织）。",
            good: "新增国家级专精特新企业3家（青溪机械、青溪电子、青溪纺织），省级10家（青溪化工、青溪建材等）。",
        },
    },
    check,
};

/// What follows N大 in words that name one thing, not a count of the names
/// before them (全国青少年三大球运动会: football, basketball, volleyball).
const FIXED_BIG: [char; 2] = ['球', '件'];

/// Words that make a list partial: it names some, not all.
const PARTIAL: &[&str] = &["等", "如", "包括", "其中", "例如", "主要有"];

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for q in &ctx.numbers.quantities {
        if q.unit.kind == UnitKind::Count
            && q.is_exact()
            && !q.ordinal
            && q.magnitude == 1.0
            && q.decimals == 0
        {
            listed_before(text, ctx.marks, q.range.clone(), q.value, sink);
        }
        if q.unit.kind != UnitKind::Count
            || !q.is_exact()
            || q.chinese
            || q.ordinal
            || q.decimals != 0
            || q.magnitude != 1.0
            || q.unit.scale != 1.0
            || !(2.0..=30.0).contains(&q.value)
        {
            continue;
        }
        let Some(names) = names_after(text, q.range.end).or_else(|| firms_after(text, q)) else {
            continue;
        };
        let n = names.count;
        if n as f64 != q.value && n >= 2 {
            let shown = sink.quote(q.range.clone());
            let bracketed = text[..names.range.start].ends_with(['（', '(']);
            let where_ = if bracketed { "括号里" } else { "后面" };
            sink.report(
                q.range.clone(),
                format!("数量为{shown}，{where_}却列出了{n}个名称，请核对数量或名单。"),
            )
            .with_related(names.range, format!("{n}个名称"));
        }
    }
    static CLOSE: LazyLock<Needle> = LazyLock::new(|| Needle::new("”"));
    for close in CLOSE.find_iter(text) {
        quoted_list(text, close, sink);
    }
    // “甲、乙、丙三大展会”: 大 counts the names before it, though it is no
    // measure word of the number model (二十大 is a congress, not a count).
    static BIG: LazyLock<Needle> = LazyLock::new(|| Needle::new("大"));
    for after in BIG.find_iter(text) {
        if text[after + '大'.len_utf8()..].starts_with(FIXED_BIG) {
            continue;
        }
        if let Some((start, value)) = chinese::figure_before(text, after) {
            listed_before(text, ctx.marks, start..after + '大'.len_utf8(), value, sink);
        }
    }
}

/// The longest noun after a count inside one item of a longer list
/// (乙3个风电场、丙…), in characters: a longer clause after the count
/// (五个端点城市对内联动、对外开放) is the sentence's own.
const ITEM_NOUN_CHARS: usize = 6;

/// “东湖、西山、南岭三条绿道”: the names listed right before a
/// count, in its clause, are at most as many as the count.
fn listed_before(
    text: &str,
    marks: &crate::text::Marks,
    range: Range<usize>,
    value: f64,
    sink: &mut Sink<'_>,
) {
    if !(2.0..=30.0).contains(&value) || value.fract() != 0.0 {
        return;
    }
    // Cheapest test first: a list has a 、 among the marks before the count.
    let from = floor_boundary(text, range.start.saturating_sub(LIST_REACH));
    if !marks
        .within(from..range.start)
        .iter()
        .any(|&(_, c)| c == '、')
    {
        return;
    }
    let Some(list) = names_before(text, range.start) else {
        return;
    };
    let n = value as usize;
    let lo = list.count;
    // A count far from the names counts something else.
    if n.abs_diff(lo) > 2 || n == lo {
        return;
    }
    // More names than the count is a slip whatever the count counts. A
    // count above the names is one only when it can count nothing but
    // them: the list is closed (no 等), the last name may hold one more
    // (甲、乙和丙), and it is not a count of what lies in the places named
    // (甲镇、乙镇3座水厂; 在……、……), of the levels of a figure (跨上3个千亿元
    // 台阶, 2座20万千瓦电站), or inside one name of a longer list (甲光伏、
    // 乙3个风电场、丙…).
    if n > lo {
        let clause = &text[list.range.clone()];
        let joined = clause
            .rsplit('、')
            .next()
            .is_some_and(|last| last.contains(['和', '及', '与']));
        let after = &text[range.end..];
        let next_break = after.find(['、', '，', ',', '。', '；', ';', '：', '\n']);
        // 等 closing a list that names all but one of its count (甲、乙、
        // 丙等4项) is a slip: published reports that list before 等N name
        // all N, or two fewer or more (none of 85 read is one short).
        let lead = &text[..range.start];
        let closed_by_etc = lead.ends_with('等') || lead.ends_with("等“");
        let open = closed_by_etc && !(lo >= 3 && n == lo + 1 && !joined);
        if open
            || n == lo + usize::from(joined)
            || places(clause)
            || ADVERBIAL.iter().any(|w| clause.starts_with(w))
            || after.starts_with(|c: char| is_digit(c) || crate::number::chinese::is_numeral(c))
            || next_break.is_some_and(|k| {
                after[k..].starts_with('、') && after[..k].chars().count() <= ITEM_NOUN_CHARS
            })
        {
            return;
        }
    }
    let shown = sink.quote(range.clone());
    let named = format!("{lo}个");
    sink.report(
        range.clone(),
        format!("前面列出了{named}名称，这里却说{shown}，请核对数量或名单。"),
    )
    .with_related(list.range, format!("列出的{named}名称"));
}

/// “‘甲、乙、丙、丁、戊’四措并举”: a quoted list of names with the count
/// of them right after the quote: as many names as the count says.
fn quoted_list(text: &str, close: usize, sink: &mut Sink<'_>) {
    let after = close + '”'.len_utf8();
    let Some((count, value)) = count_after(text, after) else {
        return;
    };
    let from = floor_boundary(text, close.saturating_sub(QUOTE_REACH));
    let Some(open) = text[from..close].rfind('“').map(|k| from + k) else {
        return;
    };
    let inner = &text[open + '“'.len_utf8()..close];
    if inner.contains(['，', ',', '。', '；', '：', '”', '（', '('])
        || PARTIAL.iter().any(|w| inner.contains(w))
    {
        return;
    }
    let names: Vec<&str> = inner.split('、').collect();
    let short = names
        .iter()
        .all(|p| (1..=12).contains(&p.trim().chars().count()));
    let n = names.len();
    if n < 2 || !short || n == value || n.abs_diff(value) > 2 {
        return;
    }
    let shown = sink.quote(count.clone());
    sink.report(
        count,
        format!("引号里列出了{n}个名称，后面却说“{shown}”，请核对数量或名单。"),
    )
    .with_related(open..close + '”'.len_utf8(), format!("列出的{n}个名称"));
}

/// How far back the opening quote of a quoted list is looked for, in bytes
/// (about 60 characters).
const QUOTE_REACH: usize = 180;

/// A count of 2 to 12 right at `at` (四措, 5项, 三大): the range of the
/// numeral and its measure word, and the value, when a measure word follows that counts things — not a span
/// of time, a time or an adverb (三年行动, 十分重要, 一体化).
fn count_after(text: &str, at: usize) -> Option<(Range<usize>, usize)> {
    let (end, value) = chinese::figure_after(text, at)?;
    let next = text[end..].chars().next()?;
    if !crate::text::is_han(next) || NOT_COUNTED.contains(&next) {
        return None;
    }
    ((2.0..=12.0).contains(&value) && value.fract() == 0.0)
        .then_some((at..end + next.len_utf8(), value as usize))
}

/// What after a numeral counts no names: spans and points of time, times
/// over, shares and the adverb 十分.
const NOT_COUNTED: [char; 14] = [
    '年', '月', '日', '天', '周', '届', '次', '期', '号', '轮', '倍', '成', '分', '批',
];

/// Words that open a list of what a count is about, not of what it counts
/// (围绕甲、乙、丙提出5项指标; 在甲镇、乙镇建设3座水厂).
const ADVERBIAL: [&str; 8] = ["围绕", "聚焦", "针对", "按照", "根据", "从", "在", "就"];

/// Whether the names are places (甲镇、乙镇): a count after them may count
/// what lies in them.
fn places(clause: &str) -> bool {
    clause.split('、').skip(1).all(|name| {
        name.trim()
            .ends_with(['省', '市', '县', '区', '镇', '乡', '村', '州', '旗', '盟'])
    })
}

/// A list before a count.
struct Listed {
    range: std::ops::Range<usize>,
    /// The names separated by 、.
    count: usize,
}

/// How far back a list before a count is read, in bytes (about 80
/// characters): a bound on the work per count.
const LIST_REACH: usize = 240;

/// The 、-separated names that end right before `at`, back to the start of
/// their clause: at least two, each short, none with a figure, no quote
/// run together with the next.
fn names_before(text: &str, at: usize) -> Option<Listed> {
    let from = floor_boundary(text, at.saturating_sub(LIST_REACH));
    let before = &text[from..at];
    // The count may open a quote after 等 (甲、乙、丙等“三个提升”).
    let before = before
        .strip_suffix("等“")
        .or_else(|| before.strip_suffix('等'))
        .unwrap_or(before);
    // The clause: after the last break outside the list.
    let start = before
        .rfind([
            '，', ',', '。', '；', ';', '：', ':', '\n', '（', '(', '）', ')',
        ])
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let mut start = start;
    // A count inside the clause (把12支子基金归并为甲、乙3支基金; 甲等6个项目
    // 和乙、丙3个项目) ends what it counted: the list starts after the
    // last 和/及/与/为 that follows it, or there is none.
    if let Some(d) = before[start..].rfind(is_digit) {
        let tail = &before[start + d..];
        let first_comma = tail.find('、')?;
        let joint = tail[..first_comma].rfind(['和', '及', '与', '为'])?;
        start += d + joint + '和'.len_utf8();
    }
    let clause = &before[start..];
    if !clause.contains('、') || clause.contains("”“") {
        return None;
    }
    let parts: Vec<&str> = clause.split('、').collect();
    // Names, not phrases: every one after the first (which may carry the
    // verb before the list) is short.
    let well_formed = parts.iter().skip(1).all(|p| {
        let p = p.trim();
        let n = p.chars().count();
        // A firm's or an institution's name runs longer (某某生态农业
        // 开发有限公司).
        (1..=8).contains(&n) || (n <= FIRM_MOST && FIRM_ENDS.iter().any(|e| p.ends_with(e)))
    }) && !parts[0].trim().is_empty();
    let last = parts.last()?;
    // The count closes the last name: “南岭三条”, not “……的三条”.
    let closes_a_name = last
        .chars()
        .next_back()
        .is_some_and(|c| crate::text::is_han(c) && !crate::number::chinese::is_numeral(c));
    if !well_formed || !closes_a_name || last.ends_with(['的', '了', '和', '与', '及']) {
        return None;
    }
    Some(Listed {
        range: from + start..from + start + clause.len(),
        count: parts.len(),
    })
}

struct Names {
    range: std::ops::Range<usize>,
    count: usize,
}

/// The 、-separated names in brackets right after a count, when the list
/// reads as complete: every name short and without figures, no 等/如/包括.
fn names_after(text: &str, at: usize) -> Option<Names> {
    let rest = &text[at..];
    let open = rest.chars().next().filter(|c| matches!(c, '（' | '('))?;
    let inner_start = at + open.len_utf8();
    // The names are a short list: the bracket closes soon or not at all.
    let limit = floor_boundary(text, inner_start + 400);
    let close = text[inner_start..limit].find(['）', ')'])?;
    let inner = &text[inner_start..inner_start + close];
    if inner.contains(['（', '(', '，', ',', '；', '：', '。'])
        || inner.chars().any(is_digit)
        || PARTIAL.iter().any(|w| inner.contains(w))
    {
        return None;
    }
    let parts: Vec<&str> = inner.split('、').collect();
    let well_formed = parts
        .iter()
        .all(|p| (2..=30).contains(&p.trim().chars().count()));
    (parts.len() >= 2 && well_formed).then_some(Names {
        range: inner_start..inner_start + close,
        count: parts.len(),
    })
}

/// The longest name of a firm or an institution in a list, in characters.
const FIRM_MOST: usize = 16;

/// The endings of the names of firms and institutions, longest first.
const FIRM_ENDS: [&str; 8] = [
    "有限公司",
    "公司",
    "集团",
    "合作社",
    "医院",
    "学院",
    "大学",
    "厂",
];

/// How far after a count its names may run, in bytes (about 130
/// characters).
const FIRMS_REACH: usize = 400;

/// “减产企业4家，甲有限公司、乙有限公司、丙有限公司受……”: the names
/// of firms right after a count of firms and a comma, each ending as a
/// firm's name does; the list ends where a name is followed by more words.
/// A list left open (等) is none.
fn firms_after(text: &str, q: &crate::number::Quantity) -> Option<Names> {
    if !matches!(&text[q.digits.end..q.range.end], "家" | "所" | "个") {
        return None;
    }
    let rest = &text[q.range.end..];
    let comma = rest.chars().next().filter(|c| matches!(c, '，' | ','))?;
    let start = q.range.end + comma.len_utf8();
    let limit = floor_boundary(text, (start + FIRMS_REACH).min(text.len()));
    let window = &text[start..limit];
    let window = &window[..window
        .find(|c: char| crate::layout::CLAUSE_BREAKS.contains(&c) || c == '\n')
        .unwrap_or(window.len())];
    let (mut count, mut end, mut at) = (0, start, 0);
    for piece in window.split('、') {
        // The name ends at its firm ending; words after it end the list.
        let Some(k) = FIRM_ENDS
            .iter()
            .filter_map(|e| piece.find(e).map(|k| k + e.len()))
            .min()
        else {
            break;
        };
        let name = &piece[..k];
        if !(2..=30).contains(&name.chars().count()) || name.chars().any(is_digit) {
            return None;
        }
        count += 1;
        end = start + at + k;
        if k < piece.len() {
            if piece[k..].starts_with('等') {
                return None;
            }
            break;
        }
        at += piece.len() + '、'.len_utf8();
    }
    (count >= 2).then_some(Names {
        range: start..end,
        count,
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
                "省农科院分院、良种繁育基地两块省级牌子在本县挂牌。",
                "坚持一套人马、两块牌子，理顺管理体制。",

                "清溪蜜梨协会、青山生态农业开发有限公司、柳庄农场、东岭园艺等4家单位获绿色食品认证。",
                "建设东湖、西山、南岭三条绿道，甲镇、乙镇3座水厂。",
                "完善省、市、县三级联动机制，推进甲、乙和丙3个园区建设。",
                "推动甲汽车、乙电子等6个项目竣工投产。",
                "落实春耕、夏管、秋收三个“行动”。",
                "新增国家级专精特新企业3家（青溪机械、青溪电子、青溪纺织）。",
                "新增省级企业10家（青溪化工、青溪建材等）。",
                "培育龙头企业5家（如青溪机械、青溪电子）。",
                "建成示范基地4个（其中省级2个、市级2个）。",
                "新增企业3家（2022年2家）。",
                "完成投资12亿元（青溪机械、青溪电子）。",
                "新增國家級專精特新企業3家（青溪機械、青溪電子、青溪紡織）。",
                // The list open, or the count of something else.
                "推动甲汽车、乙电子等4个项目竣工投产。",
                "工业、农业产值先后迈上3个千亿元台阶。",
                "加快甲矿、乙矿3座30万千瓦电站建设。",
                "推进东山光伏、西岭3个风电场、南坡储能等项目。",
                "办好乒乓球世界杯、铁人三项世界杯、网球公开赛。",
                "聚焦质量、速度两方面设置4项考核指标。",
                "壮大茶叶、蔬菜、中药材和生猪4个特色产业。",
                // A list two short of its count, or one short with 和.
                "培育青溪机械、青溪电子、青溪纺织等5家龙头企业。",
                "推进甲、乙和丙等4个园区建设。",
                "建成5G基站、数据中心3个。",
                "学习贯彻党的二十大、二十届三中全会精神。",
                "东湖、西山两大景区，甲园、乙园等三大园区。",
                "承办城市马拉松、全省青少年三大球联赛等赛事。",
                // A quoted list with its count, or a number after a quote
                // that counts no names.
                "通过“稳岗、扩岗、培训、帮扶”四措并举做好就业。",
                "坚持“稳、进、好”三字诀。",
                "推动“研发、制造、服务”一体化发展。",
                "实施“强基、扩面、提质”三年行动。",
                "这对“稳就业、保民生”十分重要。",
                "推动实现甲、乙、丙等“三个提升”。",
                "减产企业3家，青溪机械有限公司、青溪电子有限公司、青溪纺织有限公司受原料涨价影响减产。",
                "减产企业5家，青溪机械有限公司、青溪电子有限公司、青溪纺织有限公司等受原料涨价影响减产。",
                "新增规上企业4家，青溪机械有限公司投产，产值增长12%。",
                "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
                "實施“強基、擴面、提質”三項行動。",
            ])
            .fail([
                // 块 counts signboards and plaques as 个 counts projects.
                "省农科院分院、良种繁育基地三块省级牌子在本县挂牌。",

                // A long clause after the count is the sentence's own, not
                // one item of a longer list.
                "充分发挥东港、西湾、南坪四个枢纽节点对外辐射、对内联动作用。",
                // A firm's long name among the names listed before 等N.
                "清溪蜜梨协会、青山生态农业开发有限公司、柳庄农场、东岭园艺等5家单位获绿色食品认证。",
                "推進人居環境整治、農村公路、飲水安全等4項工作。",
                "茶博會、藥博會、花博會四大展會人氣旺盛。",
                "围绕规模、效益、创新、绿色、安全、服务5个方面开展评价。",
                "建设东湖、西山、南岭四条绿道。",
                "甲线、乙线、丙线5条高速提前建成通车。",
                "整合为产业、科创3支基金。",
                "把5家平台管理的12支子基金归并为创投、纾困3支基金。",
                "深化甲、乙等6个全国整治项目和教育公平、住房保障3个省级整治项目。",
                "推进人居环境整治、农村公路、饮水安全等4项工作。",
                "茶博会、药博会、花博会四大展会人气旺盛。",
                "茶博会、药博会、花博会、菌博会、竹博会四大展会人气旺盛。",
                "推动甲汽车、乙电子、丙光电、丁材料、戊装备等4个项目竣工投产。",
                "新增国家级专精特新企业4家（青溪机械、青溪电子、青溪纺织）。",
                "认定科技型中小企业2家(青溪机械、青溪电子、青溪纺织)。",
                "新增國家級專精特新企業4家（青溪機械、青溪電子、青溪紡織）。",
                "通过“稳岗、扩岗、培训、帮扶、兜底”四措并举做好就业。",
                "减产企业4家，青溪机械有限公司、青溪电子有限公司、青溪纺织有限公司受原料涨价影响减产。",
                "減產企業4家,青溪機械有限公司、青溪電子有限公司、青溪紡織有限公司受原料漲價影響減產。",
                "实施“强基、扩面、提质”4项行动。",
                "推动实现甲水平、乙实力、丙效能、丁作用等“五个显著提升”。",
                "實施“強基、擴面、提質、增效”三項行動。",
            ])
            .test_and_snapshot();
    }
}
