//! The number model: every quantity in the text with its written form, the
//! interval its digits allow, its unit and qualifiers, and — from the words
//! around it — what it measures, for which period, and its stated growth.

pub mod chinese;
mod context;
pub mod interval;
pub mod metric;
mod respective;
mod span;
mod transition;

pub use crate::lexicon::words::Direction;
pub(crate) use context::period_at;
pub use context::{change_by, names_a_kind, Growth, Kind, Model, Paragraph, Period, Statement};
pub use interval::Interval;
pub use respective::RespectiveList;
pub use span::{many_years, ManyYears};
pub use transition::Transition;

use crate::lexicon::words::count_word;
use crate::text::{char_at, char_before, fold_width, is_digit, Marks};
use std::ops::Range;
use std::sync::LazyLock;

/// The marks between the terms of a ratio (2.52∶1, 9.5:40.2:50.3; ︰ as
/// some pages write it).
pub const RATIO_MARKS: [char; 4] = ['∶', ':', '：', '︰'];

/// What a unit measures, which decides how its figures behave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitKind {
    /// Whole things: 家、个、项、人. Written exactly, never rounded.
    Count,
    Money,
    Percent,
    Permille,
    PercentPoint,
    Times,
    /// Physical measures: 吨、亩、平方米、千瓦.
    Measure,
    Year,
    Month,
    Day,
    /// A bare number.
    None,
}

/// A recognised unit: its written form, kind, and the multiplier that puts
/// figures of one family on one scale (亿元 = 1e8 元).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    pub written: &'static str,
    pub kind: UnitKind,
    /// The unit family's base (元 for 万元 and 亿元).
    pub base: &'static str,
    pub scale: f64,
}

/// Words that qualify a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// 约、左右、近 (approximately).
    About,
    /// 以上、超、突破、逾、多、余 (at least).
    AtLeast,
    /// 不足、不到、以下 (at most).
    AtMost,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The whole figure with its unit (`128亿元`, `x` excluded).
    pub range: Range<usize>,
    /// Just the digits (`128`).
    pub digits: Range<usize>,
    /// The figure as written (`128` for 128亿元, `1.2` for 1.2万家).
    pub value: f64,
    pub decimals: u32,
    /// A Chinese magnitude between digits and unit: 1e4 for 1.2万家.
    pub magnitude: f64,
    pub unit: Unit,
    pub qualifier: Option<Qualifier>,
    /// Written in Chinese numerals (三项、十余家).
    pub chinese: bool,
    /// Preceded by 第: an ordinal or rank, not an amount.
    pub ordinal: bool,
    /// Malformations noticed while reading it (`%%`, `1.2.3`).
    pub malformed: Option<Malformed>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Malformed {
    /// The unit is written twice (`567.9%%`); the range of the extra unit.
    DoubledUnit,
    /// More than one decimal point (`1.2.3`).
    TwoDecimalPoints,
}

impl Quantity {
    /// The interval the written digits allow, before qualifiers.
    pub fn written_interval(&self) -> Interval {
        let i = if self.unit.kind == UnitKind::Count && self.decimals == 0 && self.magnitude == 1.0
        {
            Interval::exact(self.value)
        } else {
            Interval::written(self.value, self.decimals)
        };
        Interval {
            lo: i.lo * self.magnitude,
            hi: i.hi * self.magnitude,
        }
    }

    /// The value in the unit written (1.2万家 → 12000).
    pub fn amount(&self) -> f64 {
        self.value * self.magnitude
    }

    /// The interval including qualifiers. 约/左右 widen by 5% each side; 近
    /// means up to 10% below; 以上 and 不足 make it one-sided.
    pub fn interval(&self) -> Interval {
        let w = self.written_interval();
        match self.qualifier {
            None => w,
            Some(Qualifier::About) => Interval {
                lo: w.lo.min(w.lo * 0.95),
                hi: w.hi.max(w.hi * 1.05),
            },
            Some(Qualifier::AtLeast) => Interval {
                lo: w.lo,
                hi: f64::INFINITY,
            },
            Some(Qualifier::AtMost) => Interval { lo: 0.0, hi: w.hi },
        }
    }

