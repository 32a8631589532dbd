//! Speed in the browser beside native, on the 60 KB reports of the engine's
//! benchmark: the engine's `check` through the JS module in headless
//! Chromium, and natively in this process (a release build: `cargo xtask
//! bench` runs this test with `--release`), alternating, medians of 15; and
//! in the app, from pasting the report to its highlights. Not part of
//! `cargo xtask test`: timings are for BENCHMARKS.md, not for pass/fail.
#![cfg(not(target_arch = "wasm32"))]

mod support;

#[allow(dead_code)]
#[path = "../crates/gongwen/benches/shapes.rs"]
mod shapes;

use serde_json::json;
use std::time::Instant;
use support::launch;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[tokio::test]
#[ignore = "a benchmark: run `cargo xtask bench`"]
async fn checking_60_kb_in_the_browser_beside_native() {
    let b = launch().await;
    b.open_module_example().await;
    for (name, text) in [
        ("clean_60kb", shapes::clean_report()),
        ("report_60kb", shapes::dense_report()),
    ] {
        let (mut wasm, mut native) = (Vec::new(), Vec::new());
        for _ in 0..17 {
            let ms = b
                .client
                .execute(
                    "return import('./gongwen.js').then(m => { const t = performance.now(); m.check(arguments[0]); return performance.now() - t; })",
                    vec![json!(text)],
                )
                .await
                .expect("check in the page");
            wasm.push(ms.as_f64().unwrap_or_default());
            let t = Instant::now();
            std::hint::black_box(gongwen::check(&text, &gongwen::Config::default()));
            native.push(t.elapsed().as_secs_f64() * 1e3);
        }
        // The first two warm up.
        let (w, n) = (median(wasm.split_off(2)), median(native.split_off(2)));
        println!(
            "BENCH {name}: wasm (JS module, with the JSON for JS) {w:.2} ms, native {n:.2} ms, wasm ÷ native {:.2}",
            w / n
        );
    }
    // The app: a 60 KB report pasted, until its highlights are drawn.
    let text = shapes::dense_report();
    b.client.goto(&b.url).await.expect("app");
    b.wait_for(
        "the demo checked",
        "return document.querySelectorAll('mark[data-finding]').length > 0",
    )
    .await;
    let (mut drawn, mut checks, mut native) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..9usize {
        let variant = format!("{text}{}", "。".repeat(k + 1));
        let ms = b
            .client
            .execute_async(
                r#"
                const [text, done] = arguments;
                const t = document.getElementById('draft');
                const status = document.getElementById('status');
                const before = status.textContent;
                const start = performance.now();
                t.value = text;
                t.dispatchEvent(new InputEvent('input', { bubbles: true }));
                const poll = () => {
                    if (document.getElementById('status').textContent !== before && document.querySelector('.layer.pending') === null) {
                        requestAnimationFrame(() => done([performance.now() - start, document.getElementById('status').textContent]));
                    } else {
                        setTimeout(poll, 2);
                    }
                };
                poll();
                "#,
                vec![json!(variant)],
            )
            .await
            .expect("paste and wait");
        drawn.push(ms[0].as_f64().unwrap_or_default());
        // The status line: “…用时 18.7 ms…”, the check alone, in wasm.
        let status = ms[1].as_str().unwrap_or_default().to_owned();
        let check_ms = status
            .split("用时 ")
            .nth(1)
            .and_then(|s| s.split(" ms").next())
            .and_then(|s| s.trim().parse::<f64>().ok())
            .unwrap_or_default();
        checks.push(check_ms);
        let t = Instant::now();
        std::hint::black_box(gongwen::check(&variant, &gongwen::Config::default()));
        native.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let (c, n) = (median(checks), median(native));
    println!(
        "BENCH app: the check of report_60kb in wasm {c:.1} ms, natively {n:.2} ms: wasm ÷ native {:.2}",
        c / n
    );
    println!(
        "BENCH app: 60 KB pasted → highlights drawn, median {:.0} ms (debounce 150 ms included)",
        median(drawn)
    );
}

/// A PDF copied whole: one line of `bytes` bytes of a sentence with two
/// findings (13,887 of them at 1 MB).
fn one_line(bytes: usize) -> String {
    const SENTENCE: &str = "全县规上工业企业共计100家，其中新增10家、退出5家。";
    SENTENCE.repeat(bytes / SENTENCE.len())
}

/// Issue 23's figures: a one-line paste of 1 MB (and of 100 KB), from the
/// paste to its findings on screen, and one keystroke in it from the input
/// event to the next frame, beside a bare textarea holding the same text
/// typed into the same way (the browser's own cost of editing it).
#[tokio::test]
#[ignore = "a benchmark: run `cargo xtask bench`"]
async fn a_one_line_paste_of_a_megabyte_stays_fluid() {
    let b = launch().await;
    b.client.goto(&b.url).await.expect("app");
    b.wait_for(
        "the demo checked",
        "return document.querySelectorAll('mark[data-finding]').length > 0",
    )
    .await;
    for (name, bytes) in [("100 KB", 100_000), ("1 MB", 1_000_000)] {
        let text = one_line(bytes);
        let pasted = b
            .client
            .execute_async(
                r#"
                const [text, done] = arguments;
                const t = document.getElementById('draft');
                const count = () => document.getElementById('finding-count').textContent;
                const before = count();
                t.focus();
                const start = performance.now();
                t.value = text;
                t.dispatchEvent(new InputEvent('input', { bubbles: true }));
                const poll = () => {
                    if (count() !== before && document.querySelector('.layer.pending') === null
                        && document.querySelector('li.finding') !== null) {
                        requestAnimationFrame(() => done([performance.now() - start, count()]));
                    } else {
                        setTimeout(poll, 5);
                    }
                };
                poll();
                "#,
                vec![json!(text)],
            )
            .await
            .expect("paste and wait");
        println!(
            "BENCH {name} one-line paste → findings shown: {:.0} ms ({})",
            pasted[0].as_f64().unwrap_or_default(),
            pasted[1].as_str().unwrap_or_default()
        );
        let (draft, bare) = b.keystroke_frames(11, 400).await;
        let middle = |v: Vec<f64>| (median(v.clone()), v[v.len() - 1]);
        let ((key_ms, key_max), (bare_ms, bare_max)) = (middle(draft), middle(bare));
        println!(
            "BENCH {name} one line: keystroke → next frame median {key_ms:.1} ms (max {key_max:.1}); bare textarea {bare_ms:.1} ms (max {bare_max:.1})"
        );
    }
}
