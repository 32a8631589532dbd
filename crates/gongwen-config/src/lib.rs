//! The settings file of 公文体检, `gongwen.toml`: read, checked and written
//! back in one place, for the CLI (which finds the file) and the app (which
//! imports and exports it). No IO: text comes in, [`Settings`] go out.
//!
//! ```toml
//! genre = "annual"          # auto, or one of the engine's genres.json
//! year = 2024               # the year the report sums up
//! placeholder_words = ["请在此处输入"]
//! junk_phrases = ["青溪范文网"]
//!
//! [rules]
//! broken-paragraph = "off"  # off | info | warning | error
//! stale-term = "error"
//!
//! [[words]]                 # house style, reported by `house-style`
//! wrong = "营商坏境"
//! right = "营商环境"        # optional: a safe fix
//! note = "常见笔误"         # optional
//!
//! [[people]]                # the office's people, read by person-title
//! name = "张三"             # and person-name; one title over one period
//! title = "党组书记、局长"
//! from = "2021-03"          # optional: 2021, "2021-03", "2021.3"
//! to = "2024-06"            # optional: still in post without it
//!
//! [ledger]                  # the statistics table's columns, when its
//! value = "1-11月累计"      # headers are not the usual ones (name, value,
//!                           # unit, growth, period, key)
//!
//! [layout]                  # a Word file's layout (版式); every key
//! check = "auto"            # optional: auto (a file set partly as a 公文),
//!                           # always, never
//! margins_mm = [37, 35, 28, 26]   # top, bottom, left, right
//! tolerance_mm = 1
//! line_pt = [28, 29]        # exact line spacing allowed, from and to
//! title_fonts = ["小标宋"]  # a font is right when its name holds one
//! title_size_pt = 22
//! body_fonts = ["仿宋"]
//! body_size_pt = 16
//! heading_fonts = [["黑体"], ["楷体"]]
//! paper_mm = [210, 297]
//!
//! [[aliases]]               # the office's own names for a metric
//! name = "规模以上工业增加值"
//! also = ["工业增加值"]
//!
//! [[patterns]]              # house style as regular expressions
//! pattern = "进一步加大(.{0,4})力度"
//! message = "改为“加大……力度”"
//! replace = "加大${1}力度"  # optional: a safe fix
//!
//! [[ignore]]                # a finding the office accepts
//! rule = "doubled-word"
//! text = "完成完成"
//! before = "全年"           # optional context around it
//! ```
//!
//! Anything wrong is a [`ConfigError`] naming the line and what is wrong,
//! in Chinese: a bad pattern, an unknown rule or genre, a level or year
//! that is not one.

use gongwen::outline::Genre;
use gongwen::typeset::Standard;
use gongwen::{
    Config, Finding, HouseWord, LedgerColumns, Person, Prepared, RuleConfig, Severity, StylePattern,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;
use toml::Spanned;

/// What one document or one call adds to the office's settings: the CLI's
/// flags, the JS module's options, the genre picked in the app and the
/// headings of the Word file a draft came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Replaces the settings' genre: `Some(None)` detects it (`auto`),
    /// `None` keeps the settings' choice.
    pub genre: Option<Option<Genre>>,
    /// Rules turned off (names checked by the caller).
    pub disable: Vec<String>,
    pub placeholder_words: Vec<String>,
    pub junk_phrases: Vec<String>,
    /// The document's heading paragraphs, by their text.
    pub heading_texts: Vec<String>,
    /// People added to the settings' list.
    pub people: Vec<Person>,
    /// The statistics table to check the figures against.
    pub ledger: Option<gongwen::Ledger>,
    /// The Word file's typesetting, when the draft is one.
    pub word_format: Option<gongwen::typeset::WordFormat>,
}

/// The config prepared last, kept: an editor or a module checks many times
/// with one config, and preparing it (word lists, automata, patterns) is
/// done once per change.
#[derive(Debug, Default)]
pub struct Preparer {
    last: Option<std::rc::Rc<Prepared>>,
}

impl Preparer {
    /// `config` prepared, reusing the last one when `config` is the same.
    pub fn prepare(&mut self, config: &Config) -> std::rc::Rc<Prepared> {
        match &self.last {
            Some(p) if p.config() == config => p.clone(),
            _ => {
                let p = std::rc::Rc::new(Prepared::new(config));
                self.last = Some(p.clone());
                p
            }
        }
    }
}

/// The name the CLI looks for, in the current folder and its parents.
pub const FILE_NAME: &str = "gongwen.toml";

