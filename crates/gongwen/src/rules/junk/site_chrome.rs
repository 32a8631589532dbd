//! `site-chrome`: a template or download site's page around the report —
//! paywall markers (`##paidbegin##`), lead-ins (下面是小编为大家整理的…),
//! footers (来源：网络整理 免责声明…), menus and breadcrumbs — from a table
//! of phrases — as the page model (`crate::page`) found them. Each gets a
//! safe fix that deletes it; no other rule reads these lines.

use crate::finding::{Applicability, Category, Fix, Severity};
use crate::rules::{Ctx, Docs, FixAvailability, Rule, RuleMeta, Sink};
use std::ops::Range;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        name: "site-chrome",
        title: "网页残留",
        category: Category::Junk,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        docs: Docs {
            what: "从范文网站、文库下载时一起复制进来的网页内容：付费标记（##paidbegin##）、“下面是小编为大家整理的……”之类的导语、“来源：网络整理 免责声明”之类的页脚、导航菜单和面包屑、“推荐访问”“网站地图”等，以及网页的页面信息（“索引号：……发布机构：……”“上传人：……”“页数：7页”之类的短行）、单独成行的按钮文字（首页、分享、打印、全屏……）、为搜索引擎加的整行拼音（“qingxi xian kejiju gongzuo zongjie”）、只剩转义字符的行（<U+00A0>）、由短横线或竖线组成的分隔线、文档网站显示的文件名（“……总结.docx”），夹在行首的网站广告（“某某范文,海量公文素材资料,下载网址:www…”）。修复会删去这些行、标记或广告。",
            why: "这些网页残留一眼就能看出材料是从网上下载的，必须在上报前清理干净。",
            bad: "下面是小编为大家整理的科技局工作总结，供大家参考。\n2023年工作总结\n##paidbegin##全年新增企业12家。\n来源：网络整理 免责声明：本文仅供学习参考",
            good: "2023年工作总结\n全年新增企业12家，资金来源为县级财政。\n一、工作计划\n",
        },
    },
    check,
};

fn check(ctx: &Ctx<'_>, sink: &mut Sink<'_>) {
    for chrome in &ctx.page.chrome {
        let line = &chrome.line;
        let shown = sink.quote(line.content.clone());
        sink.report(
            line.body.clone(),
            format!("“{shown}”是{}，不是报告内容，应删除整行。", chrome.why),
        )
        .with_fix(delete(line.whole.clone(), "删除这一行"));
    }
    for range in ctx.page.markers.iter().cloned() {
        let shown = sink.quote(range.clone());
        sink.report(
            range.clone(),
            format!("“{shown}”是文库网站的付费标记，应删除。"),
        )
        .with_fix(delete(range, "删去标记"));
    }
    for range in ctx.page.adverts.iter().cloned() {
        let shown = sink.quote(range.clone());
        sink.report(
            range.clone(),
            format!(
                "“{}”是网站加在行首的广告，不是报告内容，应删除。",
                shown.trim_end()
            ),
        )
        .with_fix(delete(range, "删去广告"));
    }
}

fn delete(range: Range<usize>, title: &str) -> Fix {
    Fix::delete(title.to_owned(), Applicability::Safe, range)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::tester::Tester;

    #[test]
    fn rule() {
        Tester::new(&RULE)
            .pass([
                "2023年工作总结\n附件：青溪县项目清单.xlsx\n经验分享\n——\n全年完成投资12亿元。\n",
                "2023年工作总结\n全年新增企业12家，资金来源为县级财政。\n",
                "一、工作计划\n二、工作总结\n",
                "县科技局2022年工作总结及2023年工作计划\n",
                "• 抓项目建设，新开工项目10个。\n• 抓科技创新。\n",
                // A sentence that opens with such a word is prose.
                "编辑：全年编印科技简报12期，发放宣传资料3000份。\n",
                "格式：统一按照公文格式要求报送。\n",
                "Annual Report on Science and Technology Work\n",
                "Qingxi County\n",
                "数据来源：县统计局年报，全年增长8%。\n",
                "下载量增长20%，相关工作稳步推进。\n",
                "各位代表：<U+200D>\n",
                "开展打击侵犯版权专项行动，办结案件12起。\n",
                "| 指标 | 2030年 |\n开通政务网站www.example.gov.cn 发布信息120条。\n",
            ])
            .fail([
                "首頁\n2023年工作總結\n全年完成投資12億元。\n",
                "首页\n2023年工作总结\n全年完成投资12亿元。\n",
                "分享\n2023年科技工作总结.docx\n2023年工作总结\n全年完成投资12亿元。\n",
                "-\n2023年工作总结\n全年完成投资12亿元。\n",
                "时间:2023-05-02\n2023年工作总结\n全年完成投资12亿元。\n",
                "下面是小编为大家整理的科技局工作总结，供大家参考。\n2023年工作总结\n",
                "全年新增企业12家。##paidbegin##全年新增项目3个。",
                "来源：网络整理 免责声明：本文仅供学习参考\n",
                "k8凯发 工作计划 工作总结 心得体会\n",
                "• 工作计划\n• 工作总结\n• 心得体会\n正文",
                "(4篇)科技局年度工作总结和工作计划汇编【精选推荐】\n",
                "首页 > 工作总结 > 正文\n2023年工作总结\n",
                "【www.example.com--工作总结】\n某县科技局2020年工作总结\n",
                "來源：網絡整理 免責聲明\n",
                // A page's details.
                "索引号：001-2030-0012  发布机构：青溪县科技局\n2030年工作总结\n",
                "| 发布日期：2030-01-05 | 浏览次数：126 |\n",
                "上传人：青溪小王\n页数:7页\n",
                // Pinyin a site adds for search engines.
                "qingxi xian kejiju gongzuo zongjie 😀😀\n2030年工作总结\n",
                // A reposting page's source line, a row of buttons, a
                // document site's page of a file and its search line.
                "来源:青溪县科技局 发布时间:2030-01-05\n2030年工作总结\n",
                "下载 相关 举报\n资源描述：\n2030年工作总结\n",
                "<U+00A0><U+00A0>\n2030年工作总结\n",
                "2030年工作总结\n版权所有：青溪县人民政府 Copyright 2030\n转载请注明出处\n",
                "青溪范文,海量公文素材资料,下载网址:www.example.com 县科技局2030年工作总结\n| 找总结网\n",
                "2030年科技工作总结.docx_第3页\n2030年01月05日 站内搜索：工作总结\n",
            ])
            .fix([(
                "下面是小编为大家整理的，供大家参考。\n2023年工作总结\n##paidbegin##全年新增企业12家。\n",
                "2023年工作总结\n全年新增企业12家。\n",
            )])
            .test_and_snapshot();
    }

    #[test]
    fn the_offices_own_phrases_mark_lines_too() {
        let text = "青溪范文网 www.example.cn 提供\n2023年工作总结\n全年新增企业12家。\n";
        let config = crate::Config {
            junk_phrases: vec!["青溪範文網".into(), " ".into()],
            ..crate::Config::default()
        };
        let found = crate::check(text, &config).findings;
        let chrome: Vec<_> = found.iter().filter(|f| f.rule == "site-chrome").collect();
        assert_eq!(chrome.len(), 1);
        assert_eq!(
            &text[chrome[0].range.clone()],
            "青溪范文网 www.example.cn 提供"
        );
        assert!(crate::check(text, &crate::Config::default())
            .findings
            .iter()
            .all(|f| f.rule != "site-chrome"));
    }
}
