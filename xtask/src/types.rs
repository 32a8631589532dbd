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
    // A draft with the office's people and a statistics table: the
    // people's and the table's parts of the output.
    let ledger = fixtures.join("ledger");
    let (settings, table, draft) = (
        ledger.join("gongwen.toml").display().to_string(),
        ledger.join("table.csv").display().to_string(),
        ledger.join("draft.txt").display().to_string(),
    );
    let with_data: serde_json::Value = serde_json::from_str(&cli(&[
        "check", "--format", "json", "--config", &settings, "--data", &table, &draft,
    ])?)
    .map_err(|e| format!("CLI JSON with a table: {e}"))?;
    if with_data["files"][0]["ledger"]
        .as_array()
        .is_none_or(Vec::is_empty)
        || with_data["files"][0]["people"]
            .as_array()
            .is_none_or(Vec::is_empty)
    {
        return Err("the draft with a table and people lists neither".into());
    }
    let documents: Vec<serde_json::Value> = checked["files"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .chain(with_data["files"].as_array().cloned().unwrap_or_default())
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
         export const options: CheckOptions = {{ genre: \"annual\", disable: [\"unfilled-x\"], placeholder_words: [\"请在此输入\"], junk_phrases: [\"某某范文网\"], people: [{{ name: \"周明远\", title: \"局长\", from: \"2022-04\" }}], data: \"指标名称\\t本年\\n地区生产总值\\t86.4亿元\" }};\n",
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
