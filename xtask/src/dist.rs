//! `cargo xtask dist`: the shipped web app, in two forms.
//!
//! - `dist/`: the site Trunk builds, post-processed here: its wasm lowered to
//!   what Chromium 80-era engines run and validated, a loader without
//!   top-level await, a strict Content-Security-Policy, a web app manifest
//!   and a service worker that caches every file (the site keeps working
//!   offline once visited).
//! - `dist/gongwen.html`: one self-contained file — wasm, JS, CSS and icon
//!   inlined — that works opened from disk (`file://`) with no server, and
//!   makes no request at all.

use crate::tools::Env;
use crate::{root, run, Result};
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// WebAssembly features every shipped module may use: the MVP plus what
/// Chromium 75 and Firefox 79 already ran. Multi-value (Chromium 85) and
/// reference types are left out.
pub const WASM_FEATURES: &str =
    "mvp,mutable-global,sign-extension,saturating-float-to-int,bulk-memory";

/// The site's wasm, gzip -9, may grow to this (BENCHMARKS.md's figure +
/// 10%); past it, `dist` fails until the reason is written down there and
/// the budget raised.
const WASM_GZIP_BUDGET: usize = 1_088_000;

/// binaryen passes that turn post-MVP operations that Rust's standard
/// library is built with into MVP code.
const LOWERING: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-sign-ext",
    "--enable-nontrapping-float-to-int",
    "--enable-mutable-globals",
    "--llvm-memory-copy-fill-lowering",
    "--signext-lowering",
    "--llvm-nontrapping-fptoint-lowering",
    "-Oz",
];

pub fn dist(env: &Env) -> Result {
    let date = today();
    run(env
        .command("trunk")
        .args(["build", "--release"])
        .env("GONGWEN_BUILD_DATE", &date))?;
    let dist = root().join("dist");
    let find = |suffix: &str| -> Result<String> {
        let mut names: Vec<String> = std::fs::read_dir(&dist)
            .map_err(|e| e.to_string())?
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(suffix))
            .collect();
        names.sort();
        names.pop().ok_or_else(|| format!("no *{suffix} in dist/"))
    };
    let wasm = find("_bg.wasm")?;
    // wasm-bindgen's glue is named after the module (boot.js is ours).
    let js = format!("{}.js", wasm.trim_end_matches("_bg.wasm"));
    let css = find(".css")?;
    let icon = find(".svg")?;

    let site_wasm = dist.join(&wasm);
    lower(env, &site_wasm, &site_wasm)?;
    validate(env, &site_wasm)?;

    let boot = format!(
        include_str!("dist/boot.js"),
        js = js,
        wasm = wasm,
        message = UNSUPPORTED
    );
    write(&dist.join("boot.js"), &boot)?;
    write(
        &dist.join("worker.js"),
        &format!(include_str!("dist/worker.js"), js = js, wasm = wasm),
    )?;
    write(
        &dist.join("unsupported.js"),
        &format!(include_str!("dist/unsupported.js"), message = UNSUPPORTED),
    )?;
    let manifest = format!(include_str!("dist/manifest.webmanifest"), icon = icon);
    write(&dist.join("manifest.webmanifest"), &manifest)?;
    let files = [
        "./".to_owned(),
        "./index.html".to_owned(),
        format!("./{js}"),
        format!("./{wasm}"),
        format!("./{css}"),
        format!("./{icon}"),
        "./boot.js".to_owned(),
        "./worker.js".to_owned(),
        "./manifest.webmanifest".to_owned(),
    ];
    let files_js = files
        .iter()
        .map(|f| format!("'{f}'"))
        .collect::<Vec<_>>()
        .join(", ");
    // The cache is named after the build: a new build replaces it.
    let version = wasm.trim_end_matches("_bg.wasm").to_owned();
    write(
        &dist.join("sw.js"),
        &format!(
            include_str!("dist/sw.js"),
            cache = version,
            files = files_js
        ),
    )?;
    let index = site_index(
        &std::fs::read_to_string(dist.join("index.html")).map_err(|e| e.to_string())?,
        &css,
        &icon,
    );
    write(&dist.join("index.html"), &index)?;

    let single = single_file(env, &dist.join(&css), &dist.join(&icon))?;
    no_eval(&[
        dist.join(&js),
        dist.join("boot.js"),
        dist.join("worker.js"),
        dist.join("sw.js"),
        dist.join("unsupported.js"),
        single.clone(),
    ])?;
    let module = module(env)?;
    no_eval(&[root().join("dist").join("module").join("gongwen.js")])?;
    let single_dir = root().join("target").join("single");
    es2020(&[
        (dist.join(&js), true),
        (dist.join("boot.js"), true),
        (dist.join("worker.js"), true),
        (dist.join("sw.js"), false),
        (dist.join("unsupported.js"), false),
        (single_dir.join("gongwen.js"), false),
        (single_dir.join("boot.js"), false),
        (root().join("dist").join("module").join("gongwen.js"), true),
    ])?;
    report_sizes(&[
        ("site wasm", &site_wasm),
        ("single file", &single),
        ("JS module wasm", &module),
    ])
}

