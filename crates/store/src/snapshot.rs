//! Export and import of all data as one JSON document: every table row by row, ids kept, so an
//! import into an empty database reproduces the same data on either backend. Sessions are left
//! out (they are secrets of the running instance); password and token hashes are included.
//! Opportunity vectors and their failed attempts are left out too: they are derived data, and
//! the target computes them again. Files attached to cases travel with their rows, their
//! content base64-encoded and checked against its SHA-256 on import.

use crate::{Result, Store, StoreError, with_db};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

pub const FORMAT_VERSION: u32 = 1;

/// Declares one table's row type with the SQL to read all its rows and to insert one.
macro_rules! table {
    ($row:ident, $table:literal, $order:literal, { $($(#[$m:meta])* $col:ident : $ty:ty),+ $(,)? }) => {
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
        pub struct $row { $($(#[$m])* pub $col: $ty),+ }

        impl $row {
            const SELECT: &'static str = concat!("SELECT ", table!(@cols $($col),+), " FROM ", $table, " ORDER BY ", $order);
            fn insert_sql() -> String {
                let cols = [$(stringify!($col)),+];
                let params: Vec<String> = (1..=cols.len()).map(|i| format!("${i}")).collect();
                format!("INSERT INTO {} ({}) VALUES ({})", $table, cols.join(", "), params.join(", "))
            }
        }
    };
    (@cols $first:ident $(, $rest:ident)*) => { concat!(stringify!($first) $(, ", ", stringify!($rest))*) };
}

/// Binds every field of `$row` (listed again) onto a query, in declaration order.
macro_rules! bind_all {
    ($q:expr, $r:expr, $($col:ident),+) => { $q $(.bind(&$r.$col))+ };
}

table!(CityRow, "cities", "id", {
    id: i64, slug: String, name_bg: Option<String>, name_de: Option<String>, name_en: Option<String>,
    country: String, languages: String, time_zone: String,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
});
table!(OrganisationRow, "organisations", "id", {
    id: i64, slug: String, kind: String, city_id: i64, name_bg: Option<String>, name_de: Option<String>,
    name_en: Option<String>, sort_name: String, search_text: String, description: Option<String>,
    description_lang: Option<String>, website: Option<String>, size_band: Option<String>,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
});
table!(OrganisationSectorRow, "organisation_sectors", "organisation_id, sector", {
    organisation_id: i64, sector: String,
});
table!(PersonRow, "people", "id", {
    id: i64, organisation_id: i64, name: String, title_bg: Option<String>, title_de: Option<String>,
    title_en: Option<String>, email: Option<String>, phone: Option<String>, languages: String,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
});
table!(PartnershipRow, "partnerships", "id", {
    id: i64, slug: String, name_bg: Option<String>, name_de: Option<String>, name_en: Option<String>,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
});
table!(PartnershipCityRow, "partnership_cities", "partnership_id, position", {
    partnership_id: i64, city_id: i64, position: i64,
});
table!(PartnershipPartyRow, "partnership_parties", "partnership_id, position", {
    partnership_id: i64, organisation_id: i64, role: Option<String>, position: i64,
});
table!(AgreementEventRow, "agreement_events", "id", {
    id: i64, partnership_id: i64, kind: String, event_date: Date, term_end: Option<Date>,
    areas: String, sectors: String, note_bg: Option<String>, note_de: Option<String>, note_en: Option<String>,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
});
table!(UserRow, "users", "id", {
    id: i64, email: String, name: String, password_hash: String, role: String,
    organisation_id: Option<i64>, lang: Option<String>, disabled: bool,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
});
table!(ApiTokenRow, "api_tokens", "id", {
    id: i64, user_id: i64, name: String, token_hash: String, prefix: String,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")] last_used_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")] revoked_at: Option<OffsetDateTime>,
});
table!(OpportunityRow, "opportunities", "id", {
    id: i64, reference: String, kind: String, status: String, organisation_id: i64, lang: String,
    title: String, summary: String, description: String, translations: String, sectors: String,
    keywords: String, partner_kinds: String, partner_role: Option<String>, cooperation: String,
    stage: Option<String>, ipr: Option<String>, target_cities: String, valid_until: Date,
    deadline: Option<Date>, show_name: bool, staff_comment: Option<String>, created_by: Option<i64>,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")] submitted_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")] published_at: Option<OffsetDateTime>,
});
table!(ReferenceCounterRow, "reference_counters", "prefix", { prefix: String, last: i64 });
table!(InterestRow, "interests", "id", {
    id: i64, opportunity_id: i64, organisation_id: i64, created_by: Option<i64>, message: String,
    contribution: String, status: String, decline_reason: Option<String>, outcome: Option<String>,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")] decided_at: Option<OffsetDateTime>,
});
table!(SavedSearchRow, "saved_searches", "id", {
    id: i64, user_id: i64, name: String, query: String, filters: String, alerts: bool,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
});
table!(NotificationRow, "notifications", "id", {
    id: i64, user_id: i64, kind: String, subject: String, detail: String,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")] read_at: Option<OffsetDateTime>,
});
table!(AgencySettingsRow, "agency_settings", "organisation_id", {
    organisation_id: i64, first_response_days: i64,
});
table!(CaseRow, "cases", "id", {
    id: i64, organisation_id: i64, host_city_id: i64, home_agency_id: i64, host_agency_id: Option<i64>,
    home_manager_id: Option<i64>, host_manager_id: Option<i64>, plan: String, timeline: Option<String>,
    team_size: Option<i64>, needs: String, message: String, lang: String, stage: String,
    drop_reason: Option<String>, drop_note: Option<String>, establishment: Option<String>,
    created_by: Option<i64>,
    #[serde(with = "time::serde::rfc3339")] opened_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")] referred_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")] first_response_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
});
table!(CaseEventRow, "case_events", "id", {
    id: i64, case_id: i64,
    #[serde(with = "time::serde::rfc3339")] at: OffsetDateTime,
    user_id: Option<i64>, actor: Option<String>, side: String, kind: String, text: Option<String>,
});
table!(PlaybookRow, "playbooks", "id", {
    id: i64, slug: String, city_id: i64,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
});
table!(PlaybookVersionRow, "playbook_versions", "id", {
    id: i64, playbook_id: i64, version: i64, content: String, author_id: Option<i64>, author: Option<String>,
    #[serde(with = "time::serde::rfc3339")] saved_at: OffsetDateTime,
});
table!(CaseStepRow, "case_steps", "id", {
    id: i64, case_id: i64, playbook_version_id: i64, number: i64, step: String, waits_for: String,
    #[serde(with = "time::serde::rfc3339::option")] done_at: Option<OffsetDateTime>,
    done_by: Option<i64>, done_actor: Option<String>,
});
table!(PackRow, "packs", "id", {
    id: i64, slug: String, city_id: i64, topic: String, lang: String, title: String, body: String,
    owner_id: i64, public: bool, last_reviewed: Date,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
});
table!(CasePackRow, "case_packs", "id", {
    id: i64, case_id: i64, pack_id: i64,
    #[serde(with = "time::serde::rfc3339")] sent_at: OffsetDateTime,
    sent_by: Option<i64>, actor: Option<String>,
});
table!(ContactRow, "contacts", "id", {
    id: i64, slug: String, name: String, organisation: Option<String>, kind: String, city_id: i64,
    expertise: String, languages: String, sectors: String, email: Option<String>, phone: Option<String>,
    website: Option<String>, consent: bool, consent_date: Option<Date>,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
});
table!(IntroductionRow, "introductions", "id", {
    id: i64, case_id: i64, contact_id: i64, status: String, outcome: Option<String>,
    created_by: Option<i64>, actor: Option<String>,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")] updated_at: OffsetDateTime,
});
table!(CaseAttachmentRow, "case_attachments", "id", {
    id: i64, case_id: i64, file_name: String, file_type: String, size: i64, sha256: String,
    side: String, user_id: Option<i64>, actor: Option<String>,
    #[serde(with = "time::serde::rfc3339")] created_at: OffsetDateTime,
});

/// The content of an attached file (kept on disk beside the database), base64-encoded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttachmentFile {
    pub case_id: i64,
    pub id: i64,
    pub content_base64: String,
}

table!(AuditRow, "audit_log", "id", {
    id: i64,
    #[serde(with = "time::serde::rfc3339")] at: OffsetDateTime,
    actor_user_id: Option<i64>, actor: String, action: String, entity: String, entity_id: String,
    before_json: Option<String>, after_json: Option<String>,
});
table!(ChangeRow, "changes", "seq", {
    seq: i64, entity: String, entity_id: String, op: String,
    #[serde(with = "time::serde::rfc3339")] at: OffsetDateTime,
});

/// Everything the platform stores, in dependency order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub format: String,
    pub version: u32,
    pub cities: Vec<CityRow>,
    pub organisations: Vec<OrganisationRow>,
    pub organisation_sectors: Vec<OrganisationSectorRow>,
    pub people: Vec<PersonRow>,
    pub partnerships: Vec<PartnershipRow>,
    pub partnership_cities: Vec<PartnershipCityRow>,
    pub partnership_parties: Vec<PartnershipPartyRow>,
    pub agreement_events: Vec<AgreementEventRow>,
    pub users: Vec<UserRow>,
    pub api_tokens: Vec<ApiTokenRow>,
    #[serde(default)]
    pub opportunities: Vec<OpportunityRow>,
    #[serde(default)]
    pub reference_counters: Vec<ReferenceCounterRow>,
    #[serde(default)]
    pub interests: Vec<InterestRow>,
    #[serde(default)]
    pub saved_searches: Vec<SavedSearchRow>,
    #[serde(default)]
    pub notifications: Vec<NotificationRow>,
    #[serde(default)]
    pub agency_settings: Vec<AgencySettingsRow>,
    #[serde(default)]
    pub cases: Vec<CaseRow>,
    #[serde(default)]
    pub case_events: Vec<CaseEventRow>,
    #[serde(default)]
    pub playbooks: Vec<PlaybookRow>,
    #[serde(default)]
    pub playbook_versions: Vec<PlaybookVersionRow>,
    #[serde(default)]
    pub case_steps: Vec<CaseStepRow>,
    #[serde(default)]
    pub packs: Vec<PackRow>,
    #[serde(default)]
    pub case_packs: Vec<CasePackRow>,
    #[serde(default)]
    pub contacts: Vec<ContactRow>,
    #[serde(default)]
    pub introductions: Vec<IntroductionRow>,
    #[serde(default)]
    pub case_attachments: Vec<CaseAttachmentRow>,
    /// The attachments' content, one entry per row of `case_attachments`.
    #[serde(default)]
    pub attachment_files: Vec<AttachmentFile>,
    pub audit_log: Vec<AuditRow>,
    pub changes: Vec<ChangeRow>,
}

