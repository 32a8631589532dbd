//! Figures against the office's statistics table (数据核对): a figure that
//! differs from its row, a growth rate that differs, a key indicator the
//! report never mentions. The table and the matching are the `ledger`
//! model's; without a table the rules report nothing.

pub mod ledger_figure;
pub mod ledger_growth;
pub mod ledger_unmentioned;

use crate::ledger::Indicator;

/// Where an indicator stands in the table, as a reviewer finds it.
pub(crate) fn row_of(ind: &Indicator) -> String {
    if ind.sheet.is_empty() {
        format!("统计台账第{}行", ind.row)
    } else {
        format!("统计台账“{}”第{}行", ind.sheet, ind.row)
    }
}

/// The table the ledger rules' docs and tests assume.
#[cfg(test)]
pub(crate) fn example_config() -> crate::Config {
    let rows: &[&[&str]] = &[
        &["指标名称", "单位", "本年", "比上年增长%", "重点"],
        &["地区生产总值", "万元", "864312", "5.6", "是"],
        &["规上工业增加值", "亿元", "21.35", "-1.2", ""],
        &["高新技术企业", "家", "63", "", ""],
        &["1-11月社会消费品零售总额", "亿元", "35.2", "4.1", ""],
    ];
    crate::Config {
        ledger: Some(crate::Ledger {
            name: "台账.csv".into(),
            sheets: vec![crate::Sheet {
                name: "2025年".into(),
                rows: rows
                    .iter()
                    .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
                    .collect(),
            }],
        }),
        ..crate::Config::default()
    }
}
