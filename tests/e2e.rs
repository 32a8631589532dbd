//! Browser end-to-end tests: the app as built by `cargo xtask dist`
//! (`dist/`), served on loopback and driven in headless Chromium through
//! chromedriver, asserting what a person would see.
//!
//! They need the built app and a browser, so they are `#[ignore]`d in a
//! plain `cargo test`; `cargo xtask test` builds dist/ and runs them with
//! `--ignored`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::actions::InputSource;
use fantoccini::Locator;
use serde_json::json;
use support::{expected_marks, open, DEMO};

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn first_visit_shows_the_demo_draft_checked() {
    let b = open().await;
    b.wait_for(
        "highlights",
        "return document.querySelectorAll('mark[data-finding]').length > 0",
    )
    .await;
    let expected = expected_marks(DEMO);
    assert!(expected.len() >= 15, "the demo shows the product at work");
    assert_eq!(b.marks().await, expected);
    let value = b.js("return document.getElementById('draft').value").await;
    assert_eq!(value, json!(DEMO));
    let entries = b
        .js("return document.querySelectorAll('li[data-finding]').length")
        .await;
    assert_eq!(entries, json!(expected.len()));
    let status = b
        .js("return document.getElementById('finding-count').textContent")
        .await;
    assert!(
        status
            .as_str()
            .unwrap_or_default()
            .starts_with(&format!("问题 {}", expected.len())),
        "{status}"
    );
    // Each severity is counted on its own (提示 is not a 警告).
    let report = gongwen::check(DEMO, &gongwen::Config::default());
    for severity in [
        gongwen::Severity::Error,
        gongwen::Severity::Warning,
        gongwen::Severity::Info,
    ] {
        let n = report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count();
        let shown = format!("{} {n}", severity.label());
        let text = status.as_str().unwrap_or_default();
        assert_eq!(text.contains(&shown), n > 0, "{text}: {shown}");
    }
    b.screenshot("demo.png").await;
    let _ = b.url.len();
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn pasting_a_draft_highlights_exactly_its_placeholders() {
    let b = open().await;
    let draft = "一、工作总结\n全年新增规上工业企业xx家，同比增长x.x%，完成投资（ ）亿元。\n某企业引进x86服务器和Xbox配件，3×4米。\n";
    b.paste(draft).await;
    b.wait_for(
        "three highlights",
        "return document.querySelectorAll('mark[data-finding]').length === 3",
    )
    .await;
    let marks = b.marks().await;
    let texts: Vec<&str> = marks.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(texts, ["xx", "x.x%", "（ ）"]);
    assert!(marks.iter().all(|m| m.1 == "placeholder"));
    assert_eq!(
        marks.iter().map(|m| m.2.as_str()).collect::<Vec<_>>(),
        ["unfilled-x", "unfilled-x", "empty-brackets"]
    );
    let groups = b.js("return [...document.querySelectorAll('.group')].map(g => [g.dataset.category, g.querySelectorAll('li').length])").await;
    assert_eq!(groups, json!([["placeholder", 3]]));
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn typing_rechecks_after_a_pause() {
    let b = open().await;
    b.paste("全年新增企业12家。").await;
    b.wait_for(
        "no highlights",
        "return document.querySelectorAll('li[data-finding]').length === 0",
    )
    .await;
    let textarea = b.client.find(Locator::Id("draft")).await.expect("textarea");
    textarea.send_keys("研发投入增长xx%").await.expect("typing");
    b.wait_for(
        "a highlight for what was typed",
        "return document.querySelectorAll('mark[data-finding]').length === 1",
    )
    .await;
    assert_eq!(b.marks().await[0].0, "xx%");
}

/// The script that is true when the only highlight is on `text`.
fn one_mark_on(text: &str) -> String {
    format!("const m = [...document.querySelectorAll('mark[data-finding]')]; return m.length === 1 && m[0].textContent === '{text}'")
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_word_committed_through_an_input_method_is_checked_at_once() {
    let b = open().await;
    b.paste("全年新增企业12家。").await;
    b.wait_for(
        "no highlights",
        "return document.querySelectorAll('li[data-finding]').length === 0",
    )
    .await;
    b.js("const t = document.getElementById('draft'); t.focus(); t.setSelectionRange(t.value.length, t.value.length); return true").await;
    // Composing 'bushu', then committing 布署: the browser fires two input
    // events with the same text at commit.
    for partial in ["b", "bu", "bus", "bush", "bushu"] {
        b.cdp(
            "Input.imeSetComposition",
            json!({ "text": partial, "selectionStart": partial.len(), "selectionEnd": partial.len() }),
        )
        .await;
    }
    b.cdp("Input.insertText", json!({ "text": "布署" })).await;
    // The debounce is 150 ms; no further key comes.
    b.wait_within("one highlight on 布署", &one_mark_on("布署"), 1_500)
        .await;
    // Some input methods fire a second input event with the same text a
    // moment after the commit (the page has drawn in between).
    b.js(r#"
        const t = document.getElementById('draft');
        t.setRangeText('。布署', t.value.length, t.value.length, 'end');
        t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertCompositionText', data: '布署' }));
        setTimeout(() => t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '布署' })), 40);
        return true;
    "#)
    .await;
    b.wait_for(
        "two highlights",
        "return document.querySelectorAll('mark[data-finding]').length === 2",
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_five_year_total_below_one_year_is_marked_and_cleared_by_typing() {
    let b = open().await;
    b.paste("某县2026年政府工作报告\n一、2025年工作回顾\n全年城镇新增就业3.2万人。\n二、“十四五”时期工作回顾\n五年来，全县城镇新增就业2.1万人。\n三、2026年工作安排\n抓好就业。\n").await;
    b.wait_for(
        "the five-year total marked",
        "return document.querySelectorAll('mark[data-rule=\"total-below-year\"]').length === 1",
    )
    .await;
    let message = b
        .js("return document.querySelector('li[data-finding]').textContent")
        .await;
    assert!(
        message.as_str().unwrap_or_default().contains("回顾多年"),
        "{message}"
    );
    b.screenshot("total-below-year.png").await;
    // The figure corrected as a user types it: 2.1 selected, 12.1 composed
    // and committed through the input method.
    b.type_over("2.1万人", 3, &["1", "12", "12.", "12.1"], "12.1")
        .await;
    b.wait_within(
        "the mark gone",
        "return document.getElementById('draft').value.includes('12.1万人') && document.querySelectorAll('mark[data-rule=\"total-below-year\"]').length === 0",
        1_500,
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_restated_growth_target_is_marked_and_cleared_by_typing() {
    let b = open().await;
    b.paste("某县2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.8%。\n二、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业0.8万人。\n确定6.5%左右的增长目标，兼顾了需要与可能。\n").await;
    b.wait_for(
        "the restated target marked",
        "return document.querySelectorAll('mark[data-rule=\"restated-target\"]').length === 1",
    )
    .await;
    b.screenshot("restated-target.png").await;
    // The restated figure corrected through the input method: 6.5 selected,
    // 6 composed and committed.
    b.type_over("6.5%", 3, &["6"], "6").await;
    b.wait_within(
        "the mark gone",
        "return document.getElementById('draft').value.includes('确定6%左右') && document.querySelectorAll('mark[data-rule=\"restated-target\"]').length === 0",
        1_500,
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_count_of_all_divisions_and_a_reversed_range_are_marked_and_cleared_by_typing() {
    let b = open().await;
    b.paste("某省2025年工作总结\n一、2025年工作回顾\n全省公共实训基地覆盖全部12个地级以上市，其中19个地级以上市建成国家卫生城市。\n11月16日至10日，考察组来我省调研。\n").await;
    b.wait_for(
        "the count and the range marked",
        "return document.querySelectorAll('mark[data-rule=\"region-count\"]').length === 1 && document.querySelectorAll('mark[data-rule=\"date-range-order\"]').length === 1",
    )
    .await;
    b.screenshot("region-count.png").await;
    // The range's first day corrected through the input method: 16
    // selected, 6 composed and committed.
    b.type_over("16日至", 2, &["6"], "6").await;
    b.wait_within(
        "the range's mark gone, the count's kept",
        "return document.getElementById('draft').value.includes('11月6日至10日') && document.querySelectorAll('mark[data-rule=\"date-range-order\"]').length === 0 && document.querySelectorAll('mark[data-rule=\"region-count\"]').length === 1",
        1_500,
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn formulations_and_places_are_listed_right_and_wrong_and_a_slip_typed_away_turns_right() {
    let b = open().await;
    b.paste("青石县科学技术局2025年工作总结\n全局以习近平新时代中国特色社会主义理论为指导，坚持总体国家安全观，坚定理论自信、道路自信、制度自信、文化自信。\n组织企业赴湖北省张家界市考察。\n").await;
    b.wait_for(
        "the wrong form and the series marked",
        "return document.querySelectorAll('mark[data-rule=\"misquoted-formulation\"]').length === 1 && document.querySelectorAll('mark[data-rule=\"series-order\"]').length === 1",
    )
    .await;
    b.open_tab("规范表述").await;
    b.wait_for(
        "three formulations listed, two wrong, and a place wrong",
        "return document.querySelectorAll('#formulations tr[data-kind=\"formulation\"]').length === 3 && document.querySelectorAll('#formulations tr[data-kind=\"formulation\"].wrong').length === 2 && document.querySelectorAll('#formulations tr[data-kind=\"place\"].wrong').length === 1",
    )
    .await;
    b.screenshot("formulations.png").await;
    // 理论 corrected to 思想 through the input method.
    b.type_over("理论为指导", 2, &["si", "思"], "思想").await;
    b.wait_within(
        "the thought's mark gone, its row right",
        "return document.getElementById('draft').value.includes('社会主义思想为指导') && document.querySelectorAll('mark[data-rule=\"misquoted-formulation\"]').length === 0 && document.querySelectorAll('#formulations tr[data-kind=\"formulation\"].wrong').length === 1 && document.querySelectorAll('#formulations tr[data-kind=\"formulation\"].right').length === 2",
        1_500,
    )
    .await;
    // A row selects its place in the draft.
    b.js("document.querySelector('#formulations tr[data-kind=\"formulation\"].wrong').click(); return true")
        .await;
    b.wait_within(
        "the series selected",
        "const t = document.getElementById('draft'); return t.value.substring(t.selectionStart, t.selectionEnd) === '理论自信、道路自信、制度自信、文化自信'",
        1_500,
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_offices_people_are_listed_in_settings_and_a_name_typed_right_turns_right() {
    let b = open().await;
    b.open_tab("设置").await;
    b.wait_for(
        "the settings panel",
        "return document.getElementById('people') !== null",
    )
    .await;
    b.js("const t = document.getElementById('people'); t.value = '周明远 党组书记、局长 2022.4—\\n冯晓燕 副局长'; t.dispatchEvent(new Event('change', { bubbles: true })); return true")
        .await;
    b.js("document.getElementById('people').scrollIntoView({ block: 'center' }); return true")
        .await;
    b.screenshot("people-settings.png").await;
    b.paste("青石县商务局2025年工作总结\n一、工作成效\n副局长周明远带队走访外贸企业，局长周明元主持召开专题会，副局长冯晓燕牵头落实。\n").await;
    b.wait_for(
        "the title and the name marked",
        "return document.querySelectorAll('mark[data-rule=\"person-title\"]').length === 1 && document.querySelectorAll('mark[data-rule=\"person-name\"]').length === 1",
    )
    .await;
    b.open_tab("规范表述").await;
    b.wait_for(
        "three people listed, two wrong",
        "return document.querySelectorAll('#formulations tr[data-kind=\"person\"]').length === 3 && document.querySelectorAll('#formulations tr[data-kind=\"person\"].wrong').length === 2",
    )
    .await;
    b.screenshot("people.png").await;
    // The name corrected through the input method.
    b.type_over("周明元", 3, &["zhou", "周"], "周明远").await;
    b.wait_within(
        "the name's mark gone, its row right",
        "return document.getElementById('draft').value.includes('局长周明远主持') && document.querySelectorAll('mark[data-rule=\"person-name\"]').length === 0 && document.querySelectorAll('#formulations tr[data-kind=\"person\"].right').length === 2",
        1_500,
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_statistics_table_pasted_marks_a_differing_figure_and_a_click_selects_it() {
    let b = open().await;
    b.paste("青石县2025年工作总结\n一、工作成效\n全县实现地区生产总值86.5亿元，增长5.6%；高新技术企业达到63家。\n").await;
    b.open_tab("数据核对").await;
    b.wait_for(
        "the table's paste box",
        "return document.getElementById('ledger-paste') !== null",
    )
    .await;
    b.js("const t = document.getElementById('ledger-paste'); t.value = '指标名称\\t单位\\t本年\\t比上年增长%\\t重点\\n地区生产总值\\t万元\\t864312\\t5.6\\t是\\n高新技术企业\\t家\\t63\\t\\t\\n一般公共预算收入\\t万元\\t52300\\t3.1\\t是'; t.dispatchEvent(new Event('change', { bubbles: true })); return true")
        .await;
    b.wait_for(
        "the differing figure marked, three rows: one wrong, one right, one not mentioned",
        "return document.querySelectorAll('mark[data-rule=\"ledger-figure\"]').length === 1 && document.querySelectorAll('#ledger tbody tr').length === 3 && document.querySelectorAll('#ledger tr.wrong').length === 1 && document.querySelectorAll('#ledger tr.right').length === 1 && document.querySelectorAll('#ledger tr.none').length === 1",
    )
    .await;
    b.screenshot("ledger.png").await;
    b.js("document.querySelector('#ledger button.mention.differs').click(); return true")
        .await;
    b.wait_within(
        "the figure selected",
        "const t = document.getElementById('draft'); return t.value.substring(t.selectionStart, t.selectionEnd) === '86.5亿元'",
        1_500,
    )
    .await;
    // Corrected through the input method: the row agrees.
    b.type_over("86.5亿元", 4, &["86.4"], "86.4").await;
    b.wait_within(
        "the mark gone, the row right",
        "return document.querySelectorAll('mark[data-rule=\"ledger-figure\"]').length === 0 && document.querySelectorAll('#ledger tr.right').length === 2",
        1_500,
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_table_with_unusual_headers_is_read_once_its_value_column_is_chosen() {
    let b = open().await;
    b.paste("青石县2025年工作总结\n一、工作成效\n全县一般公共预算收入完成5.32亿元，增长3.1%。\n")
        .await;
    b.open_tab("数据核对").await;
    b.wait_for(
        "the table's paste box",
        "return document.getElementById('ledger-paste') !== null",
    )
    .await;
    // Years as the value headers: the indicator column is recognised, the
    // value column is not, and the panel asks for it.
    b.js("const t = document.getElementById('ledger-paste'); t.value = '青石县主要指标\\n项目名称\\t2025年\\t2024年\\t计量单位\\n一般公共预算收入\\t5.23\\t5.07\\t亿元'; t.dispatchEvent(new Event('change', { bubbles: true })); return true")
        .await;
    b.wait_for(
        "the column chooser open, no rows read",
        "const d = document.querySelector('#ledger details.columns.unread'); return d !== null && d.open && document.querySelectorAll('#ledger tbody tr').length === 0 && document.querySelector('#ledger select[data-part=\"name\"]').value === '0'",
    )
    .await;
    b.screenshot("ledger-columns.png").await;
    b.js("const s = document.querySelector('#ledger select[data-part=\"value\"]'); s.value = '1'; s.dispatchEvent(new Event('change', { bubbles: true })); return true")
        .await;
    b.wait_for(
        "the row read, its differing figure marked",
        "return document.querySelectorAll('#ledger tr.wrong').length === 1 && document.querySelectorAll('mark[data-rule=\"ledger-figure\"]').length === 1 && document.querySelector('#ledger details.columns.unread') === null",
    )
    .await;
    // The choice is a setting: kept across a reload with the table.
    b.wait_for(
        "the draft saved with its table",
        "const s = localStorage.getItem('gongwen.draft.v1'); return s !== null && s.includes('5.32') && s.includes('项目名称')",
    )
    .await;
    b.client.refresh().await.expect("reload");
    b.open_tab("数据核对").await;
    b.wait_for(
        "the table and its columns restored",
        "return document.querySelectorAll('#ledger tr.wrong').length === 1 && document.querySelector('#ledger select[data-part=\"value\"]').value === '1'",
    )
    .await;
    b.js("document.getElementById('ledger-columns-auto').click(); return true")
        .await;
    b.wait_for(
        "back to the headers alone: nothing read",
        "return document.querySelectorAll('#ledger tbody tr').length === 0 && document.querySelector('#ledger details.columns.unread') !== null",
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_programmatic_fill_is_checked_without_another_key() {
    let b = open().await;
    // As a form filler does: the field emptied, then the text set, with
    // an input event each time and one more after.
    b.js(r#"
        const t = document.getElementById('draft');
        t.focus();
        t.value = '';
        t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
        setTimeout(() => {
            t.value = '全年新增企业xx家。';
            t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
            setTimeout(() => t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' })), 40);
        }, 40);
        return true;
    "#)
    .await;
    b.wait_within("one highlight on xx", &one_mark_on("xx"), 1_500)
        .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn clicking_a_finding_selects_its_text_and_scrolls_to_it() {
    let b = open().await;
    // A long draft, with a character outside the BMP (two UTF-16 units)
    // before the placeholders, so offsets must be converted correctly.
    // Sentences that differ: a sentence written twice is a finding of its own.
    let filler: String = (1..=80)
        .map(|i| format!("全县工业经济保持平稳运行，{i}个项目有序推进。\n"))
        .collect();
    let draft = format!("𠀀新增xx家。\n{filler}第x位，待补充。");
    b.paste(&draft).await;
    b.wait_for(
        "three findings",
        "return document.querySelectorAll('li[data-finding]').length === 3",
    )
    .await;

    b.client
        .find(Locator::Css("li[data-finding=\"1\"]"))
        .await
        .expect("entry")
        .click()
        .await
        .expect("click");
    let state = b
        .js("const t = document.getElementById('draft');
             const bd = document.querySelector('.backdrop');
             return [t.value.substring(t.selectionStart, t.selectionEnd), document.activeElement === t,
                     t.scrollTop > 0, Math.abs(bd.scrollTop - t.scrollTop) <= 1,
                     document.querySelector('mark[data-finding=\"1\"]').classList.contains('active'),
                     document.querySelector('li[data-finding=\"1\"]').classList.contains('active')]")
        .await;
    assert_eq!(state, json!(["x", true, true, true, true, true]));
    // The selected mark is inside the visible part of the editor.
    let visible = b
        .js(
            "const e = document.querySelector('.editor').getBoundingClientRect();
             const m = document.querySelector('mark[data-finding=\"1\"]').getBoundingClientRect();
             return m.top >= e.top && m.bottom <= e.bottom",
        )
        .await;
    assert_eq!(visible, json!(true));

    b.client
        .find(Locator::Css("li[data-finding=\"0\"]"))
        .await
        .expect("entry")
        .click()
        .await
        .expect("click");
    let selected = b
        .js("const t = document.getElementById('draft'); return [t.selectionStart, t.selectionEnd, t.value.substring(t.selectionStart, t.selectionEnd)]")
        .await;
    // 𠀀 is two UTF-16 units, 新增 two more.
    assert_eq!(selected, json!([4, 6, "xx"]));
    b.screenshot("selected.png").await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_number_finding_shows_its_arithmetic_and_the_numbers_involved() {
    let b = open().await;
    b.paste("一、工作总结\n全年规上工业总产值实现150亿元，同比增长7.0%（上年基数为120亿元）。\n")
        .await;
    b.wait_for(
        "the number finding",
        "return document.querySelectorAll('li[data-category=\"number\"]').length === 1",
    )
    .await;
    b.client
        .find(Locator::Css("li[data-category=\"number\"]"))
        .await
        .expect("entry")
        .click()
        .await
        .expect("click");
    b.wait_for(
        "related numbers",
        "return document.querySelectorAll('mark.rel').length === 2",
    )
    .await;
    let state = b
        .js("return [document.getSelection().toString() || (() => { const t = document.getElementById('draft'); return t.value.substring(t.selectionStart, t.selectionEnd); })(),
                    [...document.querySelectorAll('mark.rel')].map(m => m.textContent),
                    document.querySelector('li[data-category=\"number\"] .message').textContent]")
        .await;
    assert_eq!(state[0], json!("7.0%"));
    assert_eq!(state[1], json!(["150亿元", "120亿元"]));
    assert!(
        state[2]
            .as_str()
            .unwrap_or_default()
            .contains("150 ÷ 120 − 1 = 25.0%"),
        "{}",
        state[2]
    );

    // 关键指标 lists the figure; clicking a row selects it in the draft.
    b.open_tab("关键指标").await;
    b.wait_for(
        "the metrics table",
        "return document.querySelectorAll('tr[data-metric]').length >= 1",
    )
    .await;
    let row = b.js("return [...document.querySelector('tr[data-metric=\"0\"]').cells].map(c => c.textContent)").await;
    assert_eq!(row, json!(["规上工业总产值", "150亿元", "全年", "+7.0%"]));
    b.client
        .find(Locator::Css("tr[data-metric=\"0\"]"))
        .await
        .expect("row")
        .click()
        .await
        .expect("click");
    let selected = b.js("const t = document.getElementById('draft'); return t.value.substring(t.selectionStart, t.selectionEnd)").await;
    assert_eq!(selected, json!("150亿元"));
    b.screenshot("numbers.png").await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_outline_panel_lists_sections_and_the_genre_can_be_picked() {
    let b = open().await;
    b.paste("2023年工作总结及2024年工作计划\n一、2023年工作情况\n（一）稳运行。全年平稳。\n（三）强创新。\n二、2024年工作计划\n（一）抓项目。全年新开工项目10个。\n").await;
    b.wait_for("section and outline findings", "return document.querySelectorAll('li[data-category=\"section\"]').length === 1 && document.querySelectorAll('li[data-category=\"outline\"]').length === 1").await;

    b.open_tab("大纲").await;
    b.wait_for(
        "the outline",
        "return document.querySelectorAll('.outline li[data-heading]').length === 5",
    )
    .await;
    let outline = b
        .js("return [document.querySelector('.outline h2').textContent,
                     [...document.querySelectorAll('.outline li[data-heading]')].map(li => [li.querySelector('.marker').textContent, li.querySelector('.title').textContent, [...li.querySelectorAll('.role')].map(r => r.textContent).join(','), li.querySelector('.badge')?.textContent ?? ''])]")
        .await;
    assert_eq!(
        outline,
        json!([
            "第 1 行起 · 年度工作总结及计划 · 2023年",
            [
                ["一、", "2023年工作情况", "工作总结", "1"],
                ["（一）", "稳运行", "", ""],
                ["（三）", "强创新", "", "1"],
                ["二、", "2024年工作计划", "工作计划", "1"],
                ["（一）", "抓项目", "", ""]
            ]
        ])
    );
    b.client
        .find(Locator::Css(".outline li[data-heading=\"3\"]"))
        .await
        .expect("heading")
        .click()
        .await
        .expect("click");
    let selected = b.js("const t = document.getElementById('draft'); return t.value.substring(t.selectionStart, t.selectionEnd)").await;
    assert_eq!(selected, json!("二、2024年工作计划"));
    b.screenshot("outline.png").await;

    // A 述职报告 needs no 存在问题 section.
    b.js("const s = document.getElementById('genre'); s.value = 'duty'; s.dispatchEvent(new Event('change', { bubbles: true })); return true").await;
    b.wait_for(
        "no section finding",
        "return document.querySelectorAll('mark[data-category=\"section\"]').length === 0",
    )
    .await;
}

/// A paste from a template site: breadcrumbs, the site's lead-in and
/// ending, and the slips of a hurried copy.
const JUNK_PASTE: &str = "首页 > 范文大全 > 工作总结
下面是小编为大家整理的2025年度科技局工作总结，供大家参考。
青溪县科技局2025年工作总结
一、主要工作成效
全年新增高新技术企业12家,同比增长20%。推进“投资 孵化”一体化服务，完成完成技改项目8个。
希望对大家有所帮助！
";

const JUNK_FIXED: &str = "青溪县科技局2025年工作总结
一、主要工作成效
全年新增高新技术企业12家，同比增长20%。推进“投资孵化”一体化服务，完成技改项目8个。
";

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn one_click_fixes_a_junk_laden_paste_and_undo_restores_it() {
    let b = open().await;
    b.paste(JUNK_PASTE).await;
    b.wait_for(
        "the paste checked",
        "return document.querySelectorAll('mark[data-rule=\"site-chrome\"]').length === 3",
    )
    .await;
    b.screenshot("junk-paste.png").await;
    b.click("fix-safe").await;
    b.wait_for(
        "the fixed text",
        "return !document.getElementById('draft').value.includes('小编')",
    )
    .await;
    b.wait_value(JUNK_FIXED).await;
    assert_eq!(b.notice().await, "已安全修复 6 处。");
    // The fixed text is checked at once: nothing safe is left to fix.
    b.wait_for(
        "the fixed text checked",
        "return document.getElementById('fix-safe').disabled",
    )
    .await;
    b.screenshot("junk-fixed.png").await;
    b.click("undo").await;
    b.wait_value(JUNK_PASTE).await;
    assert_eq!(b.notice().await, "已撤销。");

    // Ctrl+Z right after a fix undoes it too.
    b.click("fix-safe").await;
    b.wait_value(JUNK_FIXED).await;
    let textarea = b.client.find(Locator::Id("draft")).await.expect("textarea");
    textarea
        .send_keys("\u{E009}z\u{E000}")
        .await
        .expect("Ctrl+Z");
    b.wait_value(JUNK_PASTE).await;

    // 清理粘贴内容 removes the site's lines and the PDF space, and says how
    // many; it leaves slips of the author's own (完成完成, the comma) alone.
    b.click("clean-paste").await;
    b.wait_for(
        "the cleaned text",
        "return !document.getElementById('draft').value.includes('小编')",
    )
    .await;
    let cleaned = b.value().await;
    let cleaned = cleaned.as_str().unwrap_or_default();
    assert!(
        !cleaned.contains("小编") && !cleaned.contains("首页") && !cleaned.contains("投资 孵化")
    );
    assert!(
        cleaned.contains("完成完成") && cleaned.contains("12家,"),
        "{cleaned}"
    );
    assert_eq!(b.notice().await, "已清理 4 处网页残留与复制转换痕迹。");
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_findings_fix_button_fixes_that_finding_only() {
    let b = open().await;
    b.paste("全年完成完成技改项目8个，与与高校合作。\n").await;
    b.wait_for(
        "two doubled words",
        "return document.querySelectorAll('button.apply-fix').length === 2",
    )
    .await;
    b.js("document.querySelectorAll('button.apply-fix')[1].click()")
        .await;
    b.wait_value("全年完成完成技改项目8个，与高校合作。\n")
        .await;
    b.wait_for(
        "one fix left",
        "return document.querySelectorAll('button.apply-fix').length === 1",
    )
    .await;
    assert!(
        b.notice().await.starts_with("已修复"),
        "{}",
        b.notice().await
    );
    b.click("undo").await;
    b.wait_value("全年完成完成技改项目8个，与与高校合作。\n")
        .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_reload_restores_the_draft_and_it_can_be_discarded() {
    let b = open().await;
    let draft = "青溪县商务局2025年工作总结\n一、主要工作\n全年新增企业xx家。\n";
    b.paste(draft).await;
    b.wait_for(
        "the draft saved",
        "const s = localStorage.getItem('gongwen.draft.v1'); return s !== null && s.includes('青溪县商务局')",
    )
    .await;
    b.client.refresh().await.expect("reload");
    b.wait_value(draft).await;
    let notice = b.notice().await;
    assert!(notice.contains("已恢复上次未完成的草稿"), "{notice}");
    b.wait_for(
        "the restored draft checked",
        "return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 1",
    )
    .await;
    b.click("discard-restored").await;
    b.wait_value("").await;
    b.wait_for(
        "the emptied draft saved",
        "const s = localStorage.getItem('gongwen.draft.v1'); return s !== null && JSON.parse(s).text === ''",
    )
    .await;
    b.client.refresh().await.expect("reload");
    b.wait_for(
        "the app",
        "return document.getElementById('draft') !== null",
    )
    .await;
    // The discarded draft is not put back, but 撤销 still can.
    b.wait_value("").await;
    b.click("undo").await;
    b.wait_value(draft).await;
}

/// Every command that replaces the draft — 清空, 示例, a file opened, a
/// fix, 一键修复, 清理粘贴内容 — is one 撤销 away, after a reload too.
#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn every_replacing_command_is_undone_after_a_reload() {
    let b = open().await;
    let mine = "下面是小编为大家整理的工作总结，供大家参考。\n青溪县商务局2025年工作总结\n全年新增企业12家，完成完成技改项目8个,重点项目3个。\n";
    let file = std::env::temp_dir().join(format!("gongwen-undo-{}.txt", std::process::id()));
    std::fs::write(&file, "另一份文件：全年新增企业20家。\n").expect("write");
    for command in [
        "clear",
        "load-demo",
        "open",
        "apply-fix",
        "fix-safe",
        "clean-paste",
    ] {
        b.set_text(mine).await;
        b.wait_for(
            "the draft checked",
            "return document.querySelectorAll('mark[data-rule=\"doubled-word\"]').length === 1",
        )
        .await;
        match command {
            "open" => {
                drop_on_draft(
                    &b,
                    json!({ "items": [], "files": [file.display().to_string()], "dragOperationsMask": 1 }),
                )
                .await
            }
            "apply-fix" => {
                b.client
                    .find(Locator::Css("li[data-rule=\"doubled-word\"]"))
                    .await
                    .expect("the finding")
                    .click()
                    .await
                    .expect("select");
                b.client
                    .find(Locator::Css("li.active .apply-fix"))
                    .await
                    .expect("its fix")
                    .click()
                    .await
                    .expect("fix");
            }
            id => b.click(id).await,
        }
        b.wait_for(
            &format!("{command}: the replaced draft kept"),
            "const s = localStorage.getItem('gongwen.draft.v1'); return s !== null && JSON.parse(s).replaced !== null && JSON.parse(s).replaced.text.includes('完成完成')",
        )
        .await;
        let replaced = b.value().await;
        assert_ne!(replaced, json!(mine), "{command}");
        b.client.refresh().await.expect("reload");
        b.wait_value(replaced.as_str().unwrap_or_default()).await;
        b.wait_for(
            &format!("{command}: 撤销 offered after the reload"),
            "return !document.getElementById('undo').disabled",
        )
        .await;
        b.click("undo").await;
        b.wait_value(mine).await;
    }
    let _ = std::fs::remove_file(file);
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_draft_too_large_for_storage_says_so() {
    let b = open().await;
    // Fill the origin's storage nearly to its quota first.
    let filled = b
        .js("let total = 0; for (const [key, start] of [['filler', 6e7], ['filler2', 1e6]]) { let n = start; while (n > 1000) { try { localStorage.setItem(key, 'x'.repeat(n)); total += n; break; } catch (e) { n = Math.floor(n * 0.9); } } } return total")
        .await;
    eprintln!("storage filled with {filled} characters");
    let big: String = (0..4000)
        .map(|i| format!("全县第{i}个项目有序推进，各项工作取得新成效。\n"))
        .collect();
    b.set_text(&big).await;
    b.wait_for(
        "the storage error",
        "const n = document.getElementById('notice'); return n !== null && n.classList.contains('error')",
    )
    .await;
    let notice = b.notice().await;
    assert!(notice.contains("浏览器无法自动保存"), "{notice}");
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn f8_steps_through_findings_and_a_click_in_the_text_selects_one() {
    use fantoccini::actions::{MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
    let b = open().await;
    b.paste("全年新增企业xx家，同比增长x.x%，完成完成技改项目8个。\n")
        .await;
    b.wait_for(
        "three findings",
        "return document.querySelectorAll('li[data-finding]').length === 3",
    )
    .await;
    let textarea = b.client.find(Locator::Id("draft")).await.expect("textarea");
    let selected = "const t = document.getElementById('draft'); const li = document.querySelector('li.finding.active'); return [li ? li.dataset.finding : null, t.value.substring(t.selectionStart, t.selectionEnd)]";
    // F8, F8, Shift+F8.
    textarea.send_keys("\u{E038}").await.expect("F8");
    assert_eq!(b.js(selected).await, json!(["0", "xx"]));
    textarea.send_keys("\u{E038}").await.expect("F8");
    assert_eq!(b.js(selected).await, json!(["1", "x.x%"]));
    textarea
        .send_keys("\u{E008}\u{E038}\u{E000}")
        .await
        .expect("Shift+F8");
    assert_eq!(b.js(selected).await, json!(["0", "xx"]));
    // Esc from the side panel returns to the editor.
    b.js("document.querySelector('.tab').focus(); return true")
        .await;
    b.client
        .find(Locator::Css(".tab"))
        .await
        .expect("tab")
        .send_keys("\u{E00C}")
        .await
        .expect("Esc");
    assert_eq!(
        b.js("return document.activeElement.id").await,
        json!("draft")
    );
    // A real click on the doubled word's highlight selects its finding.
    let at = b
        .js("const r = document.querySelector('mark[data-rule=\"doubled-word\"]').getBoundingClientRect(); return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)]")
        .await;
    let (x, y) = (at[0].as_i64().unwrap_or(0), at[1].as_i64().unwrap_or(0));
    let click = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo {
            duration: None,
            x,
            y,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    b.client.perform_actions(click).await.expect("click");
    b.wait_for(
        "the doubled word's finding selected",
        "const li = document.querySelector('li.finding.active'); return li !== null && li.dataset.rule === 'doubled-word'",
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn findings_export_as_csv_with_a_byte_order_mark() {
    let b = open().await;
    let draft = "全年新增企业xx家，完成完成技改项目8个,\"重点\"项目3个。\n";
    b.paste(draft).await;
    b.wait_for(
        "the draft checked",
        "return document.querySelectorAll('li[data-finding]').length === 3",
    )
    .await;
    // Keep what the page hands to the download.
    b.js("window.exported = []; const make = URL.createObjectURL; URL.createObjectURL = (blob) => { window.exported.push(blob); return make(blob); }; return true")
        .await;
    b.js("document.getElementById('export-menu').open = true; return true")
        .await;
    b.click("export-csv").await;
    let csv = b
        .js("return window.exported[0].arrayBuffer().then(buf => Array.from(new Uint8Array(buf)))")
        .await;
    let bytes: Vec<u8> = serde_json::from_value(csv).expect("bytes");
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 BOM for Excel");
    let text = String::from_utf8(bytes).expect("UTF-8");
    let report = gongwen::check(draft, &gongwen::Config::default());
    let doc = gongwen_json::Document::new(draft, &report);
    assert_eq!(text, gongwen_json::csv(&[("草稿", &doc)]));
    assert!(
        text.contains("草稿,1,7,未填占位符,字母x占位未填,错误,xx,"),
        "{text}"
    );
    assert!(
        b.notice().await.contains("草稿-问题清单.csv"),
        "{}",
        b.notice().await
    );
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_fill_in_checklist_shrinks_as_placeholders_are_filled() {
    let b = open().await;
    let draft = "一、工作总结\n全年新增企业xx家，同比增长x.x%，完成投资**亿元。\n";
    b.paste(draft).await;
    b.open_tab("待填清单").await;
    let count = "const c = document.getElementById('checklist-count'); return c ? c.textContent : document.getElementById('checklist').textContent";
    b.wait_for(
        "three to fill",
        "return document.querySelectorAll('#checklist li.todo').length === 3",
    )
    .await;
    assert_eq!(b.js(count).await, json!("还有 3 处待填写"));
    let contexts = b
        .js("return [...document.querySelectorAll('#checklist li.todo .context')].map(c => c.textContent)")
        .await;
    // Fourteen characters on each side, within the line.
    assert_eq!(contexts[0], json!("全年新增企业xx家，同比增长x.x%，完成投"));
    b.set_text(&draft.replace("xx家", "12家")).await;
    b.wait_for(
        "two left",
        "return document.querySelectorAll('#checklist li.todo').length === 2",
    )
    .await;
    b.set_text(
        &draft
            .replace("xx家", "12家")
            .replace("x.x%", "8.5%")
            .replace("**", "3.2"),
    )
    .await;
    b.wait_for(
        "none left",
        "return document.querySelectorAll('#checklist li.todo').length === 0",
    )
    .await;
    assert_eq!(b.js(count).await, json!("没有待填写的占位符了。"));
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn ignored_findings_and_settings_survive_edits_and_reloads() {
    let b = open().await;
    let draft = "一、工作总结\n全年新增企业xx家，完成完成技改项目8个。\n由办公室统一撰写。\n";
    b.paste(draft).await;
    b.wait_for(
        "two findings",
        "return document.querySelectorAll('li[data-finding]').length === 2",
    )
    .await;
    // Ignore the doubled word.
    b.js("document.querySelector('li[data-rule=\"doubled-word\"] button.ignore').click(); return true")
        .await;
    b.wait_for(
        "one finding left",
        "return document.querySelectorAll('li[data-finding]').length === 1",
    )
    .await;
    // An edit elsewhere keeps it ignored.
    let edited = format!("青溪县科技局2025年工作总结\n{draft}");
    b.set_text(&edited).await;
    b.wait_for(
        "the edit checked",
        "return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 1",
    )
    .await;
    assert_eq!(
        b.js("return document.querySelectorAll('mark[data-rule=\"doubled-word\"]').length")
            .await,
        json!(0)
    );
    // Settings: the office's own to-do words; a rule turned off.
    b.open_tab("设置").await;
    b.wait_for(
        "the settings panel",
        "return document.getElementById('placeholder-words') !== null",
    )
    .await;
    b.js("const t = document.getElementById('placeholder-words'); t.value = '由办公室统一撰写'; t.dispatchEvent(new Event('change', { bubbles: true })); return true")
        .await;
    b.wait_for(
        "the office's to-do word found",
        "return document.querySelectorAll('mark[data-rule=\"todo-marker\"]').length === 1",
    )
    .await;
    b.js("document.querySelector('input[data-rule=\"todo-marker\"]').click(); return true")
        .await;
    b.wait_for(
        "the rule off",
        "return document.querySelectorAll('mark[data-rule=\"todo-marker\"]').length === 0",
    )
    .await;
    b.wait_for(
        "the draft saved",
        "const s = localStorage.getItem('gongwen.draft.v1'); return s !== null && s.includes('青溪县科技局') && s.includes('doubled-word')",
    )
    .await;
    b.client.refresh().await.expect("reload");
    b.wait_value(&edited).await;
    b.wait_for(
        "the restored draft checked",
        "return document.getElementById('ignored-status') !== null",
    )
    .await;
    assert_eq!(
        b.js(
            "return [...document.querySelectorAll('mark[data-finding]')].map(m => m.dataset.rule)"
        )
        .await,
        // With a title, the report's missing 存在问题 section is reported too.
        json!(["missing-section", "unfilled-x"])
    );
    b.open_tab("设置").await;
    b.wait_for(
        "the settings panel",
        "return document.getElementById('placeholder-words') !== null",
    )
    .await;
    assert_eq!(
        b.js("return [document.getElementById('placeholder-words').value, document.querySelector('input[data-rule=\"todo-marker\"]').checked, document.getElementById('ignored-count').textContent]").await,
        json!(["由办公室统一撰写", false, "本文档已忽略 1 处。全部恢复"])
    );
    b.click("unignore-all").await;
    b.wait_for(
        "the doubled word back",
        "return document.querySelectorAll('mark[data-rule=\"doubled-word\"]').length === 1",
    )
    .await;
    b.screenshot("settings.png").await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_health_report_sums_up_the_draft_and_prints_on_a4() {
    use base64::Engine as _;
    let b = open().await;
    b.wait_for(
        "the demo checked",
        "return document.querySelectorAll('mark[data-finding]').length > 0",
    )
    .await;
    b.click("show-report").await;
    b.wait_for(
        "the report",
        "return document.getElementById('report-view') !== null",
    )
    .await;
    let report = gongwen::check(DEMO, &gongwen::Config::default());
    let meta = b
        .js("return document.querySelector('#report-view .meta').textContent")
        .await;
    assert!(
        meta.as_str()
            .is_some_and(|m| m.contains(&format!("共 {} 处问题", report.findings.len()))),
        "{meta}"
    );
    let totals = b
        .js("return [...document.querySelectorAll('#report-kinds td.total')].map(td => Number(td.textContent)).reduce((a, b) => a + b, 0)")
        .await;
    assert_eq!(totals, json!(report.findings.len()));
    let marked = b
        .js("return document.querySelectorAll('#report-view .marked-text mark').length")
        .await;
    assert!(marked.as_u64().unwrap_or(0) > 0);
    // Each part's count and the findings outside every part add up.
    let rows = b
        .js("return [...document.querySelectorAll('#report-sections tr')].map(tr => [tr.querySelector('th').textContent, Number(tr.querySelector('td').textContent)])")
        .await;
    let rows: Vec<(String, usize)> = serde_json::from_value(rows).expect("rows");
    let (total, parts) = rows.split_last().expect("a total row");
    assert_eq!(total, &("合计".to_owned(), report.findings.len()));
    assert_eq!(
        parts.iter().map(|(_, n)| n).sum::<usize>(),
        report.findings.len(),
        "{rows:?}"
    );
    b.screenshot("report.png").await;
    // What a print of it holds: the report, none of the page's controls.
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let printed = b.js("return document.body.innerText").await;
    let printed = printed.as_str().unwrap_or_default();
    for control in [
        "打印",
        "返回编辑",
        "一键修复",
        "清理粘贴内容",
        "导出",
        "示例",
        "清空",
        "字数",
    ] {
        assert!(
            !printed.contains(control),
            "the print shows “{control}”: {printed}"
        );
    }
    for part in [
        "公文体检报告",
        "问题分类",
        "问题清单",
        "原文（问题处已标出）",
        "第 8 行",
    ] {
        assert!(printed.contains(part), "the print lacks “{part}”");
    }
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await;
    // Print to PDF on A4, as a reviewer would.
    let pdf = b
        .cdp(
            "Page.printToPDF",
            json!({ "paperWidth": 8.27, "paperHeight": 11.69, "printBackground": true }),
        )
        .await;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(pdf["data"].as_str().unwrap_or_default())
        .expect("base64 PDF");
    assert!(bytes.starts_with(b"%PDF"));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("e2e");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("report.pdf"), &bytes).expect("write PDF");
    b.click("close-report").await;
    b.wait_for(
        "the editor again",
        "return document.getElementById('draft') !== null && document.activeElement.id === 'draft'",
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_list_filters_by_kind_severity_and_words_and_the_theme_follows_the_system() {
    let b = open().await;
    b.wait_for(
        "the demo checked",
        "return document.querySelectorAll('li[data-finding]').length > 0",
    )
    .await;
    let report = gongwen::check(DEMO, &gongwen::Config::default());
    let count =
        |f: &dyn Fn(&gongwen::Finding) -> bool| report.findings.iter().filter(|x| f(x)).count();
    let shown = "return document.querySelectorAll('li[data-finding]').length";
    b.js("const s = document.getElementById('filter-category'); s.value = 'placeholder'; s.dispatchEvent(new Event('change', { bubbles: true })); return true").await;
    b.wait_for(
        "the filter",
        "return document.querySelector('.filter-count') !== null",
    )
    .await;
    assert_eq!(
        b.js(shown).await,
        json!(count(&|f| f.category == gongwen::Category::Placeholder))
    );
    b.js("const s = document.getElementById('filter-category'); s.value = ''; s.dispatchEvent(new Event('change', { bubbles: true })); return true").await;
    b.wait_for(
        "no filter",
        "return document.querySelector('.filter-count') === null",
    )
    .await;
    b.js("const q = document.getElementById('filter-query'); q.value = '二十大'; q.dispatchEvent(new InputEvent('input', { bubbles: true })); return true").await;
    b.wait_for(
        "the search",
        "return document.querySelectorAll('li[data-finding]').length === 1",
    )
    .await;
    b.screenshot("main.png").await;
    // Dark, as a system set to dark asks for.
    b.cdp(
        "Emulation.setEmulatedMedia",
        json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
    )
    .await;
    let bg = b
        .js("return getComputedStyle(document.body).backgroundColor")
        .await;
    assert_eq!(bg, json!("rgb(22, 24, 28)"));
    b.js("const q = document.getElementById('filter-query'); q.value = ''; q.dispatchEvent(new InputEvent('input', { bubbles: true })); return true").await;
    b.screenshot("main-dark.png").await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn typing_in_a_100_kb_draft_reaches_the_highlights_promptly() {
    let b = open().await;
    // About 100 KB of a report, one line in ten with a placeholder
    // (sentences differ: a sentence written twice is a finding).
    let big: String = (0..1300)
        .map(|i| {
            let hole = if i % 10 == 0 {
                "新增企业xx家，"
            } else {
                ""
            };
            format!("第{i}批重点项目有序推进，{hole}营商环境持续优化，企业满意度稳步提升。\n")
        })
        .collect();
    assert!(big.len() > 100_000);
    b.set_text(&big).await;
    b.wait_for(
        "the large draft checked",
        "return document.getElementById('finding-count').textContent.startsWith('问题 130')",
    )
    .await;
    // Type a placeholder at the end, ten times, and time each input until
    // its highlight is drawn.
    let latencies = b
        .js(r#"
            const t = document.getElementById('draft');
            const layer = document.querySelector('.layer');
            const once = (k) => new Promise((done) => {
                const before = layer.querySelectorAll('mark[data-finding]').length;
                const observer = new MutationObserver(() => {
                    if (layer.querySelectorAll('mark[data-finding]').length > before) {
                        observer.disconnect();
                        done(performance.now() - start);
                    }
                });
                observer.observe(layer, { childList: true, subtree: true });
                t.value = t.value + '新增xx家。';
                const start = performance.now();
                t.dispatchEvent(new InputEvent('input', { bubbles: true }));
            });
            return (async () => {
                const out = [];
                for (let k = 0; k < 10; k++) { out.push(await once(k)); }
                return out;
            })();
        "#)
        .await;
    let mut ms: Vec<f64> = serde_json::from_value(latencies).expect("latencies");
    ms.sort_by(f64::total_cmp);
    let median = (ms[4] + ms[5]) / 2.0;
    // Each keystroke on its own, typed as the keyboard types (in the
    // middle of the draft): from the input event to the next frame. A bare
    // textarea with the same text, typed into the same way, is the floor:
    // the browser's own cost of editing 100 KB.
    let (draft, bare) = b.keystroke_frames(15, 60).await;
    let middle = |v: &[f64]| (v[v.len() / 2], v[v.len() - 1]);
    let ((key_ms, key_max), (bare_ms, _)) = (middle(&draft), middle(&bare));
    eprintln!(
        "100 KB draft, {} highlights: keystroke → next frame median {key_ms:.1} ms (max {key_max:.1}); bare textarea {bare_ms:.1} ms",
        b.js("return document.querySelectorAll('.layer mark[data-finding]').length").await
    );
    // Typing redraws the lines it touched, not the layer.
    b.js(r#"
        const layer = document.querySelector('.layer');
        const before = Array.from(layer.children);
        const t = document.getElementById('draft');
        t.focus();
        t.setSelectionRange(10, 10);
        const observer = new MutationObserver((records) => {
            observer.disconnect();
            const touched = new Set();
            for (const r of records) {
                if (r.target === layer) {
                    r.addedNodes.forEach((n) => touched.add(n));
                    r.removedNodes.forEach((n) => touched.add(n));
                } else {
                    let n = r.target;
                    while (n.parentNode && n.parentNode !== layer) n = n.parentNode;
                    touched.add(n);
                }
            }
            const kept = Array.from(layer.children).filter((c) => before.includes(c)).length;
            window.redrawn = [touched.size, kept, before.length];
        });
        observer.observe(layer, { childList: true, subtree: true, characterData: true });
        return true;
    "#)
        .await;
    b.cdp("Input.insertText", json!({ "text": "字" })).await;
    b.wait_for("the keystroke drawn", "return window.redrawn !== undefined")
        .await;
    let lines = b.js("return window.redrawn").await;
    eprintln!("one keystroke: [elements touched, kept, lines] = {lines}");
    assert!(lines[0].as_u64() <= Some(2), "{lines}");
    assert!(
        lines[1].as_u64() >= lines[2].as_u64().map(|n| n - 2),
        "{lines}"
    );
    let check_ms = b
        .js("return document.getElementById('status').textContent")
        .await;
    eprintln!("100 KB draft: input → highlight median {median:.0} ms (min {:.0}, max {:.0}; debounce 150 ms); {check_ms}", ms[0], ms[9]);
    // The debounce is 150 ms; the rest is the check and the redraw.
    assert!(median < 2000.0, "median {median} ms");
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_page_fits_a_small_laptop_and_a_phone() {
    let b = open().await;
    for (name, width, height, mobile) in [
        ("laptop-1366.png", 1366, 768, false),
        ("phone.png", 390, 844, true),
    ] {
        b.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile }),
        )
        .await;
        b.wait_for(
            "the demo checked",
            "return document.querySelectorAll('mark[data-finding]').length > 0",
        )
        .await;
        // Nothing wider than the screen: no sideways scrolling of the page.
        let overflow = b
            .js("return document.documentElement.scrollWidth - window.innerWidth")
            .await;
        assert!(
            overflow.as_i64().unwrap_or(1) <= 0,
            "{name}: {overflow} px too wide"
        );
        // The highlight layer wraps exactly like the textarea above it.
        let widths = b
            .js("const t = document.getElementById('draft'); const l = document.querySelector('.backdrop'); return [t.clientWidth, l.clientWidth]")
            .await;
        assert_eq!(widths[0], widths[1], "{name}");
        b.screenshot(name).await;
    }
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn copy_all_puts_the_draft_on_the_clipboard() {
    let b = open().await;
    b.cdp(
        "Browser.grantPermissions",
        json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"], "origin": b.url.trim_end_matches('/') }),
    )
    .await;
    let draft = "全年新增企业12家。\n二、存在问题\n";
    b.paste(draft).await;
    b.js("document.getElementById('export-menu').open = true; return true")
        .await;
    b.click("copy-all").await;
    b.wait_for(
        "the copy",
        "return document.getElementById('notice') !== null && document.getElementById('notice').textContent === '已复制全文。'",
    )
    .await;
    let copied = b.js("return navigator.clipboard.readText()").await;
    assert_eq!(copied, json!(draft));
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn pasting_from_word_keeps_the_paragraphs_and_only_the_text() {
    let b = open().await;
    b.click("clear").await;
    // What Word (and WPS) put on the clipboard: HTML with a paragraph per
    // <p>, and plain text with \r\n between paragraphs.
    let plain = "青溪县科技局2025年工作总结\r\n一、主要工作\r\n全年新增企业xx家，同比增长12.5%。\r\n二、存在问题\r\n";
    let html = "<html><body><p class=MsoNormal><b>青溪县科技局2025年工作总结</b></p><p class=MsoNormal>一、主要工作</p><p class=MsoNormal style='text-indent:2em'>全年新增企业<span style='color:red'>xx</span>家，同比增长12.5%。</p><p class=MsoNormal>二、存在问题</p><script>window.pwned = 1</script></body></html>";
    b.cdp(
        "Browser.grantPermissions",
        json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
    )
    .await;
    let written = b
        .client
        .execute_async(
            "const [plain, html, done] = arguments; document.getElementById('draft').focus(); navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([plain], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]).then(() => done(true), (e) => done(String(e)));",
            vec![json!(plain), json!(html)],
        )
        .await
        .expect("clipboard script");
    assert_eq!(written, json!(true), "clipboard write: {written}");
    b.cdp(
        "Input.dispatchKeyEvent",
        json!({ "type": "keyDown", "modifiers": 2, "key": "v", "code": "KeyV", "windowsVirtualKeyCode": 86, "commands": ["paste"] }),
    )
    .await;
    b.cdp(
        "Input.dispatchKeyEvent",
        json!({ "type": "keyUp", "modifiers": 2, "key": "v", "code": "KeyV", "windowsVirtualKeyCode": 86 }),
    )
    .await;
    b.wait_value(&plain.replace("\r\n", "\n")).await;
    b.wait_for(
        "the pasted draft checked",
        "return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 1",
    )
    .await;
    assert_eq!(b.js("return window.pwned === undefined").await, json!(true));
    assert_eq!(
        b.js("return document.querySelectorAll('.layer b, .layer p, .layer span[style], .layer script').length").await,
        json!(0)
    );
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn settings_travel_as_a_gongwen_toml() {
    let b = open().await;
    let draft = "全年新增企业xx家，截止目前完成完成投资8亿元。\n";
    b.paste(draft).await;
    let rule = |name: &str| {
        format!("return document.querySelectorAll('mark[data-rule=\"{name}\"]').length")
    };
    b.wait_for(
        "the draft checked",
        &format!("{} === 1", rule("doubled-word")),
    )
    .await;
    b.open_tab("设置").await;
    let dir = std::env::temp_dir().join(format!("gongwen-settings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let pick = |name: &str, content: &str| {
        let path = dir.join(name);
        std::fs::write(&path, content).expect("settings file");
        path.display().to_string()
    };
    let input = b
        .client
        .find(Locator::Id("settings-input"))
        .await
        .expect("settings input");
    // A bad pattern: the reason, with its line, and the settings stay.
    input
        .send_keys(&pick(
            "坏的.toml",
            "[[patterns]]\npattern = \"加大(力度\"\nmessage = \"x\"\n",
        ))
        .await
        .expect("pick");
    b.wait_for(
        "the refusal",
        "const n = document.getElementById('notice'); return n !== null && n.textContent.includes('第 2 行')",
    )
    .await;
    assert_eq!(b.js(&rule("doubled-word")).await, json!(1));
    // A good one: a rule off and a house-style pattern with its fix.
    let toml = "[rules]\ndoubled-word = \"off\"\n\n[[patterns]]\npattern = \"截止(目前|到)\"\nmessage = \"应为“截至”\"\nreplace = \"截至$1\"\n";
    input
        .send_keys(&pick("gongwen.toml", toml))
        .await
        .expect("pick");
    b.wait_for(
        "the imported settings applied",
        &format!(
            "{} === 1 && {}",
            rule("house-style"),
            rule("doubled-word").replace("return ", "") + " === 0"
        ),
    )
    .await;
    assert!(
        b.notice().await.contains("已导入设置文件"),
        "{}",
        b.notice().await
    );
    b.js("document.getElementById('export-settings').scrollIntoView(); return true")
        .await;
    b.screenshot("settings-file.png").await;
    // They are kept across a reload (the draft too, saved once typing
    // pauses).
    b.wait_for(
        "the draft saved",
        "const s = localStorage.getItem('gongwen.draft.v1'); return s !== null && s.includes('截止目前')",
    )
    .await;
    b.client.refresh().await.expect("reload");
    b.wait_for(
        "the settings restored",
        &format!("{} === 1", rule("house-style")),
    )
    .await;
    // And exported as the same file.
    b.open_tab("设置").await;
    b.js("window.exported = []; const make = URL.createObjectURL; URL.createObjectURL = (blob) => { window.exported.push(blob); return make(blob); }; return true")
        .await;
    b.click("export-settings").await;
    let text = b.js("return window.exported[0].text()").await;
    let exported = gongwen_config::parse(text.as_str().unwrap_or_default()).expect("a good file");
    assert_eq!(
        exported,
        gongwen_config::parse(toml).expect("the imported file")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_offices_own_words_are_edited_in_settings_and_fixed() {
    let b = open().await;
    let draft = "全县持续优化营商坏境，认真布署全年工作。\n";
    b.paste(draft).await;
    let marks = |rule: &str| {
        format!("return document.querySelectorAll('mark[data-rule=\"{rule}\"]').length")
    };
    // The built-in table finds the misspelling without any settings.
    b.wait_for(
        "the misspelling found",
        &format!("{} === 1", marks("misspelled-word")),
    )
    .await;
    assert_eq!(b.js(&marks("house-style")).await, json!(0));
    b.open_tab("设置").await;
    b.wait_for(
        "the settings panel",
        "return document.getElementById('house-words') !== null",
    )
    .await;
    b.js("const t = document.getElementById('house-words'); t.value = '营商坏境 → 营商环境：常见笔误'; t.dispatchEvent(new Event('change', { bubbles: true })); return true")
        .await;
    b.wait_for(
        "the office's word found",
        &format!("{} === 1", marks("house-style")),
    )
    .await;
    b.js("document.getElementById('house-words').scrollIntoView(); return true")
        .await;
    b.screenshot("house-words.png").await;
    // Both are safe fixes.
    b.click("fix-safe").await;
    b.wait_value("全县持续优化营商环境，认真部署全年工作。\n")
        .await;
    // The words are kept across a reload, as the office wrote them.
    b.wait_for(
        "the fixed draft saved",
        "const s = localStorage.getItem('gongwen.draft.v1'); return s !== null && s.includes('营商环境')",
    )
    .await;
    b.client.refresh().await.expect("reload");
    b.wait_value("全县持续优化营商环境，认真部署全年工作。\n")
        .await;
    b.open_tab("设置").await;
    b.wait_for(
        "the words restored",
        "const t = document.getElementById('house-words'); return t !== null && t.value === '营商坏境 → 营商环境：常见笔误'",
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn last_years_report_is_opened_beside_the_draft_and_kept() {
    let b = open().await;
    let last = include_str!("../crates/gongwen/tests/fixtures/previous/2023.txt");
    let this = include_str!("../crates/gongwen/tests/fixtures/previous/2024.txt");
    b.paste(this).await;
    b.wait_for(
        "the draft checked",
        "return document.querySelectorAll('mark[data-finding]').length >= 0 && document.getElementById('draft').value.includes('白石县')",
    )
    .await;
    // Last year's report, opened from a file (GBK, as offices keep them).
    b.open_tab("上年报告").await;
    let dir = std::env::temp_dir().join(format!("gongwen-previous-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("白石县2023年工作总结.txt");
    let (gbk, _, _) = encoding_rs::GBK.encode(last);
    std::fs::write(&path, &gbk).expect("previous file");
    b.client
        .find(Locator::Id("previous-input"))
        .await
        .expect("previous input")
        .send_keys(&path.display().to_string())
        .await
        .expect("pick");
    let marks = |rule: &str| {
        format!("return document.querySelectorAll('mark[data-rule=\"{rule}\"]').length")
    };
    b.wait_for(
        "the copied passage",
        &format!("{} === 1", marks("copied-from-previous")),
    )
    .await;
    assert_eq!(b.js(&marks("unchanged-figure")).await, json!(1));
    assert_eq!(b.js(&marks("target-below-previous")).await, json!(1));
    assert_eq!(
        b.js("return document.getElementById('previous-text').value")
            .await,
        json!(last)
    );
    // The finding links both places: the draft's passage is highlighted,
    // and its related place selects last year's sentence in 上年报告.
    b.open_tab("问题").await;
    b.js("document.querySelector('li.finding[data-rule=\"copied-from-previous\"]').click(); return true")
        .await;
    b.js("document.querySelector('li.finding[data-rule=\"copied-from-previous\"] .show-previous').click(); return true")
        .await;
    b.wait_for(
        "last year's sentence selected",
        "const t = document.getElementById('previous-text'); return t !== null && t.value.substring(t.selectionStart, t.selectionEnd).startsWith('全县深入开展企业服务月活动')",
    )
    .await;
    b.screenshot("previous.png").await;
    // 上年计划: each item with its status.
    b.open_tab("上年计划").await;
    b.wait_for(
        "the checklist",
        "return document.getElementById('plan-count') !== null",
    )
    .await;
    let items = b
        .js("return [...document.querySelectorAll('.plan-item')].map(li => [li.querySelector('.status').textContent, li.querySelector('.item-text').textContent])")
        .await;
    let items: Vec<(String, String)> = serde_json::from_value(items).expect("items");
    let status = |needle: &str| {
        items
            .iter()
            .find(|(_, t)| t.contains(needle))
            .map(|(s, _)| s.clone())
            .unwrap_or_else(|| panic!("no {needle} in {items:?}"))
    };
    assert_eq!(status("智慧园区"), "已提及");
    assert_eq!(status("污水管网"), "未提及");
    assert_eq!(status("孵化基地"), "未提及");
    b.screenshot("plan.png").await;
    // Both texts survive a reload.
    b.wait_for(
        "both saved",
        "const s = localStorage.getItem('gongwen.draft.v1'); return s !== null && s.includes('2024年工作总结') && s.includes('污水管网')",
    )
    .await;
    b.client.refresh().await.expect("reload");
    b.wait_value(this).await;
    b.wait_for(
        "the comparison again",
        &format!("{} === 1", marks("copied-from-previous")),
    )
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_demo_has_a_report_of_the_year_before() {
    let b = open().await;
    b.open_tab("上年报告").await;
    b.click("previous-demo").await;
    let marks = |rule: &str| {
        format!("return document.querySelectorAll('mark[data-rule=\"{rule}\"]').length")
    };
    b.wait_for(
        "the demo compared",
        &format!("{} === 1", marks("copied-from-previous")),
    )
    .await;
    let report = gongwen::check_with_previous(
        DEMO,
        Some(include_str!("../static/demo-previous.txt")),
        &gongwen::Config::default(),
    );
    let unchanged = report
        .findings
        .iter()
        .filter(|f| f.rule == "unchanged-figure")
        .count();
    assert!(unchanged >= 1);
    assert_eq!(b.js(&marks("unchanged-figure")).await, json!(unchanged));
    b.open_tab("上年计划").await;
    b.wait_for(
        "the demo's plan checklist",
        &format!(
            "return document.querySelectorAll('.plan-item').length === {}",
            report.plan_followup.len()
        ),
    )
    .await;
    b.screenshot("demo-plan.png").await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_paste_too_large_is_refused_and_the_draft_kept() {
    let b = open().await;
    let draft = "全年新增企业xx家。\n";
    b.paste(draft).await;
    b.wait_for(
        "the draft checked",
        "return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length === 1",
    )
    .await;
    // About 6 MB, past the page's 5 MB.
    let huge = "全年新增企业12家。".repeat(210_000);
    b.set_text(&huge).await;
    b.wait_value(draft).await;
    let notice = b.notice().await;
    assert!(
        notice.contains("太大") && notice.contains("已保留原来的草稿"),
        "{notice}"
    );
    assert_eq!(
        b.js("return document.querySelectorAll('mark[data-rule=\"unfilled-x\"]').length")
            .await,
        json!(1)
    );
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn pasted_markup_is_shown_as_text() {
    let b = open().await;
    let draft = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=1\">全年新增企业xx家，<b>完成完成</b>投资8亿元。\n";
    b.paste(draft).await;
    b.wait_for(
        "the draft checked",
        "return document.querySelectorAll('mark[data-rule=\"doubled-word\"]').length === 1",
    )
    .await;
    // In the text, the list and the report: text, never elements.
    b.open_tab("待填清单").await;
    b.click("show-report").await;
    assert_eq!(
        b.js("return [window.pwned === undefined, document.querySelectorAll('img, b').length, document.body.textContent.includes('<img src=x')]").await,
        json!([true, 0, true])
    );
}

/// The script that is true when the textarea holds `text` and its
/// highlights are exactly the engine's findings for it.
fn findings_of(text: &str) -> String {
    let expected = serde_json::to_string(&expected_marks(text)).expect("json");
    let text = serde_json::to_string(text).expect("json");
    format!(
        "const t = document.getElementById('draft'); \
         const m = [...document.querySelectorAll('mark[data-finding]')].map(m => [m.textContent, m.dataset.category, m.dataset.rule]); \
         return t.value === {text} && JSON.stringify(m) === JSON.stringify({expected})"
    )
}

/// How long a path may take from its last event to the findings of the
/// final text: the 150 ms pause before a check included.
const FOLLOWS_WITHIN_MS: u64 = 500;

/// Waits, at most `FOLLOWS_WITHIN_MS`, until the textarea holds `text`
/// and its highlights are the engine's findings for it.
async fn follows(b: &support::Browser, what: &str, text: &str) {
    b.wait_within(what, &findings_of(text), FOLLOWS_WITHIN_MS)
        .await;
}

/// Drags `data` (CDP's drag data: text items or files) onto the draft and
/// drops it there.
async fn drop_on_draft(b: &support::Browser, data: serde_json::Value) {
    let at = b
        .js("const r = document.getElementById('draft').getBoundingClientRect(); return [r.left + 40, r.top + 20]")
        .await;
    let (x, y) = (
        at[0].as_f64().unwrap_or(100.0),
        at[1].as_f64().unwrap_or(100.0),
    );
    for kind in ["dragEnter", "dragOver", "drop"] {
        b.cdp(
            "Input.dispatchDragEvent",
            json!({ "type": kind, "x": x, "y": y, "data": data }),
        )
        .await;
    }
}

/// Puts `text` in the draft, waits for its findings, and puts the caret
/// at UTF-16 offset `caret`.
async fn start_with(b: &support::Browser, text: &str, caret: usize) {
    b.paste(text).await;
    b.wait_for("the first findings", &findings_of(text)).await;
    b.js(&format!(
        "const t = document.getElementById('draft'); t.focus(); t.setSelectionRange({caret}, {caret}); return true"
    ))
    .await;
}

/// A key pressed with its editing command (as Chromium runs it for the
/// shortcut: `paste` for Ctrl+V, `undo` for Ctrl+Z…), through CDP.
async fn key(
    b: &support::Browser,
    key: &str,
    code: &str,
    vk: u32,
    modifiers: u32,
    commands: &[&str],
) {
    b.cdp(
        "Input.dispatchKeyEvent",
        json!({ "type": "rawKeyDown", "key": key, "code": code, "windowsVirtualKeyCode": vk, "modifiers": modifiers, "commands": commands }),
    )
    .await;
    b.cdp(
        "Input.dispatchKeyEvent",
        json!({ "type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk, "modifiers": modifiers }),
    )
    .await;
}

/// Types `text` (Latin letters) key by key, as a keyboard does.
async fn type_keys(b: &support::Browser, text: &str) {
    for c in text.chars() {
        let upper = c.to_ascii_uppercase();
        let code = format!("Key{upper}");
        let vk = upper as u32;
        let s = c.to_string();
        b.cdp(
            "Input.dispatchKeyEvent",
            json!({ "type": "keyDown", "key": s, "code": code, "windowsVirtualKeyCode": vk, "text": s }),
        )
        .await;
        b.cdp(
            "Input.dispatchKeyEvent",
            json!({ "type": "keyUp", "key": s, "code": code, "windowsVirtualKeyCode": vk }),
        )
        .await;
    }
}

/// Ctrl as CDP's modifier bit.
const CTRL: u32 = 2;

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn typing_on_the_keyboard_is_checked_when_it_pauses() {
    let b = open().await;
    start_with(&b, "全年新增企业家。", 6).await;
    type_keys(&b, "xx").await;
    follows(&b, "the typed text's findings", "全年新增企业xx家。").await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn the_textareas_own_undo_and_redo_are_checked() {
    let b = open().await;
    start_with(&b, "全年新增企业家。", 6).await;
    // Chromium keeps each typed key as its own step of the textarea's
    // history: one key, one step.
    type_keys(&b, "x").await;
    b.wait_for(
        "the typed text's findings",
        &findings_of("全年新增企业x家。"),
    )
    .await;
    key(&b, "z", "KeyZ", 90, CTRL, &["undo"]).await;
    follows(&b, "the findings after Ctrl+Z", "全年新增企业家。").await;
    key(&b, "y", "KeyY", 89, CTRL, &["redo"]).await;
    follows(&b, "the findings after Ctrl+Y", "全年新增企业x家。").await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn cut_paste_and_delete_are_checked() {
    let b = open().await;
    start_with(&b, "全年新增企业xx家。", 6).await;
    // Ctrl+X on the placeholder.
    b.js("const t = document.getElementById('draft'); t.setSelectionRange(6, 8); return true")
        .await;
    key(&b, "x", "KeyX", 88, CTRL, &["cut"]).await;
    follows(&b, "the findings after Ctrl+X", "全年新增企业家。").await;
    // Ctrl+V puts it back (the paste of the context menu runs the same
    // editing command).
    key(&b, "v", "KeyV", 86, CTRL, &["paste"]).await;
    follows(&b, "the findings after Ctrl+V", "全年新增企业xx家。").await;
    // Select all, then Delete.
    key(&b, "a", "KeyA", 65, CTRL, &["selectAll"]).await;
    key(&b, "Delete", "Delete", 46, 0, &["deleteForward"]).await;
    follows(&b, "no findings after Delete", "").await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn text_dropped_into_the_draft_is_checked() {
    let b = open().await;
    start_with(&b, "", 0).await;
    drop_on_draft(&b, json!({ "items": [{ "mimeType": "text/plain", "data": "全年新增企业xx家。" }], "dragOperationsMask": 1 })).await;
    follows(&b, "the dropped text's findings", "全年新增企业xx家。").await;
}

#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_file_dropped_on_the_editor_is_opened() {
    let b = open().await;
    let text = "青溪县商务局2025年工作总结\n全年新增企业xx家。\n";
    let path = std::env::temp_dir().join(format!("gongwen-drop-{}.txt", std::process::id()));
    std::fs::write(&path, text).expect("write");
    drop_on_draft(
        &b,
        json!({ "items": [], "files": [path.display().to_string()], "dragOperationsMask": 1 }),
    )
    .await;
    b.wait_for("the dropped file's findings", &findings_of(text))
        .await;
    let _ = std::fs::remove_file(path);
}

/// The paths above, one after another, in the single file opened from
/// disk (the build an office copies to an intranet PC).
#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn every_input_path_is_checked_in_the_single_file() {
    let b = support::launch().await;
    let file =
        std::fs::canonicalize(support::dist().join("gongwen.html")).expect("dist/gongwen.html");
    b.client
        .goto(&format!("file://{}", file.display()))
        .await
        .expect("opens from disk");
    b.wait_for(
        "the app",
        "return document.getElementById('draft') !== null",
    )
    .await;
    start_with(&b, "全年新增企业家。", 6).await;
    type_keys(&b, "x").await;
    let typed = "全年新增企业x家。";
    follows(&b, "the typed text's findings", typed).await;
    key(&b, "z", "KeyZ", 90, CTRL, &["undo"]).await;
    follows(&b, "after Ctrl+Z", "全年新增企业家。").await;
    key(&b, "y", "KeyY", 89, CTRL, &["redo"]).await;
    follows(&b, "after Ctrl+Y", typed).await;
    b.js("const t = document.getElementById('draft'); t.setSelectionRange(6, 7); return true")
        .await;
    key(&b, "x", "KeyX", 88, CTRL, &["cut"]).await;
    follows(&b, "after Ctrl+X", "全年新增企业家。").await;
    key(&b, "v", "KeyV", 86, CTRL, &["paste"]).await;
    follows(&b, "after Ctrl+V", typed).await;
    key(&b, "a", "KeyA", 65, CTRL, &["selectAll"]).await;
    key(&b, "Delete", "Delete", 46, 0, &["deleteForward"]).await;
    follows(&b, "after Delete", "").await;
    drop_on_draft(
        &b,
        json!({ "items": [{ "mimeType": "text/plain", "data": typed }], "dragOperationsMask": 1 }),
    )
    .await;
    follows(&b, "after a drop", typed).await;
}

/// A page pasted whole, on one line, with thousands of findings: the list
/// draws its first entries and more as it is scrolled, a finding selected
/// far down is drawn, and a keystroke redraws one chunk of the line.
#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn a_long_one_line_paste_draws_what_is_seen() {
    let b = open().await;
    // 2,900 sentences, every one after the first a repeat: 2,899 findings.
    let line = "全县规上工业企业共计100家，其中新增10家、退出5家。".repeat(2_900);
    b.set_text(&line).await;
    b.wait_for(
        "the paste checked",
        "return document.getElementById('finding-count').textContent.startsWith('问题 2899') && document.querySelector('.layer.pending') === null",
    )
    .await;
    let drawn = "return document.querySelectorAll('li.finding').length";
    assert_eq!(b.js(drawn).await, json!(100));
    assert!(b
        .js("return document.querySelector('.findings .more').textContent")
        .await
        .as_str()
        .is_some_and(|t| t.contains("2799")));
    // Scrolled to its end, the list draws more.
    b.js(
        "const l = document.querySelector('.findings'); l.scrollTop = l.scrollHeight; return true",
    )
    .await;
    b.wait_for(
        "more entries drawn",
        "const n = document.querySelectorAll('li.finding').length; return n >= 200 && n <= 300",
    )
    .await;
    // Shift+F8 selects the last finding: its entry is drawn and active.
    b.js("document.getElementById('draft').focus(); return true")
        .await;
    key(&b, "F8", "F8", 119, 8, &[]).await;
    b.wait_for(
        "the last finding drawn in the list",
        "const li = document.querySelector('li.finding.active'); return li !== null && li.dataset.finding === '2898'",
    )
    .await;
    // A keystroke in the middle of the line: the layer keeps its line and
    // all but the chunk typed into.
    b.js(r#"
        const layer = document.querySelector('.layer');
        window.kept = Array.from(layer.querySelectorAll('mark[data-finding]'));
        const t = document.getElementById('draft');
        t.focus();
        const m = t.value.length >> 1;
        t.setSelectionRange(m, m);
        return true;
    "#)
        .await;
    b.cdp("Input.insertText", json!({ "text": "字" })).await;
    b.wait_for(
        "the keystroke's check",
        "return document.querySelector('.layer.pending') === null && document.getElementById('draft').value.includes('字')",
    )
    .await;
    let kept = b
        .js("const now = new Set(document.querySelectorAll('.layer mark[data-finding]')); return [window.kept.filter((m) => now.has(m)).length, now.size]")
        .await;
    eprintln!("marks kept after a keystroke in a one-line page: {kept}");
    let (kept, now) = (kept[0].as_u64().unwrap_or(0), kept[1].as_u64().unwrap_or(0));
    assert!(now > 2_800 && kept + 100 >= now, "kept {kept} of {now}");
}

/// 清空 and 示例 over a draft the user wrote: the notice says 撤销 brings
/// it back, and it does — with the textarea's own Ctrl+Z too.
#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn clear_and_the_demo_keep_a_written_draft_one_undo_away() {
    let b = open().await;
    let mine = "我写的草稿：全年新增企业12家，同比增长8%。";
    for button in ["clear", "load-demo"] {
        b.set_text(mine).await;
        b.click(button).await;
        assert!(b.notice().await.contains("撤销"), "{}", b.notice().await);
        b.click("undo").await;
        b.wait_value(mine).await;
    }
    b.click("clear").await;
    b.js("document.getElementById('draft').focus(); return true")
        .await;
    key(&b, "z", "KeyZ", 90, CTRL, &[]).await;
    b.wait_value(mine).await;
}

/// The 导出 menu closes on Esc (its button keeps the focus), on a click
/// elsewhere and when a command in it is picked; 体检报告 takes the focus,
/// makes the commands behind it unreachable, and Esc returns to the editor.
#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn menus_and_the_report_close_on_esc_and_a_click_outside() {
    let b = open().await;
    let open_menu = "return document.getElementById('export-menu').open";
    let summary = || async {
        b.client
            .find(Locator::Css("#export-menu summary"))
            .await
            .expect("导出")
            .click()
            .await
            .expect("click");
    };
    summary().await;
    assert_eq!(b.js(open_menu).await, json!(true));
    key(&b, "Escape", "Escape", 27, 0, &[]).await;
    assert_eq!(b.js(open_menu).await, json!(false));
    assert_eq!(
        b.js("return document.activeElement.tagName").await,
        json!("SUMMARY")
    );
    summary().await;
    b.click("draft").await;
    assert_eq!(b.js(open_menu).await, json!(false));
    summary().await;
    b.click("copy-all").await;
    assert_eq!(b.js(open_menu).await, json!(false));
    // The report: focused, the toolbar's commands inert, Esc leaves it.
    b.click("show-report").await;
    b.wait_for(
        "the report focused",
        "return document.activeElement && document.activeElement.id === 'report-view'",
    )
    .await;
    assert_eq!(
        b.js("return document.querySelector('.actions').inert")
            .await,
        json!(true)
    );
    key(&b, "Escape", "Escape", 27, 0, &[]).await;
    b.wait_for(
        "back in the editor",
        "return document.getElementById('report-view') === null && document.activeElement.id === 'draft'",
    )
    .await;
    assert_eq!(
        b.js("return document.querySelector('.actions').inert")
            .await,
        json!(false)
    );
}

/// A phone (390×844): every tab of the side panel can be seen and tapped,
/// and the 导出 menu opens on the screen.
#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn on_a_phone_every_tab_is_reachable_and_menus_stay_on_screen() {
    let b = open().await;
    b.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await;
    b.wait_for(
        "the demo checked",
        "return document.querySelectorAll('li[data-finding]').length > 0",
    )
    .await;
    b.screenshot("phone.png").await;
    let tabs = b
        .js("return [...document.querySelectorAll('.tab')].map(t => t.textContent)")
        .await;
    let tabs: Vec<String> = serde_json::from_value(tabs).expect("tab labels");
    assert_eq!(tabs.len(), 10);
    for label in &tabs {
        // Brought into view as a finger would scroll the tab row, then
        // tapped where it is drawn: nothing may cover it.
        let hit = b
            .js(&format!(
                "const t = [...document.querySelectorAll('.tab')].find(t => t.textContent === '{label}');
                 t.scrollIntoView({{ block: 'nearest', inline: 'nearest' }});
                 const r = t.getBoundingClientRect();
                 const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                 return [r.height >= 36, r.left >= 0 && r.right <= 390, at === t]"
            ))
            .await;
        assert_eq!(hit, json!([true, true, true]), "tab {label}");
        b.open_tab(label).await;
        b.wait_for(
            &format!("tab {label} open"),
            &format!("const a = document.querySelector('.tab.active'); return a !== null && a.textContent === '{label}'"),
        )
        .await;
    }
    b.open_tab("问题").await;
    b.js("window.scrollTo(0, 0); return true").await;
    b.client
        .find(Locator::Css("#export-menu summary"))
        .await
        .expect("导出")
        .click()
        .await
        .expect("tap 导出");
    let menu = b
        .js("const r = document.querySelector('#export-menu .menu-items').getBoundingClientRect(); return [r.left >= 0, r.right <= 390, r.width > 0]")
        .await;
    assert_eq!(menu, json!([true, true, true]), "the 导出 menu on screen");
    b.screenshot("phone-menu.png").await;
}

/// Printed from the editor: the whole marked text and the findings, no
/// controls.
#[tokio::test]
#[ignore = "needs the built app and Chromium: run `cargo xtask test`"]
async fn printing_the_editor_gives_the_marked_text_and_the_list() {
    let b = open().await;
    b.wait_for(
        "the demo checked",
        "return document.querySelectorAll('li[data-finding]').length > 0",
    )
    .await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let printed = b.js("return document.body.innerText").await;
    let printed = printed.as_str().unwrap_or_default();
    for control in [
        "一键修复",
        "导出",
        "全部类别",
        "待填清单",
        "规则说明",
        "忽略",
        "字数",
    ] {
        assert!(
            !printed.contains(control),
            "the print shows “{control}”: {printed}"
        );
    }
    // Every line of the draft, not only those the textarea shows.
    let last = DEMO
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .expect("a line");
    assert!(
        printed.contains(last.trim()),
        "the print lacks the last line"
    );
    let report = gongwen::check(DEMO, &gongwen::Config::default());
    assert!(
        printed.contains(&report.findings[0].message),
        "the print lacks the findings"
    );
    let layout = b
        .js("const l = document.querySelector('.backdrop'); return [getComputedStyle(document.getElementById('draft')).display, l.scrollHeight <= l.clientHeight + 1, l.clientHeight > 300]")
        .await;
    assert_eq!(
        layout,
        json!(["none", true, true]),
        "the layer printed whole"
    );
}
