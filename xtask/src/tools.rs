//! Installing the tools the web build and the browser tests need, when they
//! are missing. Everything comes from crates.io, npm or Debian's packages:
//! nothing is downloaded from anywhere else (Trunk runs `offline`).

use crate::{root, run, Result};
use std::path::PathBuf;
use std::process::Command;

/// Trunk 0.22 needs a newer rustc than this project's toolchain.
const TRUNK_VERSION: &str = "0.21.14";
/// The npm `binaryen` release whose `wasm-opt` reads current Rust output
/// (Debian's binaryen is too old). Trunk.toml names the same version.
const BINARYEN_VERSION: &str = "132.0.0";

/// The PATH under which Trunk finds our wasm-bindgen and wasm-opt.
#[derive(Debug)]
pub struct Env {
    path: String,
}

impl Env {
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("PATH", &self.path);
        cmd
    }
}

fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
}

pub fn ensure_web_tools() -> Result<Env> {
    let tools_dir = root().join("target").join("tools");
    let binaryen_bin = tools_dir.join("binaryen").join("node_modules").join(".bin");
    let path = format!(
        "{}:{}:{}",
        binaryen_bin.display(),
        cargo_bin().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let env = Env { path };

    let targets =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !targets
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }

    let trunk = output(env.command("trunk").arg("--version")).unwrap_or_default();
    if !trunk.contains(TRUNK_VERSION) {
        eprintln!("xtask: installing trunk {TRUNK_VERSION} (takes several minutes once)");
        run(Command::new("cargo").args([
            "install",
            "trunk",
            "--version",
            TRUNK_VERSION,
            "--locked",
        ]))?;
    }

    let wanted = lockfile_version("wasm-bindgen")?;
    let have = output(env.command("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) != Some(wanted.as_str()) {
        eprintln!("xtask: installing wasm-bindgen-cli {wanted} (the version in Cargo.lock)");
        // Not `--locked`: one of its pinned dependencies is gone from the registry.
        run(Command::new("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &wanted,
            "--force",
        ]))?;
    }

    let wasm_tools = output(env.command("wasm-tools").arg("--version")).unwrap_or_default();
    if !wasm_tools.starts_with("wasm-tools") {
        eprintln!("xtask: installing wasm-tools (validates the shipped wasm's features)");
        run(Command::new("cargo").args(["install", "wasm-tools", "--locked"]))?;
    }

    let major = BINARYEN_VERSION.split('.').next().unwrap_or_default();
    let wasm_opt = output(env.command("wasm-opt").arg("--version")).unwrap_or_default();
    if !wasm_opt.contains(&format!("version {major}")) {
        eprintln!("xtask: installing wasm-opt from npm binaryen@{BINARYEN_VERSION}");
        npm_install("binaryen", BINARYEN_VERSION)?;
    }
    Ok(env)
}

/// Installs npm package `name@version` under target/tools/NAME (once) and
/// returns the path of its command `bin`.
pub fn npm_tool(name: &str, version: &str, bin: &str) -> Result<PathBuf> {
    let path = root()
        .join("target")
        .join("tools")
        .join(name)
        .join("node_modules")
        .join(".bin")
        .join(bin);
    if !path.exists() {
        eprintln!("xtask: installing {name} {version} from npm");
        npm_install(name, version)?;
    }
    Ok(path)
}

fn npm_install(name: &str, version: &str) -> Result {
    let dir = root().join("target").join("tools").join(name);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    run(Command::new("npm").args([
        "install",
        "--no-audit",
        "--no-fund",
        "--prefix",
        &dir.display().to_string(),
        &format!("{name}@{version}"),
    ]))
}

/// Where `cargo install` puts geckodriver.
pub fn geckodriver() -> PathBuf {
    cargo_bin().join("geckodriver")
}

/// Chromium, ChromeDriver, Firefox ESR and a CJK font for the browser tests,
/// valgrind for `cargo xtask scaling`, and LibreOffice Writer and poppler
/// for the annotated Word files' tests (opened and turned into a PDF)
/// (Debian); geckodriver, which Debian does not package, from crates.io.
pub fn ensure_browser() -> Result {
    let have = |p: &str| std::path::Path::new(p).exists();
    if !geckodriver().exists() {
        eprintln!("xtask: installing geckodriver (drives Firefox in the browser tests)");
        run(Command::new("cargo").args(["install", "geckodriver", "--locked"]))?;
    }
    if have("/usr/bin/chromium")
        && have("/usr/bin/chromedriver")
        && have("/usr/bin/firefox-esr")
        && have("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
        && have("/usr/bin/valgrind")
        && have("/usr/bin/soffice")
        && have("/usr/bin/pdftotext")
    {
        return Ok(());
    }
    eprintln!("xtask: installing chromium, chromium-driver, fonts-wqy-zenhei, valgrind, libreoffice-writer-nogui and poppler-utils");
    let sudo = output(Command::new("id").arg("-u")).is_some_and(|u| u.trim() != "0");
    let apt = |args: &[&str]| {
        let mut cmd = if sudo {
            Command::new("sudo")
        } else {
            Command::new("apt-get")
        };
        if sudo {
            cmd.arg("apt-get");
        }
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd
    };
    run(&mut apt(&["update"]))?;
    run(&mut apt(&[
        "install",
        "-y",
        "--no-install-recommends",
        "chromium",
        "chromium-driver",
        "firefox-esr",
        "fonts-wqy-zenhei",
        // `cargo xtask scaling` counts instructions with callgrind.
        "valgrind",
        // Annotated Word files are opened and printed to PDF in the tests.
        "libreoffice-writer-nogui",
        "poppler-utils",
    ]))
}

/// The version of `package` that Cargo.lock pins.
fn lockfile_version(package: &str) -> Result<String> {
    #[derive(serde::Deserialize)]
    struct Lock {
        package: Vec<Package>,
    }
    #[derive(serde::Deserialize)]
    struct Package {
        name: String,
        version: String,
    }
    let text = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let lock: Lock = toml::from_str(&text).map_err(|e| format!("Cargo.lock: {e}"))?;
    lock.package
        .into_iter()
        .find(|p| p.name == package)
        .map(|p| p.version)
        .ok_or_else(|| format!("{package} is not in Cargo.lock"))
}