/// What a settings file says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// `None`: detect the genre from the title and sections (`auto`).
    pub genre: Option<Genre>,
    /// The year the report sums up (see `gongwen::Config::year`).
    pub year: Option<u32>,
    /// Per-rule levels, by rule name.
    pub rules: BTreeMap<String, Level>,
    pub placeholder_words: Vec<String>,
    pub junk_phrases: Vec<String>,
    pub words: Vec<HouseWord>,
    /// The office's people: who held which title when.
    pub people: Vec<Person>,
    /// The statistics table's columns, when its headers are not the usual
    /// ones.
    pub ledger: LedgerColumns,
    /// The layout standard a Word file is held to (GB/T 9704-2012 unless
    /// the office says otherwise).
    pub layout: Standard,
    /// The office's own names for metrics: each list's first name is the
    /// metric, the others its aliases.
    pub aliases: Vec<Vec<String>>,
    pub patterns: Vec<StylePattern>,
    pub ignore: Vec<Ignore>,
}

/// The house-style words as the app edits them, one a line:
/// `错误写法 → 正确写法 说明` (`->` or `=>` for the arrow; the right form and
/// the note may be left out). Lines without a wrong form are dropped.
pub fn words_from_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<HouseWord> {
    lines
        .into_iter()
        .filter_map(|line| {
            let line = line.trim();
            let (wrong, rest) = ["→", "->", "=>"]
                .iter()
                .find_map(|arrow| line.split_once(arrow))
                .unwrap_or((line, ""));
            let rest = rest.trim();
            let (right, note) = rest
                .split_once(|c: char| c.is_whitespace() || matches!(c, '：' | ':'))
                .unwrap_or((rest, ""));
            let word = HouseWord {
                wrong: wrong.trim().to_owned(),
                right: right.trim().to_owned(),
                note: note.trim().to_owned(),
            };
            (!word.wrong.is_empty()).then_some(word)
        })
        .collect()
}

/// The lines [`words_from_lines`] reads back the same.
pub fn words_to_lines(words: &[HouseWord]) -> Vec<String> {
    words
        .iter()
        .map(|w| match (w.right.is_empty(), w.note.is_empty()) {
            (true, true) => w.wrong.clone(),
            (false, true) => format!("{} → {}", w.wrong, w.right),
            (_, false) => format!("{} → {}：{}", w.wrong, w.right, w.note),
        })
        .collect()
}

/// The office's people as the app edits them, one title a line:
/// `姓名 职务 起止` (`张三 党组书记、局长 2021.3—2024.6`; the period may be
/// left out, or give only its start: `2021.3—`). Parts are split by
/// blanks or a colon. Lines without a name and a title are dropped.
pub fn people_from_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<Person> {
    lines
        .into_iter()
        .filter_map(|line| {
            let mut parts = line
                .split(|c: char| {
                    c.is_whitespace() || matches!(c, '：' | ':' | '（' | '）' | '(' | ')')
                })
                .filter(|p| !p.is_empty());
            let (name, title) = (parts.next()?, parts.next()?);
            let (from, to) = parts.next().map_or((None, None), period);
            Some(Person {
                name: name.to_owned(),
                title: title.to_owned(),
                from,
                to,
            })
        })
        .collect()
}

/// A period as a line gives it: `2021.3—2024.6`, `2021-2024`, `2021.3起`,
/// `2021年3月至2024年6月`, or one date (its start).
fn period(s: &str) -> (Option<String>, Option<String>) {
    let s = s.trim_end_matches(['起', '今']).trim_end_matches("至今");
    let some = |p: &str| (!p.trim().is_empty()).then(|| p.trim().to_owned());
    for sep in ["—", "至", "～", "~", "–"] {
        if let Some((a, b)) = s.split_once(sep) {
            return (some(a), some(b));
        }
    }
    // A hyphen parts a period only where both sides are dates: 2021-2024,
    // 2021-03-2024-06; 2021-03 is one date.
    for (i, _) in s.match_indices('-') {
        let (a, b) = (&s[..i], &s[i + 1..]);
        let month = gongwen::naming::people::month;
        if month(a, false).is_some() && month(b, true).is_some() {
            return (some(a), some(b));
        }
    }
    if s.ends_with('-') {
        return (some(s.trim_end_matches('-')), None);
    }
    (some(s), None)
}

/// The lines [`people_from_lines`] reads back the same.
pub fn people_to_lines(people: &[Person]) -> Vec<String> {
    people
        .iter()
        .map(|p| match (&p.from, &p.to) {
            (None, None) => format!("{} {}", p.name, p.title),
            (from, to) => format!(
                "{} {} {}—{}",
                p.name,
                p.title,
                from.as_deref().unwrap_or_default(),
                to.as_deref().unwrap_or_default()
            ),
        })
        .collect()
}

/// A rule's level: off, or on with this severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Off,
    On(Severity),
}

impl Level {
    pub const NAMES: [&'static str; 4] = ["off", "info", "warning", "error"];

    pub fn name(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::On(s) => s.name(),
        }
    }

