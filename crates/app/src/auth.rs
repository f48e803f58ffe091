//! Passwords (argon2), session and API-token secrets, and the signed-in principal.

use crate::{App, AppError, Result};
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use city2city_domain::accounts::{Role, User};
use city2city_store::{Actor, OrgSummary};
use rand::RngCore;
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

pub const SESSION_DAYS: i64 = 14;
pub const TOKEN_PREFIX: &str = "c2c_";

/// A signed-in user together with what authorisation needs to know of their organisation.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user: User,
    pub org: Option<OrgSummary>,
}

impl Principal {
    pub fn actor(&self) -> Actor {
        Actor::user(self.user.id, &self.user.email)
    }

    pub fn role(&self) -> Role {
        self.user.role
    }

    pub fn is_admin(&self) -> bool {
        self.user.role == Role::Admin
    }
}

/// A fresh random secret, URL-safe.
pub fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Secrets are stored only as SHA-256 hashes: a leaked table does not leak sessions or tokens.
pub fn hash_secret(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl App {
    fn argon2(&self) -> Argon2<'static> {
        let params = if self.config.fast_password_hashing {
            Params::new(256, 1, 1, None).expect("valid argon2 params")
        } else {
            Params::default()
        };
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
    }

    pub fn hash_password(&self, password: &str) -> Result<String> {
        let mut salt = [0u8; 16];
        rand::rng().fill_bytes(&mut salt);
        self.argon2()
            .hash_password_with_salt(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| AppError::Internal(format!("password hashing: {e}")))
    }

    pub fn verify_password(&self, password: &str, hash: &str) -> bool {
        PasswordHash::new(hash)
            .map(|parsed| {
                self.argon2()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    }

    /// Checks credentials (rate-limited per e-mail and client) and opens a session. Returns the
    /// session secret for the cookie.
    pub async fn login(
        &self,
        email: &str,
        password: &str,
        client: &str,
    ) -> Result<(String, Principal)> {
        let email = email.trim().to_lowercase();
        self.login_limiter.check(&email, client)?;
        let record = match self.store.user_by_email(&email).await {
            Ok(r) => Some(r),
            Err(city2city_store::StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        };
        let ok = match &record {
            Some(r) => self.verify_password(password, &r.password_hash) && !r.user.disabled,
            None => {
                // Same work as a real check, so timing does not tell which e-mails exist.
                let _ = self.verify_password(password, DUMMY_HASH);
                false
            }
        };
        if !ok {
            self.login_limiter.failed(&email, client);
            return Err(AppError::Validation(city2city_domain::Validation::single(
                "password",
                "bad-credentials",
                "e-mail or password is wrong",
            )));
        }
        self.login_limiter.succeeded(&email, client);
        let user = record.expect("checked").user;
        let secret = random_secret();
        let expires = OffsetDateTime::now_utc() + Duration::days(SESSION_DAYS);
        self.store
            .insert_session(&hash_secret(&secret), user.id, expires)
            .await?;
        let principal = self.principal_for(user).await?;
        Ok((secret, principal))
    }

    pub async fn logout(&self, session_secret: &str) -> Result<()> {
        Ok(self
            .store
            .delete_session(&hash_secret(session_secret))
            .await?)
    }

    pub async fn principal_for(&self, user: User) -> Result<Principal> {
        let org = match &user.organisation {
            Some(slug) => Some(self.store.organisation_summary(slug).await?),
            None => None,
        };
        Ok(Principal { user, org })
    }

    pub async fn principal_from_session(&self, session_secret: &str) -> Result<Option<Principal>> {
        match self.store.session(&hash_secret(session_secret)).await? {
            Some(s) => Ok(Some(self.principal_for(s.user).await?)),
            None => Ok(None),
        }
    }

    pub async fn principal_from_token(&self, token: &str) -> Result<Option<Principal>> {
        if !token.starts_with(TOKEN_PREFIX) {
            return Ok(None);
        }
        match self.store.user_by_api_token(&hash_secret(token)).await? {
            Some(user) => Ok(Some(self.principal_for(user).await?)),
            None => Ok(None),
        }
    }
}

/// An argon2 hash of a random string, checked against when the e-mail is unknown.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2yJ5oA7YxI3Yj1m8vR2rj0m1dQpDqCkzVnq2vCq3o7c";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_and_hashed_stably() {
        let a = random_secret();
        assert_ne!(a, random_secret());
        assert_eq!(hash_secret(&a), hash_secret(&a));
        assert_eq!(hash_secret("x").len(), 64);
    }
}
