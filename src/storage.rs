//! The draft kept in the browser, so that a reload or a crash never loses
//! it: in IndexedDB, written with strict durability (on disk when the
//! write completes), and in localStorage, which the page reads at once on
//! start (Chromium writes it to disk some seconds late). Where IndexedDB is
//! unavailable (some browsers on `file://`), localStorage alone, and the
//! app says so. The only IO of the app besides reading files.

use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

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
    /// The statistics table (数据核对), kept like the draft.
    #[serde(default)]
    pub ledger: Option<gongwen::Ledger>,
    /// When it was saved (milliseconds since 1970): of two copies, the
    /// later one is the draft.
    #[serde(default)]
    pub at: u64,
    /// The draft the app's last command replaced (示例, 清空, a file opened,
    /// a fix), kept while 撤销 can bring it back: until the user types.
    #[serde(default)]
    pub replaced: Option<Replaced>,
}

/// A draft replaced by a command, as 撤销 restores it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replaced {
    pub text: String,
    /// When the command opened another document: what belonged to this one.
    #[serde(default)]
    pub document: Option<ReplacedDocument>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplacedDocument {
    #[serde(default)]
    pub ignored: Vec<crate::ignored::IgnoreKey>,
    #[serde(default)]
    pub headings: Vec<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// The time now, in milliseconds since 1970.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
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

/// The IndexedDB database, its store and the key the draft is kept under.
const DB_NAME: &str = "gongwen";
const STORE: &str = "drafts";

/// The durable store: opening, open, or not to be had here.
enum Db {
    Closed,
    Opening,
    Ready(web_sys::IdbDatabase),
    Unavailable,
}

thread_local! {
    static DB: RefCell<Db> = const { RefCell::new(Db::Closed) };
    /// The last save asked for before the store was open and read: written
    /// once it is, so that a copy still to be read is never overwritten.
    static QUEUED: RefCell<Option<(String, usize)>> = const { RefCell::new(None) };
}

/// Opens the durable store and reads the draft kept there: `done` gets it
/// (`Ok(None)`: nothing kept), or `Err` when IndexedDB cannot be used here.
pub fn open_durable(done: impl FnOnce(Result<Option<Saved>, ()>) + 'static) {
    let request = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .and_then(|f| f.open_with_u32(DB_NAME, 1).ok());
    let Some(request) = request else {
        DB.with(|db| *db.borrow_mut() = Db::Unavailable);
        done(Err(()));
        return;
    };
    DB.with(|db| *db.borrow_mut() = Db::Opening);
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Ok(db) = request
                .result()
                .and_then(|r| r.dyn_into::<web_sys::IdbDatabase>())
            {
                let _ = db.create_object_store(STORE);
            }
        })
    };
    let finish = Rc::new(RefCell::new(Some(done)));
    let success = {
        let (request, finish) = (request.clone(), finish.clone());
        Closure::<dyn FnMut()>::new(move || {
            let Some(finish) = finish.borrow_mut().take() else {
                return;
            };
            match request
                .result()
                .and_then(|r| r.dyn_into::<web_sys::IdbDatabase>())
            {
                Ok(db) => read(db, finish),
                Err(_) => {
                    DB.with(|d| *d.borrow_mut() = Db::Unavailable);
                    finish(Err(()));
                }
            }
        })
    };
    let failure = Closure::<dyn FnMut()>::new(move || {
        DB.with(|d| *d.borrow_mut() = Db::Unavailable);
        if let Some(finish) = finish.borrow_mut().take() {
            finish(Err(()));
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    request.set_onsuccess(Some(success.as_ref().unchecked_ref()));
    request.set_onerror(Some(failure.as_ref().unchecked_ref()));
    upgrade.forget();
    success.forget();
    failure.forget();
}

/// Reads the kept draft from the open `db`, then makes it the store and
/// writes what was saved meanwhile.
fn read(db: web_sys::IdbDatabase, finish: impl FnOnce(Result<Option<Saved>, ()>) + 'static) {
    let request = db
        .transaction_with_str(STORE)
        .and_then(|tx| tx.object_store(STORE))
        .and_then(|store| store.get(&JsValue::from_str(KEY)));
    let ready = move |db: web_sys::IdbDatabase| {
        DB.with(|d| *d.borrow_mut() = Db::Ready(db.clone()));
        if let Some((json, chars)) = QUEUED.with(|q| q.borrow_mut().take()) {
            let _ = write(&db, &json, chars);
        }
    };
    let Ok(request) = request else {
        ready(db);
        finish(Ok(None));
        return;
    };
    let finish = Rc::new(RefCell::new(Some((finish, db))));
    let success = {
        let (request, finish) = (request.clone(), finish.clone());
        Closure::<dyn FnMut()>::new(move || {
            let Some((finish, db)) = finish.borrow_mut().take() else {
                return;
            };
            let saved = request
                .result()
                .ok()
                .and_then(|v| v.as_string())
                .and_then(|raw| serde_json::from_str(&raw).ok());
            ready(db);
            finish(Ok(saved));
        })
    };
    let failure = Closure::<dyn FnMut()>::new(move || {
        if let Some((finish, db)) = finish.borrow_mut().take() {
            ready(db);
            finish(Ok(None));
        }
    });
    request.set_onsuccess(Some(success.as_ref().unchecked_ref()));
    request.set_onerror(Some(failure.as_ref().unchecked_ref()));
    success.forget();
    failure.forget();
}

/// Keeps `saved` in the durable store: at once when it is open, else once
/// it is open and read; never where IndexedDB cannot be used.
pub fn save_durable(saved: &Saved) {
    let Ok(json) = serde_json::to_string(saved) else {
        return;
    };
    let chars = saved.text.chars().count();
    DB.with(|db| match &*db.borrow() {
        Db::Ready(db) => {
            let _ = write(db, &json, chars);
        }
        Db::Closed | Db::Opening => QUEUED.with(|q| *q.borrow_mut() = Some((json, chars))),
        Db::Unavailable => {}
    });
}

/// One write of the draft, in a transaction asked for strict durability
/// (`{durability: "strict"}`, passed as a plain object: browsers that do
/// not know the option ignore it). When it completes, the page's root
/// element says so (`data-durable-chars`, the length of the draft kept):
/// what the crash test waits for.
fn write(db: &web_sys::IdbDatabase, json: &str, chars: usize) -> Result<(), JsValue> {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"durability".into(), &"strict".into())?;
    let transaction: js_sys::Function =
        js_sys::Reflect::get(db, &"transaction".into())?.dyn_into()?;
    let tx: web_sys::IdbTransaction = transaction
        .call3(db, &STORE.into(), &"readwrite".into(), &options)?
        .dyn_into()?;
    tx.object_store(STORE)?
        .put_with_key(&JsValue::from_str(json), &JsValue::from_str(KEY))?;
    let complete = Closure::once_into_js(move || {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-durable-chars", &chars.to_string());
        }
    });
    tx.set_oncomplete(Some(complete.unchecked_ref()));
    Ok(())
}
