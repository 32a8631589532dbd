//! Figures written in Chinese numerals: 三项、十余家、两个、一亿二千万元、二〇二三年.

use super::{qualifier_before, qualifier_trailing, read_unit, Quantity, UnitKind};
use crate::chars::char_before;

pub use crate::chars::is_numeral;

/// A Chinese-numeral figure at `start` followed by a unit, if there is one.
/// A lone 一 is skipped: 一个、一批、一起 are idiom far more often than
/// counts anyone would check.
pub fn quantity(text: &str, start: usize) -> Option<Quantity> {
    if char_before(text, start).is_some_and(is_numeral) {
        return None;
    }
    let run: String = text[start..]
        .chars()
        .take_while(|c| is_numeral(*c))
        .collect();
    let end = start + run.len();
    // A run that starts with a power (千亿元, 万亿元, 百万吨) is one of it —
    // for money and measures only: 千家万户, 百花齐放 count nothing.
    let bare_power = run.starts_with(['万', '亿', '百', '佰', '千', '仟']);
    if run == "一" {
        return None;
    }
    let (qualifier_after, unit, unit_end) = read_unit(text, end);
    if unit.kind == UnitKind::None
        || unit.kind == UnitKind::Percent
        || (bare_power && !matches!(unit.kind, UnitKind::Money | UnitKind::Measure))
    {
        return None;
    }
    let value = if bare_power {
        value(&format!("一{run}"))?
    } else {
        value(&run)?
    };
    let qualifier = qualifier_before(text, start)
        .or(qualifier_after)
        .or_else(|| qualifier_trailing(text, unit_end));
    Some(Quantity {
        range: start..unit_end,
        digits: start..end,
        value,
        decimals: 0,
        magnitude: 1.0,
        unit,
        qualifier,
        chinese: true,
        ordinal: char_before(text, start) == Some('第'),
        malformed: None,
    })
}

fn digit(c: char) -> Option<f64> {
    Some(match c {
        '零' | '〇' => 0.0,
        '一' => 1.0,
        '二' | '两' => 2.0,
        '三' => 3.0,
        '四' => 4.0,
        '五' => 5.0,
        '六' => 6.0,
        '七' => 7.0,
        '八' => 8.0,
        '九' => 9.0,
        _ => return None,
    })
}

/// The value of a run of Chinese numerals. Runs of bare digits are read
/// digit by digit (二〇二三 → 2023).
pub fn value(run: &str) -> Option<f64> {
    if run.chars().all(|c| digit(c).is_some()) {
        return run
            .chars()
            .try_fold(0.0, |acc, c| Some(acc * 10.0 + digit(c)?));
    }
    let (mut total, mut section, mut num) = (0.0, 0.0, 0.0);
    for c in run.chars() {
        if let Some(d) = digit(c) {
            num = d;
            continue;
        }
        match c {
            '十' | '拾' => section += if num == 0.0 { 1.0 } else { num } * 10.0,
            '百' | '佰' => section += num * 100.0,
            '千' | '仟' => section += num * 1000.0,
            '万' => {
                total += (section + num) * 1e4;
                section = 0.0;
            }
            '亿' => {
                total = (total + section + num) * 1e8;
                section = 0.0;
            }
            _ => return None,
        }
        num = 0.0;
    }
    Some(total + section + num)
}

/// The value of a figure written all in digits (15, full-width too) or all
/// in Chinese numerals (十五).
pub fn figure_value(run: &str) -> Option<f64> {
    if run.is_empty() {
        return None;
    }
    if run.chars().all(crate::text::is_digit) {
        run.chars().try_fold(0.0, |acc, c| {
            Some(acc * 10.0 + f64::from(crate::text::fold_width(c).to_digit(10)?))
        })
    } else {
        value(run)
    }
}

/// The figure written right before `at` in digits or Chinese numerals
/// (第15届, 三大展会): where it starts and its value.
pub fn figure_before(text: &str, at: usize) -> Option<(usize, f64)> {
    let before = &text[..at];
    let start = before
        .trim_end_matches(|c: char| crate::text::is_digit(c) || is_numeral(c))
        .len();
    (start < at).then_some(())?;
    Some((start, figure_value(&text[start..at])?))
}

