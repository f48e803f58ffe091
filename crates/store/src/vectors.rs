//! Sentence-embedding vectors of opportunities: one per opportunity, stored as little-endian
//! `f32` bytes with the model that made it and the opportunity's `updated_at` it was made from.
//! A vector is *current* while that timestamp still equals the opportunity's `updated_at`; only
//! current vectors of published opportunities are handed out.
//!
//! Vectors are derived data: writing them records no audit entry and no change-feed row, and
//! they are not part of the export. Failed embeddings are remembered per opportunity with a time
//! before which a background job should not try again.

use crate::{Result, Store, StoreError, now, with_db};
use city2city_domain::Validation;
use time::{Duration, OffsetDateTime, UtcOffset};

/// A current vector of a published opportunity.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredVector {
    pub opportunity_id: i64,
    pub model: String,
    pub vector: Vec<f32>,
}

/// The failed embedding attempts of one opportunity since its last stored vector.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorFailure {
    pub opportunity_id: i64,
    pub attempts: i64,
    pub last_error: String,
    pub failed_at: OffsetDateTime,
    /// Not offered again before this instant (kept to the whole second).
    pub retry_after: OffsetDateTime,
}

/// Longest error message kept for a failed attempt, in characters.
const MAX_ERROR: usize = 2000;

