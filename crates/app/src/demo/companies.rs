//! Fictional companies of both cities, spread over the programme's priority sectors and a few
//! more. Each describes itself in its own language (Sofia: Bulgarian, Vienna: German), as real
//! profiles would, so cross-language search and matching have something to work on. Names, people,
//! e-mail addresses, phone numbers and websites are all made up.

use super::{OrgSpec, PersonSpec};
use city2city_domain::Lang::{Bg, De, En};

/// The Sofia company of the `member.sofia` demo account: a trust-service provider.
pub(super) const SOFIA_DEMO_COMPANY: &str = "sigil-trust";
/// The Vienna company of the `member.vienna` demo account: a fintech.
pub(super) const VIENNA_DEMO_COMPANY: &str = "zahlwerk-payments";

pub(super) const SOFIA: &[OrgSpec] = &[
    OrgSpec {
        slug: SOFIA_DEMO_COMPANY,
        kind: "company",
        city: "sofia",
        name: ["Сигил Тръст АД", "", "Sigil Trust"],
        description: "Доставчик на удостоверителни услуги по Регламент (ЕС) № 910/2014 (eIDAS): \
            квалифицирани електронни подписи и печати, удостоверения за време и отдалечено \
            подписване в облака. Вгражда подписването в онлайн услугите на банки, застрахователи и \
            държавни институции чрез REST API и мобилно приложение. Търси партньори във Виена – \
            финтех компании, банки и доставчици на софтуер за документооборот – и подготвя \
            откриването на офис в Австрия.",
        description_lang: "bg",
        website: "https://sigil-trust.example.com",
        sectors: &["cybersecurity", "fintech", "ict"],
        size_band: Some("medium"),
        people: &[
            PersonSpec {
                name: "Мария Георгиева",
                title: [
                    "Изпълнителен директор",
                    "Geschäftsführerin (CEO)",
                    "Chief Executive Officer",
                ],
                email: "m.georgieva@sigil-trust.example.com",
                phone: "+359 2 555 1010",
                languages: &[Bg, En, De],
            },
            PersonSpec {
                name: "Стоян Петков",
                title: [
                    "Ръководител „Бизнес развитие“ за Германия, Австрия и Швейцария",
                    "Leiter Business Development DACH",
                    "Head of Business Development, DACH",
                ],
                email: "s.petkov@sigil-trust.example.com",
                phone: "+359 88 555 1011",
                languages: &[Bg, De, En],
            },
        ],
    },
    OrgSpec {
        slug: "levera-pay",
        kind: "company",
        city: "sofia",
        name: ["Левера Пей ООД", "", "Levera Pay"],
        description: "Платежна институция с лиценз от Българската народна банка. Предлага на \
            онлайн търговци плащания директно от банковата сметка чрез отворено банкиране (PSD2), \
            незабавни преводи и автоматично съгласуване на плащанията. Разработва връзки с \
            австрийски банки и търси партньори за пилотни проекти с търговци във Виена.",
        description_lang: "bg",
        website: "https://levera-pay.example.com",
        sectors: &["fintech"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Николай Тодоров",
            title: ["Управител", "Geschäftsführer", "Managing Director"],
            email: "n.todorov@levera-pay.example.com",
            phone: "+359 2 555 1020",
            languages: &[Bg, En],
        }],
    },
    OrgSpec {
        slug: "vitosha-software",
        kind: "company",
        city: "sofia",
        name: ["Витоша Софтуер АД", "", "Vitosha Software"],
        description: "Софтуерна компания със 170 инженери в София и Пловдив, която разработва уеб \
            и мобилни приложения, облачни платформи и интеграции на данни по поръчка. Работи \
            главно за клиенти от Германия, Австрия и Швейцария в застраховането, логистиката и \
            индустрията. Планира търговски офис във Виена, за да бъде по-близо до клиентите си.",
        description_lang: "bg",
        website: "https://vitosha-software.example.com",
        sectors: &["ict"],
        size_band: Some("medium"),
        people: &[
            PersonSpec {
                name: "Георги Христов",
                title: [
                    "Изпълнителен директор",
                    "Geschäftsführer (CEO)",
                    "Chief Executive Officer",
                ],
                email: "g.hristov@vitosha-software.example.com",
                phone: "+359 2 555 1030",
                languages: &[Bg, En],
            },
            PersonSpec {
                name: "Елена Стоянова",
                title: [
                    "Търговски директор за немскоезичните пазари",
                    "Vertriebsleiterin DACH",
                    "Sales Director, German-speaking markets",
                ],
                email: "e.stoyanova@vitosha-software.example.com",
                phone: "+359 88 555 1031",
                languages: &[Bg, De, En],
            },
        ],
    },
    OrgSpec {
        slug: "citydata-labs",
        kind: "company",
        city: "sofia",
        name: ["Сити Дейта Лабс ООД", "", "CityData Labs"],
        description: "Разработва сензорни мрежи и платформа с отворени данни за качеството на \
            въздуха, шума и заетостта на паркингите в града. Данните се показват в реално време и \
            се използват от общини и транспортни оператори при планирането. Търси пилотни проекти \
            с град Виена и партньори за общи проекти по програми на ЕС за умни градове.",
        description_lang: "bg",
        website: "https://citydata-labs.example.com",
        sectors: &["smart-city", "ict", "cleantech-energy"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Иван Ангелов",
            title: [
                "Технически директор и съосновател",
                "Technischer Leiter (CTO) und Mitgründer",
                "CTO and co-founder",
            ],
            email: "i.angelov@citydata-labs.example.com",
            phone: "+359 88 555 1040",
            languages: &[Bg, En],
        }],
    },
    OrgSpec {
        slug: "marmot-studio",
        kind: "company",
        city: "sofia",
        name: ["Студио Мармот ООД", "", "Marmot Studio"],
        description: "Независимо студио за 2D и 3D анимация, концептуален арт и графика за \
            видеоигри. Екипът от 30 художници и аниматори работи по копродукции с европейски \
            студиа и по собствени детски сериали. Търси копродуценти и издатели във Виена.",
        description_lang: "bg",
        website: "https://marmot-studio.example.com",
        sectors: &["creative-industries"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Радостина Колева",
            title: [
                "Творчески директор и управител",
                "Kreativdirektorin und Geschäftsführerin",
                "Creative Director and Managing Director",
            ],
            email: "r.koleva@marmot-studio.example.com",
            phone: "+359 88 555 1050",
            languages: &[Bg, En],
        }],
    },
    OrgSpec {
        slug: "cyrillica-type",
        kind: "company",
        city: "sofia",
        name: ["Кирилица Тайп ООД", "", "Cyrillica Type Foundry"],
        description: "Студио за шрифтов дизайн, специализирано в кирилски и многоезични шрифтове \
            с латиница и гръцка азбука. Създава корпоративни шрифтове и визуални идентичности за \
            марки, които навлизат на пазари с кирилица. Търси брандинг агенции във Виена, които \
            работят с клиенти от Източна Европа.",
        description_lang: "bg",
        website: "https://cyrillica-type.example.com",
        sectors: &["creative-industries"],
        size_band: Some("micro"),
        people: &[PersonSpec {
            name: "Борислав Начев",
            title: [
                "Основател и шрифтов дизайнер",
                "Gründer und Schriftgestalter",
                "Founder and type designer",
            ],
            email: "b.nachev@cyrillica-type.example.com",
            phone: "+359 88 555 1060",
            languages: &[Bg, En, De],
        }],
    },
    OrgSpec {
        slug: "biolact-innovations",
        kind: "company",
        city: "sofia",
        name: ["БиоЛакт Иновации АД", "", "BioLact Innovations"],
        description: "Изследователска компания, която изолира, изучава и патентова щамове \
            млечнокисели бактерии, сред тях Lactobacillus delbrueckii subsp. bulgaricus, за \
            пробиотици и функционални храни. Разполага със собствена лаборатория и колекция от над \
            400 щама. Търси партньори във Виена за клинични изследвания и лицензиране.",
        description_lang: "bg",
        website: "https://biolact.example.com",
        sectors: &["biotech-life-sciences", "agrifood"],
        size_band: Some("small"),
        people: &[
            PersonSpec {
                name: "Веселина Димитрова",
                title: [
                    "Изпълнителен директор и ръководител на научния екип",
                    "Geschäftsführerin und wissenschaftliche Leiterin",
                    "CEO and Head of Research",
                ],
                email: "v.dimitrova@biolact.example.com",
                phone: "+359 2 555 1070",
                languages: &[Bg, En, De],
            },
            PersonSpec {
                name: "Калоян Бонев",
                title: [
                    "Мениджър „Лицензиране“",
                    "Lizenzmanager",
                    "Licensing Manager",
                ],
                email: "k.bonev@biolact.example.com",
                phone: "+359 88 555 1071",
                languages: &[Bg, En],
            },
        ],
    },
    OrgSpec {
        slug: "genomed-diagnostics",
        kind: "company",
        city: "sofia",
        name: ["ГеноМед Диагностика ООД", "", "GenoMed Diagnostics"],
        description: "Лаборатория за генетична диагностика, която прави секвениране от ново \
            поколение за наследствени и онкологични заболявания. Работи с болници и частни \
            клиники в България и Северна Македония. Търси партньорство с виенски лаборатории и \
            биобанки за общи изследователски проекти.",
        description_lang: "bg",
        website: "https://genomed.example.com",
        sectors: &["biotech-life-sciences", "health-medtech"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Петя Симеонова",
            title: ["Управител", "Geschäftsführerin", "Managing Director"],
            email: "p.simeonova@genomed.example.com",
            phone: "+359 2 555 1080",
            languages: &[Bg, En],
        }],
    },
    OrgSpec {
        slug: "cardiotrack",
        kind: "company",
        city: "sofia",
        name: ["КардиоТрак ООД", "", "CardioTrack"],
        description: "Стартъп, който разработва носимо устройство и мобилно приложение за \
            дистанционно ЕКГ наблюдение на пациенти след сърдечни операции. Изделието се \
            сертифицира по Регламента за медицинските изделия (MDR). Търси инвеститори и клинични \
            партньори в Австрия.",
        description_lang: "bg",
        website: "https://cardiotrack.example.com",
        sectors: &["health-medtech", "ict"],
        size_band: Some("micro"),
        people: &[PersonSpec {
            name: "Александър Кирилов",
            title: [
                "Съосновател и изпълнителен директор",
                "Mitgründer und CEO",
                "Co-founder and CEO",
            ],
            email: "a.kirilov@cardiotrack.example.com",
            phone: "+359 88 555 1090",
            languages: &[Bg, En],
        }],
    },
    OrgSpec {
        slug: "suncurrent-energy",
        kind: "company",
        city: "sofia",
        name: ["Сънкърънт Енерджи ЕАД", "", "SunCurrent Energy"],
        description: "Проектира и изгражда фотоволтаични системи върху покриви на жилищни сгради, \
            училища и промишлени халета, включително съхранение на енергия в батерии. Развива \
            модел за енергийни общности, в които съседи споделят произведената енергия. Проучва \
            австрийския опит с енергийните общности и търси партньори във Виена.",
        description_lang: "bg",
        website: "https://suncurrent.example.com",
        sectors: &["cleantech-energy"],
        size_band: Some("medium"),
        people: &[PersonSpec {
            name: "Даниел Стефанов",
            title: [
                "Изпълнителен директор",
                "Geschäftsführer (CEO)",
                "Chief Executive Officer",
            ],
            email: "d.stefanov@suncurrent.example.com",
            phone: "+359 2 555 1100",
            languages: &[Bg, En, De],
        }],
    },
    OrgSpec {
        slug: "velograd-mobility",
        kind: "company",
        city: "sofia",
        name: ["Велоград ООД", "", "Velograd Mobility"],
        description: "Оператор на система за споделени електрически велосипеди и разработчик на \
            софтуер за управление на флотилии. Системата работи в три български града и е свързана \
            с билетните системи на градския транспорт. Търси партньори за пилотни проекти и \
            производители на велосипеди в Австрия.",
        description_lang: "bg",
        website: "https://velograd.example.com",
        sectors: &["mobility", "smart-city"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Христина Павлова",
            title: ["Управител", "Geschäftsführerin", "Managing Director"],
            email: "h.pavlova@velograd.example.com",
            phone: "+359 88 555 1110",
            languages: &[Bg, En],
        }],
    },
    OrgSpec {
        slug: "schoolcloud",
        kind: "company",
        city: "sofia",
        name: ["Училищен облак ООД", "", "SchoolCloud"],
        description: "Облачна платформа за училища: електронен дневник, домашни работи, онлайн \
            тестове и връзка с родителите. Използва се от над 600 училища в България. Разработва \
            немскоезична версия и търси партньори сред доставчиците на образователни услуги във \
            Виена.",
        description_lang: "bg",
        website: "https://schoolcloud.example.com",
        sectors: &["edtech"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Валентин Ненов",
            title: [
                "Основател и изпълнителен директор",
                "Gründer und CEO",
                "Founder and CEO",
            ],
            email: "v.nenov@schoolcloud.example.com",
            phone: "+359 88 555 1120",
            languages: &[Bg, En],
        }],
    },
    OrgSpec {
        slug: "defensa-labs",
        kind: "company",
        city: "sofia",
        name: ["Дефенса Лабс АД", "", "Defensa Labs"],
        description: "Компания за киберсигурност с денонощен център за наблюдение на сигурността \
            (SOC), тестове за проникване и реагиране при инциденти. Помага на банки, болници и \
            общини да изпълнят изискванията на директивата NIS2. Търси технологични партньори и \
            клиенти в Австрия.",
        description_lang: "bg",
        website: "https://defensa-labs.example.com",
        sectors: &["cybersecurity", "ict"],
        size_band: Some("medium"),
        people: &[
            PersonSpec {
                name: "Пламен Вълков",
                title: [
                    "Технически директор",
                    "Technischer Leiter (CTO)",
                    "Chief Technology Officer",
                ],
                email: "p.valkov@defensa-labs.example.com",
                phone: "+359 2 555 1130",
                languages: &[Bg, En],
            },
            PersonSpec {
                name: "Ирина Методиева",
                title: [
                    "Директор „Бизнес развитие“",
                    "Leiterin Business Development",
                    "Head of Business Development",
                ],
                email: "i.metodieva@defensa-labs.example.com",
                phone: "+359 88 555 1131",
                languages: &[Bg, En, De],
            },
        ],
    },
    OrgSpec {
        slug: "sofia-walks",
        kind: "company",
        city: "sofia",
        name: ["Софийски разходки ООД", "", "Sofia Walks"],
        description: "Организира тематични пешеходни обиколки из София – история, улично изкуство, \
            храна – и продава дигитални аудиогидове на пет езика. Работи с хотели и туроператори \
            от Австрия и Германия. Търси партньори във Виена за общи туристически пакети.",
        description_lang: "bg",
        website: "https://sofia-walks.example.com",
        sectors: &["tourism", "creative-industries"],
        size_band: Some("micro"),
        people: &[PersonSpec {
            name: "Теодора Янкова",
            title: ["Управител", "Geschäftsführerin", "Managing Director"],
            email: "t.yankova@sofia-walks.example.com",
            phone: "+359 88 555 1140",
            languages: &[Bg, En, De],
        }],
    },
    OrgSpec {
        slug: "rose-valley-organics",
        kind: "company",
        city: "sofia",
        name: ["Розова долина Органикс ООД", "", "Rose Valley Organics"],
        description: "Компания със седалище в София и собствени насаждения в Розовата долина, \
            която отглежда маслодайна роза по биологичен начин и произвежда розово масло, розова \
            вода и натурална козметика. Продуктите имат биологичен сертификат на ЕС. Търси \
            дистрибутори и магазини за биологични продукти във Виена.",
        description_lang: "bg",
        website: "https://rose-valley-organics.example.com",
        sectors: &["agrifood", "manufacturing"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Стефка Русева",
            title: ["Търговски директор", "Vertriebsleiterin", "Sales Director"],
            email: "s.ruseva@rose-valley-organics.example.com",
            phone: "+359 2 555 1150",
            languages: &[Bg, En, De],
        }],
    },
    OrgSpec {
        slug: "lyulin-precision",
        kind: "company",
        city: "sofia",
        name: [
            "Люлин Прецизна механика АД",
            "",
            "Lyulin Precision Engineering",
        ],
        description: "Произвежда прецизни детайли с CNC обработка за автомобилната индустрия и \
            машиностроенето на 5-осни обработващи центрове, със система за управление на \
            качеството по IATF 16949. Доставя на клиенти в Германия и Австрия и търси нови \
            поръчки от виенски производители.",
        description_lang: "bg",
        website: "https://lyulin-precision.example.com",
        sectors: &["manufacturing", "mobility"],
        size_band: Some("medium"),
        people: &[PersonSpec {
            name: "Огнян Тасев",
            title: [
                "Изпълнителен директор",
                "Geschäftsführer (CEO)",
                "Chief Executive Officer",
            ],
            email: "o.tasev@lyulin-precision.example.com",
            phone: "+359 2 555 1160",
            languages: &[Bg, De],
        }],
    },
];

