"""The demo events of the Podgórze council campaign, dated relative to the day of the build.

The people on stage are fictional; the offices and organisations they
represent are named only to show what such a session looks like.
"""

from dataclasses import dataclass

from ..texts import Text, p, t
from .common import OFFICE

INDEX_TITLE = t(
    "Wydarzenia Rady Dzielnicy XIII",
    "District XIII Council events",
    "Заходи ради дільниці XIII",
)
INDEX_SLUG = t("wydarzenia", "events", "zakhody")
INDEX_INTRO = t(
    "Debaty, warsztaty, dyżury radnych i spotkania, na które zaprasza rada dzielnicy.",
    "Debates, workshops, councillors' duty hours and meetings the district council invites you to.",
    "Дебати, майстер-класи, чергування радних і зустрічі, на які запрошує рада дільниці.",
)

CULTURE_CENTRE = t("Podgórski Dom Kultury", "Podgórze Culture Centre", "Будинок культури Подгуже")
CULTURE_CENTRE_ADDRESS = t(
    "ul. Sokolska 13, Kraków", "Sokolska 13, Kraków", "вул. Сокольська 13, Краків"
)
STEP_FREE = t(
    "Wejście bez schodów, winda na piętro, pętla indukcyjna w sali. Tłumacz PJM na życzenie "
    "zgłoszone tydzień wcześniej.",
    "Step-free entrance, a lift to the first floor, an induction loop in the hall. A Polish Sign "
    "Language interpreter on request made a week in advance.",
    "Вхід без сходів, ліфт на поверх, індукційна петля в залі. Перекладач польської жестової "
    "мови на запит, поданий за тиждень.",
)


@dataclass(frozen=True)
class Person:
    name: str
    affiliation: Text


@dataclass(frozen=True)
class EventSpec:
    key: str
    title: Text
    slug: Text
    days_from_today: int
    start: str  # "HH:MM", Warsaw time
    hours: float
    format: str
    summary: Text
    description: Text
    place: Text | None = None
    address: Text | None = None
    online_url: str = ""
    registration_url: str = ""
    accessibility: Text | None = None
    moderators: tuple[Person, ...] = ()
    speakers: tuple[Person, ...] = ()


CITY_HALL_DEPARTMENT = t(
    "Wydział Komunikacji Społecznej, Urząd Miasta Krakowa",
    "Social Communication Department, Kraków City Hall",
    "Відділ суспільної комунікації, Міська управа Кракова",
)