    /// `interval()` on the unit family's base scale (亿元 → 元), so that
    /// figures in 万元 and 亿元 compare.
    pub fn scaled_interval(&self) -> Interval {
        self.interval().scale(self.unit.scale)
    }

    pub fn is_exact(&self) -> bool {
        self.qualifier.is_none()
    }
}

/// Units. At a position the longest wins (`万元` over `万`, `个百分点` over
/// `个`): the table needs no order.
static UNITS: &[(&str, UnitKind, &str, f64)] = &[
    ("个百分点", UnitKind::PercentPoint, "个百分点", 1.0),
    ("百分点", UnitKind::PercentPoint, "个百分点", 1.0),
    ("万美元", UnitKind::Money, "美元", 1e4),
    ("亿美元", UnitKind::Money, "美元", 1e8),
    ("平方公里", UnitKind::Measure, "平方米", 1e6),
    ("平方千米", UnitKind::Measure, "平方米", 1e6),
    ("万平方米", UnitKind::Measure, "平方米", 1e4),
    ("平方米", UnitKind::Measure, "平方米", 1.0),
    ("万千瓦", UnitKind::Measure, "千瓦", 1e4),
    ("千瓦时", UnitKind::Measure, "千瓦时", 1.0),
    // 度 is the everyday name of the kilowatt-hour (268亿度).
    ("度", UnitKind::Measure, "千瓦时", 1.0),
    ("千瓦", UnitKind::Measure, "千瓦", 1.0),
    ("兆瓦", UnitKind::Measure, "千瓦", 1e3),
    ("立方米", UnitKind::Measure, "立方米", 1.0),
    ("万吨", UnitKind::Measure, "吨", 1e4),
    ("公里", UnitKind::Measure, "米", 1e3),
    ("千米", UnitKind::Measure, "米", 1e3),
    ("万亩", UnitKind::Measure, "亩", 1e4),
    ("万元", UnitKind::Money, "元", 1e4),
    ("亿元", UnitKind::Money, "元", 1e8),
    ("千元", UnitKind::Money, "元", 1e3),
    ("美元", UnitKind::Money, "美元", 1.0),
    ("万人次", UnitKind::Count, "人次", 1e4),
    ("人次", UnitKind::Count, "人次", 1.0),
    ("家次", UnitKind::Count, "家次", 1.0),
    ("户次", UnitKind::Count, "户次", 1.0),
    ("万人", UnitKind::Count, "人", 1e4),
    ("万户", UnitKind::Count, "户", 1e4),
    ("元", UnitKind::Money, "元", 1.0),
    ("%", UnitKind::Percent, "%", 1.0),
    ("％", UnitKind::Percent, "%", 1.0),
    ("‰", UnitKind::Permille, "‰", 1.0),
    ("倍", UnitKind::Times, "倍", 1.0),
    ("吨", UnitKind::Measure, "吨", 1.0),
    // Grain is weighed in 斤 (half a kilogram) as often as in 吨.
    ("斤", UnitKind::Measure, "吨", 0.0005),
    ("公斤", UnitKind::Measure, "吨", 0.001),
    ("千克", UnitKind::Measure, "吨", 0.001),
    ("亩", UnitKind::Measure, "亩", 1.0),
    ("米", UnitKind::Measure, "米", 1.0),
    ("年", UnitKind::Year, "年", 1.0),
    ("月", UnitKind::Month, "月", 1.0),
    ("日", UnitKind::Day, "日", 1.0),
    ("号", UnitKind::Day, "日", 1.0),
];

fn unit_at(text: &str, at: usize) -> Option<Unit> {
    let rest = &text[at..];
    let first = rest.chars().next()?;
    let (firsts, groups) = &*UNITS_BY_FIRST;
    if let Ok(k) = firsts.binary_search(&first) {
        if let Some(&i) = groups[k].iter().find(|&&i| rest.starts_with(UNITS[i].0)) {
            let (written, kind, base, scale) = UNITS[i];
            return Some(Unit {
                written,
                kind,
                base,
                scale,
            });
        }
    }
    let written = count_word(first)?;
    Some(Unit {
        written,
        kind: UnitKind::Count,
        base: written,
        scale: 1.0,
    })
}

