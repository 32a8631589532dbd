//! What the top sections of a report are for, and which genre of report it
//! is. The genre profiles (required and recommended sections) are data:
//! `genres.json`, compiled in.

use super::Heading;
use crate::lexicon::words::TITLE;
use crate::lexicon::WordSet;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// 工作总结、主要工作、工作情况、完成情况…
    Summary,
    /// 亮点、成效、成绩
    Highlights,
    /// 存在问题、不足、短板、困难、差距
    Problems,
    /// 工作计划、打算、思路、谋划、安排、下一步
    Plan,
    /// 目标、指标
    Targets,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Summary => "工作总结",
            Role::Highlights => "亮点成效",
            Role::Problems => "存在问题",
            Role::Plan => "工作计划",
            Role::Targets => "目标指标",
        }
    }

    /// Usual titles, for messages.
    pub fn usual_titles(self) -> &'static str {
        match self {
            Role::Summary => "“一、××年工作总结”“一、主要工作及成效”",
            Role::Highlights => "“二、工作亮点”“二、主要成效”",
            Role::Problems => "“二、存在的问题”“二、存在的问题和不足”",
            Role::Plan => "“三、××年工作计划”“三、下一步工作打算”",
            Role::Targets => "“（一）主要目标”“（一）预期指标”",
        }
    }
}

/// Keywords by role, simplified and traditional. The first role whose
/// keyword a heading contains wins; problems are tested before plans so
/// that “存在问题及下一步打算” counts as both (see `roles_of`).
const KEYWORDS: &[(Role, &[&str])] = &[
    (
        Role::Problems,
        &["问题", "不足", "短板", "困难", "差距", "薄弱", "瓶颈"],
    ),
    (
        Role::Plan,
        &[
            "计划",
            "打算",
            "思路",
            "谋划",
            "安排",
            "展望",
            "下一步",
            "重点工作",
            "重点任务",
            "主要任务",
            "工作举措",
            // A 政府工作报告's plan: 2017年工作总体部署, 对今年政府工作的
            // 建议, 总体要求和政策取向, 政府工作任务; a 工作要点's parts.
            "部署",
            "建议",
            "政策取向",
            "总体要求",
            "工作任务",
            "工作要点",
        ],
    ),
    (Role::Targets, &["目标", "指标"]),
    (Role::Highlights, &["亮点", "成效", "成绩"]),
    (
        Role::Summary,
        &[
            "总结",
            "主要工作",
            "工作情况",
            "开展情况",
            "完成情况",
            "回顾",
            "回望",
            "工作成效",
        ],
    ),
];

/// Words saying that a plan's execution is reported.
const REPORTED: &[&str] = &["执行情况", "完成情况", "落实情况", "运行情况"];

/// Every keyword of `KEYWORDS` and `REPORTED` in one automaton that reports
/// overlapping matches (“重点工作情况” names 重点工作 and 工作情况), with
/// what each names (`None`: a `REPORTED` word).
static ROLE_WORDS: LazyLock<(aho_corasick::AhoCorasick, Vec<Option<Role>>)> = LazyLock::new(|| {
    let entries: Vec<(&str, Option<Role>)> = KEYWORDS
        .iter()
        .flat_map(|(r, words)| words.iter().map(move |w| (*w, Some(*r))))
        .chain(REPORTED.iter().map(|w| (*w, None)))
        .collect();
    let automaton = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(entries.iter().map(|(w, _)| w))
        .expect("the role words build");
    (automaton, entries.into_iter().map(|(_, r)| r).collect())
});

