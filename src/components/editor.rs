//! The editor: a native `<textarea>` (IME input, undo and plain-text paste
//! keep working) above a layer that draws the highlights. Both share font,
//! padding and wrapping, and the layer follows the textarea's scrolling.
//! It is the only component that touches the textarea: others ask it to
//! show a range through `State::reveal`.

use super::use_app_state;
use crate::highlight::{blocks, pieces, Mark, Shift};
use crate::state::{Action, Checked, State};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[function_component(Editor)]
pub fn editor() -> Html {
    let state = use_app_state();
    let textarea = use_node_ref();
    let backdrop = use_node_ref();

    let sync_scroll = crate::hooks::use_editor_sync(&state, &textarea, &backdrop);
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            let value = el.value();
            if value.len() > crate::state::MAX_DRAFT_BYTES {
                state.dispatch(Action::TooLarge(value.len()));
            } else {
                state.dispatch(Action::Typed(Rc::from(value)));
            }
        })
    };
    let onscroll = Callback::from(move |_: Event| sync_scroll());
    // A click on a highlight lands in the textarea above it: the caret's
    // position says which finding was meant.
    let onclick = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            let (Ok(Some(start)), Ok(Some(end))) = (el.selection_start(), el.selection_end())
            else {
                return;
            };
            if start == end && state.is_current() {
                let checked = &state.checked;
                let at = checked.index.byte_of_utf16(&checked.text, start as usize);
                state.dispatch(Action::SelectAt(at));
            }
        })
    };
    // Ctrl+Z right after a fix undoes the fix: the textarea's own history
    // does not know about text set from outside. Once the user types, the
    // key is the textarea's again.
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            let undo = (e.ctrl_key() || e.meta_key())
                && !e.shift_key()
                && e.key().eq_ignore_ascii_case("z");
            if undo && state.draft.can_undo() {
                e.prevent_default();
                state.dispatch(Action::Undo);
            }
        })
    };

    // A file dropped on the editor is opened like one picked; dropped text
    // is left to the textarea, which inserts it (and says so with an input
    // event, which schedules its check).
    let ondragover = Callback::from(|e: DragEvent| {
        // Only a file is the page's to take: text is the textarea's.
        let files = e
            .data_transfer()
            .is_some_and(|d| d.types().includes(&"Files".into(), 0));
        if files {
            e.prevent_default();
        }
    });
    let ondrop = {
        let state = state.clone();
        Callback::from(move |e: DragEvent| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                e.prevent_default();
                crate::import::open(state.clone(), file);
            }
        })
    };
    // How each finding's highlight looks: built when a check lands or the
    // selection moves, not on every keystroke.
    let looks = use_memo(
        (state.checked.clone(), state.view.selected),
        |(checked, selected)| looks(checked, *selected),
    );
    let metrics = state.view.tab == crate::state::Tab::Metrics;
    let class = classes!("editor", metrics.then_some("show-metrics"));
    // The layer is drawn again only when what it shows changes: the text
    // it follows, the check, the selection, the key figures' tab.
    let shown = use_layer_text(&state);
    let drawn = use_memo(
        LayerKey {
            text: shown,
            checked: state.checked.clone(),
            looks: looks.clone(),
            selected: state.view.selected,
            metrics,
        },
        |k| layer(&k.text, &k.checked, k.selected, k.metrics, &k.looks),
    );
    html! {
        <div {class} {ondragover} {ondrop}>
            <div class="backdrop" ref={backdrop} aria-hidden="true" tabindex="-1">
                <div class={classes!("layer", (!state.is_current()).then_some("pending"))}>
                    {(*drawn).clone()}{"\u{200b}\n"}
                </div>
            </div>
            <textarea
                id="draft"
                ref={textarea}
                spellcheck="false"
                placeholder="在此粘贴或输入工作报告草稿……"
                aria-label="报告草稿"
                {oninput}
                {onscroll}
                {onkeydown}
                {onclick}
            />
        </div>
    }
}

/// A draft this long draws its layer after a pause in typing: laying out
/// a line of a megabyte and its marks again takes several frames, while
/// the textarea shows each key at once (the marks catch up in
/// [`LAYER_PAUSE_MS`]). A text put in whole (a paste, a file, a fix) is
/// drawn at once.
const DEFER_LAYER_BYTES: usize = 64 * 1024;
const LAYER_PAUSE_MS: u32 = 120;
/// How far the text may have moved from the one drawn while typing is
/// waited for: past it, the layer is drawn again at once.
const TYPED_BYTES: usize = 4096;

