//! Finding and reading the settings file. What it may say, and what is
//! wrong with it, is `gongwen-config`'s business.

use gongwen_config::{Settings, FILE_NAME};
use std::path::{Path, PathBuf};

/// The settings of this run: the file given with `--config`, else the
/// first `gongwen.toml` in the current folder or a folder above it, else
/// none. The error is the message for the user.
pub fn load(given: Option<&Path>) -> Result<Settings, String> {
    let path = match given {
        Some(path) => path.to_owned(),
        None => match std::env::current_dir().ok().and_then(|d| find(&d)) {
            Some(path) => path,
            None => return Ok(Settings::default()),
        },
    };
    let bytes =
        std::fs::read(&path).map_err(|e| format!("无法读取设置文件 {}：{e}", path.display()))?;
    // Settings are written by people, often in Notepad: any encoding.
    let text = gongwen_import::decode(&bytes).text;
    gongwen_config::parse(&text).map_err(|e| e.in_file(&path.display().to_string()))
}

/// The nearest `gongwen.toml` in `dir` or a folder above it.
fn find(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}