/// Every role a heading's text names, in the order of `KEYWORDS`. A plan
/// whose execution is reported (“2022年计划执行情况”, “年度目标完成情况”)
/// is a summary, not a plan.
pub fn roles_of(text: &str) -> Vec<Role> {
    let (automaton, named) = &*ROLE_WORDS;
    let mut found = [false; 5];
    let mut reported = false;
    for m in automaton.find_overlapping_iter(text) {
        match named[m.pattern().as_usize()] {
            Some(role) => {
                let i = KEYWORDS.iter().position(|(r, _)| *r == role).unwrap_or(0);
                found[i] = true;
            }
            None => reported = true,
        }
    }
    let mut roles: Vec<Role> = KEYWORDS
        .iter()
        .zip(found)
        .filter(|(_, f)| *f)
        .map(|((r, _), _)| *r)
        .filter(|r| !(reported && matches!(r, Role::Plan | Role::Targets)))
        .collect();
    if reported && !roles.contains(&Role::Summary) {
        roles.push(Role::Summary);
    }
    roles
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Genre {
    /// 政府工作报告: delivered early in a year, it reviews the year before
    /// and sets this year's targets; problems are a paragraph, not a section.
    GovWork,
    Annual,
    HalfYear,
    Summary,
    Duty,
    SelfCheck,
}

#[derive(Debug, Deserialize)]
pub struct Profile {
    pub genre: Genre,
    pub label: String,
    title_words: Vec<String>,
    with_plan_words: Vec<String>,
    pub required: Vec<Role>,
    pub recommended: Vec<Role>,
    /// Parts this genre states in a paragraph rather than a section: a
    /// 政府工作报告 acknowledges its problems at the end of its review.
    #[serde(default)]
    pub in_paragraph: Vec<Role>,
}

/// Words that acknowledge difficulties: “我们也清醒看到”, “在看到成绩的同时，
/// 我们也认识到”, “问题也不容忽视”, “发展中还存在不少困难”.
static ACKNOWLEDGE: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "清醒",
        "看到",
        "认识到",
        "正视",
        "直面",
        "不容忽视",
        "不可忽视",
        "还存在",
        "仍存在",
        "仍然存在",
        "依然存在",
        "也存在",
        "还面临",
        "仍面临",
    ])
});
/// What is acknowledged: problems, shortfalls, difficulties, challenges.
static DIFFICULTIES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "问题",
        "不足",
        "短板",
        "困难",
        "挑战",
        "差距",
        "弱项",
        "矛盾",
        "不确定",
        "严峻",
    ])
});

/// Whether `sentence` acknowledges the report's problems, as the problems
/// paragraph of a 政府工作报告 opens: an acknowledging word and a word for
/// difficulties in one sentence.
pub fn acknowledges_problems(sentence: &str) -> bool {
    ACKNOWLEDGE.is_match(sentence)
        && DIFFICULTIES.find_iter(sentence).any(|(r, ())| {
            // Difficulties to overcome are no shortcomings acknowledged:
            // “直面问题”, “战胜一切困难的底气”, “迎挑战”.
            let before = crate::chars::last_chars(&sentence[..r.start], OVERCOME_REACH);
            !OVERCOME.iter().any(|w| before.contains(w))
        })
}

/// Verbs that take difficulties as what is to be overcome.
const OVERCOME: [&str; 10] = [
    "战胜", "克服", "直面", "攻克", "破解", "解决", "应对", "迎", "化解", "不怕",
];

/// How far before a difficulty its verb may stand, in characters
/// (战胜一切困难).
const OVERCOME_REACH: usize = 4;

pub fn profiles() -> &'static [Profile] {
    static PROFILES: OnceLock<Vec<Profile>> = OnceLock::new();
    PROFILES.get_or_init(|| serde_json::from_str(include_str!("genres.json")).unwrap_or_default())
}

pub fn profile(genre: Genre) -> Option<&'static Profile> {
    profiles().iter().find(|p| p.genre == genre)
}

impl Genre {
    /// The genre's stable name, as in `genres.json` and `--genre`.
    pub fn name(self) -> &'static str {
        match self {
            Genre::GovWork => "gov-work",
            Genre::Annual => "annual",
            Genre::HalfYear => "half-year",
            Genre::Summary => "summary",
            Genre::Duty => "duty",
            Genre::SelfCheck => "self-check",
        }
    }

    pub fn from_name(name: &str) -> Option<Genre> {
        profiles()
            .iter()
            .map(|p| p.genre)
            .find(|g| g.name() == name)
    }

    /// What users call it (年度工作总结及计划…), from `genres.json`.
    pub fn label(self) -> &'static str {
        profile(self).map_or(self.name(), |p| p.label.as_str())
    }

    /// Every genre, in the order of `genres.json`: what the app's picker
    /// and the CLI's `--genre` offer.
    pub fn all() -> impl Iterator<Item = Genre> {
        profiles().iter().map(|p| p.genre)
    }
}