    pub fn from_name(name: &str) -> Option<Level> {
        Some(match name {
            "off" => Level::Off,
            "info" => Level::On(Severity::Info),
            "warning" => Level::On(Severity::Warning),
            "error" => Level::On(Severity::Error),
            _ => return None,
        })
    }
}

/// A finding the office has decided to leave: its rule and text, and
/// optionally the text just before and after it. The app's own ignore
/// keys (`IgnoreKey`: six characters each side) are entries of this kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Ignore {
    pub rule: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub before: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub after: String,
}

impl Ignore {
    /// Whether `finding`, found in `text`, is the one this entry means.
    pub fn matches(&self, finding: &Finding, text: &str) -> bool {
        let Range { start, end } = finding.range;
        finding.rule == self.rule
            && text.get(start..end) == Some(self.text.as_str())
            && text.get(..start).is_some_and(|b| b.ends_with(&self.before))
            && text.get(end..).is_some_and(|a| a.starts_with(&self.after))
    }
}

/// Why a settings file cannot be used. `Display` gives the line and the
/// reason (`第 7 行：正则表达式无效：…`); [`ConfigError::in_file`] puts the
/// file's name in front.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// 1-based; `None` when the place is not known.
    pub line: Option<usize>,
    pub message: String,
}

impl ConfigError {
    /// The message with the file's name: `gongwen.toml 第 7 行：…`.
    pub fn in_file(&self, file: &str) -> String {
        match self.line {
            Some(line) => format!("{file} 第 {line} 行：{}", self.message),
            None => format!("{file}：{}", self.message),
        }
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "第 {line} 行：{}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

/// What the TOML reader says, and what a user reads instead. Its messages
/// are `description, expected what` (toml 0.9's parser and serde's
/// derive); a description not listed is quoted as it is.
const DESCRIPTIONS: &[(&str, &str)] = &[
    ("unclosed table", "方括号 [ 没有配对的 ]"),
    ("unclosed array table", "[[ 没有配对的 ]]"),
    ("unclosed array", "数组的方括号 [ 没有配对的 ]"),
    ("unclosed inline table", "花括号 { 没有配对的 }"),
    ("key with no value", "设置项后面缺少等号和值"),
    (
        "missing assignment between key-value pairs",
        "设置项后面缺少等号",
    ),
    ("missing value", "等号后面缺少值"),
    ("missing value for key", "等号后面缺少值"),
    ("string values must be quoted", "文字要用引号括起来"),
    ("missing opening quote", "文字缺少开头的引号"),
    (
        "invalid basic string",
        "双引号里的文字没有结束（缺少后一个引号，或反斜杠没有成对）",
    ),
    ("invalid literal string", "单引号里的文字没有结束"),
    ("invalid string", "引号里的文字写法有误"),
    ("invalid multi-line basic string", "三引号里的文字没有结束"),
    (
        "invalid multi-line literal string",
        "三引号里的文字没有结束",
    ),
    (
        "invalid unquoted key",
        "设置项名称写法有误（中文名称要加引号）",
    ),
    ("invalid key", "设置项名称写法有误"),
    (
        "missing comma between array elements",
        "数组的各项之间缺少逗号",
    ),
    ("duplicate key", "同一个设置项写了两次"),
    ("invalid boolean", "只能写 true 或 false"),
    ("invalid integer number", "数字写法有误"),
    ("invalid float", "数字写法有误"),
    ("unexpected content", "这一行多出了内容"),
    ("unexpected key or value", "这一行多出了内容"),
    ("invalid table", "表名写法有误"),
];

/// What a message names as expected, in a user's words.
const EXPECTED: &[(&str, &str)] = &[
    ("literal string", "用引号括起的文字"),
    ("a string", "用引号括起的文字"),
    ("i64", "整数"),
    ("u32", "整数"),
    ("a sequence", "用 [ ] 括起的数组"),
    ("a boolean", "true 或 false"),
    ("letters, numbers, `-`, `_`", "字母、数字、- 或 _"),
];

/// A TOML reader's message in Chinese (see [`DESCRIPTIONS`]).
fn in_chinese(message: &str) -> String {
    let expected = |what: &str| {
        EXPECTED.iter().find(|(en, _)| *en == what).map_or_else(
            || format!("“{}”", what.replace('`', "")),
            |(_, zh)| (*zh).to_owned(),
        )
    };
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (field, known) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = known.split('`').skip(1).step_by(2).collect();
        return format!("没有“{field}”这个设置项，可用的有：{}", known.join("、"));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return format!("缺少“{}”", rest.trim_end_matches('`'));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, want) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let found = found
            .replace("string ", "文字 ")
            .replace("integer ", "数字 ")
            .replace("floating point ", "数字 ")
            .replace("boolean ", "")
            .replace('`', "");
        return format!("值的类型不对：写的是{found}，应为{}", expected(want));
    }
    let (description, want) = message
        .split_once(", expected ")
        .map_or((message, None), |(d, w)| (d, Some(w)));
    let Some((_, zh)) = DESCRIPTIONS.iter().find(|(en, _)| *en == description) else {
        return format!("（{message}）");
    };
    match want {
        Some(w) => format!("{zh}（应为{}）", expected(w)),
        None => (*zh).to_owned(),
    }
}

