//! How `misspelled-word` and `variant-form` report the wrong forms of
//! their tables (`lexicon::wrong_forms`, read once per check as
//! `Ctx::words`).

pub use crate::lexicon::wrong_forms::{cite, entries, Entry, Hit, Kind};

/// Reports every wrong form of the `kind` table in the text with `message(wrong as
/// written, right form in the draft's script, entry)`, and that right form
/// as a safe fix.
pub fn report(
    kind: Kind,
    ctx: &crate::rules::Ctx<'_>,
    sink: &mut crate::rules::Sink<'_>,
    message: impl Fn(&str, &str, &Entry) -> String,
) {
    use crate::finding::{Applicability, Fix};
    for Hit { range, entry, .. } in ctx.words.iter().filter(|h| h.kind == kind) {
        let range = range.clone();
        let written = sink.quote(range.clone());
        let right = crate::lexicon::fold::unfold_like(&entry.right, written);
        sink.report(range.clone(), message(written, &right, entry))
            .with_fix(Fix::change_to(Applicability::Safe, range, &right));
    }
}

/// Every entry of the `kind` table, reported by rule `name`: its wrong
/// form is reported and fixed to its right form, in simplified and
/// traditional text; its right form and its exceptions are not reported.
#[cfg(test)]
pub(crate) fn assert_every_entry(kind: Kind, name: &str) {
    use crate::rules::tester::{apply, findings, to_traditional};
    let config = crate::Config::default();
    for e in entries(kind) {
        let bad = format!("——{}——", e.wrong);
        let found = findings(&config, name, &bad);
        assert_eq!(found.len(), 1, "{}: {found:?}", e.wrong);
        assert_eq!(apply(&config, name, &bad), format!("——{}——", e.right));
        let traditional = to_traditional(&bad);
        assert_eq!(
            findings(&config, name, &traditional).len(),
            1,
            "{traditional}"
        );
        for good in std::iter::once(&e.right).chain(&e.except) {
            let good = format!("——{good}——");
            assert_eq!(findings(&config, name, &good), [], "{good}");
        }
    }
}
