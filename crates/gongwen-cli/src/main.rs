//! `gongwen`: the command line of 公文体检. It reads files, decodes them,
//! runs the engine and prints what it found. No rule logic lives here.

mod output;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
use std::path::PathBuf;
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
    /// 检查文本文件（自动识别 UTF-8、UTF-16、GBK/GB18030、Big5）或 Word 文档（.docx）。`-` 表示标准输入。
    Check {
        /// 输出格式
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// 关闭某条规则（可重复）
        #[arg(long = "disable", value_name = "RULE")]
        disable: Vec<String>,
        /// 额外的待办标记用语（可重复），如“请在此输入”
        #[arg(long = "placeholder-word", value_name = "WORD")]
        placeholder_words: Vec<String>,
        /// 额外的网页残留用语（可重复），含此用语的行按网页残留报告并可删除，如某范文网站的名称
        #[arg(long = "junk-phrase", value_name = "PHRASE")]
        junk_phrases: Vec<String>,
        /// 报告类型：auto 按标题和章节自动识别
        #[arg(long, default_value = "auto", value_parser = genres())]
        genre: String,
        /// 把安全修复写回文件（保留原编码与换行符），再报告剩下的问题；标准输入则把修复后的全文写到标准输出
        #[arg(long, conflicts_with = "diff")]
        fix: bool,
        /// 与 --fix 或 --diff 同用：也应用需要人工确认的修复
        #[arg(long = "unsafe")]
        include_unsafe: bool,
        /// 只显示修复会改动什么（统一差异格式），不写文件；有改动时退出码为 1
        #[arg(long)]
        diff: bool,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// 列出全部规则
    Rules {
        /// 输出格式
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// 显示一条规则的说明
    Explain { rule: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
    /// 表格（UTF-8 带 BOM，Excel 可直接打开）
    Csv,
    /// Markdown 问题清单
    Markdown,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            format,
            disable,
            placeholder_words,
            junk_phrases,
            genre,
            fix,
            include_unsafe,
            diff,
            paths,
        } => {
            if include_unsafe && !(fix || diff) {
                eprintln!("gongwen: --unsafe 需与 --fix 或 --diff 同用");
                return ExitCode::from(2);
            }
            let mut config = gongwen::Config {
                placeholder_words,
                junk_phrases,
                genre: gongwen::outline::Genre::from_name(&genre),
                ..Default::default()
            };
            for rule in &disable {
                if gongwen::rules::find(rule).is_none() {
                    eprintln!("gongwen: 没有名为“{rule}”的规则（gongwen rules 可列出全部规则）");
                    return ExitCode::from(2);
                }
                config.disable(rule);
            }
            let at_least = if include_unsafe {
                gongwen::Applicability::Unsafe
            } else {
                gongwen::Applicability::Safe
            };
            if diff {
                show_diff(&paths, &config, at_least)
            } else {
                check(&paths, format, &config, fix.then_some(at_least))
            }
        }
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
                        "{:<20} {:<12} {:<8} {}\n",
                        m.name,
                        m.category.name(),
                        m.severity.name(),
                        first_sentence(m.docs.what)
                    )
                })
                .collect();
            emit(&list).unwrap_or(ExitCode::SUCCESS)
        }
        Command::Explain { rule } => match gongwen::rules::find(&rule) {
            Some(rule) => emit(&output::explain(&rule.meta)).unwrap_or(ExitCode::SUCCESS),
            None => {
                eprintln!("gongwen: 没有名为“{rule}”的规则（gongwen rules 可列出全部规则）");
                ExitCode::from(2)
            }
        },
    }
}