const UNSUPPORTED: &str = "公文体检无法在此浏览器中启动。请使用较新版本的 Chrome、Edge、Firefox，或 360、奇安信、QQ 等浏览器的极速模式（Chromium 80 及以上内核）。";

/// Trunk's page with our loader: Trunk's own uses top-level await
/// (Chromium 89+) and preloads with integrity hashes of the wasm before it
/// was lowered. Paths are relative, so the site works under any folder.
fn site_index(trunk: &str, css: &str, icon: &str) -> String {
    let title_block = between(trunk, "<head>", "<link").unwrap_or_default();
    let meta: String = title_block
        .lines()
        .filter(|l| l.trim_start().starts_with("<meta") || l.trim_start().starts_with("<title"))
        .map(|l| format!("  {}\n", l.trim()))
        .collect();
    let body = between(trunk, "<body>", "</body>").unwrap_or_default();
    format!(
        r##"<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta}  <meta http-equiv="Content-Security-Policy" content="{csp}">
  <link rel="stylesheet" href="./{css}">
  <link rel="icon" href="./{icon}">
  <link rel="manifest" href="./manifest.webmanifest">
  <meta name="theme-color" content="#b3261e">
  <script type="module" src="./boot.js"></script>
  <script nomodule src="./unsupported.js"></script>
</head>
<body>{body}</body>
</html>
"##,
        csp = SITE_CSP,
    )
}

/// Everything from the site itself; WebAssembly may be compiled; nothing
/// else, no inline script. `'unsafe-eval'` stands beside
/// `'wasm-unsafe-eval'` only because Chromium before 97 — the kernels of
/// the 360, 奇安信 and QQ browsers on many intranet PCs — compiles
/// WebAssembly under a CSP only with it; no script of ours evaluates a
/// string (`no_eval` checks every shipped script).
const SITE_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

fn between<'a>(s: &'a str, from: &str, to: &str) -> Option<&'a str> {
    let start = s.find(from)? + from.len();
    let end = start + s[start..].find(to)?;
    Some(&s[start..end])
}

/// The single file: wasm-bindgen's `no-modules` glue (a classic script,
/// so nothing is fetched as a module from `file://`), the lowered wasm as
/// base64 in a data block, the CSS and the icon inline, and a CSP that
/// names each inline script and style by its hash and allows no request.
fn single_file(env: &Env, css: &Path, icon: &Path) -> Result<PathBuf> {
    let out = root().join("target").join("single");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let wasm = bindgen(env, "gongwen-web.wasm", "no-modules", &out)?;
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let glue = read(&out.join("gongwen.js"))?;
    let bytes = std::fs::read(&wasm).map_err(|e| e.to_string())?;
    let b64 = base64::engine::general_purpose::STANDARD;
    let boot = format!(include_str!("dist/single-boot.js"), message = UNSUPPORTED);
    // Kept beside the glue, so the syntax check reads both as shipped.
    write(&out.join("boot.js"), &boot)?;
    let style = read(css)?;
    let icon = b64.encode(std::fs::read(icon).map_err(|e| e.to_string())?);
    let hash = |s: &str| format!("'sha256-{}'", b64.encode(Sha256::digest(s.as_bytes())));
    let csp = format!(
        "default-src 'none'; script-src {} {} 'wasm-unsafe-eval' 'unsafe-eval'; style-src {}; img-src data:; connect-src 'none'; worker-src blob:; base-uri 'none'; form-action 'none'",
        hash(&glue),
        hash(&boot),
        hash(&style)
    );
    let html = format!(
        r##"<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="{csp}">
  <meta name="description" content="公文体检：在浏览器本地检查工作报告草稿，文字不上传。这一个文件即是完整的程序，双击即可离线使用。">
  <title>公文体检</title>
  <link rel="icon" href="data:image/svg+xml;base64,{icon}">
  <style>{style}</style>
</head>
<body>
  <noscript>公文体检需要启用 JavaScript 和 WebAssembly。</noscript>
  <script type="application/wasm;base64" id="gongwen-wasm">{wasm}</script>
  <script id="gongwen-glue">{glue}</script>
  <script>{boot}</script>
</body>
</html>
"##,
        wasm = b64.encode(&bytes),
    );
    let path = root().join("dist").join("gongwen.html");
    write(&path, &html)?;
    Ok(path)
}

