//! Editions of recurring events — 第八届进博会, 第十五届全国运动会, 第七次全国
//! 人口普查 — and the
//! table of events whose editions fall in known years (`events.json`, each
//! with its source). Time rules ask here what an edition is and when it
//! was held; none reads 第N届 itself.

use crate::number::chinese;
use crate::text::Needle;
use serde::Deserialize;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

/// One mention of an edition: 第八届中国国际进口博览会.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition<'t> {
    pub number: u32,
    /// The event's name as written after 届.
    pub name: &'t str,
    /// From 第 to the end of the name.
    pub range: Range<usize>,
    /// Where 届 (or 次) stands.
    pub at: usize,
    /// A census's round (第七次全国人口普查): its work runs over several
    /// years, one edition reviewed one year and planned the next.
    pub census: bool,
}

impl Edition<'_> {
    /// Edition `n` written as this one is: 第九届 after 第八届, 第9届 after
    /// 第8届, 第七次 after 第六次.
    pub fn like(&self, text: &str, n: u32) -> String {
        let digits = text[self.range.start..self.at]
            .chars()
            .any(crate::text::is_digit);
        let term = if self.census { '次' } else { '届' };
        match chinese::write(n).filter(|_| !digits) {
            Some(written) => format!("第{written}{term}"),
            None => format!("第{n}{term}"),
        }
    }
}

/// The last character of an event's name.
const EVENT_ENDS: [char; 8] = ['会', '节', '赛', '展', '坛', '集', '杯', '周'];

/// Names that are not events: congresses and their committees.
const NOT_EVENTS: [&str; 4] = ["人民代表大会", "委员会", "全会", "代表大会"];

/// How far after 届 an event's name may run, in characters.
const NAME_REACH: usize = 16;

/// Every edition written in `text`, in order: 届 (and 次, for the national
/// censuses) is found by a vectorised search (it is rare), its number read
/// back from it.
pub fn editions(text: &str) -> Vec<Edition<'_>> {
    static TERM: LazyLock<Needle> = LazyLock::new(|| Needle::new("届"));
    static TIMES: LazyLock<Needle> = LazyLock::new(|| Needle::new("次"));
    let read = |at: usize, term: char, census: bool| {
        let (number, start) = edition_before(text, at)?;
        let name = name_after(text, at + term.len_utf8(), census)?;
        Some(Edition {
            number,
            name,
            range: start..at + term.len_utf8() + name.len(),
            at,
            census,
        })
    };
    let mut out: Vec<Edition<'_>> = TERM
        .find_iter(text)
        .filter_map(|at| read(at, '届', false))
        .collect();
    let censuses: Vec<Edition<'_>> = TIMES
        .find_iter(text)
        .filter_map(|at| read(at, '次', true))
        .collect();
    if !censuses.is_empty() {
        out.extend(censuses);
        out.sort_by_key(|e| e.at);
    }
    out
}

/// The edition written before 届 at `at` (第15届, 第十五届): its number and
/// where 第 stands.
fn edition_before(text: &str, at: usize) -> Option<(u32, usize)> {
    let (start, n) = chinese::figure_before(text, at)?;
    if !text[..start].ends_with('第') {
        return None;
    }
    (1.0..1000.0)
        .contains(&n)
        .then_some((n as u32, start - '第'.len_utf8()))
}

/// The event's name after 届: up to its first event ending (会, 节, 赛…),
/// within a few characters and before any mark; after 次, a census's
/// (全国人口普查, 农业普查).
fn name_after(text: &str, from: usize, census: bool) -> Option<&str> {
    let mut end = None;
    for (k, c) in text[from..].char_indices().take(NAME_REACH) {
        if !crate::text::is_han(c) {
            break;
        }
        if census {
            if text[from..from + k + c.len_utf8()].ends_with("普查") {
                end = Some(k + c.len_utf8());
                break;
            }
        } else if EVENT_ENDS.contains(&c) {
            end = Some(k + c.len_utf8());
            break;
        }
    }
    let name = &text[from..from + end?];
    (name.chars().count() >= 2 && !NOT_EVENTS.iter().any(|w| name.contains(w))).then_some(name)
}

/// Whether two names name one event: the same, or the shorter an
/// abbreviation of the longer — its characters in the longer's order, the
/// last one shared, not a piece of it as it stands (进博会 of
/// 中国国际进口博览会; not 运动会 of 全国运动会).
pub fn same_event(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.chars().count() < b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    // A part of the longer name as it stands (运动会 of 全国运动会) is the
    // kind of event, not its short name.
    if short.chars().count() < 3
        || short.chars().next_back() != long.chars().next_back()
        || long.contains(short)
    {
        return false;
    }
    let mut rest = long.chars();
    short.chars().all(|c| rest.any(|d| d == c))
}