pub(super) const VIENNA: &[OrgSpec] = &[
    OrgSpec {
        slug: VIENNA_DEMO_COMPANY,
        kind: "company",
        city: "vienna",
        name: ["", "Zahlwerk Payments GmbH", ""],
        description: "Zahlwerk bietet Händlern und Plattformen eine Zahlungsinfrastruktur für \
            SEPA-Echtzeitüberweisungen, Open Banking und die digitale Identifizierung beim \
            Kunden-Onboarding. Das Team aus 35 Leuten arbeitet in Wien-Neubau. Zahlwerk plant ein \
            Entwicklungsbüro in Sofia und sucht dort Partner für qualifizierte elektronische \
            Signaturen und den Markteintritt in Bulgarien.",
        description_lang: "de",
        website: "https://zahlwerk.example.com",
        sectors: &["fintech"],
        size_band: Some("small"),
        people: &[
            PersonSpec {
                name: "Lukas Hofbauer",
                title: [
                    "Управител и съосновател",
                    "Geschäftsführer und Mitgründer",
                    "Managing Director and co-founder",
                ],
                email: "l.hofbauer@zahlwerk.example.com",
                phone: "+43 1 555 2010",
                languages: &[De, En],
            },
            PersonSpec {
                name: "Sophie Wallner",
                title: [
                    "Ръководител „Партньорства“",
                    "Leiterin Partnerschaften",
                    "Head of Partnerships",
                ],
                email: "s.wallner@zahlwerk.example.com",
                phone: "+43 664 555 2011",
                languages: &[De, En],
            },
        ],
    },
    OrgSpec {
        slug: "versicherbar",
        kind: "company",
        city: "vienna",
        name: ["", "Versicherbar GmbH", ""],
        description: "Insurtech-Start-up, das Versicherungen für Selbständige und Kleinbetriebe \
            vollständig digital anbietet: Abschluss in wenigen Minuten, Schadensmeldung per App. \
            Die Plattform arbeitet mit drei österreichischen Versicherern zusammen und sucht \
            Vertriebspartner in Südosteuropa.",
        description_lang: "de",
        website: "https://versicherbar.example.com",
        sectors: &["fintech"],
        size_band: Some("micro"),
        people: &[PersonSpec {
            name: "Katharina Eder",
            title: [
                "Съосновател и изпълнителен директор",
                "Mitgründerin und CEO",
                "Co-founder and CEO",
            ],
            email: "k.eder@versicherbar.example.com",
            phone: "+43 664 555 2020",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "kahlenberg-cloud",
        kind: "company",
        city: "vienna",
        name: ["", "Kahlenberg Cloud GmbH", ""],
        description: "Kahlenberg Cloud betreibt Rechenzentren in Wien und bietet europäische \
            Cloud-Infrastruktur nach DSGVO: virtuelle Server, Kubernetes und Objektspeicher. Zu \
            den Kunden zählen Behörden, Gesundheitseinrichtungen und Softwarehäuser. Gesucht \
            werden Softwarepartner in Sofia, die ihre Lösungen auf einer souveränen europäischen \
            Cloud anbieten wollen.",
        description_lang: "de",
        website: "https://kahlenberg-cloud.example.com",
        sectors: &["ict"],
        size_band: Some("small"),
        people: &[
            PersonSpec {
                name: "Markus Steiner",
                title: ["Управител", "Geschäftsführer", "Managing Director"],
                email: "m.steiner@kahlenberg-cloud.example.com",
                phone: "+43 1 555 2030",
                languages: &[De, En],
            },
            PersonSpec {
                name: "Anna Pichler",
                title: [
                    "Ръководител „Продажби“",
                    "Leiterin Vertrieb",
                    "Head of Sales",
                ],
                email: "a.pichler@kahlenberg-cloud.example.com",
                phone: "+43 664 555 2031",
                languages: &[De, En],
            },
        ],
    },
    OrgSpec {
        slug: "stadtsensor-analytics",
        kind: "company",
        city: "vienna",
        name: ["", "Stadtsensor Analytics GmbH", ""],
        description: "Stadtsensor entwickelt digitale Zwillinge von Stadtteilen: Verkehrs-, Klima- \
            und Energiedaten werden in einem 3D-Modell zusammengeführt und für die Planung \
            ausgewertet. Pilotprojekte laufen mit österreichischen Gemeinden. Das Unternehmen \
            interessiert sich für gemeinsame EU-Projekte mit Städten in Südosteuropa.",
        description_lang: "de",
        website: "https://stadtsensor.example.com",
        sectors: &["smart-city", "ict"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Florian Haas",
            title: ["Управител", "Geschäftsführer", "Managing Director"],
            email: "f.haas@stadtsensor.example.com",
            phone: "+43 1 555 2040",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "praterstern-studios",
        kind: "company",
        city: "vienna",
        name: ["", "Praterstern Studios GmbH", ""],
        description: "Studio für Motion Design, Virtual Reality und interaktive Installationen für \
            Museen, Messen und Marken, darunter VR-Erlebnisse für Ausstellungen in Wien und \
            München. Praterstern Studios sucht Animations- und 3D-Studios in Sofia für gemeinsame \
            Produktionen.",
        description_lang: "de",
        website: "https://praterstern-studios.example.com",
        sectors: &["creative-industries"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Elisabeth Brunner",
            title: [
                "Творчески директор",
                "Kreativdirektorin",
                "Creative Director",
            ],
            email: "e.brunner@praterstern-studios.example.com",
            phone: "+43 1 555 2050",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "wiener-klangwerkstatt",
        kind: "company",
        city: "vienna",
        name: ["", "Wiener Klangwerkstatt OG", ""],
        description: "Kleines Tonstudio für Sounddesign, Musik und Sprachaufnahmen für \
            Videospiele, Animationsfilme und Werbung. Die Gründer kommen aus der klassischen Musik \
            und der Spieleentwicklung. Gesucht werden Spiele- und Animationsstudios in Sofia als \
            Auftraggeber und Koproduzenten.",
        description_lang: "de",
        website: "https://klangwerkstatt.example.com",
        sectors: &["creative-industries"],
        size_band: Some("micro"),
        people: &[PersonSpec {
            name: "Paul Wimmer",
            title: [
                "Съдружник и тонрежисьор",
                "Gesellschafter und Tonmeister",
                "Partner and sound engineer",
            ],
            email: "p.wimmer@klangwerkstatt.example.com",
            phone: "+43 664 555 2060",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "donaulab-biotech",
        kind: "company",
        city: "vienna",
        name: ["", "Donaulab Biotech GmbH", ""],
        description: "Auftragsforschungsinstitut (CRO) mit eigenen Labors in Wien: Entwicklung und \
            Charakterisierung von Antikörpern, Zellkulturarbeit und Analytik für Pharma- und \
            Biotech-Unternehmen, mit rund 120 Beschäftigten. Donaulab sucht Forschungspartner und \
            Fachkräfte in Bulgarien.",
        description_lang: "de",
        website: "https://donaulab.example.com",
        sectors: &["biotech-life-sciences"],
        size_band: Some("medium"),
        people: &[
            PersonSpec {
                name: "Thomas Berger",
                title: [
                    "Изпълнителен директор",
                    "Geschäftsführer (CEO)",
                    "Chief Executive Officer",
                ],
                email: "t.berger@donaulab.example.com",
                phone: "+43 1 555 2070",
                languages: &[De, En],
            },
            PersonSpec {
                name: "Barbara Huber",
                title: [
                    "Директор „Бизнес развитие“",
                    "Leiterin Business Development",
                    "Head of Business Development",
                ],
                email: "b.huber@donaulab.example.com",
                phone: "+43 664 555 2071",
                languages: &[De, En],
            },
        ],
    },
    OrgSpec {
        slug: "zellkraft-therapeutics",
        kind: "company",
        city: "vienna",
        name: ["", "Zellkraft Therapeutics GmbH", ""],
        description: "Universitäres Spin-off, das Zelltherapien gegen seltene \
            Autoimmunerkrankungen entwickelt; das erste Produkt ist in der präklinischen \
            Entwicklung. Zellkraft sucht klinische Partner und Labors für Biomarker-Analysen in \
            Südosteuropa.",
        description_lang: "de",
        website: "https://zellkraft.example.com",
        sectors: &["biotech-life-sciences", "health-medtech"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Julia Schmid",
            title: [
                "Съосновател и научен директор",
                "Mitgründerin und wissenschaftliche Leiterin (CSO)",
                "Co-founder and Chief Scientific Officer",
            ],
            email: "j.schmid@zellkraft.example.com",
            phone: "+43 1 555 2080",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "medaxis-diagnostik",
        kind: "company",
        city: "vienna",
        name: ["", "Medaxis Diagnostik GmbH", ""],
        description: "Medaxis entwickelt Software, die Röntgen- und CT-Bilder mit künstlicher \
            Intelligenz vorbefundet und Radiologinnen und Radiologen auf Auffälligkeiten \
            hinweist. Das Produkt ist als Medizinprodukt CE-gekennzeichnet und in zwölf \
            Krankenhäusern im Einsatz. Gesucht werden Vertriebspartner und Krankenhäuser in \
            Bulgarien.",
        description_lang: "de",
        website: "https://medaxis.example.com",
        sectors: &["health-medtech", "ict"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Stefan Reiter",
            title: ["Управител", "Geschäftsführer", "Managing Director"],
            email: "s.reiter@medaxis.example.com",
            phone: "+43 1 555 2090",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "sonnwerk-energie",
        kind: "company",
        city: "vienna",
        name: ["", "Sonnwerk Energie GmbH", ""],
        description: "Sonnwerk bietet Software für Erneuerbare-Energie-Gemeinschaften: \
            Mitgliederverwaltung, Abrechnung auf Basis von Messdaten und Prognosen für \
            Photovoltaik und Speicher. Über 200 Gemeinschaften in Österreich nutzen die Plattform. \
            Das Unternehmen sucht Installationsbetriebe und Energieversorger in Bulgarien als \
            Partner.",
        description_lang: "de",
        website: "https://sonnwerk.example.com",
        sectors: &["cleantech-energy", "ict"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Martina Koller",
            title: ["Управител", "Geschäftsführerin", "Managing Director"],
            email: "m.koller@sonnwerk.example.com",
            phone: "+43 1 555 2100",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "graetzlrad-logistik",
        kind: "company",
        city: "vienna",
        name: ["", "Grätzlrad Logistik GmbH", ""],
        description: "Grätzlrad stellt Pakete und Lebensmittel auf der letzten Meile mit \
            Lastenrädern aus Mikro-Hubs in den Wiener Bezirken zu. Eine eigene Software plant die \
            Touren und misst die eingesparten CO₂-Emissionen. Das Unternehmen möchte das Modell \
            mit einem lokalen Partner nach Sofia bringen.",
        description_lang: "de",
        website: "https://graetzlrad.example.com",
        sectors: &["mobility", "logistics"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Simon Bauer",
            title: [
                "Основател и управител",
                "Gründer und Geschäftsführer",
                "Founder and Managing Director",
            ],
            email: "s.bauer@graetzlrad.example.com",
            phone: "+43 664 555 2110",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "lernfabrik-digital",
        kind: "company",
        city: "vienna",
        name: ["", "Lernfabrik Digital GmbH", ""],
        description: "Lernfabrik entwickelt adaptive Lernsoftware für die Lehrlingsausbildung und \
            die betriebliche Weiterbildung: Lernpfade, Simulationen und Prüfungsvorbereitung. \
            Kunden sind Industriebetriebe und Berufsschulen in Österreich. Gesucht werden Partner \
            in Bulgarien, die duale Berufsausbildung aufbauen.",
        description_lang: "de",
        website: "https://lernfabrik.example.com",
        sectors: &["edtech"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Verena Moser",
            title: ["Управител", "Geschäftsführerin", "Managing Director"],
            email: "v.moser@lernfabrik.example.com",
            phone: "+43 1 555 2120",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "schildwacht-security",
        kind: "company",
        city: "vienna",
        name: ["", "Schildwacht Security GmbH", ""],
        description: "Schildwacht berät Unternehmen und öffentliche Einrichtungen in der \
            Informationssicherheit: Penetrationstests, ISO-27001-Zertifizierung und Umsetzung der \
            NIS2-Richtlinie. Das Team umfasst 80 Spezialistinnen und Spezialisten. Schildwacht \
            sucht ein Partnerunternehmen in Sofia für ein gemeinsames Security Operations Center.",
        description_lang: "de",
        website: "https://schildwacht.example.com",
        sectors: &["cybersecurity"],
        size_band: Some("medium"),
        people: &[
            PersonSpec {
                name: "Andreas Hofer",
                title: [
                    "Технически директор",
                    "Technischer Geschäftsführer (CTO)",
                    "Chief Technology Officer",
                ],
                email: "a.hofer@schildwacht.example.com",
                phone: "+43 1 555 2130",
                languages: &[De, En],
            },
            PersonSpec {
                name: "Claudia Fuchs",
                title: [
                    "Ръководител „Продажби за публичния сектор“",
                    "Leiterin Vertrieb öffentlicher Sektor",
                    "Head of Public Sector Sales",
                ],
                email: "c.fuchs@schildwacht.example.com",
                phone: "+43 664 555 2131",
                languages: &[De, En],
            },
        ],
    },
    OrgSpec {
        slug: "melange-travel-tech",
        kind: "company",
        city: "vienna",
        name: ["", "Melange Travel Tech GmbH", ""],
        description: "Melange Travel Tech entwickelt Software für Hotels und Pensionen: \
            Preissteuerung, Direktbuchung und Gästekommunikation in einer Anwendung. Mehr als 300 \
            Betriebe in Österreich und Südtirol arbeiten damit. Das Unternehmen sucht Hotelpartner \
            und einen Vertriebspartner in Bulgarien.",
        description_lang: "de",
        website: "https://melange-travel.example.com",
        sectors: &["tourism", "ict"],
        size_band: Some("small"),
        people: &[PersonSpec {
            name: "Christoph Wagner",
            title: ["Управител", "Geschäftsführer", "Managing Director"],
            email: "c.wagner@melange-travel.example.com",
            phone: "+43 1 555 2140",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "stadtfarm-wien",
        kind: "company",
        city: "vienna",
        name: ["", "Stadtfarm Wien GmbH", ""],
        description: "Stadtfarm baut in einer ehemaligen Industriehalle Kräuter und Salate in \
            vertikalen Hydrokulturen an und beliefert die Wiener Gastronomie und Märkte. Die \
            Anlage nutzt die Abwärme eines benachbarten Betriebs. Gesucht werden Partner in Sofia, \
            die das Konzept gemeinsam umsetzen möchten.",
        description_lang: "de",
        website: "https://stadtfarm.example.com",
        sectors: &["agrifood", "cleantech-energy"],
        size_band: Some("micro"),
        people: &[PersonSpec {
            name: "Lena Aigner",
            title: ["Основател", "Gründerin", "Founder"],
            email: "l.aigner@stadtfarm.example.com",
            phone: "+43 664 555 2150",
            languages: &[De, En],
        }],
    },
    OrgSpec {
        slug: "simmeringer-praezisionstechnik",
        kind: "company",
        city: "vienna",
        name: ["", "Simmeringer Präzisionstechnik GmbH", ""],
        description: "Familienunternehmen mit 320 Beschäftigten, das Sensoren und \
            Präzisionsbauteile für die Bahn- und Automobilindustrie fertigt, in einem hoch \
            automatisierten Werk in Wien-Simmering. Gesucht werden Zulieferer für CNC-Teile und \
            Softwarepartner für die Qualitätsprüfung in Bulgarien.",
        description_lang: "de",
        website: "https://simmeringer-praezision.example.com",
        sectors: &["manufacturing", "mobility"],
        size_band: Some("large"),
        people: &[
            PersonSpec {
                name: "Wolfgang Pfeiffer",
                title: ["Управител", "Geschäftsführer", "Managing Director"],
                email: "w.pfeiffer@simmeringer-praezision.example.com",
                phone: "+43 1 555 2160",
                languages: &[De, En],
            },
            PersonSpec {
                name: "Petra Lechner",
                title: [
                    "Ръководител „Снабдяване“",
                    "Leiterin Einkauf",
                    "Head of Procurement",
                ],
                email: "p.lechner@simmeringer-praezision.example.com",
                phone: "+43 664 555 2161",
                languages: &[De, En],
            },
        ],
    },
];
