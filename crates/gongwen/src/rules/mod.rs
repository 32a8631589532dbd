//! The rule registry. Each rule lives in its own file: metadata and docs
//! first, then the check, then its tests.

use crate::config::Config;
use crate::finding::{Category, Finding, Fix, Related, Severity};
use std::ops::Range;

pub mod artifact;
pub mod duplicate;
pub mod formulation;
pub mod junk;
pub mod layout;
pub mod ledger;
pub mod masked;
pub mod naming;
pub mod note;
pub mod number;
pub mod outline;
pub mod placeholder;
mod prepared;
pub mod previous;
pub mod punctuation;
pub mod section;
#[cfg(test)]
pub(crate) mod tester;
pub mod time;
pub mod wording;

pub use prepared::Prepared;

/// A rule: what it is (for the CLI's `explain`, the app's help panel and the
/// registry self-test) and the function that checks a text.
#[derive(Debug)]
pub struct Rule {
    pub meta: RuleMeta,
    pub check: fn(&Ctx<'_>, &mut Sink<'_>),
}

#[derive(Debug, Clone, Copy)]
pub struct RuleMeta {
    /// Stable kebab-case name; reads well as "allow <name>".
    pub name: &'static str,
    /// Short Simplified Chinese name, what a user reads (the ID is for
    /// settings files and the CLI's `explain`).
    pub title: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// Whether findings of this rule can carry a fix.
    pub fix: FixAvailability,
    pub docs: Docs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixAvailability {
    None,
    Sometimes,
    Always,
}

/// A rule's documentation, in Simplified Chinese, in fixed sections.
#[derive(Debug, Clone, Copy)]
pub struct Docs {
    /// 检查什么
    pub what: &'static str,
    /// 为什么
    pub why: &'static str,
    /// 示例（错误）: must trigger the rule.
    pub bad: &'static str,
    /// 示例（正确）: must not trigger the rule.
    pub good: &'static str,
}

/// The Chinese title of the rule with this ID, or the ID itself when no
/// registered rule has it.
pub fn title(name: &str) -> &str {
    find(name).map_or(name, |r| r.meta.title)
}

/// Every rule, in a stable order.
pub static RULES: &[&Rule] = &[
    &placeholder::unfilled_x::RULE,
    &placeholder::unfilled_asterisk::RULE,
    &placeholder::unfilled_mark::RULE,
    &placeholder::empty_brackets::RULE,
    &placeholder::todo_marker::RULE,
    &number::malformed_number::RULE,
    &number::growth_integer_base::RULE,
    &number::growth_vs_base::RULE,
    &number::rate_vs_counts::RULE,
    &number::respective_list::RULE,
    &number::parts_vs_total::RULE,
    &number::rank_in_group::RULE,
    &number::region_count::RULE,
    &number::conflicting_figures::RULE,
    &number::plan_vs_actual::RULE,
    &number::count_vs_names::RULE,
    &number::direction_vs_values::RULE,
    &number::doubling_vs_values::RULE,
    &number::average_growth::RULE,
    &number::households_vs_people::RULE,
    &number::announced_parts::RULE,
    &number::threshold_vs_value::RULE,
    &number::floor_vs_value::RULE,
    &number::total_below_year::RULE,
    &number::growth_comparison::RULE,
    &number::target_vs_level::RULE,
    &number::increment_vs_growth::RULE,
    &number::increment_vs_values::RULE,
    &number::income_ratio::RULE,
    &number::output_parts::RULE,
    &number::completion_rate::RULE,
    &number::structure_sum::RULE,
    &number::share_of_total::RULE,
    &number::restated_target::RULE,
    &outline::heading_sequence::RULE,
    &outline::heading_level_order::RULE,
    &outline::enumeration_sequence::RULE,
    &outline::heading_style::RULE,
    &section::missing_section::RULE,
    &time::plan_year::RULE,
    &time::stale_term::RULE,
    &time::later_year_done::RULE,
    &time::since_year_run::RULE,
    &time::span_length::RULE,
    &time::date_range_order::RULE,
    &time::base_year::RULE,
    &time::wrong_weekday::RULE,
    &time::year_claim::RULE,
    &time::plan_milestone::RULE,
    &time::anniversary::RULE,
    &time::relative_year::RULE,
    &time::section_year::RULE,
    &time::meeting_not_held::RULE,
    &time::past_target_year::RULE,
    &time::plan_out_of_period::RULE,
    &time::zodiac_year::RULE,
    &time::step_order::RULE,
    &time::dateline_date::RULE,
    &time::published_before::RULE,
    &time::event_edition::RULE,
    &time::edition_year::RULE,
    &time::goal_year::RULE,
    &time::preliminary_year::RULE,
    &time::session_order::RULE,
    &time::plan_document_year::RULE,
    &artifact::pinyin_in_brackets::RULE,
    &artifact::mojibake::RULE,
    &artifact::space_between_han::RULE,
    &artifact::lowercase_acronym::RULE,
    &artifact::preview_marker::RULE,
    &artifact::page_number::RULE,
    &artifact::broken_paragraph::RULE,
    &artifact::run_together_title::RULE,
    &artifact::per_mille_slip::RULE,
    &note::drafting_note::RULE,
    &masked::masked_word::RULE,
    &masked::latin_in_han::RULE,
    &masked::stripped_year::RULE,
    &masked::stripped_number::RULE,
    &duplicate::doubled_word::RULE,
    &duplicate::leftover_phrase::RULE,
    &duplicate::repeated_title::RULE,
    &duplicate::repeated_sentence::RULE,
    &junk::site_chrome::RULE,
    &junk::template_label::RULE,
    &junk::page_jump::RULE,
    &junk::html_entity::RULE,
    &junk::junk_token::RULE,
    &punctuation::half_width_punctuation::RULE,
    &punctuation::doubled_punctuation::RULE,
    &punctuation::unpaired_bracket::RULE,
    &punctuation::nested_quotes::RULE,
    &punctuation::ordinal_punctuation::RULE,
    &punctuation::ascii_full_stop::RULE,
    &punctuation::space_around_punctuation::RULE,
    &wording::misspelled_word::RULE,
    &wording::variant_form::RULE,
    &wording::misused_word::RULE,
    &wording::doubled_qualifier::RULE,
    &wording::chinese_zero::RULE,
    &wording::range_dash::RULE,
    &wording::mixed_year_numerals::RULE,
    &wording::house_style::RULE,
    &formulation::misquoted_formulation::RULE,
    &formulation::altered_formulation::RULE,
    &formulation::series_order::RULE,
    &formulation::leader_name::RULE,
    &naming::place_hierarchy::RULE,
    &naming::doubled_level::RULE,
    &naming::government_full_name::RULE,
    &naming::institution_name::RULE,
    &naming::person_title::RULE,
    &naming::person_name::RULE,
    &ledger::ledger_figure::RULE,
    &ledger::ledger_growth::RULE,
    &ledger::ledger_unmentioned::RULE,
    &layout::page_setup::RULE,
    &layout::title_format::RULE,
    &layout::body_format::RULE,
    &layout::heading_format::RULE,
    &layout::line_spacing::RULE,
    &layout::page_number_form::RULE,
    &layout::doc_number_form::RULE,
    &previous::copied_from_previous::RULE,
    &previous::unchanged_figure::RULE,
    &previous::target_below_previous::RULE,
];

/// The rules of a page rather than a sentence: what a pasted page's
/// lines, layout and repeats tell. A Word file's header, footer or
/// footnote sets them off by what it is (a running title, a page number,
/// letters spaced out, a line cut short), so they stay off there.
const PAGE_LEVEL: &[&str] = &[
    "repeated-sentence",
    "repeated-title",
    "broken-paragraph",
    "page-number",
    "preview-marker",
    "run-together-title",
    "space-between-han",
    "page-jump",
    "site-chrome",
    "template-label",
];

/// Kept beside the registry it reads, so that `config` imports no rule.
impl Config {
    /// The config for a text beside the report: a Word file's footnotes,
    /// endnotes, headers and footers. Its sentences are checked as the
    /// report's are (placeholders, figures, years, wording, punctuation,
    /// formulations, names, doubled words, garbled or leftover web text),
    /// with the report's year; what belongs to the report as a whole is
    /// not: its outline and sections, its layout, last year's report and
    /// the statistics table, and the rules of a page ([`PAGE_LEVEL`]).
    pub fn beside(&self, year: Option<u32>) -> Config {
        use crate::finding::Category as C;
        let whole = [C::Section, C::Outline, C::Layout, C::Previous, C::Data];
        let mut config = Config {
            year: year.or(self.year),
            heading_texts: Vec::new(),
            ledger: None,
            word_format: None,
            ..self.clone()
        };
        for rule in RULES {
            if whole.contains(&rule.meta.category) || PAGE_LEVEL.contains(&rule.meta.name) {
                config.disable(rule.meta.name);
            }
        }
        config
    }
}

pub fn find(name: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.meta.name == name)
}

