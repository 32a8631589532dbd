//! A hidden file input behind a button (打开文件, 导入设置).

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A file picker: the input's ref, the button's click (which opens the
/// browser's dialog) and the input's change, which hands the picked file
/// to `open`. The input is emptied after each pick, so the same file can be
/// picked again after editing it.
#[hook]
pub fn use_file_picker(
    open: impl Fn(web_sys::File) + 'static,
) -> (NodeRef, Callback<MouseEvent>, Callback<Event>) {
    let picker = use_node_ref();
    let pick = {
        let picker = picker.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = picker.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            open(file);
        }
        input.set_value("");
    });
    (picker, pick, on_file)
}
