"""Demo topics and partner organisations, in Polish, English and Ukrainian.

The Norwegian, Lithuanian and EEA-funds partners appear in the seed
documents the portal grew from; the other organisations are fictional.
"""

from dataclasses import dataclass

from ..texts import Text, p, t


@dataclass(frozen=True)
class TopicSpec:
    slug: str
    name: Text
    description: Text


TOPICS = (
    TopicSpec(
        "budzet-obywatelski",
        t("Budżet obywatelski", "Participatory budget", "Громадський бюджет"),
        t(
            "Mieszkańcy zgłaszają projekty i głosują, na co wydać część budżetu miasta.",
            "Residents propose projects and vote on how to spend part of the city budget.",
            "Мешканці подають проєкти та голосують, на що витратити частину бюджету міста.",
        ),
    ),
    TopicSpec(
        "konsultacje",
        t("Konsultacje społeczne", "Public consultations", "Громадські консультації"),
        t(
            "Miasto pyta mieszkańców o zdanie, zanim podejmie decyzję.",
            "The city asks residents for their views before it decides.",
            "Місто питає думку мешканців, перш ніж ухвалити рішення.",
        ),
    ),
    TopicSpec(
        "inicjatywy-lokalne",
        t("Inicjatywy lokalne", "Local initiatives", "Місцеві ініціативи"),
        t(
            "Sąsiedzi wspólnie z miastem realizują zadania w swojej okolicy.",
            "Neighbours carry out projects in their area together with the city.",
            "Сусіди разом із містом втілюють завдання у своїй околиці.",
        ),
    ),
    TopicSpec(
        "edukacja-obywatelska",
        t("Edukacja obywatelska", "Civic education", "Громадянська освіта"),
        t(
            "Szkolenia i warsztaty o tym, jak wpływać na sprawy miasta.",
            "Training and workshops on how to influence the city's affairs.",
            "Навчання та семінари про те, як впливати на справи міста.",
        ),
    ),
    TopicSpec(
        "planowanie-przestrzenne",
        t("Planowanie przestrzenne", "Spatial planning", "Просторове планування"),
        t(
            "Plany miejscowe, przestrzenie publiczne i zieleń w dzielnicach.",
            "Local plans, public spaces and greenery in the districts.",
            "Місцеві плани, громадські простори та зелень у районах.",
        ),
    ),
    TopicSpec(
        "srodowisko",
        t("Środowisko", "Environment", "Довкілля"),
        t(
            "Drzewa, parki, powietrze i woda w mieście.",
            "Trees, parks, air and water in the city.",
            "Дерева, парки, повітря та вода в місті.",
        ),
    ),
    TopicSpec(
        "transport",
        t("Transport", "Transport", "Транспорт"),
        t(
            "Komunikacja miejska, rowery i bezpieczne przejścia.",
            "Public transport, cycling and safe crossings.",
            "Громадський транспорт, велосипеди та безпечні переходи.",
        ),
    ),
)


@dataclass(frozen=True)
class PartnerSpec:
    key: str
    title: Text
    slug: Text
    organisation_type: str
    description: Text
    city: Text
    country: Text
    website: str = ""
    contact_email: str = ""
    logo_colour: str = "#0b4f8a"


POLAND = t("Polska", "Poland", "Польща")
KRAKOW = t("Kraków", "Kraków", "Краків")

PARTNER_INDEX_TITLE = t("Partnerzy", "Partners", "Партнери")
PARTNER_INDEX_SLUG = t("partnerzy", "partners", "partnery")
PARTNER_INDEX_INTRO = t(
    "Organizacje, instytucje i grupy, z którymi prowadzimy projekty partycypacyjne.",
    "The organisations, institutions and groups we run participation projects with.",
    "Організації, установи та групи, з якими ми реалізуємо проєкти участі.",
)

