//! `series-order`: a fixed series written complete but in another order —
//! 四个自信 as 理论自信、道路自信、制度自信、文化自信, 不能腐、不敢腐、不想腐 —
//! from the series of the `formulation` table, each with its source. A
//! series is one list when only marks or 和/与/及 stand between its members
//! (a series marked loose allows a few words, within a sentence). The
//! series in its order, keeping the marks as written, is a safe fix.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::formulation::{cite, Reading};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "series-order",
        title: "并列提法顺序",
        category: Category::Formulation,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "成员和顺序固定的并列提法写全了、但顺序不对：“四个意识”（政治意识、大局意识、核心意识、看齐意识）、“四个自信”、“五位一体”、不敢腐不能腐不想腐、乡村五个振兴、社会主义核心价值观等四十余组，每组注明出处。只在成员写全时检查，只写其中几项不报。可一键按规范顺序重排，标点保持原样。",
            why: "固定提法的顺序有明确含义，顺序写乱是审稿时常被指出的政治性差错。",
            bad: "坚定理论自信、道路自信、制度自信、文化自信。\n",
            good: "坚定道路自信、理论自信、制度自信、文化自信。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for u in &ctx.formulations.uses {
        let (Reading::OutOfOrder(members), Some(s)) = (&u.reading, u.series()) else {
            continue;
        };
        // The members' places in text order; each place takes the member
        // of its rank in the series, written as the text wrote it.
        let mut places: Vec<&std::ops::Range<usize>> = members.iter().collect();
        places.sort_by_key(|r| r.start);
        let mut fixed = String::new();
        for (k, place) in places.iter().enumerate() {
            fixed.push_str(sink.quote(members[k].clone()));
            let end = places.get(k + 1).map_or(place.end, |next| next.start);
            fixed.push_str(sink.quote(place.end..end));
        }
        let written = sink.quote(u.range.clone()).to_owned();
        sink.report(
            u.range.clone(),
            format!(
                "“{}”的规范顺序是“{}”（{}），这里写成了“{written}”。",
                s.name,
                s.members.join("、"),
                cite(&s.source)
            ),
        )
        .with_fix(Fix::change_to(Applicability::Safe, u.range.clone(), &fixed));
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
                "坚定道路自信、理论自信、制度自信、文化自信。",
                // Part of a series is no series.
                "增强文化自信和制度自信。",
                "基层减负要先治形式主义、官僚主义。",
                // Members apart in two sentences are two mentions.
                "我们重视制度自信。道路自信、理论自信和文化自信也要加强。",
                "推进减污降碳协同增效。",
            ])
            .fail([
                "坚定理论自信、道路自信、制度自信、文化自信。",
                "纪检组讲到不能腐、不敢腐、不想腐。",
                "牢固树立政治意识、核心意识、大局意识和看齐意识。",
                "堅定理論自信、道路自信、制度自信、文化自信。",
            ])
            .fix([
                (
                    "纪检组讲到不能腐、不敢腐、不想腐。",
                    "纪检组讲到不敢腐、不能腐、不想腐。",
                ),
                (
                    "牢固树立政治意识、核心意识、大局意识和看齐意识。",
                    "牢固树立政治意识、大局意识、核心意识和看齐意识。",
                ),
            ])
            .test_and_snapshot();
    }
}
