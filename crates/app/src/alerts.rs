//! Saved searches with alerts, and the in-app notifications they (and expressions of interest)
//! produce.

use crate::search::SearchRequest;
use crate::{App, AppError, Principal, Result};
use city2city_domain::Validation;
use city2city_domain::opportunities::Opportunity;
use city2city_store::{Notification, Page, SavedSearch, SearchFilters};

/// How many searches one account may keep.
pub const MAX_SAVED_SEARCHES: i64 = 25;

fn signed_in(p: Option<&Principal>) -> Result<&Principal> {
    p.ok_or(AppError::Unauthenticated)
}

/// The request a saved search stands for.
pub fn saved_request(s: &SavedSearch) -> SearchRequest {
    SearchRequest {
        q: s.query.clone(),
        kinds: s.filters.kinds.clone(),
        sectors: s.filters.sectors.clone(),
        cities: s.filters.cities.clone(),
        langs: s.filters.langs.clone(),
        page: 1,
        per_page: 20,
        ..Default::default()
    }
}

impl App {
    pub async fn saved_searches(&self, p: Option<&Principal>) -> Result<Vec<SavedSearch>> {
        Ok(self.store.saved_searches(signed_in(p)?.user.id).await?)
    }

    /// Saves the search `r` under `name`.
    pub async fn save_search(
        &self,
        p: Option<&Principal>,
        name: &str,
        r: &SearchRequest,
        alerts: bool,
    ) -> Result<SavedSearch> {
        let user = signed_in(p)?.user.id;
        r.validate(true)?;
        let mut v = Validation::new();
        let name = v.required("name", name, 100);
        v.max_len("q", &r.q, super::search::MAX_QUERY_CHARS_SAVED);
        v.finish()?;
        if self.store.count_saved_searches(user).await? >= MAX_SAVED_SEARCHES {
            return Err(Validation::single(
                "name",
                "too-many",
                format!("you can keep at most {MAX_SAVED_SEARCHES} searches; delete one first"),
            )
            .into());
        }
        let filters = SearchFilters {
            kinds: r.kinds.clone(),
            sectors: r.sectors.clone(),
            cities: r.cities.clone(),
            langs: r.langs.clone(),
        };
        Ok(self
            .store
            .insert_saved_search(user, &name, r.q.trim(), &filters, alerts)
            .await?)
    }

    pub async fn set_saved_search_alerts(
        &self,
        p: Option<&Principal>,
        id: i64,
        alerts: bool,
    ) -> Result<()> {
        Ok(self
            .store
            .set_saved_search_alerts(signed_in(p)?.user.id, id, alerts)
            .await?)
    }

    pub async fn delete_saved_search(&self, p: Option<&Principal>, id: i64) -> Result<()> {
        Ok(self
            .store
            .delete_saved_search(signed_in(p)?.user.id, id)
            .await?)
    }

    pub async fn notifications(
        &self,
        p: Option<&Principal>,
        page: i64,
        per_page: i64,
    ) -> Result<Page<Notification>> {
        let user = signed_in(p)?.user.id;
        let per_page = per_page.clamp(1, 200);
        let page = page.max(1);
        let (items, total) = self
            .store
            .notifications(user, per_page, (page - 1) * per_page)
            .await?;
        Ok(Page {
            items,
            total,
            page,
            per_page,
        })
    }

    pub async fn unread_notifications(&self, p: Option<&Principal>) -> Result<i64> {
        Ok(self
            .store
            .unread_notifications(signed_in(p)?.user.id)
            .await?)
    }

    /// Marks one notification, or all of them, read.
    pub async fn mark_notifications_read(
        &self,
        p: Option<&Principal>,
        id: Option<i64>,
    ) -> Result<u64> {
        Ok(self
            .store
            .mark_notifications_read(signed_in(p)?.user.id, id)
            .await?)
    }

    /// Notifies the owners of saved searches with alerts that `o`, just published, fits them.
    /// Failures are logged: an alert never stops a publication.
    pub(crate) async fn alert_saved_searches(&self, o: &Opportunity) {
        if let Err(e) = self.try_alert(o).await {
            tracing::warn!(error = %e, reference = %o.reference, "saved-search alerts failed");
        }
    }

    async fn try_alert(&self, o: &Opportunity) -> Result<usize> {
        let mut sent = 0;
        let owners = match self.store.organisation_summary(&o.organisation).await {
            Ok(org) => self.store.organisation_user_ids(org.id).await?,
            Err(_) => vec![],
        };
        for s in self.store.saved_searches_with_alerts().await? {
            // Nobody is alerted to their own organisation's opportunity.
            if owners.contains(&s.user_id) {
                continue;
            }
            if self.fits(&saved_request(&s), &o.reference).await? {
                let detail = serde_json::json!({
                    "search": s.name, "search_id": s.id, "opportunity": o.reference, "title": o.title,
                });
                sent += self
                    .store
                    .notify(
                        &[s.user_id],
                        "saved_search_match",
                        &format!("{}:{}", s.id, o.reference),
                        &detail,
                    )
                    .await?;
            }
        }
        Ok(sent)
    }
}
