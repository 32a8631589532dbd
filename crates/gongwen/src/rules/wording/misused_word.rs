//! `misused-word`: words that are right in one use and wrong in another,
//! reported only where the words around them make the use certain —
//! 截止 with a time after it (截至), 必需 before a verb (必须), 反应 of a
//! problem passed on (反映), 做出 of a decision (作出), 以致于, 制订 of laws.
//! Each entry says the rule of usage; the severity and whether the fix is
//! safe are the entry's.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::lexicon::fold::unfold_like;
use crate::lexicon::Lexicon;
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use crate::text::last_chars;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "misused-word",
        title: "易混词误用",
        category: Category::Wording,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "用法上容易混的词，只在上下文能确定用错时报告：“截止”后面直接跟时间（截止目前、截止2024年底，应为“截至”）；“必需”用在动词前（必需坚持，应为“必须”）；把问题、诉求“反应”上去（应为“反映”）；“以致于”（应为“以至于”或“以致”）；“做出”决定、部署、贡献（公文用“作出”，提示）；“制订”法律、法规、政策（用“制定”，提示）。“截止日期”“截止到目前”“群众反应强烈”“不良反应问题”等正确用法不报。",
            why: "这些词是公文校对最常改的用法错误，审稿人一眼就能看出。",
            bad: "截止目前，全县必需坚持问题导向，及时反应群众诉求。",
            good: "截至目前，全县必须坚持问题导向，及时反映群众诉求；申报截止日期为6月30日，群众反应强烈。",
        },
    },
    check,
};

/// One misuse: `word` followed directly by one of `before` (after an
/// optional 了 when `le`), or by a digit when `digit`, and not preceded by
/// any of `not_after`.
struct Usage {
    word: &'static str,
    right: &'static str,
    before: &'static [&'static str],
    le: bool,
    digit: bool,
    not_after: &'static [&'static str],
    severity: Severity,
    /// Safe when followed by one of these (all of `before` when `None`).
    safe_before: Option<&'static [&'static str]>,
    rule: &'static str,
}

const TIMES: &[&str] = &[
    "目前",
    "当前",
    "现在",
    "今年",
    "今天",
    "今日",
    "本月",
    "本年",
    "本季度",
    "年底",
    "年末",
    "上年",
    "去年",
    "上半年",
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "二〇",
    "二零",
];

const USAGES: &[Usage] = &[
    Usage {
        word: "截止",
        right: "截至",
        before: TIMES,
        le: false,
        digit: true,
        not_after: &[],
        severity: Severity::Warning,
        safe_before: Some(&["目前", "当前", "现在", "今年", "今天", "今日", "本月", "本年", "年底", "年末"]),
        rule: "“截止”是到某时停止，后面不带时间（报名已于6月30日截止）；表示“到某时为止”用“截至”（《现代汉语词典》）",
    },
    Usage {
        word: "以致于",
        right: "以至于",
        before: &[],
        le: false,
        digit: false,
        not_after: &[],
        severity: Severity::Warning,
        safe_before: None,
        rule: "没有“以致于”这个词：表示结果用“以致”，表示程度或结果用“以至于”",
    },
    Usage {
        word: "必需",
        right: "必须",
        before: &[
            "坚持", "加强", "做好", "把", "进一步", "认真", "严格", "高度", "确保", "落实", "始终",
            "切实", "全面", "按照", "进行", "采取", "建立", "完善", "提高", "强化", "遵守", "执行",
            "依法", "及时", "牢固", "深刻", "充分", "统筹", "注重", "着力",
        ],
        le: false,
        digit: false,
        not_after: &[],
        severity: Severity::Warning,
        safe_before: None,
        rule: "“必需”是一定要有（必需品、必需的资金）；在动词前表示一定要，用“必须”",
    },
    Usage {
        word: "反应",
        right: "反映",
        before: &[
            "问题", "诉求", "意见", "建议", "困难", "心声", "呼声", "群众", "民意", "社情民意",
            "的问题", "的诉求", "的意见", "的建议", "的困难",
        ],
        le: false,
        digit: false,
        not_after: &["不良", "过敏", "化学", "应激", "连锁", "免疫", "排异", "过激", "市场"],
        severity: Severity::Warning,
        safe_before: Some(&[]),
        rule: "把情况、问题、意见告诉上级或有关部门是“反映”；“反应”是事情引起的态度或行动（群众反应强烈）",
    },
    Usage {
        word: "做出",
        right: "作出",
        before: &[
            "决定", "决策", "部署", "贡献", "努力", "安排", "规定", "承诺", "批示", "判断", "选择",
            "答复", "评价", "调整", "结论", "解释", "保证", "指示", "重要贡献", "积极贡献",
            "新贡献", "更大贡献", "重要批示", "重大决策",
        ],
        le: true,
        digit: false,
        not_after: &[],
        severity: Severity::Info,
        safe_before: None,
        rule: "公文中带决定、部署、贡献等抽象事物时用“作出”，“做出”多用于具体的东西（做出样品）",
    },
    Usage {
        word: "制订",
        right: "制定",
        before: &["法律", "法规", "规章", "政策", "条例"],
        le: false,
        digit: false,
        not_after: &[],
        severity: Severity::Info,
        safe_before: Some(&[]),
        rule: "法律、法规、规章、政策用“制定”；“制订”多用于计划、方案",
    },
];

