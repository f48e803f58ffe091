//! Profiles from opportunities, and keeping the pool in step with the records.

use super::Matcher;
use super::vectors::Target;
use city2city_domain::opportunities::Opportunity;
use city2city_search::matcher::{self, MatchPool, Profile, terms_of};

/// The matcher's view of an opportunity (without its vector).
pub(crate) fn profile(o: &Opportunity) -> Profile {
    let keywords = o.keywords.join(" ");
    let mut terms = terms_of(
        o.lang.code(),
        &[&o.title, &o.summary, &o.description, &keywords],
    );
    for t in &o.translations {
        terms.extend(terms_of(
            t.lang.code(),
            &[&t.title, &t.summary, t.description.as_deref().unwrap_or("")],
        ));
    }
    Profile {
        reference: o.reference.clone(),
        kind: o.kind.code().to_string(),
        city: o.city.clone(),
        target_cities: o.target_cities.clone(),
        sectors: o.sectors.clone(),
        terms,
        vector: None,
    }
}

/// The text that is embedded for an opportunity: title and summary, then the description.
pub fn embedding_text(o: &Opportunity) -> String {
    matcher::embedding_text(&o.title, &o.summary, &o.description)
}

impl Matcher {
    /// Applies changed records to the pool: public ones in (keeping a known vector until a new
    /// one is computed), others out.
    pub(crate) fn apply(&self, changed: &[Opportunity], gone: &[i64]) {
        let mut pool = self.write();
        for o in changed {
            if o.is_public() {
                pool.upsert(o.id, &profile(o), true);
            } else {
                pool.remove(o.id);
            }
        }
        for id in gone {
            pool.remove(*id);
        }
    }
}

impl Matcher {
    /// Adds the public records of `batch` to a pool being built (a rebuild).
    pub(crate) fn add_to(pool: &mut MatchPool, batch: &[Opportunity]) {
        for o in batch.iter().filter(|o| o.is_public()) {
            pool.upsert(o.id, &profile(o), false);
        }
    }

    /// Puts a rebuilt pool in place of the one in use.
    pub(crate) fn replace(&self, pool: MatchPool) {
        *self.write() = pool;
        self.loaded
            .store(true, std::sync::atomic::Ordering::Release);
    }
}

impl crate::App {
    /// Fills the pool from the records and the stored vectors, the first time only; the change
    /// feed keeps it current afterwards.
    pub(crate) async fn fill_pool_once(&self) -> crate::Result<()> {
        if self
            .matcher
            .loaded
            .load(std::sync::atomic::Ordering::Acquire)
        {
            return Ok(());
        }
        let mut after = 0;
        loop {
            let batch = self.store.opportunities_after(after, 2000).await?;
            let Some(last) = batch.last() else { break };
            after = last.id;
            self.matcher.apply(&batch, &[]);
        }
        let vectors = self.load_vectors_into(Target::Live).await?;
        let (n, _) = self.matcher.pool_size();
        tracing::debug!(profiles = n, vectors, "matching pool filled");
        self.matcher
            .loaded
            .store(true, std::sync::atomic::Ordering::Release);
        Ok(())
    }
}
