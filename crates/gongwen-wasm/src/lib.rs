//! 公文体检 for JavaScript: a thin edge around the engine. `check(text,
//! options)` returns exactly one document of the CLI's JSON (version 1:
//! character offsets, 1-based lines and columns), `rules()` the rule list.
//! No rule logic lives here; the JSON shape lives in `gongwen-json`.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// What a caller may set; every field is optional.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The office's settings file (`gongwen.toml`) as text: rule levels,
    /// genre, year, word lists, house style and findings to leave. The
    /// options below add to it, as the CLI's flags do.
    pub settings: Option<String>,
    /// A genre of `genres.json` (`annual`, `gov-work`, …) or `auto`;
    /// absent: the settings' choice.
    pub genre: Option<String>,
    /// Rules to turn off, by name.
    pub disable: Vec<String>,
    /// Extra to-do words of the office's templates.
    pub placeholder_words: Vec<String>,
    /// Extra phrases that mark a line as site chrome.
    pub junk_phrases: Vec<String>,
    /// The texts of the document's heading paragraphs (`readFile`'s
    /// `heading_texts`): outline hints.
    pub headings: Vec<String>,
    /// Last year's report: the draft is checked beside it (上年对照).
    pub previous: Option<String>,
    /// The office's people (name, title, from, to), added to the
    /// settings' `[[people]]`.
    pub people: Vec<gongwen::Person>,
    /// The office's statistics table as text: CSV, or cells pasted from a
    /// spreadsheet (tab-separated).
    pub data: Option<String>,
    /// The text stands beside a report: a Word file's header, footer or
    /// footnote (`readFile`'s `stories`). Its sentences are checked, not
    /// a report's outline, sections, layout or page; its year is the
    /// settings' `year`.
    pub beside: bool,
    /// A Word file's typesetting (`annotate` of a .docx sets it).
    #[serde(skip)]
    pub word_format: Option<gongwen::typeset::WordFormat>,
}

impl Options {
    /// The settings file read, or the defaults; what is wrong with it.
    pub fn settings(&self) -> Result<gongwen_config::Settings, String> {
        match &self.settings {
            Some(text) => gongwen_config::parse(text).map_err(|e| e.in_file("settings")),
            None => Ok(gongwen_config::Settings::default()),
        }
    }

    /// The engine's config from `settings` and these options, built as the
    /// CLI and the app build theirs; or what is wrong with the options.
    pub fn config(&self, settings: &gongwen_config::Settings) -> Result<gongwen::Config, String> {
        let genre = match self.genre.as_deref() {
            None => None,
            Some("auto") => Some(None),
            Some(name) => Some(Some(
                gongwen::outline::Genre::from_name(name)
                    .ok_or_else(|| format!("未知的报告类型“{name}”"))?,
            )),
        };
        if let Some(rule) = self
            .disable
            .iter()
            .find(|r| gongwen::rules::find(r).is_none())
        {
            return Err(format!("没有名为“{rule}”的规则"));
        }
        for p in &self.people {
            if p.name.trim().is_empty() || p.title.trim().is_empty() {
                return Err("people 中每人都要有 name（姓名）和 title（职务）".to_owned());
            }
            for (date, end) in [(&p.from, false), (&p.to, true)] {
                if let Some(d) = date {
                    if gongwen::naming::people::month(d, end).is_none() {
                        return Err(format!(
                            "people 中{}的任职日期“{d}”无效，应为年份或年月，如 \"2021\" 或 \"2021-03\"",
                            p.name
                        ));
                    }
                }
            }
        }
        let config = settings.config_with(&gongwen_config::Overrides {
            genre,
            disable: self.disable.clone(),
            placeholder_words: self.placeholder_words.clone(),
            junk_phrases: self.junk_phrases.clone(),
            heading_texts: self.headings.clone(),
            people: self.people.clone(),
            ledger: self.data.as_deref().map(|text| gongwen::Ledger {
                name: "data".to_owned(),
                sheets: vec![gongwen::Sheet {
                    name: String::new(),
                    rows: gongwen_import::parse_text(text, false).0,
                }],
            }),
            word_format: self.word_format.clone(),
        });
        Ok(if self.beside {
            config.beside(None)
        } else {
            config
        })
    }
}

