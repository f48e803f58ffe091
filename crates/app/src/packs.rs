//! Information packs: each host city's articles per topic and language, and sending them to
//! cases.

use crate::cases::CaseDetail;
use crate::cities::actor;
use crate::policy;
use crate::{App, AppError, Principal, Result};
use city2city_domain::Lang;
use city2city_domain::Validation;
use city2city_domain::cases::Side;
use city2city_domain::packs::{Pack, PackInput, SendPackInput, Topic, pack_slug};
use city2city_store::{PackQuery, StepActor, StoreError};
use serde::Serialize;

/// A pack with its versions in the other languages and what the viewer may do.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PackView {
    #[serde(flatten)]
    pub pack: Pack,
    /// The same city and topic in the other languages the viewer may read.
    pub translations: Vec<Translation>,
    pub can_edit: bool,
}

/// A pack's version in another language.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Translation {
    pub lang: Lang,
    pub slug: String,
}

/// Filters of the pack listing.
#[derive(Debug, Clone, Default)]
pub struct PackFilter {
    pub city: Option<String>,
    pub topic: Option<Topic>,
    pub lang: Option<Lang>,
}

impl App {
    /// The packs the viewer may read: all for staff, the public ones for everyone else.
    pub async fn packs(&self, p: Option<&Principal>, f: PackFilter) -> Result<Vec<Pack>> {
        let q = PackQuery {
            city: f.city,
            topic: f.topic,
            lang: f.lang,
            public_only: !policy::sees_all_packs(p),
        };
        Ok(self
            .store
            .packs(&q)
            .await?
            .into_iter()
            .map(|r| r.pack)
            .collect())
    }

    pub async fn pack(&self, p: Option<&Principal>, slug: &str) -> Result<PackView> {
        let record = self.store.pack(slug).await?;
        let sent = match p.and_then(|p| p.org.as_ref()) {
            Some(org) if !record.pack.public && !policy::sees_all_packs(p) => {
                self.store.pack_sent_to_company(record.id, org.id).await?
            }
            _ => false,
        };
        policy::read_pack(p, record.pack.public, sent)?;
        let siblings = self
            .packs(
                p,
                PackFilter {
                    city: Some(record.pack.city.clone()),
                    topic: Some(record.pack.topic),
                    lang: None,
                },
            )
            .await?;
        Ok(PackView {
            translations: siblings
                .into_iter()
                .filter(|s| s.slug != record.pack.slug)
                .map(|s| Translation {
                    lang: s.lang,
                    slug: s.slug,
                })
                .collect(),
            can_edit: policy::may_write_pack(p, &record.pack.city),
            pack: record.pack,
        })
    }

    pub async fn create_pack(&self, p: Option<&Principal>, input: PackInput) -> Result<PackView> {
        let principal = p.ok_or(AppError::Unauthenticated)?;
        let mut input = input;
        if input.city.trim().is_empty()
            && let Some(org) = &principal.org
        {
            input.city = org.city.clone();
        }
        let valid = input.validate(Self::today())?;
        let city = match self.store.city(&valid.city).await {
            Ok(c) => c,
            Err(StoreError::NotFound) => {
                return Err(Validation::single(
                    "city",
                    "unknown",
                    format!("there is no city {:?}", valid.city),
                )
                .into());
            }
            Err(e) => return Err(e.into()),
        };
        policy::write_pack(p, &city.slug)?;
        // The owner: the writer's organisation, or the city's agency when an admin writes.
        let owner = match &principal.org {
            Some(org) if org.city == city.slug => org.id,
            _ => {
                self.store
                    .agency_of_city(&city.slug)
                    .await?
                    .ok_or_else(|| {
                        Validation::single(
                            "city",
                            "no-agency",
                            "the city has no business agency to keep the pack",
                        )
                    })?
                    .id
            }
        };
        let slug = pack_slug(&city.slug, valid.topic, valid.lang);
        match self
            .store
            .insert_pack(&actor(p), &slug, city.id, owner, &valid)
            .await
        {
            Err(StoreError::Conflict { .. }) => {
                return Err(Validation::single(
                    "topic",
                    "taken",
                    "the city already has a pack on this topic in this language; edit that one",
                )
                .into());
            }
            other => other?,
        };
        self.pack(p, &slug).await
    }

    /// Changes a pack's title, text, visibility and review date.
    pub async fn update_pack(
        &self,
        p: Option<&Principal>,
        slug: &str,
        input: PackInput,
    ) -> Result<PackView> {
        let before = self.store.pack(slug).await?;
        policy::write_pack(p, &before.pack.city)?;
        let input = PackInput {
            city: before.pack.city.clone(),
            topic: before.pack.topic.code().into(),
            lang: before.pack.lang.code().into(),
            ..input
        };
        let valid = input.validate(Self::today())?;
        self.store.update_pack(&actor(p), &before, &valid).await?;
        self.pack(p, slug).await
    }

    /// Sends a pack of the host city to the case (logged in its history).
    pub async fn send_pack(
        &self,
        p: Option<&Principal>,
        case_id: i64,
        input: SendPackInput,
    ) -> Result<CaseDetail> {
        let case = self.store.case(case_id).await?;
        let side = policy::act_on_case(p, &case, &[Side::Host, Side::Home])?;
        let slug = input.pack.trim();
        if slug.is_empty() {
            return Err(Validation::single("pack", "required", "choose a pack").into());
        }
        let pack = match self.store.pack(slug).await {
            Ok(pack) => pack,
            Err(StoreError::NotFound) => {
                return Err(Validation::single(
                    "pack",
                    "unknown",
                    format!("there is no pack {slug:?}"),
                )
                .into());
            }
            Err(e) => return Err(e.into()),
        };
        if pack.pack.city != case.case.host_city {
            return Err(Validation::single(
                "pack",
                "wrong-city",
                format!(
                    "the pack is about {}, but the company lands in {}",
                    pack.pack.city, case.case.host_city
                ),
            )
            .into());
        }
        let who = StepActor {
            side: crate::cases::side_code(side),
            name: p.map(|p| p.user.name.clone()),
        };
        self.store
            .send_pack(&actor(p), case_id, &pack, &who)
            .await?;
        self.case(p, case_id).await
    }
}
