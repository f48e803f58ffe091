//! The programme's real side: the two cities, their municipalities and business agencies, the
//! officials and staff who run the partnership (officials shown by role, never by name; staff
//! names and every e-mail address and phone number are fictional), and the Sofia–Vienna
//! agreement with its history as the announcement of 15 March 2020 tells it.

use super::{OrgSpec, PersonSpec};
use city2city_domain::cities::CityInput;
use city2city_domain::partnerships::{EventInput, PartnershipInput, Party};
use city2city_domain::{Lang, Localized};

use Lang::{Bg, De, En};

pub(super) fn cities() -> Vec<CityInput> {
    vec![
        CityInput {
            slug: "sofia".into(),
            name: Localized::all("София", "Sofia", "Sofia"),
            country: "BG".into(),
            languages: vec![Bg],
            time_zone: "Europe/Sofia".into(),
        },
        CityInput {
            slug: "vienna".into(),
            name: Localized::all("Виена", "Wien", "Vienna"),
            country: "AT".into(),
            languages: vec![De],
            time_zone: "Europe/Vienna".into(),
        },
    ]
}

pub(super) const PUBLIC_BODIES: &[OrgSpec] = &[
    OrgSpec {
        slug: "sofia-municipality",
        kind: "municipality",
        city: "sofia",
        name: ["Столична община", "Stadt Sofia", "Sofia Municipality"],
        description: "Органът на местното самоуправление на град София. Заместник-кметът по \
            дигитализация, иновации и икономическо развитие отговаря за програмата „Град-към-Град“ \
            с Виена. От 2020 г. общината участва пряко в партньорството: обмен на добри практики \
            и знания за цифровата трансформация, съвместни проекти по програми на ЕС и включване \
            на местните компании в дигитализацията на града.",
        description_lang: "bg",
        website: "https://www.sofia.bg",
        sectors: &["smart-city"],
        size_band: None,
        people: &[
            PersonSpec {
                name: "Deputy Mayor for Digitalisation, Innovation and Economic Development",
                title: [
                    "Заместник-кмет по дигитализация, иновации и икономическо развитие",
                    "Vizebürgermeister für Digitalisierung, Innovation und Wirtschaftsentwicklung",
                    "Deputy Mayor for Digitalisation, Innovation and Economic Development",
                ],
                email: "deputy-mayor.digital@sofia-municipality.example.org",
                phone: "+359 2 555 0100",
                languages: &[Bg, En],
            },
            PersonSpec {
                name: "Десислава Маринова",
                title: [
                    "Главен експерт „Международно сътрудничество и проекти“",
                    "Expertin für internationale Zusammenarbeit und Projekte",
                    "Senior Expert, International Cooperation and Projects",
                ],
                email: "d.marinova@sofia-municipality.example.org",
                phone: "+359 2 555 0114",
                languages: &[Bg, En, De],
            },
        ],
    },
    OrgSpec {
        slug: "sofia-investment-agency",
        kind: "business_agency",
        city: "sofia",
        name: [
            "Софийска инвестиционна агенция",
            "Sofioter Investitionsagentur",
            "Sofia Investment Agency",
        ],
        description: "Агенцията на Столична община за привличане на инвестиции и подкрепа на \
            бизнеса. Помага на компании, които искат да се установят или да разширят дейността си \
            в София, с информация, контакти и практическо съдействие при откриване на офис. От \
            2018 г. е страна по споразумението „Град-към-Град“ с Виенската бизнес агенция.",
        description_lang: "bg",
        website: "https://investsofia.com",
        sectors: &[
            "fintech",
            "ict",
            "creative-industries",
            "biotech-life-sciences",
        ],
        size_band: None,
        people: &[
            PersonSpec {
                name: "Director of the Sofia Investment Agency",
                title: [
                    "Директор на Софийска инвестиционна агенция",
                    "Direktor der Sofioter Investitionsagentur",
                    "Director of the Sofia Investment Agency",
                ],
                email: "director@sofia-investment-agency.example.org",
                phone: "+359 2 555 0200",
                languages: &[Bg, En],
            },
            PersonSpec {
                name: "Мартин Илиев",
                title: [
                    "Ръководител проекти, програма „Град-към-Град“",
                    "Projektmanager, City-to-City-Programm",
                    "Project Manager, City-to-City programme",
                ],
                email: "m.iliev@sofia-investment-agency.example.org",
                phone: "+359 88 555 0211",
                languages: &[Bg, En, De],
            },
        ],
    },
    OrgSpec {
        slug: "city-of-vienna",
        kind: "municipality",
        city: "vienna",
        name: ["Град Виена", "Stadt Wien", "City of Vienna"],
        description: "Wien ist Gemeinde und Bundesland zugleich. Die Geschäftsgruppe Finanzen, \
            Wirtschaft, Digitalisierung und Internationales verantwortet die City-to-City-\
            Partnerschaft mit Sofia. Seit 2020 arbeiten die beiden Städte auch auf Ebene der \
            Stadtverwaltung zusammen: digitale Innovation und Transformation, Austausch guter \
            Praxis, Wissenstransfer und gemeinsame Anträge für EU-Förderungen.",
        description_lang: "de",
        website: "https://www.wien.gv.at",
        sectors: &["smart-city"],
        size_band: None,
        people: &[
            PersonSpec {
                name: "Executive City Councillor for Finance, Business, Digital Innovation and International Affairs",
                title: [
                    "Изпълнителен градски съветник по финанси, бизнес, цифрови иновации и международни въпроси",
                    "Amtsführender Stadtrat für Finanzen, Wirtschaft, Digitalisierung und Internationales",
                    "Executive City Councillor for Finance, Business, Digital Innovation and International Affairs",
                ],
                email: "councillor.finance@city-of-vienna.example.org",
                phone: "+43 1 555 0100",
                languages: &[De, En],
            },
            PersonSpec {
                name: "Chief Information Officer of the City of Vienna",
                title: [
                    "Директор „Информационни технологии“ (CIO) на град Виена",
                    "Chief Information Officer (CIO) der Stadt Wien",
                    "Chief Information Officer (CIO) of the City of Vienna",
                ],
                email: "cio@city-of-vienna.example.org",
                phone: "+43 1 555 0120",
                languages: &[De, En],
            },
            PersonSpec {
                name: "Johanna Leitner",
                title: [
                    "Експерт по европейски програми и международни въпроси",
                    "Referentin für EU-Förderprogramme und Internationales",
                    "Officer for EU Funding Programmes and International Affairs",
                ],
                email: "j.leitner@city-of-vienna.example.org",
                phone: "+43 1 555 0134",
                languages: &[De, En],
            },
        ],
    },
    OrgSpec {
        slug: "vienna-business-agency",
        kind: "business_agency",
        city: "vienna",
        name: [
            "Виенска бизнес агенция",
            "Wirtschaftsagentur Wien",
            "Vienna Business Agency",
        ],
        description: "Die Wirtschaftsagentur Wien ist der Fonds der Stadt Wien für die Wiener \
            Wirtschaft: Förderungen, Beratung, Immobilien und die Begleitung internationaler \
            Unternehmen bei der Ansiedlung. Seit 2018 ist sie Partnerin der Sofioter \
            Investitionsagentur im City-to-City-Abkommen und unterstützt Unternehmen, die in der \
            Partnerstadt Fuß fassen wollen, mit Information, Kontakten und praktischer Hilfe.",
        description_lang: "de",
        website: "https://wirtschaftsagentur.at",
        sectors: &[
            "fintech",
            "ict",
            "creative-industries",
            "biotech-life-sciences",
        ],
        size_band: None,
        people: &[
            PersonSpec {
                name: "Managing Director of the Vienna Business Agency",
                title: [
                    "Управляващ директор на Виенската бизнес агенция",
                    "Geschäftsführer der Wirtschaftsagentur Wien",
                    "Managing Director of the Vienna Business Agency",
                ],
                email: "managing-director@vienna-business-agency.example.org",
                phone: "+43 1 555 0200",
                languages: &[De, En],
            },
            PersonSpec {
                name: "Director of International Business Development",
                title: [
                    "Директор „Международно бизнес развитие“",
                    "Leitung Internationale Geschäftsentwicklung",
                    "Director of International Business Development",
                ],
                email: "international@vienna-business-agency.example.org",
                phone: "+43 1 555 0210",
                languages: &[De, En],
            },
            PersonSpec {
                name: "Kalina Dobreva",
                title: [
                    "Регионален мениджър за Централна и Източна Европа (България)",
                    "Regionalmanagerin Zentral- und Osteuropa (Bulgarien)",
                    "Regional Manager, Central and Eastern Europe (Bulgaria)",
                ],
                email: "k.dobreva@vienna-business-agency.example.org",
                phone: "+43 664 555 0221",
                languages: &[De, Bg, En],
            },
        ],
    },
];

