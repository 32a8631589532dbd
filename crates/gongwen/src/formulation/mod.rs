//! Standard formulations (规范表述): the fixed phrases of the party's and
//! the government's documents, found once per check in the folded text.
//!
//! The table (`formulations.json`, every entry with its source document
//! and date) holds phrases and series. A phrase has its standard form and
//! the wrong forms drafters write instead (…理论 for …思想, 三个确立, 坚决做到
//! “两个确立”); a phrase marked `fixed` is a name that admits no change, so a
//! form one character off — missing, extra, changed or two swapped — is
//! also read, anchored at the phrase's first and last characters. A series
//! is a list with fixed members in a fixed order (四个意识: 政治意识、大局意识、
//! 核心意识、看齐意识); written complete in another order it is read too.
//!
//! Quotation marks and the pause mark are not part of a phrase's identity
//! (“两个确立” and 两个确立, 大众创业万众创新 and 大众创业、万众创新 are one
//! phrase): every form is searched as written, without its quotation
//! marks, and with its pause marks dropped or written as commas.

use crate::lexicon::{Index, Lexicon};
use crate::text::is_han;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

/// A source document: `short` names it in messages.
#[derive(Debug, Deserialize)]
pub struct Source {
    pub short: String,
    pub full: String,
    pub date: String,
}

/// A phrase of the table.
#[derive(Debug, Deserialize)]
pub struct Phrase {
    pub standard: String,
    pub source: String,
    /// A name that admits no change: a form one character off is read.
    #[serde(default)]
    pub fixed: bool,
    /// Forms drafters write instead; each is fixed to `standard`.
    #[serde(default)]
    pub wrong: Vec<String>,
    /// The wrong forms are wrong in reports of this year and later (三个自信
    /// became 四个自信 in 2016).
    #[serde(default)]
    pub since: Option<u32>,
    /// Sentences of our own that use the phrase rightly: never reported.
    pub right: Vec<String>,
}

/// A list with fixed members in a fixed order.
#[derive(Debug, Deserialize)]
pub struct Series {
    pub name: String,
    pub source: String,
    pub members: Vec<String>,
    /// Members may stand with a few words between them (必须坚持人民至上，
    /// 必须坚持自信自立…), within one sentence; else only marks between.
    #[serde(default)]
    pub loose: bool,
    pub right: Vec<String>,
}

/// A national leader's name, for slips in it only (a character written
/// twice, a listed wrong character): not a list of officials, which goes
/// stale; the office's own people are its settings'.
#[derive(Debug, Deserialize)]
pub struct Leader {
    pub name: String,
    pub source: String,
    #[serde(default)]
    pub wrong: Vec<String>,
}

impl Leader {
    /// The slips read: each listed wrong form, and the name with its
    /// second character written twice (习近近平). The first is not
    /// doubled: 学习习近平 is right.
    pub fn slips(&self) -> Vec<String> {
        let chars: Vec<char> = self.name.chars().collect();
        let mut out = self.wrong.clone();
        if let [a, b, rest @ ..] = &chars[..] {
            out.push(
                std::iter::once(*a)
                    .chain([*b, *b])
                    .chain(rest.iter().copied())
                    .collect(),
            );
        }
        out
    }
}

#[derive(Debug, Deserialize)]
struct Data {
    sources: BTreeMap<String, Source>,
    phrases: Vec<Phrase>,
    series: Vec<Series>,
    #[serde(default)]
    leaders: Vec<Leader>,
}

static DATA: LazyLock<Data> = LazyLock::new(|| {
    serde_json::from_str(include_str!("formulations.json")).unwrap_or_else(|_| Data {
        sources: BTreeMap::new(),
        phrases: Vec::new(),
        series: Vec::new(),
        leaders: Vec::new(),
    })
});

/// Every phrase of the table.
pub fn phrases() -> &'static [Phrase] {
    &DATA.phrases
}

/// Every series of the table.
pub fn series() -> &'static [Series] {
    &DATA.series
}

/// The leaders' names of the table.
pub fn leaders() -> &'static [Leader] {
    &DATA.leaders
}

/// The short name of a source key, for messages.
pub fn cite(source: &str) -> &'static str {
    DATA.sources.get(source).map_or("", |s| s.short.as_str())
}

