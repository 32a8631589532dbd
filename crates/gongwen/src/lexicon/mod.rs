//! Word tables and how they are searched.
//!
//! Every table is written once, in simplified characters: the text is
//! folded first ([`fold`]), so traditional drafts match the same entries. A
//! table is searched with one Aho-Corasick automaton, leftmost-longest: at
//! a position the longest entry wins, and matches never overlap — no table
//! keeps a hand-made "longest first" order.

pub mod acronyms;
pub mod fold;
pub mod pinyin;
pub mod words;
pub mod wrong_forms;

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};
use std::ops::Range;

/// A table of words, each with a value, searched in one pass.
#[derive(Debug)]
pub struct Lexicon<T: 'static> {
    index: Index,
    values: Vec<T>,
}

/// What a table knows of its words, whatever their values: built by one
/// function for every table, so the web app holds it once. Several
/// tables' indexes are walked together by [`Together`].
#[derive(Debug)]
pub struct Index {
    forward: AhoCorasick,
    /// The same words reversed byte by byte, for "which word ends here".
    backward: AhoCorasick,
    longest: usize,
    /// The first and the last character of every word, sorted: `prefix`
    /// and `suffix` answer most positions from them without running an
    /// automaton.
    firsts: Vec<char>,
    lasts: Vec<char>,
    /// `firsts` of the basic plane as a bit set: one load per character.
    first_bits: Vec<u64>,
    /// The first two characters of every word of two or more, sorted, and
    /// the words of one character: `scan` runs the automaton only where
    /// a word's first two characters stand (a common first character
    /// alone — 中, 全, 人 — passes almost everywhere in Chinese text).
    pairs: Vec<(char, char)>,
    singles: Vec<char>,
}

impl Index {
    /// The longest word at the start of `hay`: its length and pattern.
    fn anchored(&self, hay: &str) -> Option<(usize, usize)> {
        let input = Input::new(hay).anchored(Anchored::Yes);
        self.forward
            .find(input)
            .map(|m| (m.end(), m.pattern().as_usize()))
    }

    #[inline(never)]
    fn new(words: &[&str]) -> Index {
        let reversed: Vec<Vec<u8>> = words.iter().map(|w| w.bytes().rev().collect()).collect();
        let ends = |end: fn(&str) -> Option<char>| {
            let mut v: Vec<char> = words.iter().filter_map(|w| end(w)).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let firsts = ends(|w| w.chars().next());
        let mut first_bits = vec![0u64; 0x10000 / 64];
        for &c in firsts.iter().filter(|&&c| (c as u32) < 0x10000) {
            first_bits[c as usize / 64] |= 1 << (c as usize % 64);
        }
        let mut pairs: Vec<(char, char)> = Vec::new();
        let mut singles: Vec<char> = Vec::new();
        for w in words {
            let mut chars = w.chars();
            match (chars.next(), chars.next()) {
                (Some(a), Some(b)) => pairs.push((a, b)),
                (Some(a), None) => singles.push(a),
                _ => {}
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        singles.sort_unstable();
        singles.dedup();
        Index {
            pairs,
            singles,
            first_bits,
            firsts,
            lasts: ends(|w| w.chars().next_back()),
            forward: automaton(words),
            backward: automaton(&reversed),
            longest: words.iter().map(|w| w.len()).max().unwrap_or(0),
        }
    }
}

impl<T: Copy + 'static> Lexicon<T> {
    /// Builds the automata. Empty words are ignored.
    pub fn new<'w>(entries: impl IntoIterator<Item = (&'w str, T)>) -> Self {
        let (words, values): (Vec<&str>, Vec<T>) =
            entries.into_iter().filter(|(w, _)| !w.is_empty()).unzip();
        Lexicon {
            index: Index::new(&words),
            values,
        }
    }