pub(super) fn partnership() -> PartnershipInput {
    let party = |organisation: &str, role: &str| Party {
        organisation: organisation.into(),
        role: Some(role.into()),
    };
    PartnershipInput {
        slug: "sofia-vienna".into(),
        name: Localized::all(
            "Партньорство Град-към-Град София–Виена",
            "City-to-City-Partnerschaft Sofia–Wien",
            "Sofia–Vienna City-to-City partnership",
        ),
        cities: vec!["sofia".into(), "vienna".into()],
        parties: vec![
            party(
                "vienna-business-agency",
                "Signatory for Vienna; runs the company track",
            ),
            party(
                "sofia-investment-agency",
                "Signatory for Sofia; runs the company track",
            ),
            party(
                "sofia-municipality",
                "City track partner since 2020 (deputy mayor's office)",
            ),
            party("city-of-vienna", "City track partner since 2020"),
        ],
    }
}

fn event(kind: &str, date: &str, term_end: Option<&str>, note: [&str; 3]) -> EventInput {
    EventInput {
        kind: kind.into(),
        date: date.into(),
        term_end: term_end.map(Into::into),
        areas: vec![],
        sectors: vec![],
        note: super::localized(note),
    }
}

/// The agreement history, oldest first.
pub(super) fn agreement_events() -> Vec<EventInput> {
    let signed = event(
        "signed",
        "2018-10-22",
        Some("2019-12-31"),
        [
            "Подписано от Виенската бизнес агенция и Софийската инвестиционна агенция. Бизнес \
             направление: подкрепа за компании, които искат да разширят дейността си в града \
             партньор (информация, достъп до контакти, помощ при откриване на оперативен \
             офис), в приоритетните сектори финансови технологии, ИКТ, креативни индустрии, \
             биотехнологии и науки за живота.",
            "Unterzeichnet von der Wirtschaftsagentur Wien und der Sofioter Investitionsagentur. \
             Unternehmensschiene: Unterstützung für Unternehmen, die in die Partnerstadt \
             expandieren wollen (Information, Kontakte, praktische Hilfe beim Aufbau eines \
             Büros), in den Schwerpunktbranchen Fintech, IKT, Kreativwirtschaft, Biotechnologie \
             und Life Sciences.",
            "Signed by the Vienna Business Agency and the Sofia Investment Agency. Company track: \
             support for companies expanding into the partner city (information, access to \
             contacts, practical help with setting up an operating office), in the priority \
             sectors fintech, ICT, creative industries, biotech and life sciences.",
        ],
    );
    let extended = event(
        "extended",
        "2019-09-16",
        Some("2020-12-31"),
        [
            "Споразумението е удължено с още една година.",
            "Das Abkommen wurde um ein weiteres Jahr verlängert.",
            "The agreement was extended for one more year.",
        ],
    );
    let mut scope = event(
        "scope_changed",
        "2020-02-14",
        None,
        [
            "Решено в средата на февруари 2020 г. по време на двудневното посещение във Виена на \
             заместник-кмета по дигитализация, иновации и икономическо развитие, в разговори с \
             изпълнителния градски съветник по финанси, бизнес, цифрови иновации и международни \
             въпроси, ръководството на Виенската бизнес агенция и CIO на град Виена. Градско \
             направление: двете общини си сътрудничат по цифрови иновации и дигитална \
             трансформация. Обявено на 15 март 2020 г.",
            "Beschlossen Mitte Februar 2020 beim zweitägigen Besuch des Sofioter \
             Vizebürgermeisters für Digitalisierung, Innovation und Wirtschaftsentwicklung in \
             Wien, in Gesprächen mit dem Amtsführenden Stadtrat für Finanzen, Wirtschaft, \
             Digitalisierung und Internationales, der Leitung der Wirtschaftsagentur Wien und \
             dem CIO der Stadt Wien. Städteschiene: Die beiden Städte arbeiten bei digitaler \
             Innovation und Transformation zusammen. Bekanntgegeben am 15. März 2020.",
            "Decided in mid-February 2020 during the two-day visit to Vienna of Sofia's Deputy \
             Mayor for Digitalisation, Innovation and Economic Development, in talks with the \
             Executive City Councillor for Finance, Business, Digital Innovation and International \
             Affairs, the Vienna Business Agency's management and the City of Vienna's CIO. City \
             track: the two municipalities cooperate on digital innovation and transformation. \
             Announced on 15 March 2020.",
        ],
    );
    scope.areas = [
        "Digital innovation and transformation",
        "Exchange of good practices",
        "Know-how transfer",
        "Joint EU funding applications",
        "Local companies in the cities' digital transformation",
    ]
    .map(String::from)
    .to_vec();
    scope.sectors = vec!["smart-city".into()];
    vec![signed, extended, scope]
}