/// What a rule sees.
#[derive(Debug)]
pub struct Ctx<'a> {
    /// The text with traditional characters folded to simplified ones:
    /// what rules scan. Byte offsets are those of `original`.
    pub text: &'a str,
    /// The text as the user wrote it: what messages quote.
    pub original: &'a str,
    pub config: &'a Config,
    /// What the rules build from the config, built once per config.
    pub prepared: &'a Prepared,
    /// The number model, built once for all rules.
    pub numbers: &'a crate::number::Model,
    /// The outline: headings, enumerations, reports.
    pub outline: &'a crate::outline::Outline,
    /// What 今年/去年 mean in each report and which year a sentence
    /// speaks of.
    pub calendar: &'a crate::calendar::Calendar,
    /// Every placeholder, with what it stands for.
    pub placeholders: &'a crate::placeholder::Model,
    /// Every character that is not a Han letter, with its offset: what
    /// rules looking for punctuation, digits or line breaks walk.
    pub marks: &'a crate::text::Marks,
    /// The page around the report: its chrome lines, blanked in `text`.
    pub page: &'a crate::page::Page,
    /// The runs of Latin letters and digits (`GDP`, `zf`, `5g`), in order.
    pub latin: &'a [crate::text::LatinRun],
    /// The wrong forms of the 错别字 and 异形词 tables, in order.
    pub words: &'a [crate::lexicon::wrong_forms::Hit],
    /// The standard formulations of the text, right and wrong.
    pub formulations: &'a crate::formulation::Model,
    /// Two levels of administrative divisions named together, each with
    /// what the table of divisions says of them.
    pub places: &'a [crate::naming::Pair],
    /// The office's listed people and titles the text names, with what
    /// the list says of each (none without a list).
    pub people: &'a [crate::naming::people::Named],
    /// The report's figures matched to the office's statistics table (none
    /// without a table).
    pub ledger: &'a [crate::ledger::Match],
    /// The previous year's report, when one is given.
    pub previous: Option<&'a crate::previous::Model>,
    /// The Word file's paragraphs placed in the text, with their fonts,
    /// sizes and line pitch, and its page (empty for a text, or a file the
    /// layout rules leave alone).
    pub typeset: &'a crate::typeset::Model<'a>,
    /// Which figures speak of several years: read by the first rule that
    /// asks ([`Ctx::many_years`]), then kept for the others.
    pub many_years: std::cell::OnceCell<crate::number::ManyYears>,
    /// The matches of the rules' tables ([`walked`]) in the check's one
    /// walk of the text, asked for with [`Ctx::find_iter`].
    pub walked: &'a [(&'static crate::lexicon::Index, crate::walk::Matches)],
}

