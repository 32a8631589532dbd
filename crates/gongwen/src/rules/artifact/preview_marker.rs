//! `preview-marker`: the chunk numbers `1、` `2、` `3、` that document-preview
//! sites put before each page of a document shown as text — the first glued
//! to the title, the later ones cutting sentences (“银饰之\n2、都”). The
//! outline model finds them (`Outline::preview_markers`) and does not take
//! them for headings.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "preview-marker",
        title: "文档预览分段编号",
        category: Category::Artifact,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "文档预览网站在每一段（约一页）内容前加的“1、”“2、”“3、”分段编号：第一个常紧贴在标题前（“1、2023年××区政府工作报告各位代表：”），后面的把一句话从中间截断（“荣获全国文明\\n2、城市称号”）。它们不是正文的序号。截断句子的编号，修复会连同前面的换行一起删去，把句子接回去；标题前的编号直接删去。",
            why: "这些编号是网站加的，读者会误以为是层级序号，被截断的句子也读不通，说明材料是从预览页面复制的。",
            bad: "2023年青溪县政府工作报告.docx\n1、2023年青溪县政府工作报告各位代表：现在，我代表县人民政府向大会报告工作，请予审议。一年来，我们抓产业、谋发展，荣获全国文明\n2、城市称号，全县地区生产总值增长6%，规上工业增加值增长7%。\n",
            good: "2023年工作总结\n一、主要工作\n1、抓经济运行。全年规上工业增加值增长7%，完成年度目标任务。\n2、抓企业培育。新增规上企业12家。\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for p in &ctx.outline.preview_markers {
        let shown = sink.quote(p.range.clone());
        match &p.cut {
            Some(cut) => {
                sink.report(
                    p.range.clone(),
                    format!("“{shown}”是文档预览网站加的分段编号，把上一行的句子截断了，不是正文序号：应删去编号并与上一行连接。"),
                )
                .with_fix(Fix::delete(
                    format!("删去“{shown}”并与上一行连接"),
                    Applicability::Unsafe,
                    cut.start..p.range.end,
                ));
            }
            None => {
                sink.report(
                    p.range.clone(),
                    format!("“{shown}”是文档预览网站加的分段编号，不是正文序号，应删去。"),
                )
                .with_fix(Fix::delete(
                    format!("删去“{shown}”"),
                    Applicability::Safe,
                    p.range.clone(),
                ));
            }
        }
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
                "2023年工作总结\n一、主要工作\n1、抓经济运行。全年规上工业增加值增长7%，完成年度目标任务。\n2、抓企业培育。新增规上企业12家。\n",
                // A list whose item stops mid-sentence is still a list
                // when nothing glued the first number to a title.
                "1、抓经济运行。全年规上工业增加值增长7%，各项指标稳中有进，完成年度目标任务的\n2、抓企业培育。新增规上企业12家。\n",
                // Headings that name reports are headings.
                "1、2023年工作总结\n2、2024年工作计划\n",
                "青溪县科技局\n1、2023年工作总结\n全年新增企业12家。\n",
                "县科技局2023年工作总结\n各位领导：\n1、科技创新工作报告会顺利召开，参会人员200人。\n2、新增企业12家。\n",
            ])
            .fail([
                "2023年青溪县政府工作报告.docx\n1、2023年青溪县政府工作报告各位代表：现在，我代表县人民政府向大会报告工作，请予审议。一年来，我们抓产业、谋发展，荣获全国文明\n2、城市称号，全县地区生产总值增长6%，规上工业增加值增长7%，财政收入稳步增长，居民人均可支配收\n3、入3.2万元、增长5.5%。\n",
                // A first marker on its own title line, confirmed by the next.
                "1、青溪县农业农村局2023年工作总结\n今年以来，县农业农村局深入贯彻落实上级决策部署，全力稳粮保供，各项工作取得较好成效，粮食播种面积\n2、稳定在12万亩以上。\n",
                "1、青溪縣農業農村局2023年工作總結\n今年以來，縣農業農村局深入貫徹落實上級決策部署，全力穩糧保供，各項工作取得較好成效，糧食播種面積\n2、穩定在12萬畝以上。\n",
            ])
            .fix([
                (
                    "1、青溪县农业农村局2023年工作总结\n今年以来，县农业农村局深入贯彻落实上级决策部署，全力稳粮保供，各项工作取得较好成效，粮食播种面积\n2、稳定在12万亩以上。\n",
                    "青溪县农业农村局2023年工作总结\n今年以来，县农业农村局深入贯彻落实上级决策部署，全力稳粮保供，各项工作取得较好成效，粮食播种面积稳定在12万亩以上。\n",
                ),
            ])
            .test_and_snapshot();
    }
}
