//! What the opportunity pages share: labels of the closed vocabularies in the page language,
//! choices for forms, contact persons, field errors renamed to the inputs that carry them, and
//! the profile as the public sees it (on the opportunity's page and in the editor's preview).

use crate::ctx::Ctx;
use crate::form::FieldErrors;
use crate::pages::organisations::{Text, city_text, lang_label, paragraphs, sector_label};
use crate::pages::partnerships::common::When;
use city2city_app::opportunities::Contact;
use city2city_domain::cities::City;
use city2city_domain::opportunities::interests::{InterestStatus, Outcome};
use city2city_domain::opportunities::{
    Cooperation, Ipr, Opportunity, OpportunityKind, Stage, Status,
};
use city2city_domain::organisations::OrgKind;
use city2city_domain::{Lang, Validation};

pub(super) fn kind_label(ctx: &Ctx, k: OpportunityKind) -> String {
    ctx.t(&format!("opp-kind-{}", k.code()))
}

pub(super) fn status_label(ctx: &Ctx, s: Status) -> String {
    ctx.t(&format!("opp-status-{}", s.code()))
}

pub(super) fn cooperation_label(ctx: &Ctx, c: Cooperation) -> String {
    ctx.t(&format!("opp-coop-{}", c.code()))
}

pub(super) fn stage_label(ctx: &Ctx, s: Stage) -> String {
    ctx.t(&format!("opp-stage-{}", s.code()))
}

pub(super) fn ipr_label(ctx: &Ctx, i: Ipr) -> String {
    ctx.t(&format!("opp-ipr-{}", i.code()))
}

pub(super) fn interest_status_label(ctx: &Ctx, s: InterestStatus) -> String {
    ctx.t(&format!("interest-status-{}", s.code()))
}

pub(super) fn outcome_label(ctx: &Ctx, o: Outcome) -> String {
    ctx.t(&format!("interest-outcome-{}", o.code()))
}

pub(super) fn org_kind_label(ctx: &Ctx, k: OrgKind) -> String {
    ctx.t(&format!("kind-{}", k.code()))
}

/// An option of a select.
#[derive(Debug, Clone)]
pub(in crate::pages) struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Opt {
    pub fn new(value: &str, label: String, selected: bool) -> Opt {
        Opt {
            value: value.to_string(),
            label,
            selected,
        }
    }
}

/// A checkbox of a group. The first of a group has the group's name as id, so a link from the
/// error summary lands on it.
#[derive(Debug, Clone)]
pub(in crate::pages) struct Check {
    pub id: String,
    pub value: String,
    pub label: String,
    /// The language of the label when it is content (a city name), not interface text.
    pub lang: Option<Lang>,
    pub checked: bool,
    /// How many results the choice has (search facets).
    pub count: Option<usize>,
}

/// Checkboxes of group `group` from (value, label, checked) triples.
pub(in crate::pages) fn checks(group: &str, items: Vec<(String, String, bool)>) -> Vec<Check> {
    items
        .into_iter()
        .enumerate()
        .map(|(i, (value, label, checked))| Check {
            id: if i == 0 {
                group.to_string()
            } else {
                format!("{group}-{value}")
            },
            value,
            label,
            lang: None,
            checked,
            count: None,
        })
        .collect()
}

/// Every city as a checkbox of group `group`, in the page language, by name.
pub(super) fn city_checks(
    ctx: &Ctx,
    group: &str,
    cities: &[City],
    chosen: &[String],
) -> Vec<Check> {
    let mut list: Vec<(String, Text)> = cities
        .iter()
        .map(|c| (c.slug.clone(), Text::of(&c.name, ctx.lang)))
        .collect();
    list.sort_by(|a, b| a.1.text.cmp(&b.1.text));
    let langs: Vec<Option<Lang>> = list
        .iter()
        .map(|(_, t)| t.foreign.then_some(t.lang))
        .collect();
    let mut out = checks(
        group,
        list.into_iter()
            .map(|(slug, t)| {
                let checked = chosen.contains(&slug);
                (slug, t.text, checked)
            })
            .collect(),
    );
    for (c, lang) in out.iter_mut().zip(langs) {
        c.lang = lang;
    }
    out
}

/// A contact person as shown to those entitled to see one.
#[derive(Debug, Clone)]
pub(super) struct ContactView {
    pub name: Text,
    pub title: Option<Text>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The phone number for a `tel:` link.
    pub tel: String,
}

impl ContactView {
    pub fn of(ctx: &Ctx, c: &Contact) -> ContactView {
        ContactView {
            name: Text::guess(&c.name, ctx.lang),
            title: Text::opt(&c.title, ctx.lang),
            email: c.email.clone(),
            phone: c.phone.clone(),
            tel: c
                .phone
                .as_deref()
                .unwrap_or("")
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect(),
        }
    }
}

/// Free text of unknown language (a message, a title quoted in a notification): Cyrillic is
/// taken as Bulgarian; Latin text as German when it has German letters or common German words,
/// else as English. Good enough to give a screen reader the right voice.
pub(super) fn guess_text(text: &str, page: Lang) -> Text {
    let lang = if text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        Lang::Bg
    } else if text.chars().any(|c| "äöüßÄÖÜ".contains(c))
        || text.split(|c: char| !c.is_alphabetic()).any(|w| {
            [
                "und", "der", "die", "das", "wir", "mit", "für", "nicht", "ist",
            ]
            .contains(&w)
        })
    {
        Lang::De
    } else {
        Lang::En
    };
    Text::in_lang(text, lang, page)
}

