//! The state's tests: the soak test (ten thousand random edits through
//! the app's one state, each checked, as a long editing session would make
//! them: no panic, the highlights always describe the draft, and what the
//! state keeps does not grow with the session), the durable copy, the
//! version a check applies to, and the app's findings beside the JS
//! module's.

use super::*;

/// Pieces an editing session types, pastes and deletes.
const PIECES: &[&str] = &[
    "全年新增企业xx家，",
    "同比增长12.5%。",
    "完成完成",
    "\n一、工作总结\n",
    "（一）稳运行。",
    "\r\n",
    "𠀀",
    "e\u{301}",
    "\u{200b}",
    "，，",
    "发(fā)展",
    "2024年已完成",
    "下面是小编为大家整理的工作总结，供大家参考。\n",
    "　",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// One settings file gives the app the findings the JS module gives
/// (and the CLI: its own test compares it with the JS module).
#[test]
fn the_app_finds_what_the_js_module_finds_with_one_settings_file() {
    let settings = include_str!("../../tests/fixtures/settings/gongwen.toml");
    let draft = include_str!("../../tests/fixtures/settings/draft.txt");
    let state = State::restored(None, gongwen_config::parse(settings).expect("settings"));
    let state = settle(Rc::new(state).reduce(Action::Typed(Rc::from(draft))));
    let checked = &state.checked;
    let options = gongwen_wasm::Options {
        settings: Some(settings.to_owned()),
        ..Default::default()
    };
    let js = gongwen_wasm::check_document(draft, &options).expect("checks");
    let key = |rule: &str, start: usize, message: &str| format!("{rule} {start} {message}");
    let app: Vec<String> = checked
        .report
        .findings
        .iter()
        .map(|f| key(f.rule, draft[..f.range.start].chars().count(), &f.message))
        .collect();
    let js: Vec<String> = serde_json::to_value(&js).expect("json")["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            key(
                f["rule"].as_str().unwrap_or_default(),
                f["start"].as_u64().unwrap_or_default() as usize,
                f["message"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert!(app.len() >= 5, "{app:?}");
    assert_eq!(app, js);
}

fn saved(text: &str, at: u64) -> crate::storage::Saved {
    crate::storage::Saved {
        text: text.to_owned(),
        genre: None,
        ignored: Vec::new(),
        headings: Vec::new(),
        previous: String::new(),
        ledger: None,
        at,
        replaced: None,
    }
}

/// The durable copy, read after start, wins when it is later than the
/// one localStorage gave, and only while nothing was changed.
#[test]
fn a_later_durable_copy_is_restored_while_nothing_was_changed() {
    let state = Rc::new(State::restored(
        Some(saved("全年新增企业12家。", 100)),
        Settings::default(),
    ));
    let later = state.clone().reduce(Action::Durable(Ok(Some(saved(
        "全年新增企业12家，增长8%。",
        200,
    )))));
    assert_eq!(&*later.draft.text, "全年新增企业12家，增长8%。");
    let older = state
        .clone()
        .reduce(Action::Durable(Ok(Some(saved("旧稿。", 50)))));
    assert_eq!(&*older.draft.text, "全年新增企业12家。");
    // Over the demo (localStorage kept nothing), the durable copy.
    let demo = Rc::new(State::restored(None, Settings::default()));
    let later = demo
        .clone()
        .reduce(Action::Durable(Ok(Some(saved("崩溃前的草稿。", 200)))));
    assert_eq!(&*later.draft.text, "崩溃前的草稿。");
    assert!(later.draft.restored);
    assert!(later.request.now && !later.is_current());
    // Never over what the user typed since.
    let typed = demo
        .clone()
        .reduce(Action::Typed(Rc::from("刚刚输入的文字。")))
        .reduce(Action::Durable(Ok(Some(saved("崩溃前的草稿。", 200)))));
    assert_eq!(&*typed.draft.text, "刚刚输入的文字。");
    // Without IndexedDB, a notice says what is at stake.
    let fallback = demo.reduce(Action::Durable(Err(())));
    assert_eq!(fallback.draft.durable, Some(false));
}

#[test]
fn the_same_text_typed_again_keeps_the_check_under_way() {
    let state = Rc::new(State::restored(None, Settings::default()));
    let state = state.reduce(Action::Typed(Rc::from("全年新增企业12家。布署")));
    assert!(!state.request.now);
    // A check starts for this version...
    let checked = state.job().expect("a check is due").run();
    // ...and the input method fires a second event with the same text.
    let again = state
        .clone()
        .reduce(Action::Typed(Rc::from("全年新增企业12家。布署")));
    assert!(Rc::ptr_eq(&state, &again));
    let state = again.reduce(Action::Checked(checked));
    assert!(state.is_current());
    assert!(state.job().is_none());
}

/// A check of an older version, or made with the settings before a
/// change, does not apply; the reducer itself never checks.
#[test]
fn a_check_applies_to_its_version_and_review_only() {
    let state = Rc::new(State::restored(None, Settings::default()));
    let typed = state.reduce(Action::Typed(Rc::from("全年新增企业xx家。")));
    let old = typed.job().expect("due").run();
    let retyped = typed.reduce(Action::Typed(Rc::from("全年新增企业12家。")));
    let stale = retyped.clone().reduce(Action::Checked(old));
    assert!(Rc::ptr_eq(&stale, &retyped) && !stale.is_current());
    let job = retyped.job().expect("due");
    let off = retyped.reduce(Action::ToggleRule("unfilled-x".into(), false));
    assert!(off.request.now && !off.is_current());
    let before_toggle = off.clone().reduce(Action::Checked(job.run()));
    assert!(!before_toggle.is_current());
    let checked = settle(off);
    assert!(checked.is_current());
    assert_eq!(checked.checked.version, checked.draft.version);
}

/// A table whose value column has no usual header reads nothing until
/// the user names the column; the choice is a setting (in the
/// gongwen.toml the app exports), and choosing nothing again goes back
/// to the headers alone.
#[test]
fn a_chosen_ledger_column_is_a_setting_and_reads_the_table() {
    let state = Rc::new(State::restored(None, Settings::default()));
    let state = state.reduce(Action::Typed(Rc::from(
        "青石县2025年工作总结\n一、工作成效\n全县一般公共预算收入完成5.32亿元。\n",
    )));
    let rows: Vec<Vec<String>> = [
        ["项目名称", "2025年", "计量单位"],
        ["一般公共预算收入", "5.23", "亿元"],
    ]
    .iter()
    .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
    .collect();
    let ledger = gongwen::Ledger {
        name: "台账".into(),
        sheets: vec![gongwen::Sheet {
            name: String::new(),
            rows,
        }],
    };
    let unread = settle(state.reduce(Action::SetLedger(Some(ledger))));
    assert!(unread.checked.report.ledger.is_empty());
    let columns = gongwen::LedgerColumns {
        value: Some("2025年".into()),
        ..Default::default()
    };
    let read = settle(unread.reduce(Action::SetLedgerColumns(columns.clone())));
    assert_eq!(read.review.settings.ledger, columns);
    assert!(read.review.settings.to_toml().contains("2025年"));
    assert_eq!(read.checked.report.ledger.len(), 1);
    assert!(read
        .checked
        .report
        .findings
        .iter()
        .any(|f| f.rule == "ledger-figure"));
    let same = read.clone().reduce(Action::SetLedgerColumns(columns));
    assert!(Rc::ptr_eq(&same, &read), "the same choice changes nothing");
    let auto = settle(read.reduce(Action::SetLedgerColumns(Default::default())));
    assert!(auto.checked.report.ledger.is_empty());
}

/// 清空, 示例 and 丢弃 replace a draft the user wrote: one 撤销 brings
/// it back with its ignored findings, and the notice says so.
#[test]
fn a_draft_replaced_by_a_click_is_one_undo_away() {
    let state = Rc::new(State::restored(None, Settings::default()));
    let typed = settle(
        state
            .clone()
            .reduce(Action::Typed(Rc::from("全年新增企业xx家，完成完成。"))),
    );
    let typed = settle(typed.reduce(Action::Ignore(0)));
    assert_eq!(typed.review.ignored.len(), 1);
    let clicks: [fn() -> Action; 3] = [
        || Action::Load(Rc::from("")),
        || Action::Load(Rc::from(DEMO)),
        || Action::DiscardRestored,
    ];
    for click in clicks {
        let replaced = settle(typed.clone().reduce(click()));
        assert_ne!(replaced.draft.text, typed.draft.text);
        assert!(replaced.draft.can_undo() && replaced.review.ignored.is_empty());
        let notice = replaced.view.notice.as_ref().expect("a notice");
        assert!(notice.text.contains("撤销"), "{}", notice.text);
        let back = settle(replaced.reduce(Action::Undo));
        assert_eq!(back.draft.text, typed.draft.text);
        assert_eq!(back.review.ignored.len(), 1);
    }
    // The demo replaced by 清空 is not kept.
    let cleared = state.reduce(Action::Load(Rc::from("")));
    assert!(!cleared.draft.can_undo());
}

/// A draft replaced by a click stays restorable after a reload: what
/// autosave keeps brings 撤销 back, until the user types.
#[test]
fn a_replaced_draft_survives_a_reload_until_the_user_types() {
    let state = Rc::new(State::restored(None, Settings::default()));
    let typed = settle(state.reduce(Action::Typed(Rc::from("全年新增企业xx家，完成完成。"))));
    let typed = settle(typed.reduce(Action::Ignore(0)));
    let clicks: [fn() -> Action; 2] = [
        || Action::Load(Rc::from("")),
        || Action::Load(Rc::from(DEMO)),
    ];
    for click in clicks {
        let replaced = settle(typed.clone().reduce(click()));
        let kept = replaced.saved(500);
        assert!(kept.replaced.is_some());
        let reloaded = Rc::new(State::restored(Some(kept), Settings::default()));
        assert_eq!(reloaded.draft.text, replaced.draft.text);
        assert!(reloaded.draft.can_undo());
        let notice = reloaded.view.notice.as_ref().expect("a notice");
        assert!(notice.text.contains("撤销"), "{}", notice.text);
        let back = settle(reloaded.reduce(Action::Undo));
        assert_eq!(back.draft.text, typed.draft.text);
        assert_eq!(back.review.ignored.len(), 1);
        // Once the user types, the replaced draft is gone.
        let retyped = replaced.reduce(Action::Typed(Rc::from("新的草稿。")));
        assert!(retyped.saved(600).replaced.is_none());
    }
    // A fix is one 撤销 away after a reload too.
    let i = typed
        .checked
        .report
        .findings
        .iter()
        .position(|f| f.fix.is_some())
        .expect("a fix");
    let fixed = settle(typed.clone().reduce(Action::Fix(i)));
    assert!(fixed.draft.can_undo());
    let reloaded = State::restored(Some(fixed.saved(700)), Settings::default());
    assert!(reloaded.draft.restored && reloaded.draft.can_undo());
}

/// The restore notice offers 丢弃; a later notice does not.
#[test]
fn the_discard_link_belongs_to_the_restore_notice() {
    let state = Rc::new(State::restored(
        Some(saved("全年新增企业12家。", 100)),
        Settings::default(),
    ));
    assert!(state.view.notice.as_ref().is_some_and(|n| n.discard));
    let later = state.reduce(Action::ResetSettings);
    assert!(later.draft.restored);
    assert!(later.view.notice.as_ref().is_some_and(|n| !n.discard));
}

/// What the check hook does: the check due, made and dispatched.
fn settle(state: Rc<State>) -> Rc<State> {
    match state.job() {
        Some(job) => state.reduce(Action::Checked(job.run())),
        None => state,
    }
}

/// A character boundary of `text` picked by `rng`.
fn boundary(text: &str, rng: &mut Rng) -> usize {
    let n = text.chars().count();
    text.char_indices()
        .nth(rng.next(n + 1))
        .map_or(text.len(), |(i, _)| i)
}

/// The process's resident memory, where the system says it
/// (`/proc/self/statm` on Linux; pages of 4 KB).
fn resident_bytes() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

#[test]
fn ten_thousand_edits() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut state = Rc::new(State::restored(None, Settings::default()));
    let mut longest_undo = 0;
    let mut resident = Vec::new();
    for step in 0..10_000 {
        let draft: &str = &state.draft.text;
        let at = boundary(draft, &mut rng);
        let mut text = draft.to_owned();
        if rng.next(3) == 0 || text.len() > 3_000 {
            let end = boundary(&text[at..], &mut rng) + at;
            text.replace_range(at..end, "");
        } else {
            text.insert_str(at, PIECES[rng.next(PIECES.len())]);
        }
        state = settle(state.reduce(Action::Typed(Rc::from(text))));
        assert!(state.is_current(), "step {step}");
        match rng.next(10) {
            0 => state = settle(state.clone().reduce(state.sweep(Sweep::Safe))),
            1 => state = settle(state.reduce(Action::Undo)),
            2 if !state.checked.report.findings.is_empty() => {
                let i = rng.next(state.checked.report.findings.len());
                state = settle(state.reduce(Action::Ignore(i)));
            }
            3 if !state.checked.report.findings.is_empty() => {
                let i = rng.next(state.checked.report.findings.len());
                state = state.reduce(Action::Select(i));
            }
            _ => {}
        }
        let text = &state.checked.text;
        for f in &state.checked.report.findings {
            assert!(f.range.end <= text.len(), "step {step}");
            assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
        }
        assert!(state.is_current(), "step {step}");
        longest_undo = longest_undo.max(state.draft.undo.len());
        if step % 1_000 == 999 {
            resident.extend(resident_bytes());
        }
    }
    // Memory stays bounded: from the 2,000th edit (when the other tests
    // of this binary are long done and the allocator has its working
    // set) to the last, the process grows by less than 8 MB. Keeping a
    // copy of each draft (≥ 1 KB) would grow it by more.
    eprintln!("resident memory every 1,000 edits: {resident:?}");
    if let (Some(early), Some(late)) = (resident.get(1), resident.last()) {
        assert!(late.saturating_sub(*early) < 8 << 20, "{resident:?}");
    }
    // Typing clears the undo list; ignored findings are only those of
    // findings that existed. Neither grows with the session.
    assert!(longest_undo <= 10, "undo list grew to {longest_undo}");
    assert!(
        state.review.ignored.len() <= 2_000,
        "{}",
        state.review.ignored.len()
    );
}
