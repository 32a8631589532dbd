//! 公文体检 engine: checks the text of a Chinese work report and returns
//! findings. The engine does no IO: text and a [`Config`] come in, a
//! [`Report`] goes out. Checking never fails.

pub mod calendar;
pub mod chars;
pub mod config;
pub mod finding;
pub mod formulation;
pub mod layout;
pub mod ledger;
pub mod lexicon;
pub mod metrics;
pub mod naming;
pub mod number;
pub mod outline;
pub mod page;
pub mod placeholder;
pub mod previous;
pub mod rules;
pub mod text;
pub mod typeset;
pub mod walk;

pub use config::{
    Config, HouseWord, Ledger, LedgerColumns, Person, RuleConfig, Sheet, StylePattern,
};
pub use finding::{
    apply_fixes, Applicability, Category, Edit, Finding, Fix, Mention, Related, Severity,
};
pub use metrics::Metric;
pub use rules::Prepared;
pub use rules::{Docs, Rule, RuleMeta, RULES};
pub use text::{LineCol, LineIndex};

use serde::{Deserialize, Serialize};

/// What the engine found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Sorted by position, then by rule name.
    pub findings: Vec<Finding>,
    /// The key figures the report states (关键指标), in order.
    pub metrics: Vec<Metric>,
    /// Headings, enumerations and the reports the text holds.
    pub outline: outline::Outline,
    /// With the previous year's report (`check_with_previous`): its plan
    /// items and targets, and where this year's summary takes them up
    /// (上年计划落实情况).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan_followup: Vec<previous::PlanItem>,
    /// The standard formulations the text uses, each right or wrong
    /// (规范表述).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formulations: Vec<Mention>,
    /// The places named with their upper level (湖南省张家界市), each right
    /// or wrong by the table of divisions (地名).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Mention>,
    /// The office's listed people the text names with a title, each right
    /// or wrong by its list (`Config::people`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Mention>,
    /// With a statistics table (`Config::ledger`): each indicator with the
    /// figures that state it (数据核对).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ledger: Vec<ledger::Row>,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// The year the text's first report sums up, as its title tells (none
    /// when the title names no year).
    pub fn year(&self) -> Option<u32> {
        self.outline.reports.first().and_then(|r| r.head.year)
    }
}

/// A [`Report`] read back from its JSON (a check made in a web worker),
/// its findings' rules still named by strings.
#[derive(Debug, Deserialize)]
pub struct ReportData {
    pub findings: Vec<finding::FindingData>,
    pub metrics: Vec<Metric>,
    pub outline: outline::Outline,
    #[serde(default)]
    pub plan_followup: Vec<previous::PlanItem>,
    #[serde(default)]
    pub formulations: Vec<Mention>,
    #[serde(default)]
    pub places: Vec<Mention>,
    #[serde(default)]
    pub people: Vec<Mention>,
    #[serde(default)]
    pub ledger: Vec<ledger::Row>,
}

