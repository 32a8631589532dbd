//! `gongwen`: the command line of 公文体检. It reads files, decodes them,
//! runs the engine and prints what it found. No rule logic lives here.

mod decode;
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
    /// 检查文本文件（UTF-8；GBK/GB18030 与带 BOM 的 UTF-16 也可识别）。`-` 表示标准输入。
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
        /// 报告类型：auto 按标题和章节自动识别
        #[arg(long, default_value = "auto", value_parser = genres())]
        genre: String,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// 列出全部规则
    Rules,
    /// 显示一条规则的说明
    Explain { rule: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            format,
            disable,
            placeholder_words,
            genre,
            paths,
        } => {
            let mut config = gongwen::Config {
                placeholder_words,
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
            check(&paths, format, &config)
        }
        Command::Rules => {
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

fn check(paths: &[PathBuf], format: Format, config: &gongwen::Config) -> ExitCode {
    let mut files = Vec::new();
    let mut io_error = false;
    for path in paths {
        match read(path) {
            Ok(text) => {
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
    };
    if let Some(code) = emit(&printed) {
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

fn read(path: &PathBuf) -> std::io::Result<String> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        buf
    } else {
        std::fs::read(path)?
    };
    Ok(decode::decode(&bytes))
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