PARTNERS = (
    PartnerSpec(
        key="partner-wspolna-przestrzen",
        title=t(
            "Fundacja Wspólna Przestrzeń",
            "Common Space Foundation",
            "Фундація «Спільний простір»",
        ),
        slug=t(
            "fundacja-wspolna-przestrzen", "common-space-foundation", "fundatsiia-spilnyi-prostir"
        ),
        organisation_type="ngo",
        description=p(
            "Od dziesięciu lat prowadzimy w Podgórzu animację lokalną, doradztwo dla "
            "organizacji i szkolenia dla liderów sąsiedzkich.",
            "For ten years we have run local animation in Podgórze, advice for organisations "
            "and training for neighbourhood leaders.",
            "Уже десять років ми ведемо в Подгужі місцеву анімацію, консультуємо організації "
            "та навчаємо сусідських лідерів.",
        ),
        city=KRAKOW,
        country=POLAND,
        website="https://wspolna-przestrzen.example.org",
        contact_email="biuro@wspolna-przestrzen.example.org",
        logo_colour="#0b4f8a",
    ),
    PartnerSpec(
        key="partner-podgorskie-inicjatywy",
        title=t(
            "Stowarzyszenie Podgórskie Inicjatywy",
            "Podgórze Initiatives Association",
            "Асоціація «Подгужські ініціативи»",
        ),
        slug=t("podgorskie-inicjatywy", "podgorze-initiatives", "podhuzhski-initsiatyvy"),
        organisation_type="ngo",
        description=p(
            "Skupiamy mieszkańców, którzy chcą zmieniać swoje podwórka, skwery i ulice.",
            "We bring together residents who want to change their courtyards, squares and streets.",
            "Ми об'єднуємо мешканців, які хочуть змінювати свої подвір'я, сквери та вулиці.",
        ),
        city=KRAKOW,
        country=POLAND,
        website="https://inicjatywy-podgorze.example.org",
        logo_colour="#2a7a3b",
    ),
    PartnerSpec(
        key="partner-umk",
        title=t(
            "Urząd Miasta Krakowa, Biuro ds. Partycypacji",
            "Kraków City Hall, Participation Office",
            "Міська рада Кракова, Бюро з питань участі",
        ),
        slug=t("urzad-miasta-krakowa", "krakow-city-hall", "miska-rada-krakova"),
        organisation_type="public",
        description=p(
            "Biuro koordynuje budżet obywatelski, konsultacje społeczne i współpracę z radami "
            "dzielnic.",
            "The office coordinates the participatory budget, public consultations and "
            "cooperation with the district councils.",
            "Бюро координує громадський бюджет, громадські консультації та співпрацю з радами "
            "районів.",
        ),
        city=KRAKOW,
        country=POLAND,
        website="https://www.krakow.pl",
        logo_colour="#8a1c1c",
    ),
    PartnerSpec(
        key="partner-rada-podgorze",
        title=t(
            "Rada Dzielnicy XIII Podgórze",
            "District XIII Podgórze Council",
            "Рада дільниці XIII Подгуже",
        ),
        slug=t("rada-dzielnicy-xiii", "district-xiii-council", "rada-raionu-xiii"),
        organisation_type="public",
        description=p(
            "Rada dzielnicy opiniuje sprawy Podgórza i decyduje o części wydatków na jego "
            "potrzeby.",
            "The district council gives its opinion on Podgórze's affairs and decides on part "
            "of the spending on its needs.",
            "Рада району висловлює думку щодо справ Подгужа та вирішує частину видатків на "
            "його потреби.",
        ),
        city=KRAKOW,
        country=POLAND,
        logo_colour="#5b3a8a",
    ),
    PartnerSpec(
        key="partner-bjerkaker",
        title=t("Bjerkaker Learning Lab", "Bjerkaker Learning Lab", "Bjerkaker Learning Lab"),
        slug=t("bjerkaker-learning-lab", "bjerkaker-learning-lab", "bjerkaker-learning-lab"),
        organisation_type="foreign",
        description=p(
            "Norweska organizacja zajmująca się edukacją dorosłych w obszarze demokracji "
            "uczestniczącej; gospodarz wizyty studyjnej w Oslo.",
            "A Norwegian organisation working on adult education for participatory democracy; "
            "host of the study visit to Oslo.",
            "Норвезька організація, що займається освітою дорослих у сфері демократії участі; "
            "приймала навчальний візит в Осло.",
        ),
        city=t("Oslo", "Oslo", "Осло"),
        country=t("Norwegia", "Norway", "Норвегія"),
        website="https://www.learninglab.no",
        logo_colour="#1d5f73",
    ),
    PartnerSpec(
        key="partner-zinu-kodas",
        title=t("VšĮ „Žinių kodas”", "VšĮ “Žinių kodas”", "VšĮ «Žinių kodas»"),
        slug=t("zinu-kodas", "zinu-kodas", "zinu-kodas"),
        organisation_type="foreign",
        description=p(
            "Organizacja pozarządowa z Wilna, z którą wymienialiśmy doświadczenia z budżetu "
            "partycypacyjnego.",
            "A non-governmental organisation from Vilnius with which we exchanged experience "
            "of participatory budgeting.",
            "Громадська організація з Вільнюса, з якою ми обмінювалися досвідом громадського "
            "бюджету.",
        ),
        city=t("Wilno", "Vilnius", "Вільнюс"),
        country=t("Litwa", "Lithuania", "Литва"),
        logo_colour="#b35c00",
    ),
    PartnerSpec(
        key="partner-eog",
        title=t(
            "Fundusze EOG – Program Aktywni Obywatele",
            "EEA Grants – Active Citizens Fund",
            "Гранти ЄЕЗ – Програма «Активні громадяни»",
        ),
        slug=t("fundusze-eog", "eea-grants", "hranty-yeez"),
        organisation_type="funder",
        description=p(
            "Program finansowany przez Islandię, Liechtenstein i Norwegię, wspierający "
            "społeczeństwo obywatelskie.",
            "A programme financed by Iceland, Liechtenstein and Norway that supports civil "
            "society.",
            "Програма, яку фінансують Ісландія, Ліхтенштейн і Норвегія та яка підтримує "
            "громадянське суспільство.",
        ),
        city=t("Warszawa", "Warsaw", "Варшава"),
        country=POLAND,
        website="https://aktywniobywatele-regionalny.org.pl",
        logo_colour="#003f7d",
    ),
    PartnerSpec(
        key="partner-kawiarnia",
        title=t("Kawiarnia Sąsiedzka", "Neighbourhood Café", "Сусідська кав'ярня"),
        slug=t("kawiarnia-sasiedzka", "neighbourhood-cafe", "susidska-kaviarnia"),
        organisation_type="business",
        description=p(
            "Lokal przy Rynku Podgórskim, który bezpłatnie udostępnia salę na spotkania "
            "mieszkańców.",
            "A café on Podgórze Market Square that lends its room for residents' meetings free "
            "of charge.",
            "Заклад на Подгужській площі, який безкоштовно надає зал для зустрічей мешканців.",
        ),
        city=KRAKOW,
        country=POLAND,
        logo_colour="#6b4226",
    ),
    PartnerSpec(
        key="partner-sasiedzi-zablocie",
        title=t("Sąsiedzi z Zabłocia", "Zabłocie Neighbours", "Сусіди із Заблоття"),
        slug=t("sasiedzi-z-zablocia", "zablocie-neighbours", "susidy-iz-zablottia"),
        organisation_type="informal",
        description=p(
            "Nieformalna grupa mieszkańców, która dba o zieleń między blokami i organizuje "
            "sąsiedzkie pikniki.",
            "An informal group of residents who look after the green spaces between the blocks "
            "and organise neighbourhood picnics.",
            "Неформальна група мешканців, яка доглядає зелень між будинками та організовує "
            "сусідські пікніки.",
        ),
        city=KRAKOW,
        country=POLAND,
        logo_colour="#3c6e47",
    ),
)
