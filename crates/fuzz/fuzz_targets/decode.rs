//! The text decoders on any bytes: no panic. A text that decoded without
//! loss writes back, in its encoding, to bytes that read back the same (or
//! is refused when the encoding cannot hold it): what `gongwen check --fix`
//! relies on.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let decoded = gongwen_import::decode(data);
    // A character the encoding cannot hold is refused, not mangled.
    if let (false, Ok(written)) = (
        decoded.text.contains('\u{FFFD}'),
        decoded.encode(&decoded.text),
    ) {
        let again = gongwen_import::decode_as(&written, decoded.encoding);
        assert_eq!(again.text, decoded.text, "{:?}", decoded.encoding);
    }
    let _ = gongwen_import::import("草稿.txt", data);
});
