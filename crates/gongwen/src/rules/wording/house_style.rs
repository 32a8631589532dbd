//! `house-style`: every use of the office's own house-style words
//! (`Config::words`, wrong → right with a note: `gongwen.toml`'s
//! `[[words]]` or the app's settings) and every match of its patterns
//! (`Config::patterns`, `[[patterns]]`), with the office's message, and the
//! right form or the replacement as a safe fix when one is given. Without
//! settings the rule reports nothing.

use crate::config::StylePattern;
use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::fold::fold;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "house-style",
        title: "本单位用语规范",
        category: Category::Wording,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        docs: Docs {
            what: "本单位在设置中列出的不用的写法：一是用词（“错误写法 → 正确写法 说明”，gongwen.toml 的 [[words]]），二是正则表达式（[[patterns]]），每条附一句说明，可附替换写法。文中每处匹配都会报告；给了替换写法的，可一键修复。示例按“pattern = \"进一步加大.{0,4}力度\"，message = \"改为‘加大……力度’\"”设置。",
            why: "各单位对常用语有自己的规范（如不用“进一步加大力度”、统一写“营商环境”），人工逐篇核对容易遗漏。",
            bad: "下一步，我们将进一步加大招商引资力度。",
            good: "下一步，我们将加大招商引资力度。",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for word in &ctx.prepared.house_words {
        let wrong = word.wrong.as_str();
        for (at, _) in ctx.text.match_indices(wrong) {
            let range = at..at + wrong.len();
            let shown = sink.quote(range.clone());
            let right = crate::lexicon::fold::unfold_like(&word.right, shown);
            let why = word.note.as_str();
            let message = match (right.is_empty(), why.is_empty()) {
                (true, true) => format!("“{shown}”不符合本单位的用词规范。"),
                (true, false) => format!("“{shown}”：{why}"),
                (false, true) => format!("本单位写作“{right}”，不写“{shown}”。"),
                (false, false) => format!("本单位写作“{right}”，不写“{shown}”：{why}"),
            };
            let finding = sink.report(range.clone(), message);
            if !right.is_empty() && fold(&right) != wrong {
                finding.with_fix(Fix::change_to(Applicability::Safe, range, &right));
            }
        }
    }
    for (pattern, re) in &ctx.prepared.patterns {
        match &pattern.replace {
            None => {
                for m in re.find_iter(ctx.text).filter(|m| !m.is_empty()) {
                    let message = message(pattern, sink.quote(m.range()));
                    sink.report(m.range(), message);
                }
            }
            Some(replace) => {
                for caps in re.captures_iter(ctx.text) {
                    let Some(m) = caps.get(0).filter(|m| !m.is_empty()) else {
                        continue;
                    };
                    let with = expand(replace, &caps, sink.original());
                    let shown = sink.quote(m.range());
                    let message = message(pattern, shown);
                    let finding = sink.report(m.range(), message);
                    // A replacement the pattern matches again would never
                    // settle, so it is not offered as a fix.
                    if with != shown && !re.is_match(&fold(&with)) {
                        finding.with_fix(Fix::change_to(Applicability::Safe, m.range(), &with));
                    }
                }
            }
        }
    }
}

/// `replace` with its group references (`$1`, `${1}`, `$name`,
/// `${name}`; `$$` is a dollar sign) filled in as the regex crate's
/// `Captures::expand` does, but from `original`: the match was made on the
/// folded text, and a traditional draft keeps its own characters.
fn expand(replace: &str, caps: &regex::Captures<'_>, original: &str) -> String {
    let mut out = String::new();
    let mut rest = replace;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix('$') {
            out.push('$');
            rest = after;
            continue;
        }
        let (name, after) = match rest.strip_prefix('{') {
            Some(braced) => match braced.find('}') {
                Some(end) => (&braced[..end], &braced[end + 1..]),
                None => ("", rest),
            },
            None => {
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                (&rest[..end], &rest[end..])
            }
        };
        if name.is_empty() {
            out.push('$');
            continue;
        }
        let group = match name.parse::<usize>() {
            Ok(k) => caps.get(k),
            Err(_) => caps.name(name),
        };
        if let Some(g) = group {
            out.push_str(&original[g.range()]);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn message(pattern: &StylePattern, shown: &str) -> String {
    let why = pattern.message.trim();
    if why.is_empty() {
        format!("“{shown}”不符合本单位的用词规范。")
    } else {
        format!("“{shown}”：{why}")
    }
}

/// The settings the docs' examples assume (the registry self-test and the
/// table test check with them).
#[cfg(test)]
pub(crate) fn example_config() -> crate::Config {
    crate::Config {
        patterns: vec![
            StylePattern {
                pattern: "进一步加大(.{0,4})力度".into(),
                message: "改为“加大……力度”".into(),
                replace: Some("加大${1}力度".into()),
            },
            StylePattern {
                pattern: r"\p{Han}+一把手".into(),
                message: "写明职务，不用“一把手”".into(),
                replace: None,
            },
            StylePattern {
                pattern: "抓落实".into(),
                message: "写“抓好落实”".into(),
                // Matched again by the pattern: no fix offered.
                replace: Some("抓好抓落实".into()),
            },
        ],
        words: vec![
            crate::HouseWord {
                wrong: "营商坏境".into(),
                right: "营商环境".into(),
                note: "常见笔误".into(),
            },
            crate::HouseWord {
                wrong: "一把抓".into(),
                right: String::new(),
                note: String::new(),
            },
        ],
        ..crate::Config::default()
    }
}

#[cfg(test)]
mod tests {
    use super::{example_config, RULE};
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .config(example_config())
            .pass([
                "下一步，我们将加大招商引资力度。",
                "进一步优化营商环境。",
                "主要负责同志亲自抓。",
            ])
            .fail([
                "下一步，我们将进一步加大招商引资力度。",
                "进一步加大力度，县委一把手亲自抓。",
                "层层抓落实。",
                "將進一步加大監管力度。",
                "优化营商坏境，不搞一把抓。",
                "優化營商壞境。",
            ])
            .fix([
                (
                    "下一步，进一步加大招商引资力度，进一步加大力度。",
                    "下一步，加大招商引资力度，加大力度。",
                ),
                ("优化营商坏境。", "优化营商环境。"),
                ("優化營商壞境。", "優化營商環境。"),
            ])
            .test_and_snapshot();
    }

    #[test]
    fn groups_are_filled_in_from_the_text_as_written() {
        let config = crate::Config {
            patterns: vec![crate::StylePattern {
                pattern: r"(?P<what>\p{Han}{2})工作落实落细".into(),
                message: String::new(),
                replace: Some("$$${what}工作抓细$1".into()),
            }],
            ..crate::Config::default()
        };
        let text = "把監管工作落实落细。";
        let found = crate::check(text, &config).findings;
        let fix = found[0].fix.as_ref().expect("fix");
        assert_eq!(fix.edits[0].replacement, "$監管工作抓细監管");
        assert_eq!(
            found[0].message,
            "“監管工作落实落细”不符合本单位的用词规范。"
        );
    }

    #[test]
    fn without_patterns_it_says_nothing_and_a_bad_pattern_is_skipped() {
        let text = "进一步加大招商引资力度。";
        assert!(crate::check(text, &crate::Config::default())
            .findings
            .iter()
            .all(|f| f.rule != "house-style"));
        let mut config = example_config();
        config.patterns.insert(
            0,
            crate::StylePattern {
                pattern: "([".into(),
                ..Default::default()
            },
        );
        let found = crate::check(text, &config).findings;
        assert_eq!(found.iter().filter(|f| f.rule == "house-style").count(), 1);
    }
}
