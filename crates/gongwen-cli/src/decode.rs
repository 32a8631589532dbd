//! Turning a file's bytes into text and back. Drafts come from Word exports
//! and old intranet systems, so besides UTF-8 we accept a BOM-marked UTF-16
//! file and fall back to GB18030 (a superset of GBK and GB2312) when the
//! bytes are not valid UTF-8. `--fix` writes a file back in the encoding it
//! came in, BOM included; line endings are never touched because the
//! engine's fixes keep them.

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE, UTF_8};

/// A file's text and how to write it back.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    encoding: &'static Encoding,
    bom: bool,
}

pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return Decoded {
            text: encoding
                .decode_without_bom_handling(&bytes[bom..])
                .0
                .into_owned(),
            encoding,
            bom: true,
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            encoding: UTF_8,
            bom: false,
        };
    }
    let (text, _, had_errors) = GB18030.decode(bytes);
    let (text, encoding) = if had_errors {
        (UTF_8.decode_without_bom_handling(bytes).0, UTF_8)
    } else {
        (text, GB18030)
    };
    Decoded {
        text: text.into_owned(),
        encoding,
        bom: false,
    }
}

impl Decoded {
    /// `text` (the fixed text) in this file's encoding, with its BOM.
    pub fn encode(&self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() + 3);
        // encoding_rs decodes UTF-16 but encodes only to UTF-8 (the WHATWG
        // rule), so UTF-16 is written with the standard library.
        if self.encoding == UTF_16LE || self.encoding == UTF_16BE {
            let le = self.encoding == UTF_16LE;
            let units = std::iter::once(0xFEFF)
                .filter(|_| self.bom)
                .chain(text.encode_utf16());
            for u in units {
                out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            return out;
        }
        if self.bom {
            out.extend_from_slice(b"\xEF\xBB\xBF");
        }
        out.extend_from_slice(&self.encoding.encode(text).0);
        out
    }

    /// The encoding's name as users know it.
    pub fn encoding_name(&self) -> &'static str {
        self.encoding.name()
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_utf8_gbk_and_utf16() {
        assert_eq!(decode("xx家".as_bytes()).text, "xx家");
        assert_eq!(decode(b"\xEF\xBB\xBFxx").text, "xx");
        // 工作总结 in GBK.
        assert_eq!(decode(b"\xB9\xA4\xD7\xF7\xD7\xDC\xBD\xE1").text, "工作总结");
        assert_eq!(decode(b"\xFF\xFEx\x00x\x00").text, "xx");
    }

    #[test]
    fn encodes_back_byte_for_byte() {
        let files: [&[u8]; 5] = [
            "工作总结\r\nxx家".as_bytes(),
            b"\xEF\xBB\xBF\xE5\xB7\xA5x\r\n",
            b"\xB9\xA4\xD7\xF7\xD7\xDC\xBD\xE1\r\n",
            b"\xFF\xFE\xE5\x5D\x0D\x00\x0A\x00",
            b"\xFE\xFF\x5D\xE5\x00\x0A",
        ];
        for bytes in files {
            let decoded = decode(bytes);
            assert_eq!(
                decoded.encode(&decoded.text),
                bytes,
                "{}",
                decoded.encoding_name()
            );
        }
    }
}
