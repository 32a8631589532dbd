//! Placeholders: everything an author was supposed to fill in and did not.
//!
//! The rules here share one question: *what* is missing? The words around a
//! placeholder usually tell (`xxxx年` is a year, `xx家` a count, `xx县` a
//! name), and saying so makes the message something a user can act on.

pub mod empty_brackets;
pub mod todo_marker;
pub mod unfilled_asterisk;
pub mod unfilled_mark;
pub mod unfilled_x;

use crate::placeholder::{hint, Form, Placeholder};
use crate::rules::{Ctx, Sink};

/// Reports every placeholder written as `form`, saying what is missing.
pub fn report_unfilled(ctx: &Ctx<'_>, sink: &mut Sink<'_>, form: Form) {
    for p in ctx.placeholders.of(form) {
        let message = unfilled_message(ctx.text, sink, p);
        sink.report(p.range.clone(), message);
    }
}

/// The standard message for a figure or name left unfilled.
fn unfilled_message(text: &str, sink: &Sink<'_>, p: &Placeholder) -> String {
    let form = p.form.describe();
    let what = p.missing;
    let hint = hint(text, &p.range, what);
    let snippet = sink.quote(p.range.clone());
    format!(
        "未填写的{}占位符“{snippet}”{hint}：{form}，请填入实际{}。",
        what.label(),
        what.label()
    )
}
