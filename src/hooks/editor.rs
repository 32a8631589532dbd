//! The editor's effects on the page: the draft written into the textarea
//! when it is replaced from outside, a requested range selected and shown,
//! the focus taken back (Esc), the highlight layer kept aligned with the
//! textarea's scrolling, and the start-up mark of the first highlights.

use crate::state::{Anchor, AppState, Checked, Reveal};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

thread_local! {
    static FIRST_DRAWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs the editor's effects; returns what aligns the layer with the
/// textarea's scrolling, for its scroll handler.
#[hook]
pub fn use_editor_sync(
    state: &AppState,
    textarea: &NodeRef,
    backdrop: &NodeRef,
) -> impl Fn() + Clone + 'static {
    // The layer follows the textarea's scrolling: on its scroll events,
    // and when a text is put in from outside. Not after every render:
    // asking a megabyte's textarea where it is scrolled lays it out again.
    let sync_scroll = {
        let (textarea, backdrop) = (textarea.clone(), backdrop.clone());
        move || {
            if let (Some(ta), Some(bd)) = (textarea.cast::<Element>(), backdrop.cast::<Element>()) {
                bd.set_scroll_top(ta.scroll_top());
                bd.set_scroll_left(ta.scroll_left());
            }
        }
    };

    // A draft replaced from outside (示例, 清空, first visit, a fix, undo)
    // goes into the textarea; typing never comes back this way. A new
    // document starts at the top; a fixed one keeps the reader's place.
    {
        let (textarea, draft) = (textarea.clone(), state.draft.text.clone());
        let sync_scroll = sync_scroll.clone();
        use_effect_with(state.draft.loaded, move |loaded| {
            if let Some(el) = textarea.cast::<HtmlTextAreaElement>() {
                let top = el.scroll_top();
                el.set_value(&draft);
                el.set_scroll_top(if loaded.fresh { 0 } else { top });
                if loaded.seq > 1 {
                    let _ = el.focus();
                }
                sync_scroll();
            }
        });
    }
    {
        let (textarea, checked) = (textarea.clone(), state.checked.clone());
        let request = state.view.reveal.clone();
        let sync_scroll = sync_scroll.clone();
        use_effect_with(request.as_ref().map(|r| r.seq), move |_| {
            if let Some(request) = request {
                reveal(&checked, &textarea, &request);
                sync_scroll();
            }
        });
    }

    // Start-up time: the browser tests and BENCHMARKS.md read this mark,
    // set once, when the first highlights are drawn.
    {
        let drawn = state.is_current() && !state.checked.report.findings.is_empty();
        use_effect_with(drawn, |&drawn| {
            if drawn && !FIRST_DRAWN.with(|d| d.replace(true)) {
                if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
                    let _ = perf.mark("gongwen-first-highlights");
                }
            }
        });
    }

    {
        let textarea = textarea.clone();
        use_effect_with(state.view.focus_editor, move |&n| {
            if n > 0 {
                if let Some(el) = textarea.cast::<HtmlTextAreaElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    sync_scroll
}

/// Selects the requested range in the textarea and scrolls it into view.
/// The DOM counts in UTF-16 units: the engine's `LineIndex` converts. The
/// anchor is the element of the highlight layer drawn over that range; the
/// layer has the textarea's layout, so its offset is where the selection
/// sits.
fn reveal(checked: &Checked, textarea: &NodeRef, request: &Reveal) {
    let Some(ta) = textarea.cast::<HtmlTextAreaElement>() else {
        return;
    };
    let text = &checked.text;
    let start = checked.index.utf16_offset(text, request.range.start) as u32;
    let end = checked.index.utf16_offset(text, request.range.end) as u32;
    let _ = ta.focus();
    let _ = ta.set_selection_range(start, end);
    let selector = match request.anchor {
        Anchor::Finding(i) => format!("mark[data-finding=\"{i}\"]"),
        Anchor::Metric(i) => format!("[data-metric=\"{i}\"]"),
        Anchor::Heading(i) => format!("[data-heading=\"{i}\"]"),
        Anchor::Text => String::new(),
    };
    let mark = (!selector.is_empty())
        .then(|| ta.parent_element())
        .flatten()
        .and_then(|editor| editor.query_selector(&selector).ok().flatten())
        .and_then(|m| m.dyn_into::<HtmlElement>().ok());
    match mark {
        Some(mark) => {
            let top = mark.offset_top() - ta.client_height() / 3;
            ta.set_scroll_top(top.max(0));
        }
        // No element over the range: as far down as its line is.
        None => crate::textarea::scroll_to_line(&ta, text, request.range.start),
    }
}