/// What the head of a report (title and opening, before the first
/// heading) tells.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    pub genre: Option<Genre>,
    /// The year summed up: the first year in the title.
    pub year: Option<u32>,
    /// A later year in the title: the year planned for.
    pub plan_year: Option<u32>,
    pub year_range: Option<Range<usize>>,
    /// The title line, when a line names the kind of report.
    pub title: Option<Range<usize>>,
    /// The opening paragraph: the first long line of the head.
    pub opening: Option<Range<usize>>,
    /// The year of a dateline that the headings contradict (the report's
    /// years were taken from the headings), or that the title's year does.
    #[serde(default)]
    pub misdated: Option<Range<usize>>,
}

/// Reads the head of the report in `range`. A report whose sections include
/// both a summary and a plan is an annual report whatever its title says.
/// `headings` (the report's) carry the roles of their text, at every level.
pub(crate) fn describe<'a>(text: &'a str, range: Range<usize>, headings: &[Heading]) -> Head {
    // The head: before the first heading, at most about 600 bytes.
    let head_end = headings
        .first()
        .map_or(range.end, |h| h.marker.start)
        .min(range.start + 600)
        .max(range.start);
    let head_end = crate::text::floor_boundary(text, head_end);
    let head = &text[range.start..head_end];
    // Non-empty lines of the head with their byte ranges.
    let mut offset = range.start;
    let mut head_lines: Vec<(Range<usize>, &str)> = Vec::new();
    for raw in head.split_inclusive('\n') {
        let trimmed = raw.trim();
        if !trimmed.is_empty() {
            let at = offset + raw.find(trimmed).unwrap_or(0);
            head_lines.push((at..at + trimmed.len(), trimmed));
        }
        offset += raw.len();
    }
    // The title: the first short line that names a kind of report (an
    // issuing office may stand above it), else the first short line.
    // A breadcrumb (首页 > 工作总结 > 正文) or a site's tag (【www.….com--
    // 工作总结】) names the kind of page, not the report.
    let short = |l: &&(Range<usize>, &str)| {
        l.1.chars().count() <= 60
            && !super::is_breadcrumb(l.1)
            && !crate::text::is_site_tag(l.1)
            && !l.1.starts_with(super::BULLETS)
    };
    // A title run together with the issuing office, the date or the first
    // sentence on one line (a PDF or web copy that lost its line breaks)
    // is the part up to the word naming the report.
    let cut = |(r, l): &(Range<usize>, &'a str)| -> (Range<usize>, &'a str) {
        match run_together_title(l) {
            Some(n) => (r.start..r.start + n, &l[..n]),
            None => (r.clone(), *l),
        }
    };
    let titled = head_lines
        .iter()
        .filter(short)
        .find(|(_, l)| TITLE.is_match(l))
        .or_else(|| {
            head_lines
                .first()
                .filter(|(_, l)| run_together_title(l).is_some())
        })
        .map(cut);
    let (title_range, title) = titled
        .clone()
        .or_else(|| head_lines.iter().find(short).cloned())
        .unwrap_or((range.start..range.start, ""));
    let opening = head_lines
        .iter()
        .find(|(_, l)| l.chars().count() > 30 && *l != title && dateline_year(l).is_none())
        .map(|(r, _)| r.clone());
    let names = |p: &&Profile| {
        p.title_words.iter().any(|w| title.contains(w.as_str()))
            && (p.with_plan_words.is_empty()
                || p.with_plan_words.iter().any(|w| title.contains(w.as_str())))
    };
    // A title naming half a year (上半年工作总结和下半年工作打算) is a
    // half-year report, though it also reads as a summary and a plan.
    let by_title = profiles()
        .iter()
        .filter(|p| p.genre == Genre::HalfYear)
        .find(names)
        .or_else(|| profiles().iter().find(names));
    let sections: Vec<Role> = headings
        .iter()
        .flat_map(|h| h.roles.iter().copied())
        .collect();
    let structural = (sections.contains(&Role::Summary) || sections.contains(&Role::Highlights))
        && sections.contains(&Role::Plan);
    // A government work report says so in its title or addresses the
    // congress (各位代表) in its first lines.
    let gov_work = by_title.is_some_and(|p| p.genre == Genre::GovWork) || head.contains("各位代表");
    let genre = match by_title.map(|p| p.genre) {
        _ if gov_work => Some(Genre::GovWork),
        Some(Genre::Summary) | None if structural => Some(Genre::Annual),
        other => other,
    };
    let years: Vec<(u32, Range<usize>)> = crate::text::years(title)
        .into_iter()
        .map(|(y, r)| (y, title_range.start + r.start..title_range.start + r.end))
        .collect();
    let (mut year, mut plan_year) = report_years(title, &years, title_range.start, gov_work);
    let mut dated = None;
    let mut misdated = None;
    // A government work report's title may carry no year (政府工作报告): the
    // line under it dates its delivery (——2026年1月26日在…会议上), and the
    // year delivered is the year planned. A title that names the year
    // outweighs the dateline.
    if gov_work {
        let delivered = head_lines
            .iter()
            .skip_while(|(r, _)| r.start <= title_range.start)
            .take(3)
            .find_map(|(r, l)| {
                dateline_year(l).map(|(y, at)| (y, r.start + at.start..r.start + at.end))
            });
        match delivered {
            Some((y, at)) if years.is_empty() => {
                (year, plan_year) = (y.checked_sub(1), Some(y));
                dated = Some(at);
            }
            Some((y, at)) if plan_year.is_some_and(|p| p != y) => misdated = Some(at),
            _ => {}
        }
    }
    // A dateline is one date, easily left from last year: headings that
    // name the year reviewed or planned outweigh it.
    if let (Some(at), Some(planned)) = (dated.clone(), planned_by_headings(text, headings)) {
        if Some(planned) != plan_year {
            (year, plan_year) = (planned.checked_sub(1), Some(planned));
            misdated = Some(at);
        }
    }
    Head {
        genre,
        year,
        plan_year,
        year_range: years.first().map(|(_, r)| r.clone()).or(dated),
        title: titled.map(|(r, _)| r),
        opening,
        misdated,
    }
}