/// Reads and checks a settings file.
pub fn parse(text: &str) -> Result<Settings, ConfigError> {
    let raw: Raw = toml::from_str(text).map_err(|e| ConfigError {
        line: e.span().map(|s| line_of(text, s.start)),
        message: format!("设置文件格式有误：{}", in_chinese(e.message().trim())),
    })?;
    let error = |span: Range<usize>, message: String| ConfigError {
        line: Some(line_of(text, span.start)),
        message,
    };
    let genre = match raw.genre {
        None => None,
        Some(g) if g.get_ref() == "auto" => None,
        Some(g) => Some(Genre::from_name(g.get_ref()).ok_or_else(|| {
            let names: Vec<&str> = Genre::all().map(Genre::name).collect();
            error(
                g.span(),
                format!(
                    "报告类型“{}”无效，应为 auto 或 {}",
                    g.get_ref(),
                    names.join("、")
                ),
            )
        })?),
    };
    let year = match raw.year {
        None => None,
        Some(y) => Some(
            u32::try_from(*y.get_ref())
                .ok()
                .filter(|y| (1949..=2100).contains(y))
                .ok_or_else(|| {
                    error(
                        y.span(),
                        format!("年份“{}”无效，应为四位年份，如 2024", y.get_ref()),
                    )
                })?,
        ),
    };
    let mut rules = BTreeMap::new();
    for (name, level) in raw.rules {
        if gongwen::rules::find(&name).is_none() {
            return Err(error(
                level.span(),
                format!("没有名为“{name}”的规则（gongwen rules 可列出全部规则）"),
            ));
        }
        let parsed = Level::from_name(level.get_ref()).ok_or_else(|| {
            error(
                level.span(),
                format!(
                    "规则“{name}”的级别“{}”无效，应为 {}",
                    level.get_ref(),
                    Level::NAMES.join("、")
                ),
            )
        })?;
        rules.insert(name, parsed);
    }
    let mut words = Vec::new();
    for w in raw.words {
        let span = w.wrong.span();
        let wrong = w.wrong.into_inner();
        if wrong.trim().is_empty() {
            return Err(error(span, "用词规则的 wrong（不用的写法）为空".to_owned()));
        }
        words.push(HouseWord {
            wrong,
            right: w.right,
            note: w.note,
        });
    }
    let mut people = Vec::new();
    for p in raw.people {
        let span = p.name.span();
        let name = p.name.into_inner().trim().to_owned();
        if name.is_empty() {
            return Err(error(span, "人员名单的 name（姓名）为空".to_owned()));
        }
        if p.title.trim().is_empty() {
            return Err(error(span, format!("人员名单中{name}的 title（职务）为空")));
        }
        let date = |d: Option<Spanned<RawDate>>,
                    end: bool|
         -> Result<Option<String>, ConfigError> {
            let Some(d) = d else { return Ok(None) };
            let span = d.span();
            let text = match d.into_inner() {
                RawDate::Year(y) => y.to_string(),
                RawDate::Text(t) => t.trim().to_owned(),
            };
            match gongwen::naming::people::month(&text, end) {
                Some(_) => Ok(Some(text)),
                None => Err(error(
                    span,
                    format!("人员名单中{name}的任职日期“{text}”无效，应为年份或年月，如 2021 或 \"2021-03\""),
                )),
            }
        };
        let from = date(p.from, false)?;
        let to = date(p.to, true)?;
        people.push(Person {
            name,
            title: p.title.trim().to_owned(),
            from,
            to,
        });
    }
    let mut aliases = Vec::new();
    for a in raw.aliases {
        let span = a.name.span();
        let name = a.name.into_inner().trim().to_owned();
        if name.is_empty() || a.also.iter().all(|x| x.trim().is_empty()) {
            return Err(error(
                span,
                "指标别名需有 name（指标名称）和 also（别名，至少一个）".to_owned(),
            ));
        }
        let mut list = vec![name];
        list.extend(
            a.also
                .into_iter()
                .map(|x| x.trim().to_owned())
                .filter(|x| !x.is_empty()),
        );
        aliases.push(list);
    }
    let mut patterns = Vec::new();
    for p in raw.patterns {
        let span = p.pattern.span();
        let pattern = StylePattern {
            pattern: p.pattern.into_inner(),
            message: p.message,
            replace: p.replace,
        };
        if pattern.pattern.is_empty() {
            return Err(error(span, "正则表达式为空".to_owned()));
        }
        if let Err(e) = pattern.regex() {
            return Err(error(
                span,
                format!(
                    "正则表达式无效（{}）：{}",
                    pattern.pattern,
                    regex_reason(&e)
                ),
            ));
        }
        patterns.push(pattern);
    }
    let mut ignore = Vec::new();
    for entry in raw.ignore {
        let span = entry.rule.span();
        let rule = entry.rule.into_inner();
        if gongwen::rules::find(&rule).is_none() {
            return Err(error(
                span,
                format!("没有名为“{rule}”的规则（gongwen rules 可列出全部规则）"),
            ));
        }
        if entry.text.is_empty() {
            return Err(error(span, "忽略项缺少 text（要忽略的原文）".to_owned()));
        }
        ignore.push(Ignore {
            rule,
            text: entry.text,
            before: entry.before,
            after: entry.after,
        });
    }
    Ok(Settings {
        genre,
        year,
        rules,
        placeholder_words: raw.placeholder_words,
        junk_phrases: raw.junk_phrases,
        words,
        people,
        ledger: raw.ledger.unwrap_or_default(),
        layout: raw.layout.unwrap_or_default(),
        aliases,
        patterns,
        ignore,
    })
}

