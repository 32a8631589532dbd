//! The .docx reader on any bytes (and on zips): no panic, no hang; either
//! text or a reason.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = gongwen_import::import("报告.docx", data) {
        let _ = imported.heading_texts();
    }
});