/// The units of `UNITS` by their first character, each group longest
/// first: the unit at a position (read at every figure) is found among a
/// few candidates, without running an automaton.
static UNITS_BY_FIRST: LazyLock<(Vec<char>, Vec<Vec<usize>>)> = LazyLock::new(|| {
    let first = |written: &str| written.chars().next().unwrap_or_default();
    let mut firsts: Vec<char> = UNITS.iter().map(|u| first(u.0)).collect();
    firsts.sort_unstable();
    firsts.dedup();
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); firsts.len()];
    for (i, unit) in UNITS.iter().enumerate() {
        let Ok(k) = firsts.binary_search(&first(unit.0)) else {
            continue;
        };
        let group = &mut groups[k];
        let len = unit.0.len();
        let at = group
            .iter()
            .position(|&j| UNITS[j].0.len() < len)
            .unwrap_or(group.len());
        group.insert(at, i);
    }
    (firsts, groups)
});

const NO_UNIT: Unit = Unit {
    written: "",
    kind: UnitKind::None,
    base: "",
    scale: 1.0,
};

/// Every quantity in `text`, in order.
pub fn quantities(text: &str, marks: &Marks) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    for &(pos, c) in marks.all() {
        if out.last().is_some_and(|q| pos < q.range.end) {
            continue;
        }
        let found = if is_digit(c) {
            arabic(text, pos)
        } else if chinese::is_numeral(c) {
            chinese::quantity(text, pos)
        } else {
            None
        };
        out.extend(found);
    }
    out
}

/// Reads an Arabic-numeral figure at `start`, if it is one (not part of a
/// Latin word such as `5G` or `x86`).
fn arabic(text: &str, start: usize) -> Option<Quantity> {
    if char_before(text, start).is_some_and(|c| {
        let c = fold_width(c);
        c.is_ascii_alphanumeric() || c == '.'
    }) {
        return None;
    }
    let digits = read_digits(text, start);
    // A number glued to Latin letters is a code (`5G`, `3D`), not a figure.
    if char_at(text, digits.end).is_some_and(|c| fold_width(c).is_ascii_alphabetic()) {
        return None;
    }
    // The unit right after the digits, read once for both questions.
    let unit_here = unit_at(text, digits.end);
    let (magnitude, at) = magnitude_at(text, digits.end, unit_here);
    let (qualifier_after, unit, unit_end) = if at == digits.end {
        read_unit_known(text, at, unit_here)
    } else {
        read_unit(text, at)
    };
    let mut malformed = digits.malformed;
    let mut range_end = unit_end;
    if unit.kind != UnitKind::None
        && text[range_end..].starts_with(unit.written)
        && matches!(unit.kind, UnitKind::Percent | UnitKind::Permille)
    {
        malformed = Some(Malformed::DoubledUnit);
        range_end += unit.written.len();
    }
    let qualifier = qualifier_before(text, start)
        .or(qualifier_after)
        .or_else(|| qualifier_trailing(text, range_end));
    Some(Quantity {
        range: start..range_end,
        digits: start..digits.end,
        value: digits.value,
        decimals: digits.decimals,
        magnitude,
        unit,
        qualifier,
        chinese: false,
        ordinal: is_ordinal(text, start),
        malformed,
    })
}

/// The digits of a figure as read in place.
struct Digits {
    end: usize,
    value: f64,
    decimals: u32,
    malformed: Option<Malformed>,
}

