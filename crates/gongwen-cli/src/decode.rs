//! Turning a file's bytes into text. Drafts come from Word exports and old
//! intranet systems, so besides UTF-8 we accept a BOM-marked UTF-16 file and
//! fall back to GB18030 (a superset of GBK and GB2312) when the bytes are not
//! valid UTF-8.

use encoding_rs::{Encoding, GB18030, UTF_8};

pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => {
            let (text, _, had_errors) = GB18030.decode(bytes);
            if had_errors {
                UTF_8.decode_without_bom_handling(bytes).0.into_owned()
            } else {
                text.into_owned()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_utf8_gbk_and_utf16() {
        assert_eq!(decode("xx家".as_bytes()), "xx家");
        assert_eq!(decode(b"\xEF\xBB\xBFxx"), "xx");
        // 工作总结 in GBK.
        assert_eq!(decode(b"\xB9\xA4\xD7\xF7\xD7\xDC\xBD\xE1"), "工作总结");
        assert_eq!(decode(b"\xFF\xFEx\x00x\x00"), "xx");
    }
}
