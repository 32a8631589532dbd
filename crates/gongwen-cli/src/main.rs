//! `gongwen`: the command line of 公文体检. It reads files, decodes them,
//! runs the engine and prints what it found. No rule logic lives here.

mod decode;
mod output;

use clap::{Parser, Subcommand, ValueEnum};
use std::io::Read;
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
        /// 报告类型：auto（按标题和章节自动识别）、annual（年度总结及计划）、half-year（半年总结）、summary（工作总结）、duty（述职报告）、self-check（自查报告）
        #[arg(long, default_value = "auto", value_parser = ["auto", "annual", "half-year", "summary", "duty", "self-check"])]
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
                genre: (genre != "auto").then_some(genre),
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
            for rule in gongwen::RULES {
                let m = &rule.meta;
                println!(
                    "{:<20} {:<12} {:<8} {}",
                    m.name,
                    m.category.name(),
                    m.severity.name(),
                    first_sentence(m.docs.what)
                );
            }
            ExitCode::SUCCESS
        }
        Command::Explain { rule } => match gongwen::rules::find(&rule) {
            Some(rule) => {
                print!("{}", output::explain(&rule.meta));
                ExitCode::SUCCESS
            }
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
    match format {
        Format::Human => print!("{}", output::human(&files)),
        Format::Json => println!("{}", output::json(&files)),
    }
    if io_error {
        ExitCode::from(2)
    } else if files.iter().any(|f| f.has_errors) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
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

fn first_sentence(s: &str) -> &str {
    s.split_inclusive('。').next().unwrap_or(s)
}
