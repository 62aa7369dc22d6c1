"""The demo campaign about the council of Dzielnica XIII Podgórze, and its councillors.

The councillors are fictional: their names, bios, e-mail addresses and
duty hours are invented for the demo and belong to no real person.
"""

from dataclasses import dataclass

from ..texts import Text, p, t

DISTRICT_NUMBER = 13  # Dzielnica XIII Podgórze

CAMPAIGN_TITLE = t(
    "Rada Dzielnicy XIII Podgórze – sprawdź, jak działa",
    "The Podgórze District Council – see how it works",
    "Рада дільниці XIII Подгуже – дізнайтеся, як вона працює",
)
CAMPAIGN_SLUG = t("rada-dzielnicy-podgorze", "podgorze-district-council", "rada-dilnytsi-podhuzhe")
CAMPAIGN_LEAD = t(
    "Rada dzielnicy to najbliższy mieszkańcom szczebel samorządu. Zobacz, o czym decyduje, "
    "kto w niej zasiada i jak możesz zgłosić do niej swoją sprawę.",
    "The district council is the level of local government closest to residents. See what it "
    "decides, who sits on it and how you can bring your issue to it.",
    "Рада дільниці – найближчий до мешканців рівень самоврядування. Дізнайтеся, що вона "
    "вирішує, хто до неї входить і як ви можете звернутися до неї зі своєю справою.",
)
COUNCILLORS_HEADING = t(
    "Poznaj radnych Podgórza",
    "Meet the Podgórze councillors",
    "Познайомтеся з радними Подгуже",
)


@dataclass(frozen=True)
class Explainer:
    heading: Text
    text: Text
    for_residents: Text


EXPLAINERS = (
    Explainer(
        heading=t("Budżet dzielnicy", "The district budget", "Бюджет дільниці"),
        text=p(
            "Rada co roku dzieli pieniądze, które miasto przekazuje dzielnicy: na remonty "
            "chodników, place zabaw, zieleń, zajęcia dla seniorów i wydarzenia sąsiedzkie.",
            "Every year the council divides the money the city gives the district: for pavement "
            "repairs, playgrounds, greenery, activities for seniors and neighbourhood events.",
            "Щороку рада розподіляє кошти, які місто передає дільниці: на ремонт тротуарів, "
            "дитячі майданчики, зелень, заняття для людей похилого віку та сусідські заходи.",
        ),
        for_residents=t(
            "Możesz napisać do radnych, na co warto wydać te pieniądze w Twojej okolicy.",
            "You can write to the councillors about what this money should be spent on near you.",
            "Ви можете написати радним, на що варто витратити ці кошти у вашій околиці.",
        ),
    ),
    Explainer(
        heading=t(
            "Opinie w sprawach dzielnicy",
            "Opinions on district matters",
            "Думка щодо справ дільниці",
        ),
        text=p(
            "Zanim miasto zdecyduje o planie miejscowym, nowej linii autobusowej czy wycince "
            "drzew, pyta radę dzielnicy o opinię.",
            "Before the city decides on a local zoning plan, a new bus route or felling trees, "
            "it asks the district council for its opinion.",
            "Перш ніж місто ухвалить рішення щодо місцевого плану забудови, нового автобусного "
            "маршруту чи вирубки дерев, воно запитує думку ради дільниці.",
        ),
        for_residents=t(
            "Przyjdź na sesję lub komisję i powiedz, co o tym myślisz, zanim rada przyjmie opinię.",
            "Come to a session or a committee meeting and say what you think before the council "
            "adopts its opinion.",
            "Прийдіть на сесію чи засідання комісії та скажіть, що ви думаєте, перш ніж рада "
            "ухвалить свою думку.",
        ),
    ),
    Explainer(
        heading=t("Inicjatywy mieszkańców", "Residents' initiatives", "Ініціативи мешканців"),
        text=p(
            "Rada wspiera sąsiedzkie pomysły: festyny, sprzątanie skwerów, kluby dyskusyjne. "
            "Może też przekazać wniosek mieszkańców do właściwego wydziału urzędu.",
            "The council supports neighbours' ideas: fairs, cleaning up squares, discussion "
            "clubs. It can also pass residents' requests to the right department of the city hall.",
            "Рада підтримує сусідські ідеї: фестини, прибирання скверів, дискусійні клуби. Вона "
            "також може передати звернення мешканців до відповідного відділу міської управи.",
        ),
        for_residents=t(
            "Masz pomysł? Opowiedz o nim radnemu podczas dyżuru.",
            "Have an idea? Tell a councillor about it during their duty hours.",
            "Маєте ідею? Розкажіть про неї радному під час його чергування.",
        ),
    ),
)

