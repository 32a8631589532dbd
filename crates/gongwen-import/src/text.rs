//! Text files: which encoding, decoded, and written back the same way.
//! Unicode encodings are decoded here; the legacy Chinese code pages
//! (GB18030, Big5) by a [`Legacy`] decoder: `encoding_rs` natively (the
//! default feature), the browser's own `TextDecoder` in the web app, whose
//! wasm then carries no code-page tables.

/// The encodings drafts arrive in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// GBK is a subset of GB18030: both are read, and written, as GB18030.
    Gb18030,
    Big5,
}

impl Encoding {
    /// The name users know.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GBK/GB18030",
            Encoding::Big5 => "Big5",
        }
    }

    /// The WHATWG label (for `TextDecoder` and `encoding_rs`).
    pub fn whatwg(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Gb18030 => "gb18030",
            Encoding::Big5 => "big5",
        }
    }
}

/// Decodes the legacy code pages ([`Encoding::Gb18030`], [`Encoding::Big5`]).
pub trait Legacy {
    /// `bytes` as text in `encoding`; with `lossy` false, `None` if any
    /// byte sequence is invalid in it.
    fn decode(&self, encoding: Encoding, bytes: &[u8], lossy: bool) -> Option<String>;
}

/// [`Legacy`] on `encoding_rs`.
#[cfg(feature = "encoding_rs")]
#[derive(Debug, Clone, Copy)]
pub struct EncodingRs;

#[cfg(feature = "encoding_rs")]
impl Legacy for EncodingRs {
    fn decode(&self, encoding: Encoding, bytes: &[u8], lossy: bool) -> Option<String> {
        let e = encoding_rs::Encoding::for_label(encoding.whatwg().as_bytes())?;
        if lossy {
            Some(e.decode_without_bom_handling(bytes).0.into_owned())
        } else {
            e.decode_without_bom_handling_and_without_replacement(bytes)
                .map(|t| t.into_owned())
        }
    }
}

/// A text file's content and how to write it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// The file started with a byte order mark.
    pub bom: bool,
}

/// [`Legacy`] on the browser's `TextDecoder` (every browser the app runs on
/// ships GBK and Big5); `fatal` unless a lossy reading is asked for.
#[cfg(feature = "web")]
#[derive(Debug, Clone, Copy)]
pub struct BrowserDecoder;

#[cfg(feature = "web")]
impl Legacy for BrowserDecoder {
    fn decode(&self, encoding: Encoding, bytes: &[u8], lossy: bool) -> Option<String> {
        let options = web_sys::TextDecoderOptions::new();
        options.set_fatal(!lossy);
        let decoder =
            web_sys::TextDecoder::new_with_label_and_options(encoding.whatwg(), &options).ok()?;
        decoder.decode_with_u8_array(bytes).ok()
    }
}

/// Decodes a text file, detecting its encoding (see [`decode_with`]), with
/// `encoding_rs` for the legacy code pages.
#[cfg(feature = "encoding_rs")]
pub fn decode(bytes: &[u8]) -> Decoded {
    decode_with(bytes, &EncodingRs)
}

/// Decodes a text file in the encoding the user names, without detecting
/// (the CLI's `--encoding`): a byte order mark of that encoding is dropped
/// and kept for writing back; bytes invalid in it become U+FFFD.
#[cfg(feature = "encoding_rs")]
pub fn decode_as(bytes: &[u8], encoding: Encoding) -> Decoded {
    let e = encoding_rs::Encoding::for_label(encoding.whatwg().as_bytes())
        .unwrap_or(encoding_rs::UTF_8);
    let (bom, rest) = match encoding_rs::Encoding::for_bom(bytes) {
        Some((found, len)) if found == e => (true, &bytes[len..]),
        _ => (false, bytes),
    };
    Decoded {
        text: e.decode_without_bom_handling(rest).0.into_owned(),
        encoding,
        bom,
    }
}

