//! Punctuation by GB/T 15834.

pub mod ascii_full_stop;
pub mod doubled_punctuation;
pub mod half_width_punctuation;
pub mod nested_quotes;
pub mod ordinal_punctuation;
pub mod space_around_punctuation;
pub mod unpaired_bracket;

/// A mark quoted in a message: quotation marks in brackets, other marks in
/// quotation marks, so that neither runs into the message's own marks.
pub(crate) fn show_mark(mark: &str) -> String {
    if mark.starts_with(['“', '”', '‘', '’', '「', '」', '『', '』']) {
        format!("（{mark}）")
    } else {
        format!("“{mark}”")
    }
}
