//! Matches as the pages show them: on an opportunity's page (its matching partners, or the
//! suggested matches for the staff validating it) and on a company member's home page (the
//! recommendations). Matches are published opportunities; they never show their owners.

use super::common::{guess_text, kind_label};
use crate::ctx::Ctx;
use crate::i18n;
use crate::pages::organisations::{Text, city_text, lang_label, sector_label};
use city2city_app::matching::{MatchReason, MatchView, Recommendation, SemanticState};
use city2city_domain::Lang;
use city2city_domain::cities::City;
use city2city_domain::opportunities::OpportunityKind;

/// Shared terms shown for one match at most.
const TERMS_SHOWN: usize = 6;

/// One reason in words: a label and, for lists, the items (terms keep their language).
pub(in crate::pages) struct ReasonView {
    pub text: String,
    pub items: Option<Text>,
}

/// One matching opportunity.
pub(in crate::pages) struct MatchItem {
    pub reference: String,
    pub title: String,
    pub summary: String,
    /// The language the texts are written in.
    pub lang: Lang,
    pub lang_name: String,
    pub kind_code: &'static str,
    pub kind: String,
    pub city: Text,
    /// The score as a whole percentage, in words ("Match: 83 %").
    pub score_text: String,
    /// The score for the meter, 0–1.
    pub score: String,
    pub reasons: Vec<ReasonView>,
    /// On a recommendation, the own opportunity it matches.
    pub mine: Option<OwnLink>,
}

impl MatchItem {
    /// `of_kind` is the kind of the opportunity matched against (for the pairing reason).
    pub fn of(ctx: &Ctx, m: &MatchView, of_kind: Option<OpportunityKind>, cities: &[City]) -> Self {
        let reasons = m
            .reasons
            .iter()
            .filter_map(|r| reason(ctx, r, of_kind, m))
            .collect();
        MatchItem {
            reference: m.reference.clone(),
            title: m.title.clone(),
            summary: m.summary.clone(),
            lang: m.lang,
            lang_name: lang_label(ctx, m.lang),
            kind_code: m.kind.code(),
            kind: kind_label(ctx, m.kind),
            city: city_text(cities, &m.city, ctx.lang),
            score_text: i18n::t_args(
                ctx.lang,
                "opp-match-score",
                &[("percent", percent(m.score).to_string())],
            ),
            score: format!("{:.3}", m.score.clamp(0.0, 1.0)),
            reasons,
            mine: None,
        }
    }
}

/// A share of 1 as a whole percentage, 0–100.
fn percent(x: f32) -> u32 {
    (x.clamp(0.0, 1.0) * 100.0).round() as u32
}

fn reason(
    ctx: &Ctx,
    r: &MatchReason,
    of_kind: Option<OpportunityKind>,
    m: &MatchView,
) -> Option<ReasonView> {
    Some(match r {
        MatchReason::Semantic { similarity } => ReasonView {
            text: i18n::t_args(
                ctx.lang,
                "opp-match-reason-semantic",
                &[("percent", percent(*similarity).to_string())],
            ),
            items: None,
        },
        MatchReason::SharedTerms { terms } if !terms.is_empty() => {
            let mut list = terms
                .iter()
                .take(TERMS_SHOWN)
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", ");
            if terms.len() > TERMS_SHOWN {
                list.push_str(", …");
            }
            ReasonView {
                text: ctx.t("opp-match-reason-terms"),
                items: Some(Text::in_lang(
                    &list,
                    terms_lang(&list, m.lang, ctx.lang),
                    ctx.lang,
                )),
            }
        }
        MatchReason::SharedSectors { sectors } if !sectors.is_empty() => {
            let list = sectors
                .iter()
                .map(|s| sector_label(ctx, s))
                .collect::<Vec<_>>()
                .join(", ");
            ReasonView {
                text: ctx.t("opp-match-reason-sectors"),
                items: Some(Text::in_lang(&list, ctx.lang, ctx.lang)),
            }
        }
        MatchReason::ClosePairing => ReasonView {
            text: match of_kind {
                Some(from) => i18n::t_args(
                    ctx.lang,
                    "opp-match-reason-pairing",
                    &[
                        ("from", kind_label(ctx, from)),
                        ("to", kind_label(ctx, m.kind)),
                    ],
                ),
                None => ctx.t("opp-match-reason-complementary"),
            },
            items: None,
        },
        _ => return None,
    })
}