impl Snapshot {
    pub fn row_count(&self) -> usize {
        self.cities.len()
            + self.organisations.len()
            + self.organisation_sectors.len()
            + self.people.len()
            + self.partnerships.len()
            + self.partnership_cities.len()
            + self.partnership_parties.len()
            + self.agreement_events.len()
            + self.users.len()
            + self.api_tokens.len()
            + self.opportunities.len()
            + self.reference_counters.len()
            + self.interests.len()
            + self.saved_searches.len()
            + self.notifications.len()
            + self.agency_settings.len()
            + self.cases.len()
            + self.case_events.len()
            + self.playbooks.len()
            + self.playbook_versions.len()
            + self.case_steps.len()
            + self.packs.len()
            + self.case_packs.len()
            + self.contacts.len()
            + self.introductions.len()
            + self.case_attachments.len()
            + self.audit_log.len()
            + self.changes.len()
    }
}

/// Tables with a generated id, whose PostgreSQL sequences must follow imported ids.
const SEQUENCES: &[(&str, &str)] = &[
    ("cities", "id"),
    ("organisations", "id"),
    ("people", "id"),
    ("partnerships", "id"),
    ("agreement_events", "id"),
    ("users", "id"),
    ("api_tokens", "id"),
    ("opportunities", "id"),
    ("interests", "id"),
    ("saved_searches", "id"),
    ("notifications", "id"),
    ("cases", "id"),
    ("case_events", "id"),
    ("playbooks", "id"),
    ("playbook_versions", "id"),
    ("case_steps", "id"),
    ("packs", "id"),
    ("case_packs", "id"),
    ("contacts", "id"),
    ("introductions", "id"),
    ("case_attachments", "id"),
    ("audit_log", "id"),
    ("changes", "seq"),
];

