//! Statistics tables in (统计台账): Excel workbooks (.xlsx, every sheet,
//! read with `calamine`), CSV as Excel and WPS save it — UTF-8 with or
//! without a BOM, or GBK — and tab-separated text as a spreadsheet copies
//! it (the `csv` crate), into sheets of rows of cells, the cells' text as
//! the file shows it. What the cells mean is the engine's to find
//! (`gongwen::ledger`).

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
    if bytes.starts_with(b"PK\x03\x04") || lower.ends_with(".xlsx") {
        #[cfg(feature = "xlsx")]
        return xlsx(bytes);
        #[cfg(not(feature = "xlsx"))]
        return Err(ImportError::TableFormat(
            "网页版不读 Excel 工作簿（.xlsx）：请在 Excel 或 WPS 中另存为 CSV 后打开，或选中表格（含表头行）复制后粘贴到下面的框里。",
        ));
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") || lower.ends_with(".xls") || lower.ends_with(".et") {
        return Err(ImportError::TableFormat(
            "暂不支持旧版 Excel（.xls）或 WPS 表格（.et）：请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再打开。",
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

/// Every sheet of a workbook (with the `xlsx` feature), each cell as Excel
/// shows its value: text as
/// written, a number in its shortest form (864312, 21.35), a row's number
/// kept (a sheet's first rows may be empty).
#[cfg(feature = "xlsx")]
fn xlsx(bytes: &[u8]) -> Result<Table, ImportError> {
    use calamine::{Data, Reader, Xlsx};
    let broken = |e: calamine::XlsxError| ImportError::BrokenXlsx(e.to_string());
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).map_err(broken)?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(broken)?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); top as usize];
        for row in range.rows() {
            let mut cells = vec![String::new(); left as usize];
            cells.extend(row.iter().map(|cell| match cell {
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                Data::Float(f) => f.to_string(),
                Data::Int(i) => i.to_string(),
                Data::Bool(b) => if *b { "是" } else { "否" }.to_owned(),
                Data::DateTime(_) | Data::Error(_) | Data::Empty => String::new(),
            }));
            rows.push(cells);
        }
        sheets.push(TableSheet { name, rows });
    }
    Ok(Table {
        format: "Excel 工作簿（.xlsx）".to_owned(),
        sheets,
    })
}

/// Rows of cells from text: tab-separated when `tabs` or when more of
/// the first ten lines hold a tab than a comma (cells pasted from a
/// spreadsheet, a title cell alone on the first line), else
/// comma-separated. Also whether it was read as tab-separated.
pub fn parse_text(text: &str, tabs: bool) -> (Vec<Vec<String>>, bool) {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(10)
        .collect();
    let holding = |c: char| lines.iter().filter(|l| l.contains(c)).count();
    let tabs = tabs || holding('\t') > holding(',');
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
        // A title cell alone above the header; a comma inside one cell.
        let (rows, tabs) = parse_text("主要指标\n指标\t本年\n税收\t1,234\n户数\t56\n", false);
        assert!(tabs);
        assert_eq!(rows[2], ["税收", "1,234"]);
        let (_, tabs) = parse_text("指标,本年\n税收,12\n", false);
        assert!(!tabs);
        #[cfg(feature = "xlsx")]
        assert!(matches!(
            read_table("a.xlsx", b"PK\x03\x04rest", &EncodingRs),
            Err(ImportError::BrokenXlsx(_))
        ));
        assert!(matches!(
            read_table("a.xls", b"\xD0\xCF\x11\xE0rest", &EncodingRs),
            Err(ImportError::TableFormat(_))
        ));
    }
}
