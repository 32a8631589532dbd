//! The settings file parser on any text: no panic; a file that parses is
//! written back to one that parses the same, and its patterns run.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(settings) = gongwen_config::parse(text) {
        let again = gongwen_config::parse(&settings.to_toml());
        assert_eq!(
            again.as_ref().ok(),
            Some(&settings),
            "{}",
            settings.to_toml()
        );
        let _ = gongwen::check(
            "全年新增企业xx家，截止目前完成投资8亿元。",
            &settings.to_config(),
        );
    }
});