/// Words that make a heading a review, not a plan (“2026年主要工作” may be
/// either).
const REVIEW_WORDS: [&str; 5] = ["回顾", "总结", "成就", "情况", "成效"];

/// Whether a heading says it reviews (回顾, 总结, 成就…).
pub fn says_review(heading: &str) -> bool {
    REVIEW_WORDS.iter().any(|w| heading.contains(w))
}

/// Whether a heading of a 政府工作报告 with a summary's words is its plan:
/// “2026年主要工作” says no review word and names the year planned.
pub fn plans_its_year(heading: &str, genre: Option<Genre>, plan_year: Option<u32>) -> bool {
    genre == Some(Genre::GovWork)
        && !says_review(heading)
        && plan_year.is_some()
        && crate::text::years(heading).first().map(|(y, _)| *y) == plan_year
}

/// The year planned, as the headings tell it: a plan heading's year, or
/// the year after a review heading's; `None` unless they agree.
fn planned_by_headings(text: &str, headings: &[Heading]) -> Option<u32> {
    let mut votes = headings.iter().filter_map(|h| {
        let heading = &text[h.text.clone()];
        let (y, _) = crate::text::years(heading).into_iter().next()?;
        if h.roles.contains(&Role::Summary) && says_review(heading) {
            // A review whose opening sentence names another year (“一、2021
            // 年工作回顾” over “2022年，是……”) does not say which is right.
            let opening = crate::text::sentence_after(text, h.text.end);
            match crate::text::opening_year(text, opening) {
                Some((o, _)) if o != y => None,
                _ => Some(y + 1),
            }
        } else if h.roles.contains(&Role::Plan) || h.roles.contains(&Role::Summary) {
            // In a 政府工作报告 (the only report dated by a dateline),
            // “2026年主要工作” is its plan.
            Some(y)
        } else {
            None
        }
    });
    let first = votes.next()?;
    votes.all(|v| v == first).then_some(first)
}

