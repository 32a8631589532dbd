//! The header: brand, genre picker, the fix commands (一键修复, 清理粘贴内容,
//! 撤销), 示例 and 清空, and what the last command did.

use super::use_app_state;
use crate::state::{Action, Sweep, DEMO};
use gongwen::outline::Genre;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The media type of a Word file.
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let state = use_app_state();
    let load = |content: &'static str| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Load(Rc::from(content))))
    };
    let command = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action()))
    };
    // The sweeps check the draft between their rounds: here, where the
    // click is handled, not in the reducer.
    let sweep = |sweep: Sweep| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(state.sweep(sweep)))
    };
    let safe = state.safe_fixes();
    // 打开文件: a hidden file input behind a button.
    let (picker, pick, on_file) = {
        let state = state.clone();
        crate::hooks::use_file_picker(move |file| crate::import::open(state.clone(), file))
    };
    let export = |format: crate::export::Format| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let (name, mime, content) =
                crate::export::render(format, &state.checked, state.draft.source.as_deref());
            let result = crate::export::download(&name, mime, &content);
            state.dispatch(match result {
                Ok(()) => Action::Notify(format!("已导出“{name}”。"), false),
                Err(_) => Action::Notify("浏览器不允许下载文件。".into(), true),
            });
        })
    };
    let export_word = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            // The draft as it is now: checked here when its check is
            // still under way.
            let checked = state
                .job()
                .map_or_else(|| state.checked.clone(), |job| job.run());
            let made = crate::export::word(
                &checked,
                state.draft.source.as_deref(),
                state.draft.word.as_deref(),
            );
            state.dispatch(match made {
                Ok((name, bytes, said)) => {
                    match crate::export::download_bytes(&name, DOCX, &bytes) {
                        Ok(()) => Action::Notify(format!("已导出“{name}”：{said}。"), false),
                        Err(_) => Action::Notify("浏览器不允许下载文件。".into(), true),
                    }
                }
                Err(why) => Action::Notify(format!("无法导出 Word 文件：{why}"), true),
            });
        })
    };
    let copy_all = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            let Some(promise) = crate::export::copy(&state.draft.text) else {
                state.dispatch(Action::Notify("浏览器不允许复制到剪贴板。".into(), true));
                return;
            };
            wasm_bindgen_futures::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                state.dispatch(if done {
                    Action::Notify("已复制全文。".into(), false)
                } else {
                    Action::Notify(
                        "浏览器不允许复制到剪贴板，请在编辑区按 Ctrl+A、Ctrl+C。".into(),
                        true,
                    )
                });
            });
        })
    };
    // A command picked from the menu closes it.
    let close_menu = Callback::from(|e: MouseEvent| {
        let menu = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|picked| picked.closest("details.menu").ok().flatten());
        if let Some(menu) = menu {
            let _ = menu.remove_attribute("open");
        }
    });
    let on_genre = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            state.dispatch(Action::Genre(Genre::from_name(&value)));
        })
    };
    html! {
        <header class="top">
            <div class="brand">
                <h1>{"公文体检"}</h1>
                <p class="tagline">{"粘贴草稿，当即标出问题；全在本机完成，不上传。"}</p>
            </div>
            if let Some(notice) = &state.view.notice {
                <p class={classes!("notice", notice.error.then_some("error"), notice.discard.then_some("restored"))} id="notice" title={notice.text.clone()} key={notice.seq.to_string()} role={if notice.error { "alert" } else { "status" }}>
                    {notice.text.clone()}
                    // The restore notice's own link, gone with it.
                    if notice.discard && state.draft.restored {
                        <button id="discard-restored" class="link" onclick={command(|| Action::DiscardRestored)}>{"丢弃，重新开始"}</button>
                    }
                </p>
            }
            // Behind 体检报告 the commands are out of reach.
            <div class="actions" inert={state.view.report_view.then_some("")}>
                <label class="genre">{"报告类型"}
                    <select id="genre" onchange={on_genre}>
                        <option value="auto" selected={state.review.genre.is_none()}>{"自动识别"}</option>
                        { for Genre::all().map(|g| html! {
                            <option value={g.name()} selected={state.review.genre == Some(g)}>{g.label()}</option>
                        }) }
                    </select>
                </label>
                <button id="open-file" onclick={pick} title="打开 .txt（自动识别 UTF-8、GBK、Big5、UTF-16）或 Word .docx 文件；也可以把文件拖到编辑区">{"打开文件"}</button>
                <input type="file" id="file-input" ref={picker} class="hidden" accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onchange={on_file} />
                <button id="fix-safe" onclick={sweep(Sweep::Safe)} disabled={safe == 0}
                    title="应用全部安全修复：删除网页残留、重复字词、多余空格，半角标点改全角等，不改变意思">
                    {format!("一键修复（安全）{}", if safe > 0 { format!(" {safe}") } else { String::new() })}
                </button>
                <button id="clean-paste" onclick={sweep(Sweep::Paste)}
                    title="删除从网站、PDF、转换工具带来的残留内容，并接好被拆开的段落">{"清理粘贴内容"}</button>
                <button id="undo" onclick={command(|| Action::Undo)} disabled={!state.draft.can_undo()}
                    title="撤销上一次修复，或找回打开文件前的草稿（Ctrl+Z）">{"撤销"}</button>
                <button id="show-report" onclick={command(|| Action::ShowReport(true))}
                    title="一页看完问题分类、各部分问题数、待填写、关键指标和标出问题的原文，可打印">{"体检报告"}</button>
                <details class="menu" id="export-menu">
                    <summary>{"导出"}</summary>
                    <div class="menu-items" role="menu" onclick={close_menu}>
                        <button id="export-csv" role="menuitem" onclick={export(crate::export::Format::Csv)}>{"问题清单（Excel 表格 .csv）"}</button>
                        <button id="export-markdown" role="menuitem" onclick={export(crate::export::Format::Markdown)}>{"问题清单（Markdown）"}</button>
                        <button id="export-json" role="menuitem" onclick={export(crate::export::Format::Json)}>{"检查结果（JSON）"}</button>
                        <button id="export-word" role="menuitem" onclick={export_word}
                            title={if state.draft.word.is_some() { "在打开的 Word 文件上标出批注，安全修复和在此所作的修改以修订写入，原有格式不变" } else { "生成新的 Word 文件：草稿全文，每处问题一条批注，安全修复以修订写入" }}>{"带批注的 Word 文件（.docx）"}</button>
                        <button id="copy-all" role="menuitem" onclick={copy_all}>{"复制全文"}</button>
                    </div>
                </details>
                <button id="load-demo" onclick={load(DEMO)}>{"示例"}</button>
                <button id="clear" onclick={load("")}>{"清空"}</button>
            </div>
        </header>
    }
}
