//! When an opportunity is published, the owners of the best-matching open opportunities hear of
//! it (in-app notification, once per pair).

use crate::App;
use city2city_domain::opportunities::Opportunity;

/// Owners told of one new opportunity, at most.
const NOTIFY_TOP: usize = 3;
/// Below this score a match is not worth a notification.
const NOTIFY_MIN_SCORE: f32 = 0.45;

impl App {
    /// Tells the owners of the best matches of `o` (once per pair; failures are logged).
    pub(crate) async fn notify_new_match_once(&self, o: &Opportunity) {
        if let Err(e) = self.try_notify_matches(o).await {
            tracing::warn!(error = %e, reference = %o.reference, "match notifications failed");
        }
    }

    async fn try_notify_matches(&self, o: &Opportunity) -> crate::Result<usize> {
        if !o.is_public() {
            return Ok(0);
        }
        let matches = self.matches_of(o, NOTIFY_TOP).await?;
        let mut sent = 0;
        for m in matches
            .matches
            .iter()
            .filter(|m| m.score >= NOTIFY_MIN_SCORE)
        {
            let theirs = self.store.opportunity(&m.reference).await?;
            let owner = self
                .store
                .organisation_summary(&theirs.organisation)
                .await?;
            let users = self.store.organisation_user_ids(owner.id).await?;
            let detail = serde_json::json!({
                "opportunity": o.reference, "title": o.title,
                "for": theirs.reference, "for_title": theirs.title, "score": m.score,
            });
            sent += self
                .store
                .notify(
                    &users,
                    "new_match",
                    &format!("{}:{}", theirs.reference, o.reference),
                    &detail,
                )
                .await?;
        }
        Ok(sent)
    }
}
