//! No text reaches the page as HTML: the app builds its DOM with Yew's
//! virtual DOM and `textContent`, so a pasted `<script>` or a file named
//! `<img onerror=…>` is shown as text. This test keeps it so: no source of
//! the app, of the scripts `cargo xtask dist` writes, or of the JS module's
//! example may use an API that parses a string as HTML. (Browser tests
//! paste and open such payloads: `tests/import.rs`, `tests/e2e.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// APIs that turn a string into markup, in Rust (web-sys, Yew) and JS.
const FORBIDDEN: &[&str] = &[
    "inner_html",
    "outer_html",
    "insert_adjacent_html",
    "from_html_unchecked",
    "VRaw",
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
    "createContextualFragment",
    "DOMParser",
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "js" || e == "html")
        {
            out.push(path);
        }
    }
}

#[test]
fn no_source_parses_strings_as_html() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    for dir in ["src", "xtask/src/dist", "crates/gongwen-wasm", "static"] {
        files(&root.join(dir), &mut sources);
    }
    sources.push(root.join("index.html"));
    assert!(sources.len() > 20, "found {} sources", sources.len());
    let mut found = Vec::new();
    for path in &sources {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            for api in FORBIDDEN {
                if line.contains(api) {
                    found.push(format!("{}:{}: {api}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "strings parsed as HTML:\n{}",
        found.join("\n")
    );
}
