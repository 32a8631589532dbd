//! What template and download sites leave around a pasted report.

pub mod site_chrome;
pub mod template_label;
