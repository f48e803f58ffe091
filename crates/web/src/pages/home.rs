//! The home page: what the platform is for visitors; for people signed in, what their role
//! needs first (administration, the companies of their city, their city's partnerships, their
//! company's profile and the opportunities recommended to it).

use super::opportunities::matches::{MatchItem, recommendation};
use super::organisations::{
    OrgRow, PartnershipRow, PersonRow, Text, can_edit, city_text, kind_label,
    may_create_organisations,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use city2city_app::partnerships::PartnershipView;
use city2city_domain::accounts::Role;
use city2city_domain::cities::City;
use city2city_domain::organisations::OrgKind;
use city2city_store::{OrgQuery, OrgSort, PeopleQuery};

pub fn routes() -> Router<AppState> {
    Router::new().route("/", get(home))
}

/// A partnership with the names of its cities.
struct PartnershipItem {
    row: PartnershipRow,
    cities: Vec<Text>,
}

fn partnership_item(ctx: &Ctx, v: &PartnershipView, cities: &[City]) -> PartnershipItem {
    PartnershipItem {
        row: PartnershipRow::of(ctx, v),
        cities: v
            .partnership
            .cities
            .iter()
            .map(|c| city_text(cities, c, ctx.lang))
            .collect(),
    }
}

struct AdminBlock {
    organisations: i64,
    users: i64,
    cities: usize,
}

/// The organisation the signed-in user acts for.
struct OwnOrg {
    slug: String,
    name: Text,
    kind: String,
    city_slug: String,
    city: Text,
    can_edit: bool,
}

/// For staff and officials of a public body: the companies of their city.
struct CityBlock {
    heading: String,
    summary: String,
    link_text: String,
    link: String,
    recent: Vec<OrgRow>,
}

#[derive(Template)]
#[template(path = "home/home.html")]
struct HomePage {
    ctx: Ctx,
    title: String,
    organisations: i64,
    companies: i64,
    partnerships: Vec<PartnershipItem>,
    admin: Option<AdminBlock>,
    org: Option<OwnOrg>,
    city_block: Option<CityBlock>,
    /// Heading of the partnerships section: all of them, or those of the user's city.
    partnerships_heading: String,
    people: Option<Vec<PersonRow>>,
    /// For members of companies (and other organisations that publish opportunities):
    /// published opportunities that match their own.
    recommended: Option<Vec<MatchItem>>,
    can_create: bool,
}

/// Recommendations shown on the home page.
const RECOMMENDED: usize = 5;

async fn count(state: &AppState, ctx: &Ctx, q: OrgQuery) -> Result<i64, PageError> {
    Ok(state
        .app
        .organisations(&OrgQuery {
            page: 1,
            per_page: 1,
            ..q
        })
        .await
        .page(ctx)?
        .total)
}

async fn home(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let cities = state.app.cities().await.page(&ctx)?;
    let all_partnerships = state.app.partnerships().await.page(&ctx)?;
    let organisations = count(&state, &ctx, OrgQuery::default()).await?;
    let companies = count(
        &state,
        &ctx,
        OrgQuery {
            kind: Some(OrgKind::Company),
            ..Default::default()
        },
    )
    .await?;
    let p = ctx.principal();

    let admin = match p {
        Some(p) if p.is_admin() => Some(AdminBlock {
            organisations,
            users: state.app.users(Some(p), 1, 1).await.page(&ctx)?.total,
            cities: cities.len(),
        }),
        _ => None,
    };

    let own = match p.and_then(|p| p.org.as_ref()) {
        Some(o) => state.app.organisation(&o.slug).await.ok(),
        None => None,
    };
    let org = own.as_ref().map(|o| OwnOrg {
        slug: o.slug.clone(),
        name: Text::of(&o.name, ctx.lang),
        kind: kind_label(&ctx, o.kind),
        city_slug: o.city.clone(),
        city: city_text(&cities, &o.city, ctx.lang),
        can_edit: can_edit(&ctx, o),
    });

    // Staff and officials of a public body look after their city's companies.
    let public_city = match (p, &own) {
        (Some(p), Some(o))
            if matches!(p.role(), Role::Staff | Role::Official) && o.kind.is_public_body() =>
        {
            Some(o.city.clone())
        }
        _ => None,
    };
    let city_block = match &public_city {
        Some(city) if p.is_some_and(|p| p.role() == Role::Staff) => {
            let result = state
                .app
                .organisations(&OrgQuery {
                    kind: Some(OrgKind::Company),
                    city: Some(city.clone()),
                    sort: OrgSort::Newest,
                    page: 1,
                    per_page: 5,
                    ..Default::default()
                })
                .await
                .page(&ctx)?;
            let name = city_text(&cities, city, ctx.lang).text;
            Some(CityBlock {
                heading: ctx.ta("home-companies-heading", "city", &name),
                summary: ctx.ta("home-companies-summary", "count", &result.total),
                link_text: ctx.ta("home-companies-link", "city", &name),
                link: format!("/organisations?city={city}&kind=company"),
                recent: result
                    .items
                    .iter()
                    .map(|o| OrgRow::of(&ctx, o, &cities))
                    .collect(),
            })
        }
        _ => None,
    };

    // Partnerships: those of the user's city for staff and officials, else all.
    let (partnerships, partnerships_heading) = match &public_city {
        Some(city) => (
            all_partnerships
                .iter()
                .filter(|v| v.partnership.cities.contains(city))
                .map(|v| partnership_item(&ctx, v, &cities))
                .collect(),
            ctx.ta(
                "home-city-partnerships",
                "city",
                &city_text(&cities, city, ctx.lang).text,
            ),
        ),
        None => (
            all_partnerships
                .iter()
                .map(|v| partnership_item(&ctx, v, &cities))
                .collect(),
            ctx.t("home-partnerships"),
        ),
    };

    // Company members: their company's people.
    let people = match (p, &own) {
        (Some(p), Some(o)) if p.role() == Role::CompanyMember => Some(
            state
                .app
                .people(
                    Some(p),
                    &PeopleQuery {
                        organisation: Some(o.slug.clone()),
                        q: None,
                        page: 1,
                        per_page: 200,
                    },
                )
                .await
                .page(&ctx)?
                .items
                .iter()
                .map(|x| PersonRow::of(&ctx, x))
                .collect(),
        ),
        _ => None,
    };

    // Recommendations help, but never at the cost of the page: a failure leaves them out.
    let recommended = if ctx.authors_opportunities() {
        match state.app.recommendations(p, RECOMMENDED * 2).await {
            Ok(found) => {
                let mut items: Vec<MatchItem> = found
                    .iter()
                    .map(|r| recommendation(&ctx, r, &cities))
                    .filter(|m| !m.reasons.is_empty())
                    .collect();
                items.truncate(RECOMMENDED);
                Some(items)
            }
            Err(e) => {
                tracing::warn!(error = %e, "recommendations not shown");
                None
            }
        }
    } else {
        None
    };

    let title = match p {
        Some(p) => ctx.ta("home-greeting", "name", &p.user.name),
        None => ctx.t("home-title"),
    };
    let page = HomePage {
        title,
        organisations,
        companies,
        partnerships,
        partnerships_heading,
        admin,
        org,
        city_block,
        people,
        recommended,
        can_create: may_create_organisations(p, &cities),
        ctx,
    };
    Ok(render(&page))
}