/// The year of a dateline under a title: a full date (年, 月 and 日) at
/// most a few characters into a short line, in Arabic or Chinese numerals
/// (——2026年1月26日在…, （二〇二六年一月二十七日…）).
fn dateline_year(line: &str) -> Option<(u32, Range<usize>)> {
    if line.chars().count() > 60 || !line.contains('月') || !line.contains('日') {
        return None;
    }
    // A year in Chinese numerals, its zero perhaps written ○ (a false zero).
    let chinese = crate::text::chinese_years(line)
        .into_iter()
        .filter_map(|r| {
            let run: String = line[r.clone()]
                .trim_end_matches('年')
                .chars()
                .map(|c| {
                    if crate::text::is_false_zero(c) {
                        '〇'
                    } else {
                        c
                    }
                })
                .collect();
            let year = crate::number::chinese::value(&run)?;
            Some((year as u32, r))
        });
    let (year, range) = crate::text::years(line)
        .into_iter()
        .chain(chinese)
        .min_by_key(|(_, r)| r.start)?;
    (line[..range.start].chars().count() <= 3).then_some((year, range))
}

/// Words a title ends with: those naming a report and the plan words of a
/// combined title (…工作总结和2026年工作思路).
static TITLE_END: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::words([
        "总结", "报告", "计划", "汇报", "谋划", "打算", "述职", "自查", "思路", "要点", "安排",
        "规划",
    ])
});

/// How far the longest title reaches into its line, in characters.
const TITLE_MAX_CHARS: usize = 45;

/// The length in bytes of a title at the start of `line` that runs on,
/// without a break, into the issuing office and date or into the opening
/// sentence: “…2025年工作总结青溪县科技局2025年12月20日2025年，县科技局…”.
/// The title ends at a word naming the report (总结, 计划…) not followed by
/// a connector (和、及、暨 another part of the title) and followed by a
/// date within a few characters or by an opening (今年以来, 2025年，).
pub fn run_together_title(line: &str) -> Option<usize> {
    let limit = line
        .char_indices()
        .nth(TITLE_MAX_CHARS)
        .map_or(line.len(), |(i, _)| i);
    TITLE_END
        .find_iter(&line[..limit])
        .map(|(m, ())| m.end)
        .find(|&end| {
            let tail = line[end..].trim_start_matches([' ', '\u{3000}']);
            let continues = tail.starts_with([
                '和', '及', '暨', '与', '、', '（', '(', '—', '：', ':', '的', '会', '书', '表',
                '材', '范', '汇', '\n',
            ]) || tail.trim().is_empty();
            !continues && (date_soon(tail) || opens_a_report(tail))
        })
}

/// A date (2025年12月) within the first characters of `s`.
fn date_soon(s: &str) -> bool {
    let near = &s[..crate::text::floor_boundary(s, 90)];
    crate::text::years(near).into_iter().any(|(_, r)| {
        let rest = &near[r.end..];
        // Digits may be full-width (１２月): count them, step over their bytes.
        let (digits, len) = rest
            .chars()
            .take_while(|c| crate::text::is_digit(*c))
            .fold((0, 0), |(n, len), c| (n + 1, len + c.len_utf8()));
        (1..=2).contains(&digits) && rest[len..].starts_with('月')
    })
}

/// The first words of a report's opening: 今年以来 / 2025年，.
fn opens_a_report(s: &str) -> bool {
    ["今年以来", "一年来", "近年来", "过去的一年"]
        .iter()
        .any(|w| s.starts_with(w))
        // A year at the start: four digits (full-width ones take three
        // bytes each) and 年, within the first 16 bytes.
        || crate::text::years(&s[..crate::text::floor_boundary(s, 16)])
            .first()
            .is_some_and(|(_, r)| r.start == 0 && s[r.end..].starts_with(['，', ',']))
}

/// Words after a year that make it the year planned for (2021年工作计划).
const PLAN_AFTER_YEAR: &[&str] = &[
    "计划",
    "规划",
    "谋划",
    "打算",
    "思路",
    "安排",
    "要点",
    "展望",
    "工作计划",
    "工作规划",
    "工作谋划",
    "工作打算",
    "工作思路",
    "工作安排",
    "工作要点",
    "工作展望",
];