/// Decodes a text file, detecting its encoding: a byte order mark, UTF-16
/// without one (zero bytes on one side of every ASCII character), valid
/// UTF-8, else GB18030 or Big5, whichever decodes cleanly — and when both
/// do, whichever reads as more common Chinese. Never fails: undecodable
/// bytes become U+FFFD.
pub fn decode_with(bytes: &[u8], legacy: &dyn Legacy) -> Decoded {
    let boms: [(&[u8], Encoding); 3] = [
        (b"\xEF\xBB\xBF", Encoding::Utf8),
        (b"\xFF\xFE", Encoding::Utf16Le),
        (b"\xFE\xFF", Encoding::Utf16Be),
    ];
    for (bom, encoding) in boms {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let text = match encoding {
                Encoding::Utf8 => String::from_utf8_lossy(rest).into_owned(),
                _ => utf16(rest, encoding == Encoding::Utf16Le).0,
            };
            return Decoded {
                text,
                encoding,
                bom: true,
            };
        }
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Decoded {
            text: utf16(bytes, encoding == Encoding::Utf16Le).0,
            encoding,
            bom: false,
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            encoding: Encoding::Utf8,
            bom: false,
        };
    }
    let clean = |e: Encoding| legacy.decode(e, bytes, false);
    let (encoding, text) = match (clean(Encoding::Gb18030), clean(Encoding::Big5)) {
        (Some(gb), Some(big5)) => {
            if chinese_score(&big5) > chinese_score(&gb) {
                (Encoding::Big5, big5)
            } else {
                (Encoding::Gb18030, gb)
            }
        }
        (Some(gb), None) => (Encoding::Gb18030, gb),
        (None, Some(big5)) => (Encoding::Big5, big5),
        (None, None) => (
            Encoding::Gb18030,
            legacy
                .decode(Encoding::Gb18030, bytes, true)
                .unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned()),
        ),
    };
    Decoded {
        text,
        encoding,
        bom: false,
    }
}

/// UTF-16 text and whether it was valid (an odd byte or a lone surrogate
/// is not).
fn utf16(bytes: &[u8], le: bool) -> (String, bool) {
    let units = bytes.chunks_exact(2).map(|p| {
        if le {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let mut valid = bytes.len() % 2 == 0;
    let text = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                valid = false;
                '\u{FFFD}'
            })
        })
        .collect();
    (text, valid)
}

impl Decoded {
    /// `text` (an edited version of this file's text) in this file's
    /// encoding, with its byte order mark; or the first character the
    /// encoding cannot hold (Big5 lacks characters that decode from some
    /// of its bytes): then nothing is to be written, rather than a file
    /// with `&#…;` in place of the character.
    #[cfg(feature = "encoding_rs")]
    pub fn encode(&self, text: &str) -> Result<Vec<u8>, char> {
        let mut out = Vec::with_capacity(text.len() + 3);
        match self.encoding {
            // encoding_rs decodes UTF-16 but encodes only to UTF-8 (the
            // WHATWG rule): UTF-16 is written with the standard library.
            Encoding::Utf16Le | Encoding::Utf16Be => {
                let le = self.encoding == Encoding::Utf16Le;
                let units = std::iter::once(0xFEFF)
                    .filter(|_| self.bom)
                    .chain(text.encode_utf16());
                for u in units {
                    out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
                }
            }
            Encoding::Utf8 => {
                if self.bom {
                    out.extend_from_slice(b"\xEF\xBB\xBF");
                }
                out.extend_from_slice(text.as_bytes());
            }
            Encoding::Gb18030 | Encoding::Big5 => {
                let e = if self.encoding == Encoding::Big5 {
                    encoding_rs::BIG5
                } else {
                    encoding_rs::GB18030
                };
                let (bytes, _, unmappable) = e.encode(text);
                if unmappable {
                    let mut buf = [0; 4];
                    let c = text
                        .chars()
                        .find(|c| e.encode(c.encode_utf8(&mut buf)).2)
                        .unwrap_or('\u{FFFD}');
                    return Err(c);
                }
                out.extend_from_slice(&bytes);
            }
        }
        Ok(out)
    }
}

/// UTF-16 without a byte order mark: ASCII characters (digits, line
/// breaks, spaces) put a zero byte on one side, and CJK text none on
/// either, so zeros gather on odd offsets (little-endian) or even ones.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let zeros = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let units = bytes.len() / 2;
    let enough = |n: usize| n * 20 >= units && n >= 2;
    let encoding = if enough(odd) && even * 10 <= odd {
        Encoding::Utf16Le
    } else if enough(even) && odd * 10 <= even {
        Encoding::Utf16Be
    } else {
        return None;
    };
    utf16(bytes, encoding == Encoding::Utf16Le)
        .1
        .then_some(encoding)
}

