//! Accounts, sessions and API tokens. Session and token secrets are never stored, only their
//! SHA-256 hashes (computed by the app layer).

use crate::audit::{Actor, record};
use crate::{Page, Result, Store, StoreError, now, with_db};
use city2city_domain::Lang;
use city2city_domain::accounts::{Role, User};
use time::OffsetDateTime;

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub role: Role,
    pub organisation: Option<String>,
}

/// A user with the secret needed to check their password.
#[derive(Debug, Clone)]
pub struct UserRecord {
    pub user: User,
    pub password_hash: String,
}

#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub user: User,
    pub expires_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, sqlx::FromRow)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    /// The first characters of the token, so its owner can tell tokens apart.
    pub prefix: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_used_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub revoked_at: Option<OffsetDateTime>,
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    email: String,
    name: String,
    role: String,
    organisation: Option<String>,
    lang: Option<String>,
    disabled: bool,
    password_hash: String,
}

impl UserRow {
    fn into_record(self) -> UserRecord {
        UserRecord {
            user: User {
                id: self.id,
                email: self.email,
                name: self.name,
                role: Role::parse(&self.role).unwrap_or(Role::CompanyMember),
                organisation: self.organisation,
                lang: self.lang.as_deref().and_then(Lang::parse),
                disabled: self.disabled,
            },
            password_hash: self.password_hash,
        }
    }
}

const SELECT: &str = "SELECT u.id, u.email, u.name, u.role, o.slug AS organisation, u.lang, u.disabled, u.password_hash \
     FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id";

fn public(u: &User) -> serde_json::Value {
    serde_json::to_value(u).unwrap_or_default()
}