/// Field errors for a form whose inputs are named differently from the fields the domain
/// reports: `rename` gives the input's id for a reported field (or keeps it).
pub(in crate::pages) fn field_errors(
    ctx: &Ctx,
    mut v: Validation,
    rename: impl Fn(&str) -> Option<String>,
) -> FieldErrors {
    for e in v.errors.iter_mut() {
        if let Some(to) = rename(&e.field) {
            e.field = to;
        }
    }
    FieldErrors::from_validation(ctx, &v)
}

/// One language version of the texts.
#[derive(Debug, Clone)]
pub(super) struct Version {
    pub lang: Lang,
    pub lang_name: String,
    pub original: bool,
    pub title: String,
    pub summary: String,
    pub description: Vec<String>,
    /// The description's language: a translation without its own description shows the
    /// original's.
    pub description_lang: Lang,
}

/// An opportunity as the public sees it (what its page and the editor's preview show).
#[derive(Debug, Clone)]
pub(super) struct ProfileView {
    /// Level of the section headings (2 on the page, lower in the preview).
    pub h: u8,
    /// Level of the headings inside a section.
    pub hs: u8,
    pub reference: String,
    pub kind_code: &'static str,
    pub kind: String,
    pub status_code: &'static str,
    pub status: String,
    pub show_status: bool,
    /// The texts in the page language when the author translated them, else the original.
    pub main: Version,
    /// The other versions (the original and the author's translations).
    pub others: Vec<Version>,
    pub original_lang: Lang,
    pub sectors: Vec<String>,
    pub keywords: Vec<String>,
    pub partner_kinds: Vec<String>,
    pub partner_role: Option<String>,
    pub cooperation: Vec<String>,
    pub is_technology: bool,
    pub stage: Option<String>,
    pub ipr: Option<String>,
    pub city: Text,
    pub target_cities: Vec<Text>,
    pub valid_until: Option<When>,
    pub deadline: Option<When>,
    pub published: Option<When>,
}

impl ProfileView {
    pub fn of(
        ctx: &Ctx,
        o: &Opportunity,
        cities: &[City],
        h: u8,
        show_status: bool,
    ) -> ProfileView {
        let lang = ctx.lang;
        let original = Version {
            lang: o.lang,
            lang_name: lang_label(ctx, o.lang),
            original: true,
            title: o.title.clone(),
            summary: o.summary.clone(),
            description: paragraphs(&o.description),
            description_lang: o.lang,
        };
        let mut versions = vec![original];
        for t in &o.translations {
            let own = t.description.as_deref().filter(|d| !d.trim().is_empty());
            versions.push(Version {
                lang: t.lang,
                lang_name: lang_label(ctx, t.lang),
                original: false,
                title: t.title.clone(),
                summary: t.summary.clone(),
                description: paragraphs(own.unwrap_or(&o.description)),
                description_lang: if own.is_some() { t.lang } else { o.lang },
            });
        }
        let main_at = versions.iter().position(|v| v.lang == lang).unwrap_or(0);
        let main = versions.remove(main_at);
        // The other versions repeat a description only when it is their own.
        let others = versions
            .into_iter()
            .map(|mut v| {
                if v.description_lang != v.lang {
                    v.description.clear();
                }
                v
            })
            .collect();
        ProfileView {
            h,
            hs: h + 1,
            reference: o.reference.clone(),
            kind_code: o.kind.code(),
            kind: kind_label(ctx, o.kind),
            status_code: o.status.code(),
            status: status_label(ctx, o.status),
            show_status,
            main,
            others,
            original_lang: o.lang,
            sectors: o.sectors.iter().map(|s| sector_label(ctx, s)).collect(),
            keywords: o.keywords.clone(),
            partner_kinds: o
                .partner_kinds
                .iter()
                .map(|k| org_kind_label(ctx, *k))
                .collect(),
            partner_role: o.partner_role.clone().filter(|r| !r.trim().is_empty()),
            cooperation: o
                .cooperation
                .iter()
                .map(|c| cooperation_label(ctx, *c))
                .collect(),
            is_technology: o.kind.is_technology(),
            stage: o.stage.map(|s| stage_label(ctx, s)),
            ipr: o.ipr.map(|i| ipr_label(ctx, i)),
            city: city_text(cities, &o.city, lang),
            target_cities: o
                .target_cities
                .iter()
                .map(|c| city_text(cities, c, lang))
                .collect(),
            valid_until: Some(When::date(lang, o.valid_until)),
            deadline: o.deadline.map(|d| When::date(lang, d)),
            published: o.published_at.map(|t| When::date(lang, t.date())),
        }
    }
}

/// An opportunity as a row of a table (the organisation's list, the validation queue).
pub(super) struct OppRow {
    pub reference: String,
    pub title: Text,
    pub kind: String,
    pub status_code: &'static str,
    pub status: String,
    pub valid_until: When,
    pub updated: When,
    /// The owner's name (the validation queue), when known.
    pub owner: Option<Text>,
    pub city: Text,
}

impl OppRow {
    pub fn of(ctx: &Ctx, o: &Opportunity, cities: &[City]) -> OppRow {
        let (lang, title, _, _) = o.texts(ctx.lang);
        OppRow {
            reference: o.reference.clone(),
            title: Text::in_lang(title, lang, ctx.lang),
            kind: kind_label(ctx, o.kind),
            status_code: o.status.code(),
            status: status_label(ctx, o.status),
            valid_until: When::date(ctx.lang, o.valid_until),
            updated: When::date(ctx.lang, o.updated_at.date()),
            owner: None,
            city: city_text(cities, &o.city, ctx.lang),
        }
    }
}