thread_local! {
    /// The config prepared last: a page checking draft after draft with one
    /// settings file prepares it once.
    static PREPARER: std::cell::RefCell<gongwen_config::Preparer> = Default::default();
}

/// What `check` returns, natively: one document of the CLI's JSON, the
/// findings the settings leave taken out.
pub fn check_document(text: &str, options: &Options) -> Result<gongwen_json::Document, String> {
    let (report, ..) = check_report(text, options)?;
    Ok(gongwen_json::Document::with_previous(
        text,
        options.previous.as_deref(),
        &report,
    ))
}

/// The engine's report on `text`, the findings the settings leave taken
/// out.
/// The report on `text`, the findings the settings leave taken out; the
/// config and the settings it was made with.
fn check_report(
    text: &str,
    options: &Options,
) -> Result<(gongwen::Report, gongwen::Config, gongwen_config::Settings), String> {
    let settings = options.settings()?;
    let config = options.config(&settings)?;
    let prepared = PREPARER.with(|p| p.borrow_mut().prepare(&config));
    let previous_model = options
        .previous
        .as_deref()
        .filter(|p| !p.trim().is_empty())
        .map(gongwen::previous::Model::new);
    let mut report = gongwen::check_prepared(text, previous_model.as_ref(), &prepared);
    report.findings.retain(|f| !settings.is_ignored(f, text));
    Ok((report, config, settings))
}

/// What `annotate` may be told besides the check's options; every field
/// is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WordOptions {
    /// Safe fixes as tracked changes.
    pub track_fixes: bool,
    /// With `track_fixes`: the fixes that need a person's look too.
    pub unsafe_fixes: bool,
    /// Comments at this severity or above: "info" (default), "warning",
    /// "error".
    pub min_severity: Option<String>,
    /// The comments' author (default 公文体检).
    pub author: Option<String>,
    /// Their date, ISO 8601 (default: now).
    pub date: Option<String>,
}

/// A draft to annotate: a Word file's bytes, or text.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    Word(&'a [u8]),
    Text(&'a str),
}

/// What `annotate` returns, natively: the Word file with a comment on each
/// finding (and the fixes asked for as tracked changes), dated `now` unless
/// the options give a date.
pub fn annotate_document(
    input: Input<'_>,
    options: &Options,
    word: &WordOptions,
    now: &str,
) -> Result<gongwen_import::Annotated, String> {
    let min = match word.min_severity.as_deref() {
        None | Some("info") => gongwen::Severity::Info,
        Some("warning") => gongwen::Severity::Warning,
        Some("error") => gongwen::Severity::Error,
        Some(other) => {
            return Err(format!(
                "min_severity 应为 info、warning 或 error，而不是“{other}”"
            ))
        }
    };
    let track = word.track_fixes.then_some(if word.unsafe_fixes {
        gongwen::Applicability::Unsafe
    } else {
        gongwen::Applicability::Safe
    });
    let reviewer = gongwen_import::Reviewer {
        author: word.author.clone().unwrap_or_else(|| "公文体检".to_owned()),
        initials: "GW".to_owned(),
        date: word.date.clone().unwrap_or_else(|| now.to_owned()),
    };
    let word_options = gongwen_json::word::Options { min, track };
    match input {
        Input::Word(bytes) => {
            let imported = gongwen_import::read_docx(bytes).map_err(|e| e.to_string())?;
            let mut own = options.clone();
            own.headings.extend(imported.heading_texts());
            own.word_format = imported.word_format.clone().map(|f| *f);
            let (report, config, settings) = check_report(&imported.text, &own)?;
            gongwen_json::word::word_file(
                &imported.text,
                &report,
                &config,
                Some((bytes, &imported.text)),
                word_options,
                &reviewer,
                &|f, text| settings.is_ignored(f, text),
            )
        }
        Input::Text(text) => {
            let (report, config, settings) = check_report(text, options)?;
            gongwen_json::word::word_file(
                text,
                &report,
                &config,
                None,
                word_options,
                &reviewer,
                &|f, text| settings.is_ignored(f, text),
            )
        }
    }
    .map_err(|e| e.to_string())
}

