//! A text beside the report (a Word file's footnote, header or footer) is
//! checked for what its sentences get wrong, never for what only a whole
//! report has: its sections, its outline, its page furniture.

use gongwen::{check, Config};

fn rules(text: &str, year: Option<u32>) -> Vec<String> {
    check(text, &Config::default().beside(year))
        .findings
        .into_iter()
        .map(|f| f.rule.to_string())
        .collect()
}

#[test]
fn a_header_footer_or_footnote_is_quiet_when_right() {
    for text in [
        "白沙县工业和信息化局2025年工作总结\n",
        "— 1 —\n",
        "第 1 页 共 3 页\n",
        "- 2 -\n",
        "白沙县人民政府办公室\t2025年12月\n",
        "\n 数据来源：县统计局2025年统计快报。\n",
        "①规模以上工业企业指年主营业务收入2000万元及以上的工业企业。\n",
        "白沙县科技局文件\n",
        "青科发〔2025〕5号\n",
        "第 3 页 共 12 页\n",
        "白沙县人民政府办公室　　　　　　　2025年12月5日印发\n",
        "白沙县科技局\t2025年工作总结\n",
        "抄送：县委办，县人大办，县政协办。\n",
        "注：规模以上工业企业指年主营业务收入2000万元及以上的工业企业。\n",
        "[1] 见《关于加快科技创新的实施意见》（青政发〔2024〕3号）。\n",
        "[2] http://www.example.gov.cn/art/2025/1/2/art_1.html\n",
        "\n①\n 数据来源：县统计局。\n\n②\n 含高新区。\n",
        "- 12 -\n",
        "PAGE 3\n",
        "白 沙 县 科 技 局\n",
        "白沙县科技局2025年工作总结\n白沙县科技局2025年工作总结\n",
        "数据来源：县统计局\n",
    ] {
        assert_eq!(rules(text, Some(2025)), Vec::<String>::new(), "{text:?}");
    }
}

#[test]
fn what_its_sentences_get_wrong_is_found() {
    let found = rules("白沙县工信局20xx年工作总结\n", Some(2025));
    assert_eq!(found, ["unfilled-x"]);
    let found = rules("\n 数据来源：县统计局快报，，截至11月底。\n", Some(2025));
    assert_eq!(found, ["doubled-punctuation"]);
    let found = rules("\n 龙头企业带动作用不强不强。\n", Some(2025));
    assert_eq!(found, ["doubled-word"]);
    let found = rules("\n 数据来源&nbsp;县统计局。\n", Some(2025));
    assert_eq!(found, ["html-entity"]);
}

#[test]
fn a_footer_page_number_is_the_footer_s_own() {
    // In a pasted report the same line is a PDF's page number, to delete.
    let pasted: Vec<String> = check("第 1 页 共 3 页\n", &Config::default())
        .findings
        .into_iter()
        .map(|f| f.rule.to_string())
        .collect();
    assert_eq!(pasted, ["page-number"]);
    assert!(rules("第 1 页 共 3 页\n", None).is_empty());
}
