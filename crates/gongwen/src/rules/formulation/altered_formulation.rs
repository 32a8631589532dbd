//! `altered-formulation`: a fixed name of the party's and the government's
//! documents written one character off — a character missing, one too
//! many, one changed, or two swapped (供给侧结构改革, 总体国家安全感 is not
//! one: the first and last characters are the anchors, so a phrase that
//! ends otherwise is another phrase). Only phrases the table marks
//! `fixed` are read; adding or dropping 的/之/地 and exchanging 和/与/及/同
//! are not changes.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::formulation::{cite, Reading};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "altered-formulation",
        title: "规范表述缺字错字",
        category: Category::Formulation,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "固定提法（如“习近平新时代中国特色社会主义思想”“供给侧结构性改革”“坚持以人民为中心的发展思想”，八个字以上）漏了一个字、多了一个字、错了一个字或两个字颠倒。只查表中标为固定名称的提法，首尾必须对得上才算同一提法；“的”“之”“地”的增减和“和/与/及/同”的互换不报。可改为规范写法，需人工确认。",
            why: "长提法靠手打或从旧稿拼接，最容易丢字、多字、错字，通读时眼睛会自动补全，很难发现。",
            bad: "深化供给侧结构改革，坚持以人民为中的发展思想。\n",
            good: "深化供给侧结构性改革，坚持以人民为中心的发展思想。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for u in &ctx.formulations.uses {
        let (Reading::Altered(edit), Some(p)) = (&u.reading, u.phrase()) else {
            continue;
        };
        let written = sink.quote(u.range.clone());
        let right = super::like_written(ctx, u.range.clone(), &p.standard);
        sink.report(
            u.range.clone(),
            format!(
                "“{written}”与规范表述“{right}”（{}）相比，{}。",
                cite(&p.source),
                edit.describe()
            ),
        )
        .with_fix(Fix::change_to(
            Applicability::Unsafe,
            u.range.clone(),
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
                "深化供给侧结构性改革，坚持稳中求进的工作总基调。",
                "促进数字经济与实体经济深度融合。",
                // Another phrase that shares the start: its end differs.
                "培育社会主义核心价值体系，维护国家总体安全态势。",
                "全面建成社会主义现代化强国。",
                "全县上下学习贯彻新时代中国特色社会主义思想。",
            ])
            .fail([
                "深化供给侧结构改革。",
                "坚持以人民为中的发展思想。",
                "读书班逐章研读习近平新时代中国特色社会主议思想。",
                "践行社会主义核心价价值观。",
                "坚持以人民为中心的展发思想。",
                "深化供給側結構改革。",
                // Quotation marks inside do not hide a change.
                "深刻领会“两个确立”的决定性意义。",
            ])
            .fix([("深化供给侧结构改革。", "深化供给侧结构性改革。")])
            .test_and_snapshot();
    }

    /// Every fixed phrase of the table with one of its inner characters
    /// dropped is reported, and its fix restores the phrase.
    #[test]
    fn every_fixed_phrase_missing_a_character() {
        use crate::rules::tester::{apply, findings};
        let config = crate::Config::default();
        for p in crate::formulation::phrases().iter().filter(|p| p.fixed) {
            let chars: Vec<(usize, char)> = p.standard.char_indices().collect();
            let han: Vec<usize> = chars
                .iter()
                .filter(|(_, c)| crate::text::is_han(*c))
                .map(|(i, _)| *i)
                .collect();
            let Some(&cut) = han.get(han.len() / 2) else {
                continue;
            };
            let c = p.standard[cut..].chars().next().unwrap_or(' ');
            // Dropping a particle is no change, by design.
            if ['的', '之', '地'].contains(&c) {
                continue;
            }
            let bad = format!(
                "——{}{}——",
                &p.standard[..cut],
                &p.standard[cut + c.len_utf8()..]
            );
            let found = findings(&config, RULE.meta.name, &bad);
            assert_eq!(found.len(), 1, "{bad}: {found:?}");
            assert_eq!(
                apply(&config, RULE.meta.name, &bad),
                format!("——{}——", p.standard)
            );
        }
    }
}
