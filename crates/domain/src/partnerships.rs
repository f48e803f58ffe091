//! Partnerships between cities and the history of their agreement.
//!
//! The agreement is a sequence of events: signed (with a term), extended to a new end date,
//! scope changed (activity areas or sectors added), terminated. The status is never stored: it is
//! derived from the events and a date, so it is right on any day without a background job.

use crate::validation::Validation;
use crate::{Localized, sectors};
use serde::{Deserialize, Serialize};
use time::Date;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Partnership {
    pub id: i64,
    pub slug: String,
    pub name: Localized,
    pub cities: Vec<String>,
    pub parties: Vec<Party>,
    pub events: Vec<AgreementEvent>,
}

/// An organisation that is party to the agreement, with its role in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Party {
    pub organisation: String,
    #[serde(default)]
    pub role: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Signed,
    Extended,
    ScopeChanged,
    Terminated,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [
        EventKind::Signed,
        EventKind::Extended,
        EventKind::ScopeChanged,
        EventKind::Terminated,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EventKind::Signed => "signed",
            EventKind::Extended => "extended",
            EventKind::ScopeChanged => "scope_changed",
            EventKind::Terminated => "terminated",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.code() == s.trim())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AgreementEvent {
    pub id: i64,
    pub kind: EventKind,
    pub date: Date,
    /// For `signed`: the end of the first term (none: open-ended). For `extended`: the new end.
    #[serde(default)]
    pub term_end: Option<Date>,
    /// For `scope_changed`: activity areas added.
    #[serde(default)]
    pub areas: Vec<String>,
    /// For `scope_changed`: sectors added.
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub note: Localized,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not signed yet.
    Draft,
    /// Signed and not yet in force (signed with a future date).
    Signed,
    Active,
    Expired,
    Terminated,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Signed => "signed",
            Status::Active => "active",
            Status::Expired => "expired",
            Status::Terminated => "terminated",
        }
    }
}

/// What the event history adds up to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AgreementState {
    pub signed_on: Option<Date>,
    pub term_end: Option<Date>,
    pub terminated_on: Option<Date>,
    pub areas: Vec<String>,
    pub sectors: Vec<String>,
}

impl AgreementState {
    pub fn of(events: &[AgreementEvent]) -> AgreementState {
        let mut state = AgreementState {
            signed_on: None,
            term_end: None,
            terminated_on: None,
            areas: vec![],
            sectors: vec![],
        };
        for e in events {
            match e.kind {
                EventKind::Signed => {
                    state.signed_on = Some(e.date);
                    state.term_end = e.term_end;
                }
                EventKind::Extended => state.term_end = e.term_end,
                EventKind::ScopeChanged => {
                    for a in &e.areas {
                        if !state.areas.contains(a) {
                            state.areas.push(a.clone());
                        }
                    }
                    for s in &e.sectors {
                        if !state.sectors.contains(s) {
                            state.sectors.push(s.clone());
                        }
                    }
                }
                EventKind::Terminated => state.terminated_on = Some(e.date),
            }
        }
        state
    }

    pub fn status_on(&self, today: Date) -> Status {
        match (self.signed_on, self.terminated_on) {
            (None, _) => Status::Draft,
            (Some(_), Some(t)) if t <= today => Status::Terminated,
            (Some(s), _) if s > today => Status::Signed,
            _ => match self.term_end {
                Some(end) if end < today => Status::Expired,
                _ => Status::Active,
            },
        }
    }
}

/// A new event as submitted, before it is checked against the history.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct EventInput {
    pub kind: String,
    pub date: String,
    #[serde(default)]
    pub term_end: Option<String>,
    #[serde(default)]
    pub areas: Vec<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub note: Localized,
}

fn parse_date(v: &mut Validation, field: &str, s: &str) -> Option<Date> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    match Date::parse(s.trim(), &fmt) {
        Ok(d) => Some(d),
        Err(_) => {
            v.add(field, "invalid-date", "must be a date as YYYY-MM-DD");
            None
        }
    }
}