/// Checks a draft and gives it back as a Word file with the review in it:
/// `input` a .docx's bytes (annotated in place) or text (a new .docx).
/// (Its TypeScript declaration is in `gongwen.d.ts`.)
#[wasm_bindgen(skip_typescript)]
pub fn annotate(
    input: JsValue,
    options: Option<JsValue>,
    word: Option<JsValue>,
) -> Result<Vec<u8>, JsError> {
    let options: Options = match options {
        Some(o) if !o.is_null() && !o.is_undefined() => serde_wasm_bindgen::from_value(o)
            .map_err(|e| JsError::new(&format!("annotate() 的检查选项有误：{e}")))?,
        _ => Options::default(),
    };
    let word: WordOptions = match word {
        Some(o) if !o.is_null() && !o.is_undefined() => serde_wasm_bindgen::from_value(o).map_err(|e| {
            JsError::new(&format!(
                "annotate() 的 Word 选项有误（可用 track_fixes、unsafe_fixes、min_severity、author、date）：{e}"
            ))
        })?,
        _ => WordOptions::default(),
    };
    let now = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let now = format!("{}Z", now.get(..19).unwrap_or("2026-01-01T00:00:00"));
    let bytes;
    let text;
    let input = if let Some(s) = input.as_string() {
        text = s;
        Input::Text(&text)
    } else {
        bytes = js_sys::Uint8Array::new(&input).to_vec();
        Input::Word(&bytes)
    };
    annotate_document(input, &options, &word, &now)
        .map(|out| out.bytes)
        .map_err(|e| JsError::new(&e))
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    // JSON-compatible: `None` is `null` and maps are plain objects, as in
    // the CLI's output.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../gongwen.d.ts");

/// Checks `text`; `options` may be left out. Throws on unknown options.
/// (Its TypeScript declaration, with the optional parameter, is in
/// `gongwen.d.ts`.)
#[wasm_bindgen(skip_typescript)]
pub fn check(text: &str, options: Option<JsValue>) -> Result<JsValue, JsError> {
    let options: Options = match options {
        Some(o) if !o.is_null() => serde_wasm_bindgen::from_value(o).map_err(|e| {
            JsError::new(&format!(
                "check() 的选项有误（可用 settings、genre、disable、placeholder_words、junk_phrases、headings、previous、people、data）：{e}"
            ))
        })?,
        _ => Options::default(),
    };
    to_js(&check_document(text, &options).map_err(|e| JsError::new(&e))?)
}

/// Every rule with its category, default severity, fix availability and
/// documentation.
#[wasm_bindgen(unchecked_return_type = "Rule[]")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&gongwen_json::rules())
}

/// A file read into text, as `readFile` returns it.
#[derive(Debug, serde::Serialize)]
struct ReadFile {
    text: String,
    format: String,
    /// Word's heading paragraphs: 1-based line and level.
    headings: Vec<(usize, u8)>,
    /// Their texts, for `check`'s `headings` option.
    heading_texts: Vec<String>,
    /// A Word file's footnotes, endnotes, headers and footers with text,
    /// for `check` with `beside`.
    stories: Vec<StoryOut>,
}

/// One of `readFile`'s stories.
#[derive(Debug, serde::Serialize)]
struct StoryOut {
    /// 脚注, 尾注, 页眉 or 页脚.
    kind: &'static str,
    /// Its part in the file (`word/header1.xml`).
    part: String,
    text: String,
}

/// Reads a file's bytes (a .txt in any Chinese encoding, a .docx) into
/// text, exactly as the app and the CLI do. Throws, with the reason in
/// Chinese, for a file that cannot be read.
#[wasm_bindgen(js_name = readFile, skip_typescript)]
pub fn read_file(name: &str, bytes: &[u8]) -> Result<JsValue, JsError> {
    let imported = gongwen_import::import_with(name, bytes, &gongwen_import::BrowserDecoder)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let stories = if bytes.starts_with(b"PK\x03\x04") {
        gongwen_import::docx_stories(bytes).unwrap_or_default()
    } else {
        Vec::new()
    };
    to_js(&ReadFile {
        stories: stories
            .into_iter()
            .map(|s| StoryOut {
                kind: s.kind.label(),
                part: s.part,
                text: s.text,
            })
            .collect(),
        heading_texts: imported.heading_texts(),
        text: imported.text,
        format: imported.format,
        headings: imported
            .headings
            .iter()
            .map(|h| (h.line, h.level))
            .collect(),
    })
}