impl Settings {
    /// The settings as a `gongwen.toml` that [`parse`] reads back the same.
    pub fn to_toml(&self) -> String {
        let out = Out {
            genre: self.genre.map(Genre::name),
            year: self.year,
            placeholder_words: &self.placeholder_words,
            junk_phrases: &self.junk_phrases,
            rules: self
                .rules
                .iter()
                .map(|(k, v)| (k.as_str(), v.name()))
                .collect(),
            words: &self.words,
            people: &self.people,
            ledger: (self.ledger != LedgerColumns::default()).then_some(&self.ledger),
            layout: (self.layout != Standard::default()).then_some(&self.layout),
            aliases: self
                .aliases
                .iter()
                .filter_map(|list| {
                    let (name, also) = list.split_first()?;
                    Some(OutAlias { name, also })
                })
                .collect(),
            patterns: self
                .patterns
                .iter()
                .map(|p| OutPattern {
                    pattern: &p.pattern,
                    message: &p.message,
                    replace: p.replace.as_deref(),
                })
                .collect(),
            ignore: &self.ignore,
        };
        toml::to_string(&out).unwrap_or_default()
    }

    /// The engine's configuration these settings give.
    pub fn to_config(&self) -> Config {
        let mut config = Config::default();
        self.apply(&mut config);
        config
    }

    /// The engine's configuration for one document: these settings, then
    /// what the document or the caller adds (`Overrides`). The CLI, the
    /// JS module and the app all build their config here, so one settings
    /// file gives the same findings in each.
    pub fn config_with(&self, overrides: &Overrides) -> Config {
        let mut config = self.to_config();
        config
            .placeholder_words
            .extend(overrides.placeholder_words.iter().cloned());
        config
            .junk_phrases
            .extend(overrides.junk_phrases.iter().cloned());
        config
            .heading_texts
            .extend(overrides.heading_texts.iter().cloned());
        config.people.extend(overrides.people.iter().cloned());
        if overrides.ledger.is_some() {
            config.ledger = overrides.ledger.clone();
        }
        if overrides.word_format.is_some() {
            config.word_format = overrides.word_format.clone();
        }
        if let Some(genre) = overrides.genre {
            config.genre = genre;
        }
        for rule in &overrides.disable {
            config.disable(rule);
        }
        config
    }

    /// Adds these settings to `config`: word lists and patterns extend
    /// it, rule levels, genre and year replace what it says.
    pub fn apply(&self, config: &mut Config) {
        for (rule, level) in &self.rules {
            config.rules.insert(
                rule.clone(),
                match level {
                    Level::Off => RuleConfig {
                        enabled: false,
                        severity: None,
                    },
                    Level::On(s) => RuleConfig {
                        enabled: true,
                        severity: Some(*s),
                    },
                },
            );
        }
        if self.genre.is_some() {
            config.genre = self.genre;
        }
        if self.year.is_some() {
            config.year = self.year;
        }
        config
            .placeholder_words
            .extend(self.placeholder_words.iter().cloned());
        config
            .junk_phrases
            .extend(self.junk_phrases.iter().cloned());
        config.words.extend(self.words.iter().cloned());
        config.people.extend(self.people.iter().cloned());
        if self.ledger != LedgerColumns::default() {
            config.ledger_columns = self.ledger.clone();
        }
        config.layout = self.layout.clone();
        config.aliases.extend(self.aliases.iter().cloned());
        config.patterns.extend(self.patterns.iter().cloned());
    }

    /// Whether the office chose to leave `finding` (found in `text`).
    pub fn is_ignored(&self, finding: &Finding, text: &str) -> bool {
        self.ignore.iter().any(|i| i.matches(finding, text))
    }
}