    /// Every match in `hay`, leftmost-longest, never overlapping.
    pub fn find_iter<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = (Range<usize>, T)> + 'h {
        self.index
            .forward
            .find_iter(hay)
            .map(|m| (m.range(), self.values[m.pattern().as_usize()]))
    }

    /// Whether any word occurs in `hay`.
    pub fn is_match(&self, hay: &str) -> bool {
        self.index.forward.is_match(hay)
    }

    /// The longest word that `hay` starts with: its length and value.
    pub fn prefix(&self, hay: &str) -> Option<(usize, T)> {
        let first = hay.chars().next()?;
        if !self.may_start(first) {
            return None;
        }
        self.anchored(hay)
    }

    /// The longest word at the start of `hay`, by the automaton.
    fn anchored(&self, hay: &str) -> Option<(usize, T)> {
        self.index
            .anchored(hay)
            .map(|(len, pattern)| (len, self.values[pattern]))
    }

    /// What the table knows of its words, for a [`Together`] walk.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The value of the word a [`Together`] walk found as `pattern`.
    pub fn value(&self, pattern: usize) -> T {
        self.values[pattern]
    }

    /// Whether some word starts with `c`.
    fn may_start(&self, c: char) -> bool {
        match self.index.first_bits.get(c as usize / 64) {
            Some(bits) => bits & (1 << (c as usize % 64)) != 0,
            None => self.index.firsts.binary_search(&c).is_ok(),
        }
    }

    /// The same matches as `find_iter`, found by testing each character
    /// against the words' first characters, then with the next one against
    /// their first two, and running the automaton only where a word may
    /// start. For a large table whose words start with
    /// common letters no prefilter helps with: there this walk costs about
    /// half of the automaton's over every byte.
    pub fn scan<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = (Range<usize>, T)> + 'h {
        let mut chars = hay.char_indices();
        let mut free = 0;
        std::iter::from_fn(move || {
            for (at, c) in chars.by_ref() {
                if at < free || !self.may_start(c) {
                    continue;
                }
                let next = hay[at + c.len_utf8()..].chars().next();
                if self.index.singles.binary_search(&c).is_err()
                    && next.is_none_or(|n| self.index.pairs.binary_search(&(c, n)).is_err())
                {
                    continue;
                }
                if let Some((len, value)) = self.anchored(&hay[at..]) {
                    free = at + len;
                    return Some((at..free, value));
                }
            }
            None
        })
    }

    /// The longest word that `hay` ends with: its length and value.
    pub fn suffix(&self, hay: &str) -> Option<(usize, T)> {
        let last = hay.chars().next_back()?;
        self.index.lasts.binary_search(&last).ok()?;
        let tail = &hay.as_bytes()[hay.len().saturating_sub(self.index.longest)..];
        // The tables' words are short: reversed on the stack.
        let mut buf = [0u8; 64];
        let reversed_heap: Vec<u8>;
        let reversed: &[u8] = if tail.len() <= buf.len() {
            let buf = &mut buf[..tail.len()];
            for (b, &t) in buf.iter_mut().zip(tail.iter().rev()) {
                *b = t;
            }
            buf
        } else {
            reversed_heap = tail.iter().rev().copied().collect();
            &reversed_heap
        };
        let input = Input::new(reversed).anchored(Anchored::Yes);
        self.index
            .backward
            .find(input)
            .map(|m| (m.end(), self.values[m.pattern().as_usize()]))
    }

    /// The last match in `hay` (of the leftmost-longest matches).
    pub fn last(&self, hay: &str) -> Option<(Range<usize>, T)> {
        self.find_iter(hay).last()
    }
}

/// A table of words without values.
pub type WordSet = Lexicon<()>;

/// Several tables searched in one walk of the text, each with its own
/// leftmost-longest matches (a match in one table does not hide one in
/// another): each character is tested once against the first two
/// characters of every table's words, and a table's automaton runs only
/// where one of its words may start. The tables' values may differ in
/// type: the walk answers with patterns, [`Lexicon::value`] with values.
#[derive(Debug)]
pub struct Together {
    tables: Vec<&'static Index>,
    /// Per character of the basic plane, 1 + its place in `firsts`, or 0
    /// when no word starts with it: one load per character of the text
    /// (others are looked up in `firsts`).
    slots: Vec<u16>,
    /// Per first character, sorted: the tables with a word of that one
    /// character, and where its second characters lie in `seconds`.
    firsts: Vec<(char, u64, Range<usize>)>,
    /// Per first character's range, sorted by second character: the
    /// tables with a word that starts with those two.
    seconds: Vec<(char, u64)>,
}

