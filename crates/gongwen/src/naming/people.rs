//! The office's own people (人员名单): who held which title when, as the
//! office lists them in its settings (`Config::people`, `[[people]]` in
//! `gongwen.toml`), never a built-in list of officials, which would go
//! stale. The model reads where the text puts a name beside a title —
//! 局长张三, 张三副局长, 县委常委、副县长张三 — and answers what the list says
//! of it: the name's own title (in the years the words speak of), a title
//! of the list beside a name that is not its holder's, a holder's name one
//! character off, or a listed name with a character written twice.
//!
//! A title is read from a table of title words (`titles.txt`) and the
//! list's own titles; a name the list does not hold is read only after a
//! title (局长李四), from a surname (`surnames.txt`) up to a mark or 同志:
//! names have no other edge in Chinese text.

use crate::config::Person;
use crate::lexicon::fold::fold;
use crate::lexicon::{Lexicon, WordSet};
use std::ops::Range;
use std::sync::LazyLock;

/// The office's list, ready to search with: built once per config.
#[derive(Debug)]
pub struct Roster {
    entries: Vec<Entry>,
    /// Listed names (and their slips with a character written twice),
    /// each to its name's index in `names`.
    name_words: Lexicon<(usize, Slip)>,
    /// Each listed name, folded, with its entries.
    names: Vec<(String, Vec<usize>)>,
    /// The title words of the table and of the list, each to its index in
    /// `titles`.
    title_words: Lexicon<usize>,
    /// Each title word, folded, with the entries whose title holds it as a
    /// part (empty: a title of the table no one of the list holds).
    titles: Vec<(String, Vec<usize>)>,
}

/// One person's one title over one period.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    /// The name folded, as the text is searched.
    folded: String,
    pub title: String,
    /// The title's parts (党组书记、局长: 党组书记 and 局长), folded.
    parts: Vec<String>,
    /// From and to as (year, month); none: open.
    pub from: Option<(u32, u32)>,
    pub to: Option<(u32, u32)>,
}

impl Entry {
    /// The period as the list gives it: 2021.3—2024.6, 2021.3—, —2024.
    pub fn period(&self) -> String {
        let show = |m: Option<(u32, u32)>| m.map_or(String::new(), |(y, m)| format!("{y}.{m}"));
        match (self.from, self.to) {
            (None, None) => String::new(),
            (from, to) => format!("{}—{}", show(from), show(to)),
        }
    }

    /// Whether the entry's period meets the years `lo..=hi`.
    fn meets(&self, (lo, hi): (u32, u32)) -> bool {
        self.from.is_none_or(|(y, _)| y <= hi) && self.to.is_none_or(|(y, _)| y >= lo)
    }
}

/// How a listed name is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slip {
    None,
    /// A character written twice (张张三, 王小小明).
    Doubled,
}

/// A date of the list: 2021, 2021-3, 2021-03, 2021.3, 2021/3, 2021年3月.
/// `end` gives a bare year its December.
pub fn month(s: &str, end: bool) -> Option<(u32, u32)> {
    let s = s.trim().trim_end_matches('月');
    if s.is_empty() {
        return None;
    }
    let (y, m) = match s.find(['-', '.', '/', '年']) {
        Some(i) => {
            let sep = s[i..].chars().next()?;
            (&s[..i], Some(&s[i + sep.len_utf8()..]))
        }
        None => (s, None),
    };
    let year: u32 = y
        .trim()
        .parse()
        .ok()
        .filter(|y| (1900..=2200).contains(y))?;
    let month = match m.map(str::trim) {
        None | Some("") => {
            if end {
                12
            } else {
                1
            }
        }
        Some(m) => m.parse().ok().filter(|m| (1..=12).contains(m))?,
    };
    Some((year, month))
}

/// The title words of the table, read once.
static TABLE_TITLES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| words(include_str!("titles.txt")));

/// The surnames, read once: single ones and compound ones.
static SURNAMES: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::words(words(include_str!("surnames.txt"))));

