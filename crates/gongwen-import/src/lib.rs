//! Documents in, text out: what the CLI, the app and the JS module do with
//! a file before the engine sees it. Text files are decoded with
//! `encoding_rs` (UTF-8 with or without BOM, UTF-16 with or without BOM,
//! GB18030/GBK, Big5 — detected, and named so the user sees the guess);
//! Word files are read with `zip` and `quick-xml` (`docx.rs`). No IO: bytes
//! come in. A file that cannot be read gives an [`ImportError`] with a
//! message in Chinese; it never panics.

mod docx;
mod table;
mod text;

pub use docx::{
    annotate, plain_docx, shorten, Annotated, Heading, Note, Reviewer, Story, StoryKind,
};
pub use table::{parse_text, read_table, Table, TableSheet};
#[cfg(feature = "web")]
pub use text::BrowserDecoder;
#[cfg(feature = "encoding_rs")]
pub use text::{decode, decode_as, EncodingRs};
pub use text::{decode_with, Decoded, Encoding, Legacy};

/// What an imported file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub text: String,
    /// What the file was read as, for the user: “UTF-8”, “GBK/GB18030”,
    /// “Word 文档 (.docx)” …
    pub format: String,
    /// Paragraphs Word marks as headings (1-based line, level 1–9): outline
    /// hints that the text alone may not show.
    pub headings: Vec<Heading>,
    /// A Word file's typesetting: its page, each paragraph's fonts, size
    /// and line spacing, its page numbers (none for a text file).
    pub word_format: Option<Box<gongwen::typeset::WordFormat>>,
}

impl Imported {
    /// The text of each heading paragraph, for the engine's
    /// `Config::heading_texts`: text survives the edits that move lines.
    pub fn heading_texts(&self) -> Vec<String> {
        let lines: Vec<&str> = self.text.lines().collect();
        self.headings
            .iter()
            .filter_map(|h| lines.get(h.line.checked_sub(1)?))
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// Why a file could not be read. `Display` is the message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Binary data: an image, an archive, a program renamed .txt.
    NotText,
    /// A .doc (Word 97–2003), .wps or .pdf: formats we do not read.
    Unsupported(&'static str),
    /// A .docx whose zip or XML is broken or that lacks its text part.
    BrokenDocx(String),
    /// An .xlsx that cannot be read as a workbook.
    BrokenXlsx(String),
    /// A table in a format not read here, and what to do instead.
    TableFormat(&'static str),
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// A .docx that unpacks larger than [`MAX_UNPACKED`] (a zip bomb, or a
    /// package stuffed with media): small on disk, so [`TooLarge`]'s
    /// message would be wrong.
    ///
    /// [`TooLarge`]: ImportError::TooLarge
    UnpacksTooLarge,
}

/// The largest file imported: far above any report (a 200-page report is
/// about 1 MB of text).
pub const MAX_BYTES: usize = 50 * 1024 * 1024;
/// The most a .docx may unpack to.
pub const MAX_UNPACKED: u64 = 200 * 1024 * 1024;

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NotText => f.write_str("这个文件不是文本文件（可能是图片、压缩包或程序），无法检查。请打开 .txt 或 .docx 文件。"),
            ImportError::Unsupported(kind) => write!(f, "暂不支持{kind}文件。请在 Word 或 WPS 中另存为 .docx 或 .txt 后再打开，或直接复制全文粘贴进来。"),
            ImportError::BrokenDocx(why) => write!(f, "这个 Word 文件已损坏或不是有效的 .docx（{why}）。请在 Word 或 WPS 中打开后另存一份再试，或直接复制全文粘贴进来。"),
            ImportError::BrokenXlsx(why) => write!(f, "这个 Excel 文件已损坏或不是有效的 .xlsx（{why}）。请在 Excel 或 WPS 中打开后另存一份再试，或另存为 CSV。"),
            ImportError::TableFormat(what) => f.write_str(what),
            ImportError::TooLarge => write!(f, "文件太大（超过 {} MB），不像是一份报告，未打开。", MAX_BYTES / 1024 / 1024),
            ImportError::UnpacksTooLarge => write!(f, "这个 Word 文件解压后超过 {} MB（可能是恶意构造的压缩包），未打开。如确是报告，请在 Word 或 WPS 中另存为 .txt 后再打开，或直接复制全文粘贴进来。", MAX_UNPACKED / 1024 / 1024),
        }
    }
}

impl std::error::Error for ImportError {}

/// A Word file (.docx) read as [`import`] reads it.
pub fn read_docx(bytes: &[u8]) -> Result<Imported, ImportError> {
    docx::read(bytes)
}

/// A Word file's footnotes, endnotes, headers and footers: the texts
/// beside its body, one a part.
pub fn docx_stories(bytes: &[u8]) -> Result<Vec<Story>, ImportError> {
    docx::stories(bytes)
}

/// [`import_with`] with `encoding_rs` for the legacy code pages.
#[cfg(feature = "encoding_rs")]
pub fn import(name: &str, bytes: &[u8]) -> Result<Imported, ImportError> {
    import_with(name, bytes, &EncodingRs)
}

/// Reads a file: `.docx` by its content (a zip with `word/document.xml`),
/// anything else as text, decoding GB18030 and Big5 with `legacy`. `name`
/// is only used to recognise formats we cannot read (.doc, .wps, .pdf) and
/// say so.
pub fn import_with(name: &str, bytes: &[u8], legacy: &dyn Legacy) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let lower = name.to_lowercase();
    if bytes.starts_with(b"PK\x03\x04") || lower.ends_with(".docx") {
        return docx::read(bytes);
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") || lower.ends_with(".doc") || lower.ends_with(".wps")
    {
        return Err(ImportError::Unsupported("旧版 Word（.doc）或 WPS（.wps）"));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(ImportError::Unsupported(" PDF "));
    }
    let decoded = text::decode_with(bytes, legacy);
    if text::looks_binary(&decoded.text) {
        return Err(ImportError::NotText);
    }
    Ok(Imported {
        format: decoded.encoding.label().to_owned(),
        text: decoded.text,
        headings: Vec::new(),
        word_format: None,
    })
}

#[cfg(all(test, feature = "encoding_rs"))]
mod tests {
    use super::*;

    #[test]
    fn recognises_what_it_cannot_read() {
        assert_eq!(
            import("a.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"),
            Err(ImportError::Unsupported("旧版 Word（.doc）或 WPS（.wps）"))
        );
        assert_eq!(
            import("a.pdf", b"%PDF-1.7\n"),
            Err(ImportError::Unsupported(" PDF "))
        );
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66\x00\x00\x00\x00IEND";
        assert_eq!(import("photo.txt", png), Err(ImportError::NotText));
        assert!(matches!(
            import("a.docx", b"PK\x03\x04broken"),
            Err(ImportError::BrokenDocx(_))
        ));
        assert!(ImportError::NotText.to_string().contains("不是文本文件"));
    }
}