impl Together {
    /// At most 64 tables.
    pub fn new(tables: Vec<&'static Index>) -> Self {
        let mut slots = vec![0u16; 0x10000];
        // (first, second or none for a word of one character, tables).
        let mut starts: Vec<(char, Option<char>, u64)> = Vec::new();
        for (k, t) in tables.iter().enumerate() {
            starts.extend(t.pairs.iter().map(|&(a, b)| (a, Some(b), 1 << k)));
            starts.extend(t.singles.iter().map(|&a| (a, None, 1 << k)));
        }
        starts.sort_unstable();
        let mut firsts: Vec<(char, u64, Range<usize>)> = Vec::new();
        let mut seconds: Vec<(char, u64)> = Vec::new();
        for (a, b, mask) in starts {
            if firsts.last().is_none_or(|f| f.0 != a) {
                firsts.push((a, 0, seconds.len()..seconds.len()));
                if let (Some(slot), Ok(n)) =
                    (slots.get_mut(a as usize), u16::try_from(firsts.len()))
                {
                    *slot = n;
                }
            }
            let Some(first) = firsts.last_mut() else {
                continue;
            };
            match b {
                None => first.1 |= mask,
                Some(b) => match seconds[first.2.clone()].iter_mut().find(|(c, _)| *c == b) {
                    Some(second) => second.1 |= mask,
                    None => {
                        seconds.push((b, mask));
                        first.2.end = seconds.len();
                    }
                },
            }
        }
        Together {
            tables,
            slots,
            firsts,
            seconds,
        }
    }

    /// The tables with a word that may start at `c` followed by `next`.
    fn mask(&self, c: char, next: Option<char>) -> u64 {
        let i = match self.slots.get(c as usize) {
            Some(0) => return 0,
            Some(&n) => usize::from(n) - 1,
            None => match self.firsts.binary_search_by_key(&c, |f| f.0) {
                Ok(i) => i,
                Err(_) => return 0,
            },
        };
        let (_, single, range) = &self.firsts[i];
        let two = next.map_or(0, |n| {
            self.seconds[range.clone()]
                .iter()
                .find(|(b, _)| *b == n)
                .map_or(0, |(_, m)| *m)
        });
        single | two
    }

    /// Each table's matches in `hay` with their patterns, in the order of
    /// the tables.
    pub fn scan(&self, hay: &str) -> Vec<Vec<(Range<usize>, usize)>> {
        let mut out: Vec<Vec<(Range<usize>, usize)>> =
            self.tables.iter().map(|_| Vec::new()).collect();
        let mut free = vec![0usize; self.tables.len()];
        let mut chars = hay.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let mut mask = self.mask(c, chars.peek().map(|&(_, n)| n));
            while mask != 0 {
                let k = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                if at < free[k] {
                    continue;
                }
                if let Some((len, pattern)) = self.tables[k].anchored(&hay[at..]) {
                    free[k] = at + len;
                    out[k].push((at..at + len, pattern));
                }
            }
        }
        out
    }
}

impl WordSet {
    pub fn words<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        Lexicon::new(words.into_iter().map(|w| (w, ())))
    }

    pub fn starts(&self, hay: &str) -> bool {
        self.prefix(hay).is_some()
    }

    pub fn ends(&self, hay: &str) -> bool {
        self.suffix(hay).is_some()
    }

    /// Whether `hay` is one to `most` words of the set one after another,
    /// and nothing else: “，比上年” between two figures, “、达到”.
    pub fn spans(&self, hay: &str, most: usize) -> bool {
        let mut rest = hay;
        for _ in 0..most {
            let Some((n, ())) = self.prefix(rest) else {
                return false;
            };
            rest = &rest[n..];
            if rest.is_empty() {
                return true;
            }
        }
        false
    }
}

fn automaton<P: AsRef<[u8]>>(patterns: &[P]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        // The tables are small: a contiguous NFA searches them fast enough,
        // and naming the kind lets the DFA builder drop out of the web app.
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(patterns)
        // The tables are compiled in and small: building cannot exceed the
        // automaton's limits, and the tests build every one of them.
        .expect("word tables build")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_wins_without_ordering_the_table() {
        let lex = Lexicon::new([("三季度", 3), ("前三季度", 9), ("季度", 1)]);
        let found: Vec<_> = lex.find_iter("前三季度和四季度").collect();
        assert_eq!(found, [(0..12, 9), (18..24, 1)]);
        assert_eq!(lex.prefix("前三季度末"), Some((12, 9)));
        assert_eq!(lex.prefix("全年"), None);
        assert_eq!(lex.suffix("截至前三季度"), Some((12, 9)));
        assert_eq!(lex.suffix("三季度末"), None);
        let scanned: Vec<_> = lex.scan("前三季度和四季度").collect();
        assert_eq!(scanned, found);
    }

    #[test]
    fn word_sets_answer_starts_ends_and_contains() {
        let set = WordSet::words(["增长", "同比增长"]);
        assert!(set.starts("同比增长5%") && set.ends("产值同比增长"));
        assert!(set.is_match("产值增长较快") && !set.is_match("产值下降"));
        assert_eq!(set.suffix("同比增长"), Some((12, ())));
    }
}