/// The rules' word tables found in the check's one walk of the text
/// ([`crate::walk::Walk`]) beside the models': a table walked with the
/// others costs a fraction of a search of the whole text of its own. A
/// rule asks for its matches with [`Ctx::find_iter`].
pub fn walked() -> Vec<&'static crate::lexicon::Index> {
    vec![
        number::direction_vs_values::CLAIM_WORDS.index(),
        number::direction_vs_values::RATIO_WORDS.index(),
        wording::range_dash::DASHES.index(),
        wording::doubled_qualifier::ENDS.index(),
        wording::misused_word::WORDS.index(),
        masked::MASK_LEXICON.index(),
        number::region_count::walked(),
        naming::institution_name::walked(),
    ]
}

impl Ctx<'_> {
    /// The year a figure is stated for: the year its period names, else the
    /// one the calendar reads for it; none in a plan (a target is no fact
    /// of a year).
    pub fn stated_year(&self, s: &crate::number::Statement) -> Option<u32> {
        self.calendar.stated_year(self.text, self.numbers, s)
    }

    /// Every match of `table` in the text, leftmost-longest, as
    /// `table.find_iter(ctx.text)` gives them: from the walk when the table
    /// is one of [`walked`], else by a search of its own.
    pub fn find_iter<T: Copy>(
        &self,
        table: &'static crate::lexicon::Lexicon<T>,
    ) -> Vec<(std::ops::Range<usize>, T)> {
        match self
            .walked
            .iter()
            .find(|(index, _)| std::ptr::eq(*index, table.index()))
        {
            Some((_, matches)) => matches
                .iter()
                .map(|(r, pattern)| (r.clone(), table.value(*pattern)))
                .collect(),
            None => {
                debug_assert!(
                    false,
                    "a table asked of the walk is listed in rules::walked"
                );
                table.find_iter(self.text).collect()
            }
        }
    }

    /// Which figures speak of several years at once (their figures are not
    /// one year's): asked by the rules that compare one year's figures,
    /// when they need it; read once, for the first that asks.
    pub fn many_years(&self) -> &crate::number::ManyYears {
        self.many_years.get_or_init(|| self.read_many_years())
    }

    fn read_many_years(&self) -> crate::number::ManyYears {
        // A section title without a number (“‘十五五’时期主要目标和2026年
        // 重点工作”) ends a look back as a numbered heading does.
        let mut headings: Vec<usize> = self
            .outline
            .headings
            .iter()
            .map(|h| h.marker.start)
            .chain(self.outline.titles.iter().map(|(r, _)| r.start))
            .collect();
        headings.sort_unstable();
        crate::number::many_years(self.text, &headings, self.numbers)
    }
}

