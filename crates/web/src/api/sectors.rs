//! `/api/v1/sectors`: the sector taxonomy with NACE Rev. 2 codes.

use axum::Json;
use city2city_domain::sectors::{SECTORS, Sector};

/// Every sector with its labels in bg, de and en and its NACE Rev. 2 codes.
#[utoipa::path(get, path = "/api/v1/sectors", tag = "sectors", responses((status = 200, body = Vec<Sector>)))]
pub async fn list() -> Json<&'static [Sector]> {
    Json(SECTORS)
}
