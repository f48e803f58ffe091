//! The request context: who is asking (session cookie or API token), in which language, and the
//! CSRF token their forms must carry. Resolved once per request by middleware.

use crate::AppState;
use crate::i18n;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use city2city_app::Principal;
use city2city_domain::Lang;

pub const SESSION_COOKIE: &str = "c2c_session";
pub const CSRF_COOKIE: &str = "c2c_csrf";
pub const LANG_COOKIE: &str = "c2c_lang";

#[derive(Clone, Debug)]
pub struct Ctx {
    pub principal: Option<Principal>,
    pub lang: Lang,
    /// Token for forms (double-submit: it equals the CSRF cookie).
    pub csrf: String,
    /// The session secret, when signed in by cookie (needed to keep it on password change).
    pub session: Option<String>,
    /// Path and query of this request, to come back after login or a language switch.
    pub path: String,
    /// Address of the client, for rate limiting.
    pub client: String,
    pub cookie_secure: bool,
    /// Unread notifications of the signed-in user (pages only; zero otherwise), for the nav.
    pub unread: i64,
}

impl Ctx {
    pub fn principal(&self) -> Option<&Principal> {
        self.principal.as_ref()
    }

    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    pub fn cookie(&self, name: &str, value: &str, max_age_secs: i64) -> HeaderValue {
        build_cookie(name, value, max_age_secs, self.cookie_secure)
    }
}

pub fn build_cookie(name: &str, value: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age_secs}; HttpOnly; SameSite=Lax{secure}"
    ))
    .expect("cookie is ASCII")
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty())
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

fn client_address(req: &Request) -> String {
    req.extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|ci| ci.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

pub async fn resolve(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let headers = req.headers();
    let is_api = req.uri().path().starts_with("/api/");
    let session = cookie_value(headers, SESSION_COOKIE);
    let mut principal = None;
    let mut stale_session = false;
    if let Some(token) = bearer(headers) {
        principal = state.app.principal_from_token(token).await.ok().flatten();
        if principal.is_none() {
            // A presented but unknown or revoked token is refused outright, never ignored.
            return crate::error::ApiError(city2city_app::AppError::Unauthenticated)
                .into_response_with_message("the API token is unknown or revoked");
        }
    } else if let Some(secret) = &session {
        match state.app.principal_from_session(secret).await {
            Ok(Some(p)) => principal = Some(p),
            Ok(None) => stale_session = true,
            Err(e) => tracing::error!(error = %e, "resolving session"),
        }
    }
    let lang = cookie_value(headers, LANG_COOKIE)
        .and_then(|l| Lang::parse(&l))
        .or_else(|| principal.as_ref().and_then(|p| p.user.lang))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|h| h.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or(Lang::En);
    let existing_csrf = cookie_value(headers, CSRF_COOKIE);
    let new_csrf = (!is_api && existing_csrf.is_none()).then(city2city_app::auth::random_secret);
    let csrf = existing_csrf
        .or_else(|| new_csrf.clone())
        .unwrap_or_default();
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    // Only pages show the count: API and static requests do not pay for the query.
    let unread = match &principal {
        Some(p) if !is_api && !req.uri().path().starts_with("/static/") => state
            .app
            .unread_notifications(Some(p))
            .await
            .unwrap_or_else(|e| {
                tracing::warn!(error = %e, "counting unread notifications");
                0
            }),
        _ => 0,
    };
    let ctx = Ctx {
        session: if principal.is_some() { session } else { None },
        principal,
        lang,
        csrf,
        path,
        client: client_address(&req),
        cookie_secure: state.config.cookie_secure,
        unread,
    };
    req.extensions_mut().insert(ctx);
    let mut res = next.run(req).await;
    if let Some(token) = new_csrf {
        res.headers_mut().append(
            header::SET_COOKIE,
            build_cookie(
                CSRF_COOKIE,
                &token,
                60 * 60 * 24 * 365,
                state.config.cookie_secure,
            ),
        );
    }
    if stale_session && !res.headers().contains_key(header::SET_COOKIE) {
        res.headers_mut().append(
            header::SET_COOKIE,
            build_cookie(SESSION_COOKIE, "", 0, state.config.cookie_secure),
        );
    }
    res
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .unwrap_or_else(|| Ctx {
                principal: None,
                lang: Lang::En,
                csrf: String::new(),
                session: None,
                path: "/".into(),
                client: "unknown".into(),
                cookie_secure: true,
                unread: 0,
            }))
    }
}

/// Helpers the page templates call.
impl Ctx {
    pub fn is_current(&self, prefix: &str) -> bool {
        let path = self.path.split('?').next().unwrap_or("/");
        if prefix == "/" {
            path == "/"
        } else {
            path == prefix || path.starts_with(&format!("{prefix}/"))
        }
    }

    /// Link that switches the interface language and comes back to this page.
    pub fn lang_href(&self, lang: &Lang) -> String {
        format!(
            "/lang/{}?next={}",
            lang.code(),
            urlencoding::encode(&self.path)
        )
    }

    pub fn langs(&self) -> [Lang; 3] {
        Lang::ALL
    }

    pub fn is_admin(&self) -> bool {
        self.principal.as_ref().is_some_and(|p| p.is_admin())
    }

    pub fn signed_in(&self) -> bool {
        self.principal.is_some()
    }

    pub fn user_name(&self) -> &str {
        self.principal
            .as_ref()
            .map(|p| p.user.name.as_str())
            .unwrap_or("")
    }

    /// The navigation's link to the notifications, with the unread count when there are any.
    pub fn notifications_label(&self) -> String {
        if self.unread > 0 {
            self.ta("nav-notifications-unread", "count", &self.unread)
        } else {
            self.t("nav-notifications")
        }
    }

    /// Acts for an organisation that may own opportunities (a company member's desk).
    pub fn authors_opportunities(&self) -> bool {
        self.principal.as_ref().is_some_and(|p| {
            p.org
                .as_ref()
                .is_some_and(|o| city2city_app::policy::may_own_opportunities(o.kind))
        })
    }

    /// Staff of a public body or an admin: the validation queue and the city's interests.
    pub fn has_staff_desk(&self) -> bool {
        self.principal.is_some() && city2city_app::policy::staff_desk(self.principal()).is_ok()
    }

    /// Has soft-landing cases to follow: a company member (its own), agency staff and officials
    /// (their agency's) and admins.
    pub fn works_cases(&self) -> bool {
        self.principal.as_ref().is_some_and(|p| {
            city2city_app::policy::case_board(Some(p)).is_ok()
                || (p.role() == city2city_domain::accounts::Role::CompanyMember
                    && p.org.as_ref().is_some_and(|o| !o.kind.is_public_body()))
        })
    }

    /// May use the contact directory: staff and officials of public bodies, admins.
    pub fn sees_directory(&self) -> bool {
        city2city_app::policy::read_contacts(self.principal.as_ref()).is_ok()
    }

    /// Named-argument translation for templates: `ctx.ta("key", "name", value)`.
    pub fn ta(&self, key: &str, name: &str, value: &dyn std::fmt::Display) -> String {
        i18n::t_args(self.lang, key, &[(name, value.to_string())])
    }
}

impl Ctx {
    pub fn t_pagination(&self, p: &crate::pages::layout::Pagination) -> String {
        i18n::t_args(
            self.lang,
            "pagination-summary",
            &[
                ("from", p.from.to_string()),
                ("to", p.to.to_string()),
                ("total", p.total.to_string()),
            ],
        )
    }
}
