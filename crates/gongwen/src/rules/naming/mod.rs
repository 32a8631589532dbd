//! Place names and institutions (地名机构): two levels of administrative
//! divisions named together that do not nest. The table and its reading
//! are the `naming` model; these rules only report.

pub mod place_hierarchy;