/// Reads the digits at `start` in place (no buffers: this runs for every
/// figure): decimal point, thousands commas, half- or full-width digits.
fn read_digits(text: &str, start: usize) -> Digits {
    let mut end = start;
    let (mut int_value, mut frac_value, mut decimals) = (0.0f64, 0.0f64, 0u32);
    let mut malformed = None;
    let mut in_frac = false;
    let mut chars = text[start..]
        .char_indices()
        .map(|(i, c)| (start + i, c))
        .peekable();
    while let Some((i, raw)) = chars.next() {
        let c = fold_width(raw);
        if let Some(d) = c.to_digit(10) {
            if malformed.is_none() {
                if in_frac {
                    frac_value = frac_value * 10.0 + f64::from(d);
                    decimals += 1;
                } else {
                    int_value = int_value * 10.0 + f64::from(d);
                }
            }
            end = i + raw.len_utf8();
        } else if matches!(raw, '.' | '．') && chars.peek().is_some_and(|(_, n)| is_digit(*n)) {
            if in_frac {
                malformed = Some(Malformed::TwoDecimalPoints);
            }
            in_frac = true;
            end = i + raw.len_utf8();
        } else if raw == ',' && !in_frac && thousands_group(&text[i + 1..]) {
            end = i + 1;
        } else {
            break;
        }
    }
    let (value, decimals) = match malformed {
        Some(_) => (int_value, 0),
        None => (
            int_value + frac_value / 10f64.powi(decimals as i32),
            decimals,
        ),
    };
    Digits {
        end,
        value,
        decimals,
        malformed,
    }
}

/// A Chinese magnitude right after the digits (1.2万家、3千万元), unless it
/// begins a unit of its own (万元、万人): its factor and where the unit
/// starts.
fn magnitude_at(text: &str, at: usize, unit_here: Option<Unit>) -> (f64, usize) {
    if unit_here.is_some_and(|u| u.kind != UnitKind::Count || u.written.chars().count() > 1) {
        return (1.0, at);
    }
    for (mag, factor) in [
        ("千万", 1e7),
        ("百万", 1e6),
        ("亿", 1e8),
        ("万", 1e4),
        ("千", 1e3),
    ] {
        if text[at..].starts_with(mag) && read_unit(text, at + mag.len()).1.kind != UnitKind::None {
            return (factor, at + mag.len());
        }
    }
    (1.0, at)
}

/// Three ASCII digits and no fourth: the group after a thousands comma.
fn thousands_group(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_digit)
        && !b.get(3).is_some_and(u8::is_ascii_digit)
}

/// The unit at `at`, allowing 余/多 between figure and unit (十余家, 30多个).
fn read_unit(text: &str, at: usize) -> (Option<Qualifier>, Unit, usize) {
    read_unit_known(text, at, unit_at(text, at))
}

/// [`read_unit`] when the unit at `at` (`unit_here`) is already read.
fn read_unit_known(
    text: &str,
    at: usize,
    unit_here: Option<Unit>,
) -> (Option<Qualifier>, Unit, usize) {
    let rest = &text[at..];
    for q in ["余", "多"] {
        if let Some(after) = rest.strip_prefix(q) {
            if let Some(u) =
                unit_at(after, 0).filter(|u| u.kind == UnitKind::Count || u.kind == UnitKind::Money)
            {
                return (Some(Qualifier::AtLeast), u, at + q.len() + u.written.len());
            }
        }
    }
    match unit_here {
        Some(u) => (None, u, at + u.written.len()),
        None => (None, NO_UNIT, at),
    }
}

fn qualifier_before(text: &str, start: usize) -> Option<Qualifier> {
    let before = &text[..start];
    // The upper end of a range (`10-15亿元`): the figure is at most this.
    let mut back = before.chars().rev();
    if back
        .next()
        .is_some_and(|c| matches!(c, '-' | '－' | '～' | '~' | '—' | '–' | '至' | '到'))
        && back.next().is_some_and(is_digit)
    {
        return Some(Qualifier::AtMost);
    }
    let before = before.trim_end_matches(['达', '为', '了']);
    // Cheapest test first: every word below ends with one of these.
    if !before.ends_with(['约', '近', '过', '超', '破', '逾', '于', '足', '到']) {
        return None;
    }
    for (w, q) in [
        ("约", Some(Qualifier::About)),
        ("近", Some(Qualifier::About)),
        ("大约", Some(Qualifier::About)),
        ("超过", Some(Qualifier::AtLeast)),
        ("超", Some(Qualifier::AtLeast)),
        ("突破", Some(Qualifier::AtLeast)),
        ("逾", Some(Qualifier::AtLeast)),
        ("不少于", Some(Qualifier::AtLeast)),
        ("不低于", Some(Qualifier::AtLeast)),
        ("不足", Some(Qualifier::AtMost)),
        ("不到", Some(Qualifier::AtMost)),
        ("不超过", Some(Qualifier::AtMost)),
    ] {
        if before.ends_with(w) {
            return q;
        }
    }
    None
}

