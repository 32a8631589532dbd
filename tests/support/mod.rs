//! The harness of the browser tests: the built `dist/` served on loopback
//! (every request recorded; the server can be stopped), a chromedriver and
//! a headless Chromium session, and what a test asks of the page.

#![allow(dead_code)] // each test binary uses a part

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const DEMO: &str = include_str!("../../static/demo.txt");

/// A served app, a chromedriver and a browser session; all stopped on drop.
pub struct Browser {
    pub client: Client,
    /// The served site's root, `http://127.0.0.1:PORT/`.
    pub url: String,
    driver: Child,
    server: Option<Arc<tiny_http::Server>>,
    /// Every path the site was asked for, in order.
    pub requests: Arc<Mutex<Vec<String>>>,
    profile: PathBuf,
    /// Whether the profile outlives the browser (see [`Browser::crash`]).
    keep_profile: bool,
}

impl Browser {
    /// Kills the browser as a crash would (SIGKILL, no shutdown) and
    /// returns its profile, kept on disk for [`launch_in`].
    pub fn crash(mut self) -> PathBuf {
        self.keep_profile = true;
        self.profile.clone()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.stop_server();
        // Chromium runs in chromedriver's process group: end the whole group,
        // or every test would leave a browser behind.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.driver.id())])
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        if !self.keep_profile {
            let _ = std::fs::remove_dir_all(&self.profile);
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The built site: `GONGWEN_DIST` or `dist/`.
pub fn dist() -> PathBuf {
    PathBuf::from(std::env::var("GONGWEN_DIST").unwrap_or_else(|_| "dist".into()))
}

type Served = (Arc<tiny_http::Server>, String, Arc<Mutex<Vec<String>>>);

fn serve(dist: PathBuf) -> Served {
    let requests = Arc::new(Mutex::new(Vec::new()));
    let log = requests.clone();
    let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("static server"));
    let url = format!(
        "http://{}/",
        server.server_addr().to_ip().expect("ip address")
    );
    let handle = server.clone();
    std::thread::spawn(move || {
        for request in handle.incoming_requests() {
            let path = request
                .url()
                .split('?')
                .next()
                .unwrap_or("/")
                .trim_start_matches('/')
                .to_owned();
            if let Ok(mut log) = log.lock() {
                log.push(format!("/{path}"));
            }
            let file = dist.join(if path.is_empty() { "index.html" } else { &path });
            let response = match std::fs::read(&file) {
                Ok(bytes) if file.starts_with(&dist) => {
                    let mime = match file.extension().and_then(|e| e.to_str()) {
                        Some("html") => "text/html; charset=utf-8",
                        Some("js") => "text/javascript",
                        Some("wasm") => "application/wasm",
                        Some("css") => "text/css",
                        Some("svg") => "image/svg+xml",
                        Some("webmanifest") => "application/manifest+json",
                        _ => "application/octet-stream",
                    };
                    let header =
                        tiny_http::Header::from_bytes("Content-Type", mime).expect("header");
                    // One request per connection: a kept-alive connection
                    // that the browser leaves idle must not hold up the
                    // next file.
                    let close =
                        tiny_http::Header::from_bytes("Connection", "close").expect("header");
                    tiny_http::Response::from_data(bytes)
                        .with_header(header)
                        .with_header(close)
                        .boxed()
                }
                _ => tiny_http::Response::empty(404).boxed(),
            };
            // Each response written on its own thread: a response the
            // browser stops reading (a reload cancelling a download) must
            // not hold up the requests after it.
            std::thread::spawn(move || {
                let _ = request.respond(response);
            });
        }
    });
    (server, url, requests)
}

/// The served app, loaded and started.
pub async fn open() -> Browser {
    let b = launch().await;
    // Errors of every page, for the message of a test that times out.
    b.before_each_page(
        "window.__errors = []; addEventListener('error', (e) => window.__errors.push(String(e.message))); addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));",
    )
    .await;
    b.client.goto(&b.url).await.expect("page loads");
    let deadline = Instant::now() + Duration::from_secs(20);
    while b
        .js("return document.getElementById('draft') !== null")
        .await
        != json!(true)
    {
        if Instant::now() >= deadline {
            let page = b
                .js("return [document.readyState, document.body ? document.body.innerHTML.slice(0, 300) : null]")
                .await;
            let requests = b.requests.lock().map(|r| r.clone()).unwrap_or_default();
            panic!(
                "the app did not start: {page}; requests {requests:?}; page errors: {}",
                b.errors().await
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    b
}

/// A WebDriver server (`$var`, else `default`) on `port`, in its own
/// process group so that dropping the browser ends it and its browser.
fn driver(var: &str, default: &str, port: u16) -> Child {
    let program = std::env::var(var).unwrap_or_else(|_| default.into());
    Command::new(&program)
        .arg(format!("--port={port}"))
        .process_group(0)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} starts (cargo xtask test installs it): {e}"))
}

/// Firefox (headless, through geckodriver) with the site served and no
/// page loaded yet.
pub async fn launch_firefox() -> Browser {
    let (server, url, requests) = serve(dist());
    let port = free_port();
    let driver = driver("GECKODRIVER", "geckodriver", port);
    let profile = std::env::temp_dir().join(format!("gongwen-e2e-ff-{port}"));
    let mut caps = serde_json::Map::new();
    caps.insert(
        "moz:firefoxOptions".into(),
        json!({
            "binary": std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into()),
            "args": ["-headless", "-width=1400", "-height=900"],
        }),
    );
    let client = connect(port, caps).await;
    Browser {
        client,
        url,
        driver,
        server: Some(server),
        requests,
        profile,
        keep_profile: false,
    }
}

async fn connect(port: u16, caps: serde_json::Map<String, Value>) -> Client {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match ClientBuilder::native()
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => break client,
            Err(err) if Instant::now() > deadline => panic!("no browser session: {err}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// A browser with the site served but no page loaded yet.
pub async fn launch() -> Browser {
    launch_with(&[]).await
}

/// [`launch`], with extra Chromium switches.
pub async fn launch_with(extra: &[&str]) -> Browser {
    launch_in(None, extra).await
}

/// [`launch_with`], in the given profile (one a crashed browser left), or
/// in a fresh one.
pub async fn launch_in(profile: Option<PathBuf>, extra: &[&str]) -> Browser {
    let dist = dist();
    assert!(
        dist.join("index.html").exists(),
        "no built app in {}: run `cargo xtask test`",
        dist.display()
    );
    let (server, url, requests) = serve(dist);
    let port = free_port();
    let driver = driver("CHROMEDRIVER", "/usr/bin/chromedriver", port);
    // A fresh profile every time: a reused one would bring back the last
    // test's saved draft and settings.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let profile =
        profile.unwrap_or_else(|| std::env::temp_dir().join(format!("gongwen-e2e-{port}-{nanos}")));
    let mut args: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,900",
    ]
    .iter()
    .map(|a| a.to_string())
    .collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    args.extend(extra.iter().map(|a| a.to_string()));
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": args,
        }),
    );
    let client = connect(port, caps).await;
    Browser {
        client,
        url,
        driver,
        server: Some(server),
        requests,
        profile,
        keep_profile: false,
    }
}

/// A Chrome DevTools Protocol command, sent through chromedriver.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Sends a Chrome DevTools Protocol command and returns its result.
    pub async fn cdp(&self, cmd: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp { cmd, params })
            .await
            .expect("CDP command")
    }

    /// Runs `source` in every page before the page's own scripts.
    pub async fn before_each_page(&self, source: &str) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )
        .await;
    }

    /// Stops serving: the port closes, every later request fails.
    pub fn stop_server(&mut self) {
        if let Some(server) = self.server.take() {
            server.unblock();
        }
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .expect("script runs")
    }

    /// Opens the JS module's example page and waits for its first check.
    pub async fn open_module_example(&self) {
        self.client
            .goto(&format!("{}module/example.html", self.url))
            .await
            .expect("example page");
        self.wait_for(
            "the example's first check",
            "return window.lastDocument !== undefined",
        )
        .await;
    }

    /// Script errors the page reported (when `open` installed the collector).
    pub async fn errors(&self) -> Value {
        self.js("const u = document.querySelector('.unsupported'); return (window.__errors || []).concat(u ? [u.textContent] : [])").await
    }

    /// Polls `script` until it returns `true`.
    pub async fn wait_for(&self, what: &str, script: &str) {
        self.wait_within(what, script, 15_000).await;
    }

    /// Waits up to `ms` milliseconds for `script` to return true.
    pub async fn wait_within(&self, what: &str, script: &str, ms: u64) {
        let deadline = Instant::now() + Duration::from_millis(ms);
        while self.js(script).await != json!(true) {
            if Instant::now() >= deadline {
                panic!(
                    "after {ms} ms still waiting for {what}; page errors: {}",
                    self.errors().await
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The highlights as (text, category, rule), in document order.
    pub async fn marks(&self) -> Vec<(String, String, String)> {
        let v = self
            .js("return [...document.querySelectorAll('mark[data-finding]')].map(m => [m.textContent, m.dataset.category, m.dataset.rule])")
            .await;
        serde_json::from_value(v).expect("list of marks")
    }

    /// Types over the draft the way a user of an input method does: the
    /// first `len` characters from the first `find` selected, each of
    /// `composing` composed in turn, then `committed` committed.
    pub async fn type_over(&self, find: &str, len: usize, composing: &[&str], committed: &str) {
        self.client
            .execute(
                "const t = document.getElementById('draft'); t.focus(); const at = t.value.indexOf(arguments[0]); t.setSelectionRange(at, at + arguments[1]); return true",
                vec![json!(find), json!(len)],
            )
            .await
            .expect("select");
        for partial in composing {
            let end = partial.chars().count();
            self.cdp(
                "Input.imeSetComposition",
                json!({ "text": partial, "selectionStart": end, "selectionEnd": end }),
            )
            .await;
        }
        self.cdp("Input.insertText", json!({ "text": committed }))
            .await;
    }

    /// Replaces the draft the way a paste does: one input event with the text.
    pub async fn paste(&self, text: &str) {
        self.client
            .find(Locator::Id("clear"))
            .await
            .expect("清空 button")
            .click()
            .await
            .expect("click");
        self.client
            .execute(
                "const t = document.getElementById('draft'); t.focus(); document.execCommand('insertText', false, arguments[0]);",
                vec![json!(text)],
            )
            .await
            .expect("paste");
    }

    /// Replaces the draft at once (a large paste: the browser's editing
    /// commands are slow on 100,000 characters), with one input event.
    pub async fn set_text(&self, text: &str) {
        self.client
            .execute(
                "const t = document.getElementById('draft'); t.focus(); t.value = arguments[0]; t.dispatchEvent(new InputEvent('input', { bubbles: true }));",
                vec![json!(text)],
            )
            .await
            .expect("set text");
    }

    /// Clicks the side panel's tab labelled `label` (once the app has
    /// drawn it: after a reload it may not have yet).
    pub async fn open_tab(&self, label: &str) {
        let quoted = serde_json::to_string(label).expect("a label");
        self.wait_for(
            &format!("the tab {label}"),
            &format!(
                "return Array.from(document.querySelectorAll('.tab')).some(t => t.textContent === {quoted})"
            ),
        )
        .await;
        for tab in self
            .client
            .find_all(Locator::Css(".tab"))
            .await
            .expect("tabs")
        {
            if tab.text().await.expect("tab label") == label {
                tab.click().await.expect("click tab");
                return;
            }
        }
        panic!("no tab labelled {label}");
    }

    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.expect("screenshot");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target")
            .join("e2e");
        std::fs::create_dir_all(&dir).expect("artifact dir");
        std::fs::write(dir.join(name), png).expect("write screenshot");
    }
}

pub fn expected_marks(text: &str) -> Vec<(String, String, String)> {
    gongwen::check(text, &gongwen::Config::default())
        .findings
        .iter()
        .map(|f| {
            (
                text[f.range.clone()].to_owned(),
                f.category.name().to_owned(),
                f.rule.to_owned(),
            )
        })
        .collect()
}

impl Browser {
    pub async fn value(&self) -> Value {
        self.js("const t = document.getElementById('draft'); return t ? t.value : null")
            .await
    }

    pub async fn click(&self, id: &str) {
        self.client
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|_| panic!("#{id}"))
            .click()
            .await
            .expect("click");
    }

    /// Waits until the textarea holds `expected`.
    pub async fn wait_value(&self, expected: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.value().await != json!(expected) {
            if Instant::now() >= deadline {
                panic!(
                    "textarea holds {} instead of {expected:?}; page errors: {}",
                    self.value().await,
                    self.errors().await
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Keystrokes typed as a keyboard types (CDP `Input.insertText`), `count`
    /// of them `pause_ms` apart, in the middle of the draft and then of a bare
    /// textarea holding the same text (the browser's own cost of editing
    /// it): each one's time from its input event to the next frame, sorted,
    /// for the draft and for the bare textarea.
    pub async fn keystroke_frames(&self, count: usize, pause_ms: u64) -> (Vec<f64>, Vec<f64>) {
        self.js(r#"
            const t = document.getElementById('draft');
            const bare = document.createElement('textarea');
            bare.id = 'bare';
            bare.style.cssText = 'position:fixed;left:0;top:0;width:700px;height:500px;font-size:16px;line-height:1.9;white-space:pre-wrap;z-index:9';
            document.body.appendChild(bare);
            bare.value = t.value;
            window.frames_ms = { bare: [], draft: [] };
            for (const el of [bare, t]) el.addEventListener('input', () => {
                const start = performance.now();
                requestAnimationFrame(() => setTimeout(() => window.frames_ms[el.id].push(performance.now() - start), 0));
            });
            return true;
        "#)
        .await;
        for id in ["bare", "draft"] {
            self.js(&format!("const e = document.getElementById('{id}'); e.focus(); const m = e.value.length >> 1; e.setSelectionRange(m, m); return true")).await;
            for _ in 0..count {
                self.cdp("Input.insertText", json!({ "text": "字" })).await;
                tokio::time::sleep(Duration::from_millis(pause_ms)).await;
            }
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        self.js("document.getElementById('bare').remove(); return true")
            .await;
        let frames = self.js("return window.frames_ms").await;
        let sorted = |key: &str| {
            let mut v: Vec<f64> = serde_json::from_value(frames[key].clone()).expect("frames");
            v.sort_by(f64::total_cmp);
            v
        };
        (sorted("draft"), sorted("bare"))
    }

    pub async fn notice(&self) -> String {
        let v = self
            .js("const n = document.getElementById('notice'); return n ? n.textContent : ''")
            .await;
        v.as_str().unwrap_or_default().to_owned()
    }
}
