//! Findings as a reviewer's comments (批注) for a Word file: one comment a
//! finding, on its range, saying what was found (the category and the
//! severity, the message with its arithmetic, the related places quoted)
//! and the fix offered; the fixes asked for become tracked changes
//! (`gongwen_import::annotate` writes both).

use gongwen::{Applicability, Finding, Severity};
use gongwen_import::{shorten, Note};

/// The comments for `findings` (of `text`) at `min` severity or above;
/// the edits of fixes at least as safe as `track` as tracked changes
/// (none: no tracked change).
pub fn notes(
    findings: &[Finding],
    text: &str,
    min: Severity,
    track: Option<Applicability>,
) -> Vec<Note> {
    findings
        .iter()
        .filter(|f| f.severity >= min)
        .map(|f| Note {
            story: None,
            range: f.range.clone(),
            body: body(f, text),
            edits: match (&f.fix, track) {
                (Some(fix), Some(at_least)) if fix.applicability >= at_least => fix
                    .edits
                    .iter()
                    .map(|e| (e.range.clone(), e.replacement.clone()))
                    .collect(),
                _ => Vec::new(),
            },
        })
        .collect()
}

/// A comment's text: 【类别·级别】message, then the related places (a
/// quote of each), then the fix.
fn body(f: &Finding, text: &str) -> String {
    let mut out = format!(
        "【{}·{}】{}",
        f.category.label(),
        f.severity.label(),
        f.message
    );
    for r in &f.related {
        let quoted = if r.previous {
            String::new()
        } else {
            text.get(r.range.clone())
                .map(|s| format!("“{}”", shorten(s)))
                .unwrap_or_default()
        };
        out.push_str(&format!("\n相关{quoted}：{}", r.message));
    }
    if let Some(fix) = &f.fix {
        let how = match fix.applicability {
            Applicability::Safe => "可直接修改",
            Applicability::Unsafe => "请核实后修改",
        };
        out.push_str(&format!("\n建议：{}（{how}）", fix.title));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_says_what_where_and_how_to_fix_it() {
        let text = "全年新增企业xx家。";
        let report = gongwen::check(text, &gongwen::Config::default());
        let all = notes(&report.findings, text, Severity::Info, None);
        let xx = all
            .iter()
            .find(|n| &text[n.range.clone()] == "xx")
            .expect("a comment on xx");
        assert!(xx.body.starts_with("【未填占位符·"), "{}", xx.body);
        assert!(xx.edits.is_empty());
        let errors = notes(&report.findings, text, Severity::Error, None);
        assert!(errors.len() <= all.len());
        assert_eq!(
            shorten("一二三四五六七八九十一二三四五六七八九十一"),
            "一二三四五六七八九十一二三四五六七八九十……"
        );
    }
}