/// The bytes stored for a vector: each value as little-endian IEEE 754 single precision.
pub fn vector_to_bytes(vector: &[f32]) -> Vec<u8> {
    vector.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// The vector held by stored bytes; refuses bytes that cannot be whole `f32` values.
pub fn vector_from_bytes(bytes: &[u8]) -> Result<Vec<f32>> {
    if !bytes.len().is_multiple_of(4) {
        return Err(corrupt(format!(
            "a stored vector is {} bytes long, which is not a multiple of 4 (it must hold little-endian f32 values)",
            bytes.len()
        )));
    }
    Ok(bytes
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect())
}

fn corrupt(message: String) -> StoreError {
    StoreError::Database(sqlx::Error::Decode(message.into()))
}

/// The instant in UTC, cut to the whole second (rounded up with `up`). SQLite compares
/// timestamps as text: with the same offset and no fraction, text order is time order.
fn whole_second(t: OffsetDateTime, up: bool) -> OffsetDateTime {
    let t = t.to_offset(UtcOffset::UTC);
    let floor = t.replace_nanosecond(0).expect("zero is a valid nanosecond");
    if up && t.nanosecond() != 0 {
        floor + Duration::SECOND
    } else {
        floor
    }
}

type VectorRow = (i64, String, i64, Vec<u8>);

fn stored(row: VectorRow) -> Result<StoredVector> {
    let (opportunity_id, model, dims, bytes) = row;
    let vector = vector_from_bytes(&bytes).map_err(|_| {
        corrupt(format!(
            "the vector of opportunity {opportunity_id} is {} bytes long, which is not a multiple of 4 (it must hold little-endian f32 values)",
            bytes.len()
        ))
    })?;
    if i64::try_from(vector.len()).ok() != Some(dims) {
        return Err(corrupt(format!(
            "the vector of opportunity {opportunity_id} holds {} values, but its row says {dims} dimensions",
            vector.len()
        )));
    }
    Ok(StoredVector {
        opportunity_id,
        model,
        vector,
    })
}

/// Current vectors of published opportunities (`v` joined to `p`); the caller adds the model.
const CURRENT: &str = "SELECT v.opportunity_id, v.model, v.dims, v.vector FROM opportunity_vectors v \
     JOIN opportunities p ON p.id = v.opportunity_id \
     WHERE p.status = 'published' AND v.source_updated_at = p.updated_at AND v.model = $1";

/// Published opportunities without a current vector of model `$1`, unless postponed past `$2`.
const NEEDING: &str = "FROM opportunities p \
     LEFT JOIN opportunity_vectors v ON v.opportunity_id = p.id \
     LEFT JOIN opportunity_vector_attempts a ON a.opportunity_id = p.id \
     WHERE p.status = 'published' \
     AND (v.opportunity_id IS NULL OR v.model <> $1 OR v.source_updated_at <> p.updated_at) \
     AND (a.opportunity_id IS NULL OR a.retry_after <= $2)";

impl Store {
    /// Stores (or replaces) the vector of an opportunity, made by `model` from the opportunity as
    /// it was at `source_updated_at`: pass the `updated_at` of the opportunity that was embedded,
    /// unchanged. Clears the opportunity's failed attempts.
    pub async fn save_vector(
        &self,
        opportunity_id: i64,
        model: &str,
        vector: &[f32],
        source_updated_at: OffsetDateTime,
    ) -> Result<()> {
        let mut v = Validation::new();
        if model.trim().is_empty() {
            v.add("model", "required", "is required");
        }
        if vector.is_empty() {
            v.add("vector", "required", "must have at least one dimension");
        } else if !vector.iter().all(|x| x.is_finite()) {
            v.add("vector", "invalid", "must hold finite numbers only");
        }
        v.finish()?;
        let dims = i64::try_from(vector.len())
            .map_err(|_| Validation::single("vector", "too-long", "has too many dimensions"))?;
        let bytes = vector_to_bytes(vector);
        let at = now();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let written = sqlx::query(
                "INSERT INTO opportunity_vectors (opportunity_id, model, dims, vector, source_updated_at, embedded_at) \
                 SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM opportunities WHERE id = $1) \
                 ON CONFLICT (opportunity_id) DO UPDATE SET model = excluded.model, dims = excluded.dims, \
                 vector = excluded.vector, source_updated_at = excluded.source_updated_at, embedded_at = excluded.embedded_at",
            )
            .bind(opportunity_id).bind(model).bind(dims).bind(&bytes).bind(source_updated_at).bind(at)
            .execute(&mut *tx).await?.rows_affected();
            if written == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query("DELETE FROM opportunity_vector_attempts WHERE opportunity_id = $1")
                .bind(opportunity_id).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Current vectors of `model` of published opportunities with an id above `after_id`, in id
    /// order, at most `limit`: for walking all of them.
    pub async fn vectors(
        &self,
        model: &str,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<StoredVector>> {
        let sql = format!("{CURRENT} AND v.opportunity_id > $2 ORDER BY v.opportunity_id LIMIT $3");
        let rows: Vec<VectorRow> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(model).bind(after_id).bind(limit.max(0)).fetch_all(pool).await?);
        rows.into_iter().map(stored).collect()
    }

    /// The current vector of `model` of a published opportunity; `None` when there is none (no
    /// vector, another model's, an outdated one, or the opportunity is not published).
    pub async fn vector_of(&self, opportunity_id: i64, model: &str) -> Result<Option<Vec<f32>>> {
        let sql = format!("{CURRENT} AND v.opportunity_id = $2");
        let row: Option<VectorRow> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(model).bind(opportunity_id).fetch_optional(pool).await?);
        row.map(|r| stored(r).map(|s| s.vector)).transpose()
    }

    /// Ids of published opportunities that lack a current vector of `model` (none, another
    /// model's, or one made before their last change), in id order, at most `limit`. Those whose
    /// last failure asked to wait past `now` are left out.
    pub async fn opportunities_needing_vectors(
        &self,
        model: &str,
        now: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<i64>> {
        let sql = format!("SELECT p.id {NEEDING} ORDER BY p.id LIMIT $3");
        let now = whole_second(now, false);
        Ok(
            with_db!(self, pool => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(model).bind(now).bind(limit.max(0)).fetch_all(pool).await?),
        )
    }

    /// How many opportunities [`Store::opportunities_needing_vectors`] would hand out in all.
    pub async fn count_opportunities_needing_vectors(
        &self,
        model: &str,
        now: OffsetDateTime,
    ) -> Result<i64> {
        let sql = format!("SELECT COUNT(*) {NEEDING}");
        let now = whole_second(now, false);
        Ok(
            with_db!(self, pool => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(model).bind(now).fetch_one(pool).await?),
        )
    }

    /// Records a failed embedding of these opportunities: one more attempt, the error, and no
    /// new try before `retry_after` (rounded up to the whole second). Ids of opportunities that
    /// no longer exist are skipped.
    pub async fn record_vector_failure(
        &self,
        opportunity_ids: &[i64],
        error: &str,
        retry_after: OffsetDateTime,
    ) -> Result<()> {
        if opportunity_ids.is_empty() {
            return Ok(());
        }
        let error: String = error.chars().take(MAX_ERROR).collect();
        let retry_after = whole_second(retry_after, true);
        let at = now();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            for id in opportunity_ids {
                sqlx::query(
                    "INSERT INTO opportunity_vector_attempts (opportunity_id, attempts, last_error, failed_at, retry_after) \
                     SELECT $1, 1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM opportunities WHERE id = $1) \
                     ON CONFLICT (opportunity_id) DO UPDATE SET attempts = opportunity_vector_attempts.attempts + 1, \
                     last_error = excluded.last_error, failed_at = excluded.failed_at, retry_after = excluded.retry_after",
                )
                .bind(id).bind(&error).bind(at).bind(retry_after)
                .execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// The failed attempts of an opportunity since its last stored vector, if any.
    pub async fn vector_failure(&self, opportunity_id: i64) -> Result<Option<VectorFailure>> {
        let row: Option<(i64, i64, String, OffsetDateTime, OffsetDateTime)> = with_db!(self, pool => sqlx::query_as(
            "SELECT opportunity_id, attempts, last_error, failed_at, retry_after \
             FROM opportunity_vector_attempts WHERE opportunity_id = $1",
        ).bind(opportunity_id).fetch_optional(pool).await?);
        Ok(row.map(
            |(opportunity_id, attempts, last_error, failed_at, retry_after)| VectorFailure {
                opportunity_id,
                attempts,
                last_error,
                failed_at,
                retry_after,
            },
        ))
    }

    /// Deletes the vectors made by any model but `model`; returns how many.
    pub async fn delete_vectors_of_other_models(&self, model: &str) -> Result<u64> {
        Ok(
            with_db!(self, pool => sqlx::query("DELETE FROM opportunity_vectors WHERE model <> $1")
            .bind(model).execute(pool).await?.rows_affected()),
        )
    }

    /// Drops every stored vector and failed attempt (`city2city embed` recomputes them all).
    pub async fn delete_all_vectors(&self) -> Result<u64> {
        with_db!(self, pool => sqlx::query("DELETE FROM opportunity_vector_attempts").execute(pool).await?.rows_affected());
        Ok(
            with_db!(self, pool => sqlx::query("DELETE FROM opportunity_vectors")
            .execute(pool).await?.rows_affected()),
        )
    }

    /// `(current, published)`: how many published opportunities have a current vector of
    /// `model`, and how many are published in all.
    pub async fn vector_stats(&self, model: &str) -> Result<(i64, i64)> {
        Ok(with_db!(self, pool => sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM opportunity_vectors v JOIN opportunities p ON p.id = v.opportunity_id \
             WHERE p.status = 'published' AND v.source_updated_at = p.updated_at AND v.model = $1), \
             (SELECT COUNT(*) FROM opportunities WHERE status = 'published')",
        ).bind(model).fetch_one(pool).await?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_round_trip_through_bytes() {
        let v = [
            0.0,
            -0.0,
            1.0,
            -1.5,
            0.123_456_79,
            f32::MIN_POSITIVE,
            f32::MAX,
            f32::MIN,
            1e-40,
        ];
        let bytes = vector_to_bytes(&v);
        assert_eq!(bytes.len(), v.len() * 4);
        let back = vector_from_bytes(&bytes).unwrap();
        assert_eq!(
            back.iter().map(|x| x.to_bits()).collect::<Vec<_>>(),
            v.iter().map(|x| x.to_bits()).collect::<Vec<_>>(),
            "bit for bit"
        );
        assert!(vector_from_bytes(&[]).unwrap().is_empty());
    }

    #[test]
    fn bytes_are_little_endian_f32() {
        assert_eq!(vector_to_bytes(&[1.0]), [0x00, 0x00, 0x80, 0x3f]);
        assert_eq!(
            vector_to_bytes(&[-2.0, 0.5]),
            [0, 0, 0, 0xc0, 0, 0, 0, 0x3f]
        );
        assert_eq!(vector_from_bytes(&[0x00, 0x00, 0x80, 0x3f]).unwrap(), [1.0]);
    }

    #[test]
    fn bytes_that_are_not_whole_floats_are_refused() {
        for len in [1, 2, 3, 5, 7] {
            let err = vector_from_bytes(&vec![0; len]).unwrap_err();
            assert!(
                err.to_string().contains("not a multiple of 4"),
                "{len}: {err}"
            );
        }
    }

    #[test]
    fn retry_times_are_whole_seconds_in_utc() {
        let t = time::macros::datetime!(2026-03-01 10:00:00.250 +02:00);
        assert_eq!(
            whole_second(t, false),
            time::macros::datetime!(2026-03-01 08:00:00 UTC)
        );
        assert_eq!(
            whole_second(t, true),
            time::macros::datetime!(2026-03-01 08:00:01 UTC)
        );
        let exact = time::macros::datetime!(2026-03-01 08:00:00 UTC);
        assert_eq!(whole_second(exact, true), exact);
        assert!(whole_second(t, true).offset().is_utc());
    }
}
