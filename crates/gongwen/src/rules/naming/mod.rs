//! People, places and institutions (人名地名): two levels of
//! administrative divisions named together that do not nest (the table and
//! its reading are the `naming` model), an institution's level written
//! twice, a government's short name in a title, an institution's name in
//! neither its full nor its standard short form, and the office's own
//! people against its list (the `naming::people` model).

pub mod doubled_level;
pub mod government_full_name;
pub mod institution_name;
pub mod person_name;
pub mod person_title;
pub mod place_hierarchy;