fn words(source: &'static str) -> Vec<&'static str> {
    source
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

/// Marks that split a title into its parts: 党组书记、局长.
const PART_MARKS: [char; 6] = ['、', '，', ',', '/', ' ', '　'];

/// What may stand before a title word and make it another body's title:
/// 市商务局局长 is not this office's 局长.
const BODY_ENDS: &str = "局委办会院部厅处所站队室县市区镇乡街府司行校馆团社组科股心协盟旗州省村";

/// What follows a name in a report's sentences: where a name after a
/// title ends (局长李四带队, 局长李四在会上强调).
const AFTER_NAME: [&str; 30] = [
    "同志", "带队", "率队", "一行", "主持", "出席", "参加", "讲话", "指出", "强调", "要求", "调研",
    "检查", "督导", "走访", "看望", "慰问", "陪同", "深入", "介绍", "汇报", "作", "在", "到", "赴",
    "等", "为", "就", "对", "与",
];

/// Words that make a title a former one: 原局长, 时任局长.
const FORMER: [&str; 4] = ["原", "前任", "时任", "曾任"];

impl Roster {
    /// The list ready to search with; `None` when it lists no one.
    pub fn new(people: &[Person]) -> Option<Roster> {
        let entries: Vec<Entry> = people
            .iter()
            .filter(|p| !p.name.trim().is_empty() && !p.title.trim().is_empty())
            .map(|p| Entry {
                name: p.name.trim().to_owned(),
                folded: fold(p.name.trim()).into_owned(),
                title: p.title.trim().to_owned(),
                parts: fold(p.title.trim())
                    .split(PART_MARKS)
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect(),
                from: p.from.as_deref().and_then(|f| month(f, false)),
                to: p.to.as_deref().and_then(|t| month(t, true)),
            })
            .collect();
        if entries.is_empty() {
            return None;
        }
        let mut names: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            match names.iter_mut().find(|(n, _)| *n == e.folded) {
                Some((_, list)) => list.push(i),
                None => names.push((e.folded.clone(), vec![i])),
            }
        }
        let mut name_entries: Vec<(String, (usize, Slip))> = Vec::new();
        for (i, (name, _)) in names.iter().enumerate() {
            name_entries.push((name.clone(), (i, Slip::None)));
            let chars: Vec<char> = name.chars().collect();
            // The first character twice (张张三), and in a longer name a
            // middle one (王小小明): a last one twice is often the next
            // word's (张三三次).
            for at in 0..chars.len().saturating_sub(1) {
                if at > 0 && chars.len() < 3 {
                    break;
                }
                let mut slip = chars.clone();
                slip.insert(at, chars[at]);
                let slip: String = slip.into_iter().collect();
                if !names.iter().any(|(n, _)| *n == slip) {
                    name_entries.push((slip, (i, Slip::Doubled)));
                }
            }
        }
        let name_words = Lexicon::new(name_entries.iter().map(|(w, v)| (w.as_str(), *v)));
        let mut titles: Vec<(String, Vec<usize>)> = TABLE_TITLES
            .iter()
            .map(|t| ((*t).to_owned(), Vec::new()))
            .collect();
        let add = |titles: &mut Vec<(String, Vec<usize>)>, word: String, entry: Option<usize>| {
            let at = match titles.iter().position(|(t, _)| *t == word) {
                Some(at) => at,
                None => {
                    titles.push((word, Vec::new()));
                    titles.len() - 1
                }
            };
            if let Some(e) = entry {
                if !titles[at].1.contains(&e) {
                    titles[at].1.push(e);
                }
            }
        };
        for (i, e) in entries.iter().enumerate() {
            for part in &e.parts {
                add(&mut titles, part.clone(), Some(i));
                // Its deputy forms, so that 副局长 is never read as 局长.
                if !part.starts_with('副') && !part.starts_with("常务") {
                    add(&mut titles, format!("副{part}"), None);
                    add(&mut titles, format!("常务副{part}"), None);
                }
            }
        }
        let title_words =
            Lexicon::new(titles.iter().enumerate().map(|(i, (t, _))| (t.as_str(), i)));
        Some(Roster {
            entries,
            name_words,
            names,
            title_words,
            titles,
        })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

/// A name and a title written together, or a listed name's slip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The name and its title together (the name alone for a slip).
    pub range: Range<usize>,
    pub name: Range<usize>,
    /// The title word beside the name.
    pub title: Option<Range<usize>>,
    pub reading: Reading,
}

impl Named {
    /// The mention as a reviewer sees it: what the list says (the name
    /// with its title), and the list as the source.
    pub fn mention(&self, text: &str, roster: &Roster, right: bool) -> crate::finding::Mention {
        let entries = &roster.entries;
        let title = self.title.clone().map_or("", |t| &text[t]);
        let (standard, entry) = match &self.reading {
            Reading::Right(e) | Reading::NearName(e) => {
                (format!("{title}{}", entries[*e].name), Some(*e))
            }
            Reading::Doubled(e) => (entries[*e].name.clone(), Some(*e)),
            Reading::OtherTitle { now, then } => match now.first().or(then.first()) {
                Some(&e) => (format!("{}{}", entries[e].title, entries[e].name), Some(e)),
                None => (text[self.range.clone()].to_owned(), None),
            },
            Reading::OtherName(holders) => {
                let e = holders[0];
                (format!("{title}{}", entries[e].name), Some(e))
            }
        };
        let period = entry.map(|e| entries[e].period()).unwrap_or_default();
        crate::finding::Mention {
            range: self.range.clone(),
            standard,
            source: if period.is_empty() {
                "本单位人员名单".to_owned()
            } else {
                format!("本单位人员名单（{period}）")
            },
            right,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// The list gives the name this title in these years: the entry.
    Right(usize),
    /// A listed name beside a title the list does not give it in the years
    /// the words speak of: its entries in those years (empty: none), and
    /// its entries in other years whose title fits.
    OtherTitle { now: Vec<usize>, then: Vec<usize> },
    /// A title of the list beside a name that is not its holder's: the
    /// holders' entries in those years.
    OtherName(Vec<usize>),
    /// A name one character off a holder of the title beside it.
    NearName(usize),
    /// A listed name with a character written twice: one of its entries.
    Doubled(usize),
}

/// Every name and title of the list in `text`, in order. `years` gives
/// the years the words at a byte speak of (first, last), when known.
pub fn read(
    text: &str,
    roster: &Roster,
    years: impl Fn(usize) -> Option<(u32, u32)>,
) -> Vec<Named> {
    let mut found: Vec<Named> = Vec::new();
    // Listed names, with the title beside them: in order.
    for (range, (n, slip)) in roster.name_words.find_iter(text) {
        let entries = &roster.names[n].1;
        if slip == Slip::Doubled {
            found.push(Named {
                range: range.clone(),
                name: range,
                title: None,
                reading: Reading::Doubled(entries[0]),
            });
            continue;
        }
        let Some((title, written, former)) = title_beside(text, roster, range.clone()) else {
            continue;
        };
        if former {
            continue;
        }
        let span = years(range.start);
        let fits = |e: &usize| {
            written
                .iter()
                .any(|w| roster.entries[*e].parts.iter().any(|p| same_post(w, p)))
        };
        let now: Vec<usize> = entries
            .iter()
            .copied()
            .filter(|&e| span.is_none_or(|s| roster.entries[e].meets(s)))
            .collect();
        let reading = match now.iter().copied().find(|e| fits(e)) {
            Some(e) => Reading::Right(e),
            None => Reading::OtherTitle {
                then: entries
                    .iter()
                    .copied()
                    .filter(|e| !now.contains(e) && fits(e))
                    .collect(),
                now,
            },
        };
        found.push(Named {
            range: title.start.min(range.start)..title.end.max(range.end),
            name: range,
            title: Some(title),
            reading,
        });
    }
    // The list's titles beside a name that is not listed: in order too.
    let mut beside: Vec<Named> = Vec::new();
    for (title, t) in roster.title_words.find_iter(text) {
        let holders_all = &roster.titles[t].1;
        if holders_all.is_empty() || found.iter().any(|f| f.title.as_ref() == Some(&title)) {
            continue;
        }
        if former_before(&text[..title.start]) {
            continue;
        }
        let span = years(title.start);
        let holders: Vec<usize> = holders_all
            .iter()
            .copied()
            .filter(|&e| span.is_none_or(|s| roster.entries[e].meets(s)))
            .collect();
        if holders.is_empty() {
            continue;
        }
        if let Some(named) = near_name(text, roster, &holders, title.clone()) {
            beside.push(named);
            continue;
        }
        // Another body's title (市商务局局长) is not the office's.
        let body = text[..title.start]
            .chars()
            .next_back()
            .is_some_and(|c| BODY_ENDS.contains(c));
        if body {
            continue;
        }
        if let Some(name) = name_after(text, roster, title.end) {
            let written = &text[name.clone()];
            if roster.names.iter().any(|(n, _)| n == written) {
                continue;
            }
            beside.push(Named {
                range: title.start..name.end,
                name,
                title: Some(title),
                reading: Reading::OtherName(holders),
            });
        }
    }
    merge(found, beside)
}

/// Two lists in order of position, as one (merged, not sorted: a sort
/// instantiated for one type costs the app kilobytes).
fn merge(a: Vec<Named>, b: Vec<Named>) -> Vec<Named> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if (y.range.start, y.range.end) < (x.range.start, x.range.end) => {
                b.next()
            }
            (Some(_), _) => a.next(),
            (None, _) => b.next(),
        };
        let Some(n) = next else { break };
        if out.last().is_none_or(|l: &Named| l.range != n.range) {
            out.push(n);
        }
    }
    out
}

/// The title written right before or right after the name at `name`:
/// its range, every title word of it (县委常委、副县长: both), and
/// whether it is a former one (原局长).
fn title_beside(
    text: &str,
    roster: &Roster,
    name: Range<usize>,
) -> Option<(Range<usize>, Vec<String>, bool)> {
    let before = &text[..name.start];
    if let Some((len, _)) = roster.title_words.suffix(before) {
        let mut start = name.start - len;
        let mut written = vec![text[start..name.start].to_owned()];
        // Titles joined by 、 before it: 县委常委、副县长张三.
        while let Some(rest) = text[..start].strip_suffix('、') {
            match roster.title_words.suffix(rest) {
                Some((len, _)) => {
                    start = rest.len() - len;
                    written.push(text[start..rest.len()].to_owned());
                }
                None => break,
            }
        }
        let former = former_before(&text[..start]);
        return Some((start..name.start, written, former));
    }
    let after = &text[name.end..];
    let (len, _) = roster.title_words.prefix(after)?;
    let former = former_before(before);
    Some((
        name.end..name.end + len,
        vec![after[..len].to_owned()],
        former,
    ))
}

fn former_before(before: &str) -> bool {
    FORMER.iter().any(|f| before.ends_with(f))
}

/// Whether a title written `w` and a title of the list `p` name one post:
/// the same word, or one the other with its body before it (科技局局长 and
/// 局长) — not with a rank (副局长 and 局长, 常务副县长 and 副县长 is
/// another post, 党组副书记 and 党组书记).
fn same_post(w: &str, p: &str) -> bool {
    let (long, short) = if w.len() >= p.len() { (w, p) } else { (p, w) };
    let Some(extra) = long.strip_suffix(short) else {
        return false;
    };
    !["副", "常务", "代", "执行", "名誉", "专职"]
        .iter()
        .any(|r| extra.ends_with(r))
}

/// A name of a holder, one character off, right after or right before the
/// title at `title`: 局长张山 for 张三.
fn near_name(text: &str, roster: &Roster, holders: &[usize], title: Range<usize>) -> Option<Named> {
    for &e in holders {
        let name = &roster.entries[e].folded;
        let n = name.chars().count();
        let after: String = text[title.end..].chars().take(n).collect();
        let before: String = {
            let mut b: Vec<char> = text[..title.start].chars().rev().take(n).collect();
            b.reverse();
            b.into_iter().collect()
        };
        for (written, at) in [
            (after.as_str(), title.end),
            (before.as_str(), title.start - before.len()),
        ] {
            if one_off(written, name) && !roster.names.iter().any(|(n, _)| n == written) {
                let range = at..at + written.len();
                return Some(Named {
                    range: title.start.min(at)..title.end.max(range.end),
                    name: range,
                    title: Some(title),
                    reading: Reading::NearName(e),
                });
            }
        }
    }
    None
}

/// Whether `written` is `name` with one character changed, and still reads
/// as a name: all Han, and a two-character name keeps its surname (加强
/// is not a slip of 王强), a changed surname is a surname.
fn one_off(written: &str, name: &str) -> bool {
    let (w, n): (Vec<char>, Vec<char>) = (written.chars().collect(), name.chars().collect());
    if w.len() != n.len() || w.len() < 2 || !w.iter().all(|&c| crate::text::is_han(c)) {
        return false;
    }
    let diff: Vec<usize> = (0..w.len()).filter(|&i| w[i] != n[i]).collect();
    match diff[..] {
        [0] => w.len() > 2 && SURNAMES.starts(written),
        [_] => true,
        _ => false,
    }
}

/// A name right after a title, from a surname up to a mark or a word that
/// follows names (`AFTER_NAME`): two or three Han characters, or four
/// with a compound surname.
fn name_after(text: &str, roster: &Roster, at: usize) -> Option<Range<usize>> {
    let rest = &text[at..];
    // The end of the first one, two, three and four characters.
    let ends: Vec<usize> = rest
        .char_indices()
        .take(4)
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    for len in 2..=4 {
        let &end = ends.get(len - 1)?;
        let cand = &rest[..end];
        if !cand.chars().all(crate::text::is_han) {
            return None;
        }
        let tail = &rest[end..];
        let edge = AFTER_NAME.iter().any(|w| tail.starts_with(w))
            || tail
                .chars()
                .next()
                .is_none_or(|c| crate::text::is_cjk_punct(c) || c.is_ascii_punctuation());
        if !edge {
            continue;
        }
        // Four characters only with a compound surname (欧阳晓峰).
        let surname = SURNAMES
            .prefix(cand)
            .is_some_and(|(n, ())| len < 4 || n == ends[1]);
        // 局长任组长 names a post, not a person.
        let post = roster.title_words.find_iter(cand).next().is_some();
        return (surname && !post).then_some(at..at + end);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, title: &str, from: Option<&str>, to: Option<&str>) -> Person {
        Person {
            name: name.into(),
            title: title.into(),
            from: from.map(Into::into),
            to: to.map(Into::into),
        }
    }

    fn roster() -> Roster {
        Roster::new(&[
            person("张三", "党组书记、局长", Some("2021.3"), None),
            person("王小明", "副局长", None, Some("2024.6")),
            person("王小明", "县委常委、副县长", Some("2024.7"), None),
            person("欧阳平", "副局长", Some("2022"), None),
        ])
        .expect("people")
    }

    fn readings(text: &str, years: Option<(u32, u32)>) -> Vec<(String, Reading)> {
        read(text, &roster(), |_| years)
            .into_iter()
            .map(|n| (text[n.range.clone()].to_owned(), n.reading))
            .collect()
    }

    #[test]
    fn dates_of_the_list() {
        assert_eq!(month("2021", false), Some((2021, 1)));
        assert_eq!(month("2021", true), Some((2021, 12)));
        assert_eq!(month("2021-03", false), Some((2021, 3)));
        assert_eq!(month("2021.3", false), Some((2021, 3)));
        assert_eq!(month("2021年3月", false), Some((2021, 3)));
        assert_eq!(month("2021/13", false), None);
        assert_eq!(month("去年", false), None);
    }

    #[test]
    fn names_and_titles() {
        let y = Some((2025, 2026));
        assert_eq!(
            readings("局长张三带队调研。", y),
            [("局长张三".into(), Reading::Right(0))]
        );
        assert_eq!(
            readings("张三局长带队调研。", y),
            [("张三局长".into(), Reading::Right(0))]
        );
        assert_eq!(
            readings("党组书记张三主持会议。", y),
            [("党组书记张三".into(), Reading::Right(0))]
        );
        assert!(matches!(
            &readings("副局长张三带队调研。", y)[..],
            [(_, Reading::OtherTitle { .. })]
        ));
        // The title of its years: 王小明 is 副县长 from 2024.7.
        assert_eq!(
            readings("县委常委、副县长王小明出席。", y),
            [("县委常委、副县长王小明".into(), Reading::Right(2))]
        );
        assert!(matches!(
            &readings("副局长王小明出席。", y)[..],
            [(_, Reading::OtherTitle { then, .. })] if then == &[1]
        ));
        assert_eq!(
            readings("副局长王小明出席。", Some((2023, 2024))),
            [("副局长王小明".into(), Reading::Right(1))]
        );
        // A former title, another body's, a name alone: not read.
        assert_eq!(readings("原副局长张三出席。", y), []);
        assert_eq!(readings("张三出席。", y), []);
        assert_eq!(readings("市商务局局长李四出席。", y), []);
    }

    #[test]
    fn another_name_a_near_name_a_doubled_one() {
        let y = Some((2025, 2026));
        assert_eq!(
            readings("局长李四，副局长欧阳平出席。", y),
            [
                ("局长李四".into(), Reading::OtherName(vec![0])),
                ("副局长欧阳平".into(), Reading::Right(3)),
            ]
        );
        assert_eq!(
            readings("局长张山带队。", y),
            [("局长张山".into(), Reading::NearName(0))]
        );
        assert_eq!(
            readings("由欧阳萍副局长牵头。", y),
            [("欧阳萍副局长".into(), Reading::NearName(3))]
        );
        assert_eq!(
            readings("张张三同志。", y),
            [("张张三".into(), Reading::Doubled(0))]
        );
        assert_eq!(
            readings("王小小明同志。", y),
            [("王小小明".into(), Reading::Doubled(1))]
        );
        // Posts, not people; words that only look like a near name.
        assert_eq!(readings("成立由局长任组长的领导小组，局长任组长。", y), []);
        assert_eq!(readings("加强局长负责制。", y), []);
        assert_eq!(readings("局长办公会研究决定。", y), []);
    }
}
