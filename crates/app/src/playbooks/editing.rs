//! Writing playbooks: the first version, and each later one as a new version.

use super::{NewPlaybookInput, PlaybookView, RevisionInput};
use crate::cities::actor;
use crate::{App, AppError, Principal, Result, policy};
use city2city_domain::Validation;
use city2city_domain::playbooks::PlaybookContent;
use city2city_domain::{Lang, Localized};
use city2city_store::StoreError;

/// "vienna-open-a-gmbh": the city, then the title in English (else any language).
fn slug_base(city: &str, title: &Localized) -> String {
    let base = city2city_text::slugify(&format!("{city} {}", title.get(Lang::En)));
    base.chars()
        .take(56)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

impl App {
    pub async fn create_playbook(
        &self,
        p: Option<&Principal>,
        input: NewPlaybookInput,
    ) -> Result<PlaybookView> {
        let principal = p.ok_or(AppError::Unauthenticated)?;
        let city_slug = match (input.city.trim(), &principal.org) {
            ("", Some(org)) => org.city.clone(),
            ("", None) => {
                return Err(Validation::single("city", "required", "is required").into());
            }
            (city, _) => city.to_string(),
        };
        let city = match self.store.city(&city_slug).await {
            Ok(c) => c,
            Err(StoreError::NotFound) => {
                return Err(Validation::single(
                    "city",
                    "unknown",
                    format!("there is no city {city_slug:?}"),
                )
                .into());
            }
            Err(e) => return Err(e.into()),
        };
        policy::write_playbook(p, &city.slug)?;
        let content = input.content.validate(city2city_store::now().date())?;
        let slug = self.free_playbook_slug(&city.slug, &content).await?;
        self.store
            .insert_playbook(
                &actor(p),
                &slug,
                city.id,
                &content,
                Some(principal.user.name.clone()),
            )
            .await?;
        self.playbook(p, &slug, None).await
    }

    /// Saves a new version made from `input.base_version`.
    pub async fn revise_playbook(
        &self,
        p: Option<&Principal>,
        slug: &str,
        input: RevisionInput,
    ) -> Result<PlaybookView> {
        let principal = p.ok_or(AppError::Unauthenticated)?;
        let before = self.store.playbook(slug, None).await?;
        policy::write_playbook(p, &before.playbook.city)?;
        let content = input.content.validate(city2city_store::now().date())?;
        let base = if input.base_version == 0 {
            before.playbook.latest_version
        } else {
            input.base_version
        };
        // A stale base is the store's conflict to report, whatever the content.
        if base == before.playbook.latest_version && content == before.playbook.content {
            return Err(Validation::single(
                "steps",
                "unchanged",
                "nothing was changed, so no new version was saved",
            )
            .into());
        }
        self.store
            .revise_playbook(
                &actor(p),
                &before,
                base,
                &content,
                Some(principal.user.name.clone()),
            )
            .await?;
        self.playbook(p, slug, None).await
    }

    async fn free_playbook_slug(&self, city: &str, content: &PlaybookContent) -> Result<String> {
        let base = slug_base(city, &content.title);
        for n in 1..100 {
            let slug = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            if !self.store.playbook_slug_taken(&slug).await? {
                return Ok(slug);
            }
        }
        Err(Validation::single("title", "taken", "choose a title of its own").into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_names_the_city_and_the_title() {
        let t = Localized::new(
            None,
            Some("GmbH gründen".into()),
            Some("Open a GmbH".into()),
        );
        assert_eq!(slug_base("vienna", &t), "vienna-open-a-gmbh");
        let t = Localized::new(Some("Клон в София".into()), None, None);
        assert!(slug_base("sofia", &t).starts_with("sofia-klon-v-sofi"));
    }
}
