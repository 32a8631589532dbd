//! `gongwen`: the command line of 公文体检. It finds files, reads the
//! settings file, decodes, runs the engine (in parallel) and prints what it
//! found. No rule logic lives here.

mod annotate;
mod files;
mod output;
mod settings;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Parser, Subcommand, ValueEnum};
use gongwen::{Applicability, Config, Prepared, Severity};
use gongwen_config::Settings;
use rayon::prelude::*;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "gongwen",
    version,
    about = "公文体检：检查工作报告草稿中的未填占位符等问题"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// 检查文本文件（.txt、.md，自动识别 UTF-8、UTF-16、GBK/GB18030、Big5）或 Word 文档（.docx）；文件夹会逐层查找其中的这些文件。`-` 表示标准输入。
    Check(CheckArgs),
    /// 列出全部规则
    Rules {
        /// 输出格式
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// 显示一条规则的说明（规则编号或中文名，如 unfilled-x 或 错别字）
    Explain { rule: String },
    /// 把检查结果写回 Word 文档：每处问题成为一条批注（作者“公文体检”），标在问题原文上；加 --track-fixes 则安全修复以修订（可接受或拒绝）写入。.txt/.md 输入则生成新的 .docx。原文件不改动。
    Annotate(AnnotateArgs),
}

