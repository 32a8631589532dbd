//! 公文体检 for JavaScript: a thin edge around the engine. `check(text,
//! options)` returns exactly one document of the CLI's JSON (version 1:
//! character offsets, 1-based lines and columns), `rules()` the rule list.
//! No rule logic lives here; the JSON shape lives in `gongwen-json`.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// What a caller may set; every field is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// A genre of `genres.json` (`annual`, `gov-work`, …); absent: detect.
    pub genre: Option<String>,
    /// Rules to turn off, by name.
    pub disable: Vec<String>,
    /// Extra to-do words of the office's templates.
    pub placeholder_words: Vec<String>,
    /// Extra phrases that mark a line as site chrome.
    pub junk_phrases: Vec<String>,
    /// The texts of the document's heading paragraphs (`readFile`'s
    /// `heading_texts`): outline hints.
    pub headings: Vec<String>,
    /// Last year's report: the draft is checked beside it (上年对照).
    pub previous: Option<String>,
}

impl Options {
    /// The engine's config, or what is wrong with the options.
    pub fn config(&self) -> Result<gongwen::Config, String> {
        let genre = match self.genre.as_deref() {
            None | Some("auto") => None,
            Some(name) => Some(
                gongwen::outline::Genre::from_name(name)
                    .ok_or_else(|| format!("未知的报告类型“{name}”"))?,
            ),
        };
        let mut config = gongwen::Config {
            genre,
            placeholder_words: self.placeholder_words.clone(),
            junk_phrases: self.junk_phrases.clone(),
            heading_texts: self.headings.clone(),
            ..gongwen::Config::default()
        };
        for rule in &self.disable {
            if gongwen::rules::find(rule).is_none() {
                return Err(format!("没有名为“{rule}”的规则"));
            }
            config.disable(rule);
        }
        Ok(config)
    }
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    // JSON-compatible: `None` is `null` and maps are plain objects, as in
    // the CLI's output.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../gongwen.d.ts");

/// Checks `text`; `options` may be left out. Throws on unknown options.
/// (Its TypeScript declaration, with the optional parameter, is in
/// `gongwen.d.ts`.)
#[wasm_bindgen(skip_typescript)]
pub fn check(text: &str, options: Option<JsValue>) -> Result<JsValue, JsError> {
    let options: Options = match options {
        Some(o) if !o.is_null() => serde_wasm_bindgen::from_value(o).map_err(|e| {
            JsError::new(&format!(
                "check() 的选项有误（可用 genre、disable、placeholder_words、junk_phrases、headings、previous）：{e}"
            ))
        })?,
        _ => Options::default(),
    };
    let config = options.config().map_err(|e| JsError::new(&e))?;
    let previous = options.previous.as_deref();
    let report = gongwen::check_with_previous(text, previous, &config);
    to_js(&gongwen_json::Document::with_previous(
        text, previous, &report,
    ))
}

/// Every rule with its category, default severity, fix availability and
/// documentation.
#[wasm_bindgen(unchecked_return_type = "Rule[]")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&gongwen_json::rules())
}

/// A file read into text, as `readFile` returns it.
#[derive(Debug, serde::Serialize)]
struct ReadFile {
    text: String,
    format: String,
    /// Word's heading paragraphs: 1-based line and level.
    headings: Vec<(usize, u8)>,
    /// Their texts, for `check`'s `headings` option.
    heading_texts: Vec<String>,
}

/// Reads a file's bytes (a .txt in any Chinese encoding, a .docx) into
/// text, exactly as the app and the CLI do. Throws, with the reason in
/// Chinese, for a file that cannot be read.
#[wasm_bindgen(js_name = readFile, skip_typescript)]
pub fn read_file(name: &str, bytes: &[u8]) -> Result<JsValue, JsError> {
    let imported = gongwen_import::import_with(name, bytes, &gongwen_import::BrowserDecoder)
        .map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&ReadFile {
        heading_texts: imported.heading_texts(),
        text: imported.text,
        format: imported.format,
        headings: imported
            .headings
            .iter()
            .map(|h| (h.line, h.level))
            .collect(),
    })
}

/// The version of the JSON contract `check` returns.
#[wasm_bindgen(js_name = jsonVersion)]
pub fn json_version() -> u32 {
    gongwen_json::VERSION
}

#[cfg(test)]
mod tests {
    use super::Options;

    #[test]
    fn options_become_the_engines_config() {
        let config = Options {
            genre: Some("annual".into()),
            disable: vec!["unfilled-x".into()],
            ..Options::default()
        }
        .config()
        .expect("valid options");
        assert!(!config.is_enabled("unfilled-x"));
        assert!(config.genre.is_some());
        assert!(Options {
            disable: vec!["no-such-rule".into()],
            ..Options::default()
        }
        .config()
        .is_err());
    }
}