pub(crate) static WORDS: LazyLock<Lexicon<usize>> =
    LazyLock::new(|| Lexicon::new(USAGES.iter().enumerate().map(|(i, u)| (u.word, i))));

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    let text = ctx.text;
    for (range, i) in ctx.find_iter(&WORDS) {
        let u = &USAGES[i];
        let before = last_chars(&text[..range.start], 2);
        if u.not_after.iter().any(|w| before.ends_with(w)) {
            continue;
        }
        let mut rest = &text[range.end..];
        if u.le {
            rest = rest.strip_prefix('了').unwrap_or(rest);
        }
        let next = u.before.iter().find(|w| rest.starts_with(**w));
        let digit =
            u.digit && rest.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
        if !u.before.is_empty() && next.is_none() && !digit {
            continue;
        }
        let safe = match u.safe_before {
            None => true,
            Some(words) => next.is_some_and(|n| words.contains(n)),
        };
        let written = sink.quote(range.clone());
        let right = unfold_like(u.right, written);
        sink.report_with(
            range.clone(),
            match u.severity {
                Severity::Info => format!("“{written}”宜改为“{right}”：{}。", u.rule),
                _ => format!("“{written}”用得不对，应为“{right}”：{}。", u.rule),
            },
            u.severity,
        )
        .with_fix(Fix::change_to(
            if safe {
                Applicability::Safe
            } else {
                Applicability::Unsafe
            },
            range,
            &right,
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
                "截至目前，全县新增企业12家；申报截止日期为6月30日，报名已于昨日截止。",
                "截止到目前，已有300家企业报名。",
                "保障群众生活必需的物资，储备必需品。",
                "群众反应强烈，接种后未发现不良反应问题。",
                "及时反映群众诉求，作出重要部署，做出样品。",
                "制订工作计划，制定产业政策。",
                "以至于无法按期完成。",
            ])
            .fail([
                "截止目前，全县新增企业12家。",
                "截止2024年10月底，完成投资5亿元。",
                "全县上下必需坚持问题导向。",
                "及时反应群众诉求，群众反应的问题得到解决。",
                "为全县发展做出了重要贡献，做出决定。",
                "以致于工作进度滞后。",
                "研究制订政策措施，依法制订地方性法规。",
                "截止目前，全縣必需堅持問題導向。",
            ])
            .fix([
                ("截止目前，全县必需坚持。", "截至目前，全县必须坚持。"),
                ("截止2024年10月底。", "截至2024年10月底。"),
            ])
            .test_and_snapshot();
    }
}
