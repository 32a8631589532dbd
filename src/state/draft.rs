//! The draft: what the textarea holds, its version, the app's own changes
//! to it (for 撤销) and how it is kept. The actions that change the text
//! are here.

use super::{State, DEMO, MAX_DRAFT_BYTES};
use gongwen::{apply_fixes, Applicability};
use std::collections::BTreeSet;
use std::rc::Rc;

#[derive(Debug, Clone)]
pub struct Draft {
    /// What the textarea holds.
    pub text: Rc<str>,
    /// Grows with every change of `text`: a check applies to one version.
    pub version: u64,
    /// Changes whenever the text is replaced from outside the textarea:
    /// the editor then writes `text` into the textarea.
    pub loaded: Loaded,
    /// The app's own changes to the text, latest last.
    pub undo: Vec<Change>,
    /// The name of the file the draft was opened from, for exports.
    pub source: Option<String>,
    /// The Word file the draft was opened from (this session only: not
    /// kept across a reload).
    pub word: Option<Rc<Word>>,
    /// The text was restored from storage and not touched yet: the notice
    /// offers to discard it.
    pub restored: bool,
    /// When the draft restored at start was saved (0: none restored).
    pub saved_at: u64,
    /// The version the app started with (after the saved draft was put
    /// in): while it holds, a later copy found in the durable store may
    /// replace it.
    pub start_version: u64,
    /// Whether the last autosave succeeded (`false` once the browser
    /// refused a draft too large for its storage).
    pub autosaved: bool,
    /// Whether the durable store (IndexedDB) keeps the draft: `None` until
    /// it has been opened.
    pub durable: Option<bool>,
}

impl PartialEq for Draft {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version
            && Rc::ptr_eq(&self.text, &other.text)
            && self.loaded == other.loaded
            && self.undo.len() == other.undo.len()
            && self.source == other.source
            && self.word.as_ref().map(Rc::as_ptr) == other.word.as_ref().map(Rc::as_ptr)
            && (self.restored, self.saved_at, self.autosaved, self.durable)
                == (
                    other.restored,
                    other.saved_at,
                    other.autosaved,
                    other.durable,
                )
    }
}

impl Draft {
    pub fn new(text: Rc<str>) -> Draft {
        Draft {
            text,
            version: 0,
            loaded: Loaded {
                seq: 1,
                fresh: true,
            },
            undo: Vec::new(),
            source: None,
            word: None,
            restored: false,
            saved_at: 0,
            start_version: 0,
            autosaved: true,
            durable: None,
        }
    }

    /// Whether 撤销 undoes an app change: there is one, and the user has
    /// not typed since (then the textarea's own undo is theirs).
    pub fn can_undo(&self) -> bool {
        self.replaced().is_some()
    }

    /// The app's last change, while 撤销 can still undo it.
    pub fn replaced(&self) -> Option<&Change> {
        self.undo.last().filter(|c| *c.after == *self.text)
    }

    fn set(&mut self, text: Rc<str>) {
        self.text = text;
        self.version += 1;
    }

    /// Asks the editor to write the text into the textarea.
    fn reload(&mut self, fresh: bool) {
        self.loaded = Loaded {
            seq: self.loaded.seq + 1,
            fresh,
        };
    }
}

/// The textarea is given a new text from outside (示例, 清空, a fix, undo).
/// `seq` grows with every such change; `fresh` says whether it is a new
/// document (scroll to the top) or an edit of this one (keep the view).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loaded {
    pub seq: u64,
    pub fresh: bool,
}

/// A change the app made to the draft, kept so that 撤销 (and Ctrl+Z while
/// the text is still the changed one) can restore it exactly.
#[derive(Debug, Clone)]
pub struct Change {
    pub before: Rc<str>,
    pub after: Rc<str>,
    /// For a file opened over a draft: what belonged to the draft before
    /// (its ignored findings, Word headings and file name), restored with
    /// its text.
    pub document: Option<Document>,
}

/// What belongs to one draft besides its text.
#[derive(Debug, Clone)]
pub struct Document {
    pub ignored: Rc<BTreeSet<super::IgnoreKey>>,
    pub headings: Rc<[String]>,
    pub source: Option<String>,
    pub word: Option<Rc<Word>>,
}

/// A Word file opened: its bytes, the text they were read as, and its
/// typesetting.
#[derive(Debug)]
pub struct Word {
    pub bytes: Rc<[u8]>,
    pub text: Rc<str>,
    pub format: Option<Rc<gongwen::typeset::WordFormat>>,
}

/// The commands that fix many findings at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sweep {
    /// 一键修复: every safe fix.
    Safe,
    /// 清理粘贴内容: site chrome and copy damage.
    Paste,
}

