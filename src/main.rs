//! 公文体检 web app (Yew). The app is an edge: it holds the editor, the
//! panels and the DOM wiring; every rule lives in the `gongwen` engine.
//! State lives in `state.rs` (one `State`, changed by `Action`s), the
//! components in `components/`, effects such as the debounce in `hooks/`.

mod app;
mod components;
mod export;
mod highlight;
mod hooks;
mod ignored;
mod import;
mod state;
mod storage;
mod textarea;
mod worker;

fn main() {
    // In a Web Worker there is no window: serve checks instead.
    if web_sys::window().is_none() {
        worker::serve();
        return;
    }
    yew::Renderer::<app::App>::new().render();
}
