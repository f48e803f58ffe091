//! The sector taxonomy: the programme's priority sectors and more, each labelled in bg, de and
//! en and mapped to NACE Rev. 2 codes (divisions or groups) for statistics and EU reporting.

use crate::Lang;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Sector {
    pub slug: &'static str,
    pub bg: &'static str,
    pub de: &'static str,
    pub en: &'static str,
    /// NACE Rev. 2 divisions ("62") or groups ("64.1").
    pub nace: &'static [&'static str],
}

impl Sector {
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Bg => self.bg,
            Lang::De => self.de,
            Lang::En => self.en,
        }
    }
}

pub const SECTORS: &[Sector] = &[
    Sector {
        slug: "fintech",
        bg: "Финансови технологии",
        de: "Fintech",
        en: "Fintech",
        nace: &["64.1", "64.9", "66.1", "66.2", "62.01"],
    },
    Sector {
        slug: "ict",
        bg: "Информационни и комуникационни технологии",
        de: "Informations- und Kommunikationstechnologie",
        en: "Information and communication technology",
        nace: &["58.2", "61", "62", "63"],
    },
    Sector {
        slug: "creative-industries",
        bg: "Креативни индустрии",
        de: "Kreativwirtschaft",
        en: "Creative industries",
        nace: &["59", "60", "73", "74.1", "90"],
    },
    Sector {
        slug: "biotech-life-sciences",
        bg: "Биотехнологии и науки за живота",
        de: "Biotechnologie und Life Sciences",
        en: "Biotech and life sciences",
        nace: &["21", "72.11", "72.19", "86"],
    },
    Sector {
        slug: "cleantech-energy",
        bg: "Чисти технологии и енергетика",
        de: "Umwelttechnik und Energie",
        en: "Cleantech and energy",
        nace: &["35", "38", "39", "71.12"],
    },
    Sector {
        slug: "mobility",
        bg: "Мобилност",
        de: "Mobilität",
        en: "Mobility",
        nace: &["29", "30", "49", "52.21"],
    },
    Sector {
        slug: "agrifood",
        bg: "Агрохрани",
        de: "Agrar- und Lebensmittelwirtschaft",
        en: "Agrifood",
        nace: &["01", "10", "11"],
    },
    Sector {
        slug: "tourism",
        bg: "Туризъм",
        de: "Tourismus",
        en: "Tourism",
        nace: &["55", "56", "79"],
    },
    Sector {
        slug: "manufacturing",
        bg: "Производство",
        de: "Produktion",
        en: "Manufacturing",
        nace: &["22", "25", "26", "27", "28"],
    },
    Sector {
        slug: "smart-city",
        bg: "Умен град",
        de: "Smart City",
        en: "Smart city",
        nace: &["42.2", "62.02", "71.1"],
    },
    Sector {
        slug: "cybersecurity",
        bg: "Киберсигурност",
        de: "Cybersicherheit",
        en: "Cybersecurity",
        nace: &["62.02", "80.2"],
    },
    Sector {
        slug: "edtech",
        bg: "Образователни технологии",
        de: "Bildungstechnologie",
        en: "Education technology",
        nace: &["58.29", "85.5", "85.6"],
    },
    Sector {
        slug: "health-medtech",
        bg: "Здравеопазване и медицински технологии",
        de: "Gesundheit und Medizintechnik",
        en: "Health and medical technology",
        nace: &["26.6", "32.5", "86"],
    },
    Sector {
        slug: "logistics",
        bg: "Логистика",
        de: "Logistik",
        en: "Logistics",
        nace: &["49.4", "52", "53"],
    },
    Sector {
        slug: "business-services",
        bg: "Бизнес услуги",
        de: "Unternehmensdienstleistungen",
        en: "Business services",
        nace: &["69", "70", "78", "82"],
    },
    Sector {
        slug: "construction-real-estate",
        bg: "Строителство и недвижими имоти",
        de: "Bau und Immobilien",
        en: "Construction and real estate",
        nace: &["41", "43", "68"],
    },
];

pub fn find(slug: &str) -> Option<&'static Sector> {
    SECTORS.iter().find(|s| s.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priority_sectors_of_the_programme_are_present_with_nace_codes() {
        for slug in [
            "fintech",
            "ict",
            "creative-industries",
            "biotech-life-sciences",
        ] {
            let s = find(slug).expect(slug);
            assert!(!s.nace.is_empty());
            assert!(!s.bg.is_empty() && !s.de.is_empty() && !s.en.is_empty());
        }
    }

    #[test]
    fn slugs_are_unique() {
        let mut slugs: Vec<_> = SECTORS.iter().map(|s| s.slug).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), SECTORS.len());
    }
}