/// The file as written, with the places of what is checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    genre: Option<Spanned<String>>,
    year: Option<Spanned<i64>>,
    #[serde(default)]
    rules: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    placeholder_words: Vec<String>,
    #[serde(default)]
    junk_phrases: Vec<String>,
    #[serde(default)]
    words: Vec<RawWord>,
    #[serde(default)]
    people: Vec<RawPerson>,
    ledger: Option<LedgerColumns>,
    layout: Option<Standard>,
    #[serde(default)]
    aliases: Vec<RawAlias>,
    #[serde(default)]
    patterns: Vec<RawPattern>,
    #[serde(default)]
    ignore: Vec<RawIgnore>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    name: Spanned<String>,
    #[serde(default)]
    title: String,
    from: Option<Spanned<RawDate>>,
    to: Option<Spanned<RawDate>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAlias {
    name: Spanned<String>,
    #[serde(default)]
    also: Vec<String>,
}

/// A date of the list: a year (`2021`) or text (`"2021-03"`).
#[derive(Deserialize)]
#[serde(untagged)]
enum RawDate {
    Year(i64),
    Text(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWord {
    wrong: Spanned<String>,
    #[serde(default)]
    right: String,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPattern {
    pattern: Spanned<String>,
    #[serde(default)]
    message: String,
    replace: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIgnore {
    rule: Spanned<String>,
    #[serde(default)]
    text: String,
    #[serde(default)]
    before: String,
    #[serde(default)]
    after: String,
}

/// The file as written back: plain values before tables, as TOML needs.
#[derive(Serialize)]
struct Out<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    genre: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<u32>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    placeholder_words: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    junk_phrases: &'a [String],
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    rules: BTreeMap<&'a str, &'static str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    words: &'a [HouseWord],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    people: &'a [Person],
    #[serde(skip_serializing_if = "Option::is_none")]
    ledger: Option<&'a LedgerColumns>,
    #[serde(skip_serializing_if = "Option::is_none")]
    layout: Option<&'a Standard>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<OutAlias<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    patterns: Vec<OutPattern<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    ignore: &'a [Ignore],
}

#[derive(Serialize)]
struct OutAlias<'a> {
    name: &'a str,
    also: &'a [String],
}

#[derive(Serialize)]
struct OutPattern<'a> {
    pattern: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    replace: Option<&'a str>,
}

fn line_of(text: &str, byte: usize) -> usize {
    text.get(..byte).unwrap_or(text).matches('\n').count() + 1
}

/// The regex crate's explanation without its drawing of the pattern: the
/// last line, `error: unclosed group`.
/// The Unicode data left out of the app (general categories, case
/// folding) is named, with what to write instead.
fn regex_reason(e: &impl std::fmt::Display) -> String {
    let s = e.to_string();
    let last = s.lines().last().unwrap_or(&s).trim();
    let reason = last.strip_prefix("error: ").unwrap_or(last);
    if reason.contains("Unicode property not found") {
        format!("{reason}（可用文字类别，如 \\p{{Han}} 表示汉字；\\p{{P}}、\\p{{L}} 等字符类别不可用，请把字符列在方括号中）")
    } else if reason.contains("case insensitivity") {
        format!("{reason}（不区分大小写请写 (?i-u)，只对英文字母有效）")
    } else {
        reason.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: &str = r#"genre = "annual"
year = 2024
placeholder_words = ["请在此处输入", "待补"]
junk_phrases = ["青溪范文网"]

[rules]
broken-paragraph = "off"
stale-term = "error"

[[words]]
wrong = "营商坏境"
right = "营商环境"
note = "常见笔误"

[[words]]
wrong = "一把抓"

[[people]]
name = "张三"
title = "党组书记、局长"
from = "2021-03"

[[people]]
name = "王小明"
title = "副局长"
from = 2019
to = "2024.6"

[ledger]
value = "1-11月累计"

[[aliases]]
name = "规模以上工业增加值"
also = ["工业增加值"]

[[patterns]]
pattern = "进一步加大(.{0,4})力度"
message = "改为“加大……力度”"
replace = "加大${1}力度"

[[patterns]]
pattern = '\p{Han}+一把手'
message = "写明职务"

[[ignore]]
rule = "doubled-word"
text = "完成完成"
before = "全年"
"#;

    #[test]
    fn reads_every_setting_and_writes_it_back_the_same() {
        let s = parse(FULL).expect("valid");
        assert_eq!(s.genre, Genre::from_name("annual"));
        assert_eq!(s.year, Some(2024));
        assert_eq!(s.rules["broken-paragraph"], Level::Off);
        assert_eq!(s.rules["stale-term"], Level::On(Severity::Error));
        assert_eq!(s.placeholder_words, ["请在此处输入", "待补"]);
        assert_eq!(s.words.len(), 2);
        assert_eq!(s.words[0].right, "营商环境");
        assert_eq!(s.words[1].right, "");
        assert_eq!(s.to_config().words, s.words);
        assert_eq!(s.people.len(), 2);
        assert_eq!(s.people[0].title, "党组书记、局长");
        assert_eq!(s.people[0].from.as_deref(), Some("2021-03"));
        assert_eq!(s.people[0].to, None);
        assert_eq!(s.people[1].from.as_deref(), Some("2019"));
        assert_eq!(s.to_config().people, s.people);
        assert_eq!(s.ledger.value.as_deref(), Some("1-11月累计"));
        assert_eq!(s.to_config().ledger_columns, s.ledger);
        assert_eq!(s.aliases, [["规模以上工业增加值", "工业增加值"]]);
        assert_eq!(s.patterns.len(), 2);
        assert_eq!(s.patterns[0].replace.as_deref(), Some("加大${1}力度"));
        assert_eq!(s.patterns[1].replace, None);
        assert_eq!(
            s.ignore,
            [Ignore {
                rule: "doubled-word".into(),
                text: "完成完成".into(),
                before: "全年".into(),
                after: String::new(),
            }]
        );
        let again = parse(&s.to_toml()).expect("its own output reads back");
        assert_eq!(again, s, "{}", s.to_toml());
        assert_eq!(parse("").expect("empty"), Settings::default());
        assert_eq!(Settings::default().to_toml(), "");
    }

    #[test]
    fn people_are_edited_as_lines() {
        let people = people_from_lines([
            "张三 党组书记、局长 2021.3—",
            "王小明：副局长（2019-2024.6）",
            "欧阳平 副局长 2022-03",
            "李四 主任 2020年1月至2023年12月",
            "赵六",
            "",
        ]);
        let read: Vec<(&str, &str, Option<&str>, Option<&str>)> = people
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.title.as_str(),
                    p.from.as_deref(),
                    p.to.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                ("张三", "党组书记、局长", Some("2021.3"), None),
                ("王小明", "副局长", Some("2019"), Some("2024.6")),
                ("欧阳平", "副局长", Some("2022-03"), None),
                ("李四", "主任", Some("2020年1月"), Some("2023年12月")),
            ]
        );
        let lines = people_to_lines(&people);
        assert_eq!(lines[0], "张三 党组书记、局长 2021.3—");
        assert_eq!(people_from_lines(lines.iter().map(String::as_str)), people);
    }

