//! Small helpers shared by the partnership, account and administration pages: dates written
//! out for the page language, content text tagged with its language, notices after a change.

use crate::ctx::Ctx;
use city2city_app::{App, AppError};
use city2city_domain::organisations::Organisation;
use city2city_domain::{Lang, Localized};
use city2city_store::OrgQuery;
use time::{Date, OffsetDateTime, UtcOffset};

const MONTHS_BG: [&str; 12] = [
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date written out for `lang`: bg "22 октомври 2018 г.", de "22. Oktober 2018",
/// en "22 October 2018".
pub fn long_date(lang: Lang, d: Date) -> String {
    let m = u8::from(d.month()) as usize - 1;
    match lang {
        Lang::Bg => format!("{} {} {} г.", d.day(), MONTHS_BG[m], d.year()),
        Lang::De => format!("{}. {} {}", d.day(), MONTHS_DE[m], d.year()),
        Lang::En => format!("{} {} {}", d.day(), MONTHS_EN[m], d.year()),
    }
}

/// `YYYY-MM-DD`, for `<time datetime>` and date inputs.
pub fn iso_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// A date or instant ready for `<time datetime="{{ iso }}">{{ text }}</time>`.
#[derive(Debug, Clone)]
pub struct When {
    pub iso: String,
    pub text: String,
}

impl When {
    pub fn date(lang: Lang, d: Date) -> When {
        When {
            iso: iso_date(d),
            text: long_date(lang, d),
        }
    }

    /// An instant, shown in UTC with hours and minutes.
    pub fn instant(lang: Lang, t: OffsetDateTime) -> When {
        let t = t.to_offset(UtcOffset::UTC);
        When {
            iso: format!(
                "{}T{:02}:{:02}:{:02}Z",
                iso_date(t.date()),
                t.hour(),
                t.minute(),
                t.second()
            ),
            text: format!(
                "{}, {:02}:{:02} UTC",
                long_date(lang, t.date()),
                t.hour(),
                t.minute()
            ),
        }
    }
}

/// Content text in the page language if it exists, else in another one, tagged with it.
#[derive(Debug, Clone, Default)]
pub struct Text {
    pub text: String,
    /// The text's language when it differs from the page's (for a `lang` attribute).
    pub lang: Option<Lang>,
}

impl Text {
    pub fn of(l: &Localized, page: Lang) -> Text {
        let lang = l.lang_of(page);
        Text {
            text: l.get(page).to_string(),
            lang: (lang != page).then_some(lang),
        }
    }

    pub fn plain(text: impl Into<String>) -> Text {
        Text {
            text: text.into(),
            lang: None,
        }
    }
}

/// The notice shown after a successful change (`?done=…`), in the page language.
pub fn done_notice(ctx: &Ctx, done: Option<&str>, known: &[(&str, &str)]) -> Option<String> {
    let done = done?;
    known
        .iter()
        .find(|(code, _)| *code == done)
        .map(|(_, key)| ctx.t(key))
}

/// Every organisation, for choosers (parties of a partnership, an account's organisation).
pub async fn all_organisations(app: &App) -> Result<Vec<Organisation>, AppError> {
    let mut out = Vec::new();
    let mut page = 1;
    loop {
        let p = app
            .organisations(&OrgQuery {
                page,
                per_page: 200,
                ..OrgQuery::default()
            })
            .await?;
        let pages = p.pages();
        out.extend(p.items);
        if page >= pages {
            return Ok(out);
        }
        page += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn dates_are_written_out_per_language() {
        let d = date!(2018 - 10 - 22);
        assert_eq!(long_date(Lang::Bg, d), "22 октомври 2018 г.");
        assert_eq!(long_date(Lang::De, d), "22. Oktober 2018");
        assert_eq!(long_date(Lang::En, d), "22 October 2018");
        assert_eq!(iso_date(date!(2019 - 09 - 06)), "2019-09-06");
        let w = When::instant(Lang::En, datetime!(2020-02-14 09:05:07 UTC));
        assert_eq!(w.iso, "2020-02-14T09:05:07Z");
        assert_eq!(w.text, "14 February 2020, 09:05 UTC");
    }
}