/// How a phrase or series was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// The standard form.
    Standard,
    /// A known wrong form.
    Wrong,
    /// One character off a fixed phrase.
    Altered(Edit),
    /// A series complete in another order: the members as written, each
    /// by its index in the series.
    OutOfOrder(Vec<Range<usize>>),
}

/// The one change that turns a fixed phrase into what was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Missing(char),
    Extra(char),
    Changed { written: char, standard: char },
    Swapped(char, char),
}

impl Edit {
    /// The change in words, for messages.
    pub fn describe(&self) -> String {
        match self {
            Edit::Missing(c) => format!("漏了“{c}”"),
            Edit::Extra(c) => format!("多了“{c}”"),
            Edit::Changed { written, standard } => format!("“{standard}”写成了“{written}”"),
            Edit::Swapped(a, b) => format!("“{a}{b}”两字颠倒"),
        }
    }
}

/// What the table is about at one place of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Phrase(usize),
    Series(usize),
    /// A leader's name written with a slip.
    Leader(usize),
}

/// A phrase or a series found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Use {
    pub range: Range<usize>,
    pub entry: Entry,
    pub reading: Reading,
}

impl Use {
    /// The phrase this use is of, if it is one.
    pub fn phrase(&self) -> Option<&'static Phrase> {
        match self.entry {
            Entry::Phrase(i) => DATA.phrases.get(i),
            _ => None,
        }
    }

    /// The series this use is of, if it is one.
    pub fn series(&self) -> Option<&'static Series> {
        match self.entry {
            Entry::Series(i) => DATA.series.get(i),
            _ => None,
        }
    }

    /// The leader whose name this use misspells, if it is one.
    pub fn leader(&self) -> Option<&'static Leader> {
        match self.entry {
            Entry::Leader(i) => DATA.leaders.get(i),
            _ => None,
        }
    }
}

impl Model {
    /// Every use as a mention; `wrong` tells the ranges the formulation
    /// rules reported.
    pub fn mentions(&self, wrong: impl Fn(&Range<usize>) -> bool) -> Vec<crate::finding::Mention> {
        self.uses
            .iter()
            .filter_map(|u| {
                let (standard, source) = match u.entry {
                    Entry::Phrase(i) => {
                        let p = DATA.phrases.get(i)?;
                        (p.standard.clone(), &p.source)
                    }
                    Entry::Series(i) => {
                        let s = DATA.series.get(i)?;
                        (s.members.join("、"), &s.source)
                    }
                    Entry::Leader(_) => return None,
                };
                Some(crate::finding::Mention {
                    range: u.range.clone(),
                    standard,
                    source: cite(source).to_owned(),
                    right: !wrong(&u.range),
                })
            })
            .collect()
    }
}

/// Every use of the table in a text, in order: the model the check builds
/// once and the formulation rules ask.
#[derive(Debug, Default)]
pub struct Model {
    pub uses: Vec<Use>,
}

/// What a form in the automaton stands for.
#[derive(Debug, Clone, Copy)]
enum Form {
    Standard(usize),
    Wrong(usize),
    Leader(usize),
}

/// The forms a table string is searched in: as written, without quotation
/// marks, with its pause marks dropped or written as commas.
fn forms(s: &str) -> Vec<String> {
    let transforms: [fn(&str) -> String; 3] = [
        |s| s.chars().filter(|c| !QUOTES.contains(c)).collect(),
        |s| s.replace('、', ""),
        |s| s.replace('、', "，"),
    ];
    let mut out = vec![s.to_owned()];
    for t in transforms {
        let more: Vec<String> = out.iter().map(|f| t(f)).collect();
        out.extend(more);
    }
    out.sort_unstable();
    out.dedup();
    out
}

const QUOTES: [char; 4] = ['“', '”', '‘', '’'];

/// Marks that may stand between the characters of a phrase as written
/// without changing it.
fn is_soft(c: char) -> bool {
    QUOTES.contains(&c) || matches!(c, '、' | '，' | ',' | ' ' | '\u{3000}' | '"')
}

/// Every form of the table, with what it stands for, and their automaton.
struct Forms {
    words: Vec<(String, Form)>,
    lexicon: Lexicon<usize>,
}