impl State {
    /// `sweep` carried out on the draft (checking it again between rounds,
    /// so outside the reducer): the action that puts the result in.
    pub fn sweep(&self, sweep: Sweep) -> super::Action {
        let prepared = super::prepared(&self.review.config());
        let fixed = gongwen::fix_all_prepared(&self.draft.text, &prepared, |f, _| match sweep {
            Sweep::Safe => f.has_fix(Applicability::Safe),
            Sweep::Paste => gongwen::is_paste_debris(f),
        });
        super::Action::Swept(sweep, Rc::from(fixed.text), fixed.applied)
    }

    pub(super) fn typed(&mut self, text: Rc<str>) -> bool {
        // An input event that changes nothing (an input method fires a
        // second one with the same text at commit; a form filler fires
        // several) keeps the version, so the check under way still applies.
        if *text == *self.draft.text {
            return false;
        }
        self.draft.set(text);
        self.draft.restored = false;
        self.view.selected = None;
        self.request_check(false);
        true
    }

    pub(super) fn too_large(&mut self, bytes: usize) -> bool {
        self.draft.reload(false);
        self.notify(
            format!(
                "粘贴的内容太大（约 {:.1} MB），超过 {} MB，不像是一份报告；已保留原来的草稿。",
                bytes as f64 / 1024.0 / 1024.0,
                MAX_DRAFT_BYTES / 1024 / 1024
            ),
            true,
        );
        true
    }

    /// A new document (示例, 清空, a discarded one), saying what was done;
    /// a draft the user wrote stays one 撤销 away.
    pub(super) fn load(&mut self, text: Rc<str>, done: &str) -> bool {
        let kept = self.open(text, Rc::default(), None, None);
        self.draft.restored = false;
        self.notice(if kept {
            format!("{done}原来的草稿可点“撤销”找回。")
        } else {
            done.to_owned()
        });
        true
    }

    /// Puts a new document on screen with its Word headings and file name;
    /// whether the draft it replaces, one the user wrote, was kept for
    /// 撤销 (with its ignored findings, headings and file name).
    fn open(
        &mut self,
        text: Rc<str>,
        headings: Rc<[String]>,
        source: Option<String>,
        word: Option<Rc<Word>>,
    ) -> bool {
        let keep = !self.draft.text.trim().is_empty()
            && *self.draft.text != *DEMO
            && *self.draft.text != *text;
        self.draft.undo.clear();
        if keep {
            self.draft.undo.push(Change {
                before: self.draft.text.clone(),
                after: text.clone(),
                document: Some(Document {
                    ignored: self.review.ignored.clone(),
                    headings: self.review.headings.clone(),
                    source: self.draft.source.clone(),
                    word: self.draft.word.clone(),
                }),
            });
        }
        self.review.ignored = Rc::default();
        self.review.headings = headings;
        self.replace(text, true);
        self.draft.source = source;
        self.review.word_format = word.as_ref().and_then(|w| w.format.clone());
        self.draft.word = word;
        keep
    }

    pub(super) fn fix(&mut self, i: usize) -> bool {
        // Only a fix of the text the textarea holds: while a check is
        // pending, its ranges may not be where they were.
        if !self.is_current() {
            return false;
        }
        let Some(f) = self.checked.report.findings.get(i) else {
            return false;
        };
        let (text, n) = apply_fixes(&self.checked.text, std::slice::from_ref(f), |_| true);
        if n == 0 {
            return false;
        }
        let title = f.fix.as_ref().map_or("", |fix| fix.title.as_str());
        self.notice(format!("已修复：{title}"));
        self.change(text.into());
        true
    }

    pub(super) fn swept(&mut self, sweep: Sweep, text: Rc<str>, applied: usize) -> bool {
        self.notice(match (sweep, applied) {
            (Sweep::Safe, 0) => "没有可以安全自动修复的问题。".into(),
            (Sweep::Safe, n) => format!("已安全修复 {n} 处。"),
            (Sweep::Paste, 0) => "没有发现网页残留或复制转换痕迹。".into(),
            (Sweep::Paste, n) => format!("已清理 {n} 处网页残留与复制转换痕迹。"),
        });
        if applied > 0 {
            self.change(text);
        }
        true
    }

    pub(super) fn imported(
        &mut self,
        name: String,
        imported: gongwen_import::Imported,
        word: Option<Rc<Word>>,
    ) -> bool {
        let headings = Rc::from(imported.heading_texts());
        let keep = self.open(
            Rc::from(imported.text.as_str()),
            headings,
            Some(name.clone()),
            word,
        );
        let format = imported.format;
        self.notice(if keep {
            format!("已打开“{name}”（{format}）。原来的草稿可点“撤销”找回。")
        } else {
            format!("已打开“{name}”（{format}）。")
        });
        true
    }