/// The language of shared terms (analysed forms, found in both texts): Cyrillic ones are
/// Bulgarian; Latin ones are in the match's language when it is written in Latin script, else
/// of unknown language (the page's, so no `lang` is given).
fn terms_lang(terms: &str, of_match: Lang, page: Lang) -> Lang {
    if terms
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    {
        Lang::Bg
    } else if of_match != Lang::Bg {
        of_match
    } else {
        page
    }
}

/// Matches that can be explained: a match without any reason is left out.
pub(in crate::pages) fn explained(items: Vec<MatchItem>) -> Vec<MatchItem> {
    items
        .into_iter()
        .filter(|m| !m.reasons.is_empty())
        .collect()
}

/// The matches section of an opportunity's page.
pub(in crate::pages) struct MatchesSection {
    pub heading: String,
    pub intro: String,
    /// Why the matches rest on shared terms and sectors only, when they do.
    pub note: Option<String>,
    pub items: Vec<MatchItem>,
}

/// Names of cities in the page language, joined ("Vienna", "Vienna and Sofia").
pub(in crate::pages) fn city_names(ctx: &Ctx, slugs: &[String], cities: &[City]) -> String {
    let names: Vec<String> = slugs
        .iter()
        .map(|s| city_text(cities, s, ctx.lang).text)
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), ctx.t("opp-and")),
    }
}

impl MatchesSection {
    /// `suggested`: the staff validating it see "Suggested matches".
    pub fn of(
        ctx: &Ctx,
        found: &city2city_app::matching::Matches,
        kind: OpportunityKind,
        target_cities: &[String],
        cities: &[City],
        suggested: bool,
    ) -> MatchesSection {
        let names = city_names(ctx, target_cities, cities);
        let heading = if suggested {
            ctx.t("opp-matches-suggested")
        } else if names.is_empty() {
            ctx.t("opp-matches-heading-any")
        } else {
            ctx.ta("opp-matches-heading", "cities", &names)
        };
        let intro = if suggested {
            ctx.ta("opp-matches-suggested-intro", "cities", &names)
        } else {
            ctx.ta("opp-matches-intro", "cities", &names)
        };
        let note = match found.semantic {
            SemanticState::On => None,
            SemanticState::Off => Some(ctx.t("opp-matches-semantic-off")),
            SemanticState::Pending => Some(ctx.t("opp-matches-semantic-pending")),
        };
        MatchesSection {
            heading,
            intro,
            note,
            items: explained(
                found
                    .matches
                    .iter()
                    .map(|m| MatchItem::of(ctx, m, Some(kind), cities))
                    .collect(),
            ),
        }
    }
}

/// On a recommendation: the company's own opportunity it matches, with the words around its
/// title ("matches your “", "”").
pub(in crate::pages) struct OwnLink {
    pub reference: String,
    pub title: Text,
    pub before: String,
    pub after: String,
}

/// A recommendation on the home page: the match, with the company's own opportunity it matches.
pub(in crate::pages) fn recommendation(
    ctx: &Ctx,
    r: &Recommendation,
    cities: &[City],
) -> MatchItem {
    let (before, after) = around(ctx, "opp-recommended-for", "title");
    let mut item = MatchItem::of(ctx, &r.matched, Some(r.for_kind), cities);
    item.mine = Some(OwnLink {
        reference: r.for_ref.clone(),
        title: guess_text(&r.for_title, ctx.lang),
        before,
        after,
    });
    item
}

/// The message `key` split around its argument `arg`, so that a link can take its place
/// wherever the language puts it.
fn around(ctx: &Ctx, key: &str, arg: &str) -> (String, String) {
    const MARK: &str = "\u{1}";
    let text = i18n::t_args(ctx.lang, key, &[(arg, MARK.to_string())]);
    match text.split_once(MARK) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (text, String::new()),
    }
}
