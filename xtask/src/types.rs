//! The JS module's TypeScript types checked against real output: the CLI's
//! JSON for every fixture and the rule list, written into a TypeScript
//! file typed with `dist/module/gongwen.d.ts`, compiled by `tsc --strict`
//! (from npm, installed on demand). A field the types lack, or one they
//! promise that the output lacks, fails the build.

use crate::tools::Env;
use crate::{cargo, root, run, Result};

const TYPESCRIPT_VERSION: &str = "5.6.3";

pub fn check_types(env: &Env) -> Result {
    let tsc = crate::tools::npm_tool("typescript", TYPESCRIPT_VERSION, "tsc")?;
    let fixtures = root()
        .join("crates")
        .join("gongwen")
        .join("tests")
        .join("fixtures");
    let mut paths: Vec<String> = std::fs::read_dir(&fixtures)
        .map_err(|e| e.to_string())?
        .filter_map(|e| Some(e.ok()?.path().display().to_string()))
        .filter(|p| p.ends_with(".txt"))
        .collect();
    paths.sort();
    let cli = |args: &[&str]| -> Result<String> {
        let out = cargo()
            .args(["run", "--quiet", "-p", "gongwen-cli", "--"])
            .args(args)
            .output()
            .map_err(|e| e.to_string())?;
        String::from_utf8(out.stdout).map_err(|e| e.to_string())
    };
    let mut args = vec!["check", "--format", "json"];
    args.extend(paths.iter().map(String::as_str));
    let checked: serde_json::Value =
        serde_json::from_str(&cli(&args)?).map_err(|e| format!("CLI JSON: {e}"))?;
    let documents: Vec<serde_json::Value> = checked["files"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|mut f| {
            if let Some(o) = f.as_object_mut() {
                o.remove("path");
            }
            f
        })
        .collect();
    let rules: serde_json::Value = serde_json::from_str(&cli(&["rules", "--format", "json"])?)
        .map_err(|e| format!("rules JSON: {e}"))?;
    let dir = root().join("target").join("ts-check");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let source = format!(
        "import type {{ CheckOptions, Document, Rule }} from \"../../dist/module/gongwen\";\n\
         export const documents: Document[] = {};\n\
         export const rules: Rule[] = {};\n\
         export const options: CheckOptions = {{ genre: \"annual\", disable: [\"unfilled-x\"], placeholder_words: [\"请在此输入\"], junk_phrases: [\"某某范文网\"] }};\n",
        serde_json::to_string_pretty(&documents).map_err(|e| e.to_string())?,
        serde_json::to_string_pretty(&rules["rules"]).map_err(|e| e.to_string())?,
    );
    let file = dir.join("check.ts");
    std::fs::write(&file, source).map_err(|e| e.to_string())?;
    eprintln!(
        "xtask: type-checking {} documents and {} rules against gongwen.d.ts",
        documents.len(),
        rules["rules"].as_array().map_or(0, Vec::len)
    );
    run(env.command(&tsc.display().to_string()).args([
        "--noEmit",
        "--strict",
        "--target",
        "es2020",
        "--module",
        "es2020",
        "--moduleResolution",
        "bundler",
        &file.display().to_string(),
    ]))
}