impl EventInput {
    /// Checks the event on its own and against the history it would be appended to: the
    /// agreement's state machine. An illegal move is an error naming the field at fault.
    pub fn validate_after(self, history: &[AgreementEvent]) -> Result<AgreementEvent, Validation> {
        let mut v = Validation::new();
        let kind = EventKind::parse(&self.kind);
        if kind.is_none() {
            v.add(
                "kind",
                "invalid-choice",
                "must be signed, extended, scope_changed or terminated",
            );
        }
        let date = parse_date(&mut v, "date", &self.date);
        let term_end = match self
            .term_end
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(s) => parse_date(&mut v, "term_end", s),
            None => None,
        };
        let note = Localized::new(self.note.bg, self.note.de, self.note.en);
        for (lang, text) in note.values() {
            v.max_len(&format!("note_{lang}"), text, 2000);
        }
        let areas: Vec<String> = self
            .areas
            .iter()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect();
        for a in &areas {
            v.max_len("areas", a, 200);
        }
        let mut sectors_added = Vec::new();
        for s in self
            .sectors
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
        {
            if sectors::find(s).is_none() {
                v.add("sectors", "unknown-sector", format!("unknown sector '{s}'"));
            } else {
                sectors_added.push(s.to_string());
            }
        }
        v.clone().finish()?;
        let (kind, date) = (kind.expect("checked"), date.expect("checked"));
        let state = AgreementState::of(history);
        let last_date = history.iter().map(|e| e.date).max();
        if state.terminated_on.is_some() {
            v.add(
                "kind",
                "illegal-transition",
                "the agreement is terminated; no event can follow",
            );
        } else if kind != EventKind::Signed && state.signed_on.is_none() {
            v.add(
                "kind",
                "illegal-transition",
                "the agreement must be signed first",
            );
        } else if kind == EventKind::Signed && state.signed_on.is_some() {
            v.add(
                "kind",
                "illegal-transition",
                "the agreement is already signed; record an extension or a scope change",
            );
        }
        if let Some(last) = last_date
            && date < last
        {
            v.add(
                "date",
                "before-previous",
                format!("must not be before the previous event ({last})"),
            );
        }
        match kind {
            EventKind::Signed => {
                if let Some(end) = term_end
                    && end <= date
                {
                    v.add("term_end", "before-start", "must be after the signing date");
                }
            }
            EventKind::Extended => match (term_end, state.term_end) {
                (None, _) => v.add(
                    "term_end",
                    "required",
                    "an extension needs the new end date",
                ),
                (Some(new), Some(old)) if new <= old => v.add(
                    "term_end",
                    "not-later",
                    format!("must be after the current end ({old})"),
                ),
                (Some(_), None) if state.signed_on.is_some() => v.add(
                    "kind",
                    "illegal-transition",
                    "the agreement has no end date to extend",
                ),
                _ => {}
            },
            EventKind::ScopeChanged => {
                if areas.is_empty() && sectors_added.is_empty() {
                    v.add(
                        "areas",
                        "required",
                        "a scope change adds at least one activity area or sector",
                    );
                }
            }
            EventKind::Terminated => {}
        }
        if !matches!(kind, EventKind::Signed | EventKind::Extended) && term_end.is_some() {
            v.add(
                "term_end",
                "not-applicable",
                "applies only to signing and extension",
            );
        }
        v.finish()?;
        Ok(AgreementEvent {
            id: 0,
            kind,
            date,
            term_end,
            areas,
            sectors: sectors_added,
            note,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn input(kind: &str, date: &str, term_end: Option<&str>) -> EventInput {
        EventInput {
            kind: kind.into(),
            date: date.into(),
            term_end: term_end.map(Into::into),
            areas: vec![],
            sectors: vec![],
            note: Localized::default(),
        }
    }

    fn sofia_vienna() -> Vec<AgreementEvent> {
        let mut h = vec![];
        let signed = input("signed", "2018-10-22", Some("2019-12-31"))
            .validate_after(&h)
            .unwrap();
        h.push(signed);
        let ext = input("extended", "2019-09-15", Some("2020-12-31"))
            .validate_after(&h)
            .unwrap();
        h.push(ext);
        let mut scope = input("scope_changed", "2020-02-14", None);
        scope.areas = vec!["Digital innovation and transformation".into()];
        h.push(scope.validate_after(&h).unwrap());
        h
    }

    #[test]
    fn the_sofia_vienna_history_derives_its_status_by_date() {
        let state = AgreementState::of(&sofia_vienna());
        assert_eq!(state.status_on(date!(2018 - 10 - 01)), Status::Signed);
        assert_eq!(state.status_on(date!(2020 - 06 - 01)), Status::Active);
        assert_eq!(state.status_on(date!(2021 - 01 - 01)), Status::Expired);
        assert_eq!(state.areas, ["Digital innovation and transformation"]);
        assert_eq!(
            AgreementState::of(&[]).status_on(date!(2020 - 01 - 01)),
            Status::Draft
        );
    }

    #[test]
    fn illegal_moves_are_refused_with_the_field_at_fault() {
        let h = sofia_vienna();
        let e = input("signed", "2021-01-01", None)
            .validate_after(&h)
            .unwrap_err();
        assert_eq!(e.errors[0].code, "illegal-transition");
        let e = input("extended", "2020-03-01", Some("2020-06-30"))
            .validate_after(&h)
            .unwrap_err();
        assert_eq!(e.for_field("term_end").unwrap().code, "not-later");
        let e = input("extended", "2017-01-01", Some("2030-01-01"))
            .validate_after(&h)
            .unwrap_err();
        assert_eq!(e.for_field("date").unwrap().code, "before-previous");
        let e = input("extended", "2019-01-01", Some("2030-01-01"))
            .validate_after(&[])
            .unwrap_err();
        assert_eq!(e.errors[0].code, "illegal-transition");
        let e = input("scope_changed", "2021-01-01", None)
            .validate_after(&h)
            .unwrap_err();
        assert_eq!(e.for_field("areas").unwrap().code, "required");
    }

    #[test]
    fn nothing_follows_termination() {
        let mut h = sofia_vienna();
        h.push(
            input("terminated", "2020-06-30", None)
                .validate_after(&h)
                .unwrap(),
        );
        assert_eq!(
            AgreementState::of(&h).status_on(date!(2020 - 07 - 01)),
            Status::Terminated
        );
        let e = input("extended", "2020-07-01", Some("2030-01-01"))
            .validate_after(&h)
            .unwrap_err();
        assert_eq!(e.errors[0].code, "illegal-transition");
    }
}

/// Input for creating or updating a partnership (its events are added one by one).
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PartnershipInput {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub name: Localized,
    #[serde(default)]
    pub cities: Vec<String>,
    #[serde(default)]
    pub parties: Vec<Party>,
}

impl PartnershipInput {
    pub fn validate(
        mut self,
        slugify: impl Fn(&str) -> String,
    ) -> Result<PartnershipInput, Validation> {
        let mut v = Validation::new();
        self.name = Localized::new(self.name.bg, self.name.de, self.name.en);
        if self.name.is_empty() {
            v.add("name", "required", "needs a name in at least one language");
        }
        for (lang, text) in self.name.values() {
            v.max_len(&format!("name_{lang}"), text, 200);
        }
        if self.slug.trim().is_empty() {
            self.slug = slugify(self.name.get(crate::Lang::En));
        }
        if !self.name.is_empty() {
            self.slug = v.slug("slug", &self.slug);
        }
        let mut cities: Vec<String> = Vec::new();
        for c in self
            .cities
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
        {
            if !cities.iter().any(|x| x == c) {
                cities.push(c.to_string());
            }
        }
        if cities.len() < 2 {
            v.add(
                "cities",
                "too-few",
                "a partnership joins at least two different cities",
            );
        }
        self.cities = cities;
        let mut parties: Vec<Party> = Vec::new();
        for p in self.parties {
            let organisation = p.organisation.trim().to_string();
            if organisation.is_empty() || parties.iter().any(|x| x.organisation == organisation) {
                continue;
            }
            let role = v.optional("parties", p.role.as_deref(), 200);
            parties.push(Party { organisation, role });
        }
        self.parties = parties;
        v.finish().map(|()| self)
    }
}
