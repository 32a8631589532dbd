//! Opening a file the user picked or dropped: its bytes are read in the
//! browser and turned into text by `gongwen-import` (the same code as the
//! CLI's); what comes of it goes to the reducer as one action.

use crate::state::{Action, AppState};
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;

/// Reads `file` and dispatches [`Action::Imported`] with its text or the
/// reason it cannot be read. The draft in the editor is replaced only on
/// success.
pub fn open(state: AppState, file: web_sys::File) {
    read(state, file, |name, read| match read {
        // A Word file is kept, to be given back with the review in it.
        Ok((imported, bytes)) if bytes.starts_with(b"PK\x03\x04") => {
            Action::ImportedWord(name, imported, Rc::from(bytes))
        }
        read => Action::Imported(name, read.map(|(imported, _)| imported)),
    });
}

/// Reads `file` as last year's report ([`Action::ImportedPrevious`]).
pub fn open_previous(state: AppState, file: web_sys::File) {
    read(state, file, |name, read| {
        Action::ImportedPrevious(name, read.map(|(imported, _)| imported))
    });
}

/// Reads `file` as a statistics table (CSV or tab-separated text; the app
/// reads no .xlsx, see gongwen-import's `xlsx` feature) and
/// dispatches [`Action::SetLedger`], or why it cannot be read.
pub fn open_ledger(state: AppState, file: web_sys::File) {
    let name = file.name();
    if file.size() > gongwen_import::MAX_BYTES as f64 {
        state.dispatch(Action::LedgerUnreadable(
            name,
            gongwen_import::ImportError::TooLarge.to_string(),
        ));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let read = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                gongwen_import::read_table(&name, &bytes, &gongwen_import::BrowserDecoder)
                    .map_err(|e| e.to_string())
            }
            Err(_) => Err("浏览器无法读取这个文件。".to_owned()),
        };
        state.dispatch(match read {
            Ok(table) => Action::SetLedger(Some(ledger_of(name, table.sheets))),
            Err(why) => Action::LedgerUnreadable(name, why),
        });
    });
}

/// The engine's table from the importer's sheets.
pub fn ledger_of(name: String, sheets: Vec<gongwen_import::TableSheet>) -> gongwen::Ledger {
    gongwen::Ledger {
        name,
        sheets: sheets
            .into_iter()
            .map(|s| gongwen::Sheet {
                name: s.name,
                rows: s.rows,
            })
            .collect(),
    }
}

/// A file read: its text, and its bytes.
type Read = (gongwen_import::Imported, Vec<u8>);

/// Reads `file` with `gongwen-import` and dispatches `then(name, result)`.
fn read(state: AppState, file: web_sys::File, then: fn(String, Result<Read, String>) -> Action) {
    let name = file.name();
    if file.size() > gongwen_import::MAX_BYTES as f64 {
        state.dispatch(then(
            name,
            Err(gongwen_import::ImportError::TooLarge.to_string()),
        ));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                gongwen_import::import_with(&name, &bytes, &gongwen_import::BrowserDecoder)
                    .map(|imported| (imported, bytes))
                    .map_err(|e| e.to_string())
            }
            Err(_) => Err("浏览器无法读取这个文件。".to_owned()),
        };
        state.dispatch(then(name, result));
    });
}

/// Reads a settings file (`gongwen.toml`) and dispatches
/// [`Action::ImportSettings`] with the settings or, in Chinese, why they
/// cannot be used (the line and what is wrong). The settings in use stay
/// unless the file is good.
pub fn open_settings(state: AppState, file: web_sys::File) {
    let name = file.name();
    if file.size() > 1_000_000.0 {
        state.dispatch(Action::ImportSettings(
            name,
            Err("文件太大，不像设置文件。".to_owned()),
        ));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = match JsFuture::from(file.text()).await {
            Ok(text) => gongwen_config::parse(&text.as_string().unwrap_or_default())
                .map(Box::new)
                .map_err(|e| e.to_string()),
            Err(_) => Err("浏览器无法读取这个文件。".to_owned()),
        };
        state.dispatch(Action::ImportSettings(name, result));
    });
}
