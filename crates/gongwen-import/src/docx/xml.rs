//! The XML and package plumbing the reader, the annotator and the
//! typesetting reader share: a part read with a size limit, an attribute,
//! an entity. External entities are never resolved (quick-xml does not
//! fetch).

use crate::{ImportError, MAX_UNPACKED};
use quick_xml::events::BytesStart;
use std::io::Read;

/// A part of the package as text, at most [`MAX_UNPACKED`] bytes whatever
/// its header claims.
pub(super) fn part(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, ImportError> {
    let Ok(file) = zip.by_name(name) else {
        return Ok(None);
    };
    let mut buf = Vec::new();
    file.take(MAX_UNPACKED + 1)
        .read_to_end(&mut buf)
        .map_err(|_| ImportError::BrokenDocx(format!("{name} 无法解压")))?;
    if buf.len() as u64 > MAX_UNPACKED {
        return Err(ImportError::UnpacksTooLarge);
    }
    String::from_utf8(buf)
        .map(Some)
        .map_err(|_| ImportError::BrokenDocx(format!("{name} 不是 UTF-8 文本")))
}

/// The character an entity or character reference stands for: XML's five
/// and numeric ones; none for any other (never fetched).
pub(super) fn entity(r: &quick_xml::events::BytesRef<'_>) -> Result<Option<char>, String> {
    if r.is_char_ref() {
        return Ok(r.resolve_char_ref().ok().flatten());
    }
    Ok(match r.decode().map_err(|e| e.to_string())?.as_ref() {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    })
}

pub(super) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().and_then(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .ok()
            .map(|v| v.into_owned())
    })
}
