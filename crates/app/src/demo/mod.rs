//! The Sofia–Vienna demo: the programme's real institutions, roles and agreement history (from
//! the Sofia Municipality's announcement of 15 March 2020), with fictional companies, contact
//! persons and demo accounts.
//!
//! This module owns the loader and the demo accounts. The data lives beside it: `institutions`
//! (the two cities, their public bodies with officials shown by role, the partnership and its
//! agreement history), `companies` (fictional companies of both cities, each described in its own
//! language), `support` (universities, service providers and clusters) and `opportunities`
//! (partnering profiles in every state and expressions of interest at every stage, loaded by
//! `market`), the soft-landing cases (`cases`, from `soft_landing/cases.json`) and the host
//! cities' playbooks (`playbooks`, from `soft_landing/playbooks/`) and information packs (`packs`,
//! from `soft_landing/packs/`) and the contact directory (`contacts`).

mod cases;
mod companies;
mod contacts;
mod institutions;
mod market;
mod opportunities;
mod packs;
mod playbooks;
mod support;

use crate::users::UserInput;
use crate::{App, Result};
use city2city_domain::accounts::Role;
use city2city_domain::organisations::OrganisationInput;
use city2city_domain::people::PersonInput;
use city2city_domain::{Lang, Localized};
use city2city_store::{Actor, StoreError};

/// The password of every demo account. Demo only: never use the demo on a public server.
pub const DEMO_PASSWORD: &str = "demo-password-2026";

/// The audit-log label of everything the demo loader writes.
const ACTOR: &str = "demo";

/// A ready-made account to sign in with.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DemoAccount {
    pub role: Role,
    pub email: String,
    pub password: String,
    /// Slug of the organisation the account acts for (none for the admin).
    pub organisation: Option<String>,
    pub description: &'static str,
}

/// What the demo holds: its accounts and how many organisations and people it has.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DemoSummary {
    pub accounts: Vec<DemoAccount>,
    pub organisations: usize,
    pub people: usize,
}

/// One demo account: role, e-mail, organisation, display name, description.
struct AccountSpec {
    role: Role,
    email: &'static str,
    organisation: Option<&'static str>,
    name: &'static str,
    description: &'static str,
}

const ACCOUNTS: &[AccountSpec] = &[
    AccountSpec {
        role: Role::Admin,
        email: "admin@demo.city2city.eu",
        organisation: None,
        name: "Demo administrator",
        description: "Platform administrator: manages cities, organisations, partnerships \
            and accounts.",
    },
    AccountSpec {
        role: Role::Staff,
        email: "staff.sofia@demo.city2city.eu",
        organisation: Some("sofia-investment-agency"),
        name: "Demo staff, Sofia Investment Agency",
        description: "Staff of the Sofia Investment Agency: supports companies moving \
            between the cities.",
    },
    AccountSpec {
        role: Role::Staff,
        email: "staff.vienna@demo.city2city.eu",
        organisation: Some("vienna-business-agency"),
        name: "Demo staff, Vienna Business Agency",
        description: "Staff of the Vienna Business Agency: supports companies moving \
            between the cities.",
    },
    AccountSpec {
        role: Role::Official,
        email: "official.sofia@demo.city2city.eu",
        organisation: Some("sofia-municipality"),
        name: "Demo official, Sofia Municipality",
        description: "Official of Sofia Municipality (office of the deputy mayor for \
            digitalisation, innovation and economic development).",
    },
    AccountSpec {
        role: Role::Official,
        email: "official.vienna@demo.city2city.eu",
        organisation: Some("city-of-vienna"),
        name: "Demo official, City of Vienna",
        description: "Official of the City of Vienna (finance, business, digitalisation \
            and international affairs).",
    },
    AccountSpec {
        role: Role::CompanyMember,
        email: "member.sofia@demo.city2city.eu",
        organisation: Some(companies::SOFIA_DEMO_COMPANY),
        name: "Demo member, Sigil Trust",
        description: "Member of Sigil Trust, a Sofia trust-service provider (qualified \
            e-signatures and seals).",
    },
    AccountSpec {
        role: Role::CompanyMember,
        email: "member.vienna@demo.city2city.eu",
        organisation: Some(companies::VIENNA_DEMO_COMPANY),
        name: "Demo member, Zahlwerk Payments",
        description: "Member of Zahlwerk Payments, a Vienna fintech (payments and open banking).",
    },
];

/// The demo accounts, one per role (and per city where the role acts for an organisation).
pub fn accounts() -> Vec<DemoAccount> {
    ACCOUNTS
        .iter()
        .map(|a| DemoAccount {
            role: a.role,
            email: a.email.to_string(),
            password: DEMO_PASSWORD.to_string(),
            organisation: a.organisation.map(str::to_string),
            description: a.description,
        })
        .collect()
}

