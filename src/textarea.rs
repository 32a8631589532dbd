//! Helpers for the page's textareas (the draft's and 上年报告's).

use web_sys::HtmlTextAreaElement;

/// Scrolls `ta` so that the line of byte `at` of `text` is a third down,
/// estimating the line's place from its share of the lines — or, in a text
/// of long lines (a PDF pasted whole), from its share of the text.
pub fn scroll_to_line(ta: &HtmlTextAreaElement, text: &str, at: usize) {
    let line = text.get(..at).map_or(0, |b| b.matches('\n').count());
    let lines = text.matches('\n').count().max(1);
    let share = if text.len() / lines > 2048 {
        at as f64 / text.len().max(1) as f64
    } else {
        line as f64 / lines as f64
    };
    let top = (f64::from(ta.scroll_height()) * share) as i32 - ta.client_height() / 3;
    ta.set_scroll_top(top.max(0));
}