impl ReportData {
    /// The report, each finding's rule found in the registry; an unknown
    /// rule (a report from another version) is an error.
    pub fn resolve(self) -> Result<Report, String> {
        let findings = self
            .findings
            .into_iter()
            .map(|f| {
                let rule = rules::find(&f.rule)
                    .map(|r| r.meta.name)
                    .ok_or_else(|| format!("unknown rule {}", f.rule))?;
                Ok(f.resolve(rule))
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Report {
            findings,
            metrics: self.metrics,
            outline: self.outline,
            plan_followup: self.plan_followup,
            formulations: self.formulations,
            places: self.places,
            people: self.people,
            ledger: self.ledger,
        })
    }
}

/// Checks `text` with every enabled rule.
pub fn check(text: &str, config: &Config) -> Report {
    check_with_previous(text, None, config)
}

/// Checks `text` with every enabled rule, beside the previous year's
/// report when one is given: the `previous` rules compare the two, and the
/// report lists last year's plan items (`Report::plan_followup`). Ranges
/// of findings are in `text`; a related place in `previous` is marked
/// `Related::previous`.
pub fn check_with_previous(text: &str, previous: Option<&str>, config: &Config) -> Report {
    let previous = previous
        .filter(|p| !p.trim().is_empty())
        .map(previous::Model::new);
    check_beside(text, previous.as_ref(), config)
}

/// [`check_with_previous`] with last year's report read already: an editor
/// that checks the draft on every pause reads last year's report once.
pub fn check_beside(text: &str, previous: Option<&previous::Model>, config: &Config) -> Report {
    check_prepared(text, previous, &Prepared::new(config))
}

/// [`check_beside`] with the config prepared already: what an editor, a
/// batch or a module checking many texts with one config calls, so that
/// word lists, automata and patterns are built once per config.
pub fn check_prepared(
    text: &str,
    previous: Option<&previous::Model>,
    prepared: &Prepared,
) -> Report {
    let config = prepared.config();
    // Models and rules read the folded copy, so that every table is written
    // once, in simplified characters; messages quote the original. Both have
    // the same byte offsets.
    let folded = lexicon::fold::fold(text);
    let marks = text::Marks::new(&folded);
    // The page's chrome is decided once, from the whole text; every model
    // and rule then reads the report's region, the chrome blanked.
    let page = page::Page::new(&folded, &marks, prepared.junk_phrases.as_ref());
    let chrome: Vec<std::ops::Range<usize>> =
        page.chrome.iter().map(|c| c.line.body.clone()).collect();
    let region = page.region(&folded);
    let (folded, marks) = match region {
        std::borrow::Cow::Borrowed(_) => (folded, marks),
        std::borrow::Cow::Owned(region) => {
            let marks = marks.blanked(&region, &page.blanked());
            (std::borrow::Cow::Owned(region), marks)
        }
    };
    let placeholders = placeholder::Model::new(&folded, &marks);
    let numbers = number::Model::new(&folded, &marks, &placeholders);
    let outline =
        outline::Outline::parse_hinted(&folded, &marks, &prepared.hints, &chrome, config.year);
    let calendar = calendar::Calendar::new(&folded, &outline).stamped(&page.stamps);
    let latin = text::latin_runs(&folded, &marks);
    // The models' and the rules' word tables, in one walk of the text.
    static WALK: std::sync::LazyLock<walk::Walk> =
        std::sync::LazyLock::new(|| walk::Walk::new(rules::walked()));
    let walked = WALK.walk(&folded);
    let words = lexicon::wrong_forms::hits(walked.wrong_forms);
    let formulations = formulation::Model::new(&folded, walked.formulations);
    let places = naming::pairs(&folded, walked.uppers);
    let people = prepared.roster.as_ref().map_or_else(Vec::new, |roster| {
        naming::people::read(&folded, roster, |at| {
            let sentence = marks
                .layout()
                .sentence_at(at)
                .map_or(at..at, |p| p.whole.clone());
            calendar.years_spoken(&folded, sentence, at)
        })
    });
    let own_area = outline
        .reports
        .iter()
        .find_map(|r| r.head.title.clone())
        .and_then(|t| folded[t].chars().find(|c| "省市县区州旗".contains(*c)));
    let matched = ledger::matches(
        &folded,
        &numbers,
        &prepared.ledger,
        &config.aliases,
        own_area,
        |s| calendar.stated_year(&folded, &numbers, s),
    );
    let typeset = typeset::Model::new(
        &folded,
        config.word_format.as_ref(),
        &config.layout,
        &outline,
    );
    let ctx = rules::Ctx {
        text: &folded,
        typeset: &typeset,
        original: text,
        config,
        prepared,
        numbers: &numbers,
        outline: &outline,
        calendar: &calendar,
        placeholders: &placeholders,
        marks: &marks,
        page: &page,
        latin: &latin,
        words: &words,
        formulations: &formulations,
        places: &places,
        people: &people,
        ledger: &matched,
        previous,
        many_years: std::cell::OnceCell::new(),
        walked: &walked.extra,
    };
    let mut findings = Vec::new();
    for rule in RULES.iter().filter(|r| config.is_enabled(r.meta.name)) {
        let mut sink = rules::Sink::new(&rule.meta, config, text, &mut findings);
        (rule.check)(&ctx, &mut sink);
    }
    // Keys sorted, then each finding moved once (a stable sort of the
    // findings themselves moves them many times).
    findings.sort_by_cached_key(|f| (f.range.start, f.range.end, f.rule));
    let metrics = metrics::metrics(text, &numbers);
    let plan_followup = previous.map_or_else(Vec::new, |p| {
        previous::plan_followup(p, &folded, text, &numbers, &outline)
    });
    // The findings are sorted by position: the ones starting where a
    // mention starts are found by a binary search, not by reading all.
    let reported = |category: Category, r: &std::ops::Range<usize>| {
        let from = findings.partition_point(|f| f.range.start < r.start);
        findings[from..]
            .iter()
            .take_while(|f| f.range.start == r.start)
            .any(|f| f.category == category && f.range == *r)
    };
    let formulations = formulations.mentions(|r| reported(Category::Formulation, r));
    let places = places
        .iter()
        .map(|p| p.mention(&folded, !reported(Category::Naming, &p.range)))
        .collect();
    let people = match &prepared.roster {
        Some(roster) => people
            .iter()
            .map(|n| n.mention(&folded, roster, !reported(Category::Naming, &n.range)))
            .collect(),
        None => Vec::new(),
    };
    let ledger = ledger::rows(&prepared.ledger, &matched, &numbers);
    Report {
        findings,
        metrics,
        outline,
        plan_followup,
        formulations,
        places,
        people,
        ledger,
    }
}

/// What [`fix_all`] did to a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    /// How many fixes were applied, over all rounds.
    pub applied: usize,
}

