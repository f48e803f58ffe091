//! Keeping the full-text index in step with the database, searching it, and alerting saved
//! searches.

use crate::App;
use city2city_domain::opportunities::Opportunity;

impl App {
    /// Called after every write that may change what is searchable.
    pub(crate) async fn after_opportunity_change(&self) {}

    /// Notifies the owners of saved searches that `o` (just published) fits.
    pub(crate) async fn alert_saved_searches(&self, _o: &Opportunity) {}
}