/// The text the layer draws: the draft, or while the user types into a
/// draft of [`DEFER_LAYER_BYTES`] and more, the draft as it was when
/// typing last paused.
#[hook]
fn use_layer_text(state: &State) -> Rc<str> {
    let text = state.draft.text.clone();
    let drawn = use_mut_ref(|| text.clone());
    let redraw = use_force_update();
    let typing = {
        let d = drawn.borrow();
        !Rc::ptr_eq(&d, &text)
            && d.len() >= DEFER_LAYER_BYTES
            && text.len() >= DEFER_LAYER_BYTES
            && d.len().abs_diff(text.len()) <= TYPED_BYTES
    };
    if !typing {
        *drawn.borrow_mut() = text.clone();
    }
    {
        let drawn = drawn.clone();
        use_effect_with(SameText(text.clone()), move |SameText(text)| {
            let behind = !Rc::ptr_eq(&drawn.borrow(), text);
            let pending = behind.then(|| {
                let text = text.clone();
                gloo_timers::callback::Timeout::new(LAYER_PAUSE_MS, move || {
                    *drawn.borrow_mut() = text;
                    redraw.force_update();
                })
            });
            move || drop(pending)
        });
    }
    let shown = drawn.borrow().clone();
    shown
}

/// A text compared by identity: a new text is a new `Rc`.
struct SameText(Rc<str>);

impl PartialEq for SameText {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the layer is drawn from, compared by identity.
struct LayerKey {
    text: Rc<str>,
    checked: Rc<Checked>,
    looks: Rc<Vec<Rc<Look>>>,
    selected: Option<usize>,
    metrics: bool,
}

impl PartialEq for LayerKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text)
            && Rc::ptr_eq(&self.checked, &other.checked)
            && Rc::ptr_eq(&self.looks, &other.looks)
            && self.selected == other.selected
            && self.metrics == other.metrics
    }
}

/// The highlight layer of `text`: the text cut into marked pieces, in
/// blocks that are redrawn only when their text or marks change. While a
/// check is pending the last check's marks follow the edit (those it
/// touched wait for the next check), so they neither vanish nor drift
/// while typing.
fn layer(
    text: &str,
    checked: &Checked,
    selected: Option<usize>,
    metrics: bool,
    looks: &[Rc<Look>],
) -> Html {
    let shift = Shift::between(&checked.text, text);
    let report = &checked.report;
    let mut marks: Vec<_> = report
        .findings
        .iter()
        .enumerate()
        .filter_map(|(i, f)| Some((shift.map(&f.range)?, Mark::Finding(i))))
        .collect();
    if let Some(f) = selected.and_then(|i| report.findings.get(i)) {
        marks.extend(
            f.related
                .iter()
                .filter(|r| !r.previous)
                .filter_map(|r| Some((shift.map(&r.range)?, Mark::Related))),
        );
    }
    // Key figures are underlined only while 关键指标 is open: a page of
    // figures is tens of thousands of elements the browser would lay out
    // on every keystroke for nothing.
    if metrics {
        marks.extend(
            report
                .metrics
                .iter()
                .enumerate()
                .filter_map(|(i, m)| Some((shift.map(&m.range)?, Mark::Metric(i)))),
        );
    }
    marks.extend(
        report
            .outline
            .headings
            .iter()
            .enumerate()
            .filter_map(|(i, h)| {
                Some((shift.map(&(h.marker.start..h.text.end))?, Mark::Heading(i)))
            }),
    );
    // Lines are block elements, so the browser lays out again only the
    // lines that changed; a long line's chunks are inline inside it.
    let mut lines: Vec<Vec<Chunk>> = Vec::new();
    let mut open = true;
    for (range, inside) in blocks(text, pieces(text, &marks)) {
        let paint: Rc<[Paint]> = inside
            .into_iter()
            .map(|p| Paint {
                look: match p.mark {
                    Some(Mark::Finding(i)) => looks.get(i).cloned(),
                    _ => None,
                },
                range: p.range,
                mark: p.mark,
            })
            .collect();
        let chunk = Chunk {
            hash: hash_of(&text[range.clone()]),
            text: Rc::from(&text[range.clone()]),
            paint,
        };
        match lines.last_mut() {
            Some(chunks) if open => chunks.push(chunk),
            _ => lines.push(vec![chunk]),
        }
        open = !text[..range.end].ends_with('\n');
    }
    // Lines are grouped into pages that end where the text says (a line
    // whose hash ends in four zero bits, or the 64th line), so an edit
    // changes one page and the page list compares a few dozen entries. A
    // page is keyed by the line that ends it: editing any other line of it
    // keeps the page and redraws that line alone. A long line (a PDF
    // pasted whole: a megabyte and ten thousand highlights) keeps its key
    // — the how-many-th long line it is — while it is edited, and only
    // its chunks that changed are drawn again.
    let mut pages: Vec<(u64, Vec<LineData>)> = vec![(0, Vec::new())];
    let mut long = 0;
    for chunks in lines {
        let hash = if chunks.len() > 1 {
            long += 1;
            hash_of(&("long line", long))
        } else {
            chunks[0].hash
        };
        let (key, page) = pages.last_mut().expect("a page");
        page.push(LineData {
            hash,
            chunks: Rc::from(chunks),
        });
        if hash & 0xf == 0 || page.len() >= 64 {
            *key = hash;
            pages.push((0, Vec::new()));
        }
    }
    let pages = pages.into_iter().filter(|(_, p)| !p.is_empty());
    keyed(pages, |key, page| {
        html! { <Page {key} lines={Rc::<[LineData]>::from(page)} /> }
    })
}