static FORMS: LazyLock<Forms> = LazyLock::new(|| {
    let mut readings: Vec<Form> = Vec::new();
    let mut all: Vec<(String, usize)> = Vec::new();
    for (i, p) in DATA.phrases.iter().enumerate() {
        let wrong = p.wrong.iter().map(|w| (w, Form::Wrong(i)));
        for (s, form) in std::iter::once((&p.standard, Form::Standard(i))).chain(wrong) {
            readings.push(form);
            all.extend(forms(s).into_iter().map(|f| (f, readings.len() - 1)));
        }
    }
    for (i, l) in DATA.leaders.iter().enumerate() {
        for slip in l.slips() {
            readings.push(Form::Leader(i));
            all.push((slip, readings.len() - 1));
        }
    }
    // A form written twice keeps its first reading.
    let words: Vec<(String, Form)> = grouped(all)
        .into_iter()
        .map(|(w, g)| (w, readings[g[0]]))
        .collect();
    let lexicon = Lexicon::new(words.iter().enumerate().map(|(k, (w, _))| (w.as_str(), k)));
    Forms { words, lexicon }
});

/// Pairs gathered by key, in key order, values ascending.
fn grouped(mut pairs: Vec<(String, usize)>) -> Vec<(String, Vec<usize>)> {
    pairs.sort_unstable();
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    for (k, v) in pairs {
        match out.last_mut() {
            Some((last, values)) if *last == k => values.push(v),
            _ => out.push((k, vec![v])),
        }
    }
    out
}

/// The Han characters of a fixed phrase.
fn han(s: &str) -> Vec<char> {
    s.chars().filter(|&c| is_han(c)).collect()
}

/// The fixed phrases by their first and by their last three Han
/// characters: where one of those stands, the phrase may stand altered.
struct Anchors {
    heads: Lexicon<usize>,
    tails: Lexicon<usize>,
    /// Per anchor, the phrases it opens or closes.
    groups: Vec<Vec<usize>>,
    chars: Vec<Vec<char>>,
    /// Each phrase's characters last to first, for reading back from a tail.
    reversed: Vec<Vec<char>>,
}

const ANCHOR: usize = 3;

/// The shortest fixed phrase, in Han characters: a shorter one leaves too
/// little between its anchors to tell a slip from another phrase
/// (现代化产业体系 and 现代文化产业体系).
const SHORTEST_FIXED: usize = 8;

static ANCHORS: LazyLock<Anchors> = LazyLock::new(|| {
    let chars: Vec<Vec<char>> = DATA.phrases.iter().map(|p| han(&p.standard)).collect();
    let mut heads: Vec<(String, usize)> = Vec::new();
    let mut tails: Vec<(String, usize)> = Vec::new();
    for (i, p) in DATA.phrases.iter().enumerate() {
        let c = &chars[i];
        if !p.fixed || c.len() < SHORTEST_FIXED {
            continue;
        }
        heads.push((c[..ANCHOR].iter().collect(), i));
        tails.push((c[c.len() - ANCHOR..].iter().collect(), i));
    }
    let mut groups = Vec::new();
    let mut lexicon = |pairs: Vec<(String, usize)>| {
        let words: Vec<(String, usize)> = grouped(pairs)
            .into_iter()
            .map(|(w, g)| {
                groups.push(g);
                (w, groups.len() - 1)
            })
            .collect();
        Lexicon::new(words.iter().map(|(w, k)| (w.as_str(), *k)))
    };
    let heads = lexicon(heads);
    let tails = lexicon(tails);
    let reversed = chars
        .iter()
        .map(|c| c.iter().rev().copied().collect())
        .collect();
    Anchors {
        heads,
        tails,
        groups,
        chars,
        reversed,
    }
});

/// The members of every series, each with the series and places it holds.
struct Members {
    /// Per member word, the series and places it holds.
    groups: Vec<Vec<(usize, usize)>>,
    lexicon: Lexicon<usize>,
}

static MEMBERS: LazyLock<Members> = LazyLock::new(|| {
    let mut places: Vec<(usize, usize)> = Vec::new();
    let mut by_word: Vec<(String, usize)> = Vec::new();
    for (s, series) in DATA.series.iter().enumerate() {
        for (k, m) in series.members.iter().enumerate() {
            places.push((s, k));
            by_word.extend(forms(m).into_iter().map(|f| (f, places.len() - 1)));
        }
    }
    let mut groups = Vec::new();
    let words: Vec<(String, usize)> = grouped(by_word)
        .into_iter()
        .map(|(w, g)| {
            groups.push(g.into_iter().map(|p| places[p]).collect());
            (w, groups.len() - 1)
        })
        .collect();
    let lexicon = Lexicon::new(words.iter().map(|(w, k)| (w.as_str(), *k)));
    Members { groups, lexicon }
});