/// An organisation of the demo with its contact persons. Names and titles are `[bg, de, en]`;
/// an empty string means "not given in that language".
pub(crate) struct OrgSpec {
    pub slug: &'static str,
    pub kind: &'static str,
    pub city: &'static str,
    pub name: [&'static str; 3],
    pub description: &'static str,
    pub description_lang: &'static str,
    pub website: &'static str,
    pub sectors: &'static [&'static str],
    pub size_band: Option<&'static str>,
    pub people: &'static [PersonSpec],
}

pub(crate) struct PersonSpec {
    pub name: &'static str,
    pub title: [&'static str; 3],
    pub email: &'static str,
    pub phone: &'static str,
    pub languages: &'static [Lang],
}

pub(crate) fn localized(t: [&str; 3]) -> Localized {
    Localized::new(Some(t[0].into()), Some(t[1].into()), Some(t[2].into()))
}

impl OrgSpec {
    fn input(&self) -> OrganisationInput {
        OrganisationInput {
            slug: self.slug.into(),
            kind: self.kind.into(),
            city: self.city.into(),
            name: localized(self.name),
            description: Some(self.description.into()),
            description_lang: Some(self.description_lang.into()),
            website: Some(self.website.into()),
            sectors: self.sectors.iter().map(|s| s.to_string()).collect(),
            size_band: self.size_band.map(Into::into),
        }
    }
}

impl PersonSpec {
    fn input(&self, organisation: &str) -> PersonInput {
        PersonInput {
            organisation: organisation.into(),
            name: self.name.into(),
            title: localized(self.title),
            email: Some(self.email.into()),
            phone: Some(self.phone.into()),
            languages: self.languages.to_vec(),
        }
    }
}

/// Every organisation of the demo, public bodies first.
fn organisations() -> impl Iterator<Item = &'static OrgSpec> {
    institutions::PUBLIC_BODIES
        .iter()
        .chain(companies::SOFIA)
        .chain(companies::VIENNA)
        .chain(support::ORGANISATIONS)
}

fn summary() -> DemoSummary {
    DemoSummary {
        accounts: accounts(),
        organisations: organisations().count(),
        people: organisations().map(|o| o.people.len()).sum(),
    }
}

/// Loads the demo into an empty database; if the demo is already there (the city "sofia"
/// exists), loads nothing and just returns the summary (accounts list) so `serve --demo` can be
/// run repeatedly.
///
/// Everything is validated by the same domain rules as user input, so the demo cannot hold what
/// the platform would refuse. A load that fails half-way leaves what it wrote; start again from
/// an empty database.
pub async fn load(app: &App) -> Result<DemoSummary> {
    match app.store.city("sofia").await {
        Ok(_) => {
            tracing::info!("demo data already present (city 'sofia' exists); nothing loaded");
            return Ok(summary());
        }
        Err(StoreError::NotFound) => {}
        Err(e) => return Err(e.into()),
    }
    let actor = Actor::system(ACTOR);
    for city in institutions::cities() {
        app.store.insert_city(&actor, &city.validate()?).await?;
    }
    for org in organisations() {
        let valid = org.input().validate(city2city_text::slugify)?;
        app.store.insert_organisation(&actor, &valid).await?;
        for person in org.people {
            app.store
                .insert_person(&actor, &person.input(org.slug).validate()?)
                .await?;
        }
    }
    let partnership = institutions::partnership().validate(city2city_text::slugify)?;
    let mut history = app
        .store
        .insert_partnership(&actor, &partnership)
        .await?
        .events;
    for event in institutions::agreement_events() {
        let event = event.validate_after(&history)?;
        history = app
            .store
            .add_agreement_event(&actor, &partnership.slug, &event)
            .await?
            .events;
    }
    for a in ACCOUNTS {
        let input = UserInput {
            email: a.email.into(),
            name: a.name.into(),
            role: a.role.code().into(),
            organisation: a.organisation.map(Into::into),
            password: DEMO_PASSWORD.into(),
        };
        app.create_user_as_operator(input, ACTOR).await?;
    }
    market::load(app, &actor).await?;
    let playbooks = playbooks::load(app, &actor).await?;
    let packs = packs::load(app, &actor).await?;
    let contacts = contacts::load(app, &actor).await?;
    let cases = cases::load(app, &actor, &playbooks, &packs, &contacts).await?;
    tracing::info!(
        cases,
        playbooks = playbooks.len(),
        packs = packs.len(),
        "demo soft-landing cases, playbooks and information packs loaded"
    );
    app.rebuild_index(|_| {}).await?;
    let summary = summary();
    tracing::info!(
        organisations = summary.organisations,
        people = summary.people,
        accounts = summary.accounts.len(),
        "demo data loaded"
    );
    Ok(summary)
}
