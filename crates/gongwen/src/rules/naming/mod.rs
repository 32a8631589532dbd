//! Place names and institutions (地名机构): two levels of administrative
//! divisions named together that do not nest (the table and its reading
//! are the `naming` model), an institution's level written twice, a
//! government's short name in a title.

pub mod doubled_level;
pub mod government_full_name;
pub mod place_hierarchy;
