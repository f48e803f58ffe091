//! The support network around the companies: a technical university in each city (real
//! institutions, with fictional contacts), service providers that help a company land (a Vienna
//! law firm, a Sofia accounting firm) and two business associations. All but the universities
//! are fictional, and so are every person, e-mail address and phone number.

use super::{OrgSpec, PersonSpec};
use city2city_domain::Lang::{Bg, De, En};

pub(super) const ORGANISATIONS: &[OrgSpec] = &[
    OrgSpec {
        slug: "tu-sofia",
        kind: "university",
        city: "sofia",
        name: [
            "Технически университет – София",
            "Technische Universität Sofia",
            "Technical University of Sofia",
        ],
        description: "Най-големият технически университет в България, с факултети по компютърни \
            системи, телекомуникации, машиностроене, енергетика и автоматика. Екипът за трансфер \
            на технологии свързва изследователските групи с компании за съвместни проекти, \
            договорни изследвания и стажове.",
        description_lang: "bg",
        website: "https://www.tu-sofia.bg",
        sectors: &["ict", "manufacturing", "cleantech-energy"],
        size_band: None,
        people: &[PersonSpec {
            name: "Росен Кръстев",
            title: [
                "Ръководител „Трансфер на технологии“",
                "Leiter Technologietransfer",
                "Head of Technology Transfer",
            ],
            email: "r.krastev@tu-sofia.example.org",
            phone: "+359 2 555 3010",
            languages: &[Bg, En],
        }],
    },
    OrgSpec {
        slug: "tu-wien",
        kind: "university",
        city: "vienna",
        name: [
            "Технически университет Виена",
            "Technische Universität Wien",
            "TU Wien",
        ],
        description: "Die TU Wien ist die größte technische Universität Österreichs, mit \
            Schwerpunkten in Informatik, Elektrotechnik, Maschinenbau, Bauwesen und \
            Raumplanung. Der Forschungs- und Transfersupport begleitet Kooperationen mit \
            Unternehmen, Patente und Spin-offs.",
        description_lang: "de",
        website: "https://www.tuwien.at",
        sectors: &["ict", "manufacturing", "smart-city"],
        size_band: None,
        people: &[PersonSpec {
            name: "Michael Weber",
            title: [
                "Експерт „Трансфер на технологии“",
                "Referent für Technologietransfer",
                "Technology Transfer Officer",
            ],
            email: "m.weber@tu-wien.example.org",
            phone: "+43 1 555 3010",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "gruber-partner-rechtsanwaelte",
        kind: "service_provider",
        city: "vienna",
        name: [
            "",
            "Gruber & Partner Rechtsanwälte GmbH",
            "Gruber & Partner Attorneys at Law",
        ],
        description: "Wirtschaftskanzlei in der Wiener Innenstadt für Gesellschafts-, Arbeits- und \
            Fremdenrecht. Sie begleitet ausländische Unternehmen bei der Gründung einer GmbH oder \
            Zweigniederlassung in Österreich, bei der Rot-Weiß-Rot-Karte für Fachkräfte und bei \
            Verträgen. Beratung auf Deutsch, Englisch und Bulgarisch.",
        description_lang: "de",
        website: "https://gruber-partner.example.com",
        sectors: &["business-services"],
        size_band: None,
        people: &[
            PersonSpec {
                name: "Eva Gruber",
                title: [
                    "Адвокат и съдружник",
                    "Rechtsanwältin und Partnerin",
                    "Attorney and Partner",
                ],
                email: "e.gruber@gruber-partner.example.com",
                phone: "+43 1 555 3110",
                languages: &[De, En],
            },
            PersonSpec {
                name: "Nadezhda Hristova",
                title: ["Адвокат", "Rechtsanwältin", "Attorney at Law"],
                email: "n.hristova@gruber-partner.example.com",
                phone: "+43 1 555 3111",
                languages: &[De, Bg, En],
            },
        ],
    },
    OrgSpec {
        slug: "balance-accounting",
        kind: "service_provider",
        city: "sofia",
        name: ["Счетоводна къща Баланс ООД", "", "Balance Accounting"],
        description: "Счетоводна и данъчна кантора, която обслужва над 250 фирми, сред тях клонове \
            и дъщерни дружества на австрийски и германски компании. Помага при регистрация на \
            дружество или клон в София, регистрация по ДДС, изчисляване на заплати и годишно \
            приключване. Работи на български, английски и немски.",
        description_lang: "bg",
        website: "https://balance-accounting.example.com",
        sectors: &["business-services"],
        size_band: None,
        people: &[PersonSpec {
            name: "Гергана Цветкова",
            title: [
                "Управител, дипломиран експерт-счетоводител",
                "Geschäftsführerin, Wirtschaftsprüferin",
                "Managing Director, chartered accountant",
            ],
            email: "g.tsvetkova@balance-accounting.example.com",
            phone: "+359 2 555 3210",
            languages: &[Bg, De, En],
        }],
    },
    OrgSpec {
        slug: "digital-sofia-cluster",
        kind: "ngo",
        city: "sofia",
        name: [
            "Клъстер „Дигитална София“",
            "Cluster Digitales Sofia",
            "Digital Sofia Cluster",
        ],
        description: "Сдружение на над 80 технологични компании, университети и организации от \
            София, което развива общи проекти и обучения и защитава интересите на дигиталната \
            икономика в града. Организира бизнес мисии и срещи с партньори от Виена по програмата \
            „Град-към-Град“.",
        description_lang: "bg",
        website: "https://digital-sofia-cluster.example.org",
        sectors: &["ict", "smart-city"],
        size_band: None,
        people: &[PersonSpec {
            name: "Мила Андреева",
            title: [
                "Изпълнителен директор",
                "Geschäftsführerin",
                "Executive Director",
            ],
            email: "m.andreeva@digital-sofia-cluster.example.org",
            phone: "+359 88 555 3310",
            languages: &[Bg, En],
        }],
    },
    OrgSpec {
        slug: "startup-bruecke-donauraum",
        kind: "ngo",
        city: "vienna",
        name: [
            "",
            "Verein Startup-Brücke Donauraum",
            "Danube Startup Bridge",
        ],
        description: "Gemeinnütziger Verein, der Start-ups aus Wien mit Gründerinnen und Gründern \
            in den Ländern des Donauraums vernetzt: Meetups, Mentoring und gemeinsame \
            Delegationsreisen, etwa nach Sofia, Bukarest und Belgrad. Die Mitglieder kommen vor \
            allem aus Fintech, IKT und Kreativwirtschaft.",
        description_lang: "de",
        website: "https://startup-bruecke.example.org",
        sectors: &["fintech", "ict", "creative-industries"],
        size_band: None,
        people: &[PersonSpec {
            name: "Daniel Novak",
            title: [
                "Председател на сдружението",
                "Obmann des Vereins",
                "Chair of the association",
            ],
            email: "d.novak@startup-bruecke.example.org",
            phone: "+43 664 555 3410",
            languages: &[De, En],
        }],
    },
];
