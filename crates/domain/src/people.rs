//! People: contact persons of organisations, with titles in several languages.

use crate::validation::Validation;
use crate::{Lang, Localized};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Person {
    pub id: i64,
    pub organisation: String,
    pub name: String,
    pub title: Localized,
    /// Hidden from the public (see the authorisation rules in the app layer).
    pub email: Option<String>,
    pub phone: Option<String>,
    pub languages: Vec<Lang>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PersonInput {
    pub organisation: String,
    pub name: String,
    #[serde(default)]
    pub title: Localized,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub languages: Vec<Lang>,
}

impl PersonInput {
    pub fn validate(mut self) -> Result<PersonInput, Validation> {
        let mut v = Validation::new();
        self.organisation = self.organisation.trim().to_string();
        if self.organisation.is_empty() {
            v.add("organisation", "required", "is required");
        }
        self.name = v.required("name", &self.name, 160);
        self.title = Localized::new(self.title.bg, self.title.de, self.title.en);
        for (lang, text) in self.title.values() {
            v.max_len(&format!("title_{lang}"), text, 200);
        }
        self.email = v.email("email", self.email.as_deref());
        self.phone = v.phone("phone", self.phone.as_deref());
        self.languages.dedup();
        v.finish().map(|()| self)
    }
}
