//! The shapes of input that once took quadratic time, shared by the
//! criterion benchmark and `cargo xtask scaling` (which counts instructions
//! under callgrind: repeatable where wall-clock time on a shared machine is
//! not).

/// `part` repeated to about `size` bytes.
pub fn fill(part: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + part.len());
    while text.len() < size {
        text.push_str(part);
    }
    text
}

/// Inputs that real pastes produce and that once took quadratic time: PDF
/// copies and web pages arrive as one enormous line or paragraph.
/// About 60 KB of drafts dense with defects: the fixtures and the demo
/// draft, repeated (a finding every ~100 bytes: the worst case).
pub fn dense_report() -> String {
    let parts = [
        include_str!("../../../static/demo.txt"),
        include_str!("../tests/fixtures/numbers_summary.txt"),
        include_str!("../tests/fixtures/placeholder_forms.txt"),
        include_str!("../tests/fixtures/clean_report.txt"),
        include_str!("../tests/fixtures/template_paste.txt"),
        include_str!("../tests/fixtures/numbers_traditional.txt"),
    ];
    let mut text = String::new();
    while text.len() < 60_000 {
        for p in parts {
            text.push_str(p);
            text.push('\n');
        }
    }
    text
}

/// About 60 KB of a filled-in report with few defects: the common case.
pub fn clean_report() -> String {
    fill(
        concat!(include_str!("../tests/fixtures/clean_report.txt"), "\n"),
        60_000,
    )
}

pub const SHAPES: &[(&str, &str)] = &[
    // One paragraph of totals with 其中 parts, no line break.
    (
        "paragraph_of_totals",
        "全县规上工业企业共计100家，其中新增10家、退出5家。",
    ),
    // One sentence that never ends: figures with growth rates.
    ("line_of_growth", "今年完成产值128亿元，同比增长7.0%，"),
    // Rates in every sentence of one paragraph.
    (
        "paragraph_of_rates",
        "收集企业问题1466个，办结1460个，办结率99.5%。",
    ),
    // One metric restated again and again in one paragraph.
    ("restated_metric", "全年新增规上工业企业26家。"),
    // One sentence of 分别 lists.
    ("respective_lists", "A、B、C分别增长5%、6%、7%，"),
    // 100,000-odd short headings, all 一、.
    ("headings", "一、工作情况\n"),
    // A deep outline repeated: every level, every line a heading.
    ("nested_outline", "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n"),
    // Reports restarting at 一、 again and again.
    ("report_restarts", "一、工作情况\n二、存在问题\n"),
    // Whole reports one after another (a paste of a site's collection):
    // each with its title, a problem mentioned in passing and a target
    // to compare with the year's figure. Work per report must not look
    // at the reports before it.
    (
        "report_copies",
        "青溪县科技局2024年工作总结\n一、工作开展情况\n全年实现规上工业总产值120亿元，同比增长8.5%，但仍存在企业规模偏小的问题。\n二、2025年工作计划\n力争规上工业总产值达到130亿元，同比增长12%。\n",
    ),
    // 10,000-odd 其中 lists, one per line.
    ("qizhong_lists", "共计100家，其中新增10家、退出5家。\n"),
    // Year claims in a text without a clause break.
    ("claims_unbroken", "今年是十四五开局之年"),
    // Counts followed by brackets that never close.
    ("unclosed_names", "新增企业4家（甲公司、"),
    // Shares of nothing named.
    ("shares_unnamed", "产值10亿元的5%"),
    // Nothing but placeholders.
    ("xxxx", "xxxx"),
    // Brackets opened and never closed.
    ("nested_brackets", "（【（"),
    // A long paragraph of figures joined by 、.
    (
        "paragraph_of_figures",
        "产值12.5亿元、增加值3.4亿元、税收0.8亿元、",
    ),
    // Prose without a break: the common one-line PDF paste.
    (
        "one_line_prose",
        "全县上下坚持稳中求进工作总基调，扎实推进各项工作，",
    ),
];