/// The figure written right from `at` in digits or Chinese numerals
/// (“四措”, 连续16个季度): where it ends and its value.
pub fn figure_after(text: &str, at: usize) -> Option<(usize, f64)> {
    let rest = &text[at..];
    let len = rest.len()
        - rest
            .trim_start_matches(|c: char| crate::text::is_digit(c) || is_numeral(c))
            .len();
    (len > 0).then_some(())?;
    Some((at + len, figure_value(&rest[..len])?))
}

/// `n` (below ten thousand) in Chinese numerals as an ordinal is written:
/// 十五, 二十, 一百零五, 一百一十. `None` from ten thousand on.
pub fn write(n: u32) -> Option<String> {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n >= 10_000 {
        return None;
    }
    if n == 0 {
        return Some("零".to_owned());
    }
    let places = [(1000, '千'), (100, '百'), (10, '十'), (1, ' ')];
    let mut out = String::new();
    let mut gap = false;
    for (size, name) in places {
        let d = (n / size % 10) as usize;
        if d == 0 {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push('零');
            gap = false;
        }
        // 十五, not 一十五; but 一百一十.
        if !(size == 10 && d == 1 && out.is_empty()) {
            out.push(DIGITS[d]);
        }
        if size > 1 {
            out.push(name);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{figure_after, figure_before, value, write};
    use crate::number::quantities;

    #[test]
    fn reads_figures_before_a_position() {
        for (text, start, value) in [
            ("第15届", 3, 15.0),
            ("第十五届", 3, 15.0),
            ("第１５届", 3, 15.0),
            ("甲、乙、丙三大", 15, 3.0),
        ] {
            let at = text.len() - text.chars().next_back().map_or(0, char::len_utf8);
            assert_eq!(figure_before(text, at), Some((start, value)), "{text}");
        }
        assert_eq!(figure_before("届", 0), None);
        assert_eq!(figure_before("第届", 3), None);
    }

    #[test]
    fn reads_figures_from_a_position() {
        for (text, at, end, value) in [
            ("”四措并举", 3, 6, 4.0),
            ("连续16个季度", 6, 8, 16.0),
            ("连续１６年", 6, 12, 16.0),
        ] {
            assert_eq!(figure_after(text, at), Some((end, value)), "{text}");
        }
        assert_eq!(figure_after("连续", 6), None);
        assert_eq!(figure_after("”措", 3), None);
    }

    #[test]
    fn writes_chinese_numerals() {
        for (n, s) in [
            (1, "一"),
            (9, "九"),
            (10, "十"),
            (15, "十五"),
            (20, "二十"),
            (105, "一百零五"),
            (110, "一百一十"),
            (138, "一百三十八"),
            (1001, "一千零一"),
            (2030, "二千零三十"),
        ] {
            assert_eq!(write(n).as_deref(), Some(s));
            assert_eq!(value(s), Some(f64::from(n)));
        }
        assert_eq!(write(10_000), None);
    }

    #[test]
    fn reads_chinese_numerals() {
        assert_eq!(value("三"), Some(3.0));
        assert_eq!(value("十"), Some(10.0));
        assert_eq!(value("十二"), Some(12.0));
        assert_eq!(value("二十"), Some(20.0));
        assert_eq!(value("一百零五"), Some(105.0));
        assert_eq!(value("三万五千"), Some(35000.0));
        assert_eq!(value("一亿二千万"), Some(1.2e8));
        assert_eq!(value("二〇二三"), Some(2023.0));
        assert_eq!(value("两"), Some(2.0));
    }

    #[test]
    fn finds_chinese_figures_with_units_only() {
        let text = "完成三项任务，新增十余家企业，两个平台；十四五规划，一是，二十大，一批项目";
        let found: Vec<(&str, f64)> = quantities(text, &crate::text::Marks::new(text))
            .iter()
            .map(|q| (&text[q.range.clone()], q.value))
            .collect();
        assert_eq!(found, [("三项", 3.0), ("十余家", 10.0), ("两个", 2.0)]);
        // A bare power is one of it, for money and measures only.
        let text = "突破千亿元，迈上万亿元台阶，千家万户，百余家";
        let found: Vec<(&str, f64)> = quantities(text, &crate::text::Marks::new(text))
            .iter()
            .map(|q| (&text[q.range.clone()], q.value))
            .collect();
        assert_eq!(found, [("千亿元", 1e11), ("万亿元", 1e12)]);
    }
}
