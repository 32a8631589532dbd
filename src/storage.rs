//! The draft kept in the browser (localStorage), so that a reload or a
//! crash never loses it. The only IO of the app besides reading files.

use serde::{Deserialize, Serialize};

const KEY: &str = "gongwen.draft.v1";

/// What is kept: the draft and the choices made while reviewing it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub text: String,
    /// The genre picked (`None`: detected).
    pub genre: Option<String>,
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

/// Forgets the saved draft.
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}