EVENTS = (
    EventSpec(
        key="budget-debate",
        title=t(
            "Debata: na co wydać budżet dzielnicy?",
            "Debate: what should the district budget be spent on?",
            "Дебати: на що витратити бюджет дільниці?",
        ),
        slug=t("debata-budzet-dzielnicy", "debate-district-budget", "debaty-biudzhet-dilnytsi"),
        days_from_today=-45,
        start="18:00",
        hours=2,
        format="debate",
        summary=t(
            "Radni przedstawili propozycje wydatków na przyszły rok i wysłuchali mieszkańców.",
            "Councillors presented next year's spending proposals and listened to residents.",
            "Радні представили пропозиції витрат на наступний рік і вислухали мешканців.",
        ),
        description=p(
            "Rozmawialiśmy o remontach chodników, nowych ławkach i zajęciach dla seniorów.",
            "We talked about pavement repairs, new benches and activities for seniors.",
            "Ми говорили про ремонт тротуарів, нові лавки та заняття для людей похилого віку.",
        ),
        place=CULTURE_CENTRE,
        address=CULTURE_CENTRE_ADDRESS,
        accessibility=STEP_FREE,
    ),
    EventSpec(
        key="needs-map-workshop",
        title=t(
            "Warsztaty: mapa potrzeb Starego Podgórza",
            "Workshop: a map of Old Podgórze's needs",
            "Майстер-клас: карта потреб Старого Подгуже",
        ),
        slug=t("warsztaty-mapa-potrzeb", "workshop-needs-map", "maister-klas-karta-potreb"),
        days_from_today=-20,
        start="17:00",
        hours=3,
        format="workshop",
        summary=t(
            "Mieszkańcy zaznaczali na mapie miejsca, które wymagają zmian.",
            "Residents marked the places that need changing on a map.",
            "Мешканці позначали на карті місця, які потребують змін.",
        ),
        description=p(
            "Animatorzy lokalni pomogli zebrać ponad sto uwag; trafiły one do rady dzielnicy.",
            "Local animators helped collect over a hundred comments, which went to the district "
            "council.",
            "Місцеві аніматори допомогли зібрати понад сто зауважень, які передали раді дільниці.",
        ),
        place=CULTURE_CENTRE,
        address=CULTURE_CENTRE_ADDRESS,
        accessibility=STEP_FREE,
    ),
    EventSpec(
        key="oslo-study-visit",
        title=t(
            "Wizyta studyjna w Oslo: edukacja dorosłych i dialog",
            "Study visit to Oslo: adult education and dialogue",
            "Навчальний візит до Осло: освіта дорослих і діалог",
        ),
        slug=t("wizyta-studyjna-oslo", "study-visit-oslo", "navchalnyi-vizyt-oslo"),
        days_from_today=-8,
        start="09:00",
        hours=8,
        format="study_visit",
        summary=t(
            "Radni i animatorzy poznali metody norweskiego partnera projektu.",
            "Councillors and animators learned the methods of the project's Norwegian partner.",
            "Радні та аніматори ознайомилися з методами норвезького партнера проєкту.",
        ),
        description=p(
            "Tematem były sposoby zapraszania dorosłych do rozmowy o sprawach lokalnych.",
            "The topic was how to invite adults to talk about local matters.",
            "Темою були способи залучення дорослих до розмови про місцеві справи.",
        ),
        place=t(
            "Bjerkaker Learning Lab, Oslo",
            "Bjerkaker Learning Lab, Oslo",
            "Bjerkaker Learning Lab, Осло",
        ),
    ),
    EventSpec(
        key="offices-and-ngos",
        title=t(
            "Urzędy i organizacje – współpraca przy partycypacji",
            "Offices and organisations – working together on participation",
            "Установи та організації – співпраця у сфері участі",
        ),
        slug=t("urzedy-i-organizacje", "offices-and-organisations", "ustanovy-ta-orhanizatsii"),
        days_from_today=10,
        start="13:30",
        hours=2,
        format="discussion_session",
        summary=t(
            "Sesja dyskusyjna o tym, jak urzędnicy i organizacje pozarządowe uczą się od siebie.",
            "A discussion session on how officials and NGOs learn from each other.",
            "Дискусійна сесія про те, як посадовці та громадські організації вчаться одне в "
            "одного.",
        ),
        description=p(
            "Zaprosiliśmy osoby z urzędów i organizacji, które wspólnie prowadzą konsultacje "
            "i szkolenia. Porozmawiamy o tym, co pomaga, a co przeszkadza we współpracy.",
            "We have invited people from offices and organisations who run consultations and "
            "training together. We will talk about what helps and what gets in the way.",
            "Ми запросили людей з установ і організацій, які разом проводять консультації та "
            "навчання. Поговоримо про те, що допомагає співпраці, а що їй заважає.",
        ),
        place=CULTURE_CENTRE,
        address=CULTURE_CENTRE_ADDRESS,
        online_url="https://www.youtube.com/@KrakowDecydujeDemo/live",
        registration_url="https://example.org/rejestracja/urzedy-i-organizacje",
        accessibility=STEP_FREE,
        moderators=(
            Person(
                "Joanna Kęsek",
                t(
                    "Fundacja Dom Sąsiedzki",
                    "Neighbours' House Foundation",
                    "Фонд «Сусідський дім»",
                ),
            ),
        ),
        speakers=(
            Person("Paweł Mrozek", CITY_HALL_DEPARTMENT),
            Person("Krzysztof Bania", OFFICE),
            Person(
                "Halina Strzelecka",
                t(
                    "Centrum Obywatelskie Podgórze",
                    "Podgórze Civic Centre",
                    "Громадський центр Подгуже",
                ),
            ),
            Person(
                "Robert Cichoń",
                t(
                    "Zarząd Zieleni Miejskiej w Krakowie",
                    "Kraków Municipal Green Spaces Authority",
                    "Управління міської зелені Кракова",
                ),
            ),
            Person(
                "Marta Wilk",
                t(
                    "Stowarzyszenie Sąsiedzi z Zabłocia",
                    "Zabłocie Neighbours Association",
                    "Асоціація «Сусіди із Заблоття»",
                ),
            ),
        ),
    ),
    EventSpec(
        key="market-square-duty",
        title=t(
            "Dyżur radnych na Rynku Podgórskim",
            "Councillors on duty at Rynek Podgórski",
            "Чергування радних на Ринку Подгурському",
        ),
        slug=t("dyzur-na-rynku", "duty-hours-market-square", "cherhuvannia-na-rynku"),
        days_from_today=17,
        start="11:00",
        hours=3,
        format="duty_hours",
        summary=t(
            "Radni wychodzą z biura: podejdź do namiotu i porozmawiaj o swojej sprawie.",
            "Councillors leave the office: come to the tent and talk about your issue.",
            "Радні виходять з офісу: підійдіть до намету й поговоріть про свою справу.",
        ),
        description=p(
            "Przynieś pytania o budżet dzielnicy, remonty i zieleń. Nie trzeba się zapisywać.",
            "Bring your questions about the district budget, repairs and greenery. No sign-up "
            "needed.",
            "Приносьте запитання про бюджет дільниці, ремонти та зелень. Реєстрація не потрібна.",
        ),
        place=t(
            "Rynek Podgórski, namiot rady",
            "Rynek Podgórski, the council's tent",
            "Ринок Подгурський, намет ради",
        ),
        accessibility=t(
            "Namiot stoi na równej nawierzchni; w pobliżu przystanek tramwajowy z niską platformą.",
            "The tent stands on level ground, near a tram stop with a low platform.",
            "Намет стоїть на рівній поверхні, поруч трамвайна зупинка з низькою платформою.",
        ),
    ),
    EventSpec(
        key="dialogue-academy",
        title=t(
            "Akademia Dobrego Dialogu: warsztaty dla liderów",
            "Good Dialogue Academy: a workshop for local leaders",
            "Академія доброго діалогу: майстер-клас для лідерів",
        ),
        slug=t("akademia-dobrego-dialogu", "good-dialogue-academy", "akademiia-dobroho-dialohu"),
        days_from_today=31,
        start="10:00",
        hours=6,
        format="workshop",
        summary=t(
            "Jak prowadzić zebranie sąsiedzkie i rozwiązywać spory – praktyczne ćwiczenia.",
            "How to run a neighbourhood meeting and resolve disputes – practical exercises.",
            "Як провести сусідські збори та розв'язувати суперечки – практичні вправи.",
        ),
        description=p(
            "Warsztaty są bezpłatne; liczba miejsc jest ograniczona do dwudziestu osób.",
            "The workshop is free; places are limited to twenty people.",
            "Майстер-клас безкоштовний; кількість місць обмежена двадцятьма особами.",
        ),
        place=CULTURE_CENTRE,
        address=CULTURE_CENTRE_ADDRESS,
        registration_url="https://example.org/rejestracja/akademia",
        accessibility=STEP_FREE,
        moderators=(
            Person(
                "Joanna Kęsek",
                t(
                    "Fundacja Dom Sąsiedzki",
                    "Neighbours' House Foundation",
                    "Фонд «Сусідський дім»",
                ),
            ),
        ),
    ),
    EventSpec(
        key="online-conference",
        title=t(
            "Konferencja online: rady dzielnic bliżej mieszkańców",
            "Online conference: district councils closer to residents",
            "Онлайн-конференція: ради дільниць ближче до мешканців",
        ),
        slug=t(
            "konferencja-rady-dzielnic",
            "conference-district-councils",
            "konferentsiia-rady-dilnyts",
        ),
        days_from_today=52,
        start="12:00",
        hours=4,
        format="conference",
        summary=t(
            "Podsumowanie kampanii i rekomendacje dla urzędu dotyczące dialogu z mieszkańcami.",
            "A summary of the campaign and recommendations for the city hall on dialogue with "
            "residents.",
            "Підсумки кампанії та рекомендації для міської управи щодо діалогу з мешканцями.",
        ),
        description=p(
            "Transmisja z napisami na żywo w języku polskim.",
            "Streamed with live captions in Polish.",
            "Трансляція з живими субтитрами польською мовою.",
        ),
        online_url="https://www.youtube.com/@KrakowDecydujeDemo/live",
        speakers=(
            Person(
                "Katarzyna Wierzbicka",
                t(
                    "Rada Dzielnicy XIII Podgórze",
                    "District XIII Podgórze Council",
                    "Рада дільниці XIII Подгуже",
                ),
            ),
            Person("Krzysztof Bania", OFFICE),
        ),
    ),
)
