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