/// Characters frequent in Chinese prose, simplified and traditional: a
/// correct decoding is full of them, a wrong one (Big5 read as GBK or the
/// reverse) hardly has any.
const FREQUENT: &str = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道此变条只没结解问意建月公无系很情者最立代想已通并提直题党程展五果料员位入常文总次品式活设及管特件长求基资边流路级少图统接知较将组见计别手期根论运农指区强放决被做必先回则任取据处府研这這為個國們時來對會發動過說產種後學經進著電裡實兩體機當點從業應開還間樣與關線內數麼質氣變條沒結問題黨員總設長資邊級圖統較將組見計別論運農區強決則據處";

fn chinese_score(text: &str) -> usize {
    text.chars().filter(|&c| FREQUENT.contains(c)).count()
}

/// Whether decoded text is really binary data: NUL characters, or more
/// than 1% control characters and replacement marks.
pub fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut odd = 0usize;
    for c in text.chars().take(1 << 20) {
        total += 1;
        if c == '\0' {
            return true;
        }
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')) || c == '\u{FFFD}' {
            odd += 1;
        }
    }
    odd >= 3 && odd * 100 > total
}

#[cfg(all(test, feature = "encoding_rs"))]
mod tests {
    use super::*;
    use encoding_rs::{BIG5, GB18030};

    const REPORT: &str =
        "青溪县科技局2025年工作总结\r\n全年新增高新技术企业15家，研发投入增长13.3%。\r\n";

    /// Found by `cargo xtask fuzz` (target `decode`): Big5 bytes that read
    /// as a Hong Kong character Big5 cannot write back. Writing such a text
    /// is refused instead of putting `&#152930;` in the file.
    #[test]
    fn a_character_big5_cannot_write_is_refused() {
        let unwritable = (0x87..=0xFEu8)
            .flat_map(|lead| (0x40..=0xFEu8).map(move |trail| [lead, trail]))
            .map(|bytes| decode_as(&bytes, Encoding::Big5))
            .find(|d| {
                let c = d.text.chars().next().unwrap_or('\u{FFFD}');
                d.text.chars().count() == 1 && c != '\u{FFFD}' && BIG5.encode(&d.text).2
            })
            .expect("Big5 reads characters it cannot write");
        let c = unwritable.text.chars().next().unwrap_or_default();
        assert_eq!(unwritable.encode(&format!("全年{c}")), Err(c));
        assert!(unwritable.encode("全年新增企業12家").is_ok());
    }

    fn round_trip(bytes: &[u8], encoding: Encoding) {
        let d = decode(bytes);
        assert_eq!(d.encoding, encoding);
        assert_eq!(
            d.encode(&d.text),
            Ok(bytes.to_vec()),
            "{}",
            encoding.label()
        );
    }

    #[test]
    fn detects_and_writes_back_every_encoding() {
        round_trip(REPORT.as_bytes(), Encoding::Utf8);
        round_trip(
            &[b"\xEF\xBB\xBF", REPORT.as_bytes()].concat(),
            Encoding::Utf8,
        );
        round_trip(&GB18030.encode(REPORT).0, Encoding::Gb18030);
        let traditional =
            "青溪縣科技局2025年工作總結\r\n全年新增高新技術企業15家，研發投入增長13.3%。\r\n";
        round_trip(&BIG5.encode(traditional).0, Encoding::Big5);
        assert_eq!(decode(&BIG5.encode(traditional).0).text, traditional);
        let le: Vec<u8> = REPORT.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = REPORT.encode_utf16().flat_map(u16::to_be_bytes).collect();
        round_trip(&le, Encoding::Utf16Le);
        round_trip(&be, Encoding::Utf16Be);
        round_trip(&[&[0xFF, 0xFE][..], &le].concat(), Encoding::Utf16Le);
        assert_eq!(decode(&le).text, REPORT);
    }

    #[test]
    fn tells_text_from_binary() {
        assert!(!looks_binary(REPORT));
        assert!(looks_binary("abc\0def"));
        assert!(looks_binary(&"\u{1}\u{2}\u{3}x".repeat(10)));
    }
}