/// Fails if a shipped script evaluates strings as code: the CSP allows
/// `'unsafe-eval'` for old browsers' WebAssembly, so nothing may use it.
fn no_eval(files: &[PathBuf]) -> Result {
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        for needle in ["eval(", "new Function", "setTimeout(\"", "setInterval(\""] {
            if text.contains(needle) {
                return Err(format!("{} contains {needle}", file.display()));
            }
        }
    }
    Ok(())
}

/// Fails if a shipped script uses syntax newer than ECMAScript 2020 (what
/// Chromium 80 and Firefox 74 parse), by parsing it with acorn from npm.
fn es2020(files: &[(PathBuf, bool)]) -> Result {
    const ACORN_VERSION: &str = "8.14.0";
    let acorn = crate::tools::npm_tool("acorn", ACORN_VERSION, "acorn")?;
    for (file, module) in files {
        let mut cmd = std::process::Command::new(&acorn);
        cmd.args(["--ecma2020", "--silent"]);
        if *module {
            cmd.arg("--module");
        }
        run(cmd.arg(file))?;
    }
    Ok(())
}

/// Runs wasm-bindgen (`target`) on the wasm-release build `name` into
/// `out` as `gongwen.js` + `gongwen_bg.wasm`, then lowers and validates the
/// wasm; returns its path.
fn bindgen(env: &Env, name: &str, target: &str, out: &Path) -> Result<PathBuf> {
    let input = root()
        .join("target")
        .join("wasm32-unknown-unknown")
        .join("wasm-release")
        .join(name);
    let mut cmd = env.command("wasm-bindgen");
    cmd.args(["--target", target, "--out-name", "gongwen", "--out-dir"])
        .arg(out)
        .arg(&input);
    if target == "no-modules" {
        cmd.arg("--no-typescript");
    }
    run(&mut cmd)?;
    let wasm = out.join("gongwen_bg.wasm");
    lower(env, &wasm, &wasm)?;
    validate(env, &wasm)?;
    Ok(wasm)
}

/// Lowers post-MVP operations and optimises for size (binaryen).
fn lower(env: &Env, input: &Path, output: &Path) -> Result {
    run(env
        .command("wasm-opt")
        .args(LOWERING)
        .arg(input)
        .arg("-o")
        .arg(output))
}

/// Fails unless the module uses only [`WASM_FEATURES`].
pub fn validate(env: &Env, wasm: &Path) -> Result {
    run(env
        .command("wasm-tools")
        .args(["validate", "--features", WASM_FEATURES])
        .arg(wasm))
}

/// The JS module for other pages (`dist/module/`: `gongwen.js`,
/// `gongwen_bg.wasm`, `gongwen.d.ts` and an example page).
fn module(env: &Env) -> Result<PathBuf> {
    run(crate::cargo().args([
        "build",
        "-p",
        "gongwen-wasm",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
    ]))?;
    let out = root().join("dist").join("module");
    let wasm = bindgen(env, "gongwen_wasm.wasm", "web", &out)?;
    std::fs::copy(
        root()
            .join("crates")
            .join("gongwen-wasm")
            .join("example")
            .join("index.html"),
        out.join("example.html"),
    )
    .map_err(|e| e.to_string())?;
    Ok(wasm)
}

fn report_sizes(files: &[(&str, &Path)]) -> Result {
    for (k, &(what, path)) in files.iter().enumerate() {
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut gz, &bytes).map_err(|e| e.to_string())?;
        let gzipped = gz.finish().map_err(|e| e.to_string())?.len();
        eprintln!(
            "xtask: {what}: {} ({} bytes, {} bytes gzip -9)",
            path.display(),
            bytes.len(),
            gzipped
        );
        if k == 0 && gzipped > WASM_GZIP_BUDGET {
            return Err(format!(
                "the site's wasm is {gzipped} bytes gzipped, over its budget of {WASM_GZIP_BUDGET}: say why in BENCHMARKS.md and raise WASM_GZIP_BUDGET"
            ));
        }
    }
    Ok(())
}

fn write(path: &Path, content: &str) -> Result {
    std::fs::write(path, content).map_err(|e| format!("{}: {e}", path.display()))
}

/// Today's date (UTC) as YYYY-MM-DD, for the page footer.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
