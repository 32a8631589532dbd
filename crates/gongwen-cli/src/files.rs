//! Which files a `gongwen check` run reads: the paths given, with folders
//! walked for drafts, in a fixed order so that output is the same on every
//! run and machine.

use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// The kinds of file a folder is searched for.
const EXTENSIONS: [&str; 3] = ["txt", "md", "docx"];

/// The files to check, in order: each path as given (a file is checked
/// whatever its name; `-` is standard input), a folder replaced by the
/// drafts under it, sorted by name at each level. Hidden entries and
/// Word's lock files (`~$报告.docx`) are skipped. The flag is set when a
/// folder could not be read completely (its error is printed).
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, bool) {
    let mut files = Vec::new();
    let mut error = false;
    for path in paths {
        if path.as_os_str() == "-" || !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let walk = WalkDir::new(path)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !skipped(e.file_name()));
        for entry in walk {
            match entry {
                Ok(e) if e.file_type().is_file() && is_draft(e.path()) => {
                    files.push(e.into_path());
                }
                Ok(_) => {}
                Err(err) => {
                    let at = err.path().unwrap_or(path);
                    eprintln!("gongwen: 无法读取 {}：{err}", at.display());
                    error = true;
                }
            }
        }
    }
    (files, error)
}

fn skipped(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name.starts_with("~$")
}

fn is_draft(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}
