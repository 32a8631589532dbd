//! `html-entity`: an HTML character reference left undecoded in text
//! copied from a page's source or an export — `&nbsp;`, `&quot;`,
//! `&ldquo;`, `&#12288;` — from the table `entities.json`, and the
//! `<U+00A0>` escapes some pages leave for an invisible character.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{char_at, char_before, escape_at, find_needles, Needle};
use foldhash::HashMap;
use serde::Deserialize;
use std::ops::Range;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "html-entity",
        title: "网页代码残留",
        category: Category::Junk,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "从网页源代码或导出文件复制来、没有还原的 HTML 字符代码：“&nbsp;”（空格）、“&quot;”（引号）、“&ldquo;”“&rdquo;”、“&mdash;”、“&#12288;”之类，以及网页留下的“<U+00A0>”“<U+200D>”这类转义字符。修复会把它还原成所代表的字符：行首或汉字旁的空格代码删去，“&quot;”按成对的次序改为“”或“”（需确认）。R&D、AT&T 这样的缩写不算。",
            why: "这些代码在网页上显示为空格或标点，复制成纯文本后就成了乱码，一看就是网上拷来的。",
            bad: "&nbsp;&nbsp;全年新增专利授权120件，&ldquo;科技特派员&rdquo;覆盖全部乡镇。",
            good: "全年R&D经费投入增长8%，与AT&T公司开展合作。",
        },
    },
    check,
};

#[derive(Debug, Default, Deserialize)]
struct Table {
    named: HashMap<String, String>,
}

static NAMED: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    serde_json::from_str::<Table>(include_str!("entities.json"))
        .unwrap_or_default()
        .named
});

/// The longest name the table holds, in bytes (thinsp).
const LONGEST_NAME: usize = 6;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    // The quotes of one line alternate: an opening one, then a closing one.
    let mut quote_line = usize::MAX;
    let mut quotes_open = false;
    static STARTS: LazyLock<[Needle; 2]> = LazyLock::new(|| [Needle::new("&"), Needle::new("<U+")]);
    let mut starts: Vec<(usize, &str)> = find_needles(&STARTS[..], text).collect();
    starts.sort_unstable();
    for (at, start) in starts {
        let read = if start == "&" {
            reference(text, at)
        } else {
            escape_at(text, at).map(|(r, c)| (r, invisible_or(c)))
        };
        let Some((range, decoded)) = read else {
            continue;
        };
        let line = ctx.marks.line_of(at).start;
        if line != quote_line {
            quote_line = line;
            quotes_open = false;
        }
        let (with, applicability) = match decoded.as_str() {
            "" => (String::new(), Applicability::Safe),
            d if d.chars().all(char::is_whitespace) => (space(text, &range), Applicability::Safe),
            "\"" => {
                quotes_open = !quotes_open;
                let q = if quotes_open { "“" } else { "”" };
                (q.to_owned(), Applicability::Unsafe)
            }
            _ => (decoded, Applicability::Safe),
        };
        let shown = sink.quote(range.clone());
        let title = match with.as_str() {
            "" => format!("删去“{shown}”"),
            "“" | "‘" => "改为左引号".to_owned(),
            "”" | "’" => "改为右引号".to_owned(),
            _ => format!("改为“{with}”"),
        };
        sink.report(
            range.clone(),
            format!("“{shown}”是没有还原的网页代码，应{title}。"),
        )
        .with_fix(Fix::replace(title, applicability, range, &with));
    }
}

/// What an escaped character becomes: nothing for a space, a joiner or
/// another invisible character, else the character.
fn invisible_or(c: char) -> String {
    if c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}') {
        " ".to_owned()
    } else {
        c.to_string()
    }
}

/// The reference starting at the `&` at `at`, and the text it stands for.
/// The semicolon may be missing after a name of the table (`&nbsp&nbsp`),
/// never after a number.
fn reference(text: &str, at: usize) -> Option<(Range<usize>, String)> {
    let rest = &text[at + 1..];
    if let Some(num) = rest.strip_prefix('#') {
        let (digits, radix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        let len = digits
            .bytes()
            .take_while(|b| b.is_ascii_hexdigit() && (radix == 16 || b.is_ascii_digit()))
            .count();
        if len == 0 || len > 7 || !digits[len..].starts_with(';') {
            return None;
        }
        let c = u32::from_str_radix(&digits[..len], radix)
            .ok()
            .and_then(char::from_u32)?;
        let end = at + 1 + (rest.len() - digits.len()) + len + 1;
        return Some((at..end, c.to_string()));
    }
    let len = rest
        .bytes()
        .take(LONGEST_NAME + 1)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if len == 0 || len > LONGEST_NAME {
        return None;
    }
    let decoded = NAMED.get(&rest[..len].to_ascii_lowercase())?;
    let semicolon = usize::from(rest[len..].starts_with(';'));
    // Without its semicolon, only a reference that is not part of a word
    // (R&D, AT&T): nothing Latin right before the ampersand.
    if semicolon == 0 && char_before(text, at).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((at..at + 1 + len + semicolon, decoded.clone()))
}

/// What a space reference becomes: nothing at a line's start, at its end
/// or next to a Han character (an indent, or a space the page used for
/// layout), a plain space between Latin words.
fn space(text: &str, range: &Range<usize>) -> String {
    let before = char_before(text, range.start);
    let after = char_at(text, range.end);
    let keeps = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if keeps(before) && keeps(after) {
        " ".to_owned()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "全年R&D经费投入增长8%，与AT&T公司开展合作。",
                "研究与试验发展（R&D）经费。",
                "营业收入&利润双增长。",
            ])
            .fail([
                "&nbsp;&nbsp;全年新增专利授权120件，&ldquo;科技特派员&rdquo;覆盖全部乡镇。",
                "开展&quot;科技下乡&quot;活动&#12288;共30场。",
                "&nbsp&nbsp二、存在问题",
                "各位代表：<U+200D>\n现在，我代表县人民政府作报告。",
            ])
            .fix([
                (
                    "&nbsp;&nbsp;全年新增专利&ldquo;授权&rdquo;120件&mdash;&mdash;创新高。",
                    "全年新增专利“授权”120件——创新高。",
                ),
                ("使用Windows&nbsp;10系统。", "使用Windows 10系统。"),
            ])
            .test_and_snapshot();
    }
}
