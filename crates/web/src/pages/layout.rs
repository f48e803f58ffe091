//! Page structures shared by every page: the error page, pagination links.

use crate::ctx::Ctx;
use askama::Template;

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub ctx: Ctx,
    pub title: String,
    pub detail: String,
}

/// Links to the pages of a listing, keeping the other query parameters.
pub struct Pagination {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    pub from: i64,
    pub to: i64,
    /// The listing's path and query without `page`, ending in `?` or `&`.
    pub base: String,
}

impl Pagination {
    pub fn new<T>(
        p: &city2city_store::Page<T>,
        path: &str,
        params: &[(&str, String)],
    ) -> Pagination {
        let mut base = format!("{path}?");
        for (k, v) in params.iter().filter(|(_, v)| !v.is_empty()) {
            base.push_str(&format!("{k}={}&", urlencoding::encode(v)));
        }
        let from = if p.total == 0 {
            0
        } else {
            (p.page - 1) * p.per_page + 1
        };
        let to = ((p.page - 1) * p.per_page + p.items.len() as i64).max(0);
        Pagination {
            page: p.page,
            pages: p.pages(),
            total: p.total,
            from,
            to,
            base,
        }
    }

    pub fn href(&self, page: &i64) -> String {
        format!("{}page={page}", self.base)
    }

    /// Page numbers to show: first, last and two around the current one.
    pub fn numbers(&self) -> Vec<i64> {
        (1..=self.pages)
            .filter(|n| *n == 1 || *n == self.pages || (*n - self.page).abs() <= 2)
            .collect()
    }

    pub fn has_prev(&self) -> bool {
        self.page > 1
    }

    pub fn has_next(&self) -> bool {
        self.page < self.pages
    }

    pub fn prev(&self) -> i64 {
        self.page - 1
    }

    pub fn next(&self) -> i64 {
        self.page + 1
    }
}