/// What a file is checked with, for `check` and `annotate` alike.
#[derive(Debug, clap::Args)]
struct CheckWith {
    /// 设置文件；不给则在当前文件夹及其上级文件夹中查找 gongwen.toml
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// 关闭某条规则（可重复）
    #[arg(long = "disable", value_name = "RULE")]
    disable: Vec<String>,
    /// 额外的待办标记用语（可重复），如“请在此输入”
    #[arg(long = "placeholder-word", value_name = "WORD")]
    placeholder_words: Vec<String>,
    /// 额外的网页残留用语（可重复），含此用语的行按网页残留报告并可删除，如某范文网站的名称
    #[arg(long = "junk-phrase", value_name = "PHRASE")]
    junk_phrases: Vec<String>,
    /// 报告类型：auto 按标题和章节自动识别（默认；设置文件的 genre 优先于自动识别）
    #[arg(long, value_parser = genres())]
    genre: Option<String>,
    /// 文本文件的编码，不自动识别（Word 文档不受影响）
    #[arg(long, value_enum)]
    encoding: Option<EncodingArg>,
    /// 上年报告（.txt/.md/.docx，编码自动识别）：与之对照，报告照搬的段落、未更新的数字、低于上年实际的目标，并列出上年计划的落实情况
    #[arg(long, value_name = "FILE", conflicts_with = "previous_dir")]
    previous: Option<PathBuf>,
    /// 上年报告所在的文件夹：每个文件与其中同名的文件配对，或与文件名中的年份减一后同名的文件配对
    #[arg(long, value_name = "DIR")]
    previous_dir: Option<PathBuf>,
    /// 统计台账（Excel 工作簿 .xlsx，或 .csv、制表符分隔的 .tsv/.txt，编码自动识别）：按其中的指标核对报告的数字和增速（数据核对）
    #[arg(long, value_name = "TABLE")]
    data: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct AnnotateArgs {
    /// 要批注的 Word 文档（.docx），或文本文件（.txt、.md：生成新的 Word 文档）
    input: PathBuf,
    /// 写出的 Word 文档（不能与输入相同）
    #[arg(short, long, value_name = "OUT.docx")]
    output: PathBuf,
    /// 安全修复以修订（w:ins/w:del）写入，可在 Word 中逐条接受或拒绝
    #[arg(long)]
    track_fixes: bool,
    /// 与 --track-fixes 同用：需要人工确认的修复也以修订写入
    #[arg(long = "unsafe", requires = "track_fixes")]
    include_unsafe: bool,
    /// 只批注此级别或更高级别的问题
    #[arg(long, value_enum, default_value_t = MinSeverity::Info)]
    min_severity: MinSeverity,
    #[command(flatten)]
    with: CheckWith,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum MinSeverity {
    Info,
    Warning,
    Error,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// 输出格式
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// 只输出每个文件各类问题的数量（表格），不列出每处问题
    #[arg(long)]
    summary: bool,
    /// 有此级别或更高级别的问题时退出码为 1
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// 把安全修复写回文件（保留原编码与换行符），再报告剩下的问题；标准输入则把修复后的全文写到标准输出
    #[arg(long, conflicts_with = "diff")]
    fix: bool,
    /// 与 --fix 或 --diff 同用：也应用需要人工确认的修复
    #[arg(long = "unsafe")]
    include_unsafe: bool,
    /// 只显示修复会改动什么（统一差异格式），不写文件；有改动时退出码为 1
    #[arg(long)]
    diff: bool,
    #[command(flatten)]
    with: CheckWith,
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// 每处问题显示原文并在下方标出（终端中带颜色）
    Human,
    Json,
    /// 表格（UTF-8 带 BOM，Excel 可直接打开）
    Csv,
    /// Markdown 问题清单，每个文件一节
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Warning,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EncodingArg {
    #[value(name = "utf-8")]
    Utf8,
    #[value(name = "utf-16le")]
    Utf16Le,
    #[value(name = "utf-16be")]
    Utf16Be,
    Gbk,
    Gb18030,
    Big5,
}

impl EncodingArg {
    fn encoding(self) -> gongwen_import::Encoding {
        use gongwen_import::Encoding;
        match self {
            EncodingArg::Utf8 => Encoding::Utf8,
            EncodingArg::Utf16Le => Encoding::Utf16Le,
            EncodingArg::Utf16Be => Encoding::Utf16Be,
            // GBK is a subset of GB18030: read and written as GB18030.
            EncodingArg::Gbk | EncodingArg::Gb18030 => Encoding::Gb18030,
            EncodingArg::Big5 => Encoding::Big5,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Annotate(args) => annotate::run(args),
        Command::Rules {
            format: Format::Json,
        } => {
            let json = serde_json::to_string(&serde_json::json!({
                "version": gongwen_json::VERSION,
                "rules": gongwen_json::rules(),
            }))
            .unwrap_or_default();
            emit(&format!("{json}\n")).unwrap_or(ExitCode::SUCCESS)
        }
        Command::Rules { format: _ } => {
            let list: String = gongwen::RULES
                .iter()
                .map(|rule| {
                    let m = &rule.meta;
                    format!(
                        "{:<26} {}（{}，默认{}）\n",
                        m.name,
                        m.title,
                        m.category.label(),
                        m.severity.label(),
                    )
                })
                .collect();
            emit(&list).unwrap_or(ExitCode::SUCCESS)
        }
        Command::Explain { rule } => match gongwen::rules::find(&rule).or_else(|| {
            gongwen::RULES
                .iter()
                .copied()
                .find(|r| r.meta.title == rule)
        }) {
            Some(rule) => emit(&output::explain(&rule.meta)).unwrap_or(ExitCode::SUCCESS),
            None => {
                eprintln!("gongwen: 没有名为“{rule}”的规则（gongwen rules 可列出全部规则）");
                ExitCode::from(2)
            }
        },
    }
}

/// The job `with` says: the settings file first; flags add words and
/// override levels and the genre. Or what is wrong (exit code 2).
fn job(with: &CheckWith, fixes: Applicability) -> Result<Job, String> {
    let settings = settings::load(with.config.as_deref())?;
    if let Some(rule) = with
        .disable
        .iter()
        .find(|r| gongwen::rules::find(r).is_none())
    {
        return Err(format!(
            "没有名为“{rule}”的规则（gongwen rules 可列出全部规则）"
        ));
    }
    let ledger = match &with.data {
        None => None,
        Some(path) => {
            let table = std::fs::read(path)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    let name = path.to_string_lossy();
                    gongwen_import::read_table(&name, &bytes, &gongwen_import::EncodingRs)
                        .map_err(|e| e.to_string())
                })
                .map_err(|err| format!("无法读取统计台账 {}：{err}", path.display()))?;
            Some(gongwen::Ledger {
                name: path.to_string_lossy().into_owned(),
                sheets: table
                    .sheets
                    .into_iter()
                    .map(|s| gongwen::Sheet {
                        name: s.name,
                        rows: s.rows,
                    })
                    .collect(),
            })
        }
    };
    let config = settings.config_with(&gongwen_config::Overrides {
        genre: with
            .genre
            .as_deref()
            .map(gongwen::outline::Genre::from_name),
        disable: with.disable.clone(),
        placeholder_words: with.placeholder_words.clone(),
        junk_phrases: with.junk_phrases.clone(),
        heading_texts: Vec::new(),
        people: Vec::new(),
        ledger,
        word_format: None,
    });
    let encoding = with.encoding.map(EncodingArg::encoding);
    let previous = match (&with.previous, &with.previous_dir) {
        (Some(path), _) => Previous::One(
            read(path, encoding)
                .map_err(|err| format!("无法读取上年报告 {}：{err}", path.display()))?
                .text,
        ),
        (None, Some(dir)) if dir.is_dir() => Previous::Dir(dir.clone()),
        (None, Some(dir)) => return Err(format!("上年报告文件夹 {} 不存在", dir.display())),
        (None, None) => Previous::None,
    };
    Ok(Job {
        prepared: Prepared::new(&config),
        config,
        settings,
        encoding,
        fixes,
        previous,
    })
}

/// What every file is checked with: the settings file, then the flags.
struct Job {
    config: Config,
    /// `config` made ready once, for every file without headings of its
    /// own.
    prepared: Prepared,
    settings: Settings,
    encoding: Option<gongwen_import::Encoding>,
    /// The fixes to apply (`--fix`, `--diff`): at least this safe.
    fixes: Applicability,
    previous: Previous,
}

/// Last year's report to check beside each file.
enum Previous {
    None,
    /// `--previous`: one report, read once, for every file.
    One(String),
    /// `--previous-dir`: each file's counterpart there.
    Dir(PathBuf),
}

/// The name a file's counterpart in `--previous-dir` has: the same, or
/// with each year in it one less (白石县2024年工作总结 → …2023年…).
fn counterparts(name: &str) -> Vec<String> {
    let mut names = vec![name.to_owned()];
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let four: String = chars[i..(i + 4).min(chars.len())].iter().collect();
        let starts = i == 0 || !chars[i - 1].is_ascii_digit();
        let ends = chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        match four.parse::<u32>() {
            Ok(year) if four.len() == 4 && starts && ends && (1990..2100).contains(&year) => {
                out.push_str(&(year - 1).to_string());
                i += 4;
            }
            _ => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    if out != name {
        names.push(out);
    }
    names
}

fn run_check(args: CheckArgs) -> ExitCode {
    if args.include_unsafe && !(args.fix || args.diff) {
        eprintln!("gongwen: --unsafe 需与 --fix 或 --diff 同用");
        return ExitCode::from(2);
    }
    let fixes = if args.include_unsafe {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    let job = match job(&args.with, fixes) {
        Ok(job) => job,
        Err(message) => {
            eprintln!("gongwen: {message}");
            return ExitCode::from(2);
        }
    };
    let (paths, walk_error) = files::collect(&args.paths);
    if args.diff {
        return show_diff(&paths, &job, walk_error);
    }
    let fail_on = match args.fail_on {
        FailOn::Warning => Severity::Warning,
        FailOn::Error => Severity::Error,
    };
    let outcomes = for_each_file(&paths, |path| check_file(path, &job, args.fix));
    let mut io_error = walk_error;
    let mut reports = Vec::new();
    for outcome in outcomes {
        for note in &outcome.notes {
            eprintln!("gongwen: {note}");
        }
        io_error |= outcome.failed;
        reports.extend(outcome.reports);
    }
    let printed = if args.summary {
        output::summary(&reports, args.format)
    } else {
        match args.format {
            Format::Human => output::human(&reports, std::io::stdout().is_terminal()),
            Format::Json => format!("{}\n", output::json(&reports)),
            Format::Csv => gongwen_json::csv(
                &reports
                    .iter()
                    .map(|f| (f.path.as_str(), &f.document))
                    .collect::<Vec<_>>(),
            ),
            Format::Markdown => reports
                .iter()
                .map(|f| gongwen_json::markdown(&f.path, &f.document))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    };
    // Fixing standard input writes the fixed text to standard output; what
    // is left to report goes to standard error then, as with ruff.
    if args.fix && paths.iter().any(|p| p.as_os_str() == "-") {
        eprint!("{printed}");
    } else if let Some(code) = emit(&printed) {
        return code;
    }
    if io_error {
        ExitCode::from(2)
    } else if reports
        .iter()
        .any(|f| f.worst.is_some_and(|s| s >= fail_on))
    {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// What checking one file gave: its report, or notes on why there is
/// none; notes are printed in file order after the parallel run.
struct Outcome {
    /// The file's report; for a Word file, then one for each footnotes,
    /// endnotes, header or footer part with findings.
    reports: Vec<output::FileReport>,
    notes: Vec<String>,
    failed: bool,
}

impl Outcome {
    fn failed(note: String) -> Outcome {
        Outcome {
            reports: Vec::new(),
            notes: vec![note],
            failed: true,
        }
    }
}

/// Runs `f` on every file in parallel, results in the files' order, with
/// a progress bar on standard error when it is a terminal and the files
/// are many.
fn for_each_file<T: Send>(paths: &[PathBuf], f: impl Fn(&Path) -> T + Sync) -> Vec<T> {
    const MANY: usize = 20;
    let bar = (paths.len() >= MANY && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(paths.len() as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} 个文件 {wide_msg}")
        {
            bar.set_style(style);
        }
        bar
    });
    let results = paths
        .par_iter()
        .map(|path| {
            let result = f(path);
            if let Some(bar) = &bar {
                bar.inc(1);
            }
            result
        })
        .collect();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    results
}

/// Checks one file; with `fix`, first applies the fixes and writes the
/// file back, then reports what is left.
fn check_file(path: &Path, job: &Job, fix: bool) -> Outcome {
    let file = match read(path, job.encoding) {
        Ok(file) => file,
        Err(err) => return Outcome::failed(format!("无法读取 {}：{err}", path.display())),
    };
    let own = file.prepared(job);
    let prepared = own.as_ref().unwrap_or(&job.prepared);
    let mut text = file.text.clone();
    let mut notes = Vec::new();
    if fix {
        let fixed = fix_text(&text, prepared, job);
        if fixed.applied > 0 {
            let Some(decoded) = &file.writable else {
                return Outcome::failed(format!(
                    "{} 是 Word 文档，不能直接写回修复；请另存为 .txt 后再用 --fix，或用 --diff 查看改动",
                    path.display()
                ));
            };
            if let Err(err) = write(path, decoded, &fixed.text) {
                return Outcome::failed(format!("无法写回 {}：{err}", path.display()));
            }
            notes.push(format!(
                "{} 已修复 {} 处（按 {} 编码写回）",
                path.display(),
                fixed.applied,
                decoded.encoding.label()
            ));
            text = fixed.text;
        }
    }
    let (report, previous) = checked(path, &text, prepared, job, &mut notes);
    let mut stories = Vec::new();
    let leave = |f: &gongwen::Finding, text: &str| job.settings.is_ignored(f, text);
    for (story, found) in
        gongwen_json::word::check_stories(file.stories, &job.config, report.year(), &leave)
    {
        if !found.findings.is_empty() {
            let name = format!(
                "{}（{} {}）",
                path.display(),
                story.kind.label(),
                story.part.trim_start_matches("word/")
            );
            let mut one = output::FileReport::new(name, story.text, None, &found);
            one.story = Some(output::Story {
                kind: story.kind.label(),
                part: story.part,
            });
            stories.push(one);
        }
    }
    let mut reports = vec![output::FileReport::new(
        path.display().to_string(),
        text.clone(),
        previous,
        &report,
    )];
    reports.extend(stories);
    Outcome {
        reports,
        notes,
        failed: false,
    }
}

/// The report on `text` (of the file at `path`), beside last year's
/// report when the job has one for it (notes say when it could not be
/// read), the findings the settings ignore left out; and last year's text.
fn checked(
    path: &Path,
    text: &str,
    prepared: &Prepared,
    job: &Job,
    notes: &mut Vec<String>,
) -> (gongwen::Report, Option<String>) {
    let previous = match &job.previous {
        Previous::None => None,
        Previous::One(text) => Some(text.clone()),
        Previous::Dir(dir) => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let found = counterparts(&name)
                .into_iter()
                .map(|n| dir.join(n))
                .find(|p| p.is_file());
            match found.map(|p| (read(&p, job.encoding), p)) {
                Some((Ok(file), _)) => Some(file.text),
                Some((Err(err), p)) => {
                    notes.push(format!("无法读取上年报告 {}：{err}", p.display()));
                    None
                }
                None => {
                    notes.push(format!(
                        "{} 在上年报告文件夹中没有对应的文件，未作上年对照",
                        path.display()
                    ));
                    None
                }
            }
        }
    };
    let previous_model = previous
        .as_deref()
        .filter(|p| !p.trim().is_empty())
        .map(gongwen::previous::Model::new);
    let mut report = gongwen::check_prepared(text, previous_model.as_ref(), prepared);
    report
        .findings
        .retain(|f| !job.settings.is_ignored(f, text));
    (report, previous)
}

/// `gongwen::fix_all` with the fixes asked for, leaving alone the findings
/// the settings ignore.
fn fix_text(text: &str, prepared: &Prepared, job: &Job) -> gongwen::Fixed {
    gongwen::fix_all_prepared(text, prepared, |f, current| {
        f.has_fix(job.fixes) && !job.settings.is_ignored(f, current)
    })
}

/// Prints, for each file, what fixing it would change, as a unified diff.
/// Exit code 1 when something would change, as `diff` does.
fn show_diff(paths: &[PathBuf], job: &Job, walk_error: bool) -> ExitCode {
    let diffs = for_each_file(paths, |path| -> Result<Option<String>, String> {
        let file = read(path, job.encoding)
            .map_err(|err| format!("无法读取 {}：{err}", path.display()))?;
        let own = file.prepared(job);
        let fixed = fix_text(&file.text, own.as_ref().unwrap_or(&job.prepared), job);
        if fixed.applied == 0 {
            return Ok(None);
        }
        let name = path.display().to_string();
        Ok(Some(
            similar::TextDiff::from_lines(&file.text, &fixed.text)
                .unified_diff()
                .context_radius(1)
                .header(&name, &format!("{name}（修复 {} 处后）", fixed.applied))
                .to_string(),
        ))
    });
    let mut printed = String::new();
    let mut changed = 0;
    let mut io_error = walk_error;
    for diff in diffs {
        match diff {
            Ok(Some(diff)) => {
                changed += 1;
                printed.push_str(&diff);
            }
            Ok(None) => {}
            Err(note) => {
                eprintln!("gongwen: {note}");
                io_error = true;
            }
        }
    }
    if let Some(code) = emit(&printed) {
        return code;
    }
    match (io_error, changed) {
        (true, _) => ExitCode::from(2),
        (false, 0) => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    }
}

/// Writes `text` to standard output. A reader that went away (`gongwen
/// check … | head`) ends the program quietly; the exit code is then the
/// one returned here. Any other write error is reported.
fn emit(text: &str) -> Option<ExitCode> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => None,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Some(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("gongwen: 无法输出结果：{e}");
            Some(ExitCode::from(2))
        }
    }
}

/// A file's text, and for a text file how to write it back.
struct Source {
    text: String,
    writable: Option<gongwen_import::Decoded>,
    /// Word's heading paragraphs, for the outline.
    headings: Vec<String>,
    /// A Word file's typesetting, for the layout rules.
    word_format: Option<gongwen::typeset::WordFormat>,
    /// A Word file's footnotes, endnotes, headers and footers.
    stories: Vec<gongwen_import::Story>,
}

impl Source {
    /// The job's config with what the file itself says about its
    /// headings and typesetting, prepared for this file; `None` when it
    /// says nothing (the job's own prepared config serves).
    fn prepared(&self, job: &Job) -> Option<Prepared> {
        (!self.headings.is_empty() || self.word_format.is_some()).then(|| {
            let mut config = job.config.clone();
            config.heading_texts.extend(self.headings.iter().cloned());
            config.word_format = self.word_format.clone();
            Prepared::new(&config)
        })
    }
}

/// Reads and decodes a file (`-`: standard input): text files in any
/// encoding `gongwen-import` detects, or in `encoding` when the user names
/// one; .docx as its paragraphs. The error says in Chinese why a file
/// cannot be read.
fn read(path: &Path, encoding: Option<gongwen_import::Encoding>) -> Result<Source, String> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| e.to_string())?;
        buf
    } else {
        // A file past the limit is refused before it is read into memory.
        let len = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
        if len > gongwen_import::MAX_BYTES as u64 {
            return Err(gongwen_import::ImportError::TooLarge.to_string());
        }
        std::fs::read(path).map_err(|e| e.to_string())?
    };
    let name = path.display().to_string();
    let is_word = bytes.starts_with(b"PK\x03\x04") || name.to_lowercase().ends_with(".docx");
    if let Some(encoding) = encoding.filter(|_| !is_word) {
        let decoded = gongwen_import::decode_as(&bytes, encoding);
        return Ok(Source {
            text: decoded.text.clone(),
            writable: Some(decoded),
            headings: Vec::new(),
            word_format: None,
            stories: Vec::new(),
        });
    }
    let imported = gongwen_import::import(&name, &bytes).map_err(|e| e.to_string())?;
    let writable = imported
        .headings
        .is_empty()
        .then(|| gongwen_import::decode(&bytes))
        .filter(|d| d.text == imported.text);
    let stories = if is_word {
        gongwen_import::docx_stories(&bytes).unwrap_or_default()
    } else {
        Vec::new()
    };
    Ok(Source {
        headings: imported.heading_texts(),
        text: imported.text,
        writable,
        word_format: imported.word_format.map(|f| *f),
        stories,
    })
}

/// Writes the fixed `text` back where it came from, in its encoding; for
/// standard input, to standard output. A file is replaced through a
/// temporary file beside it, so an interrupted write never leaves half a
/// draft.
fn write(path: &Path, decoded: &gongwen_import::Decoded, text: &str) -> std::io::Result<()> {
    let bytes = decoded.encode(text).map_err(|c| {
        std::io::Error::other(format!(
            "修复后的文本含有 {} 编码无法保存的字符“{c}”，为免写坏文件，未写回；请把文件另存为 UTF-8 后再修复",
            decoded.encoding.label()
        ))
    })?;
    if path.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        return out.write_all(&bytes).and_then(|()| out.flush());
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".gongwen-tmp");
    std::fs::write(&tmp, &bytes)?;
    std::fs::rename(&tmp, path)
}

/// `auto` and the genres of the engine's `genres.json`, each with its label.
fn genres() -> PossibleValuesParser {
    let auto = PossibleValue::new("auto").help("按标题和章节自动识别");
    PossibleValuesParser::new(std::iter::once(auto).chain(
        gongwen::outline::Genre::all().map(|g| PossibleValue::new(g.name()).help(g.label())),
    ))
}