impl Store {
    pub async fn insert_user(&self, actor: &Actor, new: &NewUser) -> Result<User> {
        let org_id = match &new.organisation {
            None => None,
            Some(slug) => Some(
                self.organisation_summary(slug)
                    .await
                    .map_err(|e| match e {
                        StoreError::NotFound => city2city_domain::Validation::single(
                            "organisation",
                            "unknown-organisation",
                            format!("no organisation '{slug}'"),
                        )
                        .into(),
                        e => e,
                    })?
                    .id,
            ),
        };
        let at = now();
        let id: i64 = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO users (email, name, password_hash, role, organisation_id, disabled, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            )
            .bind(&new.email).bind(&new.name).bind(&new.password_hash).bind(new.role.code()).bind(org_id).bind(false).bind(at)
            .fetch_one(&mut *tx).await?;
            record!(tx, actor, "user.create", "user", id, None, Some(serde_json::json!({
                "email": new.email, "name": new.name, "role": new.role, "organisation": new.organisation })));
            tx.commit().await?;
            id
        });
        Ok(self.user(id).await?.user)
    }

    pub async fn user(&self, id: i64) -> Result<UserRecord> {
        let sql = format!("{SELECT} WHERE u.id = $1");
        let row = with_db!(self, pool => sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(pool).await?);
        row.map(UserRow::into_record).ok_or(StoreError::NotFound)
    }

    pub async fn user_by_email(&self, email: &str) -> Result<UserRecord> {
        let sql = format!("{SELECT} WHERE u.email = $1");
        let row = with_db!(self, pool => sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql.as_str())).bind(email.trim().to_lowercase()).fetch_optional(pool).await?);
        row.map(UserRow::into_record).ok_or(StoreError::NotFound)
    }

    pub async fn list_users(&self, page: i64, per_page: i64) -> Result<Page<User>> {
        let per_page = per_page.clamp(1, 200);
        let page = page.max(1);
        let sql = format!(
            "{SELECT} ORDER BY u.email LIMIT {per_page} OFFSET {}",
            (page - 1) * per_page
        );
        let (total, rows): (i64, Vec<UserRow>) = with_db!(self, pool => (
            sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(pool).await?,
            sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(pool).await?,
        ));
        Ok(Page {
            items: rows.into_iter().map(|r| r.into_record().user).collect(),
            total,
            page,
            per_page,
        })
    }

    /// Changes role, organisation and the disabled flag. Disabling ends the user's sessions.
    pub async fn update_user_access(
        &self,
        actor: &Actor,
        id: i64,
        role: Role,
        organisation: Option<&str>,
        disabled: bool,
    ) -> Result<User> {
        let before = self.user(id).await?.user;
        let org_id = match organisation {
            None => None,
            Some(slug) => Some(
                self.organisation_summary(slug)
                    .await
                    .map_err(|e| match e {
                        StoreError::NotFound => city2city_domain::Validation::single(
                            "organisation",
                            "unknown-organisation",
                            format!("no organisation '{slug}'"),
                        )
                        .into(),
                        e => e,
                    })?
                    .id,
            ),
        };
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE users SET role = $1, organisation_id = $2, disabled = $3, updated_at = $4 WHERE id = $5")
                .bind(role.code()).bind(org_id).bind(disabled).bind(now()).bind(id).execute(&mut *tx).await?;
            if disabled {
                sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(id).execute(&mut *tx).await?;
            }
            record!(tx, actor, "user.update", "user", id, Some(public(&before)),
                Some(serde_json::json!({"role": role, "organisation": organisation, "disabled": disabled})));
            tx.commit().await?;
        });
        Ok(self.user(id).await?.user)
    }

    /// Replaces the password hash and ends every session of the user but `keep_session`.
    pub async fn set_password(
        &self,
        actor: &Actor,
        id: i64,
        hash: &str,
        keep_session: Option<&str>,
    ) -> Result<()> {
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let n = sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
                .bind(hash).bind(now()).bind(id).execute(&mut *tx).await?.rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
                .bind(id).bind(keep_session.unwrap_or("")).execute(&mut *tx).await?;
            record!(tx, actor, "user.password", "user", id, None, None);
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn set_user_lang(&self, id: i64, lang: Lang) -> Result<()> {
        with_db!(self, pool => {
            sqlx::query("UPDATE users SET lang = $1 WHERE id = $2").bind(lang.code()).bind(id).execute(pool).await?;
        });
        Ok(())
    }

    // --- sessions ---

    pub async fn insert_session(
        &self,
        token_hash: &str,
        user_id: i64,
        expires_at: OffsetDateTime,
    ) -> Result<()> {
        with_db!(self, pool => {
            sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
                .bind(token_hash).bind(user_id).bind(now()).bind(expires_at).execute(pool).await?;
        });
        Ok(())
    }

    /// The live session's user; expired sessions and disabled users count as none.
    pub async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>> {
        let row: Option<(i64, OffsetDateTime)> = with_db!(self, pool => sqlx::query_as(
            "SELECT s.user_id, s.expires_at FROM sessions s WHERE s.token_hash = $1 AND s.expires_at > $2",
        ).bind(token_hash).bind(now()).fetch_optional(pool).await?);
        let Some((user_id, expires_at)) = row else {
            return Ok(None);
        };
        let user = self.user(user_id).await?.user;
        Ok((!user.disabled).then_some(SessionRecord { user, expires_at }))
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        with_db!(self, pool => {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(pool).await?;
        });
        Ok(())
    }

    pub async fn delete_expired_sessions(&self) -> Result<u64> {
        Ok(
            with_db!(self, pool => sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now()).execute(pool).await?.rows_affected()),
        )
    }

    // --- API tokens ---

    pub async fn insert_api_token(
        &self,
        actor: &Actor,
        user_id: i64,
        name: &str,
        token_hash: &str,
        prefix: &str,
    ) -> Result<ApiToken> {
        let id: i64 = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO api_tokens (user_id, name, token_hash, prefix, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            ).bind(user_id).bind(name).bind(token_hash).bind(prefix).bind(now()).fetch_one(&mut *tx).await?;
            record!(tx, actor, "api_token.create", "api_token", id, None, Some(serde_json::json!({"user_id": user_id, "name": name, "prefix": prefix})));
            tx.commit().await?;
            id
        });
        self.api_tokens(user_id)
            .await?
            .into_iter()
            .find(|t| t.id == id)
            .ok_or(StoreError::NotFound)
    }

    pub async fn api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>> {
        Ok(with_db!(self, pool => sqlx::query_as::<_, ApiToken>(
            "SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id DESC",
        ).bind(user_id).fetch_all(pool).await?))
    }

    /// Revokes one of the user's own tokens. Unknown or someone else's: not found.
    pub async fn revoke_api_token(&self, actor: &Actor, user_id: i64, token_id: i64) -> Result<()> {
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let n = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
                .bind(now()).bind(token_id).bind(user_id).execute(&mut *tx).await?.rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound);
            }
            record!(tx, actor, "api_token.revoke", "api_token", token_id, None, None);
            tx.commit().await?;
        });
        Ok(())
    }

    /// The user a live token belongs to; marks the token used.
    pub async fn user_by_api_token(&self, token_hash: &str) -> Result<Option<User>> {
        let row: Option<(i64, i64)> = with_db!(self, pool => sqlx::query_as(
            "SELECT id, user_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
        ).bind(token_hash).fetch_optional(pool).await?);
        let Some((token_id, user_id)) = row else {
            return Ok(None);
        };
        with_db!(self, pool => {
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2").bind(now()).bind(token_id).execute(pool).await?;
        });
        let user = self.user(user_id).await?.user;
        Ok((!user.disabled).then_some(user))
    }
}