/// The version of the JSON contract `check` returns.
#[wasm_bindgen(js_name = jsonVersion)]
pub fn json_version() -> u32 {
    gongwen_json::VERSION
}

#[cfg(test)]
mod tests {
    use super::{annotate_document, Input, Options, WordOptions};

    #[test]
    fn a_draft_comes_back_as_a_word_file_with_its_review() {
        let text = "白沙县2025年工作总结\n全年新增企业xx家，，技改投资增长。\n";
        let word = WordOptions {
            track_fixes: true,
            ..WordOptions::default()
        };
        let now = "2026-12-07T10:00:00Z";
        let made = annotate_document(Input::Text(text), &Options::default(), &word, now)
            .expect("a new Word file");
        assert!(made.comments >= 2, "{made:?}");
        assert_eq!(made.changes, 1);
        // The file made is a Word file: annotating it again puts the same
        // comments on it (one more layer), the first tracked change kept.
        let again = annotate_document(
            Input::Word(&made.bytes),
            &Options::default(),
            &WordOptions::default(),
            now,
        )
        .expect("annotates a .docx");
        assert!(again.comments >= 1);
        let bad = WordOptions {
            min_severity: Some("fatal".into()),
            ..WordOptions::default()
        };
        assert!(annotate_document(Input::Text(text), &Options::default(), &bad, now).is_err());
        assert!(
            annotate_document(Input::Word(b"not a zip"), &Options::default(), &word, now).is_err()
        );
    }

    #[test]
    fn a_story_is_checked_beside_the_report() {
        let options = Options {
            beside: true,
            ..Options::default()
        };
        let footer = "第 1 页 共 3 页\n";
        let (report, ..) = super::check_report(footer, &options).expect("checks");
        assert!(report.findings.is_empty(), "{:?}", report.findings);
        let (report, ..) = super::check_report(footer, &Options::default()).expect("checks");
        assert_eq!(report.findings.len(), 1);
    }

    #[test]
    fn options_become_the_engines_config() {
        let none = gongwen_config::Settings::default();
        let config = Options {
            genre: Some("annual".into()),
            disable: vec!["unfilled-x".into()],
            ..Options::default()
        }
        .config(&none)
        .expect("valid options");
        assert!(!config.is_enabled("unfilled-x"));
        assert!(config.genre.is_some());
        assert!(Options {
            disable: vec!["no-such-rule".into()],
            ..Options::default()
        }
        .config(&none)
        .is_err());
    }

    #[test]
    fn the_settings_file_comes_first_and_options_add_to_it() {
        let options = Options {
            settings: Some(
                "genre = \"annual\"\nyear = 2024\n[rules]\nstale-term = \"off\"\n".into(),
            ),
            genre: Some("auto".into()),
            placeholder_words: vec!["此处待定".into()],
            ..Options::default()
        };
        let settings = options.settings().expect("valid settings");
        let config = options.config(&settings).expect("valid options");
        assert_eq!(config.year, Some(2024));
        assert!(!config.is_enabled("stale-term"));
        // `auto` detects the genre, whatever the file says.
        assert_eq!(config.genre, None);
        assert_eq!(config.placeholder_words, ["此处待定"]);
        // A bad file is an error that names its line.
        let bad = Options {
            settings: Some("[rules]\nno-such-rule = \"off\"\n".into()),
            ..Options::default()
        };
        assert!(bad.settings().is_err_and(|e| e.contains("第 2 行")));
    }

    #[test]
    fn people_add_to_the_settings_list_and_bad_dates_are_named() {
        let person = |name: &str, from: Option<&str>| gongwen::Person {
            name: name.into(),
            title: "局长".into(),
            from: from.map(Into::into),
            to: None,
        };
        let options = Options {
            settings: Some("[[people]]\nname = \"周明远\"\ntitle = \"副局长\"\n".into()),
            people: vec![person("冯晓燕", Some("2021-03"))],
            ..Options::default()
        };
        let settings = options.settings().expect("valid settings");
        let config = options.config(&settings).expect("valid options");
        let names: Vec<&str> = config.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["周明远", "冯晓燕"]);
        let bad = Options {
            people: vec![person("冯晓燕", Some("三月"))],
            ..Options::default()
        };
        assert!(bad
            .config(&settings)
            .is_err_and(|e| e.contains("任职日期“三月”无效")));
    }
}
