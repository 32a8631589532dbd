//! Findings are plain data: what a rule says about a range of the text.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;

/// The kind of defect. The set is closed and stable across releases: the app's
/// colours and filters and the CLI's JSON rely on these names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Placeholder,
    Number,
    Section,
    Outline,
    Time,
    Junk,
    Artifact,
    Masked,
    Duplicate,
    Note,
    Punctuation,
    /// 用词: misspelled and misused words, doubled qualifiers, number
    /// usage, and the office's own house style from its settings.
    Wording,
    /// 规范表述: the fixed formulations of the party's and the government's
    /// documents, written wrong, one character off or out of order.
    Formulation,
    /// 人名地名: places and institutions named as the divisions' table
    /// and the standard names do not have them, and the office's own
    /// people as its list does not.
    Naming,
    /// 数据核对: figures against the office's statistics table, when one
    /// is given.
    Data,
    /// 版式: a Word file's page, fonts, sizes and line spacing against
    /// GB/T 9704-2012 (or the office's own standard), and the forms of
    /// document numbers.
    Layout,
    /// 上年对照: the draft against the previous year's report, when one is
    /// given (`check_with_previous`).
    Previous,
}

impl Category {
    pub const ALL: [Category; 17] = [
        Category::Placeholder,
        Category::Number,
        Category::Section,
        Category::Outline,
        Category::Time,
        Category::Junk,
        Category::Artifact,
        Category::Masked,
        Category::Duplicate,
        Category::Note,
        Category::Punctuation,
        Category::Wording,
        Category::Formulation,
        Category::Naming,
        Category::Data,
        Category::Layout,
        Category::Previous,
    ];

    /// The stable kebab-case name used in JSON, CSS and `data-category`.
    pub fn name(self) -> &'static str {
        match self {
            Category::Placeholder => "placeholder",
            Category::Number => "number",
            Category::Section => "section",
            Category::Outline => "outline",
            Category::Time => "time",
            Category::Junk => "junk",
            Category::Artifact => "artifact",
            Category::Masked => "masked",
            Category::Duplicate => "duplicate",
            Category::Note => "note",
            Category::Punctuation => "punctuation",
            Category::Wording => "wording",
            Category::Formulation => "formulation",
            Category::Naming => "naming",
            Category::Data => "data",
            Category::Layout => "layout",
            Category::Previous => "previous",
        }
    }

    /// The label users see.
    pub fn label(self) -> &'static str {
        match self {
            Category::Placeholder => "未填占位符",
            Category::Number => "数字不一致",
            Category::Section => "缺少章节",
            Category::Outline => "序号层级",
            Category::Time => "年份时效",
            Category::Junk => "网页残留",
            Category::Artifact => "转换乱码",
            Category::Masked => "屏蔽词",
            Category::Duplicate => "重复字词",
            Category::Note => "批注未删",
            Category::Punctuation => "标点",
            Category::Wording => "用词",
            Category::Formulation => "规范表述",
            Category::Naming => "人名地名",
            Category::Data => "数据核对",
            Category::Layout => "版式",
            Category::Previous => "上年对照",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Severity::Info => "提示",
            Severity::Warning => "警告",
            Severity::Error => "错误",
        }
    }
}

/// One defect found in the text. Ranges are byte ranges into the checked text
/// and always fall on `char` boundaries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's stable kebab-case name.
    pub rule: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub range: Range<usize>,
    /// Simplified Chinese: what was found and what to do about it.
    pub message: String,
    pub related: Vec<Related>,
    pub fix: Option<Fix>,
}

/// A finding read back (a report that crossed to a web worker and back),
/// its rule named by a string: [`FindingData::resolve`] turns it into a
/// [`Finding`] once the caller has found the rule's own `&'static str`
/// (the rule registry is asked where the JSON is read, not here: the
/// finding is the bottom type, and depends on no rule).
#[derive(Debug, Deserialize)]
pub struct FindingData {
    pub rule: String,
    category: Category,
    severity: Severity,
    range: Range<usize>,
    message: String,
    related: Vec<Related>,
    fix: Option<Fix>,
}

impl FindingData {
    /// The finding, with `rule` as the name of its rule.
    pub fn resolve(self, rule: &'static str) -> Finding {
        Finding {
            rule,
            category: self.category,
            severity: self.severity,
            range: self.range,
            message: self.message,
            related: self.related,
            fix: self.fix,
        }
    }
}

impl Finding {
    /// Whether the finding offers a fix at least as safe as `at_least`.
    pub fn has_fix(&self, at_least: Applicability) -> bool {
        self.fix
            .as_ref()
            .is_some_and(|f| f.applicability >= at_least)
    }
}

/// Another place in the text that explains a finding (e.g. the total that a
/// list of parts should add up to).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    pub range: Range<usize>,
    pub message: String,
    /// The range is in the previous year's report, not in the draft.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub previous: bool,
}

/// A proposed change, with how safe it is to apply without reading it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

impl Fix {
    /// The usual fix of a wrong form: replace `range` by `with`, titled
    /// 改为“with”.
    pub fn change_to(applicability: Applicability, range: Range<usize>, with: &str) -> Fix {
        Fix::replace(format!("改为“{with}”"), applicability, range, with)
    }