    #[test]
    fn house_words_are_edited_as_lines() {
        let words = words_from_lines([
            "营商坏境 → 营商环境 常见笔误",
            "  一把抓  ",
            "抓落实->抓好落实：写全",
            "",
            "→ 孤零零",
            "做为 => 作为",
            "一刀切 → ：不用",
        ]);
        let wrong: Vec<&str> = words.iter().map(|w| w.wrong.as_str()).collect();
        assert_eq!(wrong, ["营商坏境", "一把抓", "抓落实", "做为", "一刀切"]);
        assert_eq!(
            (words[4].right.as_str(), words[4].note.as_str()),
            ("", "不用")
        );
        assert_eq!(words[0].note, "常见笔误");
        assert_eq!(words[2].right, "抓好落实");
        assert_eq!(words[2].note, "写全");
        assert_eq!(words[3].right, "作为");
        let lines = words_to_lines(&words);
        assert_eq!(lines[0], "营商坏境 → 营商环境：常见笔误");
        assert_eq!(lines[1], "一把抓");
        assert_eq!(words_from_lines(lines.iter().map(String::as_str)), words);
    }

    #[test]
    fn the_readmes_settings_file_is_valid_and_its_pattern_reads_chinese() {
        let readme = include_str!("../../../README.md");
        let start = readme.find("```toml\n").expect("a toml block") + 8;
        let block = &readme[start..];
        let block = &block[..block.find("```").expect("closed")];
        let settings = parse(block).expect("the README's gongwen.toml parses");
        let re = settings.patterns[0].regex().expect("compiles");
        let caps = re.captures("要进一步加大执法力度。").expect("matches");
        assert_eq!(&caps[1], "执法");
        assert!(!re.is_match("进一步加大ab力度"));
    }

