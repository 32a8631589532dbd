//! Statistics tables in (统计台账): CSV as Excel and WPS save it — UTF-8
//! with or without a BOM, or GBK — and tab-separated text as a spreadsheet
//! copies it, read with the `csv` crate into sheets of rows of cells, the
//! cells' text as the file shows it. What the cells mean is the engine's
//! to find (`gongwen::ledger`).

use crate::text::{decode_with, looks_binary, Legacy};
use crate::ImportError;

/// A table as read: its sheets, and what the file was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// “CSV（GBK/GB18030）”, “制表符分隔文本（UTF-8）” …
    pub format: String,
    pub sheets: Vec<TableSheet>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableSheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

/// Reads a table file: CSV or tab-separated text in any encoding the text
/// reader knows. `name` names the sheet (a CSV file has one) and tells a
/// `.tsv` by its extension.
pub fn read_table(name: &str, bytes: &[u8], legacy: &dyn Legacy) -> Result<Table, ImportError> {
    if bytes.len() > crate::MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let lower = name.to_lowercase();
    if bytes.starts_with(b"PK\x03\x04") || lower.ends_with(".xlsx") || lower.ends_with(".xls") {
        return Err(ImportError::Unsupported(
            " Excel 表格（.xlsx），请在 Excel 或 WPS 中“另存为”CSV（逗号分隔）",
        ));
    }
    let decoded = decode_with(bytes, legacy);
    if looks_binary(&decoded.text) {
        return Err(ImportError::NotText);
    }
    let (rows, tabs) = parse_text(&decoded.text, lower.ends_with(".tsv"));
    let stem = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .rsplit_once('.')
        .map_or(name, |(stem, _)| stem);
    let kind = if tabs { "制表符分隔文本" } else { "CSV" };
    Ok(Table {
        format: format!("{kind}（{}）", decoded.encoding.label()),
        sheets: vec![TableSheet {
            name: stem.to_owned(),
            rows,
        }],
    })
}

/// Rows of cells from text: tab-separated when `tabs` or when the first
/// line has a tab and no comma (cells pasted from a spreadsheet), else
/// comma-separated. Also whether it was read as tab-separated.
pub fn parse_text(text: &str, tabs: bool) -> (Vec<Vec<String>>, bool) {
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let tabs = tabs || (first.contains('\t') && !first.contains(','));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(if tabs { b'\t' } else { b',' })
        .from_reader(text.as_bytes());
    let rows = reader
        .records()
        // A record the reader cannot take (a quote never closed) ends the
        // table where it stands; what came before is kept.
        .map_while(Result::ok)
        .map(|r| r.iter().map(str::to_owned).collect::<Vec<String>>())
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
        .collect();
    (rows, tabs)
}

#[cfg(all(test, feature = "encoding_rs"))]
mod tests {
    use super::*;
    use crate::EncodingRs;

    #[test]
    fn csv_as_excel_saves_it_in_gbk_with_quotes() {
        let text = "指标名称,单位,本年,比上年增长%\r\n地区生产总值,万元,\"864,312\",5.6\r\n\r\n高新技术企业,家,63,\r\n";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        let t = read_table("2025年台账.csv", &gbk, &EncodingRs).expect("table");
        assert!(t.format.starts_with("CSV（GB"), "{}", t.format);
        assert_eq!(t.sheets[0].name, "2025年台账");
        assert_eq!(t.sheets[0].rows.len(), 3);
        assert_eq!(t.sheets[0].rows[1][2], "864,312");
        // UTF-8 with a BOM, as Excel's “CSV UTF-8” writes it.
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(text.as_bytes());
        let t = read_table("a.csv", &bom, &EncodingRs).expect("table");
        assert_eq!(t.sheets[0].rows[0][0], "指标名称");
    }

    #[test]
    fn cells_pasted_from_a_spreadsheet_are_tab_separated() {
        let (rows, tabs) = parse_text("指标名称\t本年\n地区生产总值\t86.4亿元\n", false);
        assert!(tabs);
        assert_eq!(rows[1], ["地区生产总值", "86.4亿元"]);
        assert!(matches!(
            read_table("a.xlsx", b"PK\x03\x04rest", &EncodingRs),
            Err(ImportError::Unsupported(_))
        ));
    }
}