STEPS_HEADING = t("Jak się zaangażować", "How to get involved", "Як долучитися")
STEPS = (
    (
        t(
            "Sprawdź, kto Cię reprezentuje",
            "Find out who represents you",
            "Дізнайтеся, хто вас представляє",
        ),
        t(
            "Na stronie rady znajdziesz radnych, ich komisje i dyżury.",
            "The council's page lists the councillors, their committees and duty hours.",
            "На сторінці ради ви знайдете радних, їхні комісії та чергування.",
        ),
    ),
    (
        t("Przyjdź na dyżur", "Come to the duty hours", "Прийдіть на чергування"),
        t(
            "Bez zapisów: radni czekają w siedzibie rady w stałe dni tygodnia.",
            "No appointment needed: councillors wait at the council office on fixed weekdays.",
            "Без запису: радні чекають у приміщенні ради в певні дні тижня.",
        ),
    ),
    (
        t("Weź udział w sesji", "Attend a session", "Візьміть участь у сесії"),
        t(
            "Sesje rady są jawne, a mieszkańcy mogą zabrać głos w wolnych wnioskach.",
            "Council sessions are public, and residents may speak under any other business.",
            "Сесії ради відкриті, а мешканці можуть виступити в пункті «різне».",
        ),
    ),
    (
        t("Złóż wniosek", "Submit a request", "Подайте звернення"),
        t(
            "Opisz sprawę w piśmie lub e-mailu do rady; odpowiedź dostaniesz na piśmie.",
            "Describe the matter in a letter or e-mail to the council; you will get a written "
            "reply.",
            "Опишіть справу в листі чи електронному листі до ради; ви отримаєте письмову "
            "відповідь.",
        ),
    ),
)

FAQ_HEADING = t("Najczęstsze pytania", "Frequently asked questions", "Поширені запитання")
FAQ = (
    (
        t(
            "Czy muszę być zameldowany w dzielnicy?",
            "Do I have to be registered as living in the district?",
            "Чи потрібно бути зареєстрованим у дільниці?",
        ),
        p(
            "Nie. Na dyżur i sesję może przyjść każdy, kto mieszka, pracuje lub uczy się w "
            "Podgórzu.",
            "No. Anyone who lives, works or studies in Podgórze may come to duty hours and "
            "sessions.",
            "Ні. На чергування та сесію може прийти кожен, хто живе, працює або навчається в "
            "Подгуже.",
        ),
    ),
    (
        t(
            "Ile trwa odpowiedź na wniosek?",
            "How long does a reply to a request take?",
            "Скільки часу чекати на відповідь?",
        ),
        p(
            "Rada rozpatruje wnioski na najbliższej sesji, zwykle w ciągu miesiąca.",
            "The council considers requests at its next session, usually within a month.",
            "Рада розглядає звернення на найближчій сесії, зазвичай протягом місяця.",
        ),
    ),
    (
        t(
            "Czy radni dostają wynagrodzenie?",
            "Are councillors paid?",
            "Чи отримують радні зарплату?",
        ),
        p(
            "Radni dzielnicy pracują społecznie; otrzymują jedynie dietę za udział w "
            "posiedzeniach.",
            "District councillors are volunteers; they only receive an allowance for attending "
            "meetings.",
            "Радні дільниці працюють на громадських засадах і отримують лише компенсацію за "
            "участь у засіданнях.",
        ),
    ),
)

CTA_TITLE = t(
    "Chcesz działać w swojej okolicy?",
    "Want to act in your neighbourhood?",
    "Хочете діяти у своїй околиці?",
)
CTA_TEXT = t(
    "Zobacz wszystkie sposoby udziału w decyzjach miasta.",
    "See every way of taking part in the city's decisions.",
    "Перегляньте всі способи участі в ухваленні міських рішень.",
)
CTA_BUTTON = t("Jak się zaangażować", "How to get involved", "Як долучитися")
CTA_PAGE = "get-involved"

COUNCIL_TITLE = t(
    "Radni Dzielnicy XIII Podgórze",
    "Councillors of District XIII Podgórze",
    "Радні дільниці XIII Подгуже",
)
COUNCIL_SLUG = t("radni", "councillors", "radni-dilnytsi")
COUNCIL_INTRO = t(
    "Piętnaście osób wybranych przez mieszkańców na pięcioletnią kadencję. Każda z nich "
    "ma stały dyżur, na który możesz przyjść bez zapisów.",
    "Fifteen people elected by residents for a five-year term. Each of them holds regular "
    "duty hours you can attend without an appointment.",
    "П'ятнадцять осіб, обраних мешканцями на п'ятирічний термін. Кожна з них має постійне "
    "чергування, на яке можна прийти без запису.",
)
COUNCIL_ADDRESS = t(
    "Rynek Podgórski 1, pokój 12\n30-533 Kraków",
    "Rynek Podgórski 1, room 12\n30-533 Kraków",
    "Ринок Подгурський 1, кімната 12\n30-533 Краків",
)
OFFICE_PLACE = t(
    "Siedziba Rady Dzielnicy XIII, Rynek Podgórski 1, pokój 12",
    "District XIII Council office, Rynek Podgórski 1, room 12",
    "Приміщення ради дільниці XIII, Ринок Подгурський 1, кімната 12",
)

