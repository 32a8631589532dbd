//! The draft kept in the browser (localStorage), so that a reload or a
//! crash never loses it. The only IO of the app besides reading files.

use serde::{Deserialize, Serialize};

const KEY: &str = "gongwen.draft.v1";
const SETTINGS: &str = "gongwen.settings.v1";

/// What is kept: the draft and the choices made while reviewing it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub text: String,
    /// The genre picked (`None`: detected).
    pub genre: Option<String>,
    /// Findings ignored in this document.
    #[serde(default)]
    pub ignored: Vec<crate::ignored::IgnoreKey>,
    /// The headings of the Word document the draft came from.
    #[serde(default)]
    pub headings: Vec<String>,
    /// Last year's report (上年报告), kept like the draft.
    #[serde(default)]
    pub previous: String,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft saved last time, if any.
pub fn load() -> Option<Saved> {
    let raw = storage()?.get_item(KEY).ok().flatten()?;
    serde_json::from_str(&raw).ok()
}

/// Saves `saved`; `Err` when the browser refuses (storage full or off).
pub fn save(saved: &Saved) -> Result<(), ()> {
    let raw = serde_json::to_string(saved).map_err(|_| ())?;
    storage().ok_or(())?.set_item(KEY, &raw).map_err(|_| ())
}

/// The settings saved last time, or the defaults. They are kept as the
/// text of a `gongwen.toml`; settings saved by earlier versions (JSON with
/// the rules turned off and the word lists) are read too.
pub fn load_settings() -> gongwen_config::Settings {
    let Some(raw) = storage().and_then(|s| s.get_item(SETTINGS).ok().flatten()) else {
        return Default::default();
    };
    gongwen_config::parse(&raw)
        .ok()
        .or_else(|| legacy_settings(&raw))
        .unwrap_or_default()
}

/// Settings as the app kept them before they were a `gongwen.toml`.
fn legacy_settings(raw: &str) -> Option<gongwen_config::Settings> {
    #[derive(Deserialize)]
    struct Legacy {
        #[serde(default)]
        disabled: Vec<String>,
        #[serde(default)]
        placeholder_words: Vec<String>,
        #[serde(default)]
        junk_phrases: Vec<String>,
    }
    let legacy: Legacy = serde_json::from_str(raw).ok()?;
    Some(gongwen_config::Settings {
        rules: legacy
            .disabled
            .into_iter()
            .map(|r| (r, gongwen_config::Level::Off))
            .collect(),
        placeholder_words: legacy.placeholder_words,
        junk_phrases: legacy.junk_phrases,
        ..Default::default()
    })
}

/// Saves the settings (silently: they are small).
pub fn save_settings(settings: &gongwen_config::Settings) {
    if let Some(s) = storage() {
        let _ = s.set_item(SETTINGS, &settings.to_toml());
    }
}