/// Checks `text`, applies the fixes of the findings `select` accepts, and
/// checks again until no selected fix is left (a fix can reveal another:
/// deleting a junk line may join two doubled words). `select` sees each
/// finding with the text of its round (an ignored finding is known by its
/// words). The rounds are bounded, so this ends on any text; on every text
/// we have tried it settles in two.
pub fn fix_all(text: &str, config: &Config, select: impl Fn(&Finding, &str) -> bool) -> Fixed {
    fix_all_prepared(text, &Prepared::new(config), select)
}

/// [`fix_all`] with the config prepared already (once for every round).
pub fn fix_all_prepared(
    text: &str,
    prepared: &Prepared,
    select: impl Fn(&Finding, &str) -> bool,
) -> Fixed {
    const ROUNDS: usize = 8;
    let mut current = text.to_owned();
    let mut applied = 0;
    for _ in 0..ROUNDS {
        let report = check_prepared(&current, None, prepared);
        let (next, n) = apply_fixes(&current, &report.findings, |f| select(f, &current));
        if n == 0 || next == current {
            break;
        }
        applied += n;
        current = next;
    }
    Fixed {
        text: current,
        applied,
    }
}

/// What “清理粘贴内容” removes: site chrome and the damage of PDF copies and
/// converters (every fix of the junk and artifact categories, the unsafe
/// joins of broken lines included, since the user asked for exactly this).
pub fn is_paste_debris(finding: &Finding) -> bool {
    matches!(finding.category, Category::Junk | Category::Artifact) && finding.fix.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_turns_rules_off_and_overrides_severity() {
        let text = "新增xx家，时间待定";
        assert_eq!(check(text, &Config::default()).findings.len(), 2);
        let mut config = Config::default();
        config.disable("unfilled-x");
        config.rules.insert(
            "todo-marker".into(),
            RuleConfig {
                enabled: true,
                severity: Some(Severity::Info),
            },
        );
        let report = check(text, &config);
        assert_eq!(report.findings.len(), 1);
        assert_eq!(
            (report.findings[0].rule, report.findings[0].severity),
            ("todo-marker", Severity::Info)
        );
        assert!(!report.has_errors());
    }

    #[test]
    fn a_report_reads_back_from_json_unchanged() {
        let text =
            "一、工作总结\n全年新增企业xx家，完成完成技改项目8个，同比增长12.5%。\n（一）稳运行\n";
        let report = check(text, &Config::default());
        let json = serde_json::to_string(&report).unwrap_or_default();
        let back: ReportData = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back.resolve(), Ok(report));
        let renamed = json.replacen("\"rule\":\"", "\"rule\":\"no-such-", 1);
        let unknown: ReportData = serde_json::from_str(&renamed).expect("reads");
        assert!(unknown.resolve().is_err());
    }

    #[test]
    fn findings_are_sorted_and_on_char_boundaries() {
        let text = "【 】××县待补充，xx家**万元，𠀀（）";
        let report = check(text, &Config::default());
        assert!(report
            .findings
            .windows(2)
            .all(|w| w[0].range.start <= w[1].range.start));
        for f in &report.findings {
            assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
        }
        assert_eq!(report.findings.len(), 6);
    }
}
