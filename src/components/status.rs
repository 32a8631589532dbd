//! The status line: characters, findings by severity, time of the check.

use super::use_app_state;
use gongwen::Severity;
use yew::prelude::*;

#[function_component(StatusLine)]
pub fn status_line() -> Html {
    let state = use_app_state();
    let findings = &state.checked.report.findings;
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    // Counted when the text changes, not on every render (a check
    // landing, a selection).
    let counts = use_memo(state.draft.text.clone(), |text| {
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        (chars, text.lines().count())
    });
    let (chars, lines) = *counts;
    // Each severity counted on its own; those with none are left out.
    let by_severity = [Severity::Error, Severity::Warning, Severity::Info]
        .into_iter()
        .filter(|&s| count(s) > 0)
        .map(|s| format!("{} {}", s.label(), count(s)))
        .collect::<Vec<_>>()
        .join("，");
    let by_severity = if by_severity.is_empty() {
        String::new()
    } else {
        format!("（{by_severity}）")
    };
    html! {
        <footer class="status" id="status">
            <span title="字数不计空格和换行；导出的 JSON 中 chars 是全部字符数">{format!("字数 {chars}")}</span>
            <span id="line-count" title="行号见编辑区左侧；问题中的“第 N 行”按这个行号">{format!("{lines} 行")}</span>
            <span id="finding-count">{format!("问题 {}{by_severity}", findings.len())}</span>
            if state.checked.ignored > 0 {
                <span id="ignored-status">{format!("已忽略 {}", state.checked.ignored)}</span>
            }
            <span>{format!("用时 {:.1} ms", state.checked.ms)}</span>
            <span class="build" id="build">{format!(
                "版本 {} · {}",
                env!("CARGO_PKG_VERSION"),
                option_env!("GONGWEN_BUILD_DATE").unwrap_or("开发版")
            )}</span>
        </footer>
    }
}