/// Checks each file; with `fix`, first applies the fixes at least that safe
/// and writes the file back, then reports what is left.
fn check(
    paths: &[PathBuf],
    format: Format,
    config: &gongwen::Config,
    fix: Option<gongwen::Applicability>,
) -> ExitCode {
    let mut files = Vec::new();
    let mut io_error = false;
    for path in paths {
        match read(path) {
            Ok(file) => {
                let config = &file.config(config);
                let mut text = file.text.clone();
                if let Some(at_least) = fix {
                    let fixed = gongwen::fix_all(&text, config, |f| f.has_fix(at_least));
                    if fixed.applied > 0 {
                        let Some(decoded) = &file.writable else {
                            eprintln!(
                                "gongwen: {} 是 Word 文档，不能直接写回修复；请另存为 .txt 后再用 --fix，或用 --diff 查看改动",
                                path.display()
                            );
                            io_error = true;
                            continue;
                        };
                        if let Err(err) = write(path, decoded, &fixed.text) {
                            eprintln!("gongwen: 无法写回 {}：{err}", path.display());
                            io_error = true;
                            continue;
                        }
                        eprintln!(
                            "gongwen: {} 已修复 {} 处（按 {} 编码写回）",
                            path.display(),
                            fixed.applied,
                            decoded.encoding.label()
                        );
                        text = fixed.text;
                    }
                }
                let report = gongwen::check(&text, config);
                files.push(output::FileReport::new(
                    path.display().to_string(),
                    &text,
                    &report,
                ));
            }
            Err(err) => {
                eprintln!("gongwen: 无法读取 {}：{err}", path.display());
                io_error = true;
            }
        }
    }
    let printed = match format {
        Format::Human => output::human(&files),
        Format::Json => format!("{}\n", output::json(&files)),
        Format::Csv => gongwen_json::csv(
            &files
                .iter()
                .map(|f| (f.path.as_str(), &f.document))
                .collect::<Vec<_>>(),
        ),
        Format::Markdown => files
            .iter()
            .map(|f| gongwen_json::markdown(&f.path, &f.document))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    // Fixing standard input writes the fixed text to standard output; what
    // is left to report goes to standard error then, as with ruff.
    if fix.is_some() && paths.iter().any(|p| p.as_os_str() == "-") {
        eprint!("{printed}");
    } else if let Some(code) = emit(&printed) {
        return code;
    }
    if io_error {
        ExitCode::from(2)
    } else if files.iter().any(|f| f.has_errors) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints, for each file, what fixing it would change, as a unified diff.
/// Exit code 1 when something would change, as `diff` does.
fn show_diff(
    paths: &[PathBuf],
    config: &gongwen::Config,
    at_least: gongwen::Applicability,
) -> ExitCode {
    let mut printed = String::new();
    let mut changed = 0;
    let mut io_error = false;
    for path in paths {
        let decoded = match read(path) {
            Ok(file) => file,
            Err(err) => {
                eprintln!("gongwen: 无法读取 {}：{err}", path.display());
                io_error = true;
                continue;
            }
        };
        let fixed = gongwen::fix_all(&decoded.text, &decoded.config(config), |f| {
            f.has_fix(at_least)
        });
        if fixed.applied == 0 {
            continue;
        }
        changed += 1;
        let name = path.display().to_string();
        printed.push_str(
            &similar::TextDiff::from_lines(&decoded.text, &fixed.text)
                .unified_diff()
                .context_radius(1)
                .header(&name, &format!("{name}（修复 {} 处后）", fixed.applied))
                .to_string(),
        );
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
}

impl Source {
    /// `config` with what the file itself says about its headings.
    fn config(&self, config: &gongwen::Config) -> gongwen::Config {
        let mut config = config.clone();
        config.heading_texts.extend(self.headings.iter().cloned());
        config
    }
}

/// Reads and decodes a file (`-`: standard input): text files in any
/// encoding `gongwen-import` detects, .docx as its paragraphs. The error
/// says in Chinese why a file cannot be read.
fn read(path: &PathBuf) -> Result<Source, String> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| e.to_string())?;
        buf
    } else {
        std::fs::read(path).map_err(|e| e.to_string())?
    };
    let name = path.display().to_string();
    let imported = gongwen_import::import(&name, &bytes).map_err(|e| e.to_string())?;
    let writable = imported
        .headings
        .is_empty()
        .then(|| gongwen_import::decode(&bytes))
        .filter(|d| d.text == imported.text);
    Ok(Source {
        headings: imported.heading_texts(),
        text: imported.text,
        writable,
    })
}

/// Writes the fixed `text` back where it came from, in its encoding; for
/// standard input, to standard output. A file is replaced through a
/// temporary file beside it, so an interrupted write never leaves half a
/// draft.
fn write(path: &PathBuf, decoded: &gongwen_import::Decoded, text: &str) -> std::io::Result<()> {
    let bytes = decoded.encode(text);
    if path.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        return out.write_all(&bytes).and_then(|()| out.flush());
    }
    let mut tmp = path.clone().into_os_string();
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

fn first_sentence(s: &str) -> &str {
    s.split_inclusive('。').next().unwrap_or(s)
}
