//! The style sheet colours every category: a category without its class
//! would be highlighted in no colour at all, in light and in dark mode.

#[test]
fn every_category_has_its_colour_in_light_and_dark_mode() {
    let css = include_str!("../static/app.css");
    for category in gongwen::Category::ALL {
        let name = category.name();
        assert!(
            css.contains(&format!(".cat-{name} {{ --c: var(--{name}); }}")),
            "no .cat-{name} class"
        );
        assert_eq!(
            css.matches(&format!("--{name}: ")).count(),
            2,
            "--{name} needs a light and a dark colour"
        );
    }
}