/// Where a rule reports. It stamps each finding with the rule's name,
/// category and configured severity, so rules only say what and where.
#[derive(Debug)]
pub struct Sink<'a> {
    meta: &'a RuleMeta,
    /// The text as the user wrote it, for quoting.
    original: &'a str,
    severity: Severity,
    /// The user set this rule's severity: it wins over the rule's weaker
    /// readings, even when it equals the default.
    configured: bool,
    findings: &'a mut Vec<Finding>,
}

impl<'a> Sink<'a> {
    pub(crate) fn new(
        meta: &'a RuleMeta,
        config: &Config,
        original: &'a str,
        findings: &'a mut Vec<Finding>,
    ) -> Self {
        let severity = config.severity(meta.name, meta.severity);
        let configured = config
            .rules
            .get(meta.name)
            .is_some_and(|r| r.severity.is_some());
        Sink {
            meta,
            original,
            severity,
            configured,
            findings,
        }
    }

    /// The user's own text at `range`, for quoting in a message: rules scan
    /// the folded text, but a traditional draft is quoted as written.
    pub fn quote(&self, range: Range<usize>) -> &'a str {
        &self.original[range]
    }

    /// The whole text as the user wrote it.
    pub fn original(&self) -> &'a str {
        self.original
    }

    pub fn report(&mut self, range: Range<usize>, message: String) -> &mut Finding {
        self.report_with(range, message, self.severity)
    }

    /// Reports with a severity other than the rule's default, for the weaker
    /// readings of a rule. A configured severity still wins.
    pub fn report_with(
        &mut self,
        range: Range<usize>,
        message: String,
        severity: Severity,
    ) -> &mut Finding {
        self.findings.push(Finding {
            rule: self.meta.name,
            category: self.meta.category,
            severity: if self.configured {
                self.severity
            } else {
                severity
            },
            range,
            message,
            related: Vec::new(),
            fix: None,
        });
        self.findings.last_mut().expect("just pushed")
    }
}

impl Finding {
    pub fn with_related(&mut self, range: Range<usize>, message: String) -> &mut Self {
        self.related.push(Related {
            range,
            message,
            previous: false,
        });
        self
    }

