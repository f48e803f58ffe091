//! Accounts and roles.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the platform: every capability.
    Admin,
    /// Staff of an organisation (a business agency or municipality): supports companies.
    Staff,
    /// Member of a company.
    CompanyMember,
    /// City official (deputy mayor's office, CIO, international affairs).
    Official,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Admin,
        Role::Staff,
        Role::CompanyMember,
        Role::Official,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Staff => "staff",
            Role::CompanyMember => "company_member",
            Role::Official => "official",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        let s = s.trim().replace('-', "_");
        Role::ALL.into_iter().find(|r| r.code() == s)
    }

    /// Every role but admin acts on behalf of one organisation.
    pub fn needs_organisation(self) -> bool {
        self != Role::Admin
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// Slug of the organisation the user acts for (none for admins).
    pub organisation: Option<String>,
    pub lang: Option<crate::Lang>,
    pub disabled: bool,
}

pub const MIN_PASSWORD_LEN: usize = 10;

/// Password policy: long enough, not trivially repetitive.
pub fn check_password(password: &str) -> Result<(), &'static str> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_LEN {
        return Err("must be at least 10 characters");
    }
    if n > 200 {
        return Err("must be at most 200 characters");
    }
    let first = password.chars().next().unwrap_or(' ');
    if password.chars().all(|c| c == first) {
        return Err("must not repeat a single character");
    }
    Ok(())
}
