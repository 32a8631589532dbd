//! The parts of the page. Each reads the state from the context and
//! dispatches actions; none imports another, and only the editor touches
//! the editor's DOM.

mod checklist;
mod editor;
mod findings;
mod formulations;
mod help;
mod ledger;
mod metrics;
mod outline;
mod previous;
mod report;
mod settings;
mod status;
mod toolbar;

pub use checklist::ChecklistPanel;
pub use editor::Editor;
pub use findings::FindingsPanel;
pub use formulations::FormulationsPanel;
pub use help::HelpPanel;
pub use ledger::LedgerPanel;
pub use metrics::MetricsPanel;
pub use outline::OutlinePanel;
pub use previous::{PlanPanel, PreviousPanel};
pub use report::ReportView;
pub use settings::SettingsPanel;
pub use status::StatusLine;
pub use toolbar::Toolbar;

use crate::state::AppState;
use yew::prelude::*;

/// The state, from the context the app provides.
#[hook]
fn use_app_state() -> AppState {
    use_context::<AppState>().expect("the app provides its state")
}
