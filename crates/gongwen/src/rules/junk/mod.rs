//! What template and download sites leave around a pasted report.

pub mod html_entity;
pub mod junk_token;
pub mod page_jump;
pub mod site_chrome;
pub mod template_label;