fn hash_of(value: &(impl Hash + ?Sized)) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Children keyed by a hash of what they show and which repeat of it they
/// are: an element whose key did not change is kept.
fn keyed<T>(items: impl Iterator<Item = (u64, T)>, view: impl Fn(String, T) -> Html) -> Html {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    items
        .map(|(hash, item)| {
            let n = seen.entry(hash).or_default();
            *n += 1;
            view(format!("{hash:x}-{n}"), item)
        })
        .collect::<Html>()
}

#[derive(PartialEq)]
struct LineData {
    /// Of the line's text.
    hash: u64,
    chunks: Rc<[Chunk]>,
}

#[derive(Properties, PartialEq)]
struct PageProps {
    lines: Rc<[LineData]>,
}

/// Some lines of the layer: drawn again only when one of them changes.
#[function_component(Page)]
fn page(props: &PageProps) -> Html {
    let lines = props.lines.iter().map(|l| (l.hash, l));
    keyed(
        lines,
        |key, l| html! { <Line {key} chunks={l.chunks.clone()} /> },
    )
}

/// How each finding of `checked` is drawn, `selected` outlined.
fn looks(checked: &Checked, selected: Option<usize>) -> Vec<Rc<Look>> {
    checked
        .report
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            Rc::new(Look {
                category: f.category.name(),
                severity: f.severity.name(),
                rule: f.rule,
                message: Rc::from(f.message.as_str()),
                active: selected == Some(i),
            })
        })
        .collect()
}

/// How a finding's highlight looks.
#[derive(PartialEq)]
struct Look {
    category: &'static str,
    severity: &'static str,
    rule: &'static str,
    message: Rc<str>,
    active: bool,
}

/// One piece of a block, relative to the block's start.
#[derive(PartialEq)]
struct Paint {
    range: Range<usize>,
    mark: Option<Mark>,
    look: Option<Rc<Look>>,
}

/// A piece of a line: all of it, or a stretch of a long one.
#[derive(Properties, PartialEq)]
struct Chunk {
    /// Of the text.
    hash: u64,
    text: Rc<str>,
    paint: Rc<[Paint]>,
}

#[derive(Properties, PartialEq)]
struct LineProps {
    chunks: Rc<[Chunk]>,
}

/// A line of the layer (with the empty lines after it): drawn again only
/// when its text or marks change.
#[function_component(Line)]
fn line(props: &LineProps) -> Html {
    // Keyed by their text: a chunk inserted or removed in a long line
    // leaves the others in place.
    let chunks = keyed(props.chunks.iter().map(|c| (c.hash, c)), |key, c| {
        html! { <ChunkView {key} hash={c.hash} text={c.text.clone()} paint={c.paint.clone()} /> }
    });
    // The gutter numbers each line by a CSS counter; the empty lines
    // drawn with this one advance it too, each by an empty element (an
    // inline box with nothing in it takes no room). The page's security
    // policy forbids style attributes, so no counter value is written.
    let breaks = props.chunks.last().map_or(0, |c| {
        c.text.bytes().rev().take_while(|&b| b == b'\n').count()
    });
    let empty = (1..breaks).map(|_| html! { <i class="nl"></i> });
    html! { <div class="ln">{ for empty }{chunks}</div> }
}

#[function_component(ChunkView)]
fn chunk_view(props: &Chunk) -> Html {
    let text = &props.text;
    let parts = props.paint.iter().map(|p| {
        let part = text[p.range.clone()].to_owned();
        match (p.mark, &p.look) {
            (Some(Mark::Finding(i)), Some(look)) => {
                let class = classes!(
                    "hl",
                    format!("cat-{}", look.category),
                    format!("sev-{}", look.severity),
                    look.active.then_some("active")
                );
                html! {
                    <mark {class}
                        data-category={look.category}
                        data-rule={look.rule}
                        data-finding={i.to_string()}
                        title={look.message.to_string()}>{part}</mark>
                }
            }
            (Some(Mark::Related), _) => html! { <mark class="rel">{part}</mark> },
            (Some(Mark::Metric(i)), _) => {
                html! { <span class="kf" data-metric={i.to_string()}>{part}</span> }
            }
            (Some(Mark::Heading(i)), _) => {
                html! { <span class="hd" data-heading={i.to_string()}>{part}</span> }
            }
            _ => html! { {part} },
        }
    });
    html! { { for parts } }
}