    /// One edit: replace `range` by `with`.
    pub fn replace(
        title: String,
        applicability: Applicability,
        range: Range<usize>,
        with: &str,
    ) -> Fix {
        Fix {
            title,
            applicability,
            edits: vec![Edit {
                range,
                replacement: with.to_owned(),
            }],
        }
    }

    /// One edit: delete `range`.
    pub fn delete(title: String, applicability: Applicability, range: Range<usize>) -> Fix {
        Fix::replace(title, applicability, range, "")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Needs a person to look: the change may alter the meaning.
    Unsafe,
    /// Keeps the meaning; may be applied in bulk.
    Safe,
}

impl Applicability {
    pub fn name(self) -> &'static str {
        match self {
            Applicability::Unsafe => "unsafe",
            Applicability::Safe => "safe",
        }
    }
}

/// Replace `range` (bytes) by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub range: Range<usize>,
    pub replacement: String,
}

/// Applies the fixes of `findings` that `select` accepts, each fix whole or
/// not at all, and returns the new text and how many fixes it applied.
///
/// Fixes are taken in the order of their first edit; a fix with an edit
/// that overlaps (or inserts at the same place as) an edit already taken is
/// skipped, so the result is well defined whatever the findings hold.
/// Running the check again on the result and applying once more is how
/// callers reach a fixed point ([`crate::fix_all`]).
pub fn apply_fixes<'a>(
    text: &str,
    findings: &'a [Finding],
    mut select: impl FnMut(&'a Finding) -> bool,
) -> (String, usize) {
    let mut fixes: Vec<&Fix> = findings
        .iter()
        .filter(|f| select(f))
        .filter_map(|f| f.fix.as_ref())
        .filter(|fix| {
            fix.edits.iter().all(|e| {
                e.range.start <= e.range.end
                    && e.range.end <= text.len()
                    && text.is_char_boundary(e.range.start)
                    && text.is_char_boundary(e.range.end)
            })
        })
        .collect();
    fixes.sort_by_key(|fix| fix.edits.iter().map(|e| e.range.start).min());
    // Edits taken so far, keyed by start; they never overlap one another.
    let mut taken: BTreeMap<usize, &Edit> = BTreeMap::new();
    let clashes = |taken: &BTreeMap<usize, &Edit>, e: &Edit| {
        let before = taken.range(..=e.range.start).next_back();
        let after = taken.range(e.range.start..).next();
        before.is_some_and(|(_, t)| t.range.end > e.range.start || t.range.start == e.range.start)
            || after
                .is_some_and(|(_, t)| t.range.start < e.range.end || t.range.start == e.range.start)
    };
    let mut applied = 0;
    for fix in fixes {
        let mut edits: Vec<&Edit> = fix.edits.iter().collect();
        edits.sort_by_key(|e| (e.range.start, e.range.end));
        let own_overlap = edits
            .windows(2)
            .any(|w| w[0].range.end > w[1].range.start || w[0].range.start == w[1].range.start);
        if own_overlap || edits.iter().any(|e| clashes(&taken, e)) {
            continue;
        }
        taken.extend(edits.into_iter().map(|e| (e.range.start, e)));
        applied += 1;
    }
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for edit in taken.values() {
        out.push_str(&text[pos..edit.range.start]);
        out.push_str(&edit.replacement);
        pos = edit.range.end;
    }
    out.push_str(&text[pos..]);
    (out, applied)
}

/// A checked formulation or place as the report lists it (规范表述 panel,
/// JSON): where it stands, its standard form (a series: its members in
/// order; a place: as the table has it), the source it is checked
/// against, and whether it is written rightly here (no finding of its
/// category stands on it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub range: Range<usize>,
    pub standard: String,
    pub source: String,
    pub right: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(range: Range<usize>, replacement: &str, applicability: Applicability) -> Finding {
        Finding {
            rule: "test",
            category: Category::Duplicate,
            severity: Severity::Warning,
            range: range.clone(),
            message: String::new(),
            related: vec![],
            fix: Some(Fix {
                title: "删除".into(),
                applicability,
                edits: vec![Edit {
                    range,
                    replacement: replacement.into(),
                }],
            }),
        }
    }

    #[test]
    fn applies_safe_edits_only_and_skips_overlaps() {
        let text = "的的确确是是";
        let findings = [
            finding(12..15, "", Applicability::Safe),
            finding(0..3, "", Applicability::Unsafe),
            finding(12..18, "是", Applicability::Safe),
        ];
        let safe = |f: &Finding| f.has_fix(Applicability::Safe);
        assert_eq!(
            apply_fixes(text, &findings, safe),
            ("的的确确是".to_owned(), 1)
        );
        assert_eq!(
            apply_fixes(text, &findings, |_| true),
            ("的确确是".to_owned(), 2)
        );
    }

    #[test]
    fn categories_have_distinct_names() {
        let mut names: Vec<_> = Category::ALL.iter().map(|c| c.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Category::ALL.len());
    }
}
