//! `page-jump`: a newspaper's jump line left in a report copied from a
//! paper's page — （下转第四版）, （上接第一版）, （紧接第2版）.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::{floor_boundary, Needle};
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "page-jump",
        title: "报纸转版标记",
        category: Category::Junk,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "从报纸版面复制来的转版提示：“（下转第四版）”“（上接第一版）”“（紧接第2版）”“（转A3版）”。报告正文里不会有这些标记。修复会删去标记。",
            why: "转版标记说明稿子是从报纸上拼接来的，上报前必须删掉，还要检查前后文是否接上了。",
            bad: "全年新增企业12家（下转第四版）\n（上接第一版）其中高新技术企业5家。",
            good: "全年新增企业12家，其中高新技术企业5家。\n刊登在日报第四版。\n（第二版）",
        },
    },
    check,
};

/// A jump line: the bracket, 下转/上接/紧接/转/接/续, the page, the
/// bracket. Anchored at its end (版 and the closing bracket).
static JUMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[（(](?:下转|上接|紧接|转|接|续)(?:第|本报)?[0-9A-Za-z一二三四五六七八九十]{1,3}版[）)]$",
    )
    .expect("the jump pattern compiles")
});

/// The longest jump line, in bytes (（紧接本报第十二版）).
const REACH: usize = 40;

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    static PAGE: LazyLock<Needle> = LazyLock::new(|| Needle::new("版"));
    let text = ctx.text;
    for at in PAGE.find_iter(text) {
        let after = at + PAGE.word().len();
        let Some(close) = text[after..]
            .chars()
            .next()
            .filter(|c| matches!(c, '）' | ')'))
        else {
            continue;
        };
        let end = after + close.len_utf8();
        let from = floor_boundary(text, at.saturating_sub(REACH));
        let Some(m) = JUMP.find(&text[from..end]) else {
            continue;
        };
        let range = from + m.start()..end;
        let shown = sink.quote(range.clone());
        sink.report(
            range.clone(),
            format!("“{shown}”是报纸的转版标记，不是报告内容，应删去；请核对前后文是否接得上。"),
        )
        .with_fix(Fix::delete(
            format!("删去“{shown}”"),
            Applicability::Safe,
            range,
        ));
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
                "全年新增企业12家，其中高新技术企业5家。\n刊登在日报第四版。\n（第二版）",
                "修订后的（第三版）标准已发布。",
                "参加（转版）培训。",
            ])
            .fail([
                "全年新增企业12家（下转第四版）\n（上接第一版）其中高新技术企业5家。",
                "扎实推进乡村振兴(紧接第2版)。",
                "创新驱动发展（转A3版）",
            ])
            .fix([("全年新增企业12家（下转第四版）", "全年新增企业12家")])
            .test_and_snapshot();
    }
}