    pub(super) fn undo(&mut self) -> bool {
        let Some(change) = self.draft.undo.pop() else {
            return false;
        };
        self.notice("已撤销。".into());
        let fresh = change.document.is_some();
        if let Some(document) = change.document {
            self.review.ignored = document.ignored;
            self.review.headings = document.headings;
            self.draft.source = document.source;
            self.review.word_format = document.word.as_ref().and_then(|w| w.format.clone());
            self.draft.word = document.word;
        }
        self.replace(change.before, fresh);
        true
    }

    pub(super) fn autosaved(&mut self, ok: bool, chars: usize) -> bool {
        self.draft.autosaved = ok;
        if !ok {
            self.notify(
                format!("草稿较大（{chars} 字），浏览器无法自动保存；关闭页面前请把全文复制保存到文件。"),
                true,
            );
        }
        true
    }

    pub(super) fn durable(&mut self, found: Result<Option<crate::storage::Saved>, ()>) -> bool {
        let Ok(saved) = found else {
            self.draft.durable = Some(false);
            self.notify(
                "此处浏览器不能使用 IndexedDB（例如从本地文件打开时），草稿只存在 localStorage 中：浏览器崩溃时，最后几秒的输入可能丢失。".into(),
                false,
            );
            return true;
        };
        self.draft.durable = Some(true);
        // A later copy than the one restored at start — the last seconds
        // before a crash, which localStorage had not written yet — while
        // nothing was changed since.
        let untouched = self.draft.version == self.draft.start_version;
        if let Some(saved) = saved.filter(|s| untouched && s.at > self.draft.saved_at) {
            self.restore(saved);
        }
        true
    }

    /// What autosave keeps of the draft, saved at `at`: the text, the
    /// choices made reviewing it, and the draft the last command replaced
    /// while 撤销 can bring it back.
    pub fn saved(&self, at: u64) -> crate::storage::Saved {
        use crate::storage::{Replaced, ReplacedDocument, Saved};
        Saved {
            text: self.draft.text.to_string(),
            genre: self.review.genre.map(|g| g.name().to_owned()),
            ignored: self.review.ignored.iter().cloned().collect(),
            headings: self.review.headings.to_vec(),
            previous: self.review.previous.to_string(),
            ledger: self.review.ledger.as_deref().cloned(),
            at,
            replaced: self.draft.replaced().map(|c| Replaced {
                text: c.before.to_string(),
                document: c.document.as_ref().map(|d| ReplacedDocument {
                    ignored: d.ignored.iter().cloned().collect(),
                    headings: d.headings.to_vec(),
                    source: d.source.clone(),
                }),
            }),
        }
    }

    /// Puts a saved draft on screen, with a notice (an empty one or the
    /// demo leaves the screen as it is, unless it replaced a draft that
    /// 撤销 is to bring back).
    pub(super) fn restore(&mut self, saved: crate::storage::Saved) {
        self.draft.saved_at = saved.at;
        let blank = saved.text.trim().is_empty() || saved.text == DEMO;
        if blank && saved.replaced.is_none() {
            return;
        }
        if *self.review.previous != *saved.previous {
            self.review.set_previous(Rc::from(saved.previous.as_str()));
        }
        self.review.genre = saved
            .genre
            .as_deref()
            .and_then(gongwen::outline::Genre::from_name);
        self.review.ignored = Rc::new(saved.ignored.into_iter().collect());
        self.review.headings = Rc::from(saved.headings);
        let chars = saved.text.chars().count();
        self.replace(Rc::from(saved.text), true);
        self.draft.undo.clear();
        if let Some(replaced) = saved.replaced {
            self.draft.undo.push(Change {
                before: Rc::from(replaced.text),
                after: self.draft.text.clone(),
                document: replaced.document.map(|d| Document {
                    ignored: Rc::new(d.ignored.into_iter().collect()),
                    headings: Rc::from(d.headings),
                    source: d.source,
                    word: None,
                }),
            });
        }
        if blank {
            self.notice("上次被清空或替换的草稿可点“撤销”找回。".into());
            return;
        }
        self.draft.restored = true;
        self.notice(if self.draft.undo.is_empty() {
            format!("已恢复上次未完成的草稿（{chars} 字）。")
        } else {
            format!("已恢复上次未完成的草稿（{chars} 字）；它替换掉的草稿可点“撤销”找回。")
        });
        if let Some(notice) = &mut self.view.notice {
            notice.discard = true;
        }
    }

    /// Puts `text` in the textarea and asks for its check at once.
    pub(super) fn replace(&mut self, text: Rc<str>, fresh: bool) {
        self.draft.set(text);
        self.draft.reload(fresh);
        self.view.selected = None;
        self.request_check(true);
    }

    /// An app change to the draft, remembered for 撤销.
    fn change(&mut self, text: Rc<str>) {
        // Typing since the last change makes the older ones meaningless.
        if !self.draft.can_undo() {
            self.draft.undo.clear();
        }
        self.draft.undo.push(Change {
            before: self.draft.text.clone(),
            after: text.clone(),
            document: None,
        });
        self.replace(text, false);
    }
}