fn qualifier_trailing(text: &str, end: usize) -> Option<Qualifier> {
    let rest = &text[end..];
    if rest.starts_with("左右") {
        Some(Qualifier::About)
    } else if rest.starts_with("以上") || rest.starts_with("多") {
        Some(Qualifier::AtLeast)
    } else if rest.starts_with("以下") || rest.starts_with("以内") {
        Some(Qualifier::AtMost)
    } else {
        None
    }
}

fn is_ordinal(text: &str, start: usize) -> bool {
    matches!(char_before(text, start), Some('第'))
}

/// The length in bytes of the unit written at `at`, or 0.
pub fn unit_len_at(text: &str, at: usize) -> usize {
    unit_at(text, at).map_or(0, |u| u.written.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, f64, &'static str, Option<Qualifier>)> {
        quantities(text, &Marks::new(text))
            .into_iter()
            .map(|q| {
                (
                    text[q.range.clone()].to_owned(),
                    q.value,
                    q.unit.written,
                    q.qualifier,
                )
            })
            .collect()
    }

    #[test]
    fn reads_arabic_figures_with_units_and_qualifiers() {
        assert_eq!(
            read("实现128亿元"),
            [("128亿元".into(), 128.0, "亿元", None)]
        );
        assert_eq!(
            read("增长7.0%左右"),
            [("7.0%".into(), 7.0, "%", Some(Qualifier::About))]
        );
        assert_eq!(read("１２３家"), [("１２３家".into(), 123.0, "家", None)]);
        assert_eq!(read("1,234个"), [("1,234个".into(), 1234.0, "个", None)]);
        assert_eq!(read("1.2万人"), [("1.2万人".into(), 1.2, "万人", None)]);
        assert_eq!(read("1.2万家"), [("1.2万家".into(), 1.2, "家", None)]);
        assert_eq!(
            quantities("1.2万家", &Marks::new("1.2万家"))[0].amount(),
            12000.0
        );
        assert_eq!(read("3千万元"), [("3千万元".into(), 3.0, "元", None)]);
        assert_eq!(
            read("30多个"),
            [("30多个".into(), 30.0, "个", Some(Qualifier::AtLeast))]
        );
        assert_eq!(
            read("18家以上"),
            [("18家".into(), 18.0, "家", Some(Qualifier::AtLeast))]
        );
        assert_eq!(
            read("提高1.2个百分点"),
            [("1.2个百分点".into(), 1.2, "个百分点", None)]
        );
        assert_eq!(read("5G基站x86"), []);
        assert_eq!(read("办结1460个,办结率99.5%").len(), 2);
    }

    #[test]
    fn notices_malformed_figures() {
        let q = &quantities("增长567.9%%、", &Marks::new("增长567.9%%、"))[0];
        assert_eq!(q.malformed, Some(Malformed::DoubledUnit));
        assert_eq!(q.value, 567.9);
        let q = &quantities("1.2.3亿元", &Marks::new("1.2.3亿元"))[0];
        assert_eq!(q.malformed, Some(Malformed::TwoDecimalPoints));
    }

    #[test]
    fn intervals_follow_the_written_digits() {
        let q = &quantities("128亿元", &Marks::new("128亿元"))[0];
        assert_eq!(
            q.interval(),
            Interval {
                lo: 127.5,
                hi: 129.0
            }
        );
        let q = &quantities("32家", &Marks::new("32家"))[0];
        assert_eq!(q.interval(), Interval::exact(32.0));
        let q = &quantities("第7名", &Marks::new("第7名"))[0];
        assert!(q.ordinal);
    }
}