/// The four tables the walk of the text ([`crate::walk`]) searches for
/// this model, in the order [`Model::new`] reads their matches: the
/// forms, the fixed phrases' heads and tails, the series' members.
pub fn tables() -> [&'static Index; 4] {
    [
        FORMS.lexicon.index(),
        ANCHORS.heads.index(),
        ANCHORS.tails.index(),
        MEMBERS.lexicon.index(),
    ]
}

impl Model {
    /// Reads `text` (folded) from the matches of [`tables`] a walk of it
    /// found, table by table (patterns, in order).
    pub fn new(text: &str, found: Vec<Vec<(Range<usize>, usize)>>) -> Model {
        let words = &FORMS.words;
        let mut found = found.into_iter();
        let mut next = |table: &Lexicon<usize>| -> Vec<(Range<usize>, usize)> {
            let matches = found.next().unwrap_or_default();
            matches
                .into_iter()
                .map(|(r, pattern)| (r, table.value(pattern)))
                .collect()
        };
        let (forms, heads, tails, members) = (
            next(&FORMS.lexicon),
            next(&ANCHORS.heads),
            next(&ANCHORS.tails),
            next(&MEMBERS.lexicon),
        );
        let mut uses: Vec<Use> = forms
            .into_iter()
            .map(|(range, k)| match words[k].1 {
                Form::Standard(i) => Use {
                    range,
                    entry: Entry::Phrase(i),
                    reading: Reading::Standard,
                },
                Form::Wrong(i) => Use {
                    range,
                    entry: Entry::Phrase(i),
                    reading: Reading::Wrong,
                },
                Form::Leader(i) => Use {
                    range,
                    entry: Entry::Leader(i),
                    reading: Reading::Wrong,
                },
            })
            .collect();
        let altered = altered(text, &uses, &heads, &tails);
        uses.extend(altered);
        uses.extend(out_of_order(text, &members));
        uses.sort_by_key(|u| (u.range.start, u.range.end));
        Model { uses }
    }
}

/// The Han characters from `at` on (or, backwards, before `at`), with
/// their byte ranges, across soft marks only, at most `most` of them.
fn han_run(text: &str, at: usize, most: usize, backwards: bool) -> Vec<(char, Range<usize>)> {
    let mut out = Vec::new();
    let mut push = |i: usize, c: char| {
        if is_han(c) {
            out.push((c, i..i + c.len_utf8()));
            Some(out.len() < most)
        } else if is_soft(c) {
            Some(true)
        } else {
            None
        }
    };
    if backwards {
        for (i, c) in text[..at].char_indices().rev() {
            if push(i, c) != Some(true) {
                break;
            }
        }
    } else {
        for (i, c) in text[at..].char_indices() {
            if push(at + i, c) != Some(true) {
                break;
            }
        }
    }
    out
}

/// Words a drafter may add, drop or exchange without changing a phrase
/// (稳中求进的工作总基调; 数字经济与实体经济).
fn is_light(edit: &Edit) -> bool {
    const PARTICLES: [char; 3] = ['的', '之', '地'];
    const JOINS: [char; 4] = ['和', '与', '及', '同'];
    match *edit {
        Edit::Missing(c) | Edit::Extra(c) => PARTICLES.contains(&c),
        Edit::Changed { written, standard } => {
            JOINS.contains(&written) && JOINS.contains(&standard)
        }
        Edit::Swapped(..) => false,
    }
}

