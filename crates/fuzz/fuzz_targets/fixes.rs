//! Fix application on any text: applying every safe fix gives a text whose
//! safe fixes change nothing more.
#![no_main]

use gongwen::{fix_all, Applicability, Config, Finding};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let safe = |f: &Finding, _: &str| f.has_fix(Applicability::Safe);
    let once = fix_all(&text, &Config::default(), safe);
    // Every fix, the unsafe ones too: no panic.
    let _ = fix_all(&text, &Config::default(), |_, _| true);
    let twice = fix_all(&once.text, &Config::default(), safe);
    assert_eq!(twice.applied, 0, "{:?} → {:?}", once.text, twice.text);
});