impl Store {
    pub async fn export_snapshot(&self) -> Result<Snapshot> {
        let mut snapshot = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            Snapshot {
                format: "city2city".into(),
                version: FORMAT_VERSION,
                cities: sqlx::query_as(CityRow::SELECT).fetch_all(&mut *tx).await?,
                organisations: sqlx::query_as(OrganisationRow::SELECT).fetch_all(&mut *tx).await?,
                organisation_sectors: sqlx::query_as(OrganisationSectorRow::SELECT).fetch_all(&mut *tx).await?,
                people: sqlx::query_as(PersonRow::SELECT).fetch_all(&mut *tx).await?,
                partnerships: sqlx::query_as(PartnershipRow::SELECT).fetch_all(&mut *tx).await?,
                partnership_cities: sqlx::query_as(PartnershipCityRow::SELECT).fetch_all(&mut *tx).await?,
                partnership_parties: sqlx::query_as(PartnershipPartyRow::SELECT).fetch_all(&mut *tx).await?,
                agreement_events: sqlx::query_as(AgreementEventRow::SELECT).fetch_all(&mut *tx).await?,
                users: sqlx::query_as(UserRow::SELECT).fetch_all(&mut *tx).await?,
                api_tokens: sqlx::query_as(ApiTokenRow::SELECT).fetch_all(&mut *tx).await?,
                opportunities: sqlx::query_as(OpportunityRow::SELECT).fetch_all(&mut *tx).await?,
                reference_counters: sqlx::query_as(ReferenceCounterRow::SELECT).fetch_all(&mut *tx).await?,
                interests: sqlx::query_as(InterestRow::SELECT).fetch_all(&mut *tx).await?,
                saved_searches: sqlx::query_as(SavedSearchRow::SELECT).fetch_all(&mut *tx).await?,
                notifications: sqlx::query_as(NotificationRow::SELECT).fetch_all(&mut *tx).await?,
                agency_settings: sqlx::query_as(AgencySettingsRow::SELECT).fetch_all(&mut *tx).await?,
                cases: sqlx::query_as(CaseRow::SELECT).fetch_all(&mut *tx).await?,
                case_events: sqlx::query_as(CaseEventRow::SELECT).fetch_all(&mut *tx).await?,
                playbooks: sqlx::query_as(PlaybookRow::SELECT).fetch_all(&mut *tx).await?,
                playbook_versions: sqlx::query_as(PlaybookVersionRow::SELECT).fetch_all(&mut *tx).await?,
                case_steps: sqlx::query_as(CaseStepRow::SELECT).fetch_all(&mut *tx).await?,
                packs: sqlx::query_as(PackRow::SELECT).fetch_all(&mut *tx).await?,
                case_packs: sqlx::query_as(CasePackRow::SELECT).fetch_all(&mut *tx).await?,
                contacts: sqlx::query_as(ContactRow::SELECT).fetch_all(&mut *tx).await?,
                introductions: sqlx::query_as(IntroductionRow::SELECT).fetch_all(&mut *tx).await?,
                case_attachments: sqlx::query_as(CaseAttachmentRow::SELECT).fetch_all(&mut *tx).await?,
                attachment_files: vec![],
                audit_log: sqlx::query_as(AuditRow::SELECT).fetch_all(&mut *tx).await?,
                changes: sqlx::query_as(ChangeRow::SELECT).fetch_all(&mut *tx).await?,
            }
        });
        for a in &snapshot.case_attachments {
            let path = self.attachment_path(a.case_id, a.id);
            let content = tokio::fs::read(&path)
                .await
                .map_err(|e| StoreError::Files(format!("cannot read {}: {e}", path.display())))?;
            snapshot.attachment_files.push(AttachmentFile {
                case_id: a.case_id,
                id: a.id,
                content_base64: BASE64.encode(content),
            });
        }
        Ok(snapshot)
    }

    /// The attachments' content of a snapshot, checked against their rows before anything is
    /// written.
    fn attachment_contents(s: &Snapshot) -> Result<Vec<(&CaseAttachmentRow, Vec<u8>)>> {
        s.case_attachments
            .iter()
            .map(|a| {
                let bad = |why: &str| {
                    StoreError::Config(format!(
                        "attachment {} ({}) of case {}: {why}",
                        a.id, a.file_name, a.case_id
                    ))
                };
                let file = s
                    .attachment_files
                    .iter()
                    .find(|f| f.id == a.id && f.case_id == a.case_id)
                    .ok_or_else(|| bad("its content is missing from the export"))?;
                let bytes = BASE64
                    .decode(&file.content_base64)
                    .map_err(|_| bad("its content is not valid base64"))?;
                if crate::attachments::sha256_hex(&bytes) != a.sha256 {
                    return Err(bad("its content does not match its SHA-256"));
                }
                Ok((a, bytes))
            })
            .collect()
    }

    /// Loads a snapshot into an empty database, all or nothing.
    pub async fn import_snapshot(&self, s: &Snapshot) -> Result<()> {
        if s.format != "city2city" || s.version != FORMAT_VERSION {
            return Err(StoreError::Config(format!(
                "not a city2city export of format version {FORMAT_VERSION} (found '{}' version {})",
                s.format, s.version
            )));
        }
        if !self.is_empty().await? {
            return Err(StoreError::Config(
                "the target database already holds data; import needs an empty one".into(),
            ));
        }
        let files = Store::attachment_contents(s)?;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            for r in &s.cities {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(CityRow::insert_sql())), r, id, slug, name_bg, name_de, name_en, country, languages, time_zone, created_at, updated_at).execute(&mut *tx).await?;
            }
            for r in &s.organisations {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(OrganisationRow::insert_sql())), r, id, slug, kind, city_id, name_bg, name_de, name_en, sort_name, search_text, description, description_lang, website, size_band, created_at, updated_at).execute(&mut *tx).await?;
            }
            for r in &s.organisation_sectors {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(OrganisationSectorRow::insert_sql())), r, organisation_id, sector).execute(&mut *tx).await?;
            }
            for r in &s.people {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(PersonRow::insert_sql())), r, id, organisation_id, name, title_bg, title_de, title_en, email, phone, languages, created_at, updated_at).execute(&mut *tx).await?;
            }
            for r in &s.partnerships {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(PartnershipRow::insert_sql())), r, id, slug, name_bg, name_de, name_en, created_at, updated_at).execute(&mut *tx).await?;
            }
            for r in &s.partnership_cities {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(PartnershipCityRow::insert_sql())), r, partnership_id, city_id, position).execute(&mut *tx).await?;
            }
            for r in &s.partnership_parties {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(PartnershipPartyRow::insert_sql())), r, partnership_id, organisation_id, role, position).execute(&mut *tx).await?;
            }
            for r in &s.agreement_events {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(AgreementEventRow::insert_sql())), r, id, partnership_id, kind, event_date, term_end, areas, sectors, note_bg, note_de, note_en, created_at).execute(&mut *tx).await?;
            }
            for r in &s.users {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(UserRow::insert_sql())), r, id, email, name, password_hash, role, organisation_id, lang, disabled, created_at, updated_at).execute(&mut *tx).await?;
            }
            for r in &s.api_tokens {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(ApiTokenRow::insert_sql())), r, id, user_id, name, token_hash, prefix, created_at, last_used_at, revoked_at).execute(&mut *tx).await?;
            }
            for r in &s.opportunities {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(OpportunityRow::insert_sql())), r, id, reference, kind, status, organisation_id, lang, title, summary, description, translations, sectors, keywords, partner_kinds, partner_role, cooperation, stage, ipr, target_cities, valid_until, deadline, show_name, staff_comment, created_by, created_at, updated_at, submitted_at, published_at).execute(&mut *tx).await?;
            }
            for r in &s.reference_counters {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(ReferenceCounterRow::insert_sql())), r, prefix, last).execute(&mut *tx).await?;
            }
            for r in &s.interests {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(InterestRow::insert_sql())), r, id, opportunity_id, organisation_id, created_by, message, contribution, status, decline_reason, outcome, created_at, updated_at, decided_at).execute(&mut *tx).await?;
            }
            for r in &s.saved_searches {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(SavedSearchRow::insert_sql())), r, id, user_id, name, query, filters, alerts, created_at).execute(&mut *tx).await?;
            }
            for r in &s.notifications {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(NotificationRow::insert_sql())), r, id, user_id, kind, subject, detail, created_at, read_at).execute(&mut *tx).await?;
            }
            for r in &s.agency_settings {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(AgencySettingsRow::insert_sql())), r, organisation_id, first_response_days).execute(&mut *tx).await?;
            }
            for r in &s.cases {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(CaseRow::insert_sql())), r, id, organisation_id, host_city_id, home_agency_id, host_agency_id, home_manager_id, host_manager_id, plan, timeline, team_size, needs, message, lang, stage, drop_reason, drop_note, establishment, created_by, opened_at, referred_at, first_response_at, updated_at).execute(&mut *tx).await?;
            }
            for r in &s.case_events {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(CaseEventRow::insert_sql())), r, id, case_id, at, user_id, actor, side, kind, text).execute(&mut *tx).await?;
            }
            for r in &s.playbooks {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(PlaybookRow::insert_sql())), r, id, slug, city_id, created_at).execute(&mut *tx).await?;
            }
            for r in &s.playbook_versions {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(PlaybookVersionRow::insert_sql())), r, id, playbook_id, version, content, author_id, author, saved_at).execute(&mut *tx).await?;
            }
            for r in &s.case_steps {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(CaseStepRow::insert_sql())), r, id, case_id, playbook_version_id, number, step, waits_for, done_at, done_by, done_actor).execute(&mut *tx).await?;
            }
            for r in &s.packs {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(PackRow::insert_sql())), r, id, slug, city_id, topic, lang, title, body, owner_id, public, last_reviewed, created_at, updated_at).execute(&mut *tx).await?;
            }
            for r in &s.case_packs {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(CasePackRow::insert_sql())), r, id, case_id, pack_id, sent_at, sent_by, actor).execute(&mut *tx).await?;
            }
            for r in &s.contacts {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(ContactRow::insert_sql())), r, id, slug, name, organisation, kind, city_id, expertise, languages, sectors, email, phone, website, consent, consent_date, created_at, updated_at).execute(&mut *tx).await?;
            }
            for r in &s.introductions {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(IntroductionRow::insert_sql())), r, id, case_id, contact_id, status, outcome, created_by, actor, created_at, updated_at).execute(&mut *tx).await?;
            }
            for r in &s.case_attachments {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(CaseAttachmentRow::insert_sql())), r, id, case_id, file_name, file_type, size, sha256, side, user_id, actor, created_at).execute(&mut *tx).await?;
            }
            for r in &s.audit_log {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(AuditRow::insert_sql())), r, id, at, actor_user_id, actor, action, entity, entity_id, before_json, after_json).execute(&mut *tx).await?;
            }
            for r in &s.changes {
                bind_all!(sqlx::query(sqlx::AssertSqlSafe(ChangeRow::insert_sql())), r, seq, entity, entity_id, op, at).execute(&mut *tx).await?;
            }
            // The files go in place before the rows commit; a failure removes those written.
            let mut written = Vec::new();
            for (a, bytes) in &files {
                let path = self.attachment_path(a.case_id, a.id);
                if let Err(e) = crate::attachments::write_file(&path, bytes).await {
                    for p in &written {
                        let _ = tokio::fs::remove_file(p).await;
                    }
                    return Err(e);
                }
                written.push(path);
            }
            if let Err(e) = tx.commit().await {
                for p in &written {
                    let _ = tokio::fs::remove_file(p).await;
                }
                return Err(e.into());
            }
        });
        if let crate::Db::Postgres(pool) = &self.db {
            for (table, col) in SEQUENCES {
                let sql = format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', '{col}'), COALESCE((SELECT MAX({col}) FROM {table}), 0) + 1, false)"
                );
                sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
                    .execute(pool)
                    .await?;
            }
        }
        Ok(())
    }
}