/// The one edit that makes `p` into the first `m` characters of `t`, the
/// first two and the last two characters of both agreeing; tried for `m`
/// equal to, one more and one less than `p`'s length.
fn one_edit(p: &[char], t: &[char]) -> Option<(Edit, usize)> {
    let n = p.len();
    let anchored = |w: &[char]| w.len() >= 4 && w[..2] == p[..2] && w[w.len() - 2..] == p[n - 2..];
    // Same length: one changed character or two neighbours swapped.
    if t.len() >= n && anchored(&t[..n]) {
        let diff: Vec<usize> = (0..n).filter(|&i| p[i] != t[i]).collect();
        match diff[..] {
            [i] => {
                return Some((
                    Edit::Changed {
                        written: t[i],
                        standard: p[i],
                    },
                    n,
                ))
            }
            [i, j] if j == i + 1 && p[i] == t[j] && p[j] == t[i] => {
                return Some((Edit::Swapped(t[i], t[j]), n))
            }
            _ => {}
        }
    }
    let first_diff = |a: &[char], b: &[char]| a.iter().zip(b).take_while(|(x, y)| x == y).count();
    // One character more.
    if t.len() > n && anchored(&t[..=n]) {
        let i = first_diff(p, t);
        if i < n && t[i + 1..=n] == p[i..] {
            return Some((Edit::Extra(t[i]), n + 1));
        }
    }
    // One character less.
    if t.len() >= n - 1 && anchored(&t[..n - 1]) {
        let i = first_diff(p, t);
        if i < n - 1 && t[i..n - 1] == p[i + 1..] {
            return Some((Edit::Missing(p[i]), n - 1));
        }
    }
    None
}

/// Fixed phrases written one character off, where no form of the table
/// stands already.
fn altered(
    text: &str,
    found: &[Use],
    heads: &[(Range<usize>, usize)],
    tails: &[(Range<usize>, usize)],
) -> Vec<Use> {
    let anchors = &*ANCHORS;
    // A form of the table over the place, or across its edge, tells
    // what stands there; one wholly inside it (the standard 全面建设社会主义
    // 现代化国家 inside an altered longer phrase) does not.
    let covered = |r: &Range<usize>| {
        found.iter().any(|u| {
            let inside = u.range != *r && r.start <= u.range.start && u.range.end <= r.end;
            u.range.start < r.end && r.start < u.range.end && !inside
        })
    };
    let mut out: Vec<Use> = Vec::new();
    let mut consider = |range: Range<usize>, i: usize, edit: Edit| {
        if is_light(&edit) || covered(&range) || out.iter().any(|u| u.range == range) {
            return;
        }
        out.push(Use {
            range,
            entry: Entry::Phrase(i),
            reading: Reading::Altered(edit),
        });
    };
    // The run after an anchor is read once, for the longest phrase the
    // anchor opens; each phrase compares its own first characters of it.
    let longest = |g: usize| {
        anchors.groups[g]
            .iter()
            .map(|&i| anchors.chars[i].len())
            .max()
            .unwrap_or(0)
    };
    for (r, g) in heads {
        let run = han_run(text, r.start, longest(*g) + 1, false);
        let read: Vec<char> = run.iter().map(|(c, _)| *c).collect();
        for &i in &anchors.groups[*g] {
            let p = &anchors.chars[i];
            let t = &read[..read.len().min(p.len() + 1)];
            if let Some((edit, m)) = one_edit(p, t) {
                consider(run[0].1.start..run[m - 1].1.end, i, edit);
            }
        }
    }
    for (r, g) in tails {
        let run = han_run(text, r.end, longest(*g) + 1, true);
        let read: Vec<char> = run.iter().map(|(c, _)| *c).collect();
        for &i in &anchors.groups[*g] {
            let p = &anchors.reversed[i];
            let t = &read[..read.len().min(p.len() + 1)];
            if let Some((edit, m)) = one_edit(p, t) {
                let edit = match edit {
                    Edit::Swapped(a, b) => Edit::Swapped(b, a),
                    e => e,
                };
                consider(run[m - 1].1.start..run[0].1.end, i, edit);
            }
        }
    }
    // One slip read in a longer phrase and in a shorter one inside it is
    // the longer one's.
    let all = out.clone();
    out.retain(|u| {
        !all.iter().any(|o| {
            o.range != u.range && o.range.start <= u.range.start && u.range.end <= o.range.end
        })
    });
    out
}

/// Whether the text between two members of a series keeps them one list.
fn joins(gap: &str, loose: bool) -> bool {
    // Cheapest test first: a gap of more bytes than the most characters
    // take (four each) is too long, however far back the last member is.
    let most = if loose { 12 } else { 3 };
    if gap.len() > 4 * most {
        return false;
    }
    if loose {
        gap.chars().count() <= 12
            && !gap
                .chars()
                .any(|c| crate::layout::GROUP_ENDS.contains(&c) || c == '\n')
    } else {
        gap.chars().count() <= 3
            && gap
                .chars()
                .all(|c| is_soft(c) || matches!(c, '和' | '与' | '及' | '、'))
    }
}