/// The year a report sums up and the year it plans for, from the years its
/// title names (`years`, absolute ranges; `base` is where the title starts).
/// The first year is the year summed up and a later one the plan year —
/// unless the only year is the plan's (“工作总结及2021年工作计划” sums up
/// 2020), or the report is a government work report, delivered in the year
/// it names and reviewing the year before.
/// Words of a meeting's name held for the year it plans (经济工作会议,
/// 工作务虚会).
const MEETING_WORDS: [&str; 2] = ["经济工作", "工作务虚"];

/// How far after a title's year a meeting's 会 may stand, in characters
/// (2022年县委经济工作务虚会).
const MEETING_REACH: usize = 12;

fn report_years(
    title: &str,
    years: &[(u32, Range<usize>)],
    base: usize,
    gov_work: bool,
) -> (Option<u32>, Option<u32>) {
    let Some((first, range)) = years.first() else {
        return (None, None);
    };
    let after = &title[range.end - base..];
    // A meeting named for the year it plans (在2022年县委经济工作务虚会上
    // 的发言): the speech reviews the year before.
    let meeting = crate::chars::first_chars(after, MEETING_REACH)
        .split_once('会')
        .is_some_and(|(name, _)| MEETING_WORDS.iter().any(|w| name.contains(w)));
    let plans = PLAN_AFTER_YEAR.iter().any(|w| after.starts_with(w)) || meeting;
    if gov_work || (years.len() == 1 && plans) {
        return (first.checked_sub(1), Some(*first));
    }
    let plan = years.iter().map(|(y, _)| *y).find(|y| y != first);
    (Some(*first), plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by `cargo xtask fuzz` (target `outline`): a title run on into
    /// a date written in full-width digits counted characters as bytes.
    #[test]
    fn a_run_together_title_with_a_full_width_date() {
        let line = "青溪县科技局２０２４年工作总结青溪县科技局２０２４年１２月２０日";
        assert!(run_together_title(line).is_some());
        let _ = crate::outline::Outline::parse(&format!("{line}\n一、工作情况\n"));
    }

    #[test]
    fn classifies_section_headings() {
        assert_eq!(roles_of("2023年工作总结"), [Role::Summary]);
        assert_eq!(roles_of("存在的问题和不足"), [Role::Problems]);
        assert_eq!(
            roles_of(&crate::lexicon::fold::fold("存在問題及下一步打算")),
            [Role::Problems, Role::Plan]
        );
        assert_eq!(roles_of("2024年工作谋划"), [Role::Plan]);
        // A 政府工作报告's plan headings.
        assert_eq!(roles_of("2031年工作总体部署"), [Role::Plan]);
        assert_eq!(roles_of("对今年政府工作的建议"), [Role::Plan]);
        assert_eq!(
            roles_of("2031年经济社会发展总体要求和政策取向"),
            [Role::Plan]
        );
        assert_eq!(roles_of("2031年政府工作任务"), [Role::Plan]);
        assert_eq!(roles_of("主要经济指标运行情况"), [Role::Summary]);
        assert_eq!(roles_of("工作取得亮点、成效"), [Role::Highlights]);
        assert!(roles_of("聚焦稳经济").is_empty());
        assert_eq!(
            roles_of("2022年国民经济和社会发展计划执行情况"),
            [Role::Summary]
        );
        assert_eq!(roles_of("年度目标完成情况"), [Role::Summary]);
        assert_eq!(roles_of("“十五五”时期主要任务"), [Role::Plan]);
        assert_eq!(roles_of("重点任务完成情况"), [Role::Summary]);
    }

    #[test]
    fn a_long_head_is_cut_on_a_character_boundary() {
        let text = format!("2023年工作总结\n{}\n一、工作情况\n", "短板".repeat(400));
        let o = crate::outline::Outline::parse(&text);
        assert_eq!(o.reports[0].head.year, Some(2023));
    }

    #[test]
    fn profiles_load_and_name_their_sections() {
        let annual = profile(Genre::Annual).map(|p| p.required.clone());
        assert_eq!(
            annual,
            Some(vec![Role::Summary, Role::Problems, Role::Plan])
        );
        assert_eq!(profiles().len(), 6);
        assert_eq!(Genre::from_name("duty"), Some(Genre::Duty));
    }
}
