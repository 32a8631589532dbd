//! Checking very large drafts off the main thread. The same wasm runs in a
//! Web Worker (`main` finds no window there and calls [`serve`]); the page
//! posts the text and the config as JSON and gets the report back as JSON,
//! so typing never waits for a check of a megabyte.
//!
//! The page's loader (`boot.js`, or the single file's inline script)
//! provides `window.gongwenWorker()`, which starts the worker; without it
//! (`trunk serve`) every check runs on the main thread.

use crate::state::{Action, AppState, Checked, Job};
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Drafts at least this long (bytes) are checked in the worker: about
/// 100,000 characters, a check of 20 ms or more.
pub const LARGE: usize = 300_000;

/// What the worker read last: the config's JSON and the config prepared,
/// and last year's report and its model. A draft typed into checks again
/// and again with the same ones (a large Word file's typesetting is in
/// the config): they are read once, not on every check.
#[derive(Default)]
struct Read {
    config: Option<(String, std::rc::Rc<gongwen::Prepared>)>,
    previous: Option<(String, Option<gongwen::previous::Model>)>,
}

impl Read {
    fn prepared(&mut self, json: String) -> std::rc::Rc<gongwen::Prepared> {
        match &self.config {
            Some((last, prepared)) if *last == json => prepared.clone(),
            _ => {
                let config: gongwen::Config = serde_json::from_str(&json).unwrap_or_default();
                let prepared = crate::state::prepared(&config);
                self.config = Some((json, prepared.clone()));
                prepared
            }
        }
    }

    fn previous(&mut self, text: String) -> Option<&gongwen::previous::Model> {
        if self.previous.as_ref().is_none_or(|(last, _)| *last != text) {
            let model = (!text.trim().is_empty()).then(|| gongwen::previous::Model::new(&text));
            self.previous = Some((text, model));
        }
        self.previous.as_ref().and_then(|(_, m)| m.as_ref())
    }
}

/// In the worker: answer every message `[id, text, config, previous]`
/// with `[id, report, ms]`.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let read = RefCell::new(Read::default());
    let onmessage =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data: js_sys::Array = e.data().unchecked_into();
            let text = data.get(1).as_string().unwrap_or_default();
            let perf = reply.performance();
            let t0 = perf.as_ref().map_or(0.0, |p| p.now());
            let mut read = read.borrow_mut();
            let prepared = read.prepared(data.get(2).as_string().unwrap_or_default());
            let previous = read.previous(data.get(3).as_string().unwrap_or_default());
            let report = gongwen::check_prepared(&text, previous, &prepared);
            let ms = perf.as_ref().map_or(0.0, |p| p.now()) - t0;
            let json = serde_json::to_string(&report).unwrap_or_default();
            let out = js_sys::Array::of3(
                &data.get(0),
                &JsValue::from_str(&json),
                &JsValue::from_f64(ms),
            );
            let _ = reply.post_message(&out);
        });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    // Messages that arrived while the wasm was starting.
    if let Ok(flush) = js_sys::Reflect::get(&scope, &JsValue::from_str("gongwenFlush")) {
        if let Some(flush) = flush.dyn_ref::<js_sys::Function>() {
            let _ = flush.call0(&scope);
        }
    }
}

/// The check in flight: its number and job.
struct Pending {
    id: u32,
    job: Job,
}

thread_local! {
    static WORKER: RefCell<Option<Option<web_sys::Worker>>> = const { RefCell::new(None) };
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

/// The worker, started on first use; `None` where the page offers none.
fn worker(state: &AppState) -> Option<web_sys::Worker> {
    WORKER.with(|w| {
        w.borrow_mut()
            .get_or_insert_with(|| start(state.clone()))
            .clone()
    })
}

fn start(state: AppState) -> Option<web_sys::Worker> {
    let window = web_sys::window()?;
    let make = js_sys::Reflect::get(&window, &JsValue::from_str("gongwenWorker")).ok()?;
    let worker: web_sys::Worker = make
        .dyn_ref::<js_sys::Function>()?
        .call0(&window)
        .ok()?
        .dyn_into()
        .ok()?;
    let onmessage =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data: js_sys::Array = e.data().unchecked_into();
            let id = data.get(0).as_f64().unwrap_or(-1.0) as u32;
            let Some(pending) = PENDING.with(|p| p.borrow_mut().take_if(|p| p.id == id)) else {
                return;
            };
            // The rules are named by strings in the JSON: the registry finds
            // each one's own name.
            let report = serde_json::from_str::<gongwen::ReportData>(
                &data.get(1).as_string().unwrap_or_default(),
            )
            .ok()
            .and_then(|r| r.resolve().ok());
            let ms = data.get(2).as_f64().unwrap_or(0.0);
            let checked = match report {
                Some(report) => Checked::new(pending.job, report, ms),
                None => pending.job.run(),
            };
            state.dispatch(Action::Checked(checked));
        });
    worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    Some(worker)
}

thread_local! {
    /// The review the config's JSON was written for last, and the JSON.
    static CONFIG_JSON: RefCell<Option<(crate::state::Review, std::rc::Rc<str>)>> =
        const { RefCell::new(None) };
}

/// The config of `review` as JSON, written once per review (typing
/// changes the text, not the review).
fn config_json(review: &crate::state::Review) -> std::rc::Rc<str> {
    CONFIG_JSON.with(|c| {
        let mut c = c.borrow_mut();
        match c.as_ref() {
            Some((last, json)) if last == review => json.clone(),
            _ => {
                let json: std::rc::Rc<str> = serde_json::to_string(&review.config())
                    .unwrap_or_default()
                    .into();
                *c = Some((review.clone(), json.clone()));
                json
            }
        }
    })
}

/// Checks `text` in the worker; `false` when there is none (the caller then
/// checks on the main thread). A newer request supersedes an older one.
pub fn check(state: &AppState, job: &Job) -> bool {
    let Some(worker) = worker(state) else {
        return false;
    };
    let id = NEXT_ID.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    let config = config_json(&job.review);
    let message = js_sys::Array::of4(
        &JsValue::from_f64(f64::from(id)),
        &JsValue::from_str(&job.text),
        &JsValue::from_str(&config),
        &JsValue::from_str(&job.review.previous),
    );
    if worker.post_message(&message).is_err() {
        return false;
    }
    PENDING.with(|p| {
        *p.borrow_mut() = Some(Pending {
            id,
            job: job.clone(),
        })
    });
    true
}
