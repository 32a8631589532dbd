//! Handing results over: a file to download (CSV, Markdown, JSON in the
//! CLI's schema, the draft as a Word file with the review in it) and the
//! draft to the clipboard. The formats live in `gongwen-json`, shared with
//! the CLI and the JS module; this module only delivers them.

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

/// The draft of `checked` as a Word file with a comment on each finding
/// and the safe fixes as tracked changes: the Word file it was opened
/// from (`word`), with the changes made since as tracked changes too, or
/// a new one. Its name, and what went into it; or why it could not be
/// made.
pub fn word(
    checked: &Checked,
    source: Option<&str>,
    word: Option<&crate::state::Word>,
) -> Result<(String, Vec<u8>, String), String> {
    let stem = source
        .map(|s| s.rsplit_once('.').map_or(s, |(stem, _)| stem))
        .unwrap_or("草稿");
    let now = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let reviewer = gongwen_import::Reviewer {
        author: "公文体检".to_owned(),
        initials: "GW".to_owned(),
        // Word's dates: seconds, no fraction.
        date: format!("{}Z", now.get(..19).unwrap_or("2026-01-01T00:00:00")),
    };
    let options = gongwen_json::word::Options {
        min: gongwen::Severity::Info,
        track: Some(gongwen::Applicability::Safe),
    };
    let original = word.map(|w| (&*w.bytes, &*w.text));
    let out = gongwen_json::word::word_file(
        &checked.text,
        &checked.report,
        &checked.review.config(),
        original,
        options,
        &reviewer,
        &|f, text| checked.review.settings.is_ignored(f, text),
    )
    .map_err(|e| e.to_string())?;
    let mut said = format!("批注 {} 条", out.comments);
    if out.story_comments > 0 {
        said.push_str(&format!(
            "（其中脚注、页眉页脚 {} 条，写在正文相应位置）",
            out.story_comments
        ));
    }
    said.push_str(&format!("、修订 {} 处", out.changes));
    if out.edits_left > 0 {
        said.push_str(&format!(
            "（{} 处改动跨段落或落在自动编号上，未作修订）",
            out.edits_left
        ));
    }
    Ok((format!("{stem}-批注.docx"), out.bytes, said))
}

/// Offers `content` as a download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    download_parts(name, mime, &js_sys::Array::of1(&JsValue::from_str(content)))
}

/// Offers `bytes` as a download named `name`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    download_parts(name, mime, &js_sys::Array::of1(&array))
}

fn download_parts(name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options)?;
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
