//! 公文体检 web app (Yew). The app is an edge: it holds the editor, the
//! panels and the DOM wiring; every rule lives in the `gongwen` engine.

mod app;
mod editor;
mod highlight;
mod panel;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
