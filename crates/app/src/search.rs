//! The full-text index follows the database: every write adds a row to the change feed, and
//! [`App::sync_index`] applies the feed to the index in order, remembering in the index the last
//! sequence number applied. Each instance keeps its own index this way, so several instances can
//! share one PostgreSQL. Only published opportunities and organisations are indexed: whatever
//! the index returns is public.

mod documents;
mod queries;

pub use queries::{
    FacetCount, MAX_QUERY_CHARS, MAX_QUERY_CHARS_SAVED, OpportunityHit, OrganisationHit,
    SearchFacets, SearchPage, SearchRequest, SearchSort,
};

use crate::matching::{Matcher, Target};
use crate::{App, AppError, Result};
use city2city_search::matcher::MatchPool;
use city2city_search::{Changes, DocKind, Document};
use std::collections::BTreeSet;

/// How many change rows are applied per index commit.
const FEED_BATCH: i64 = 5000;
/// How many records are read per query when the index is rebuilt.
const REBUILD_BATCH: i64 = 2000;

fn index_error(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("search index: {e}"))
}

impl App {
    /// Called after every write that may change what is searchable: the index follows at once
    /// (a failure is logged; the background follower retries).
    pub(crate) async fn after_opportunity_change(&self) {
        if let Err(e) = self.sync_index().await {
            tracing::warn!(error = %e, "search index not updated; will retry");
        }
    }

    /// Applies the change feed to the index; rebuilds it when it has never been built. Returns
    /// the number of changes applied.
    pub async fn sync_index(&self) -> Result<usize> {
        let _one_at_a_time = self.index_lock.lock().await;
        // The matcher's pool follows the same feed; it is filled from the records first.
        self.fill_pool_once().await?;
        let Some(mut seq) = self.index.applied_seq() else {
            drop(_one_at_a_time);
            self.rebuild_index(|_| {}).await?;
            return Ok(0);
        };
        let mut applied = 0;
        loop {
            let changes = self.store.changes_since(seq, FEED_BATCH).await?;
            let Some(last) = changes.last().map(|c| c.seq) else {
                break;
            };
            let mut opportunities = BTreeSet::new();
            let mut organisations = BTreeSet::new();
            for c in &changes {
                let Ok(id) = c.entity_id.parse::<i64>() else {
                    continue;
                };
                match c.entity.as_str() {
                    "opportunity" => {
                        opportunities.insert(id);
                    }
                    "organisation" => {
                        organisations.insert(id);
                        // Opportunities that show the owner's name carry it in the index.
                        opportunities.extend(self.store.opportunity_ids_of(id).await?);
                    }
                    _ => {}
                }
            }
            let (upserts, deletes) = self.documents_for(&opportunities, &organisations).await?;
            let index = self.index.clone();
            let batch = Changes {
                upserts,
                deletes,
                applied_seq: Some(last),
            };
            tokio::task::spawn_blocking(move || index.apply(batch))
                .await
                .map_err(index_error)?
                .map_err(index_error)?;
            applied += changes.len();
            seq = last;
        }
        Ok(applied)
    }

    /// Builds the index anew from the database; `progress` hears the number of records indexed
    /// so far.
    pub async fn rebuild_index(&self, mut progress: impl FnMut(usize)) -> Result<usize> {
        let _one_at_a_time = self.index_lock.lock().await;
        // Everything up to here is in the records read below; later changes are applied after.
        let seq = self.store.last_change_seq().await?;
        let cities = self.store.list_cities().await?;
        let mut docs: Vec<Document> = Vec::new();
        // The matcher's pool is rebuilt from the same reads (records written before the
        // rebuild, such as the demo or an import, reach it too).
        let mut pool = MatchPool::new();
        let mut after = 0;
        loop {
            let batch = self.store.opportunities_after(after, REBUILD_BATCH).await?;
            let Some(last) = batch.last() else { break };
            after = last.id;
            Matcher::add_to(&mut pool, &batch);
            let owners = self.owner_names(&batch).await?;
            for o in batch.iter().filter(|o| o.is_public()) {
                docs.push(documents::opportunity(
                    o,
                    owners.get(&o.organisation),
                    &cities,
                ));
            }
            progress(docs.len());
        }
        let mut after = 0;
        loop {
            let batch = self.store.organisations_after(after, REBUILD_BATCH).await?;
            let Some(last) = batch.last() else { break };
            after = last.id;
            docs.extend(batch.iter().map(|o| documents::organisation(o, &cities)));
            progress(docs.len());
        }
        let count = docs.len();
        let index = self.index.clone();
        tokio::task::spawn_blocking(move || index.replace_all(docs, Some(seq)))
            .await
            .map_err(index_error)?
            .map_err(index_error)?;
        self.load_vectors_into(Target::Building(&mut pool)).await?;
        self.matcher.replace(pool);
        Ok(count)
    }

    /// The documents to write and the ids to delete for these records.
    async fn documents_for(
        &self,
        opportunities: &BTreeSet<i64>,
        organisations: &BTreeSet<i64>,
    ) -> Result<(Vec<Document>, Vec<(DocKind, i64)>)> {
        let cities = self.store.list_cities().await?;
        let mut upserts = Vec::new();
        let mut deletes = Vec::new();
        let ids: Vec<i64> = opportunities.iter().copied().collect();
        for chunk in ids.chunks(REBUILD_BATCH as usize) {
            let found = self.store.opportunities_by_ids(chunk).await?;
            let gone: Vec<i64> = chunk
                .iter()
                .copied()
                .filter(|id| !found.iter().any(|o| o.id == *id))
                .collect();
            self.matcher.apply(&found, &gone);
            let owners = self.owner_names(&found).await?;
            for id in chunk {
                match found.iter().find(|o| o.id == *id) {
                    Some(o) if o.is_public() => {
                        upserts.push(documents::opportunity(
                            o,
                            owners.get(&o.organisation),
                            &cities,
                        ));
                    }
                    _ => deletes.push((DocKind::Opportunity, *id)),
                }
            }
        }
        for id in organisations {
            match self.store.organisation_by_id(*id).await {
                Ok(o) => upserts.push(documents::organisation(&o, &cities)),
                Err(city2city_store::StoreError::NotFound) => {
                    deletes.push((DocKind::Organisation, *id))
                }
                Err(e) => return Err(e.into()),
            }
        }
        Ok((upserts, deletes))
    }

    /// The names of the owners of these opportunities that show their name.
    async fn owner_names(
        &self,
        list: &[city2city_domain::opportunities::Opportunity],
    ) -> Result<std::collections::HashMap<String, city2city_domain::Localized>> {
        let mut names = std::collections::HashMap::new();
        for o in list.iter().filter(|o| o.show_name) {
            if !names.contains_key(&o.organisation) {
                let org = self.store.organisation(&o.organisation).await?;
                names.insert(o.organisation.clone(), org.name);
            }
        }
        Ok(names)
    }
}