    /// A place in the previous year's report that explains the finding.
    pub fn with_previous(&mut self, range: Range<usize>, message: String) -> &mut Self {
        self.related.push(Related {
            range,
            message,
            previous: true,
        });
        self
    }

    pub fn with_fix(&mut self, fix: Fix) -> &mut Self {
        self.fix = Some(fix);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check;

    #[test]
    fn the_walked_tables_are_distinct() {
        let tables = walked();
        for (k, a) in tables.iter().enumerate() {
            assert!(
                !tables[..k].iter().any(|b| std::ptr::eq(*a, *b)),
                "table {k} listed twice"
            );
        }
    }

    #[test]
    fn the_page_level_rules_are_registered_and_off_beside_the_report() {
        let beside = Config::default().beside(None);
        for name in PAGE_LEVEL {
            assert!(find(name).is_some(), "{name} is no rule");
            assert!(!beside.is_enabled(name), "{name}");
        }
        assert!(beside.is_enabled("doubled-word"));
    }

    /// Every rule documents itself, and its examples are honest: the bad one
    /// triggers the rule, the good one does not (biome's `rules_check`).
    #[test]
    fn every_rule_has_docs_whose_examples_hold() {
        // The default settings plus the house-style patterns its docs
        // assume; the patterns concern no other rule.
        let config = Config {
            people: naming::person_title::example_people(),
            ledger: ledger::example_config().ledger,
            word_format: Some(layout::example_format()),
            ..wording::house_style::example_config()
        };
        for rule in RULES {
            let m = &rule.meta;
            assert!(
                !m.docs.what.is_empty() && !m.docs.why.is_empty(),
                "{} lacks docs",
                m.name
            );
            let fired = |example: &str| {
                let (previous, text) = previous::split(example);
                crate::check_with_previous(text, previous, &config)
                    .findings
                    .iter()
                    .any(|f| f.rule == m.name)
            };
            assert!(
                fired(m.docs.bad),
                "{}: bad example does not trigger it",
                m.name
            );
            assert!(!fired(m.docs.good), "{}: good example triggers it", m.name);
        }
    }

    /// A severity the user sets wins over a rule's weaker readings, even
    /// when it is the rule's default (todo-marker reports 待定 as a warning).
    #[test]
    fn a_configured_severity_wins_even_when_it_is_the_default() {
        let text = "时间待定。";
        let severity = |config: &Config| {
            check(text, config)
                .findings
                .iter()
                .find(|f| f.rule == "todo-marker")
                .map(|f| f.severity)
        };
        assert_eq!(severity(&Config::default()), Some(Severity::Warning));
        let mut config = Config::default();
        config.rules.insert(
            "todo-marker".into(),
            crate::RuleConfig {
                enabled: true,
                severity: Some(Severity::Error),
            },
        );
        assert_eq!(severity(&config), Some(Severity::Error));
    }

    #[test]
    fn rule_names_are_unique_kebab_case() {
        let mut names: Vec<_> = RULES.iter().map(|r| r.meta.name).collect();
        for n in &names {
            assert!(n.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{n}");
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len());
    }

    /// What a user reads: a short Chinese name for each rule, none shared,
    /// no Latin letters (the ID stays beside it where settings need it).
    #[test]
    fn rule_titles_are_unique_short_chinese() {
        let mut titles: Vec<_> = RULES.iter().map(|r| r.meta.title).collect();
        for t in &titles {
            let n = t.chars().count();
            assert!((2..=14).contains(&n), "{t}");
            assert!(
                !t.chars()
                    .any(|c| c.is_ascii_alphabetic() && c != 'N' && c != 'x'),
                "{t}"
            );
        }
        titles.sort_unstable();
        titles.dedup();
        assert_eq!(titles.len(), RULES.len());
    }

    /// The title the app and the CLI show for a rule ID (the ID itself for
    /// one no longer registered, as an old ignore list may hold).
    #[test]
    fn a_title_is_found_by_rule_id() {
        assert_eq!(title("unfilled-x"), "字母x占位未填");
        assert_eq!(title("no-such-rule"), "no-such-rule");
    }
}
