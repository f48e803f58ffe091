//! Loads the demo opportunities and expressions of interest (`opportunities`) through the
//! domain's validation, then puts each into its demo state and dates it.

use super::opportunities::{INTERESTS, OPPORTUNITIES, OpportunitySpec};
use crate::{App, AppError, Result};
use city2city_domain::opportunities::interests::{InterestStatus, Outcome};
use city2city_domain::opportunities::{OpportunityInput, Status, TranslationInput};
use city2city_store::{Actor, InterestChange, StatusChange};
use time::Duration;

fn input(s: &OpportunitySpec, today: time::Date) -> OpportunityInput {
    // Expired ones are written as valid and moved into the past once published.
    let valid_days = if s.valid_days < 0 { 30 } else { s.valid_days };
    OpportunityInput {
        kind: s.kind.into(),
        lang: s.lang.code().into(),
        title: s.title.into(),
        summary: s.summary.into(),
        description: s.description.into(),
        translations: s
            .translations
            .iter()
            .map(|t| TranslationInput {
                lang: t.lang.code().into(),
                title: t.title.into(),
                summary: t.summary.into(),
                description: Some(t.description.into()),
            })
            .collect(),
        sectors: s.sectors.iter().map(|x| x.to_string()).collect(),
        keywords: s.keywords.iter().map(|x| x.to_string()).collect(),
        partner_kinds: s.partner_kinds.iter().map(|x| x.to_string()).collect(),
        partner_role: Some(s.partner_role.into()),
        cooperation: s.cooperation.iter().map(|x| x.to_string()).collect(),
        stage: s.stage.map(Into::into),
        ipr: s.ipr.map(Into::into),
        target_cities: s.target_cities.iter().map(|x| x.to_string()).collect(),
        valid_until: (today + Duration::days(valid_days.into())).to_string(),
        deadline: s
            .deadline_days
            .map(|d| (today + Duration::days(d.into())).to_string()),
        show_name: s.show_name,
    }
}

fn bad_demo(what: &str) -> AppError {
    AppError::Internal(format!("demo data: {what}"))
}

pub(super) async fn load(app: &App, actor: &Actor) -> Result<()> {
    let today = App::today();
    let now = city2city_store::now();
    for s in OPPORTUNITIES {
        let valid = input(s, today).validate(today)?;
        let owner = app.store.organisation_summary(s.organisation).await?;
        let state = Status::parse(s.state).ok_or_else(|| bad_demo(s.state))?;
        let first = match state {
            Status::Draft => Status::Draft,
            Status::Submitted | Status::Returned => Status::Submitted,
            _ => Status::Published,
        };
        let mut o = app
            .store
            .insert_opportunity(actor, owner.id, Some(s.reference), &valid, first)
            .await?;
        if let Some(days) = s.published_days_ago {
            app.store
                .backdate_publication(o.id, now - Duration::days(days.into()))
                .await?;
            o = app.store.opportunity_by_id(o.id).await?;
        }
        if state != first {
            let change = StatusChange {
                from: first,
                to: state,
                action: format!("opportunity.{}", s.state),
                staff_comment: s.staff_comment.map(Into::into),
                valid_until: (s.valid_days < 0)
                    .then(|| today + Duration::days(s.valid_days.into())),
            };
            app.store.set_opportunity_status(actor, &o, &change).await?;
        }
    }
    // Closed ones first: a company may have withdrawn an expression and sent a new one since.
    let mut interests: Vec<_> = INTERESTS.iter().collect();
    interests.sort_by_key(|i| matches!(i.state, "sent" | "accepted"));
    for i in interests {
        let o = app.store.opportunity(i.opportunity).await?;
        let sender = app.store.organisation_summary(i.from).await?;
        let record = app
            .store
            .insert_interest(actor, o.id, sender.id, i.message, i.contribution)
            .await?;
        let to = InterestStatus::parse(i.state).ok_or_else(|| bad_demo(i.state))?;
        let mut record = record;
        if to != InterestStatus::Sent {
            let change = InterestChange {
                from: InterestStatus::Sent,
                to,
                action: format!("interest.{}", i.state),
                decline_reason: i.decline_reason.map(Into::into),
                outcome: None,
            };
            record = app
                .store
                .set_interest_status(actor, &record, &change)
                .await?;
        }
        if let Some(code) = i.outcome {
            let outcome = Outcome::parse(code).ok_or_else(|| bad_demo(code))?;
            let change = InterestChange {
                from: InterestStatus::Accepted,
                to: InterestStatus::Accepted,
                action: "interest.outcome".into(),
                decline_reason: None,
                outcome: Some(outcome),
            };
            app.store
                .set_interest_status(actor, &record, &change)
                .await?;
        }
        app.store
            .backdate_interest(record.interest.id, now - Duration::days(i.days_ago.into()))
            .await?;
    }
    Ok(())
}