BUDGET = t("Komisja Budżetowa", "Budget Committee", "Бюджетна комісія")
DIALOGUE = t(
    "Komisja Dialogu Społecznego", "Social Dialogue Committee", "Комісія громадського діалогу"
)
TRANSPORT = t(
    "Komisja Infrastruktury i Transportu",
    "Infrastructure and Transport Committee",
    "Комісія з інфраструктури та транспорту",
)
GREEN = t(
    "Komisja Zieleni i Ochrony Środowiska",
    "Green Spaces and Environment Committee",
    "Комісія з питань зелених зон та довкілля",
)
CULTURE = t(
    "Komisja Kultury i Sportu", "Culture and Sport Committee", "Комісія з питань культури та спорту"
)


@dataclass(frozen=True)
class CouncillorSpec:
    name: str
    role: str
    committees: tuple[Text, ...]
    bio: Text
    weekday: str
    hours: tuple[str, str]
    email: str


def committees_text(committees):
    """One committee per line, in every language, as the snippet stores them."""
    return Text(*("\n".join(c.get(code) for c in committees) for code in ("pl", "en", "uk")))


# Fictional people: any likeness to real councillors is accidental.
COUNCILLORS = (
    CouncillorSpec(
        name="Katarzyna Wierzbicka",
        role="chair",
        committees=(BUDGET, DIALOGUE),
        bio=t(
            "Nauczycielka historii, od lat prowadzi spacery po Starym Podgórzu.",
            "A history teacher who has been leading walks around Old Podgórze for years.",
            "Вчителька історії, яка вже багато років проводить прогулянки Старим Подгуже.",
        ),
        weekday="2",
        hours=("16:00", "18:00"),
        email="k.wierzbicka@rada13.example.org",
    ),
    CouncillorSpec(
        name="Tomasz Rudnicki",
        role="deputy_chair",
        committees=(TRANSPORT,),
        bio=t(
            "Inżynier ruchu drogowego; zajmuje się bezpiecznymi przejściami przy szkołach.",
            "A traffic engineer working on safe crossings near schools.",
            "Інженер дорожнього руху, який займається безпечними переходами біля шкіл.",
        ),
        weekday="4",
        hours=("17:00", "19:00"),
        email="t.rudnicki@rada13.example.org",
    ),
    CouncillorSpec(
        name="Agnieszka Pawlak-Nowicka",
        role="member",
        committees=(GREEN,),
        bio=t(
            "Współzałożycielka ogrodu społecznego na Zabłociu.",
            "A co-founder of the community garden in Zabłocie.",
            "Співзасновниця громадського саду на Заблотті.",
        ),
        weekday="1",
        hours=("15:00", "17:00"),
        email="a.pawlak-nowicka@rada13.example.org",
    ),
    CouncillorSpec(
        name="Michał Sordyl",
        role="member",
        committees=(BUDGET, CULTURE),
        bio=t(
            "Trener piłki nożnej dzieci, organizator turniejów podwórkowych.",
            "A children's football coach who organises backyard tournaments.",
            "Тренер дитячої футбольної команди, організатор дворових турнірів.",
        ),
        weekday="3",
        hours=("16:30", "18:00"),
        email="m.sordyl@rada13.example.org",
    ),
    CouncillorSpec(
        name="Ewa Garlicka",
        role="member",
        committees=(DIALOGUE, GREEN),
        bio=t(
            "Emerytowana pielęgniarka, działa w klubie seniora przy ul. Józefińskiej.",
            "A retired nurse active in the seniors' club on Józefińska Street.",
            "Медсестра на пенсії, активна учасниця клубу для літніх людей на вулиці Юзефінській.",
        ),
        weekday="5",
        hours=("10:00", "12:00"),
        email="e.garlicka@rada13.example.org",
    ),
    CouncillorSpec(
        name="Jan Podsiadło",
        role="member",
        committees=(TRANSPORT, CULTURE),
        bio=t(
            "Student urbanistyki; pyta mieszkańców o drogi rowerowe.",
            "An urban planning student who asks residents about cycle routes.",
            "Студент урбаністики, який розпитує мешканців про велосипедні доріжки.",
        ),
        weekday="2",
        hours=("18:00", "19:30"),
        email="j.podsiadlo@rada13.example.org",
    ),
)