/// A recurring event of `events.json`.
#[derive(Debug, Deserialize)]
pub struct Event {
    /// Its full name (中国国际进口博览会).
    pub name: String,
    /// Its standard short names (进博会).
    #[serde(default)]
    pub short: Vec<String>,
    /// An edition and its year, from which the later ones are counted.
    #[serde(default)]
    first: Option<(u32, u32)>,
    /// Years between editions, and editions a year (广交会: two).
    #[serde(default = "one")]
    every: u32,
    #[serde(default = "one")]
    per_year: u32,
    /// Editions and years where they follow no rhythm (亚运会).
    #[serde(default)]
    held: Vec<(u32, u32)>,
    /// Years of an edition's work before and after the year it is held
    /// (a census is prepared the year before and published the year
    /// after); none for a fair or a games.
    #[serde(default)]
    before: u32,
    #[serde(default)]
    after: u32,
}

fn one() -> u32 {
    1
}

impl Event {
    /// The year edition `n` was (or will be) held, when known.
    pub fn year_of(&self, n: u32) -> Option<u32> {
        if let Some(&(_, y)) = self.held.iter().find(|&&(e, _)| e == n) {
            return Some(y);
        }
        let (e0, y0) = self.first?;
        (n >= e0).then(|| y0 + (n - e0) * self.every / self.per_year)
    }

    /// The editions held in `year`, when any is: the first and how many
    /// (广交会 holds two).
    pub fn editions_in(&self, year: u32) -> Option<(u32, u32)> {
        if let Some(&(e, _)) = self.held.iter().find(|&&(_, y)| y == year) {
            return Some((e, 1));
        }
        let (e0, y0) = self.first?;
        let since = year.checked_sub(y0)?;
        (since % self.every == 0).then(|| (e0 + since / self.every * self.per_year, self.per_year))
    }

    /// Whether `name`, as written after 第N届, names this event: its full
    /// name or a short one of the table, nothing like them (全国民族运动会
    /// is not 全国运动会).
    pub fn is_named(&self, name: &str) -> bool {
        name == self.name || self.short.iter().any(|s| s == name)
    }

    /// The years edition `n`'s work is spoken of in: the year it is held,
    /// with the years before and after that its work takes.
    pub fn years_of(&self, n: u32) -> Option<std::ops::RangeInclusive<u32>> {
        let y = self.year_of(n)?;
        Some(y.saturating_sub(self.before)..=y + self.after)
    }

    /// Whether editions come every year.
    pub fn yearly(&self) -> bool {
        self.held.is_empty() && self.every == 1
    }
}

/// The events of `events.json`.
pub fn events() -> &'static [Event] {
    static EVENTS: OnceLock<Vec<Event>> = OnceLock::new();
    EVENTS.get_or_init(|| serde_json::from_str(include_str!("events.json")).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editions_are_read_with_their_names() {
        let text = "成功举办第八届中国国际进口博览会，办好第15届全运会和第二届人民代表大会。";
        let found: Vec<(u32, &str)> = editions(text).iter().map(|e| (e.number, e.name)).collect();
        assert_eq!(found, [(8, "中国国际进口博览会"), (15, "全运会")]);
        let text = "做好第七次全国人口普查，第二次会议，第5次农业普查";
        let found: Vec<(u32, &str)> = editions(text).iter().map(|e| (e.number, e.name)).collect();
        assert_eq!(found, [(7, "全国人口普查"), (5, "农业普查")]);
    }

    #[test]
    fn short_names_are_abbreviations() {
        assert!(same_event("进博会", "中国国际进口博览会"));
        assert!(same_event("茶文化节", "茶文化节"));
        assert!(!same_event("茶文化节", "农民运动会"));
        assert!(!same_event("博览会", "进口展"));
        assert!(!same_event("运动会", "全国运动会"));
    }

    #[test]
    fn the_table_is_read_and_counts_editions() {
        let find = |name: &str| {
            events()
                .iter()
                .find(|e| e.is_named(name))
                .expect("the event is in the table")
        };
        assert_eq!(events().len(), 12);
        assert_eq!(find("人口普查").years_of(7), Some(2019..=2021));
        assert_eq!(find("进博会").year_of(8), Some(2025));
        assert_eq!(find("中国国际进口博览会").editions_in(2026), Some((9, 1)));
        assert_eq!(find("全国运动会").year_of(14), Some(2021));
        assert_eq!(find("全运会").editions_in(2025), Some((15, 1)));
        assert_eq!(find("全运会").editions_in(2026), None);
        assert_eq!(find("亚运会").year_of(19), Some(2023));
        assert_eq!(find("广交会").year_of(138), Some(2025));
        assert_eq!(find("广交会").editions_in(2025), Some((137, 2)));
        assert_eq!(find("消博会").year_of(7), Some(2027));
    }
}
