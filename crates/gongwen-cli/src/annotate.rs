//! `gongwen annotate IN -o OUT.docx`: the review written back into Word.
//! A .docx is checked as `check` reads it and given back with a comment on
//! each finding's text (and, with `--track-fixes`, its fix as a tracked
//! change); a text file becomes a new .docx first, and is checked as that
//! file reads back, so every comment lands on its text. Its footnotes,
//! endnotes, headers and footers are checked too, each as a text beside
//! the report.

use super::{checked, job, read, AnnotateArgs, MinSeverity, Source};
use gongwen::{Applicability, Severity};
use std::process::ExitCode;

pub fn run(args: AnnotateArgs) -> ExitCode {
    match annotate(&args) {
        Ok(notes) => {
            for note in notes {
                eprintln!("{note}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("gongwen: {message}");
            ExitCode::from(2)
        }
    }
}

fn annotate(args: &AnnotateArgs) -> Result<Vec<String>, String> {
    let same = match (
        std::fs::canonicalize(&args.input),
        std::fs::canonicalize(&args.output),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => args.input == args.output,
    };
    if same {
        return Err("输出文件不能与输入文件相同（原文件不改动）".to_owned());
    }
    let fixes = if args.include_unsafe {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    let job = job(&args.with, fixes)?;
    let bytes = std::fs::read(&args.input)
        .map_err(|e| format!("无法读取 {}：{e}", args.input.display()))?;
    let is_word = bytes.starts_with(b"PK\x03\x04");
    let word = if is_word {
        bytes
    } else {
        let file = read(&args.input, job.encoding)
            .map_err(|e| format!("无法读取 {}：{e}", args.input.display()))?;
        gongwen_import::plain_docx(&file.text)
    };
    let imported = gongwen_import::import("draft.docx", &word)
        .map_err(|e| format!("无法读取 {}：{e}", args.input.display()))?;
    let source = Source {
        headings: imported.heading_texts(),
        text: imported.text,
        writable: None,
        word_format: imported.word_format.map(|f| *f),
        stories: Vec::new(),
    };
    let own = source.prepared(&job);
    let prepared = own.as_ref().unwrap_or(&job.prepared);
    let mut notes = Vec::new();
    let (report, _) = checked(&args.input, &source.text, prepared, &job, &mut notes);
    let min = match args.min_severity {
        MinSeverity::Info => Severity::Info,
        MinSeverity::Warning => Severity::Warning,
        MinSeverity::Error => Severity::Error,
    };
    let track = args.track_fixes.then_some(fixes);
    let mut comments = gongwen_json::comments::notes(&report.findings, &source.text, min, track);
    let options = gongwen_json::word::Options { min, track };
    comments.extend(
        gongwen_json::word::story_notes(&word, &job.config, &report, options, &|f, text| {
            job.settings.is_ignored(f, text)
        })
        .map_err(|e| format!("无法读取 {}：{e}", args.input.display()))?,
    );
    let reviewer = gongwen_import::Reviewer {
        author: "公文体检".to_owned(),
        initials: "GW".to_owned(),
        date: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
    };
    let out = gongwen_import::annotate(&word, &comments, &reviewer)
        .map_err(|e| format!("无法写出批注：{e}"))?;
    std::fs::write(&args.output, &out.bytes)
        .map_err(|e| format!("无法写入 {}：{e}", args.output.display()))?;
    let mut said = format!("已写入 {}：批注 {} 条", args.output.display(), out.comments);
    if out.story_comments > 0 {
        said.push_str(&format!(
            "（其中脚注、页眉页脚 {} 条，写在正文相应位置）",
            out.story_comments
        ));
    }
    if args.track_fixes {
        said.push_str(&format!("，修订 {} 处", out.changes));
        if out.edits_left > 0 {
            said.push_str(&format!(
                "（另有 {} 处修复跨段落、落在自动编号或域上、或与原有修订重叠，只作批注）",
                out.edits_left
            ));
        }
    }
    notes.push(said);
    Ok(notes)
}