    /// The TOML reader's messages reach the user in Chinese, with the line.
    #[test]
    fn syntax_errors_read_in_chinese() {
        let cases = [
            ("[rules\n", 1, "方括号 [ 没有配对的 ]（应为“]”）"),
            ("year = 2024\n[[words]\n", 2, "[[ 没有配对的 ]]（应为“]”）"),
            ("year 2024\n", 1, "设置项后面缺少等号和值（应为“=”）"),
            (
                "year = \"2024\n",
                1,
                "双引号里的文字没有结束（缺少后一个引号，或反斜杠没有成对）（应为“\"”）",
            ),
            (
                "年份 = 1\n",
                1,
                "设置项名称写法有误（中文名称要加引号）（应为字母、数字、- 或 _）",
            ),
            ("year = 1\nyear = 2\n", 2, "同一个设置项写了两次"),
            ("\n[[words]]\nright = \"a\"\n", 2, "缺少“wrong”"),
            (
                "year = \"x\"\n",
                1,
                "值的类型不对：写的是文字 \"x\"，应为整数",
            ),
            (
                "[rules]\nunfilled-x = 5\n",
                2,
                "值的类型不对：写的是数字 5，应为用引号括起的文字",
            ),
        ];
        for (text, line, message) in cases {
            let e = parse(text).expect_err(text);
            assert_eq!(e.line, Some(line), "{text}");
            assert_eq!(e.message, format!("设置文件格式有误：{message}"), "{text}");
        }
        let e = parse("nosuch = 1\n").expect_err("unknown");
        assert!(
            e.message.starts_with(
                "设置文件格式有误：没有“nosuch”这个设置项，可用的有：genre、year、rules、"
            ),
            "{}",
            e.message
        );
        assert!(!e.message.is_ascii());
    }

    #[test]
    fn errors_name_the_line_and_the_reason() {
        let at = |text: &str| {
            let e = parse(text).expect_err("invalid");
            (e.line, e.message)
        };
        let (line, message) =
            at("year = 2024\n\n[[patterns]]\nmessage = \"x\"\npattern = \"加大(力度\"\n");
        assert_eq!(line, Some(5));
        assert!(
            message.starts_with("正则表达式无效（加大(力度）："),
            "{message}"
        );
        assert_eq!(
            at("[rules]\nunfilled-x = \"loud\"\n"),
            (
                Some(2),
                "规则“unfilled-x”的级别“loud”无效，应为 off、info、warning、error".into()
            )
        );
        assert_eq!(at("[rules]\nno-such = \"off\"\n").0, Some(2));
        // Scripts and Unicode \d, \w are compiled in.
        for ok in [
            r"\p{Han}{2}落实",
            r"\d+\s*家",
            r"[^\p{Han}]\w+",
            r"(?i-u)gdp",
        ] {
            let text = format!("[[patterns]]\npattern = '{ok}'\n");
            assert!(parse(&text).is_ok(), "{ok}");
        }
        // General categories and Unicode case folding are not, in the app
        // (a workspace build may unify them in): what to write instead.
        let reason = regex_reason(
            &"regex parse error:\n    \\p{P}\n    ^^^^^\nerror: Unicode property not found",
        );
        assert!(
            reason.starts_with("Unicode property not found（"),
            "{reason}"
        );
        assert!(reason.contains(r"\p{Han} 表示汉字"), "{reason}");
        let reason = regex_reason(&"error: Unicode-aware case insensitivity matching is not available (probably because the unicode-case feature is not enabled)");
        assert!(reason.contains("(?i-u)"), "{reason}");

        assert_eq!(
            at("[[people]]\nname = \"张三\"\ntitle = \"局长\"\nfrom = \"去年\"\n"),
            (
                Some(4),
                "人员名单中张三的任职日期“去年”无效，应为年份或年月，如 2021 或 \"2021-03\"".into()
            )
        );
        assert_eq!(at("[[people]]\nname = \"张三\"\n").0, Some(2));
        assert!(at("genre = \"novel\"").1.contains("报告类型“novel”无效"));
        assert!(at("\nyear = 24").1.contains("年份“24”无效"));
        assert_eq!(at("\nyear = 24").0, Some(2));
        assert_eq!(at("genre = \"annual\"\nyear = \n").0, Some(2));
        assert!(at("colour = \"red\"").1.starts_with("设置文件格式有误"));
        assert!(at("[[ignore]]\nrule = \"unfilled-x\"\n").1.contains("text"));
        assert_eq!(at("\n[[words]]\nwrong = \" \"\n").0, Some(3));
        let e = parse("\n[rules]\nx = 1\n").expect_err("invalid");
        assert_eq!(
            e.in_file("gongwen.toml"),
            format!("gongwen.toml 第 3 行：{}", e.message)
        );
    }

    #[test]
    fn settings_become_the_engines_config_and_ignore_findings() {
        let s = parse(FULL).expect("valid");
        let config = s.to_config();
        assert!(!config.is_enabled("broken-paragraph"));
        assert_eq!(
            config.severity("stale-term", Severity::Warning),
            Severity::Error
        );
        assert_eq!(config.year, Some(2024));
        let text = "全年完成完成技改项目，进一步加大招商力度。当月完成完成3个。";
        let report = gongwen::check(text, &config);
        let rules: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| !s.is_ignored(f, text))
            .map(|f| f.rule)
            .collect();
        assert_eq!(rules, ["house-style", "doubled-word"]);
    }
}
