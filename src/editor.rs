//! The editor: a native `<textarea>` (IME input, undo and plain-text paste
//! keep working) above a layer that draws the highlights. Both share font,
//! padding and wrapping, and the layer follows the textarea's scrolling.

use crate::app::Checked;
use crate::highlight::{pieces, Mark};
use std::rc::Rc;
use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub textarea: NodeRef,
    /// Text put into the textarea when it is first mounted.
    pub initial: &'static str,
    /// What the textarea holds now.
    pub draft: Rc<str>,
    pub checked: Rc<Checked>,
    pub selected: Option<usize>,
    /// Underline the key figures (while their tab is open).
    pub show_metrics: bool,
    pub on_input: Callback<String>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let backdrop = use_node_ref();

    {
        let (textarea, initial) = (props.textarea.clone(), props.initial);
        use_effect_with((), move |_| {
            if let Some(el) = textarea.cast::<HtmlTextAreaElement>() {
                el.set_value(initial);
            }
        });
    }

    let sync_scroll = {
        let (textarea, backdrop) = (props.textarea.clone(), backdrop.clone());
        move || {
            if let (Some(ta), Some(bd)) = (textarea.cast::<Element>(), backdrop.cast::<Element>()) {
                bd.set_scroll_top(ta.scroll_top());
                bd.set_scroll_left(ta.scroll_left());
            }
        }
    };
    // After every render the layer may have a new height: keep it aligned.
    {
        let sync_scroll = sync_scroll.clone();
        use_effect(sync_scroll);
    }

    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            on_input.emit(el.value());
        })
    };
    let onscroll = Callback::from(move |_: Event| sync_scroll());

    let checked = &props.checked;
    let layer = if *checked.text == *props.draft {
        let text = &checked.text;
        let report = &checked.report;
        let mut marks: Vec<_> = report
            .findings
            .iter()
            .enumerate()
            .map(|(i, f)| (f.range.clone(), Mark::Finding(i)))
            .collect();
        if let Some(f) = props.selected.and_then(|i| report.findings.get(i)) {
            marks.extend(f.related.iter().map(|r| (r.range.clone(), Mark::Related)));
        }
        marks.extend(
            report
                .metrics
                .iter()
                .enumerate()
                .map(|(i, m)| (m.range.clone(), Mark::Metric(i))),
        );
        marks.extend(
            report
                .outline
                .headings
                .iter()
                .enumerate()
                .map(|(i, h)| (h.marker.start..h.text.end, Mark::Heading(i))),
        );
        pieces(text, &marks)
            .into_iter()
            .map(|piece| {
                let part = text[piece.range.clone()].to_owned();
                match piece.mark {
                    None => html! { {part} },
                    Some(Mark::Related) => html! { <mark class="rel">{part}</mark> },
                    Some(Mark::Metric(i)) => {
                        html! { <span class="kf" data-metric={i.to_string()}>{part}</span> }
                    }
                    Some(Mark::Heading(i)) => {
                        html! { <span class="hd" data-heading={i.to_string()}>{part}</span> }
                    }
                    Some(Mark::Finding(i)) => {
                        let f = &report.findings[i];
                        let class = classes!(
                            "hl",
                            format!("cat-{}", f.category.name()),
                            format!("sev-{}", f.severity.name()),
                            (props.selected == Some(i)).then_some("active")
                        );
                        html! {
                            <mark {class}
                                data-category={f.category.name()}
                                data-rule={f.rule}
                                data-finding={i.to_string()}
                                title={f.message.clone()}>{part}</mark>
                        }
                    }
                }
            })
            .collect::<Html>()
    } else {
        // Typing: the highlights wait for the next check rather than drift.
        html! { {props.draft.to_string()} }
    };

    let class = classes!("editor", props.show_metrics.then_some("show-metrics"));
    html! {
        <div {class}>
            <div class="backdrop" ref={backdrop} aria-hidden="true">
                <div class="layer">{layer}{"\u{200b}\n"}</div>
            </div>
            <textarea
                id="draft"
                ref={props.textarea.clone()}
                spellcheck="false"
                placeholder="在此粘贴或输入工作报告草稿……"
                aria-label="报告草稿"
                {oninput}
                {onscroll}
            />
        </div>
    }
}