/// Series written complete in another order than theirs, from the
/// members found (each with its group of series and places).
fn out_of_order(text: &str, hits: &[(Range<usize>, usize)]) -> Vec<Use> {
    let groups = &MEMBERS.groups;
    // Each series' members in text order, cut into runs as they come.
    let mut runs: Vec<Vec<(Range<usize>, usize)>> = vec![Vec::new(); DATA.series.len()];
    let mut out = Vec::new();
    for (r, g) in hits {
        for &(s, k) in &groups[*g] {
            let run = &mut runs[s];
            if let Some((last, _)) = run.last() {
                if !joins(&text[last.end..r.start], DATA.series[s].loose) {
                    close(s, run, &mut out);
                }
            }
            run.push((r.clone(), k));
        }
    }
    for (s, run) in runs.iter_mut().enumerate() {
        close(s, run, &mut out);
    }
    out
}

/// Ends a run of series `s`: reads it when it is complete and out of
/// order, and empties it.
fn close(s: usize, run: &mut Vec<(Range<usize>, usize)>, out: &mut Vec<Use>) {
    let n = DATA.series[s].members.len();
    let mut seen = vec![false; n];
    let complete = run.len() == n
        && run
            .iter()
            .all(|(_, k)| !std::mem::replace(&mut seen[*k], true));
    if complete && run.windows(2).any(|w| w[0].1 > w[1].1) {
        let mut members = vec![0..0; n];
        for (r, k) in run.iter() {
            members[*k] = r.clone();
        }
        out.push(Use {
            range: run[0].0.start..run[n - 1].0.end,
            entry: Entry::Series(s),
            reading: Reading::OutOfOrder(members),
        });
    }
    run.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::fold::fold;

    /// The data file is whole: it parses, holds at least 150 entries, every
    /// entry names a known source and has a sentence of right use, tables
    /// are simplified, no wrong form is a form of its standard.
    #[test]
    fn the_table_is_well_formed() {
        assert!(
            DATA.phrases.len() + DATA.series.len() >= 150,
            "{} + {}",
            DATA.phrases.len(),
            DATA.series.len()
        );
        for p in &DATA.phrases {
            assert!(DATA.sources.contains_key(&p.source), "{}", p.standard);
            assert!(!p.right.is_empty(), "{}", p.standard);
            assert_eq!(fold(&p.standard), p.standard);
            assert!(
                !p.fixed || han(&p.standard).len() >= SHORTEST_FIXED,
                "{} is too short to be read altered",
                p.standard
            );
            for w in &p.wrong {
                assert_eq!(fold(w), *w);
                assert!(!forms(&p.standard).contains(w), "{w}");
            }
        }
        for s in &DATA.series {
            assert!(DATA.sources.contains_key(&s.source), "{}", s.name);
            assert!(!s.right.is_empty() && s.members.len() >= 2, "{}", s.name);
        }
        for s in DATA.sources.values() {
            assert!(!s.full.is_empty() && s.date.len() == 10, "{}", s.short);
        }
    }

    #[test]
    fn one_edit_reads_each_change_anchored_at_both_ends() {
        let p: Vec<char> = "总体国家安全观".chars().collect();
        let t = |s: &str| one_edit(&p, &s.chars().collect::<Vec<_>>());
        assert_eq!(t("总体国家安全观"), None, "the phrase itself is no edit");
        assert_eq!(t("总体家国安全观"), Some((Edit::Swapped('家', '国'), 7)));
        assert_eq!(t("总体国安全观"), Some((Edit::Missing('家'), 6)));
        assert_eq!(t("总体国家的安全观"), Some((Edit::Extra('的'), 8)));
        assert_eq!(
            t("总体国象安全观"),
            Some((
                Edit::Changed {
                    written: '象',
                    standard: '家'
                },
                7
            ))
        );
        // The ends are anchors: a change there is another phrase.
        assert_eq!(t("总体国家安全感"), None);
        assert_eq!(t("整体国家安全观"), None);
    }

    #[test]
    fn forms_drop_quotes_and_pause_marks() {
        let f = forms("“千村示范、万村整治”");
        assert!(f.contains(&"千村示范万村整治".to_owned()), "{f:?}");
        assert!(f.contains(&"千村示范，万村整治".to_owned()), "{f:?}");
    }
}
