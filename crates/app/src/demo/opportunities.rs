//! Demo partnership opportunities: partnering profiles in the Enterprise Europe Network's model
//! (business offers and requests, technology offers and requests, research requests) of the
//! fictional companies of both cities, and the expressions of interest they received.
//!
//! Each profile is written in its author's language: Sofia companies mostly in Bulgarian, Vienna
//! companies mostly in German, and some from either city in English. Many Sofia profiles have a
//! complementary counterpart in Vienna (an offer that answers a request, or the other way round)
//! written in the other language and in different words, so matchmaking has to work across
//! languages rather than on shared vocabulary; such profiles carry a `pairs with` comment. Other
//! profiles are deliberate near misses: neighbouring topics, or two profiles on the same side.
//!
//! Dates are relative to the day the demo is loaded. Names, people and details are fictional.

use city2city_domain::Lang::{self, Bg, De, En};

/// One partnership opportunity (partnering profile).
pub(super) struct OpportunitySpec {
    /// Public reference: "SOF-2026-0001" for Sofia owners, "VIE-2026-0001" for Vienna owners.
    pub reference: &'static str,
    /// business_offer | business_request | technology_offer | technology_request |
    /// research_request
    pub kind: &'static str,
    /// Slug of the owning organisation (a company; a university for research requests).
    pub organisation: &'static str,
    /// The language the author wrote in.
    pub lang: Lang,
    pub title: &'static str,
    pub summary: &'static str,
    pub description: &'static str,
    /// The author's own translations.
    pub translations: &'static [TranslationSpec],
    /// Sector slugs.
    pub sectors: &'static [&'static str],
    /// Keywords in the author's language.
    pub keywords: &'static [&'static str],
    /// Organisation kinds sought.
    pub partner_kinds: &'static [&'static str],
    /// The partner's role, in the author's language.
    pub partner_role: &'static str,
    /// Types of cooperation sought.
    pub cooperation: &'static [&'static str],
    /// Development stage (technology and research kinds only).
    pub stage: Option<&'static str>,
    /// Intellectual property rights status (technology and research kinds only).
    pub ipr: Option<&'static str>,
    /// City slugs where partners are sought.
    pub target_cities: &'static [&'static str],
    /// draft | submitted | returned | published | expired | withdrawn | fulfilled
    pub state: &'static str,
    /// For returned profiles: what the agency staff asked to improve.
    pub staff_comment: Option<&'static str>,
    /// Whether the owner chose to show its name publicly.
    pub show_name: bool,
    /// Valid until today + this many days (negative when expired).
    pub valid_days: i32,
    /// Deadline for answers: today + this many days.
    pub deadline_days: Option<i32>,
    /// When it was published, in days before today.
    pub published_days_ago: Option<i32>,
}

/// An author's translation of an opportunity.
pub(super) struct TranslationSpec {
    pub lang: Lang,
    pub title: &'static str,
    pub summary: &'static str,
    pub description: &'static str,
}

/// An expression of interest in an opportunity, from a company of the other city.
pub(super) struct InterestSpec {
    /// Reference of the opportunity.
    pub opportunity: &'static str,
    /// Slug of the interested company.
    pub from: &'static str,
    pub message: &'static str,
    /// What the interested company brings.
    pub contribution: &'static str,
    /// sent | accepted | declined | withdrawn
    pub state: &'static str,
    pub decline_reason: Option<&'static str>,
    /// For accepted interests: met | agreement_signed | no_deal (None: nothing recorded yet).
    pub outcome: Option<&'static str>,
    pub days_ago: i32,
}

