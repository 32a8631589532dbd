//! Checking never fails: any text, however garbled, yields findings whose
//! ranges lie on character boundaries, sorted, with non-empty snippets.

use gongwen::{check, fix_all, Applicability, Config, Finding};
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_text_checks_cleanly(text in "[xX*＊×某○□_＿（）()【】\\[\\] 　待补充定TODO0-9.．%％\\-—+年月日家县第位𠀀ｘù一二三是、，。；亿元万总结计划问题分别其中共增长率\r\n]{0,400}") {
        let report = check(&text, &Config::default());
        let mut last = 0;
        for f in &report.findings {
            prop_assert!(f.range.start < f.range.end && f.range.end <= text.len());
            prop_assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
            prop_assert!(f.range.start >= last);
            prop_assert!(!f.message.is_empty());
            last = f.range.start;
        }
    }
}

/// Sentences both years' reports share, in pieces: the draft beside last
/// year's report meets copied sentences, unchanged figures, targets and
/// plan items of every shape.
const REPORT_PIECES: &[&str] = &[
    "一、2023年工作总结\n",
    "一、2024年工作总结\n",
    "二、2024年工作计划\n",
    "三、2025年工作计划\n",
    "全县深入开展企业服务月活动，组织干部走访规上企业120家次。",
    "全年新增高新技术企业21家，",
    "完成工业投资31.2亿元。",
    "力争规上工业增加值增长7%，",
    "力争完成工业投资30亿元。",
    "一是加快推进智慧园区建设，二是启动污水管网改造工程。",
    "在县委、县政府的坚强领导下，",
    "贯彻落实《若干措施》。",
    "（一）",
    "\n",
    "𠀀",
    "e\u{301}",
    "\r\n",
];

proptest! {
    /// Any two texts: this year's checked beside last year's. Every range
    /// lies in its own text on character boundaries.
    #[test]
    fn any_pair_checks_cleanly(
        last in proptest::collection::vec(proptest::sample::select(REPORT_PIECES), 0..30),
        this in proptest::collection::vec(proptest::sample::select(REPORT_PIECES), 0..30),
    ) {
        let (last, this) = (last.concat(), this.concat());
        let report = gongwen::check_with_previous(&this, Some(&last), &Config::default());
        for f in &report.findings {
            prop_assert!(f.range.end <= this.len() && this.is_char_boundary(f.range.start) && this.is_char_boundary(f.range.end));
            for r in &f.related {
                let within = if r.previous { &last } else { &this };
                prop_assert!(r.range.end <= within.len());
                prop_assert!(within.is_char_boundary(r.range.start) && within.is_char_boundary(r.range.end));
            }
        }
        for item in &report.plan_followup {
            prop_assert!(item.previous.end <= last.len() && last.is_char_boundary(item.previous.start) && last.is_char_boundary(item.previous.end));
            prop_assert_eq!(&item.text, &last[item.previous.clone()].trim().to_owned(), "{:?}", item);
            if let Some(r) = &item.mentioned {
                prop_assert!(r.end <= this.len() && this.is_char_boundary(r.start) && this.is_char_boundary(r.end));
            }
        }
    }
}

/// Pieces of drafts that carry fixable defects (site chrome, doubled words
/// and marks, pinyin, masks, half-width marks, spaces of a PDF copy, page
/// numbers), mixed with ordinary report text and awkward characters.
const PIECES: &[&str] = &[
    "全年完成完成技改项目12个",
    "，，",
    "。",
    "；。",
    "发(fā)展",
    "党的20d精神",
    "d建引领",
    "投资 孵化",
    "同 比增长",
    "质量,",
    "效益(提升)",
    "下面是小编为大家整理的工作总结，供大家参考。",
    "\n首页 > 工作总结 > 年终总结\n",
    "##paidbegin##",
    "\n-2-\n",
    "【此处补充数据】",
    "与与",
    "\r\n",
    "\n",
    "一、工作总结\n",
    "（一）",
    "xx家",
    "𠀀",
    "e\u{301}",
    "\u{200b}",
    "👍",
    " ",
    "　",
    "發(fā)展",
    "工作總結",
    "2023年",
    "增长12.5%",
];

fn line_break_at(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    if rest.starts_with("\r\n") {
        2
    } else {
        usize::from(rest.starts_with('\n'))
    }
}

fn draft() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
}

proptest! {
    /// Every edit of a fix lies inside the text, on character boundaries and
    /// inside its finding's range or one of its related ranges (a deleted
    /// line takes its line break along): a fix never touches text the user
    /// was not shown.
    #[test]
    fn fixes_touch_only_what_their_finding_shows(text in draft()) {
        let report = check(&text, &Config::default());
        for f in &report.findings {
            for e in f.fix.iter().flat_map(|fix| &fix.edits) {
                prop_assert!(text.is_char_boundary(e.range.start) && text.is_char_boundary(e.range.end));
                let shown = std::iter::once(&f.range).chain(f.related.iter().map(|r| &r.range));
                let inside = shown.clone().any(|r| {
                    let end = r.end + line_break_at(&text, r.end);
                    r.start <= e.range.start && e.range.end <= end
                });
                prop_assert!(inside, "{}: edit {:?} outside {:?}", f.rule, e.range, shown.collect::<Vec<_>>());
            }
        }
    }

    /// Applying every safe fix reaches a fixed point: fixing the result
    /// again changes nothing.
    #[test]
    fn safe_fixes_are_idempotent(text in draft()) {
        let safe = |f: &Finding, _: &str| f.has_fix(Applicability::Safe);
        let once = fix_all(&text, &Config::default(), safe);
        let twice = fix_all(&once.text, &Config::default(), safe);
        prop_assert_eq!(twice.applied, 0, "second round changed {:?} into {:?}", once.text, twice.text);
    }
}

/// Found by `cargo xtask fuzz` (target `fixes`): a long run of full- and
/// half-width colons lost one pair per round, and `fix_all` stopped after
/// its last round with fixes still to make.
#[test]
fn a_long_run_of_marks_settles() {
    let text = format!("全县：：{}：：数字化车间覆盖率达到103%。", ":".repeat(40));
    let safe = |f: &Finding, _: &str| f.has_fix(Applicability::Safe);
    let once = fix_all(&text, &Config::default(), safe);
    assert_eq!(once.text, "全县：数字化车间覆盖率达到103%。");
    assert_eq!(fix_all(&once.text, &Config::default(), safe).applied, 0);
}

/// Found by `cargo xtask fuzz` (target `fixes`): a run of half-width `!`
/// (and later of unmatched `)`) was converted from its two ends inwards,
/// two marks per round.
#[test]
fn a_run_of_half_width_marks_settles() {
    let text = format!("各项工作取！！！！{}！！！！得新成效。", "!".repeat(40));
    let safe = |f: &Finding, _: &str| f.has_fix(Applicability::Safe);
    let once = fix_all(&text, &Config::default(), safe);
    assert_eq!(
        once.text,
        format!("各项工作取{}得新成效。", "！".repeat(48))
    );
    assert_eq!(fix_all(&once.text, &Config::default(), safe).applied, 0);
}
