//! Accounts: admins create and change them; every user changes their own password, language
//! and API tokens.

use crate::auth::{TOKEN_PREFIX, hash_secret, random_secret};
use crate::cities::actor;
use crate::{App, AppError, Principal, Result, policy};
use city2city_domain::Validation;
use city2city_domain::accounts::{Role, User, check_password};
use city2city_domain::validation::is_plausible_email;
use city2city_store::{Actor, ApiToken, NewUser, Page};

/// A request to create an account.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct UserInput {
    pub email: String,
    #[serde(default)]
    pub name: String,
    pub role: String,
    #[serde(default)]
    pub organisation: Option<String>,
    pub password: String,
}

impl App {
    async fn validate_user(&self, input: &UserInput) -> Result<NewUser> {
        let mut v = Validation::new();
        let email = input.email.trim().to_lowercase();
        if email.is_empty() {
            v.add("email", "required", "is required");
        } else if !is_plausible_email(&email) || email.len() > 254 {
            v.add("email", "invalid-email", "is not a valid e-mail address");
        }
        let name = if input.name.trim().is_empty() {
            email.split('@').next().unwrap_or("").to_string()
        } else {
            v.required("name", &input.name, 160)
        };
        let role = Role::parse(&input.role);
        if role.is_none() {
            v.add(
                "role",
                "invalid-choice",
                "must be admin, staff, company_member or official",
            );
        }
        let organisation = input
            .organisation
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from);
        if let Some(role) = role {
            if role.needs_organisation() && organisation.is_none() {
                v.add(
                    "organisation",
                    "required",
                    "this role acts for an organisation: give its slug",
                );
            }
            if !role.needs_organisation() && organisation.is_some() {
                v.add(
                    "organisation",
                    "not-applicable",
                    "an admin does not act for an organisation",
                );
            }
        }
        if let Err(msg) = check_password(&input.password) {
            v.add("password", "weak-password", msg);
        }
        if let (Some(role), Some(slug)) = (role, organisation.as_deref()) {
            match self.store.organisation_summary(slug).await {
                Ok(org) => {
                    use city2city_domain::organisations::OrgKind;
                    let fits = match role {
                        Role::CompanyMember => org.kind == OrgKind::Company,
                        Role::Official => org.kind == OrgKind::Municipality,
                        Role::Staff | Role::Admin => true,
                    };
                    if !fits {
                        v.add(
                            "organisation",
                            "role-mismatch",
                            match role {
                                Role::CompanyMember => "a company member belongs to a company",
                                _ => "an official belongs to a municipality",
                            },
                        );
                    }
                }
                Err(city2city_store::StoreError::NotFound) => v.add(
                    "organisation",
                    "unknown-organisation",
                    format!("no organisation '{slug}'"),
                ),
                Err(e) => return Err(e.into()),
            }
        }
        v.finish()?;
        Ok(NewUser {
            email,
            name,
            password_hash: self.hash_password(&input.password)?,
            role: role.expect("validated"),
            organisation,
        })
    }

    pub async fn create_user(&self, p: Option<&Principal>, input: UserInput) -> Result<User> {
        policy::manage_users(p)?;
        let new = self.validate_user(&input).await?;
        Ok(self.store.insert_user(&actor(p), &new).await?)
    }

    /// For the CLI and the demo loader, which run with the operator's authority.
    pub async fn create_user_as_operator(&self, input: UserInput, by: &str) -> Result<User> {
        let new = self.validate_user(&input).await?;
        Ok(self.store.insert_user(&Actor::system(by), &new).await?)
    }

    pub async fn users(
        &self,
        p: Option<&Principal>,
        page: i64,
        per_page: i64,
    ) -> Result<Page<User>> {
        policy::manage_users(p)?;
        Ok(self.store.list_users(page, per_page).await?)
    }

    pub async fn update_user_access(
        &self,
        p: Option<&Principal>,
        id: i64,
        role: &str,
        organisation: Option<&str>,
        disabled: bool,
    ) -> Result<User> {
        policy::manage_users(p)?;
        let target = self.store.user(id).await?.user;
        let mut v = Validation::new();
        let role = Role::parse(role);
        if role.is_none() {
            v.add(
                "role",
                "invalid-choice",
                "must be admin, staff, company_member or official",
            );
        }
        let organisation = organisation.map(str::trim).filter(|s| !s.is_empty());
        if let Some(r) = role
            && r.needs_organisation()
            && organisation.is_none()
        {
            v.add(
                "organisation",
                "required",
                "this role acts for an organisation: give its slug",
            );
        }
        if p.is_some_and(|me| me.user.id == target.id) && (disabled || role != Some(Role::Admin)) {
            v.add(
                "role",
                "self-lockout",
                "you cannot remove your own admin access",
            );
        }
        v.finish()?;
        let role = role.expect("validated");
        let org = if role.needs_organisation() {
            organisation
        } else {
            None
        };
        Ok(self
            .store
            .update_user_access(&actor(p), id, role, org, disabled)
            .await?)
    }

    pub async fn change_password(
        &self,
        p: &Principal,
        current: &str,
        new: &str,
        keep_session_secret: Option<&str>,
    ) -> Result<()> {
        let record = self.store.user(p.user.id).await?;
        let mut v = Validation::new();
        if !self.verify_password(current, &record.password_hash) {
            v.add(
                "current_password",
                "bad-credentials",
                "is not your current password",
            );
        }
        if let Err(msg) = check_password(new) {
            v.add("new_password", "weak-password", msg);
        }
        v.finish()?;
        let hash = self.hash_password(new)?;
        let keep = keep_session_secret.map(hash_secret);
        Ok(self
            .store
            .set_password(&p.actor(), p.user.id, &hash, keep.as_deref())
            .await?)
    }

    /// Sets a new password by e-mail (CLI), ending all sessions.
    pub async fn reset_password_as_operator(&self, email: &str, new: &str) -> Result<User> {
        if let Err(msg) = check_password(new) {
            return Err(Validation::single("password", "weak-password", msg).into());
        }
        let record = self.store.user_by_email(email).await.map_err(|e| match e {
            city2city_store::StoreError::NotFound => AppError::Validation(Validation::single(
                "email",
                "unknown-user",
                format!("no user '{email}'"),
            )),
            e => e.into(),
        })?;
        let hash = self.hash_password(new)?;
        self.store
            .set_password(&Actor::system("cli"), record.user.id, &hash, None)
            .await?;
        Ok(record.user)
    }

    /// Creates an API token; the secret is returned once and stored only hashed.
    pub async fn create_api_token(&self, p: &Principal, name: &str) -> Result<(String, ApiToken)> {
        let mut v = Validation::new();
        let name = v.required("name", name, 80);
        v.finish()?;
        let secret = format!("{TOKEN_PREFIX}{}", random_secret());
        let prefix: String = secret.chars().take(TOKEN_PREFIX.len() + 6).collect();
        let token = self
            .store
            .insert_api_token(&p.actor(), p.user.id, &name, &hash_secret(&secret), &prefix)
            .await?;
        Ok((secret, token))
    }

    pub async fn api_tokens(&self, p: &Principal) -> Result<Vec<ApiToken>> {
        Ok(self.store.api_tokens(p.user.id).await?)
    }

    pub async fn revoke_api_token(&self, p: &Principal, id: i64) -> Result<()> {
        Ok(self
            .store
            .revoke_api_token(&p.actor(), p.user.id, id)
            .await?)
    }
}