pub(super) const OPPORTUNITIES: &[OpportunitySpec] = &[
    // ---------------------------------------------------------------- Sofia, 2025
    OpportunitySpec {
        reference: "SOF-2025-0001",
        kind: "business_offer",
        organisation: "sigil-trust",
        lang: Bg,
        title: "Квалифицирани електронни печати за автоматично подписване на фактури",
        summary: "Български доставчик на удостоверителни услуги предлага квалифицирани електронни \
            печати, с които счетоводните и ERP системите подпечатват автоматично изходящите \
            фактури и документи. Търси партньори сред виенските доставчици на софтуер за \
            фактуриране.",
        description: "Компанията е квалифициран доставчик на удостоверителни услуги, вписан в \
            доверителния списък на България. Квалифицираният електронен печат удостоверява \
            произхода и целостта на документ, издаден от юридическо лице, и се признава във \
            всички държави от Европейския съюз. Услугата се свързва със счетоводни и ERP системи \
            чрез REST API: всяка изходяща фактура, договор или справка се подпечатва \
            автоматично, без ръчна намеса и без хардуерен токен в офиса. Ключовете се пазят в \
            сертифициран хардуерен модул за сигурност в София. Търсим доставчици на софтуер за \
            фактуриране и документооборот във Виена, които искат да предложат електронните \
            печати на клиентите си като допълнителна услуга. Предлагаме партньорски цени, \
            техническа документация на немски и английски език и съвместна поддръжка при \
            внедряването.",
        translations: &[],
        sectors: &["cybersecurity", "fintech"],
        keywords: &[
            "електронен печат",
            "електронно фактуриране",
            "удостоверителни услуги",
            "ERP интеграция",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът вгражда електронните печати в своя софтуер за фактуриране и \
            ги предлага на клиентите си в Австрия.",
        cooperation: &["commercial_agreement", "distribution"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "expired",
        staff_comment: None,
        show_name: true,
        valid_days: -40,
        deadline_days: None,
        published_days_ago: Some(400),
    },
    OpportunitySpec {
        reference: "SOF-2025-0002",
        kind: "business_offer",
        organisation: "lyulin-precision",
        lang: Bg,
        title: "Серийно фрезоване на алуминиеви корпуси за сензори и електроника",
        summary: "Производител от София с 5-осни обработващи центрове предлага серийна механична \
            обработка на алуминиеви корпуси и капаци за сензори, с управление на качеството по \
            IATF 16949. Търси клиенти сред производителите на електроника и сензори във Виена.",
        description: "Произвеждаме прецизни детайли от алуминий, неръждаема стомана и инженерни \
            пластмаси на 5-осни обработващи центрове и стругове с автоматично зареждане. На \
            производителите на сензори и електроника предлагаме корпуси, капаци и монтажни \
            плочи в серии от 500 до 50 000 броя годишно, с допуски до ±0,01 mm, анодиране и \
            лазерно маркиране при проверени подизпълнители. Качеството се управлява по IATF \
            16949, а всяка партида се доставя с протокол от координатно-измервателна машина. \
            Камионите ни пътуват до Виена два пъти седмично; срокът за серийни поръчки е от три \
            до пет седмици. Търсим производители във Виена, които искат втори доставчик в ЕС с \
            конкурентни цени и гъвкави количества. Предлагаме пробна партида по чертеж на \
            клиента и техническа комуникация на немски език.",
        translations: &[TranslationSpec {
            lang: En,
            title: "Series milling of aluminium housings for sensors and electronics",
            summary: "A Sofia manufacturer with 5-axis machining centres offers series machining \
                of aluminium housings and covers for sensors, with quality management to IATF \
                16949. It is looking for customers among electronics and sensor makers in Vienna.",
            description: "We machine precision parts from aluminium, stainless steel and \
                engineering plastics on 5-axis machining centres and bar-fed lathes. For sensor \
                and electronics makers we offer housings, covers and mounting plates in series of \
                500 to 50,000 pieces a year, with tolerances down to ±0.01 mm, and anodising and \
                laser marking by vetted subcontractors. Quality is managed to IATF 16949, and \
                every batch ships with a coordinate measuring machine report. Our trucks run to \
                Vienna twice a week; lead time for series orders is three to five weeks. We are \
                looking for manufacturers in Vienna who want a second supplier within the EU \
                with competitive prices and flexible quantities. We offer a trial batch to the \
                customer's drawing and technical communication in German.",
        }],
        sectors: &["manufacturing"],
        keywords: &[
            "фрезоване",
            "алуминиеви корпуси",
            "серийно производство",
            "IATF 16949",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът възлага серийни поръчки за корпуси и детайли по свои чертежи.",
        cooperation: &["subcontracting", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "fulfilled",
        staff_comment: None,
        show_name: true,
        valid_days: 50,
        deadline_days: None,
        published_days_ago: Some(310),
    },
    OpportunitySpec {
        reference: "SOF-2025-0003",
        kind: "business_request",
        organisation: "rose-valley-organics",
        lang: En,
        title: "Importer or retail chain in Austria wanted for organic rose-based natural cosmetics",
        summary: "A producer of organic rose oil, rose water and natural cosmetics from the \
            Bulgarian Rose Valley is looking for an importer or retail chain that stocks \
            certified organic cosmetics in Austria.",
        description: "The company grows oil-bearing Damask roses organically on its own fields \
            in the Rose Valley and distils rose oil and rose water in its own distillery. From \
            these it makes a range of twelve natural cosmetic products: face creams, tonics, \
            hand creams and soaps, all certified to the EU organic regulation and free of \
            synthetic fragrances. The products sell well in Bulgaria, Germany and Japan, but the \
            company has no partner yet in Austria. It is looking for an importer or a chain of \
            organic shops or drugstores that would list part of the range, handle labelling in \
            German and supply the shops. Private-label production for an Austrian brand is also \
            possible. The company offers exclusive rights for Austria for the first two years, \
            marketing material and training for shop staff.",
        translations: &[],
        sectors: &["agrifood", "manufacturing"],
        keywords: &[
            "organic cosmetics",
            "rose oil",
            "importer",
            "natural skincare",
        ],
        partner_kinds: &["company"],
        partner_role: "The partner imports the products and distributes them to organic shops \
            and drugstores in Austria.",
        cooperation: &["distribution", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "expired",
        staff_comment: None,
        show_name: false,
        valid_days: -20,
        deadline_days: None,
        published_days_ago: Some(385),
    },
    // pairs with VIE-2025-0004
    OpportunitySpec {
        reference: "SOF-2025-0004",
        kind: "business_offer",
        organisation: "marmot-studio",
        lang: Bg,
        title: "Анимация на персонажи в 2D и 3D за копродукции и изложбени проекти",
        summary: "Анимационно студио от София с 30 художници и аниматори предлага моделиране, \
            ригване и анимация на персонажи за копродукции на филми, сериали и интерактивни \
            проекти. Търси продуценти и дизайнерски студиа във Виена.",
        description: "Студиото създава персонажи от първата скица до завършената анимация: \
            концептуален арт, 3D моделиране и текстуриране, ригване, анимация на тяло и лице, \
            както и класическа 2D анимация. Работили сме по два детски сериала, по късометражни \
            филми и по видеоигри за издатели от Франция и Германия. Можем да поемем цял пакет \
            от сцени или само анимацията на главните герои, като използваме съвместими с \
            партньора програми и работни потоци. Екипът е свикнал да работи в обща система за \
            управление на задачите с ежедневни прегледи на отснетия материал. Търсим продуценти \
            и студиа във Виена, които подготвят филми, сериали или интерактивни изложби и \
            имат нужда от опитен партньор за персонажите. Отворени сме както за поръчки, така и \
            за копродукции с дял в правата.",
        translations: &[],
        sectors: &["creative-industries"],
        keywords: &["анимация", "персонажи", "копродукция", "3D моделиране"],
        partner_kinds: &["company"],
        partner_role: "Партньорът отговаря за цялостната продукция и ни възлага анимацията на \
            персонажите.",
        cooperation: &["subcontracting", "joint_venture"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "fulfilled",
        staff_comment: None,
        show_name: true,
        valid_days: 70,
        deadline_days: None,
        published_days_ago: Some(290),
    },
    // ---------------------------------------------------------------- Sofia, 2026
    // pairs with VIE-2026-0001
    OpportunitySpec {
        reference: "SOF-2026-0001",
        kind: "technology_offer",
        organisation: "sigil-trust",
        lang: Bg,
        title: "Отдалечено квалифицирано подписване в облака за онлайн откриване на сметки и договори",
        summary: "Доставчик на удостоверителни услуги предлага отдалечено квалифицирано електронно \
            подписване: клиентът подписва договора от телефона си след видеоидентификация, а \
            подписът има силата на саморъчен във всички държави от ЕС. Търсим финтех компании и \
            банки във Виена, които да вградят услугата в своите процеси.",
        description: "Платформата позволява на финансова или застрахователна компания да сключи \
            договор с нов клиент изцяло онлайн. Клиентът се идентифицира с лична карта и кратко \
            видео, получава квалифицирано удостоверение за минути и подписва документите от \
            браузъра или от мобилното приложение. Частните ключове се съхраняват в сертифициран \
            хардуерен модул, а подписите отговарят на Регламент (ЕС) № 910/2014 (eIDAS) и се \
            признават в Австрия без допълнителни стъпки. Интеграцията става през REST API и \
            готови библиотеки за уеб и мобилни приложения; типичното внедряване отнема от четири \
            до шест седмици. Услугата работи от 2022 г. и обслужва банки, лизингови дружества и \
            застрахователи в България. Търсим партньори във Виена – платежни институции, \
            необанки и доставчици на софтуер за дигитално приемане на клиенти, – които да \
            предложат подписването на своите клиенти. Осигуряваме техническа поддръжка на \
            немски и английски език и споделяме приходите.",
        translations: &[TranslationSpec {
            lang: En,
            title: "Remote qualified signing in the cloud for opening accounts and signing \
                contracts online",
            summary: "A trust service provider offers remote qualified electronic signatures: \
                the customer signs the contract on their phone after a video identification, and \
                the signature has the legal effect of a handwritten one in every EU country. We \
                are looking for fintechs and banks in Vienna that want to build the service into \
                their processes.",
            description: "The platform lets a financial or insurance company conclude a contract \
                with a new customer entirely online. The customer identifies with an ID card and \
                a short video, receives a qualified certificate within minutes and signs the \
                documents in the browser or in the mobile app. Private keys are kept in a \
                certified hardware security module, and the signatures comply with Regulation \
                (EU) No 910/2014 (eIDAS) and are recognised in Austria without further steps. \
                Integration is through a REST API and ready-made libraries for web and mobile \
                apps; a typical roll-out takes four to six weeks. The service has been live since \
                2022 and serves banks, leasing companies and insurers in Bulgaria. We are looking \
                for partners in Vienna – payment institutions, neobanks and vendors of digital \
                onboarding software – who would offer the signing to their customers. We provide \
                technical support in German and English and share the revenue.",
        }],
        sectors: &["cybersecurity", "fintech", "ict"],
        keywords: &[
            "квалифициран електронен подпис",
            "отдалечено подписване",
            "видеоидентификация",
            "eIDAS",
            "дигитално приемане на клиенти",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът вгражда подписването в своите онлайн процеси и го предлага на \
            клиентите си в Австрия.",
        cooperation: &["commercial_agreement", "technical_cooperation"],
        stage: Some("on_market"),
        ipr: Some("secret_know_how"),
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 300,
        deadline_days: Some(60),
        published_days_ago: Some(65),
    },
    OpportunitySpec {
        reference: "SOF-2026-0002",
        kind: "business_request",
        organisation: "sigil-trust",
        lang: En,
        title: "Austrian document-management and ERP vendors wanted as resellers of qualified \
            e-signatures",
        summary: "A Sofia trust service provider entering the Austrian market is looking for \
            software vendors and integrators there who would resell or embed its qualified \
            electronic signatures and seals in their document-management, HR and ERP products.",
        description: "The company issues qualified certificates for electronic signatures and \
            seals, time stamps and remote signing in the cloud, and is listed on the EU trusted \
            lists. In Bulgaria most of its volume comes through partners: vendors of \
            document-management, HR and ERP software who add a signing button to their products \
            and bill it to their customers. It now wants to build the same channel in Austria, \
            where it plans to open an office in Vienna next year. It is looking for two to five \
            software vendors or integrators with an established customer base in Austria, \
            ideally among mid-sized companies, municipalities or healthcare providers. The \
            partner would resell the signing service, handle first-level support and take part \
            in joint marketing. The company provides a German-language API, a white-label \
            signing portal, sales training and attractive reseller margins.",
        translations: &[TranslationSpec {
            lang: De,
            title: "Hersteller von Dokumentenmanagement- und ERP-Software in Österreich als \
                Vertriebspartner für E-Signaturen gesucht",
            summary: "Ein Vertrauensdiensteanbieter aus Sofia, der in den österreichischen Markt \
                eintritt, sucht dort Softwarehersteller und Integratoren, die seine \
                qualifizierten elektronischen Signaturen und Siegel in ihre Produkte für \
                Dokumentenmanagement, Personalwesen und ERP einbinden oder weiterverkaufen.",
            description: "Das Unternehmen stellt qualifizierte Zertifikate für elektronische \
                Signaturen und Siegel, Zeitstempel und Fernsignaturen aus der Cloud aus und ist \
                in den EU-Vertrauenslisten eingetragen. In Bulgarien kommt der Großteil des \
                Volumens über Partner: Hersteller von Software für Dokumentenmanagement, \
                Personalwesen und ERP, die ihren Produkten eine Signaturfunktion hinzufügen und \
                sie ihren Kundinnen und Kunden verrechnen. Denselben Vertriebsweg will das \
                Unternehmen nun in Österreich aufbauen, wo es im kommenden Jahr ein Büro in Wien \
                eröffnen will. Gesucht werden zwei bis fünf Softwarehersteller oder Integratoren \
                mit Kundenstamm in Österreich, idealerweise bei mittelständischen Unternehmen, \
                Gemeinden oder Gesundheitseinrichtungen. Der Partner verkauft den Signaturdienst \
                weiter, übernimmt den First-Level-Support und beteiligt sich an gemeinsamem \
                Marketing. Das Unternehmen bietet eine deutschsprachige Schnittstelle, ein \
                Signaturportal unter der Marke des Partners, Vertriebsschulungen und attraktive \
                Margen.",
        }],
        sectors: &["cybersecurity", "ict", "business-services"],
        keywords: &[
            "reseller",
            "document management",
            "qualified electronic signature",
            "ERP",
            "Austria",
        ],
        partner_kinds: &["company", "service_provider"],
        partner_role: "The partner resells our signing service under its own contracts and \
            provides first-level support to its customers in Austria.",
        cooperation: &["distribution", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 330,
        deadline_days: None,
        published_days_ago: Some(30),
    },
    OpportunitySpec {
        reference: "SOF-2026-0003",
        kind: "business_request",
        organisation: "sigil-trust",
        lang: Bg,
        title: "Търсим правна, данъчна и счетоводна помощ за откриване на клон във Виена",
        summary: "Доставчик на удостоверителни услуги от София подготвя клон в Австрия и търси \
            кантора, която да го съпроводи при регистрацията, договорите с персонала и \
            данъчните въпроси, както и счетоводна фирма за текущото обслужване.",
        description: "Компанията предоставя квалифицирани електронни подписи и печати и през \
            следващата година ще открие клон във Виена с трима до петима служители: търговци и \
            инженери по внедряване. Търсим адвокатска кантора, която да ни помогне да изберем \
            между клон и дъщерно дружество, да регистрира избраната форма във фирмения регистър \
            и да подготви трудовите договори по австрийското право. Търсим и счетоводна или \
            данъчна кантора за текущото счетоводство, изчисляването на заплатите и данъчните \
            декларации, която може да работи заедно с нашия счетоводен отдел в София. Важно е \
            партньорите да имат опит с компании, които предоставят регулирани услуги, и да \
            могат да ни посъветват какви уведомления към надзорния орган за удостоверителни \
            услуги в Австрия са необходими. Предпочитаме комуникация на немски и английски \
            език и ясна оферта с фиксирани цени за първата година.",
        translations: &[],
        sectors: &["business-services"],
        keywords: &[
            "клон в Австрия",
            "правна консултация",
            "счетоводство",
            "данъци",
            "регистрация на дружество",
        ],
        partner_kinds: &["service_provider", "business_agency"],
        partner_role: "Партньорът ни води през регистрацията на клона във Виена и поема текущите \
            правни, данъчни и счетоводни въпроси.",
        cooperation: &["services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "draft",
        staff_comment: None,
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    OpportunitySpec {
        reference: "SOF-2026-0004",
        kind: "technology_offer",
        organisation: "sigil-trust",
        lang: Bg,
        title: "Удостоверителни услуги",
        summary: "Предлагаме всички видове удостоверителни услуги за австрийския пазар на най-добрите цени.",
        description: "Нашата компания е водещ доставчик на удостоверителни услуги с дългогодишен \
            опит и доволни клиенти. Предлагаме най-добрите решения на пазара за всякакви нужди: \
            подписи, печати, удостоверения за време, валидиране и съхранение. Нашите технологии \
            са модерни, сигурни и лесни за използване, а екипът ни е на разположение винаги, \
            когато имате нужда от помощ. Работим с големи и малки клиенти от различни сектори и \
            винаги намираме най-подходящото решение. Сега искаме да навлезем и на австрийския \
            пазар и търсим всякакви партньори, които се интересуват от нашите услуги. За повече \
            информация ни пишете на office@sigil-trust.example.com или ни се обадете по всяко \
            време, за да уговорим среща и да представим всички наши продукти.",
        translations: &[],
        sectors: &["cybersecurity"],
        keywords: &["удостоверителни услуги", "подписи", "сигурност"],
        partner_kinds: &[
            "company",
            "university",
            "service_provider",
            "ngo",
            "municipality",
        ],
        partner_role: "Всякакви партньори, които се интересуват от нашите услуги.",
        cooperation: &["commercial_agreement"],
        stage: Some("on_market"),
        ipr: Some("other"),
        target_cities: &["vienna"],
        state: "returned",
        staff_comment: Some(
            "Заглавието „Удостоверителни услуги“ не казва какво точно предлагате. Моля, изберете \
             една конкретна технология (например удостоверения за време или дългосрочно \
             съхранение на подписани документи), опишете как работи, какво я отличава и за кого \
             е предназначена, и посочете какъв партньор търсите във Виена и защо. Премахнете \
             рекламните изрази („най-добрите на пазара“) и имейл адреса: профилите се \
             публикуват анонимно, а контактите минават през агенцията.",
        ),
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with VIE-2026-0005
    OpportunitySpec {
        reference: "SOF-2026-0005",
        kind: "technology_offer",
        organisation: "levera-pay",
        lang: Bg,
        title: "Автоматично съгласуване на входящите плащания с фактури и договори",
        summary: "Платежна институция от София предлага модул, който разпознава всяко входящо \
            банково плащане и го свързва с правилната фактура, полица или договор, дори когато \
            основанието за плащане е непълно. Търси компании във Виена с голям брой периодични \
            плащания от клиенти.",
        description: "Модулът получава извлеченията от банковите сметки в реално време (във \
            формат camt.053 и camt.054 или чрез отворено банкиране) и сравнява всяко постъпление \
            с очакваните вземания. Освен по номера на документа той разпознава плащанията по \
            сума, наредител, сметка и исторически модели, а при частични, обединени или \
            надплатени суми предлага разпределение, което служител одобрява с едно щракване. \
            При нашите клиенти – лизингови дружества, доставчици на комунални услуги и онлайн \
            търговци – над 95 % от плащанията се съгласуват без човешка намеса. Модулът работи \
            като облачна услуга в ЕС или се инсталира при клиента и се свързва със SAP, \
            Microsoft Dynamics и собствени системи. Търсим във Виена компании с хиляди \
            периодични плащания месечно – застрахователи, посредници, абонаментни услуги – за \
            пилотен проект с поделени разходи и последващ лиценз.",
        translations: &[],
        sectors: &["fintech", "ict"],
        keywords: &[
            "съгласуване на плащания",
            "вземания",
            "банкови извлечения",
            "автоматизация на счетоводството",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът предоставя анонимизирани данни за плащанията си и участва в \
            пилотен проект за автоматичното им съгласуване.",
        cooperation: &["licensing", "technical_cooperation"],
        stage: Some("on_market"),
        ipr: Some("secret_know_how"),
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 250,
        deadline_days: None,
        published_days_ago: Some(40),
    },
    // pairs with VIE-2026-0002
    OpportunitySpec {
        reference: "SOF-2026-0006",
        kind: "business_request",
        organisation: "levera-pay",
        lang: Bg,
        title: "Търсим достъп до австрийските банки за плащания от сметка на онлайн търговци",
        summary: "Лицензирана платежна институция от София иска да предложи на онлайн \
            търговците във Виена плащания директно от банковата сметка на купувача. Търсим \
            технически партньор с готови връзки към австрийските банки.",
        description: "Обслужваме над 900 онлайн търговци в България, които приемат плащания \
            директно от сметката на клиента, без карта. За да разширим услугата към Австрия, ни \
            е нужен надежден достъп до интерфейсите на австрийските банки по Директивата за \
            платежните услуги – за иницииране на плащания и за проверка на наличността. \
            Собствената разработка и поддръжка на връзки с десетки банки е скъпа и бавна, \
            затова търсим доставчик, който вече поддържа тези връзки и може да ги предложи като \
            услуга. Важни за нас са покритието на банките, делът на успешно завършените \
            плащания, поддръжката на незабавните преводи в евро и ясна цена за всяка \
            трансакция. Предлагаме дългосрочно търговско споразумение, общи пилотни проекти с \
            търговци във Виена и достъп на партньора до нашите клиенти в България.",
        translations: &[],
        sectors: &["fintech"],
        keywords: &[
            "плащания от сметка",
            "отворено банкиране",
            "онлайн търговци",
            "незабавни преводи",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът осигурява връзките с австрийските банки, чрез които \
            инициираме плащанията на нашите търговци.",
        cooperation: &["commercial_agreement", "technical_cooperation"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 200,
        deadline_days: Some(30),
        published_days_ago: Some(21),
    },
    // pairs with VIE-2026-0008
    OpportunitySpec {
        reference: "SOF-2026-0007",
        kind: "business_request",
        organisation: "vitosha-software",
        lang: Bg,
        title: "Търсим доставчик на облачно хостване в ЕС за приложенията на нашите клиенти",
        summary: "Софтуерна компания с клиенти от застраховането, здравеопазването и \
            индустрията търси доставчик на облачна инфраструктура с центрове за данни в \
            Европейския съюз, който отговаря на изискванията за защита на личните данни.",
        description: "Разработваме и поддържаме над 40 приложения за клиенти от Германия, \
            Австрия и Швейцария. Част от тях – застрахователи, болнични вериги и общини – \
            изискват личните данни да остават на територията на Европейския съюз и да не \
            попадат под юрисдикцията на трети държави. Затова търсим европейски облачен \
            доставчик, при когото да преместим тези системи през следващите дванадесет месеца. \
            Нуждаем се от виртуални машини и управлявани контейнери, обектно хранилище, \
            ежедневни резервни копия в отделен център за данни, договор за обработване на \
            данните по Общия регламент относно защитата на данните и поддръжка на английски или \
            немски език. Ориентировъчният обем е около 600 виртуални процесора и 150 терабайта \
            данни. Предлагаме дългосрочен договор и съвместни предложения към нашите клиенти, а \
            при добро сътрудничество – и препоръки към други софтуерни компании в София.",
        translations: &[],
        sectors: &["ict"],
        keywords: &[
            "облачно хостване",
            "центрове за данни",
            "защита на личните данни",
            "резервни копия",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът предоставя облачната инфраструктура в ЕС, на която работят \
            приложенията на нашите клиенти.",
        cooperation: &["services_agreement", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 280,
        deadline_days: Some(40),
        published_days_ago: Some(14),
    },
    // pairs with VIE-2026-0006
    OpportunitySpec {
        reference: "SOF-2026-0008",
        kind: "business_offer",
        organisation: "vitosha-software",
        lang: Bg,
        title: "Екипи за разработка на мобилни приложения за застрахователи и финансови компании",
        summary: "Софтуерна компания от София предлага сформирани екипи от разработчици, \
            тестери и дизайнери, които създават и поддържат мобилни приложения за iOS и \
            Android. Търси клиенти сред застрахователите и финтех компаниите във Виена.",
        description: "Имаме 170 инженери, от които 45 работят по мобилни приложения със Swift, \
            Kotlin и Flutter. Предлагаме екип от трима до десет души, който започва работа до \
            четири седмици след подписването на договора и работи по методите на клиента – \
            двуседмични итерации, общ списък със задачи, редовни демонстрации. През последните \
            три години създадохме приложения за обслужване на клиенти за двама застрахователи в \
            Германия: подаване на щети със снимки, електронни полици и известия. Всички проекти \
            минават одит за сигурност и спазват изискванията за достъпност. Ръководителите на \
            екипи говорят немски, а часовата разлика с Виена е само един час. Търсим клиенти, \
            които искат да ускорят разработката на своето мобилно приложение, без да наемат \
            собствен екип, и сме готови да започнем с пилотен етап от два месеца на фиксирана \
            цена.",
        translations: &[],
        sectors: &["ict", "fintech"],
        keywords: &[
            "мобилни приложения",
            "разработка на софтуер",
            "аутсорсинг",
            "застраховане",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът възлага разработката на своето мобилно приложение на наш екип \
            и участва в планирането на работата.",
        cooperation: &["subcontracting", "services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 240,
        deadline_days: None,
        published_days_ago: Some(50),
    },
    OpportunitySpec {
        reference: "SOF-2026-0009",
        kind: "business_offer",
        organisation: "vitosha-software",
        lang: En,
        title: "Nearshore data engineering teams for insurers and manufacturers",
        summary: "A Sofia software company offers data engineers and analysts who build data \
            platforms, pipelines and dashboards for insurers and manufacturers, working in the \
            customer's own cloud and tools.",
        description: "Our data practice has 30 engineers who design and run data platforms for \
            customers in Germany, Austria and Switzerland. Typical projects are moving reporting \
            from spreadsheets and legacy warehouses to a modern cloud data platform, building \
            pipelines that combine policy, claims and CRM data, and giving production managers \
            live dashboards with machine and quality data. We work with the major cloud \
            platforms as well as on-premises installations, and we document everything in \
            English or German so the customer's own team can take over. We are looking for \
            insurers and industrial companies in Vienna that need extra capacity for a data \
            project of six months or more, or want a long-term partner to operate their data \
            platform. We start with a two-week assessment at a fixed price and can put a team \
            of three to eight people on the project within a month.",
        translations: &[],
        sectors: &["ict"],
        keywords: &[
            "data engineering",
            "nearshoring",
            "data platforms",
            "dashboards",
            "analytics",
        ],
        partner_kinds: &["company"],
        partner_role: "The partner commissions a data project and works with our team in joint \
            sprints.",
        cooperation: &["services_agreement", "subcontracting"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "submitted",
        staff_comment: None,
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with VIE-2026-0010
    OpportunitySpec {
        reference: "SOF-2026-0010",
        kind: "technology_offer",
        organisation: "citydata-labs",
        lang: Bg,
        title: "Мрежа от евтини сензори за замърсяването на въздуха и шума с данни в реално време",
        summary: "Софийска компания предлага собствени сензорни станции и облачна платформа, \
            които измерват фините прахови частици, азотния диоксид и шума на всяка улица. Търси \
            партньори във Виена, които да използват данните за планиране и моделиране на града.",
        description: "Станциите са с размер на кутия за обувки, монтират се на стълбовете на \
            уличното осветление и се захранват от него или от малък слънчев панел. Всяка от тях \
            измерва фини прахови частици (ФПЧ2,5 и ФПЧ10), азотен диоксид, температура, \
            влажност и ниво на шума на всеки две минути и изпраща данните по радиомрежа с ниска \
            консумация или по мобилната мрежа. Облачната платформа калибрира измерванията спрямо \
            официалните станции, открива неизправните сензори и предоставя данните чрез отворен \
            интерфейс в стандартни формати. В София работят над 350 станции, а данните се \
            използват от общината и от транспортния оператор. Търсим партньори във Виена, които \
            разработват цифрови модели на града или анализират движението и климата и се \
            нуждаят от плътни и надеждни измервания за отделни квартали. Предлагаме пилотна \
            мрежа от 30 станции при споделени разходи.",
        translations: &[],
        sectors: &["smart-city", "cleantech-energy", "ict"],
        keywords: &[
            "качество на въздуха",
            "сензори",
            "шум",
            "отворени данни",
            "фини прахови частици",
        ],
        partner_kinds: &["company", "municipality"],
        partner_role: "Партньорът разполага станциите в избран квартал и използва данните в \
            своите модели и анализи.",
        cooperation: &["technical_cooperation", "commercial_agreement"],
        stage: Some("on_market"),
        ipr: Some("design_rights"),
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 270,
        deadline_days: None,
        published_days_ago: Some(33),
    },
    OpportunitySpec {
        reference: "SOF-2026-0011",
        kind: "research_request",
        organisation: "citydata-labs",
        lang: En,
        title: "Partners sought for a Horizon Europe proposal on urban heat islands in European \
            capitals",
        summary: "A Sofia smart-city company is building a consortium for a Horizon Europe call \
            on climate adaptation: mapping urban heat islands street by street and testing \
            cooling measures with residents in two capitals.",
        description: "Heat waves hit dense districts of Sofia and Vienna harder every summer, and \
            cities lack data at street level to decide where trees, shading or cool surfaces \
            help most. The proposal combines dense temperature and humidity measurements from \
            low-cost sensors, satellite data and citizen reports into heat maps that are updated \
            daily, and then tests cooling measures in pilot streets of both cities with a before \
            and after comparison. The company brings the sensor network and the data platform. \
            It is looking for a university or research institute with urban climate modelling, \
            a municipality or municipal company willing to host a pilot district in Vienna, and \
            a partner experienced in citizen participation. The call closes in the autumn; a \
            first consortium meeting is planned online within the next six weeks.",
        translations: &[],
        sectors: &["smart-city", "cleantech-energy"],
        keywords: &[
            "urban heat islands",
            "Horizon Europe",
            "climate adaptation",
            "consortium",
            "sensor data",
        ],
        partner_kinds: &["university", "municipality", "company"],
        partner_role: "The partner leads a work package on climate modelling or hosts a pilot \
            district in its city.",
        cooperation: &["research_cooperation"],
        stage: Some("concept"),
        ipr: Some("none"),
        target_cities: &["vienna", "sofia"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 120,
        deadline_days: Some(50),
        published_days_ago: Some(10),
    },
    // pairs with VIE-2026-0014
    OpportunitySpec {
        reference: "SOF-2026-0012",
        kind: "business_request",
        organisation: "marmot-studio",
        lang: Bg,
        title: "Търсим студио за музика, звук и запис на гласове за анимационен сериал за деца",
        summary: "Анимационно студио от София търси партньор, който да създаде музиката, \
            звуковите ефекти и записите на гласовете за 26 епизода на детски анимационен \
            сериал. Сериалът е копродукция с европейски телевизии и се нуждае от немскоезична \
            версия.",
        description: "Сериалът „Таралежът Тоби“ (26 епизода по 11 минути) е предназначен за \
            деца от четири до седем години и се произвежда в копродукция с две европейски \
            обществени телевизии. Анимацията се прави в нашето студио в София, а за звуковата \
            част търсим външен партньор. Задачите включват оригинална музика и начална песен, \
            звукови ефекти и шумове, запис на гласовете на актьори на немски и английски език, \
            както и окончателното смесване на звука по техническите изисквания на телевизиите. \
            Работата започва през есента и продължава около осем месеца, като епизодите се \
            предават на групи от по четири. Търсим студио с опит в детското съдържание и с \
            достъп до актьори, за които немският е роден език. Предпочитаме партньор, който би \
            участвал и с дял в копродукцията, за да кандидатстваме заедно за подкрепа по \
            програма „Творческа Европа“.",
        translations: &[],
        sectors: &["creative-industries"],
        keywords: &[
            "музика",
            "звукови ефекти",
            "озвучаване",
            "анимационен сериал",
            "копродукция",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът създава музиката и звука и записва гласовете на немски и \
            английски език.",
        cooperation: &["subcontracting", "joint_venture"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 180,
        deadline_days: Some(35),
        published_days_ago: Some(40),
    },
    OpportunitySpec {
        reference: "SOF-2026-0013",
        kind: "business_offer",
        organisation: "marmot-studio",
        lang: Bg,
        title: "Концептуален арт, 3D модели и анимации за видеоигри по поръчка",
        summary: "Студио от София предлага на разработчиците на видеоигри концептуален арт, \
            3D модели на персонажи и среди и анимации, готови за използване в игровите \
            двигатели.",
        description: "Освен собствените си сериали студиото работи и за разработчици на \
            видеоигри. Екип от дванадесет художници създава концептуален арт на светове и \
            персонажи, 3D модели с оптимизиран брой полигони и текстури, ригове и анимации, \
            които се внасят директно в най-разпространените игрови двигатели. Работили сме по \
            мобилни игри, по игри за компютър и конзоли и по образователни приложения за \
            музеи. Приемаме както малки поръчки от няколко модела, така и дългосрочна работа \
            като външно художествено студио за цялата продукция. Търсим разработчици на игри и \
            студиа за интерактивни медии във Виена, които имат нужда от допълнителен капацитет \
            за графика и анимация и ценят опита ни с детска естетика и стилизирани светове. \
            Можем да започнем с пробна задача на фиксирана цена.",
        translations: &[],
        sectors: &["creative-industries"],
        keywords: &["видеоигри", "концептуален арт", "3D модели", "анимация"],
        partner_kinds: &["company"],
        partner_role: "Партньорът ни възлага графиката и анимацията за своите игри и \
            интерактивни продукти.",
        cooperation: &["subcontracting", "services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "draft",
        staff_comment: None,
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with VIE-2026-0012
    OpportunitySpec {
        reference: "SOF-2026-0014",
        kind: "business_offer",
        organisation: "cyrillica-type",
        lang: Bg,
        title: "Разширяване на корпоративни шрифтове с кирилица и гръцка азбука",
        summary: "Студио за шрифтов дизайн създава кирилски и гръцки версии на съществуващи \
            латински шрифтове, така че марката да изглежда еднакво на всички езици. Търси \
            агенции и студиа във Виена, които работят за клиенти с публикации на няколко \
            азбуки.",
        description: "Когато марка, музей или издателство навлиза на пазари с кирилица, \
            текстовете му често се набират с чужд резервен шрифт и визуалната идентичност се \
            губи. Ние проектираме липсващите знаци така, че да следват пропорциите, контраста и \
            характера на оригиналния латински шрифт, включително българската форма на \
            кирилицата, която се различава от руската. Изработваме и гръцки знаци, разширени \
            езикови набори за Югоизточна Европа и варианти за екран и печат. Всеки проект минава \
            проверка от носители на езика и изпитания в реални оформления – табели, уебсайтове, \
            опаковки. Студиото има над 40 завършени проекта за марки от Германия, Нидерландия и \
            Швейцария. Търсим партньори във Виена – дизайнерски и брандинг агенции, студиа за \
            изложбен дизайн и издателства, – които да ни възлагат разширяването на шрифтове за \
            свои клиенти или да кандидатстват заедно с нас за културни проекти.",
        translations: &[TranslationSpec {
            lang: En,
            title: "Extending corporate typefaces with Cyrillic and Greek",
            summary: "A type design studio creates Cyrillic and Greek versions of existing Latin \
                typefaces, so that a brand looks the same in every language. It is looking for \
                agencies and studios in Vienna that work for clients publishing in several \
                scripts.",
            description: "When a brand, museum or publisher enters markets that use Cyrillic, \
                its texts are often set in a foreign fallback font and the visual identity is \
                lost. We design the missing characters to follow the proportions, contrast and \
                character of the original Latin typeface, including the Bulgarian form of \
                Cyrillic, which differs from the Russian one. We also draw Greek, extended \
                language sets for south-east Europe, and variants for screen and print. Every \
                project is checked by native speakers and tested in real layouts – signage, \
                websites, packaging. The studio has completed more than 40 projects for brands \
                from Germany, the Netherlands and Switzerland. We are looking for partners in \
                Vienna – design and branding agencies, exhibition design studios and publishers \
                – who would commission typeface extensions for their clients or apply with us \
                for cultural projects.",
        }],
        sectors: &["creative-industries"],
        keywords: &[
            "шрифтов дизайн",
            "кирилица",
            "типография",
            "визуална идентичност",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът ни възлага разширяването на шрифтовете на своите клиенти и \
            отговаря за цялостния дизайн.",
        cooperation: &["subcontracting", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 280,
        deadline_days: None,
        published_days_ago: Some(80),
    },
    // pairs with VIE-2026-0015
    OpportunitySpec {
        reference: "SOF-2026-0015",
        kind: "business_request",
        organisation: "biolact-innovations",
        lang: Bg,
        title: "Търсим договорна лаборатория за изследване на имунния отговор към пробиотични щамове",
        summary: "Изследователска компания с колекция от млечнокисели бактерии търси договорна \
            изследователска организация, която да изследва в клетъчни модели как избрани щамове \
            влияят на имунните клетки. Резултатите са нужни за научна публикация и за \
            лицензиране.",
        description: "Колекцията ни включва над 400 щама млечнокисели бактерии, изолирани от \
            традиционни български млечни продукти. За осем от тях предварителните ни данни \
            показват противовъзпалително действие. Преди клиничното изпитване ни трябват \
            надеждни данни от независима лаборатория: въздействие на щамовете и на техните \
            метаболити върху човешки имунни клетки от периферна кръв, профил на цитокините, \
            ефект върху бариерната функция на чревния епител в клетъчен модел и сравнение с \
            референтен щам. Изследванията трябва да се проведат по добрата лабораторна \
            практика, с предварително съгласуван протокол и пълен доклад с първичните данни. \
            Търсим изследователска организация с опит в клетъчните модели и имунологията, която \
            работи на договорна основа и може да започне до три месеца. Предпочитаме партньор \
            на разстояние от един ден път от София, за да пренасяме сами живите култури.",
        translations: &[],
        sectors: &["biotech-life-sciences", "agrifood"],
        keywords: &[
            "пробиотици",
            "имунен отговор",
            "клетъчни модели",
            "договорни изследвания",
            "млечнокисели бактерии",
        ],
        partner_kinds: &["company", "university"],
        partner_role: "Партньорът провежда изследванията в своята лаборатория по съгласуван с \
            нас протокол.",
        cooperation: &["services_agreement", "research_cooperation"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 200,
        deadline_days: Some(45),
        published_days_ago: Some(50),
    },
    OpportunitySpec {
        reference: "SOF-2026-0016",
        kind: "technology_offer",
        organisation: "biolact-innovations",
        lang: En,
        title: "Licence for a patented Lactobacillus bulgaricus strain for yoghurts and supplements",
        summary: "A Sofia biotech company offers a licence for a patented strain of \
            Lactobacillus delbrueckii subsp. bulgaricus with high survival in the gut and a \
            mild taste, for dairy producers and makers of food supplements.",
        description: "The strain was isolated from a home-made yoghurt in a mountain village \
            and selected from a collection of more than 400 lactic acid bacteria. It survives \
            stomach acid and bile far better than common industrial strains, ferments milk \
            quickly and gives a mild, less acidic taste that consumers in central Europe prefer. \
            A European patent has been granted, and pilot production with a Bulgarian dairy has \
            confirmed stable quality over eighteen months. The company offers a licence for \
            yoghurts and fermented milk products, or for freeze-dried supplements, with the \
            starter culture supplied from its own production or made by the licensee under a \
            technology transfer agreement. It is looking for dairies and supplement makers in \
            Austria, and is open to joint marketing that tells the story of the strain's \
            origin.",
        translations: &[TranslationSpec {
            lang: Bg,
            title: "Лиценз за патентован щам Lactobacillus bulgaricus за кисело мляко и \
                хранителни добавки",
            summary: "Софийска биотехнологична компания предлага лиценз за патентован щам на \
                Lactobacillus delbrueckii subsp. bulgaricus с висока преживяемост в червата и \
                мек вкус – за млекопреработватели и производители на хранителни добавки.",
            description: "Щамът е изолиран от домашно кисело мляко от планинско село и е \
                подбран от колекция от над 400 млечнокисели бактерии. Той понася стомашната \
                киселина и жлъчката много по-добре от обичайните промишлени щамове, ферментира \
                млякото бързо и дава мек, по-малко кисел вкус, който потребителите в Централна \
                Европа предпочитат. Компанията има издаден европейски патент, а пилотното \
                производство с българска мандра потвърди стабилно качество в продължение на \
                осемнадесет месеца. Предлагаме лиценз за кисело мляко и ферментирали млечни \
                продукти или за лиофилизирани хранителни добавки, като заквасата се доставя от \
                нашето производство или се произвежда от лицензополучателя по договор за \
                трансфер на технология. Търсим мандри и производители на добавки в Австрия и сме \
                отворени за съвместен маркетинг, който разказва историята на произхода на щама.",
        }],
        sectors: &["biotech-life-sciences", "agrifood"],
        keywords: &[
            "probiotic strain",
            "licensing",
            "starter culture",
            "functional food",
            "yoghurt",
        ],
        partner_kinds: &["company"],
        partner_role: "The licensee produces and sells yoghurts or supplements with the strain \
            in Austria and neighbouring markets.",
        cooperation: &["licensing", "commercial_agreement"],
        stage: Some("field_tested"),
        ipr: Some("patent_granted"),
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 320,
        deadline_days: None,
        published_days_ago: Some(45),
    },
    // pairs with VIE-2026-0017
    OpportunitySpec {
        reference: "SOF-2026-0017",
        kind: "business_offer",
        organisation: "genomed-diagnostics",
        lang: Bg,
        title: "Секвениране от ново поколение и биоинформатичен анализ като услуга за клинични \
            изследвания",
        summary: "Генетична лаборатория от София предлага секвениране на екзоми, генни панели и \
            РНК заедно с биоинформатичния анализ за фармацевтични и биотехнологични компании, \
            които провеждат клинични и предклинични изследвания.",
        description: "Лабораторията е акредитирана по ISO 15189 и работи с два съвременни \
            секвенатора с висока производителност. За изследователски проекти предлагаме \
            секвениране на цели екзоми и геноми, таргетни генни панели, секвениране на РНК за \
            профил на генната експресия и анализ на единични клетки. Пробите – кръв, тъкан или \
            изолирана ДНК и РНК – се приемат от цяла Европа при контролирана температура. \
            Нашият екип от биоинформатици обработва данните по валидирани протоколи и доставя \
            отчет с откритите варианти, диференциално експресираните гени и статистическа \
            оценка, съобразен с въпроса на изследването. Срокът е около 15 работни дни от \
            получаването на пробите. Данните се обработват псевдонимизирано и се съхраняват в \
            ЕС. Търсим биотехнологични компании и изследователски групи във Виена, които имат \
            нужда от молекулярен анализ на проби от пациенти и биха работили с нас дългосрочно.",
        translations: &[TranslationSpec {
            lang: En,
            title: "Next-generation sequencing and bioinformatics as a service for clinical \
                research",
            summary: "A genetic laboratory in Sofia offers exome, gene panel and RNA sequencing \
                together with bioinformatic analysis for pharmaceutical and biotech companies \
                running clinical and preclinical studies.",
            description: "The laboratory is accredited to ISO 15189 and runs two modern \
                high-throughput sequencers. For research projects we offer whole exome and \
                genome sequencing, targeted gene panels, RNA sequencing for gene expression \
                profiles and single-cell analysis. Samples – blood, tissue or extracted DNA and \
                RNA – are accepted from all over Europe under controlled temperature. Our team of \
                bioinformaticians processes the data with validated pipelines and delivers a \
                report with the variants found, differentially expressed genes and a statistical \
                assessment tailored to the research question. Turnaround is about 15 working \
                days from receipt of the samples. Data are processed under pseudonyms and stored \
                in the EU. We are looking for biotech companies and research groups in Vienna \
                that need molecular analysis of patient samples and would work with us over the \
                long term.",
        }],
        sectors: &["biotech-life-sciences", "health-medtech"],
        keywords: &[
            "секвениране",
            "геномен анализ",
            "биоинформатика",
            "генна експресия",
            "клинични изследвания",
        ],
        partner_kinds: &["company", "university"],
        partner_role: "Партньорът ни възлага анализа на пробите от своите изследвания и \
            съгласува с нас дизайна на анализа.",
        cooperation: &["services_agreement", "research_cooperation"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 260,
        deadline_days: None,
        published_days_ago: Some(55),
    },
    OpportunitySpec {
        reference: "SOF-2026-0018",
        kind: "research_request",
        organisation: "genomed-diagnostics",
        lang: Bg,
        title: "Партньори за изследване на наследствените ракови синдроми в Югоизточна Европа",
        summary: "Генетична лаборатория от София подготвя изследователски проект за честотата \
            и спектъра на наследствените ракови синдроми в Югоизточна Европа и търси биобанка и \
            университетски партньор с опит в популационната генетика.",
        description: "Данните за наследствените варианти, които предразполагат към рак на \
            гърдата, яйчниците и дебелото черво, идват предимно от пациенти в Западна Европа и \
            Северна Америка. За населението на Югоизточна Европа липсват надеждни оценки, а \
            това затруднява генетичното консултиране и скрининга. Проектът ще секвенира генни \
            панели на около 3000 пациенти и здрави контроли от България и съседните страни и \
            ще сравни резултатите с референтни популации. Лабораторията поема секвенирането и \
            първичния анализ на данните. Търсим биобанка с добре описани проби и съгласия за \
            изследване, както и университетска група с опит в популационната генетика и \
            статистиката, която да ръководи сравнителния анализ. Планираме да кандидатстваме по \
            програма „Хоризонт Европа“ или по двустранна програма между България и Австрия.",
        translations: &[],
        sectors: &["biotech-life-sciences", "health-medtech"],
        keywords: &[
            "наследствени ракови синдроми",
            "популационна генетика",
            "биобанка",
            "генни панели",
        ],
        partner_kinds: &["university"],
        partner_role: "Партньорът предоставя проби от своята биобанка или ръководи \
            сравнителния популационен анализ.",
        cooperation: &["research_cooperation"],
        stage: Some("concept"),
        ipr: Some("none"),
        target_cities: &["vienna"],
        state: "submitted",
        staff_comment: None,
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with VIE-2026-0019
    OpportunitySpec {
        reference: "SOF-2026-0019",
        kind: "technology_offer",
        organisation: "cardiotrack",
        lang: Bg,
        title: "Носимо устройство за дистанционно ЕКГ наблюдение на пациенти след сърдечни операции",
        summary: "Стартъп от София предлага лепенка с един отвод, която записва непрекъснато \
            сърдечния ритъм до 14 дни, и мобилно приложение, което изпраща записите на лекаря. \
            Търси партньори във Виена, които да включат данните в своите системи за анализ и \
            диагностика.",
        description: "След сърдечна операция много пациенти развиват нарушения на ритъма, \
            които не се откриват при краткия преглед в болницата. Нашата лепенка тежи 12 грама, \
            поставя се на гърдите и записва електрокардиограма с един отвод непрекъснато до 14 \
            дни, без кабели и без зареждане. Чрез Bluetooth тя предава записите на телефона на \
            пациента, а приложението ги изпраща в защитена облачна платформа, където лекарят \
            вижда епизодите с отклонения. В клинично проучване с 120 пациенти в две софийски \
            болници устройството откри предсърдно мъждене при всеки девети пациент. Изделието \
            е в процес на сертифициране по Регламента за медицинските изделия; подадена е \
            заявка за патент за конструкцията на електродите. Търсим партньори във Виена, които \
            разработват софтуер за автоматичен анализ на сърдечни сигнали или системи за \
            клинична диагностика и искат да предложат съвместно решение.",
        translations: &[],
        sectors: &["health-medtech", "ict"],
        keywords: &[
            "ЕКГ",
            "носимо устройство",
            "дистанционно наблюдение",
            "предсърдно мъждене",
            "медицинско изделие",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът анализира записите със своя софтуер и заедно с нас подготвя \
            сертифицирането на общото решение.",
        cooperation: &["technical_cooperation", "licensing"],
        stage: Some("field_tested"),
        ipr: Some("patent_applied"),
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 240,
        deadline_days: None,
        published_days_ago: Some(37),
    },
    OpportunitySpec {
        reference: "SOF-2026-0020",
        kind: "business_request",
        organisation: "cardiotrack",
        lang: En,
        title: "Co-investors from Austria sought for the seed round of a remote cardiac monitoring \
            start-up",
        summary: "A Sofia medtech start-up with a clinically tested wearable ECG patch is raising \
            a seed round and is looking for Austrian business angels, venture funds or \
            corporate investors in health who would also open doors to hospitals.",
        description: "The company has developed a 12-gram adhesive patch that records a \
            single-lead ECG for up to 14 days and sends the recordings to the physician through \
            a mobile app. A clinical study with 120 patients after cardiac surgery has been \
            completed, certification under the Medical Device Regulation is under way, and a \
            patent application for the electrode design has been filed. The seed round of 2.5 \
            million euros will fund certification, a second clinical study and the first sales \
            in Austria and Germany. A Bulgarian venture fund has committed to lead the round. \
            The founders are looking for co-investors from Austria – business angels, venture \
            funds or health companies with a corporate venture arm – who bring experience with \
            reimbursement and hospital procurement in German-speaking countries. A data room \
            with the study results and the business plan is available after signing a \
            non-disclosure agreement.",
        translations: &[],
        sectors: &["health-medtech"],
        keywords: &[
            "seed funding",
            "medtech",
            "wearable ECG",
            "co-investment",
            "remote monitoring",
        ],
        partner_kinds: &["company"],
        partner_role: "The partner invests in the seed round and helps the company reach \
            hospitals and payers in Austria.",
        cooperation: &["investment"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 150,
        deadline_days: Some(60),
        published_days_ago: Some(12),
    },
    // pairs with VIE-2026-0021
    OpportunitySpec {
        reference: "SOF-2026-0021",
        kind: "business_request",
        organisation: "suncurrent-energy",
        lang: Bg,
        title: "Търсим софтуер за управление на енергийни общности и разпределяне на споделената \
            енергия",
        summary: "Изграждаме покривни фотоволтаични централи, чиято енергия се споделя между \
            съседни жилищни сгради и училища. Търсим готова платформа, която да води членовете, \
            да разпределя произведеното по данните от електромерите и да изготвя сметките.",
        description: "През следващите две години планираме 25 енергийни общности в София: \
            фотоволтаици на покривите на училища, детски градини и жилищни блокове, чиято \
            енергия използват домакинствата и обществените сгради в квартала. Всяка общност има \
            между 20 и 150 участници. Нуждаем се от софтуер, който получава данните от \
            интелигентните електромери на мрежовия оператор на всеки 15 минути, разпределя \
            произведената енергия между участниците по гъвкави правила, изготвя месечни сметки \
            и показва на всяко домакинство колко от собствената енергия е използвало. Важно е \
            решението вече да работи в реални общности, да може да се преведе на български \
            език и да се пригоди към българските правила, които в момента се въвеждат. Търсим \
            доставчик, който да ни предостави лиценз и да адаптира продукта заедно с нашия \
            екип, а след това да го предлагаме съвместно и на други общини в България.",
        translations: &[],
        sectors: &["cleantech-energy", "ict"],
        keywords: &[
            "енергийни общности",
            "споделяне на енергия",
            "фотоволтаици",
            "интелигентни електромери",
            "сметки",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът ни лицензира своята платформа и я адаптира към българските \
            правила и мрежови оператори.",
        cooperation: &["licensing", "technical_cooperation"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 300,
        deadline_days: None,
        published_days_ago: Some(60),
    },
    // pairs with VIE-2026-0022
    OpportunitySpec {
        reference: "SOF-2026-0022",
        kind: "business_offer",
        organisation: "suncurrent-energy",
        lang: Bg,
        title: "Проектиране и монтаж на фотоволтаични системи с батерии в България",
        summary: "Инсталаторска компания с над 1200 изградени покривни централи предлага \
            проектиране, монтаж, присъединяване и поддръжка на фотоволтаици и батерийни \
            системи в цяла България. Търси партньори от Виена, които искат да изпълняват \
            проекти в България с местен изпълнител.",
        description: "Имаме 80 монтажници и 12 електроинженери в три екипа – в София, Пловдив и \
            Варна. Изграждаме централи от 10 киловата за еднофамилни къщи до 2 мегавата за \
            промишлени покриви, с батерийни системи и зарядни станции за електромобили. Поемаме \
            целия процес: оглед и проект, разрешенията от общината, присъединяването към \
            мрежата на електроразпределителното дружество, монтажа, въвеждането в експлоатация \
            и поддръжката с дистанционно наблюдение. Работим с всички водещи производители на \
            инвертори и батерии и даваме десетгодишна гаранция за монтажа. Търсим партньори от \
            Виена – доставчици на енергийни услуги и софтуер, производители на оборудване или \
            инвеститори, – които имат клиенти или проекти в България и имат нужда от надежден \
            изпълнител на място. Предлагаме рамков договор с ясни цени и срокове.",
        translations: &[],
        sectors: &["cleantech-energy", "construction-real-estate"],
        keywords: &[
            "фотоволтаици",
            "монтаж",
            "батерии",
            "присъединяване към мрежата",
            "поддръжка",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът ни възлага проектирането и монтажа на централите на своите \
            клиенти в България.",
        cooperation: &["subcontracting", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 280,
        deadline_days: None,
        published_days_ago: Some(70),
    },
    OpportunitySpec {
        reference: "SOF-2026-0023",
        kind: "technology_request",
        organisation: "suncurrent-energy",
        lang: Bg,
        title: "Търсим фасадни фотоволтаици",
        summary: "Търсим фасадни панели.",
        description: "Нашата компания изгражда фотоволтаични централи върху покриви от много \
            години и има голям опит в областта на възобновяемата енергия. Сега искаме да \
            разширим дейността си и с фасадни фотоволтаици, защото смятаме, че това е бъдещето \
            на сградите в градовете. Интересуваме се от различни технологии и различни \
            варианти, които биха могли да бъдат подходящи за българския пазар. Имаме много \
            клиенти, които биха се заинтересували от такова решение, и вярваме, че заедно с \
            подходящ партньор можем да постигнем много. Ако разполагате с такава технология или \
            познавате някой, който разполага, ще се радваме да се свържете с нас, за да \
            обсъдим възможностите за сътрудничество.",
        translations: &[],
        sectors: &["cleantech-energy", "construction-real-estate"],
        keywords: &["фасадни фотоволтаици", "сгради", "енергия"],
        partner_kinds: &["company"],
        partner_role: "Партньор с технология за фасадни фотоволтаици.",
        cooperation: &["technical_cooperation", "commercial_agreement"],
        stage: Some("on_market"),
        ipr: Some("none"),
        target_cities: &["vienna"],
        state: "returned",
        staff_comment: Some(
            "Резюмето е твърде кратко: то се показва самостоятелно в списъците и трябва да казва \
             какво търсите и за какво. Моля, опишете конкретния проект – вид и височина на \
             сградите, ориентировъчна площ на фасадите, изисквания за пожарна безопасност и за \
             външния вид – и уточнете какъв партньор търсите: производител на панели, \
             архитектурно бюро или изпълнител на окачени фасади. Посочете и как ще използвате \
             технологията: покупка, лиценз или съвместна разработка.",
        ),
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with VIE-2026-0023
    OpportunitySpec {
        reference: "SOF-2026-0024",
        kind: "technology_offer",
        organisation: "velograd-mobility",
        lang: Bg,
        title: "Софтуер за управление на флотилии от електрически велосипеди: проследяване, \
            батерии и сервиз",
        summary: "Оператор на споделени електрически велосипеди предлага собствената си система \
            за управление на флотилии: местоположение в реално време, състояние на батериите, \
            планиране на зареждането и на сервизните обиколки. Търси оператори във Виена, които \
            искат да я използват за своите велосипеди.",
        description: "Системата управлява 1400 велосипеда в три български града. Малък модул с \
            GPS и мобилна връзка се монтира на всеки велосипед, включително на товарните, и \
            изпраща местоположението, заряда на батерията, изминатите километри и сигналите за \
            повреди. Диспечерите виждат цялата флотилия на карта, получават предупреждения при \
            нисък заряд или необичайно движение, а програмата подрежда оптималния маршрут за \
            смяна на батериите и за сервизните техници. От данните за пробега и повредите \
            системата предвижда кога даден велосипед трябва да влезе в сервиз, преди да се \
            развали. Предлагаме системата като облачна услуга с месечна такса за велосипед, \
            отворен интерфейс за връзка с други програми и обучение на екипа. Търсим оператори \
            на флотилии във Виена – за споделено ползване или за доставки, – които искат да \
            намалят престоя и разходите за поддръжка, и сме готови да разработим заедно \
            функции за тяхната дейност.",
        translations: &[],
        sectors: &["mobility", "logistics", "ict"],
        keywords: &[
            "управление на флотилии",
            "електрически велосипеди",
            "проследяване",
            "поддръжка",
            "батерии",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът използва системата за своите велосипеди и ни помага да я \
            пригодим за товарни велосипеди и доставки.",
        cooperation: &["licensing", "technical_cooperation"],
        stage: Some("on_market"),
        ipr: Some("copyright"),
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 260,
        deadline_days: None,
        published_days_ago: Some(28),
    },
    OpportunitySpec {
        reference: "SOF-2026-0025",
        kind: "business_request",
        organisation: "velograd-mobility",
        lang: Bg,
        title: "Търсим производител на здрави електрически велосипеди за споделено ползване",
        summary: "Оператор на споделени велосипеди търси европейски производител на \
            електрически велосипеди, създадени за интензивно ежедневно използване, за \
            разширяване на флотилията си с 600 велосипеда.",
        description: "Нашата система за споделени велосипеди работи в три български града и \
            през следващата година ще бъде разширена с около 600 нови електрически велосипеда. \
            Велосипедите, които използваме сега, са предназначени за лично ползване и се \
            повреждат твърде често при натоварването на споделената система. Търсим европейски \
            производител, който предлага модели за интензивно ползване: здрава рамка без \
            външни кабели, сменяема батерия със заключване, спирачки и гуми с минимална \
            поддръжка и място за монтаж на нашия модул за проследяване. Важни са ни \
            доставката на резервни части в рамките на седмица, обучението на нашите техници и \
            възможността за лизинг. Предпочитаме производител от Централна Европа, за да \
            съкратим сроковете за доставка и да поддържаме контакт с инженерите му.",
        translations: &[],
        sectors: &["mobility", "manufacturing"],
        keywords: &[
            "електрически велосипеди",
            "споделено ползване",
            "производител",
            "резервни части",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът доставя велосипедите и резервните части и обучава нашите \
            техници.",
        cooperation: &["commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "withdrawn",
        staff_comment: None,
        show_name: false,
        valid_days: 200,
        deadline_days: None,
        published_days_ago: Some(120),
    },
    // pairs with VIE-2026-0025
    OpportunitySpec {
        reference: "SOF-2026-0026",
        kind: "business_request",
        organisation: "schoolcloud",
        lang: Bg,
        title: "Търсим дигитално учебно съдържание за професионалните гимназии с дуално обучение",
        summary: "Облачна платформа, която използват над 600 български училища, търси \
            партньор с готово интерактивно съдържание за професионално обучение – упражнения, \
            симулации и подготовка за изпитите. Искаме да го предложим на професионалните \
            гимназии, които обучават учениците си заедно с работодатели.",
        description: "В България все повече професионални гимназии обучават учениците в \
            единадесети и дванадесети клас по дуалната система: част от седмицата те учат в \
            училище, а останалата част работят в предприятие. Учителите и наставниците във \
            фирмите обаче нямат достатъчно съвременни материали за специалности като \
            мехатроника, електротехника, логистика и хотелиерство. Платформата ни вече се \
            използва в над 600 училища за дневник, домашни работи и тестове, затова можем бързо \
            да достигнем до гимназиите. Търсим партньор с готово интерактивно съдържание и \
            симулации за професионалното обучение, което можем да преведем на български език \
            и да свържем с нашата платформа. Предлагаме превод и адаптиране към българските \
            учебни програми, продажби към училищата и общините и споделяне на приходите. Заедно \
            можем да кандидатстваме и за европейско финансиране за професионалното \
            образование.",
        translations: &[],
        sectors: &["edtech"],
        keywords: &[
            "професионално образование",
            "дуално обучение",
            "учебно съдържание",
            "симулации",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът предоставя съдържанието и технологията, а ние го превеждаме и \
            предлагаме на българските училища.",
        cooperation: &["licensing", "distribution"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 200,
        deadline_days: Some(30),
        published_days_ago: Some(20),
    },
    OpportunitySpec {
        reference: "SOF-2026-0027",
        kind: "business_offer",
        organisation: "schoolcloud",
        lang: En,
        title: "School communication platform for private and international schools: pilot in \
            Vienna",
        summary: "A Sofia edtech company offers private and international schools in Vienna a \
            free one-year pilot of its platform for grades, homework, tests and communication \
            with parents, now available in German.",
        description: "The platform is used by more than 600 schools in Bulgaria as their \
            electronic class register and their main channel to parents. Teachers record grades \
            and absences, set homework and online tests, and send messages; parents and \
            students see everything in one app. A German-language version has been developed \
            over the past year, and the company now wants to test it with schools in Vienna \
            before a wider launch. It offers private and international schools a free pilot for \
            one school year, including data migration, training for teachers and support in \
            German and English. Data are hosted in the EU. In return the company asks for \
            regular feedback from teachers and parents and, if the school is satisfied, a \
            reference. Partnerships with school networks or associations of private schools are \
            also welcome.",
        translations: &[],
        sectors: &["edtech"],
        keywords: &[
            "school platform",
            "class register",
            "parent communication",
            "pilot",
        ],
        partner_kinds: &["company", "ngo"],
        partner_role: "The partner school tests the platform for a school year and gives \
            structured feedback.",
        cooperation: &["commercial_agreement", "technical_cooperation"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "draft",
        staff_comment: None,
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with VIE-2026-0027
    OpportunitySpec {
        reference: "SOF-2026-0028",
        kind: "business_offer",
        organisation: "defensa-labs",
        lang: Bg,
        title: "Денонощно наблюдение и реагиране при инциденти с киберсигурността от център в София",
        summary: "Компания за киберсигурност предлага денонощно наблюдение на мрежите и \
            системите на клиента, анализ на събитията и реагиране при инциденти от своя център \
            в София. Търси партньори във Виена, които искат да предлагат тази услуга на своите \
            клиенти, без да изграждат собствен център.",
        description: "В центъра ни работят 45 анализатори на смени, седем дни в седмицата. \
            Събираме събитията от мрежите, сървърите, облачните услуги и крайните устройства \
            на клиента, откриваме подозрителна активност с помощта на правила и машинно \
            обучение и при потвърден инцидент действаме по предварително съгласуван план: \
            изолираме засегнатите системи, уведомяваме клиента и помагаме за възстановяването. \
            Компанията е сертифицирана по ISO/IEC 27001 и помага на клиентите си да подадат \
            навреме задължителните уведомления за инциденти по европейската директива за \
            мрежова и информационна сигурност. Услугата може да се предлага под марката на \
            партньора. Търсим във Виена консултантски фирми по информационна сигурност и \
            доставчици на ИТ услуги, които искат да предложат на своите клиенти денонощна \
            защита, без да наемат нощни смени. От следващата година първата линия ще има и \
            анализатори, които говорят немски език.",
        translations: &[TranslationSpec {
            lang: En,
            title: "Round-the-clock security monitoring and incident response from a centre in \
                Sofia",
            summary: "A cybersecurity company offers round-the-clock monitoring of a customer's \
                networks and systems, event analysis and incident response from its centre in \
                Sofia. It is looking for partners in Vienna who want to offer this service to \
                their customers without building a centre of their own.",
            description: "Our centre has 45 analysts working in shifts, seven days a week. We \
                collect events from the customer's networks, servers, cloud services and \
                endpoints, detect suspicious activity with rules and machine learning and, when \
                an incident is confirmed, act on a plan agreed in advance: we isolate the \
                affected systems, notify the customer and help with recovery. The company is \
                certified to ISO/IEC 27001 and helps its customers file the mandatory incident \
                notifications under the European directive on network and information security \
                on time. The service can be offered under the partner's brand. We are looking \
                for information security consultancies and IT service providers in Vienna who \
                want to offer their customers round-the-clock protection without staffing night \
                shifts. From next year the first line will also include German-speaking \
                analysts.",
        }],
        sectors: &["cybersecurity"],
        keywords: &[
            "наблюдение на сигурността",
            "реагиране при инциденти",
            "денонощна услуга",
            "аутсорсинг",
        ],
        partner_kinds: &["company", "service_provider"],
        partner_role: "Партньорът предлага услугата под своята марка на клиентите си в Австрия и \
            поддържа прекия контакт с тях.",
        cooperation: &["services_agreement", "subcontracting", "joint_venture"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 290,
        deadline_days: None,
        published_days_ago: Some(75),
    },
    OpportunitySpec {
        reference: "SOF-2026-0029",
        kind: "technology_request",
        organisation: "defensa-labs",
        lang: En,
        title: "Network monitoring technology for medical devices in hospitals wanted",
        summary: "A Sofia security operations provider is looking for a technology that \
            discovers and monitors medical devices on hospital networks, to integrate into its \
            monitoring service for hospitals.",
        description: "Hospitals are among our fastest-growing customers, and their networks are \
            full of devices we cannot protect with ordinary tools: infusion pumps, imaging \
            systems, patient monitors and laboratory analysers, often running outdated operating \
            systems that must not be changed. We are looking for a mature technology that \
            identifies such devices passively from network traffic, recognises their medical \
            protocols, detects unusual behaviour and feeds alerts into our security monitoring \
            platform through an open interface. The technology should be on the market, with \
            references in European hospitals, and allow us to operate it for several hospitals \
            from our centre. We are open to a reseller agreement, a licence for managed \
            service providers or joint development with a younger company whose product is \
            close to market.",
        translations: &[],
        sectors: &["cybersecurity", "health-medtech"],
        keywords: &[
            "medical device security",
            "hospital networks",
            "anomaly detection",
            "managed security",
        ],
        partner_kinds: &["company"],
        partner_role: "The partner supplies the technology and supports its integration into our \
            monitoring service.",
        cooperation: &["licensing", "commercial_agreement", "technical_cooperation"],
        stage: Some("on_market"),
        ipr: Some("none"),
        target_cities: &["vienna"],
        state: "submitted",
        staff_comment: None,
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with VIE-2026-0029
    OpportunitySpec {
        reference: "SOF-2026-0030",
        kind: "business_offer",
        organisation: "sofia-walks",
        lang: Bg,
        title: "Тематични разходки и аудиогидове из София, които хотелите да продават на гостите \
            си",
        summary: "Предлагаме пешеходни обиколки с местни водачи и дигитални аудиогидове на пет \
            езика, които хотелите могат да продават директно на своите гости. Търсим доставчик \
            на хотелски софтуер, чрез който обиколките да се запазват още при настаняването.",
        description: "Организираме дванадесет тематични обиколки из София – история на \
            древната Сердика, улично изкуство, социалистическа архитектура, храна и вино – с \
            лицензирани местни водачи, всеки ден и на пет езика, сред които немски и английски. \
            За гостите, които предпочитат да се разхождат сами, предлагаме аудиогидове с карта, \
            които работят и без интернет. Вече работим с 35 хотела в София, но повечето \
            продажби минават през рецепцията и голяма част от гостите научават за нас твърде \
            късно. Търсим доставчик на софтуер за хотели, който да включи обиколките ни в \
            своята система – в потвърждението на резервацията, в приложението за гостите или \
            при онлайн регистрацията, – с актуални свободни места и цени. Предлагаме \
            комисиона за всяка продажба и ексклузивни оферти за хотелите партньори.",
        translations: &[],
        sectors: &["tourism", "creative-industries"],
        keywords: &[
            "пешеходни обиколки",
            "аудиогидове",
            "хотели",
            "преживявания",
            "резервации",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът включва обиколките ни в своя софтуер за хотели, така че \
            гостите да ги запазват директно.",
        cooperation: &["commercial_agreement", "technical_cooperation"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 210,
        deadline_days: None,
        published_days_ago: Some(42),
    },
    OpportunitySpec {
        reference: "SOF-2026-0031",
        kind: "business_request",
        organisation: "sofia-walks",
        lang: Bg,
        title: "Търсим туроператор във Виена за общ пакет за групи „София и Виена“",
        summary: "Организатор на тематични обиколки в София търси туроператор или агенция във \
            Виена, с които да създаде общ културен пакет за групи, съчетаващ двете столици.",
        description: "Все повече групи от Азия и Северна Америка посещават няколко европейски \
            столици за едно пътуване и търсят маршрути извън най-известните дестинации. Искаме \
            да създадем общ пакет от осем до десет дни, който съчетава Виена и София: музика и \
            кафенета във Виена, римски и средновековни паметници, манастири и кухня в София и \
            околностите ѝ. Ние поемаме програмата в България – водачи, транспорт, хотели и \
            дегустации, – а търсим туроператор или агенция за входящ туризъм във Виена, които \
            да организират австрийската част и да продават пакета на своите партньори в \
            чужбина. Предлагаме съвместна разработка на маршрута, пробно пътуване за \
            представители на партньора и общо участие в туристическите изложения.",
        translations: &[],
        sectors: &["tourism"],
        keywords: &[
            "туроператор",
            "културен туризъм",
            "групови пътувания",
            "пакет",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът организира австрийската част от пътуването и продава пакета \
            на своите клиенти.",
        cooperation: &["joint_venture", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "submitted",
        staff_comment: None,
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with VIE-2026-0031
    OpportunitySpec {
        reference: "SOF-2026-0032",
        kind: "business_offer",
        organisation: "rose-valley-organics",
        lang: Bg,
        title: "Биологично розово масло, розова вода и натурална козметика от Розовата долина",
        summary: "Производител от София със собствени насаждения в Розовата долина предлага \
            сертифицирани биологични продукти от маслодайна роза – масло, розова вода, \
            сиропи и натурална козметика – на магазини, пазари и заведения във Виена.",
        description: "Отглеждаме маслодайна роза на 60 декара по правилата на биологичното \
            земеделие и дестилираме цвета в собствена дестилерия веднага след бране, рано \
            сутрин през май и юни. Освен розово масло и розова вода произвеждаме розов сироп и \
            конфитюр, подходящи за сладкарници и барове, както и дванадесет продукта натурална \
            козметика без синтетични аромати. Всички продукти имат сертификат за биологично \
            производство на ЕС, а етикетите могат да бъдат на немски език. Приемаме поръчки от \
            един кашон, а за по-големи клиенти произвеждаме и под тяхна собствена марка. Търсим \
            във Виена магазини за биологични продукти, щандове на пазарите, заведения и \
            търговци на деликатеси, които търсят продукти с ясен произход и история. \
            Предлагаме мостри, дегустации на място и материали за представяне на продуктите.",
        translations: &[],
        sectors: &["agrifood", "manufacturing"],
        keywords: &[
            "розово масло",
            "розова вода",
            "биологични продукти",
            "натурална козметика",
            "дистрибуция",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът продава продуктите ни в своите магазини, на пазарите или в \
            своето заведение във Виена.",
        cooperation: &["distribution", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: false,
        valid_days: 250,
        deadline_days: None,
        published_days_ago: Some(47),
    },
    // pairs with VIE-2026-0033
    OpportunitySpec {
        reference: "SOF-2026-0033",
        kind: "business_offer",
        organisation: "lyulin-precision",
        lang: Bg,
        title: "Прецизни стругови и фрезови детайли от неръждаема стомана и алуминий по чертеж",
        summary: "Производител от София с 5-осни обработващи центрове предлага механична \
            обработка на прецизни детайли в малки и средни серии за железопътната, \
            автомобилната и машиностроителната индустрия. Търси нови клиенти сред \
            производителите във Виена.",
        description: "През тази година пуснахме в експлоатация два нови 5-осни обработващи \
            центъра и автоматизирана клетка за стругова обработка и разполагаме със свободен \
            капацитет от около 4000 машинни часа годишно. Изработваме детайли от неръждаема \
            стомана, алуминий, месинг и инженерни пластмаси в серии от 50 до 20 000 броя, с \
            допуски до ±0,01 mm. Работим по 3D модели и чертежи на клиента и изготвяме \
            протоколи от първа проба и измервателни протоколи за всяка партида. Системите ни за \
            управление са сертифицирани по IATF 16949 и ISO 14001, а от 2025 г. доставяме \
            серийно корпуси за сензори на производител във Виена. Търсим още клиенти – \
            производители на сензори, железопътно оборудване и машини, – които търсят надежден \
            доставчик в ЕС на един ден път с камион. Предлагаме пробни детайли в рамките на \
            три седмици.",
        translations: &[],
        sectors: &["manufacturing", "mobility"],
        keywords: &[
            "механична обработка",
            "прецизни детайли",
            "подизпълнител",
            "неръждаема стомана",
            "серийно производство",
        ],
        partner_kinds: &["company"],
        partner_role: "Партньорът ни възлага производството на детайли по свои чертежи като \
            основен или втори доставчик.",
        cooperation: &["subcontracting", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 270,
        deadline_days: None,
        published_days_ago: Some(26),
    },
    OpportunitySpec {
        reference: "SOF-2026-0034",
        kind: "technology_request",
        organisation: "lyulin-precision",
        lang: Bg,
        title: "Търсим система за автоматичен оптичен контрол на обработени детайли",
        summary: "Производител на прецизни детайли търси система с камери и софтуер, която \
            проверява автоматично размерите и повърхността на детайлите непосредствено след \
            обработката, за да намали ръчния контрол.",
        description: "Днес проверяваме серийните детайли с калибри и координатно-измервателна \
            машина, като контролът отнема до една пета от времето на операторите, а част от \
            дефектите по повърхността – драскотини, грапавини и следи от инструмента – се \
            откриват едва при клиента. Търсим система, която се монтира до обработващия център \
            или до автоматизираната клетка, заснема всеки детайл от няколко страни, измерва \
            основните размери и открива повърхностни дефекти със софтуер за анализ на \
            изображения. Резултатите трябва да се записват за всеки детайл и да се свързват с \
            нашата система за качество. Интересуваме се от готови системи, но и от съвместна \
            разработка с университет или технологична компания, ако решението може да се \
            използва и за други производители.",
        translations: &[],
        sectors: &["manufacturing"],
        keywords: &[
            "оптичен контрол",
            "анализ на изображения",
            "контрол на качеството",
            "автоматизация",
        ],
        partner_kinds: &["company", "university"],
        partner_role: "Партньорът доставя или разработва заедно с нас системата за оптичен \
            контрол.",
        cooperation: &["commercial_agreement", "technical_cooperation"],
        stage: Some("prototype"),
        ipr: Some("none"),
        target_cities: &["vienna"],
        state: "draft",
        staff_comment: None,
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    OpportunitySpec {
        reference: "SOF-2026-0035",
        kind: "research_request",
        organisation: "tu-sofia",
        lang: Bg,
        title: "Партньори за изследване на повторното използване на батерии от електромобили в \
            сгради",
        summary: "Технически университет – София търси университети и компании за съвместен \
            изследователски проект за повторното използване на батерии от електромобили като \
            стационарни системи за съхранение на енергия в жилищни и обществени сгради.",
        description: "През следващите години в Европа ще бъдат извадени от употреба стотици \
            хиляди батерии от електромобили, които все още имат 70–80 % от капацитета си. \
            Изследователската група по електроенергетика разработи метод за бърза оценка на \
            състоянието на използвани батерийни модули и прототип на система, която ги \
            съчетава в стационарен акумулатор за сгради с фотоволтаици. Искаме да изпитаме \
            системата в реални сгради в два климата, да изследваме стареенето на клетките и \
            безопасността при пожар и да оценим икономическия ефект. Търсим университетска \
            група с опит в моделирането на батерии, компания, която рециклира или преработва \
            батерии, и собственик на сгради, готов да приеме пилотна инсталация. Планираме \
            съвместно предложение по програма „Хоризонт Европа“.",
        translations: &[],
        sectors: &["cleantech-energy", "mobility", "construction-real-estate"],
        keywords: &[
            "батерии от електромобили",
            "съхранение на енергия",
            "втори живот",
            "сгради",
            "фотоволтаици",
        ],
        partner_kinds: &["university", "company"],
        partner_role: "Партньорът участва в изпитванията и анализа или предоставя батерии или \
            сграда за пилотната инсталация.",
        cooperation: &["research_cooperation"],
        stage: Some("prototype"),
        ipr: Some("none"),
        target_cities: &["vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 180,
        deadline_days: Some(40),
        published_days_ago: Some(16),
    },
    // ---------------------------------------------------------------- Vienna, 2025
    OpportunitySpec {
        reference: "VIE-2025-0001",
        kind: "business_request",
        organisation: "zahlwerk-payments",
        lang: De,
        title: "Büroflächen für ein Entwicklungsbüro mit 15 Arbeitsplätzen in Sofia gesucht",
        summary: "Ein Wiener Zahlungsdienstleister eröffnet ein Entwicklungsbüro in Sofia und \
            sucht ab dem Frühjahr möblierte Büroflächen für zunächst 15 Personen, gern als \
            Untermiete bei einem Technologieunternehmen.",
        description: "Zahlwerk baut im kommenden Jahr ein Entwicklungsteam in Sofia auf, das \
            zunächst 15 Softwareentwicklerinnen und -entwickler umfassen und in zwei Jahren auf \
            etwa 40 wachsen soll. Gesucht werden möblierte Büroflächen von rund 250 \
            Quadratmetern in guter Lage mit Anschluss an die Metro, mit Besprechungsräumen, \
            schneller Internetanbindung und der Möglichkeit, später zu erweitern. Bevorzugt wird \
            eine Untermiete bei einem Technologieunternehmen mit freien Flächen, weil das den \
            Austausch mit der lokalen Entwicklerszene erleichtert; ein Coworking-Anbieter oder \
            ein Vermieter mit flexiblen Verträgen kommt ebenfalls in Frage. Die Mietdauer soll \
            mindestens zwei Jahre betragen. Zahlwerk bietet einen verlässlichen Mieter, \
            gemeinsame Veranstaltungen für die Entwicklergemeinschaft und, wo es passt, eine \
            fachliche Zusammenarbeit mit dem Vermieter.",
        translations: &[],
        sectors: &["construction-real-estate", "business-services"],
        keywords: &[
            "Büroflächen",
            "Untermiete",
            "Entwicklungsbüro",
            "Sofia",
            "Coworking",
        ],
        partner_kinds: &["company", "service_provider"],
        partner_role: "Der Partner vermietet uns möblierte Büroflächen in Sofia und unterstützt \
            uns beim Einzug.",
        cooperation: &["services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "fulfilled",
        staff_comment: None,
        show_name: true,
        valid_days: 45,
        deadline_days: None,
        published_days_ago: Some(260),
    },
    OpportunitySpec {
        reference: "VIE-2025-0002",
        kind: "business_request",
        organisation: "medaxis-diagnostik",
        lang: De,
        title: "Vertriebspartner für KI-gestützte Röntgenbefundung in bulgarischen Krankenhäusern",
        summary: "Ein Wiener Hersteller von Befundungssoftware mit künstlicher Intelligenz sucht \
            einen Vertriebspartner mit Kontakten zu Krankenhäusern und Radiologieinstituten in \
            Bulgarien.",
        description: "Die Software wertet Röntgen- und CT-Bilder aus, markiert Auffälligkeiten \
            wie Knochenbrüche, Lungenrundherde oder Blutungen und sortiert die Arbeitsliste der \
            Radiologinnen und Radiologen nach Dringlichkeit. Sie ist als Medizinprodukt \
            CE-gekennzeichnet und in zwölf Krankenhäusern in Österreich und Deutschland im \
            Einsatz, wo sie die Befundungszeit in der Notaufnahme deutlich verkürzt hat. Für den \
            Markteintritt in Bulgarien sucht Medaxis einen Vertriebspartner, der Krankenhäuser \
            und private Radiologieinstitute kennt, öffentliche Ausschreibungen begleiten kann \
            und die Anbindung an die vorhandenen Bildarchivsysteme vor Ort übernimmt. Geboten \
            werden Exklusivität für Bulgarien, eine Übersetzung der Oberfläche ins Bulgarische, \
            Schulungen und technische Unterstützung aus Wien sowie eine attraktive \
            Umsatzbeteiligung.",
        translations: &[],
        sectors: &["health-medtech", "ict"],
        keywords: &[
            "Vertriebspartner",
            "Radiologie",
            "künstliche Intelligenz",
            "Krankenhäuser",
            "Bulgarien",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner vertreibt die Software in Bulgarien und betreut die \
            Krankenhäuser vor Ort.",
        cooperation: &["distribution", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "expired",
        staff_comment: None,
        show_name: true,
        valid_days: -35,
        deadline_days: None,
        published_days_ago: Some(395),
    },
    OpportunitySpec {
        reference: "VIE-2025-0003",
        kind: "business_request",
        organisation: "graetzlrad-logistik",
        lang: De,
        title: "Standorte für Mikro-Depots in der Sofioter Innenstadt gesucht",
        summary: "Ein Wiener Zustelldienst mit Lastenrädern sucht in Sofia ebenerdige Flächen \
            von 80 bis 200 Quadratmetern, die als Umschlagpunkte für die Paketzustellung auf der \
            letzten Meile dienen können.",
        description: "Grätzlrad stellt in Wien Pakete und Lebensmittel mit elektrischen \
            Lastenrädern zu. Kleintransporter bringen die Sendungen frühmorgens zu \
            Mikro-Depots in den Bezirken, von wo aus die Räder die Zustellung übernehmen. Für \
            einen Pilotbetrieb in Sofia werden zwei bis drei Standorte in der Innenstadt und in \
            angrenzenden Wohnvierteln gesucht: ebenerdige Flächen von 80 bis 200 Quadratmetern \
            mit breitem Tor, Stromanschluss zum Laden der Akkus und Zufahrt für Kleintransporter \
            in den frühen Morgenstunden. Geeignet sind leerstehende Geschäftslokale, Teile von \
            Garagen oder Höfe mit Überdachung. Gesucht werden Eigentümer, Hausverwaltungen oder \
            die Stadtverwaltung, die solche Flächen befristet zur Verfügung stellen. Grätzlrad \
            bietet marktübliche Mieten und Daten zur Verkehrsentlastung, die für die Stadt \
            interessant sind.",
        translations: &[],
        sectors: &["logistics", "mobility"],
        keywords: &["Mikro-Depot", "letzte Meile", "Lastenrad", "Standortsuche"],
        partner_kinds: &["company", "municipality"],
        partner_role: "Der Partner stellt eine geeignete Fläche für ein Mikro-Depot in Sofia zur \
            Verfügung.",
        cooperation: &["services_agreement", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "expired",
        staff_comment: None,
        show_name: true,
        valid_days: -10,
        deadline_days: None,
        published_days_ago: Some(375),
    },
    // pairs with SOF-2025-0004
    OpportunitySpec {
        reference: "VIE-2025-0004",
        kind: "business_request",
        organisation: "praterstern-studios",
        lang: De,
        title: "Partnerstudio für Figurenanimation in einer Virtual-Reality-Ausstellung gesucht",
        summary: "Ein Wiener Studio für interaktive Installationen sucht für eine \
            Museumsausstellung ein erfahrenes Studio, das zwölf Figuren gestaltet, beweglich \
            macht und für Echtzeitdarstellung aufbereitet.",
        description: "Für ein naturkundliches Museum entsteht eine Ausstellung, in der die \
            Besucherinnen und Besucher mit VR-Brillen durch ein Korallenriff tauchen und \
            sprechenden Meeresbewohnern begegnen. Praterstern Studios verantwortet Konzept, \
            Programmierung und Ausstellungstechnik und sucht für die Figuren einen Partner: \
            Entwurf von zwölf Charakteren im Stil eines Kinderbuchs, Modellierung mit \
            Texturen, Skelett für Körper und Mimik sowie rund vierzig Bewegungsabläufe, die in \
            Echtzeit abgespielt werden. Die Arbeiten sollen innerhalb von fünf Monaten \
            abgeschlossen sein, mit wöchentlichen Abnahmen über eine gemeinsame \
            Projektplattform. Gesucht wird ein Studio mit Erfahrung in Kinderserien oder Spielen, \
            das auf Englisch kommuniziert. Bei Erfolg sind weitere gemeinsame Produktionen für \
            Museen und Messen geplant.",
        translations: &[],
        sectors: &["creative-industries"],
        keywords: &[
            "Figurenanimation",
            "Virtual Reality",
            "Ausstellung",
            "Museum",
            "Charakterdesign",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner gestaltet und animiert die Figuren der Ausstellung.",
        cooperation: &["subcontracting"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "fulfilled",
        staff_comment: None,
        show_name: true,
        valid_days: 60,
        deadline_days: None,
        published_days_ago: Some(300),
    },
    // ---------------------------------------------------------------- Vienna, 2026
    // pairs with SOF-2026-0001
    OpportunitySpec {
        reference: "VIE-2026-0001",
        kind: "business_request",
        organisation: "zahlwerk-payments",
        lang: De,
        title: "Vertrauensdiensteanbieter für rechtsgültige Fernsignaturen beim digitalen \
            Händler-Onboarding gesucht",
        summary: "Ein Wiener Zahlungsdienstleister sucht einen qualifizierten \
            Vertrauensdiensteanbieter, dessen Fernsignatur sich in die Aufnahme neuer \
            Händlerinnen und Händler in Österreich und Bulgarien einbinden lässt. Verträge sollen \
            ohne Papier und ohne Medienbruch rechtsverbindlich unterschrieben werden.",
        description: "Zahlwerk nimmt jeden Monat rund 300 neue Händlerinnen und Händler auf. \
            Heute werden Rahmenverträge und Lastschriftmandate noch ausgedruckt, unterschrieben, \
            eingescannt und händisch geprüft, was die Freischaltung um Tage verzögert. Künftig \
            soll der gesamte Ablauf digital sein: Nach der Identitätsprüfung per Video, die \
            Zahlwerk bereits selbst durchführt, unterschreibt die Geschäftsführung des Händlers \
            am Smartphone mit einer Signatur, die der eigenhändigen Unterschrift \
            gleichgestellt ist. Gesucht wird ein in der EU-Vertrauensliste eingetragener \
            Anbieter mit gut dokumentierter Programmierschnittstelle, Benachrichtigungen über \
            den Signaturstatus, Rechenzentren in der EU und einem fairen Preis pro Unterschrift. \
            Da Zahlwerk gerade ein Büro in Sofia eröffnet, soll die Lösung auch für \
            bulgarische Händler funktionieren. Geboten werden ein Pilot innerhalb von drei \
            Monaten und ein mehrjähriger Rahmenvertrag.",
        translations: &[],
        sectors: &["fintech", "cybersecurity"],
        keywords: &[
            "Fernsignatur",
            "qualifizierte elektronische Signatur",
            "Händler-Onboarding",
            "Vertrauensdiensteanbieter",
            "papierlose Verträge",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner stellt die qualifizierten Zertifikate und die \
            Signaturschnittstelle bereit, die wir in unsere Onboarding-Strecke einbauen.",
        cooperation: &["commercial_agreement", "technical_cooperation"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 270,
        deadline_days: Some(40),
        published_days_ago: Some(48),
    },
    // pairs with SOF-2026-0006
    OpportunitySpec {
        reference: "VIE-2026-0002",
        kind: "business_offer",
        organisation: "zahlwerk-payments",
        lang: De,
        title: "Zahlungsverkehrsschnittstelle zu österreichischen Banken für Kontozahlungen und \
            Echtzeitüberweisungen",
        summary: "Ein Wiener Fintech bietet Zahlungsdienstleistern eine fertige Anbindung an die \
            Schnittstellen von über 60 österreichischen Banken: Zahlungsauslösung, \
            Kontoinformationen und SEPA-Echtzeitüberweisungen über eine einzige \
            Programmierschnittstelle.",
        description: "Wer in Österreich Zahlungen direkt vom Bankkonto auslösen will, muss \
            sich mit den unterschiedlichen Schnittstellen Dutzender Banken aus dem Raiffeisen-, \
            Sparkassen- und Volksbankensektor auseinandersetzen. Zahlwerk hat diese Anbindungen aufgebaut, \
            betreibt sie rund um die Uhr und überwacht laufend ihre Verfügbarkeit. Partner \
            erhalten über eine einheitliche Programmierschnittstelle Zahlungsauslösung, \
            Kontostandabfrage und Kontoinformationen sowie SEPA-Echtzeitüberweisungen mit \
            Gutschrift innerhalb von zehn Sekunden. Die Erfolgsquote liegt bei über 92 Prozent \
            der begonnenen Zahlungen. Abgerechnet wird pro erfolgreicher Transaktion, ohne \
            Einrichtungsgebühr. Gesucht werden Zahlungsinstitute und Fintechs aus Bulgarien, \
            die ihren Händlern in Österreich Kontozahlungen anbieten wollen, ohne selbst \
            Bankverbindungen aufzubauen. Zahlwerk unterstützt bei der Integration, bei der \
            Meldung an die Aufsicht und bei gemeinsamen Pilotprojekten mit Wiener Händlern.",
        translations: &[TranslationSpec {
            lang: En,
            title: "Payment interface to Austrian banks for account-to-account payments and \
                instant transfers",
            summary: "A Vienna fintech offers payment service providers a ready connection to \
                the interfaces of more than 60 Austrian banks: payment initiation, account \
                information and SEPA instant transfers through a single API.",
            description: "Anyone who wants to initiate payments directly from bank accounts in \
                Austria has to deal with the different interfaces of dozens of banks in the \
                Raiffeisen, savings bank and Volksbank groups. Zahlwerk has built these connections, runs \
                them around the clock and monitors their availability continuously. Partners get \
                payment initiation, balance checks and account information, as well as SEPA \
                instant transfers credited within ten seconds, through one uniform API. More \
                than 92 per cent of started payments complete successfully. Pricing is per \
                successful transaction, with no set-up fee. We are looking for payment \
                institutions and fintechs from Bulgaria that want to offer their merchants in \
                Austria account-to-account payments without building bank connections \
                themselves. Zahlwerk helps with integration, with notifying the supervisor and \
                with joint pilots with merchants in Vienna.",
        }],
        sectors: &["fintech"],
        keywords: &[
            "Zahlungsauslösung",
            "Echtzeitüberweisung",
            "Bankenanbindung",
            "Kontozahlung",
            "Programmierschnittstelle",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner nutzt unsere Bankenanbindung, um seinen Händlerinnen und \
            Händlern in Österreich Kontozahlungen anzubieten.",
        cooperation: &["commercial_agreement", "technical_cooperation"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 260,
        deadline_days: None,
        published_days_ago: Some(90),
    },
    OpportunitySpec {
        reference: "VIE-2026-0003",
        kind: "business_request",
        organisation: "zahlwerk-payments",
        lang: De,
        title: "Buchhaltung, Lohnverrechnung und Steuerberatung für unsere Niederlassung in Sofia",
        summary: "Ein Wiener Fintech mit neuem Entwicklungsbüro in Sofia sucht eine Kanzlei, \
            die Buchhaltung, Lohnverrechnung und Steuererklärungen der bulgarischen \
            Gesellschaft übernimmt und auf Deutsch oder Englisch berichtet.",
        description: "Zahlwerk hat in Sofia eine Tochtergesellschaft gegründet, in der derzeit \
            15 Personen arbeiten; bis Jahresende sollen es 25 sein. Gesucht wird eine \
            Steuerberatungs- und Buchhaltungskanzlei, die die laufende Buchhaltung nach \
            bulgarischem Recht, die monatliche Lohnverrechnung samt Meldungen an die \
            Sozialversicherung, die Umsatzsteuervoranmeldungen und den Jahresabschluss \
            übernimmt. Wichtig ist ein monatliches Berichtspaket nach den Vorgaben der \
            Wiener Konzernbuchhaltung, auf Deutsch oder Englisch, sowie eine feste \
            Ansprechperson. Erfahrung mit Tochtergesellschaften österreichischer oder deutscher \
            Unternehmen und mit Mitarbeiterbeteiligungsprogrammen ist erwünscht. Zahlwerk \
            bietet einen langfristigen Auftrag mit planbarem Volumen und die Bereitschaft, \
            Abläufe gemeinsam zu digitalisieren.",
        translations: &[],
        sectors: &["business-services"],
        keywords: &[
            "Buchhaltung",
            "Lohnverrechnung",
            "Steuerberatung",
            "Tochtergesellschaft",
        ],
        partner_kinds: &["service_provider"],
        partner_role: "Der Partner übernimmt Buchhaltung, Lohnverrechnung und Steuern unserer \
            Gesellschaft in Sofia.",
        cooperation: &["services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "draft",
        staff_comment: None,
        show_name: true,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    OpportunitySpec {
        reference: "VIE-2026-0004",
        kind: "technology_request",
        organisation: "zahlwerk-payments",
        lang: En,
        title: "Real-time fraud scoring for instant payments wanted",
        summary: "A Vienna payment provider is looking for a fraud detection technology that \
            scores every instant transfer within milliseconds, before the money leaves the \
            payer's account.",
        description: "With SEPA instant transfers the money reaches the payee within seconds \
            and cannot be recalled, so fraud has to be stopped before the payment is executed. \
            Zahlwerk processes several hundred thousand account-to-account payments a month and \
            wants to score each of them in real time: device and behaviour signals, payee \
            history, known mule accounts and patterns of authorised push payment scams. The \
            technology must return a score within 50 milliseconds, explain its decisions to our \
            risk analysts, learn from confirmed fraud cases and run in an EU data centre. We \
            are interested in a licence for a mature product, but also in joint development \
            with a younger company or a research group that has strong models and needs real \
            payment data, under strict data protection. A pilot on historical data is the \
            intended first step.",
        translations: &[],
        sectors: &["fintech", "cybersecurity"],
        keywords: &[
            "fraud detection",
            "instant payments",
            "machine learning",
            "risk scoring",
        ],
        partner_kinds: &["company", "university"],
        partner_role: "The partner supplies or co-develops the scoring engine and tunes it on \
            our payment data.",
        cooperation: &["licensing", "technical_cooperation"],
        stage: Some("on_market"),
        ipr: Some("none"),
        target_cities: &["sofia"],
        state: "submitted",
        staff_comment: None,
        show_name: true,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with SOF-2026-0005
    OpportunitySpec {
        reference: "VIE-2026-0005",
        kind: "technology_request",
        organisation: "versicherbar",
        lang: De,
        title: "Automatischer Abgleich eingehender Prämienzahlungen mit Polizzen gesucht",
        summary: "Ein Wiener Insurtech sucht eine Softwarelösung, die eingehende Überweisungen \
            automatisch den richtigen Versicherungsverträgen zuordnet, auch wenn der \
            Verwendungszweck fehlt oder falsch ist.",
        description: "Versicherbar verwaltet rund 18 000 Polizzen von Selbständigen und \
            Kleinbetrieben, deren Prämien monatlich oder vierteljährlich überwiesen werden. \
            Etwa jede fünfte Überweisung lässt sich heute nicht automatisch zuordnen: Kundinnen \
            und Kunden zahlen mehrere Polizzen in einer Summe, überweisen Teilbeträge, geben die \
            Polizzennummer falsch an oder zahlen vom Konto des Partners. Die Klärung erfolgt \
            händisch und verzögert das Mahnwesen. Gesucht wird eine erprobte Lösung, die \
            Kontoauszüge laufend einliest, Zahlungen anhand mehrerer Merkmale den offenen \
            Forderungen zuordnet, Vorschläge für unklare Fälle macht und an unser \
            Bestandsführungssystem angebunden werden kann. Betrieb in einem europäischen \
            Rechenzentrum ist Voraussetzung. Geplant ist ein Pilot mit den Daten eines \
            Quartals und bei Erfolg ein Lizenzvertrag.",
        translations: &[],
        sectors: &["fintech"],
        keywords: &[
            "Zahlungsabgleich",
            "Prämieninkasso",
            "Polizzen",
            "Mahnwesen",
            "Buchhaltungsautomatisierung",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner liefert die Abgleichslösung und bindet sie gemeinsam mit uns \
            an unser Bestandsführungssystem an.",
        cooperation: &["licensing", "services_agreement"],
        stage: Some("on_market"),
        ipr: Some("none"),
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 240,
        deadline_days: None,
        published_days_ago: Some(30),
    },
    // pairs with SOF-2026-0008
    OpportunitySpec {
        reference: "VIE-2026-0006",
        kind: "business_request",
        organisation: "versicherbar",
        lang: De,
        title: "Externes Entwicklungsteam für die Weiterentwicklung unserer Schadensmeldungs-App",
        summary: "Ein Wiener Insurtech sucht ein eingespieltes Team von vier bis sechs Personen, \
            das seine Kunden-App für Smartphones ein Jahr lang gemeinsam mit dem Produktteam in \
            Wien weiterentwickelt.",
        description: "Über die App von Versicherbar schließen Selbständige ihre Versicherungen \
            ab und melden Schäden mit Fotos, Belegen und Standort. Im kommenden Jahr sollen \
            eine geführte Schadensaufnahme mit Bilderkennung, ein Chat mit der \
            Schadensabteilung, Barrierefreiheit nach europäischem Standard und die Anbindung \
            von zwei weiteren Versicherern folgen. Das interne Team kann das nicht allein \
            stemmen. Gesucht wird daher ein externes Team aus Entwicklung, Qualitätssicherung \
            und Gestaltung, das plattformübergreifend arbeitet, Erfahrung mit Versicherungen \
            oder Banken hat und sich in unsere Abläufe einfügt: zweiwöchige Sprints, \
            gemeinsame Planung, Code-Reviews. Die Produktverantwortung bleibt in Wien. Eine \
            Zeitzone in Mitteleuropa oder knapp daneben und Projektleitung auf Deutsch oder \
            Englisch sind Voraussetzung.",
        translations: &[],
        sectors: &["fintech", "ict"],
        keywords: &[
            "Softwareentwicklung",
            "Schadensmeldung",
            "Smartphone-App",
            "Versicherung",
            "Entwicklungsteam",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner stellt ein eingespieltes Entwicklungsteam, das mit unserem \
            Produktteam in Wien zusammenarbeitet.",
        cooperation: &["subcontracting", "services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 200,
        deadline_days: Some(25),
        published_days_ago: Some(22),
    },
    OpportunitySpec {
        reference: "VIE-2026-0007",
        kind: "business_offer",
        organisation: "versicherbar",
        lang: En,
        title: "Embedded insurance for marketplaces and platforms in south-east Europe",
        summary: "A Vienna insurtech offers online platforms a ready-made way to sell simple \
            insurance for freelancers and small businesses inside their own checkout, and is \
            looking for platform partners in Bulgaria.",
        description: "Freelancers and small businesses rarely buy liability or equipment \
            insurance on their own, but they will add it in one click when they book a job, \
            rent equipment or sign up to a platform. Versicherbar offers platforms an API and \
            ready-made widgets that show a tailored offer, issue the policy within seconds and \
            let the customer report claims in an app. The products are underwritten by three \
            Austrian insurers and can be sold across the EU. The platform earns a commission \
            on every policy. We are looking for marketplaces, booking platforms and software \
            for small businesses in Bulgaria that want a new revenue stream and better service \
            for their users. We take care of the insurance side, translations and compliance, \
            and support the technical integration.",
        translations: &[],
        sectors: &["fintech"],
        keywords: &[
            "embedded insurance",
            "platforms",
            "freelancers",
            "commission",
        ],
        partner_kinds: &["company"],
        partner_role: "The partner offers our insurance products to its users in its own \
            checkout.",
        cooperation: &["commercial_agreement", "distribution"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "withdrawn",
        staff_comment: None,
        show_name: true,
        valid_days: 210,
        deadline_days: None,
        published_days_ago: Some(150),
    },
    // pairs with SOF-2026-0007
    OpportunitySpec {
        reference: "VIE-2026-0008",
        kind: "business_offer",
        organisation: "kahlenberg-cloud",
        lang: De,
        title: "DSGVO-konformes Cloud-Hosting in Wiener Rechenzentren für Softwarehäuser",
        summary: "Ein Wiener Betreiber souveräner Cloud-Infrastruktur bietet virtuelle Server, \
            eine Container-Plattform und Objektspeicher aus zwei Rechenzentren in Wien, \
            ausschließlich unter europäischem Recht. Gesucht werden Softwarehäuser aus Sofia, \
            die ihre Anwendungen für Kundschaft mit hohen Datenschutzanforderungen hier \
            betreiben wollen.",
        description: "Kahlenberg Cloud ist ein österreichisches Unternehmen ohne \
            Muttergesellschaft außerhalb Europas; auf die gespeicherten Daten kann daher keine \
            ausländische Behörde zugreifen. Die beiden Rechenzentren in Wien sind nach ISO \
            27001 zertifiziert, werden mit Ökostrom betrieben und spiegeln Sicherungen \
            automatisch in den jeweils anderen Standort. Angeboten werden virtuelle Server, eine \
            verwaltete Container-Plattform, Objektspeicher, Datenbanken als Dienst und ein \
            Vertrag zur Auftragsverarbeitung nach DSGVO, dazu Betreuung auf Deutsch und \
            Englisch durch eigene Technikerinnen und Techniker. Zu den Kunden zählen Behörden, \
            Spitäler und Versicherungen. Gesucht werden Softwarehäuser aus Sofia, die für \
            Auftraggeber in Österreich, Deutschland und der Schweiz entwickeln und deren \
            Anwendungen auf einer europäischen Plattform betreiben wollen. Partnern bieten wir \
            Sonderkonditionen, Unterstützung bei der Migration und gemeinsame Angebote an \
            Endkunden.",
        translations: &[TranslationSpec {
            lang: En,
            title: "GDPR-compliant cloud hosting in Vienna data centres for software companies",
            summary: "A Vienna operator of sovereign cloud infrastructure offers virtual servers, \
                a container platform and object storage from two data centres in Vienna, \
                exclusively under European law. It is looking for software companies from Sofia \
                that want to run their applications for customers with strict data protection \
                requirements here.",
            description: "Kahlenberg Cloud is an Austrian company with no parent outside \
                Europe, so no foreign authority can reach the data it stores. Its two data \
                centres in Vienna are certified to ISO 27001, run on green electricity and mirror \
                backups automatically to the other site. It offers virtual servers, a managed \
                container platform, object storage, databases as a service and a GDPR data \
                processing agreement, with support in German and English from its own \
                engineers. Customers include public authorities, hospitals and insurers. It is \
                looking for software companies from Sofia that develop for clients in Austria, \
                Germany and Switzerland and want to run those applications on a European \
                platform. Partners get special terms, help with migration and joint offers to \
                end customers.",
        }],
        sectors: &["ict", "cybersecurity"],
        keywords: &[
            "Cloud-Hosting",
            "Rechenzentrum",
            "DSGVO",
            "digitale Souveränität",
            "Container-Plattform",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner betreibt seine Anwendungen auf unserer Infrastruktur und \
            bietet sie gemeinsam mit uns seinen Kundinnen und Kunden an.",
        cooperation: &["services_agreement", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 250,
        deadline_days: None,
        published_days_ago: Some(100),
    },
    OpportunitySpec {
        reference: "VIE-2026-0009",
        kind: "business_request",
        organisation: "kahlenberg-cloud",
        lang: En,
        title: "Software partners wanted",
        summary: "We are looking for software partners.",
        description: "Kahlenberg Cloud is a leading European cloud provider with state-of-the-art \
            data centres and a passionate team. We believe in digital sovereignty and in a \
            strong European technology ecosystem, and we are always happy to meet innovative \
            companies that share our values. We are now looking for software partners in Sofia \
            who want to grow together with us and benefit from our excellent infrastructure, \
            our experience and our network. There are many possibilities for cooperation, and \
            we are open to all ideas. If you are a software company, a start-up, an agency or \
            an integrator and you think there could be a fit, please get in touch and we will \
            find the best model together. We look forward to hearing from you and to a long and \
            successful partnership.",
        translations: &[],
        sectors: &["ict"],
        keywords: &["software partners", "cloud", "cooperation"],
        partner_kinds: &["company"],
        partner_role: "Software partners who want to grow with us.",
        cooperation: &["commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "returned",
        staff_comment: Some(
            "The profile does not yet say what you are looking for. Please state which kind of \
             software company you want to work with (for example vendors of healthcare or \
             public-sector software that need EU hosting), what each side would contribute and \
             how the cooperation would work: reselling, referral commission or joint offers. \
             The summary should describe the request on its own in two or three sentences, and \
             the description should replace general claims (\"leading\", \"state-of-the-art\") \
             with concrete facts such as certifications and locations.",
        ),
        show_name: true,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with SOF-2026-0010
    OpportunitySpec {
        reference: "VIE-2026-0010",
        kind: "technology_request",
        organisation: "stadtsensor-analytics",
        lang: De,
        title: "Kleinräumige Messdaten zu Luftgüte und Lärm für einen digitalen Stadtteilzwilling \
            gesucht",
        summary: "Ein Wiener Anbieter digitaler Zwillinge sucht einen Partner, der in einem \
            Stadtteil ein dichtes Messnetz für Feinstaub, Stickstoffdioxid und Lärm betreibt und \
            die Werte laufend über eine offene Schnittstelle liefert.",
        description: "Stadtsensor führt in einem dreidimensionalen Stadtmodell Verkehrs-, Klima- \
            und Energiedaten zusammen, damit Planungsabteilungen die Folgen von Maßnahmen wie \
            Begegnungszonen, Baumpflanzungen oder neuen Buslinien vorab abschätzen können. Für \
            die Luftqualität stehen bisher nur wenige amtliche Messstellen zur Verfügung, die \
            Unterschiede zwischen einzelnen Straßenzügen nicht abbilden. Gesucht wird deshalb \
            ein Partner, der in einem Pilotgebiet von etwa zwei Quadratkilometern zwanzig bis \
            vierzig kostengünstige, wartungsarme Messstationen aufstellt und betreibt. Benötigt \
            werden Feinstaub, Stickstoffdioxid und Schallpegel im Minutentakt, abgeglichen mit \
            Referenzstationen, mit Angaben zur Messunsicherheit und über eine dokumentierte \
            Schnittstelle abrufbar. Die Lösung soll sich bereits im Dauerbetrieb bewährt haben. \
            Die Daten fließen in gemeinsame Auswertungen, die wir den Städten anbieten.",
        translations: &[],
        sectors: &["smart-city", "ict"],
        keywords: &[
            "digitaler Zwilling",
            "Luftgüte",
            "Lärmmessung",
            "Messnetz",
            "Stadtplanung",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner installiert und betreibt ein dichtes Messnetz und liefert \
            kalibrierte Daten über eine offene Schnittstelle.",
        cooperation: &["technical_cooperation", "services_agreement"],
        stage: Some("field_tested"),
        ipr: Some("none"),
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 220,
        deadline_days: None,
        published_days_ago: Some(24),
    },
    OpportunitySpec {
        reference: "VIE-2026-0011",
        kind: "research_request",
        organisation: "stadtsensor-analytics",
        lang: En,
        title: "Consortium partners for a digital twin of large post-war housing estates",
        summary: "A Vienna digital-twin company is forming a consortium for an EU call under \
            the Climate-Neutral and Smart Cities Mission, to model energy retrofits and public \
            space in large housing estates of the 1960s to 1980s.",
        description: "Both Vienna and Sofia have large housing estates from the post-war \
            decades, home to hundreds of thousands of people and responsible for a large share \
            of heating demand. Deciding which buildings to insulate first, where to install \
            heat pumps or solar panels and how to redesign the spaces between the blocks needs \
            a shared model of buildings, energy use, microclimate and mobility. The company \
            brings its digital twin platform and experience from pilots with Austrian \
            municipalities. It is looking for a municipality or district in Sofia willing to \
            provide data and host a pilot area, a university with expertise in building physics \
            or urban planning, and companies that collect energy or environmental data. The \
            consortium will apply under Horizon Europe; a first workshop is planned in Sofia \
            during the next partnership visit.",
        translations: &[],
        sectors: &["smart-city", "construction-real-estate"],
        keywords: &[
            "digital twin",
            "housing estates",
            "energy retrofit",
            "Horizon Europe",
            "Cities Mission",
        ],
        partner_kinds: &["municipality", "university", "company"],
        partner_role: "The partner provides data and a pilot area, or leads a work package on \
            building energy or urban planning.",
        cooperation: &["research_cooperation"],
        stage: Some("concept"),
        ipr: Some("none"),
        target_cities: &["sofia", "vienna"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 140,
        deadline_days: Some(45),
        published_days_ago: Some(18),
    },
    // pairs with SOF-2026-0014
    OpportunitySpec {
        reference: "VIE-2026-0012",
        kind: "business_request",
        organisation: "praterstern-studios",
        lang: De,
        title: "Schriftgestaltung für eine zweisprachige Wanderausstellung: Hausschrift um \
            kyrillische Zeichen erweitern",
        summary: "Ein Wiener Studio für Ausstellungsgestaltung sucht Typografinnen oder \
            Typografen, die die Hausschrift eines Museums um kyrillische Buchstaben ergänzen. \
            Die Schrift wird für Wandtexte, Leitsystem und Medienstationen einer Ausstellung \
            gebraucht, die in Wien und Sofia gezeigt wird.",
        description: "Praterstern Studios gestaltet für ein Wiener Museum eine Wanderausstellung \
            über die Donau als Handelsweg, die nach Wien auch in Sofia zu sehen sein wird. Alle \
            Texte erscheinen zweisprachig. Die Hausschrift des Museums, eine Grotesk in sechs \
            Schnitten, enthält bisher nur lateinische Zeichen, und eine fremde Ersatzschrift \
            würde das Erscheinungsbild zerstören. Gesucht wird ein Schriftstudio, das die \
            fehlenden Zeichen im Charakter der bestehenden Schnitte entwirft, dabei die in \
            Bulgarien üblichen Buchstabenformen berücksichtigt und fertige Schriftdateien für \
            Druck, Beschilderung und Bildschirme liefert. Die Lizenzfragen mit dem \
            ursprünglichen Schriftanbieter klärt das Museum. Der Zeitrahmen beträgt drei \
            Monate; Korrekturschleifen erfolgen online. Weitere zweisprachige Projekte sind \
            bereits in Planung.",
        translations: &[],
        sectors: &["creative-industries"],
        keywords: &[
            "Schriftgestaltung",
            "Typografie",
            "Ausstellungsgestaltung",
            "kyrillische Schrift",
            "Leitsystem",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner gestaltet die fehlenden Zeichen und liefert fertige \
            Schriftdateien für Druck und Bildschirm.",
        cooperation: &["subcontracting"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 150,
        deadline_days: Some(20),
        published_days_ago: Some(58),
    },
    OpportunitySpec {
        reference: "VIE-2026-0013",
        kind: "business_offer",
        organisation: "praterstern-studios",
        lang: De,
        title: "Virtual-Reality-Erlebnisse und interaktive Installationen für Museen und Messen",
        summary: "Ein Wiener Studio konzipiert und produziert VR-Erlebnisse, Projektionen und \
            interaktive Medienstationen für Ausstellungen und Markenauftritte und sucht \
            Auftraggeber und Koproduzenten in Sofia.",
        description: "Praterstern Studios verbindet Gestaltung, Programmierung und \
            Ausstellungstechnik: Das Team entwickelt Virtual-Reality-Erlebnisse für \
            Ausstellungen, großformatige Projektionen, Medienstationen mit Berührungsbildschirm \
            und interaktive Räume, die auf die Bewegungen der Besucherinnen und Besucher \
            reagieren. Zu den Referenzen zählen Ausstellungen in Wien und München sowie \
            Messestände für Industrieunternehmen. Das Studio übernimmt auf Wunsch auch Betrieb \
            und Wartung während der Laufzeit. Gesucht werden in Sofia Museen, Kulturzentren, \
            Veranstalter von Messen und Marken, die ihre Inhalte digital und erlebbar machen \
            wollen, sowie Kreativstudios, die gemeinsam mit uns größere Produktionen umsetzen \
            möchten. Wir bieten ein kostenloses Konzeptgespräch und die Möglichkeit, \
            bestehende Installationen in Wien zu besichtigen.",
        translations: &[TranslationSpec {
            lang: En,
            title: "Virtual reality experiences and interactive installations for museums and \
                trade fairs",
            summary: "A Vienna studio designs and produces VR experiences, projections and \
                interactive media stations for exhibitions and brand events, and is looking for \
                clients and co-producers in Sofia.",
            description: "Praterstern Studios combines design, programming and exhibition \
                technology: the team develops virtual reality experiences for exhibitions, \
                large-scale projections, touchscreen media stations and interactive rooms that \
                respond to visitors' movements. References include exhibitions in Vienna and \
                Munich and trade fair stands for industrial companies. On request the studio \
                also operates and maintains the installations while they run. In Sofia we are \
                looking for museums, cultural centres, trade fair organisers and brands that \
                want to make their content digital and tangible, and for creative studios that \
                would like to deliver larger productions with us. We offer a free concept \
                meeting and visits to existing installations in Vienna.",
        }],
        sectors: &["creative-industries", "tourism"],
        keywords: &[
            "Virtual Reality",
            "interaktive Installationen",
            "Museen",
            "Messen",
            "Medienstationen",
        ],
        partner_kinds: &["company", "ngo", "municipality"],
        partner_role: "Der Partner beauftragt uns mit einer Installation oder setzt gemeinsam \
            mit uns eine Produktion um.",
        cooperation: &["services_agreement", "joint_venture"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 240,
        deadline_days: None,
        published_days_ago: Some(120),
    },
    // pairs with SOF-2026-0012
    OpportunitySpec {
        reference: "VIE-2026-0014",
        kind: "business_offer",
        organisation: "wiener-klangwerkstatt",
        lang: De,
        title: "Vertonung, Geräuschkulisse und Sprachaufnahmen für Trickfilme und Computerspiele",
        summary: "Ein Wiener Tonstudio komponiert Filmmusik, gestaltet Geräusche und nimmt \
            Sprecherinnen und Sprecher auf Deutsch und Englisch auf, von der ersten Skizze bis \
            zur sendefertigen Mischung. Gesucht werden Produktionen aus Sofia, die ihre Werke \
            für den deutschsprachigen Markt vertonen lassen wollen.",
        description: "Die Wiener Klangwerkstatt arbeitet seit acht Jahren für Trickfilm, \
            Computerspiele und Werbung. Die beiden Gründer kommen aus der klassischen Musik und \
            der Spieleentwicklung; für größere Aufträge arbeiten wir mit einem festen Kreis von \
            Komponistinnen, Geräuschemachern und rund sechzig Sprecherinnen und Sprechern, \
            darunter viele Kinderstimmen. Wir übernehmen die gesamte Tonproduktion: Musik und \
            Titellied, Geräusche und Atmosphären, Synchronaufnahmen in unserem Sprecherraum, \
            Schnitt und Endmischung nach den technischen Richtlinien der Sender und \
            Streamingdienste. Für Spiele liefern wir adaptive Musik und einbaufertige \
            Klangpakete. Gesucht werden Animations- und Spielestudios in Sofia, die uns die \
            Tonproduktion übertragen oder uns als Koproduzenten beteiligen wollen, etwa bei \
            Förderanträgen an europäische Programme.",
        translations: &[],
        sectors: &["creative-industries"],
        keywords: &[
            "Tonstudio",
            "Filmmusik",
            "Geräuschgestaltung",
            "Synchronisation",
            "Sprachaufnahme",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner beauftragt uns mit der gesamten Tonproduktion oder beteiligt \
            uns als Koproduzent.",
        cooperation: &["subcontracting", "joint_venture"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 260,
        deadline_days: None,
        published_days_ago: Some(95),
    },
    // pairs with SOF-2026-0015
    OpportunitySpec {
        reference: "VIE-2026-0015",
        kind: "business_offer",
        organisation: "donaulab-biotech",
        lang: De,
        title: "Zellbasierte Testsysteme und Immunanalytik als Auftragsforschung",
        summary: "Ein Wiener Auftragsforschungsinstitut untersucht für Pharma-, Biotech- und \
            Lebensmittelunternehmen, wie Wirkstoffe, Naturstoffe und Mikroorganismen auf \
            menschliche Zellen wirken, mit standardisierten Testsystemen und GLP-konformer \
            Dokumentation.",
        description: "Donaulab verfügt über eigene Labors in Wien mit rund 120 Beschäftigten. \
            Neben der Antikörperentwicklung bieten wir zellbasierte Testsysteme an: Versuche \
            mit Immunzellen aus Spenderblut, Messung von Botenstoffen der Entzündung im \
            Multiplexverfahren, Durchflusszytometrie sowie Modelle der Darmschleimhaut, an denen \
            sich die Wirkung auf die Barrierefunktion untersuchen lässt. Die Studien werden \
            gemeinsam mit den Auftraggebern geplant, nach den Grundsätzen der Guten \
            Laborpraxis durchgeführt und mit vollständigen Rohdaten berichtet. Typische \
            Projekte dauern acht bis zwölf Wochen. Wir haben Erfahrung mit lebenden Kulturen \
            und mit Nahrungsergänzungsmitteln, für die Wirksamkeitsnachweise verlangt werden. \
            Gesucht werden Unternehmen und Forschungsgruppen aus Bulgarien, die solche \
            Untersuchungen auslagern wollen; eine bulgarischsprachige Projektleiterin steht zur \
            Verfügung.",
        translations: &[],
        sectors: &["biotech-life-sciences"],
        keywords: &[
            "Auftragsforschung",
            "Zellkultur",
            "Immunologie",
            "Entzündungsmarker",
            "Wirksamkeitsnachweis",
        ],
        partner_kinds: &["company", "university"],
        partner_role: "Der Partner beauftragt uns mit Studien, deren Protokoll wir gemeinsam \
            festlegen.",
        cooperation: &["services_agreement", "research_cooperation"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 250,
        deadline_days: None,
        published_days_ago: Some(110),
    },
    OpportunitySpec {
        reference: "VIE-2026-0016",
        kind: "business_request",
        organisation: "donaulab-biotech",
        lang: En,
        title: "Internships and graduate recruitment with life-science faculties in Sofia",
        summary: "A Vienna contract research organisation is looking for universities in Sofia \
            to set up paid internships and a graduate programme in cell biology and analytical \
            chemistry.",
        description: "Donaulab employs about 120 people in its Vienna laboratories and needs \
            around fifteen new scientists and technicians every year, more than the Austrian \
            market can supply. The company wants to build a lasting partnership with \
            life-science and chemistry faculties in Sofia: paid internships of three to six \
            months in Vienna for master's students, joint supervision of master's theses on \
            applied topics, guest lectures by Donaulab scientists and a graduate programme with \
            a permanent position for the best candidates. Donaulab covers travel and housing for \
            interns and helps graduates with the Red-White-Red Card for skilled workers where \
            needed. It is looking for faculties or departments that would select candidates, \
            recognise the internships in their curricula and co-supervise theses.",
        translations: &[],
        sectors: &["biotech-life-sciences"],
        keywords: &[
            "internships",
            "graduate programme",
            "talent",
            "cell biology",
        ],
        partner_kinds: &["university"],
        partner_role: "The partner faculty selects students, recognises the internships and \
            co-supervises theses.",
        cooperation: &["research_cooperation", "services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "withdrawn",
        staff_comment: None,
        show_name: true,
        valid_days: 150,
        deadline_days: None,
        published_days_ago: Some(140),
    },
    // pairs with SOF-2026-0017
    OpportunitySpec {
        reference: "VIE-2026-0017",
        kind: "research_request",
        organisation: "zellkraft-therapeutics",
        lang: De,
        title: "Forschungspartner für die molekulare Charakterisierung von Patientenproben in \
            einer präklinischen Studie",
        summary: "Ein Wiener Spin-off, das Zelltherapien gegen seltene Autoimmunerkrankungen \
            entwickelt, sucht ein Labor, das Erbgut und Genaktivität von Blut- und Gewebeproben \
            untersucht und auswertet, um Biomarker für die Auswahl geeigneter Patientinnen und \
            Patienten zu finden.",
        description: "Zellkraft entwickelt eine Therapie mit veränderten regulatorischen \
            T-Zellen, die bei seltenen Autoimmunerkrankungen das überschießende Immunsystem \
            bremsen soll. Vor dem Schritt in die klinische Prüfung wollen wir verstehen, welche \
            Patientengruppen am meisten profitieren. Dazu sollen rund 300 Proben aus zwei \
            europäischen Registern untersucht werden: Erbgutanalysen der codierenden Bereiche, \
            Messung der Genaktivität in Immunzellen und eine statistische Auswertung, die \
            Merkmale mit dem Krankheitsverlauf verknüpft. Gesucht wird ein akkreditiertes \
            Labor mit eigener Datenanalyse, das mit pseudonymisierten Proben arbeitet, die \
            Daten in der EU speichert und an einer gemeinsamen Veröffentlichung mitwirkt. Eine \
            gemeinsame Einreichung bei einem bilateralen Förderprogramm zwischen Österreich und \
            Bulgarien ist möglich.",
        translations: &[],
        sectors: &["biotech-life-sciences", "health-medtech"],
        keywords: &[
            "Biomarker",
            "Genaktivität",
            "Patientenproben",
            "Zelltherapie",
            "Autoimmunerkrankungen",
        ],
        partner_kinds: &["company", "university"],
        partner_role: "Der Partner führt die Analysen durch, wertet die Daten aus und \
            veröffentlicht die Ergebnisse gemeinsam mit uns.",
        cooperation: &["research_cooperation", "services_agreement"],
        stage: Some("under_development"),
        ipr: Some("patent_applied"),
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 180,
        deadline_days: Some(50),
        published_days_ago: Some(35),
    },
    OpportunitySpec {
        reference: "VIE-2026-0018",
        kind: "business_request",
        organisation: "zellkraft-therapeutics",
        lang: En,
        title: "Clinical sites in south-east Europe for a first-in-human study in rare \
            autoimmune diseases",
        summary: "A Vienna cell therapy spin-off is looking for hospitals with rheumatology or \
            nephrology departments in Bulgaria that could take part as clinical sites in its \
            first study in patients.",
        description: "Zellkraft's cell therapy for rare autoimmune diseases is expected to \
            enter its first clinical study in patients within eighteen months. Because the \
            diseases are rare, the study will need sites in several countries to enrol about \
            forty patients. The company is looking for university hospitals and specialised \
            clinics in Bulgaria with rheumatology, nephrology or clinical immunology \
            departments, experience in clinical trials and access to patients with systemic \
            autoimmune diseases. A site would identify and enrol patients, carry out the \
            treatment and follow-up visits, and collect samples. Zellkraft covers all study \
            costs, provides training and works with a contract research organisation that \
            handles monitoring. An early exchange on feasibility and patient numbers would help \
            the company plan the study.",
        translations: &[],
        sectors: &["health-medtech", "biotech-life-sciences"],
        keywords: &[
            "clinical trial",
            "clinical sites",
            "autoimmune diseases",
            "cell therapy",
        ],
        partner_kinds: &["university", "company"],
        partner_role: "The partner hospital enrols and treats patients as a clinical site of the \
            study.",
        cooperation: &["research_cooperation", "services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 270,
        deadline_days: None,
        published_days_ago: Some(75),
    },
    // pairs with SOF-2026-0019
    OpportunitySpec {
        reference: "VIE-2026-0019",
        kind: "technology_request",
        organisation: "medaxis-diagnostik",
        lang: De,
        title: "Tragbares Langzeit-EKG als Datenquelle für unsere KI-Befundungsplattform gesucht",
        summary: "Ein Wiener Hersteller von Medizinsoftware will seine KI-gestützte Befundung \
            von der Bildgebung auf Herzrhythmusdaten ausweiten und sucht den Hersteller eines \
            tragbaren Aufzeichnungsgeräts, dessen Daten sich nahtlos einbinden lassen.",
        description: "Die Befundungsplattform von Medaxis ist in zwölf Krankenhäusern im \
            Einsatz und wertet bisher Röntgen- und CT-Bilder aus. Kardiologische Abteilungen \
            wünschen sich dieselbe Unterstützung für Langzeitaufzeichnungen des Herzrhythmus, \
            etwa nach Herzoperationen oder bei unklaren Schlaganfällen, bei denen \
            Vorhofflimmern oft unentdeckt bleibt. Unser Team hat bereits Algorithmen zur \
            Erkennung von Rhythmusstörungen entwickelt. Gesucht wird ein Hersteller eines \
            Pflasters oder eines anderen tragbaren Geräts, das über mindestens eine Woche \
            kabellos aufzeichnet, von Patientinnen und Patienten zu Hause getragen werden kann \
            und die Rohdaten über eine offene Schnittstelle bereitstellt. Das Gerät sollte in \
            einer klinischen Untersuchung erprobt sein. Gemeinsam wollen wir eine Gesamtlösung \
            anbieten und die Konformitätsbewertung nach der Medizinprodukteverordnung \
            abstimmen.",
        translations: &[],
        sectors: &["health-medtech", "ict"],
        keywords: &[
            "Langzeit-EKG",
            "Herzrhythmusstörungen",
            "Vorhofflimmern",
            "künstliche Intelligenz",
            "Medizinprodukt",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner liefert das Aufzeichnungsgerät und die Rohdaten; gemeinsam \
            bringen wir die Gesamtlösung durch die Konformitätsbewertung.",
        cooperation: &["technical_cooperation", "licensing"],
        stage: Some("field_tested"),
        ipr: Some("none"),
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 230,
        deadline_days: None,
        published_days_ago: Some(19),
    },
    OpportunitySpec {
        reference: "VIE-2026-0020",
        kind: "business_offer",
        organisation: "medaxis-diagnostik",
        lang: De,
        title: "KI-gestützte Vorbefundung von Röntgenbildern für bulgarische Krankenhäuser",
        summary: "Ein Wiener Medizinsoftware-Hersteller bietet Krankenhäusern und \
            Radiologieinstituten in Bulgarien eine CE-gekennzeichnete Software an, die \
            Röntgen- und CT-Bilder vorbefundet und dringende Fälle nach oben reiht.",
        description: "Radiologinnen und Radiologen befunden in vielen Krankenhäusern täglich \
            Hunderte Aufnahmen, und in Nacht- und Wochenenddiensten fehlt oft Personal. Die \
            Software von Medaxis erkennt auf Röntgen- und CT-Bildern Knochenbrüche, \
            Lungenrundherde, Flüssigkeitsansammlungen und Blutungen, markiert die Befunde im \
            Bild und reiht dringende Fälle in der Arbeitsliste nach oben. In österreichischen \
            Notaufnahmen hat sie die Zeit bis zum Befund bei kritischen Fällen halbiert. Die \
            Software wird an das vorhandene Bildarchiv angebunden, läuft im Krankenhaus oder in \
            einem europäischen Rechenzentrum und ist als Medizinprodukt zertifiziert. Nach \
            einem ersten Anlauf vor einem Jahr suchen wir nun direkt Krankenhäuser und private \
            Diagnostikzentren in Bulgarien für einen dreimonatigen kostenlosen Testbetrieb, \
            gerne auch einen Vertriebspartner mit Erfahrung in öffentlichen Ausschreibungen.",
        translations: &[],
        sectors: &["health-medtech", "ict"],
        keywords: &[
            "Radiologie",
            "Vorbefundung",
            "künstliche Intelligenz",
            "Krankenhaus",
            "Testbetrieb",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner setzt die Software im Testbetrieb ein oder vertreibt sie an \
            Krankenhäuser in Bulgarien.",
        cooperation: &["commercial_agreement", "distribution"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "submitted",
        staff_comment: None,
        show_name: true,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with SOF-2026-0021
    OpportunitySpec {
        reference: "VIE-2026-0021",
        kind: "technology_offer",
        organisation: "sonnwerk-energie",
        lang: De,
        title: "Plattform für Erneuerbare-Energie-Gemeinschaften: Mitgliederverwaltung, \
            Aufteilung und Abrechnung",
        summary: "Ein Wiener Softwareunternehmen bietet eine erprobte Plattform, mit der \
            Erneuerbare-Energie-Gemeinschaften ihre Mitglieder verwalten, den gemeinsam \
            erzeugten Strom viertelstundengenau aufteilen und automatisch abrechnen. Über 200 \
            Gemeinschaften in Österreich nutzen sie bereits.",
        description: "Seit das Erneuerbaren-Ausbau-Gesetz in Österreich \
            Energiegemeinschaften ermöglicht, haben sich Hunderte Nachbarschaften, Gemeinden und \
            Betriebe zusammengeschlossen, um Sonnenstrom vom Dach gemeinsam zu nutzen. Die \
            Plattform von Sonnwerk übernimmt dabei die gesamte Verwaltung: Beitritt und \
            Austritt von Mitgliedern, Übernahme der Viertelstundenwerte der intelligenten \
            Zähler vom Netzbetreiber, Aufteilung der Erzeugung nach statischen oder \
            dynamischen Schlüsseln, Rechnungen und Gutschriften sowie ein Portal, in dem jeder \
            Haushalt seinen Eigenverbrauch sieht. Prognosen für Photovoltaik und \
            Energiespeicher helfen, den Verbrauch in sonnige Stunden zu verlagern. Die \
            Software ist mehrsprachig aufgebaut und lässt sich an andere Marktregeln anpassen. \
            Gesucht werden in Bulgarien Energieversorger, Errichter von Solaranlagen und \
            Gemeinden, die Gemeinschaften gründen oder betreuen und die Plattform als Lizenz \
            oder im Vertrieb anbieten wollen.",
        translations: &[TranslationSpec {
            lang: En,
            title: "Platform for renewable energy communities: member management, sharing and \
                billing",
            summary: "A Vienna software company offers a proven platform with which renewable \
                energy communities manage their members, share jointly generated electricity in \
                15-minute intervals and bill automatically. More than 200 communities in Austria \
                already use it.",
            description: "Since Austria's Renewable Energy Expansion Act made energy \
                communities possible, hundreds of neighbourhoods, municipalities and businesses \
                have joined forces to share rooftop solar power. Sonnwerk's platform handles all \
                the administration: members joining and leaving, importing the 15-minute smart \
                meter readings from the grid operator, sharing generation by static or dynamic \
                keys, invoices and credit notes, and a portal where every household sees its own \
                consumption. Forecasts for solar generation and storage help shift consumption \
                into sunny hours. The software is multilingual by design and can be adapted to \
                other market rules. In Bulgaria we are looking for energy suppliers, solar \
                installers and municipalities that set up or run communities and want to offer \
                the platform under licence or as resellers.",
        }],
        sectors: &["cleantech-energy", "ict"],
        keywords: &[
            "Energiegemeinschaft",
            "Abrechnung",
            "Smart Meter",
            "Photovoltaik",
            "Energiespeicher",
        ],
        partner_kinds: &["company", "municipality"],
        partner_role: "Der Partner setzt die Plattform für seine Gemeinschaften ein und hilft \
            uns, sie an den bulgarischen Markt anzupassen.",
        cooperation: &["licensing", "distribution"],
        stage: Some("on_market"),
        ipr: Some("copyright"),
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 270,
        deadline_days: None,
        published_days_ago: Some(85),
    },
    // pairs with SOF-2026-0022
    OpportunitySpec {
        reference: "VIE-2026-0022",
        kind: "business_request",
        organisation: "sonnwerk-energie",
        lang: De,
        title: "Installationsbetriebe für Solaranlagen und Stromspeicher in Bulgarien gesucht",
        summary: "Ein Wiener Anbieter von Software für Energiegemeinschaften bereitet den \
            Markteintritt in Bulgarien vor und sucht erfahrene Elektro- und Solarbetriebe, die \
            Anlagen samt Speicher planen, errichten, ans Netz bringen und warten.",
        description: "Sonnwerk begleitet in Österreich über 200 Energiegemeinschaften und \
            erhält zunehmend Anfragen aus Bulgarien, wo die rechtlichen Grundlagen für \
            gemeinschaftliche Stromnutzung gerade geschaffen werden. Viele Interessenten – \
            Wohnungseigentümergemeinschaften, Schulen, Gemeinden – haben aber noch keine \
            Anlage. Damit wir ihnen ein Gesamtpaket anbieten können, suchen wir \
            Installationsbetriebe, die Dachanlagen von 30 Kilowatt bis 1 Megawatt samt \
            Batteriespeicher planen, die Genehmigungen einholen, den Netzanschluss mit dem \
            Verteilnetzbetreiber abwickeln, die Anlagen errichten und langfristig warten. \
            Wichtig sind Referenzen auf Mehrparteienhäusern und öffentlichen Gebäuden, eigene \
            Montageteams und eine Fernüberwachung der Anlagen. Wir bringen die Kundinnen und \
            Kunden, die Software und das Wissen über den Betrieb von Gemeinschaften ein und \
            bieten einen Rahmenvertrag für die ersten zwei Jahre.",
        translations: &[],
        sectors: &["cleantech-energy", "construction-real-estate"],
        keywords: &[
            "Installationsbetrieb",
            "Solaranlage",
            "Stromspeicher",
            "Netzanschluss",
            "Wartung",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner errichtet und wartet die Anlagen der Gemeinschaften, die \
            unsere Plattform in Bulgarien nutzen.",
        cooperation: &["commercial_agreement", "subcontracting"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 280,
        deadline_days: None,
        published_days_ago: Some(12),
    },
    // pairs with SOF-2026-0024
    OpportunitySpec {
        reference: "VIE-2026-0023",
        kind: "technology_request",
        organisation: "graetzlrad-logistik",
        lang: De,
        title: "Flottensteuerung für Lastenräder: Ortung, Akkustand und Wartungsplanung gesucht",
        summary: "Ein Wiener Zustelldienst mit 90 elektrischen Lastenrädern sucht eine \
            erprobte Software, die jedes Rad ortet, den Ladezustand der Akkus überwacht und \
            Reparaturen vorausschauend plant.",
        description: "Grätzlrad stellt aus sechs Mikro-Depots in Wien Pakete und Lebensmittel \
            zu. Die 90 Lastenräder legen täglich zusammen rund 4000 Kilometer zurück, und jeder \
            Ausfall kostet Zustellungen. Bisher werden Akkustände händisch notiert und \
            Reparaturen erst nach einer Panne erledigt. Gesucht wird eine Software, die über \
            ein kleines Funkmodul am Rad Standort, Ladezustand, Kilometerstand und \
            Fehlermeldungen übermittelt, die Flotte auf einer Karte zeigt, bei Auffälligkeiten \
            warnt und aus den Nutzungsdaten ableitet, wann ein Rad in die Werkstatt sollte. \
            Die Lösung soll bei einem anderen Betreiber bereits im Alltag laufen, Räder \
            unterschiedlicher Hersteller unterstützen und über eine Schnittstelle an unsere \
            Tourenplanung angebunden werden können. Wir bieten einen Pilotbetrieb mit 20 \
            Rädern und Rückmeldungen aus der Praxis der Zustellung.",
        translations: &[],
        sectors: &["logistics", "mobility"],
        keywords: &[
            "Lastenrad",
            "Flottenmanagement",
            "Ortung",
            "Akkuüberwachung",
            "vorausschauende Wartung",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner stellt seine Software für unsere Flotte bereit und passt sie \
            an den Zustellbetrieb an.",
        cooperation: &["licensing", "technical_cooperation"],
        stage: Some("on_market"),
        ipr: Some("none"),
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 200,
        deadline_days: None,
        published_days_ago: Some(27),
    },
    OpportunitySpec {
        reference: "VIE-2026-0024",
        kind: "business_request",
        organisation: "graetzlrad-logistik",
        lang: En,
        title: "Local partner to co-found a cargo-bike delivery service in Sofia",
        summary: "A Vienna last-mile delivery company is looking for a logistics or courier \
            company in Sofia to set up a joint cargo-bike delivery service for parcels and \
            groceries.",
        description: "Grätzlrad has shown in Vienna that parcels and groceries can be \
            delivered by electric cargo bike from small neighbourhood hubs, faster than by van \
            in dense districts and with a fraction of the emissions. The company now wants to \
            bring the model to Sofia, where narrow streets and congestion in the centre make \
            van deliveries slow. It is looking for a local partner with logistics experience – \
            a courier, a parcel service or a grocery delivery company – to set up a joint \
            venture. Grätzlrad would contribute its operating model, route planning software, \
            training and part of the capital; the partner would bring customers, local \
            management, depot locations and knowledge of the market. A first pilot with two \
            hubs and twenty bikes is planned for next spring.",
        translations: &[],
        sectors: &["logistics", "mobility"],
        keywords: &[
            "cargo bikes",
            "last mile",
            "joint venture",
            "parcel delivery",
        ],
        partner_kinds: &["company"],
        partner_role: "The partner co-owns and runs the delivery service in Sofia and brings \
            its customers.",
        cooperation: &["joint_venture", "investment"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 240,
        deadline_days: None,
        published_days_ago: Some(65),
    },
    // pairs with SOF-2026-0026
    OpportunitySpec {
        reference: "VIE-2026-0025",
        kind: "technology_offer",
        organisation: "lernfabrik-digital",
        lang: De,
        title: "Adaptive Lernsoftware mit Simulationen für die Lehrlingsausbildung",
        summary: "Ein Wiener Unternehmen bietet eine Lernplattform für Lehrlinge in technischen \
            und kaufmännischen Berufen an, die Inhalte an den Wissensstand anpasst und \
            Werkstattsituationen am Bildschirm simuliert. Gesucht werden Partner, die die \
            Software in Bulgarien anbieten.",
        description: "Die Plattform von Lernfabrik begleitet Lehrlinge durch die gesamte \
            Ausbildung in Betrieb und Berufsschule. Für Berufe wie Mechatronik, \
            Elektrotechnik, Lagerlogistik und Hotel- und Gastgewerbe gibt es über 1500 \
            interaktive Lerneinheiten, Simulationen von Maschinen und Schaltkreisen und \
            Probeprüfungen. Die Software erkennt, wo jemand Schwierigkeiten hat, und schlägt \
            passende Übungen vor; Ausbilderinnen und Lehrkräfte sehen den Fortschritt ihrer \
            Gruppe. Rund 400 Betriebe und 60 Berufsschulen in Österreich arbeiten damit. Die \
            Inhalte lassen sich übersetzen und an andere Lehrpläne anpassen. Gesucht wird ein \
            Partner in Bulgarien, der die Plattform an Schulen mit Lehrlingsausbildung nach \
            dem dualen Modell vertreibt, die Übersetzung mitgestaltet und die Einführung \
            begleitet. Wir bieten eine Lizenz mit Umsatzbeteiligung und gemeinsame Anträge auf \
            europäische Bildungsförderung.",
        translations: &[],
        sectors: &["edtech"],
        keywords: &[
            "Lehrlingsausbildung",
            "Berufsschule",
            "Lernsoftware",
            "Simulation",
            "Prüfungsvorbereitung",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner übersetzt die Inhalte mit uns, vertreibt die Software an \
            Schulen und begleitet die Einführung.",
        cooperation: &["licensing", "distribution"],
        stage: Some("on_market"),
        ipr: Some("copyright"),
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 290,
        deadline_days: None,
        published_days_ago: Some(70),
    },
    OpportunitySpec {
        reference: "VIE-2026-0026",
        kind: "business_request",
        organisation: "lernfabrik-digital",
        lang: De,
        title: "Übersetzungsbüro für technische Lerninhalte ins Bulgarische gesucht",
        summary: "Ein Wiener Edtech-Unternehmen sucht ein Übersetzungsbüro mit technischen \
            Fachübersetzerinnen und -übersetzern, das rund 300 Lerneinheiten für Lehrlinge ins \
            Bulgarische überträgt.",
        description: "Lernfabrik bereitet die bulgarische Fassung seiner Lernplattform für die \
            Lehrlingsausbildung vor. Zunächst sollen rund 300 Lerneinheiten aus Mechatronik, \
            Elektrotechnik und Lagerlogistik übersetzt werden, insgesamt etwa 400 000 Wörter, \
            dazu Beschriftungen in Simulationen und Prüfungsfragen. Gesucht wird ein \
            Übersetzungsbüro mit Fachleuten für technische Texte, einer Terminologiedatenbank \
            und Erfahrung mit Lernsoftware oder technischer Dokumentation. Die Texte liegen in \
            einem gängigen Austauschformat vor und sollen mit einem Übersetzungswerkzeug \
            bearbeitet werden, damit spätere Änderungen günstig nachgezogen werden können. \
            Ein Lektorat durch Berufsschullehrkräfte in Bulgarien ist erwünscht. Wir bieten \
            einen Rahmenvertrag mit planbaren Mengen über zwei Jahre.",
        translations: &[],
        sectors: &["edtech", "business-services"],
        keywords: &[
            "Fachübersetzung",
            "Lokalisierung",
            "Bulgarisch",
            "Lerninhalte",
        ],
        partner_kinds: &["service_provider", "company"],
        partner_role: "Der Partner übersetzt die Lerninhalte und pflegt die Terminologie.",
        cooperation: &["services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "draft",
        staff_comment: None,
        show_name: true,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with SOF-2026-0028
    OpportunitySpec {
        reference: "VIE-2026-0027",
        kind: "business_request",
        organisation: "schildwacht-security",
        lang: De,
        title: "Partner für eine gemeinsame Sicherheitsleitstelle mit Rund-um-die-Uhr-Betrieb \
            gesucht",
        summary: "Ein Wiener Beratungsunternehmen für Informationssicherheit will seinen \
            Kundinnen und Kunden eine durchgehende Überwachung ihrer IT-Systeme anbieten und \
            sucht dafür ein Partnerunternehmen, das Nacht- und Wochenendschichten übernimmt.",
        description: "Schildwacht begleitet Unternehmen, Spitäler und Gemeinden bei \
            Penetrationstests, Zertifizierungen und der Umsetzung der neuen gesetzlichen \
            Pflichten zur Cybersicherheit. Immer mehr Kundinnen und Kunden verlangen zusätzlich \
            eine laufende Überwachung ihrer Netze mit Angriffserkennung und sofortiger Reaktion, \
            auch nachts und am Wochenende. Ein eigener Schichtbetrieb rund um die Uhr wäre für \
            uns allein nicht wirtschaftlich. Gesucht wird daher ein Partnerunternehmen, das \
            bereits eine Leitstelle mit erfahrenen Analystinnen und Analysten betreibt und mit \
            uns eine gemeinsame Dienstleistung aufbaut: Das Wiener Team betreut die Kundschaft \
            tagsüber und vor Ort, der Partner übernimmt Erkennung und Erstreaktion außerhalb \
            der Bürozeiten nach abgestimmten Abläufen. Voraussetzungen sind eine Zertifizierung \
            nach ISO/IEC 27001, Datenhaltung in der EU und Berichte auf Deutsch oder Englisch. \
            Denkbar ist auch ein Gemeinschaftsunternehmen.",
        translations: &[],
        sectors: &["cybersecurity"],
        keywords: &[
            "Sicherheitsleitstelle",
            "Angriffserkennung",
            "Vorfallbehandlung",
            "Schichtbetrieb",
            "Managed Security",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner übernimmt die Überwachung außerhalb der Wiener Bürozeiten und \
            eskaliert Vorfälle nach gemeinsamen Abläufen.",
        cooperation: &["joint_venture", "services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 250,
        deadline_days: None,
        published_days_ago: Some(52),
    },
    OpportunitySpec {
        reference: "VIE-2026-0028",
        kind: "business_offer",
        organisation: "schildwacht-security",
        lang: De,
        title: "NIS2-Umsetzung und ISO-27001-Zertifizierung für Unternehmen, die nach Österreich \
            expandieren",
        summary: "Ein Wiener Beratungsunternehmen für Informationssicherheit begleitet \
            Unternehmen aus Bulgarien, die in Österreich tätig werden, bei der Umsetzung der \
            NIS2-Richtlinie, bei der ISO-27001-Zertifizierung und bei Penetrationstests.",
        description: "Wer in Österreich Dienste für Banken, Energieversorger, Spitäler oder \
            Behörden erbringt, muss seine Informationssicherheit nachweisen, und seit der \
            NIS2-Richtlinie gelten für viele Unternehmen neue Pflichten zu Risikomanagement, \
            Meldungen und Lieferkettensicherheit. Schildwacht hilft mit 80 Spezialistinnen und \
            Spezialisten dabei: Reifegradanalyse, Aufbau eines \
            Informationssicherheits-Managementsystems, Vorbereitung auf die \
            ISO-27001-Zertifizierung, Penetrationstests von Anwendungen und Infrastruktur sowie \
            Schulungen für Führungskräfte. Gesucht werden Unternehmen aus Sofia, die den \
            österreichischen Markt betreten und ihre Nachweise rasch erbringen müssen, \
            insbesondere Softwarehäuser, Fintechs und Anbieter von Vertrauensdiensten. Wir \
            bieten einen Festpreis für die Erstanalyse und Beratung auf Deutsch und Englisch.",
        translations: &[TranslationSpec {
            lang: En,
            title: "NIS2 compliance and ISO 27001 certification for companies expanding to Austria",
            summary: "A Vienna information security consultancy supports companies from \
                Bulgaria starting business in Austria with NIS2 compliance, ISO 27001 \
                certification and penetration testing.",
            description: "Anyone providing services in Austria to banks, energy suppliers, \
                hospitals or public authorities has to demonstrate its information security, and \
                since the NIS2 directive many companies face new duties on risk management, \
                incident reporting and supply-chain security. Schildwacht helps with 80 \
                specialists: maturity assessments, setting up an information security management \
                system, preparation for ISO 27001 certification, penetration tests of \
                applications and infrastructure, and training for managers. We are looking for \
                companies from Sofia entering the Austrian market that need to provide evidence \
                quickly, especially software companies, fintechs and trust service providers. We \
                offer a fixed price for the initial assessment and advice in German and \
                English.",
        }],
        sectors: &["cybersecurity", "business-services"],
        keywords: &[
            "NIS2",
            "ISO 27001",
            "Informationssicherheit",
            "Penetrationstest",
            "Markteintritt",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner beauftragt uns mit der Analyse und Umsetzung seiner \
            Sicherheitsanforderungen in Österreich.",
        cooperation: &["services_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 300,
        deadline_days: None,
        published_days_ago: Some(45),
    },
    // pairs with SOF-2026-0030
    OpportunitySpec {
        reference: "VIE-2026-0029",
        kind: "technology_request",
        organisation: "melange-travel-tech",
        lang: De,
        title: "Buchbare Stadterlebnisse für Hotelgäste: Anbieter für unsere Gäste-App gesucht",
        summary: "Ein Wiener Anbieter von Hotelsoftware will Gästen schon vor der Anreise \
            Führungen und Erlebnisse am Reiseziel anbieten und sucht Veranstalter, deren \
            Angebote sich mit Verfügbarkeit und Preisen über eine Schnittstelle buchen lassen.",
        description: "Melange Travel Tech bündelt für über 300 Hotels und Pensionen \
            Preissteuerung, Direktbuchung und Gästekommunikation in einer Anwendung. Zu unserer \
            Software gehört eine Gäste-App, die mit der Buchungsbestätigung verschickt wird und \
            über die Gäste einchecken, Zimmerwünsche äußern und Zusatzleistungen buchen. Da \
            wir nun erste Betriebe in Bulgarien gewinnen, wollen wir dort auch Erlebnisse vor \
            Ort anbieten: Stadtspaziergänge, Kulinarik- und Weintouren, Museumsbesuche mit \
            Audioführung. Gesucht werden Veranstalter mit erprobtem Angebot in mehreren \
            Sprachen, deren Termine, freie Plätze und Preise über eine Schnittstelle oder \
            zumindest einen aktuellen Kalender abrufbar sind. Die Buchung und Bezahlung läuft \
            über unsere App; der Veranstalter erhält den Erlös abzüglich einer Provision, die \
            wir mit dem Hotel teilen. Wir bieten eine rasche Anbindung und Sichtbarkeit bei \
            allen teilnehmenden Hotels.",
        translations: &[],
        sectors: &["tourism", "ict"],
        keywords: &[
            "Gäste-App",
            "Zusatzleistungen",
            "Stadtführungen",
            "Hotellerie",
            "Buchungsschnittstelle",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner liefert buchbare Erlebnisse mit Verfügbarkeiten und Preisen \
            über eine Schnittstelle.",
        cooperation: &["commercial_agreement", "technical_cooperation"],
        stage: Some("on_market"),
        ipr: Some("none"),
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 190,
        deadline_days: None,
        published_days_ago: Some(44),
    },
    OpportunitySpec {
        reference: "VIE-2026-0030",
        kind: "business_offer",
        organisation: "melange-travel-tech",
        lang: En,
        title: "Hotel revenue and direct booking software: reseller partner in Bulgaria wanted",
        summary: "A Vienna hotel software company offers a single application for pricing, \
            direct booking and guest communication, and is looking for a reseller with \
            contacts among independent hotels in Bulgaria.",
        description: "More than 300 hotels and guesthouses in Austria and South Tyrol use \
            Melange to set room prices automatically from demand and competitor rates, take \
            commission-free bookings on their own website and communicate with guests before, \
            during and after their stay. Independent hotels typically raise their direct \
            bookings by a quarter in the first year. The software is available in Bulgarian \
            and connects to the property management systems common in the region. We are \
            looking for a reseller in Bulgaria – a hotel consultancy, an IT service provider for \
            the hospitality industry or a hotel association – that knows independent hotels in \
            cities, mountain resorts and on the Black Sea coast. The partner would sell, set up \
            and support the software and receive a recurring share of the subscription fees. We \
            provide training, demo accounts and marketing material.",
        translations: &[],
        sectors: &["tourism", "ict"],
        keywords: &[
            "hotel software",
            "revenue management",
            "direct booking",
            "reseller",
        ],
        partner_kinds: &["company", "service_provider", "ngo"],
        partner_role: "The partner sells, sets up and supports our software for hotels in \
            Bulgaria.",
        cooperation: &["distribution", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "submitted",
        staff_comment: None,
        show_name: true,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with SOF-2026-0032
    OpportunitySpec {
        reference: "VIE-2026-0031",
        kind: "business_request",
        organisation: "stadtfarm-wien",
        lang: De,
        title: "Biologische Spezialitäten aus Südosteuropa für Hofladen, Marktstand und Küche \
            gesucht",
        summary: "Eine Wiener Stadtlandwirtschaft mit eigenem Hofladen und Marktstand erweitert \
            ihr Sortiment um zertifizierte Bio-Erzeugnisse kleiner Betriebe aus Südosteuropa, \
            besonders aus Blüten und Kräutern, und sucht Lieferantinnen und Lieferanten.",
        description: "Stadtfarm baut in einer ehemaligen Industriehalle Kräuter und Salate an \
            und verkauft sie mit anderen regionalen Erzeugnissen im eigenen Hofladen, auf zwei \
            Wiener Märkten und an Restaurants. Unsere Kundschaft fragt zunehmend nach \
            besonderen Produkten mit nachvollziehbarer Herkunft. Gesucht werden daher kleine \
            und mittlere Betriebe mit EU-Bio-Zertifizierung, die Blütenwasser, Sirupe, \
            ätherische Öle, Kräutertees oder Naturkosmetik selbst herstellen und in kleinen \
            Mengen liefern können. Für die Gastronomie interessieren uns besonders Zutaten für \
            Limonaden, Desserts und Cocktails. Wichtig sind deutschsprachige Etiketten oder die \
            Bereitschaft, sie gemeinsam zu gestalten, sowie eine Geschichte, die wir am \
            Marktstand erzählen können. Wir bieten faire Abnahmepreise, Verkostungen im \
            Hofladen und Sichtbarkeit über unsere Kanäle.",
        translations: &[],
        sectors: &["agrifood"],
        keywords: &[
            "Bio-Lebensmittel",
            "Naturkosmetik",
            "Hofladen",
            "Direktvermarktung",
            "Blütenwasser",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner liefert zertifizierte Bio-Erzeugnisse, die wir in Wien \
            verkaufen und in der Gastronomie einsetzen.",
        cooperation: &["distribution", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 170,
        deadline_days: None,
        published_days_ago: Some(60),
    },
    OpportunitySpec {
        reference: "VIE-2026-0032",
        kind: "technology_offer",
        organisation: "stadtfarm-wien",
        lang: De,
        title: "Hydrokultur",
        summary: "Wir bieten unser Wissen zu Hydrokultur an.",
        description: "Stadtfarm ist ein innovatives Unternehmen, das die Landwirtschaft der \
            Zukunft schon heute in die Stadt bringt. Wir haben in den letzten Jahren sehr viel \
            gelernt und sind überzeugt, dass unser Konzept auch in anderen Städten \
            erfolgreich sein kann. Unsere Anlage ist einzigartig und nachhaltig, und unsere \
            Kräuter und Salate sind bei Köchinnen und Köchen sehr beliebt. Wir möchten unser \
            Wissen gerne mit Partnern in Sofia teilen und gemeinsam etwas Neues aufbauen. Dabei \
            sind wir offen für viele Formen der Zusammenarbeit und freuen uns über alle \
            Anfragen, ob von Unternehmen, Investoren, Gemeinden oder Vereinen. Bitte melden Sie \
            sich bei uns, wenn Sie Interesse haben, dann besprechen wir alles Weitere \
            persönlich.",
        translations: &[],
        sectors: &["agrifood", "cleantech-energy"],
        keywords: &["Hydrokultur", "Stadtlandwirtschaft", "Nachhaltigkeit"],
        partner_kinds: &["company", "ngo", "municipality"],
        partner_role: "Partner, die mit uns etwas Neues aufbauen wollen.",
        cooperation: &["technical_cooperation"],
        stage: Some("field_tested"),
        ipr: Some("secret_know_how"),
        target_cities: &["sofia"],
        state: "returned",
        staff_comment: Some(
            "Bitte beschreiben Sie konkret, welche Technologie Sie anbieten: das \
             Anbauverfahren, die Nutzung der Abwärme, die Steuerung? Wie weit ist sie erprobt \
             (Erträge, Energiebedarf pro Kilogramm), und ist das Wissen geschützt? Geben Sie \
             außerdem an, was Sie anbieten (Lizenz, Planung einer Anlage, Beratung) und welchen \
             Partner Sie in Sofia suchen, etwa einen Betrieb mit Abwärme oder einen \
             Gastronomiegroßhändler. Titel und Zusammenfassung sollten auch ohne die \
             Beschreibung verständlich sein.",
        ),
        show_name: true,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    // pairs with SOF-2026-0033
    OpportunitySpec {
        reference: "VIE-2026-0033",
        kind: "business_request",
        organisation: "simmeringer-praezisionstechnik",
        lang: De,
        title: "Zulieferer für Dreh- und Frästeile aus Edelstahl und Aluminium gesucht",
        summary: "Ein Wiener Hersteller von Sensoren für Bahn und Automobil sucht einen \
            weiteren Lieferanten für zerspante Präzisionsteile in mittleren Stückzahlen, mit \
            Erstmusterprüfung und Messprotokollen.",
        description: "Simmeringer Präzisionstechnik fertigt mit 320 Beschäftigten Sensoren für \
            Schienenfahrzeuge und Automobile. Für eine neue Baureihe von Drehzahl- und \
            Temperatursensoren werden ab dem kommenden Jahr jährlich rund 60 000 Gehäuse, \
            Flansche und Halterungen aus rostfreiem Stahl und Aluminium benötigt, teils mit \
            engen Toleranzen im Hundertstelbereich. Ein bewährter Lieferant aus Bulgarien \
            beliefert uns bereits mit Gehäusen; um die Versorgung abzusichern, suchen wir \
            einen weiteren Betrieb. Erwartet werden Fertigung nach unseren Zeichnungen und \
            Modellen, Erstmusterprüfbericht nach Automobilstandard, Messprotokolle je Los, ein \
            zertifiziertes Qualitätsmanagement für die Automobilindustrie und zuverlässige \
            Lieferung nach Wien innerhalb von vier Wochen. Wir bieten langfristige \
            Rahmenverträge, technische Begleitung durch unsere Lieferantenentwicklung und \
            Planungssicherheit durch rollierende Bedarfsvorschauen.",
        translations: &[],
        sectors: &["manufacturing", "mobility"],
        keywords: &[
            "Zerspanung",
            "Drehteile",
            "Frästeile",
            "Lieferantensuche",
            "Erstmusterprüfung",
        ],
        partner_kinds: &["company"],
        partner_role: "Der Partner fertigt Bauteile nach unseren Zeichnungen und liefert sie \
            termingerecht nach Wien.",
        cooperation: &["subcontracting", "commercial_agreement"],
        stage: None,
        ipr: None,
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 260,
        deadline_days: Some(30),
        published_days_ago: Some(15),
    },
    OpportunitySpec {
        reference: "VIE-2026-0034",
        kind: "technology_request",
        organisation: "simmeringer-praezisionstechnik",
        lang: De,
        title: "Bildverarbeitung für die automatische Sichtprüfung von Sensorbaugruppen",
        summary: "Ein Wiener Sensorhersteller sucht Softwarepartner, die mit industrieller \
            Bildverarbeitung und maschinellem Lernen Lötstellen, Vergussmassen und Beschriftungen \
            an Baugruppen in der Endprüfung automatisch kontrollieren.",
        description: "In der Endprüfung unserer Sensorbaugruppen werden Lötstellen, \
            Vergussmassen, Dichtungen und Lasermarkierungen heute von Mitarbeiterinnen und \
            Mitarbeitern unter dem Mikroskop begutachtet. Bei steigenden Stückzahlen stößt \
            das an Grenzen, und die Bewertung schwankt zwischen Schichten. Gesucht werden \
            Softwarepartner, die mit industrieller Bildverarbeitung und maschinellem Lernen \
            eine automatische Prüfung aufbauen: Kameras und Beleuchtung auswählen, Modelle mit \
            unseren Bildern trainieren, die Entscheidungen für die Qualitätssicherung \
            nachvollziehbar machen und die Ergebnisse an unser Fertigungsleitsystem melden. Die \
            Lösung muss die Taktzeit von acht Sekunden einhalten. Wir stellen eine Prüfzelle, \
            Tausende klassifizierte Bilder und unsere Prozesskenntnis zur Verfügung und denken \
            an eine gemeinsame Entwicklung mit späterer Lizenz für weitere Werke.",
        translations: &[],
        sectors: &["manufacturing", "ict"],
        keywords: &[
            "Bildverarbeitung",
            "Sichtprüfung",
            "maschinelles Lernen",
            "Qualitätssicherung",
        ],
        partner_kinds: &["company", "university"],
        partner_role: "Der Partner entwickelt mit uns die Prüfsoftware und bindet sie an unsere \
            Fertigung an.",
        cooperation: &["technical_cooperation", "licensing"],
        stage: Some("prototype"),
        ipr: Some("none"),
        target_cities: &["sofia"],
        state: "submitted",
        staff_comment: None,
        show_name: false,
        valid_days: 365,
        deadline_days: None,
        published_days_ago: None,
    },
    OpportunitySpec {
        reference: "VIE-2026-0035",
        kind: "research_request",
        organisation: "tu-wien",
        lang: En,
        title: "Living lab partners for low-carbon heating retrofits in prefabricated housing \
            estates",
        summary: "A TU Wien research group is looking for partners in Sofia to test, in \
            occupied prefabricated apartment blocks, how heat pumps, façade insulation and \
            district heating can be combined to decarbonise heating at low cost.",
        description: "Large prefabricated housing estates in Vienna and Sofia were built with \
            similar panel systems, and both cities want to phase out fossil heating in them. \
            The research group has developed a simulation model that compares retrofit packages \
            – façade insulation, lower district heating temperatures, heat pumps on roofs or in \
            basements – by cost, emissions and comfort, and has validated it on two Viennese \
            buildings. The next step is a living lab in Sofia: one or two panel blocks where \
            measurements are taken before and after a retrofit and residents are involved in the \
            decisions. The group is looking for a housing association, a municipal company or \
            district, a district heating operator and a university partner in building physics \
            in Sofia. A joint proposal under Horizon Europe or the Interreg Danube Region \
            programme is planned.",
        translations: &[TranslationSpec {
            lang: De,
            title: "Partner für ein Reallabor zur klimafreundlichen Wärmeversorgung in \
                Plattenbausiedlungen",
            summary: "Eine Forschungsgruppe der TU Wien sucht Partner in Sofia, um in bewohnten \
                Plattenbauten zu erproben, wie sich Wärmepumpen, Fassadendämmung und Fernwärme \
                kostengünstig zu einer klimafreundlichen Heizung verbinden lassen.",
            description: "Große Plattenbausiedlungen in Wien und Sofia wurden mit ähnlichen \
                Bausystemen errichtet, und beide Städte wollen dort fossile Heizungen ersetzen. \
                Die Forschungsgruppe hat ein Simulationsmodell entwickelt, das \
                Sanierungspakete – Fassadendämmung, niedrigere Fernwärmetemperaturen, \
                Wärmepumpen auf dem Dach oder im Keller – nach Kosten, Emissionen und \
                Behaglichkeit vergleicht, und es an zwei Wiener Gebäuden überprüft. Der nächste \
                Schritt ist ein Reallabor in Sofia: ein oder zwei Plattenbauten, in denen vor \
                und nach einer Sanierung gemessen wird und die Bewohnerinnen und Bewohner in die \
                Entscheidungen einbezogen werden. Gesucht werden eine Wohnungsgesellschaft, ein \
                städtisches Unternehmen oder ein Bezirk, ein Fernwärmebetreiber und ein \
                universitärer Partner für Bauphysik in Sofia. Ein gemeinsamer Antrag bei \
                Horizont Europa oder im Interreg-Programm Donauraum ist geplant.",
        }],
        sectors: &["construction-real-estate", "cleantech-energy", "smart-city"],
        keywords: &[
            "living lab",
            "housing estates",
            "heat pumps",
            "district heating",
            "building retrofit",
        ],
        partner_kinds: &["university", "municipality", "company"],
        partner_role: "The partner hosts the living lab building, provides data or leads the \
            measurements in Sofia.",
        cooperation: &["research_cooperation"],
        stage: Some("under_development"),
        ipr: Some("none"),
        target_cities: &["sofia"],
        state: "published",
        staff_comment: None,
        show_name: true,
        valid_days: 200,
        deadline_days: Some(60),
        published_days_ago: Some(32),
    },
];

pub(super) const INTERESTS: &[InterestSpec] = &[
    // ---------------------------------------------------------------- sent
    InterestSpec {
        opportunity: "SOF-2026-0006",
        from: "zahlwerk-payments",
        message: "Ihre Anfrage passt genau zu unserem Angebot: Wir betreiben Anbindungen an über \
            60 österreichische Banken und rechnen pro erfolgreicher Zahlung ab. Gern zeigen wir \
            Ihnen in einer Videokonferenz die Schnittstelle und unsere Erfolgsquoten. Unser \
            Team in Sofia kann die Integration vor Ort begleiten.",
        contribution: "Eine fertige Zahlungsauslöse-Schnittstelle zu österreichischen Banken \
            einschließlich SEPA-Echtzeitüberweisungen und Integrationshilfe.",
        state: "sent",
        decline_reason: None,
        outcome: None,
        days_ago: 3,
    },
    InterestSpec {
        opportunity: "SOF-2026-0007",
        from: "kahlenberg-cloud",
        message: "Wir betreiben zwei Rechenzentren in Wien ausschließlich unter europäischem \
            Recht und haben ähnliche Umzüge für Softwarehäuser bereits begleitet. Das genannte \
            Volumen können wir kurzfristig bereitstellen. Wir schlagen ein Gespräch mit Ihrem \
            Betriebsteam vor, um die Migration zu planen.",
        contribution: "Cloud-Infrastruktur in Wien mit Auftragsverarbeitungsvertrag, \
            Migrationsunterstützung und Betreuung auf Deutsch und Englisch.",
        state: "sent",
        decline_reason: None,
        outcome: None,
        days_ago: 2,
    },
    InterestSpec {
        opportunity: "SOF-2026-0026",
        from: "lernfabrik-digital",
        message: "Unsere Lernplattform für die Lehrlingsausbildung deckt Mechatronik, \
            Elektrotechnik und Lagerlogistik bereits ab und ist für Übersetzungen vorbereitet. \
            Eine Verbindung mit Ihrer Schulplattform wäre für uns der ideale Weg nach Bulgarien. \
            Wir würden Ihnen gern einen Testzugang einrichten.",
        contribution: "Über 1500 interaktive Lerneinheiten und Simulationen für Berufe der \
            dualen Ausbildung, dazu die technische Anbindung.",
        state: "sent",
        decline_reason: None,
        outcome: None,
        days_ago: 6,
    },
    InterestSpec {
        opportunity: "VIE-2026-0028",
        from: "sigil-trust",
        message: "Wir sind ein qualifizierter Vertrauensdiensteanbieter aus Sofia und eröffnen \
            im kommenden Jahr ein Büro in Wien. Einige unserer künftigen Kunden in Österreich \
            fallen unter NIS2 und erwarten entsprechende Nachweise von uns. Wir würden gern eine \
            Erstanalyse zum Festpreis mit Ihnen besprechen.",
        contribution: "Ein bestehendes Sicherheitsmanagement nach ISO/IEC 27001 und ein Team, \
            das die Umsetzung auf unserer Seite übernimmt.",
        state: "sent",
        decline_reason: None,
        outcome: None,
        days_ago: 5,
    },
    InterestSpec {
        opportunity: "SOF-2026-0019",
        from: "medaxis-diagnostik",
        message: "Wir entwickeln KI-Algorithmen zur Erkennung von Rhythmusstörungen und suchen \
            genau ein solches tragbares Gerät als Datenquelle. Ihre Ergebnisse aus der \
            klinischen Studie sind für uns sehr interessant. Könnten wir Beispieldaten und die \
            Dokumentation Ihrer Schnittstelle sehen?",
        contribution: "Eine CE-gekennzeichnete Befundungsplattform, Erfahrung mit der \
            Konformitätsbewertung und Zugang zu zwölf Krankenhäusern.",
        state: "sent",
        decline_reason: None,
        outcome: None,
        days_ago: 1,
    },
    InterestSpec {
        opportunity: "SOF-2026-0024",
        from: "graetzlrad-logistik",
        message: "We run 90 electric cargo bikes for deliveries in Vienna and are looking for \
            exactly this kind of fleet software. Does your tracking module fit cargo bikes from \
            different manufacturers? We would be glad to discuss a pilot with part of our fleet.",
        contribution: "A pilot fleet of 20 cargo bikes and daily feedback from delivery \
            operations.",
        state: "sent",
        decline_reason: None,
        outcome: None,
        days_ago: 4,
    },
    InterestSpec {
        opportunity: "VIE-2026-0017",
        from: "genomed-diagnostics",
        message: "Our laboratory in Sofia is accredited to ISO 15189 and runs exome and RNA \
            sequencing with in-house bioinformatics. A study of 300 samples fits well within \
            our capacity and timelines. We would be happy to propose an analysis plan and to \
            apply together for bilateral funding.",
        contribution: "Exome and RNA sequencing, bioinformatic analysis and experience with \
            pseudonymised research samples.",
        state: "sent",
        decline_reason: None,
        outcome: None,
        days_ago: 7,
    },
    InterestSpec {
        opportunity: "SOF-2026-0030",
        from: "melange-travel-tech",
        message: "Wir haben unsere Anbindung für Erlebnisanbieter inzwischen fertiggestellt und \
            melden uns deshalb erneut. Ihre Führungen würden wir gern als ersten Anbieter in \
            Sofia in unsere Gäste-App aufnehmen. Passt Ihnen ein Gespräch in der kommenden \
            Woche?",
        contribution: "Sichtbarkeit in der Gäste-App von über 300 Hotels, darunter die ersten \
            Betriebe in Bulgarien, und eine fertige Buchungsschnittstelle.",
        state: "sent",
        decline_reason: None,
        outcome: None,
        days_ago: 5,
    },
    // ---------------------------------------------------------------- accepted, no outcome yet
    InterestSpec {
        opportunity: "SOF-2026-0001",
        from: "versicherbar",
        message: "Wir schließen Versicherungen vollständig digital ab und möchten auch \
            Zusatzvereinbarungen rechtsverbindlich am Smartphone unterschreiben lassen. Ihre \
            Fernsignatur mit Videoidentifizierung klingt passend. Wir würden gern die \
            Schnittstelle testen.",
        contribution: "Ein Pilot mit rund 500 Vertragsabschlüssen pro Monat und Erfahrung mit \
            österreichischen Versicherern.",
        state: "accepted",
        decline_reason: None,
        outcome: None,
        days_ago: 9,
    },
    InterestSpec {
        opportunity: "VIE-2026-0027",
        from: "defensa-labs",
        message: "Нашият център в София работи денонощно с 45 анализатори и вече обслужва \
            банки и болници. Можем да поемем нощните смени и уикендите за вашите клиенти по общи \
            процедури. Бихме се радвали да обсъдим съвместна услуга.",
        contribution: "Денонощен център за наблюдение на сигурността, сертифициран по ISO/IEC \
            27001, и анализатори с немски език от следващата година.",
        state: "accepted",
        decline_reason: None,
        outcome: None,
        days_ago: 12,
    },
    InterestSpec {
        opportunity: "SOF-2026-0021",
        from: "sonnwerk-energie",
        message: "Unsere Plattform verwaltet über 200 Energiegemeinschaften in Österreich und ist \
            für andere Märkte vorbereitet. Ihre geplanten Gemeinschaften in Sofia wären ein \
            idealer Start in Bulgarien. Gern zeigen wir Ihnen die Plattform an einer bestehenden \
            Gemeinschaft in Wien.",
        contribution: "Eine erprobte Software für Energiegemeinschaften und Unterstützung bei der \
            Anpassung an die bulgarischen Regeln.",
        state: "accepted",
        decline_reason: None,
        outcome: None,
        days_ago: 15,
    },
    InterestSpec {
        opportunity: "VIE-2026-0010",
        from: "citydata-labs",
        message: "Имаме над 350 сензорни станции в София, които измерват фини прахови частици, \
            азотен диоксид и шум на всеки две минути. Можем да разположим пилотна мрежа в избран \
            квартал във Виена. Данните се калибрират спрямо официалните станции и са достъпни \
            чрез отворен интерфейс.",
        contribution: "Сензорни станции, облачна платформа с калибрирани данни и опит с \
            общинските служби в София.",
        state: "accepted",
        decline_reason: None,
        outcome: None,
        days_ago: 8,
    },
    InterestSpec {
        opportunity: "VIE-2026-0033",
        from: "lyulin-precision",
        message: "Wir beliefern Sie bereits seit dem Vorjahr mit Gehäusen und haben zwei neue \
            5-Achs-Bearbeitungszentren in Betrieb genommen. Die genannten Teile aus Edelstahl \
            und Aluminium passen gut zu unserer freien Kapazität. Gern senden wir Ihnen nach \
            Erhalt der Zeichnungen ein Angebot mit Erstmustern.",
        contribution: "Freie Kapazität von rund 4000 Maschinenstunden im Jahr, Qualitätsmanagement \
            nach IATF 16949 und eingespielte Logistik nach Wien.",
        state: "accepted",
        decline_reason: None,
        outcome: None,
        days_ago: 9,
    },
    // ---------------------------------------------------------------- accepted: met
    InterestSpec {
        opportunity: "VIE-2026-0001",
        from: "sigil-trust",
        message: "Ние сме квалифициран доставчик на удостоверителни услуги и предлагаме \
            отдалечено подписване, което се вгражда в онлайн процесите чрез REST API. Можем да \
            използваме вашата видеоидентификация и да издаваме удостоверенията за минути. \
            Услугата работи и за българските търговци, които ще обслужвате от София.",
        contribution: "Квалифицирани удостоверения и отдалечено подписване, признати в цяла \
            Европа, с техническа поддръжка на немски език.",
        state: "accepted",
        decline_reason: None,
        outcome: Some("met"),
        days_ago: 20,
    },
    InterestSpec {
        opportunity: "SOF-2026-0015",
        from: "donaulab-biotech",
        message: "Wir führen genau solche Studien regelmäßig durch: Immunzellen aus Spenderblut, \
            Zytokinprofile und Modelle der Darmbarriere, nach Guter Laborpraxis. Lebende \
            Kulturen können wir in unseren Labors übernehmen. Eine bulgarischsprachige \
            Projektleiterin würde Ihr Projekt betreuen.",
        contribution: "Zellbasierte Testsysteme, GLP-konforme Durchführung und vollständige \
            Berichte mit Rohdaten.",
        state: "accepted",
        decline_reason: None,
        outcome: Some("met"),
        days_ago: 30,
    },
    InterestSpec {
        opportunity: "SOF-2026-0012",
        from: "wiener-klangwerkstatt",
        message: "Kinderserien sind unser Schwerpunkt, und wir arbeiten mit vielen \
            deutschsprachigen Kinderstimmen. Wir würden Musik, Geräusche und Synchronaufnahmen \
            gern übernehmen und uns auch als Koproduzent beteiligen. Ein gemeinsamer Antrag bei \
            Creative Europe wäre für uns sehr interessant.",
        contribution: "Komplette Tonproduktion auf Deutsch und Englisch und ein Eigenanteil an \
            der Koproduktion.",
        state: "accepted",
        decline_reason: None,
        outcome: Some("met"),
        days_ago: 22,
    },
    // ---------------------------------------------------------------- accepted: agreement signed
    InterestSpec {
        opportunity: "SOF-2025-0002",
        from: "simmeringer-praezisionstechnik",
        message: "Für eine Sensorbaureihe suchen wir einen zweiten Lieferanten für \
            Aluminiumgehäuse mit rund 30 000 Stück pro Jahr. Ihre Zertifizierung und die \
            Lieferzeiten passen zu unseren Anforderungen. Wir würden gern eine Probecharge nach \
            unserer Zeichnung bestellen.",
        contribution: "Langfristige Abnahmemengen, rollierende Bedarfsvorschauen und technische \
            Begleitung durch unsere Lieferantenentwicklung.",
        state: "accepted",
        decline_reason: None,
        outcome: Some("agreement_signed"),
        days_ago: 280,
    },
    InterestSpec {
        opportunity: "SOF-2025-0004",
        from: "praterstern-studios",
        message: "Für eine VR-Ausstellung in einem Wiener Museum brauchen wir zwölf animierte \
            Figuren im Stil eines Kinderbuchs. Ihre Erfahrung mit Kinderserien ist genau das, \
            was wir suchen. Können wir uns nächste Woche online kennenlernen?",
        contribution: "Konzept, Programmierung und Ausstellungstechnik sowie Folgeaufträge für \
            Museen und Messen.",
        state: "accepted",
        decline_reason: None,
        outcome: Some("agreement_signed"),
        days_ago: 270,
    },
    InterestSpec {
        opportunity: "VIE-2025-0001",
        from: "vitosha-software",
        message: "В офиса ни в центъра на София, на две минути от метростанция, имаме свободен \
            етаж от около 280 квадратни метра с мебели и зали за срещи. Бихме го преотдали за \
            две години с възможност за удължаване. Ще се радваме да имаме съседи от Виена и да \
            организираме заедно събития за разработчици.",
        contribution: "Обзаведен офис с бърза интернет връзка, общи зали за срещи и достъп до \
            общността на нашите 170 инженери.",
        state: "accepted",
        decline_reason: None,
        outcome: Some("agreement_signed"),
        days_ago: 240,
    },
    // ---------------------------------------------------------------- accepted: no deal
    InterestSpec {
        opportunity: "SOF-2026-0032",
        from: "stadtfarm-wien",
        message: "Ihre Rosenprodukte würden hervorragend in unseren Hofladen und an den \
            Marktstand passen, und der Sirup interessiert unsere Gastronomiekunden. Können Sie \
            uns Muster und eine Preisliste für kleine Mengen schicken?",
        contribution: "Verkauf im Hofladen, auf zwei Wiener Märkten und an Restaurants, dazu \
            Verkostungen.",
        state: "accepted",
        decline_reason: None,
        outcome: Some("no_deal"),
        days_ago: 40,
    },
    InterestSpec {
        opportunity: "VIE-2026-0012",
        from: "cyrillica-type",
        message: "Специализирани сме точно в кирилски разширения на латински шрифтове, \
            включително българската форма на буквите. Можем да разширим шестте начертания за \
            три месеца. Ще ви изпратим примери от подобни проекти за музеи.",
        contribution: "Проектиране на кирилските знаци, проверка от носители на езика и готови \
            файлове за печат и екран.",
        state: "accepted",
        decline_reason: None,
        outcome: Some("no_deal"),
        days_ago: 35,
    },
    // ---------------------------------------------------------------- declined
    InterestSpec {
        opportunity: "VIE-2026-0024",
        from: "velograd-mobility",
        message: "Управляваме споделени електрически велосипеди в три български града и имаме \
            собствен сервиз и софтуер за флотилии. Бихме искали да участваме в съвместното \
            предприятие за доставки в София.",
        contribution: "Опит с флотилии от електрически велосипеди, сервизна мрежа и софтуер за \
            управление.",
        state: "declined",
        decline_reason: Some(
            "Thank you for your interest. For this joint venture we need a partner that already \
             delivers parcels or groceries and has its own customers; your fleet software is \
             interesting to us, though, and we have answered your separate offer.",
        ),
        outcome: None,
        days_ago: 40,
    },
    InterestSpec {
        opportunity: "VIE-2026-0013",
        from: "sofia-walks",
        message: "Организираме тематични обиколки из София и бихме искали да създадем заедно \
            виртуална разходка из града за туристическите изложения. Имаме сценарии и текстове \
            на пет езика.",
        contribution: "Сценарии, исторически текстове и местни водачи за заснемането.",
        state: "declined",
        decline_reason: Some(
            "Vielen Dank für Ihr Interesse. Wir suchen derzeit Auftraggeber mit Budget für \
             Installationen und Produktionspartner für 3D-Inhalte; eine Stadtführung in VR \
             können wir ohne Auftraggeber nicht finanzieren.",
        ),
        outcome: None,
        days_ago: 60,
    },
    InterestSpec {
        opportunity: "VIE-2026-0018",
        from: "biolact-innovations",
        message: "Our laboratory in Sofia could support your study with immunological assays and \
            sample handling. We also have contacts with several hospitals in Bulgaria.",
        contribution: "Laboratory capacity for immunological assays and contacts with Bulgarian \
            hospitals.",
        state: "declined",
        decline_reason: Some(
            "Thank you. For this study we need hospitals that can enrol and treat patients as \
             clinical sites; laboratory services are covered by our contract research \
             organisation.",
        ),
        outcome: None,
        days_ago: 30,
    },
    InterestSpec {
        opportunity: "VIE-2026-0001",
        from: "defensa-labs",
        message: "Можем да осигурим защитата на процеса по дигитално приемане на търговци: \
            наблюдение за измами, проверка на устройствата и реагиране при инциденти. Работим \
            с банки и платежни институции в България и познаваме типичните схеми за измами.",
        contribution: "Денонощно наблюдение на сигурността и анализ на подозрителни опити за \
            регистрация.",
        state: "declined",
        decline_reason: Some(
            "Danke für Ihr Angebot. Wir suchen einen qualifizierten Vertrauensdiensteanbieter \
             für rechtsgültige Signaturen; Sicherheitsüberwachung ist nicht Gegenstand dieser \
             Anfrage.",
        ),
        outcome: None,
        days_ago: 35,
    },
    InterestSpec {
        opportunity: "VIE-2026-0007",
        from: "levera-pay",
        message: "We serve more than 900 online merchants in Bulgaria, many of them platforms \
            for freelancers and small businesses. Offering your insurance at checkout could be \
            interesting for several of them.",
        contribution: "Access to our merchants and an existing checkout used by more than 900 \
            online shops.",
        state: "declined",
        decline_reason: Some(
            "Thank you for your interest. We have meanwhile signed an exclusive distribution \
             agreement for south-east Europe and are withdrawing this offer.",
        ),
        outcome: None,
        days_ago: 100,
    },
    // ---------------------------------------------------------------- withdrawn
    InterestSpec {
        opportunity: "SOF-2026-0008",
        from: "zahlwerk-payments",
        message: "Für unsere Händler-App suchen wir vorübergehend zusätzliche Kapazität in der \
            mobilen Entwicklung. Ihr Team mit Erfahrung bei Versicherungen und Finanzdiensten \
            klingt passend.",
        contribution: "Ein klar abgegrenztes Projekt über sechs Monate und enge Zusammenarbeit \
            mit unserem Produktteam.",
        state: "withdrawn",
        decline_reason: None,
        outcome: None,
        days_ago: 45,
    },
    InterestSpec {
        opportunity: "SOF-2026-0002",
        from: "schildwacht-security",
        message: "Wir betreuen viele Gemeinden und Spitäler, die Dokumente rechtsgültig \
            signieren müssen. Wir könnten Ihre Signaturen in unsere Beratungsprojekte \
            einbinden und weiterverkaufen.",
        contribution: "Kontakte zu Gemeinden und Gesundheitseinrichtungen in Österreich.",
        state: "withdrawn",
        decline_reason: None,
        outcome: None,
        days_ago: 10,
    },
    InterestSpec {
        opportunity: "SOF-2026-0030",
        from: "melange-travel-tech",
        message: "Wir möchten Ihre Stadtführungen in unsere Gäste-App für Hotels in Sofia \
            aufnehmen. Haben Sie eine Schnittstelle für Verfügbarkeiten und Preise?",
        contribution: "Sichtbarkeit bei unseren Partnerhotels und eine fertige Buchungsstrecke.",
        state: "withdrawn",
        decline_reason: None,
        outcome: None,
        days_ago: 38,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::OrgSpec;
    use city2city_domain::sectors;
    use std::collections::{BTreeMap, BTreeSet, HashSet};

    const KINDS: [&str; 5] = [
        "business_offer",
        "business_request",
        "technology_offer",
        "technology_request",
        "research_request",
    ];
    const TECHNOLOGY_KINDS: [&str; 3] =
        ["technology_offer", "technology_request", "research_request"];
    const STATES: [&str; 7] = [
        "draft",
        "submitted",
        "returned",
        "published",
        "expired",
        "withdrawn",
        "fulfilled",
    ];
    /// States in which a profile has been public.
    const WAS_PUBLISHED: [&str; 4] = ["published", "expired", "withdrawn", "fulfilled"];
    const PARTNER_KINDS: [&str; 6] = [
        "company",
        "university",
        "service_provider",
        "ngo",
        "business_agency",
        "municipality",
    ];
    const COOPERATION: [&str; 10] = [
        "commercial_agreement",
        "distribution",
        "licensing",
        "joint_venture",
        "research_cooperation",
        "subcontracting",
        "acquisition",
        "services_agreement",
        "technical_cooperation",
        "investment",
    ];
    const STAGES: [&str; 5] = [
        "concept",
        "under_development",
        "prototype",
        "field_tested",
        "on_market",
    ];
    const IPR: [&str; 8] = [
        "none",
        "secret_know_how",
        "patent_applied",
        "patent_granted",
        "copyright",
        "trademark",
        "design_rights",
        "other",
    ];
    const INTEREST_STATES: [&str; 4] = ["sent", "accepted", "declined", "withdrawn"];
    const OUTCOMES: [&str; 3] = ["met", "agreement_signed", "no_deal"];

    /// The complementary cross-lingual pairs (Sofia profile, Vienna profile) marked
    /// `pairs with` above: one side offers what the other requests, in different languages and
    /// wording.
    const PAIRS: &[(&str, &str)] = &[
        ("SOF-2025-0004", "VIE-2025-0004"),
        ("SOF-2026-0001", "VIE-2026-0001"),
        ("SOF-2026-0005", "VIE-2026-0005"),
        ("SOF-2026-0006", "VIE-2026-0002"),
        ("SOF-2026-0007", "VIE-2026-0008"),
        ("SOF-2026-0008", "VIE-2026-0006"),
        ("SOF-2026-0010", "VIE-2026-0010"),
        ("SOF-2026-0012", "VIE-2026-0014"),
        ("SOF-2026-0014", "VIE-2026-0012"),
        ("SOF-2026-0015", "VIE-2026-0015"),
        ("SOF-2026-0017", "VIE-2026-0017"),
        ("SOF-2026-0019", "VIE-2026-0019"),
        ("SOF-2026-0021", "VIE-2026-0021"),
        ("SOF-2026-0022", "VIE-2026-0022"),
        ("SOF-2026-0024", "VIE-2026-0023"),
        ("SOF-2026-0026", "VIE-2026-0025"),
        ("SOF-2026-0028", "VIE-2026-0027"),
        ("SOF-2026-0030", "VIE-2026-0029"),
        ("SOF-2026-0032", "VIE-2026-0031"),
        ("SOF-2026-0033", "VIE-2026-0033"),
    ];

    fn organisations() -> impl Iterator<Item = &'static OrgSpec> {
        super::super::companies::SOFIA
            .iter()
            .chain(super::super::companies::VIENNA)
            .chain(super::super::support::ORGANISATIONS)
    }

    fn organisation(slug: &str) -> &'static OrgSpec {
        organisations()
            .find(|o| o.slug == slug)
            .unwrap_or_else(|| panic!("no demo organisation {slug}"))
    }

    fn opportunity(reference: &str) -> &'static OpportunitySpec {
        OPPORTUNITIES
            .iter()
            .find(|o| o.reference == reference)
            .unwrap_or_else(|| panic!("no opportunity {reference}"))
    }

    fn is_offer(kind: &str) -> bool {
        kind.ends_with("_offer")
    }

    fn count<T: Ord>(items: impl Iterator<Item = T>) -> BTreeMap<T, usize> {
        let mut m = BTreeMap::new();
        for i in items {
            *m.entry(i).or_insert(0) += 1;
        }
        m
    }

    fn words(text: &str) -> usize {
        text.split_whitespace().count()
    }

    fn check_texts(what: &str, title: &str, summary: &str, description: &str) {
        assert!(!title.trim().is_empty(), "{what}: empty title");
        assert!(title.chars().count() <= 120, "{what}: title too long");
        assert!(!summary.trim().is_empty(), "{what}: empty summary");
        assert!(summary.chars().count() <= 500, "{what}: summary too long");
        let n = words(description);
        assert!((80..=200).contains(&n), "{what}: description has {n} words");
        for t in [title, summary, description] {
            assert!(!t.contains("  "), "{what}: double space in {t:?}");
            assert_eq!(t, t.trim(), "{what}: untrimmed text");
        }
    }

    #[test]
    fn references_are_unique_well_formed_and_numbered_in_order() {
        let mut seen = HashSet::new();
        let mut last: BTreeMap<(&str, &str), u32> = BTreeMap::new();
        for o in OPPORTUNITIES {
            assert!(seen.insert(o.reference), "duplicate {}", o.reference);
            let parts: Vec<&str> = o.reference.split('-').collect();
            assert_eq!(parts.len(), 3, "{}", o.reference);
            let (prefix, year, number) = (parts[0], parts[1], parts[2]);
            assert!(["SOF", "VIE"].contains(&prefix), "{}", o.reference);
            assert!(["2025", "2026"].contains(&year), "{}", o.reference);
            assert!(
                number.len() == 4 && number.bytes().all(|b| b.is_ascii_digit()),
                "{}",
                o.reference
            );
            let n: u32 = number.parse().unwrap();
            let previous = last.insert((prefix, year), n).unwrap_or(0);
            assert_eq!(n, previous + 1, "{} is out of order", o.reference);
            if year == "2025" {
                assert!(
                    ["expired", "fulfilled"].contains(&o.state),
                    "{}: 2025 profiles are expired or fulfilled",
                    o.reference
                );
            }
        }
    }

    #[test]
    fn there_are_enough_profiles_of_every_kind_sector_language_and_state() {
        assert!(
            OPPORTUNITIES.len() >= 64,
            "{} opportunities",
            OPPORTUNITIES.len()
        );
        let kinds = count(OPPORTUNITIES.iter().map(|o| o.kind));
        for k in KINDS {
            assert!(
                kinds.get(k).copied().unwrap_or(0) >= 3,
                "kind {k}: {kinds:?}"
            );
        }
        let langs = count(OPPORTUNITIES.iter().map(|o| o.lang));
        for l in Lang::ALL {
            assert!(
                langs.get(&l).copied().unwrap_or(0) >= 15,
                "{l:?}: {langs:?}"
            );
        }
        let used: BTreeSet<&str> = OPPORTUNITIES
            .iter()
            .flat_map(|o| o.sectors.iter().copied())
            .collect();
        for s in sectors::SECTORS {
            assert!(used.contains(s.slug), "no opportunity in sector {}", s.slug);
        }
        let states = count(OPPORTUNITIES.iter().map(|o| o.state));
        let minimum = [
            ("draft", 4),
            ("submitted", 4),
            ("returned", 3),
            ("published", 35),
            ("expired", 3),
            ("withdrawn", 2),
            ("fulfilled", 3),
        ];
        for (state, min) in minimum {
            let n = states.get(state).copied().unwrap_or(0);
            assert!(n >= min, "{n} {state}, want at least {min}: {states:?}");
        }
        assert_eq!(states.values().sum::<usize>(), OPPORTUNITIES.len());
        for s in states.keys() {
            assert!(STATES.contains(s), "unknown state {s}");
        }
        let shown = OPPORTUNITIES.iter().filter(|o| o.show_name).count();
        let share = shown as f64 / OPPORTUNITIES.len() as f64;
        assert!((0.2..=0.7).contains(&share), "{shown} show their name");
    }

    /// An anonymous profile that staff let through must not name its owner in its texts.
    #[test]
    fn anonymous_public_profiles_do_not_name_their_owner() {
        for o in OPPORTUNITIES.iter().filter(|o| !o.show_name) {
            if matches!(o.state, "draft" | "submitted" | "returned") {
                continue;
            }
            let org = organisation(o.organisation);
            let mut texts = vec![o.title, o.summary, o.description, o.partner_role];
            for t in o.translations {
                texts.extend([t.title, t.summary, t.description]);
            }
            for name in org.name.iter().filter(|n| !n.is_empty()) {
                let Some(word) = name
                    .split_whitespace()
                    .next()
                    .filter(|w| w.chars().count() >= 7)
                else {
                    continue;
                };
                for text in &texts {
                    assert!(
                        !text.contains(word),
                        "{} is anonymous but names {word:?}",
                        o.reference
                    );
                }
            }
        }
    }

    #[test]
    fn owners_exist_and_references_and_targets_match_their_city() {
        for o in OPPORTUNITIES {
            let org = organisation(o.organisation);
            match org.kind {
                "company" => {}
                "university" => assert_eq!(o.kind, "research_request", "{}", o.reference),
                other => panic!("{}: owner of kind {other}", o.reference),
            }
            let (prefix, other_city) = match org.city {
                "sofia" => ("SOF-", "vienna"),
                "vienna" => ("VIE-", "sofia"),
                city => panic!("{}: owner in {city}", o.reference),
            };
            assert!(o.reference.starts_with(prefix), "{}", o.reference);
            assert!(o.target_cities.contains(&other_city), "{}", o.reference);
            for c in o.target_cities {
                assert!(["sofia", "vienna"].contains(c), "{}: city {c}", o.reference);
            }
        }
    }

    #[test]
    fn fields_are_consistent_with_kind_and_state() {
        for o in OPPORTUNITIES {
            let r = o.reference;
            assert!(KINDS.contains(&o.kind), "{r}: kind {}", o.kind);
            assert!(STATES.contains(&o.state), "{r}: state {}", o.state);
            check_texts(r, o.title, o.summary, o.description);
            let mut langs = HashSet::from([o.lang]);
            for t in o.translations {
                assert!(
                    langs.insert(t.lang),
                    "{r}: translation into {:?} twice",
                    t.lang
                );
                check_texts(r, t.title, t.summary, t.description);
            }
            assert!((1..=3).contains(&o.sectors.len()), "{r}: sectors");
            for s in o.sectors {
                assert!(sectors::find(s).is_some(), "{r}: unknown sector {s}");
            }
            assert_eq!(
                o.sectors.iter().collect::<HashSet<_>>().len(),
                o.sectors.len(),
                "{r}: repeated sector"
            );
            assert!((3..=6).contains(&o.keywords.len()), "{r}: keywords");
            assert!(!o.partner_kinds.is_empty(), "{r}: partner kinds");
            for k in o.partner_kinds {
                assert!(PARTNER_KINDS.contains(k), "{r}: partner kind {k}");
            }
            assert!(!o.partner_role.trim().is_empty(), "{r}: partner role");
            assert!(!o.cooperation.is_empty(), "{r}: cooperation");
            for c in o.cooperation {
                assert!(COOPERATION.contains(c), "{r}: cooperation {c}");
            }
            let technology = TECHNOLOGY_KINDS.contains(&o.kind);
            assert_eq!(o.stage.is_some(), technology, "{r}: stage");
            assert_eq!(o.ipr.is_some(), technology, "{r}: ipr");
            if let Some(stage) = o.stage {
                assert!(STAGES.contains(&stage), "{r}: stage {stage}");
            }
            if let Some(ipr) = o.ipr {
                assert!(IPR.contains(&ipr), "{r}: ipr {ipr}");
            }
            assert_eq!(
                o.staff_comment.is_some(),
                o.state == "returned",
                "{r}: staff comment"
            );
            assert_eq!(
                o.published_days_ago.is_some(),
                WAS_PUBLISHED.contains(&o.state),
                "{r}: published_days_ago"
            );
            assert_eq!(o.valid_days < 0, o.state == "expired", "{r}: validity");
            if let Some(p) = o.published_days_ago {
                assert!(p > 0, "{r}: published in the future");
                assert!(p + o.valid_days <= 366, "{r}: valid for more than a year");
            }
            if let Some(d) = o.deadline_days {
                assert!(d > 0 && d <= o.valid_days, "{r}: deadline");
            }
        }
    }

    #[test]
    fn the_demo_companies_have_profiles_in_several_states() {
        let sofia = super::super::companies::SOFIA_DEMO_COMPANY;
        let vienna = super::super::companies::VIENNA_DEMO_COMPANY;
        for slug in [sofia, vienna] {
            let own: Vec<_> = OPPORTUNITIES
                .iter()
                .filter(|o| o.organisation == slug)
                .collect();
            let states: BTreeSet<_> = own.iter().map(|o| o.state).collect();
            assert!(own.len() >= 4 && states.len() >= 3, "{slug}: {states:?}");
        }
        let published = |slug: &str, offer: bool| {
            OPPORTUNITIES.iter().any(|o| {
                o.organisation == slug && o.state == "published" && is_offer(o.kind) == offer
            })
        };
        assert!(published(sofia, true) && published(sofia, false));
        assert!(PAIRS.iter().any(|(s, v)| {
            let (s, v) = (opportunity(s), opportunity(v));
            v.organisation == vienna
                && !is_offer(v.kind)
                && v.state == "published"
                && is_offer(s.kind)
        }));
    }

    /// Lower-cased words of four letters or more.
    fn vocabulary(o: &OpportunitySpec) -> BTreeSet<String> {
        [o.title, o.summary, o.description]
            .iter()
            .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn cross_lingual_pairs_complement_each_other_in_different_words() {
        assert!(PAIRS.len() >= 15);
        let mut seen = HashSet::new();
        for (s, v) in PAIRS {
            assert!(
                seen.insert(*s) && seen.insert(*v),
                "{s} or {v} paired twice"
            );
            let (s, v) = (opportunity(s), opportunity(v));
            let (sr, vr) = (s.reference, v.reference);
            assert!(
                sr.starts_with("SOF-") && vr.starts_with("VIE-"),
                "{sr} / {vr}"
            );
            assert_eq!((s.lang, v.lang), (Lang::Bg, Lang::De), "{sr} / {vr}");
            assert_ne!(is_offer(s.kind), is_offer(v.kind), "{sr} / {vr}: same side");
            assert_eq!(s.state, v.state, "{sr} / {vr}");
            assert!(["published", "fulfilled"].contains(&s.state), "{sr}");
            assert!(
                s.sectors.iter().any(|x| v.sectors.contains(x)),
                "{sr} / {vr}: no common sector"
            );
            let shared: Vec<_> = vocabulary(s)
                .intersection(&vocabulary(v))
                .cloned()
                .collect();
            assert!(shared.len() <= 3, "{sr} / {vr} share {shared:?}");
        }
    }

    #[test]
    fn interests_come_from_the_other_city_and_follow_their_workflow() {
        assert!(INTERESTS.len() >= 20);
        let mut open = HashSet::new();
        for i in INTERESTS {
            let o = opportunity(i.opportunity);
            let what = format!("{} from {}", i.opportunity, i.from);
            assert!(WAS_PUBLISHED.contains(&o.state), "{what}: not public");
            let sender = organisation(i.from);
            assert_eq!(sender.kind, "company", "{what}");
            assert_ne!(i.from, o.organisation, "{what}: own profile");
            assert_ne!(
                sender.city,
                organisation(o.organisation).city,
                "{what}: same city"
            );
            assert!(INTEREST_STATES.contains(&i.state), "{what}: {}", i.state);
            assert_eq!(i.decline_reason.is_some(), i.state == "declined", "{what}");
            if let Some(outcome) = i.outcome {
                assert_eq!(i.state, "accepted", "{what}: outcome");
                assert!(OUTCOMES.contains(&outcome), "{what}: {outcome}");
            }
            if ["sent", "accepted"].contains(&i.state) {
                assert!(open.insert((i.from, i.opportunity)), "{what}: open twice");
            }
            assert!(i.days_ago > 0, "{what}");
            assert!(
                i.days_ago < o.published_days_ago.unwrap(),
                "{what}: before publication"
            );
            assert!(!i.message.trim().is_empty() && !i.contribution.trim().is_empty());
        }
        let states = count(INTERESTS.iter().map(|i| (i.state, i.outcome)));
        let at_least = |state: &str, outcome: Option<&str>, min: usize| {
            let n = states.get(&(state, outcome)).copied().unwrap_or(0);
            assert!(n >= min, "{state} {outcome:?}: {n}");
        };
        at_least("sent", None, 5);
        at_least("accepted", None, 3);
        for outcome in OUTCOMES {
            at_least("accepted", Some(outcome), 2);
        }
        let declined = INTERESTS.iter().filter(|i| i.state == "declined").count();
        let withdrawn = INTERESTS.iter().filter(|i| i.state == "withdrawn").count();
        assert!(declined >= 3 && withdrawn >= 2);
        for slug in [
            super::super::companies::SOFIA_DEMO_COMPANY,
            super::super::companies::VIENNA_DEMO_COMPANY,
        ] {
            assert!(
                INTERESTS.iter().any(|i| i.from == slug),
                "{slug} sends none"
            );
            assert!(
                INTERESTS
                    .iter()
                    .any(|i| opportunity(i.opportunity).organisation == slug),
                "{slug} receives none"
            );
        }
    }
}
