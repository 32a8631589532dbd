//! Handing results over: a file to download (CSV, Markdown, JSON in the
//! CLI's schema) and the draft to the clipboard. The formats live in
//! `gongwen-json`, shared with the CLI; this module only delivers them.

use crate::state::Checked;
use wasm_bindgen::{JsCast, JsValue};

/// The file formats of 导出.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Markdown,
    Json,
}

/// The exported file's name and content for `checked`, named after
/// `source` (the opened file) when there is one.
pub fn render(
    format: Format,
    checked: &Checked,
    source: Option<&str>,
) -> (String, &'static str, String) {
    let previous = Some(&*checked.review.previous).filter(|p| !p.trim().is_empty());
    let doc = gongwen_json::Document::with_previous(&checked.text, previous, &checked.report);
    let stem = source
        .map(|s| s.rsplit_once('.').map_or(s, |(stem, _)| stem))
        .unwrap_or("草稿");
    let title = source.unwrap_or("草稿");
    match format {
        Format::Csv => (
            format!("{stem}-问题清单.csv"),
            "text/csv;charset=utf-8",
            gongwen_json::csv(&[(title, &doc)]),
        ),
        Format::Markdown => (
            format!("{stem}-问题清单.md"),
            "text/markdown;charset=utf-8",
            gongwen_json::markdown(title, &doc),
        ),
        Format::Json => {
            // One file of the CLI's JSON, version 1.
            let mut file = serde_json::to_value(&doc).unwrap_or_default();
            if let Some(o) = file.as_object_mut() {
                o.insert("path".into(), title.into());
            }
            let out = serde_json::json!({ "version": gongwen_json::VERSION, "files": [file] });
            (
                format!("{stem}-问题清单.json"),
                "application/json",
                serde_json::to_string_pretty(&out).unwrap_or_default(),
            )
        }
    }
}

/// Offers `content` as a download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Revoked later: revoking at once can cancel the download.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Puts `text` on the clipboard; the promise settles later.
pub fn copy(text: &str) -> Option<js_sys::Promise> {
    let clipboard = web_sys::window()?.navigator().clipboard();
    Some(clipboard.write_text(text))
}
