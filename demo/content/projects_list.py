"""Demo participation projects, in Polish, English and Ukrainian.

Drawn from the kinds of project in the seed documents (a district dialogue
project funded by the EEA grants, the joint district projects of the
participatory budget, the "Districts count" pilot); all sentences are ours.
Periods of the ongoing and planned projects are given in months relative to
the day the demo is built, so that their status stays what it shows here.
"""

from dataclasses import dataclass

from ..texts import Text, p, t


@dataclass(frozen=True)
class ActivitySpec:
    title: Text
    description: Text
    # Months from the build date; None when the activity has no dates.
    start_offset: int | None = None
    end_offset: int | None = None


@dataclass(frozen=True)
class ProjectSpec:
    key: str
    title: Text
    slug: Text
    lead: Text
    districts: tuple[str, ...]
    topics: tuple[str, ...]
    goals: tuple[Text, ...]
    activities: tuple[ActivitySpec, ...]
    # (partner key, role)
    partners: tuple[tuple[str, str], ...] = ()
    body: tuple[Text, ...] = ()
    # Either fixed (year, month) pairs or month offsets from the build date.
    start: tuple[int, int] | int | None = None
    end: tuple[int, int] | int | None = None
    declared_status: str = ""
    funding_note: Text | None = None
    budget: int | None = None
    image: str | None = None
    image_alt: Text | None = None
    contact_name: str = ""
    contact_role: Text | None = None
    contact_email: str = ""


PROJECT_INDEX_TITLE = t("Projekty", "Projects", "Проєкти")
PROJECT_INDEX_SLUG = t("projekty", "projects", "proiekty")
PROJECT_INDEX_INTRO = t(
    "Projekty, w których mieszkańcy, rady dzielnic i organizacje wspólnie zmieniają miasto.",
    "Projects in which residents, district councils and organisations change the city together.",
    "Проєкти, у яких мешканці, ради районів та організації разом змінюють місто.",
)

COORDINATOR = t("koordynatorka projektu", "project coordinator", "координаторка проєкту")

DIALOGUE = ProjectSpec(
    key="project-dialogue",
    title=t(
        "Podgórska Przestrzeń Dobrego Dialogu",
        "Podgórze Space for Good Dialogue",
        "Подгужський простір доброго діалогу",
    ),
    slug=t("podgorska-przestrzen-dialogu", "podgorze-space-for-dialogue", "podhuzhskyi-prostir"),
    lead=t(
        "Przez półtora roku mieszkańcy Podgórza, rada dzielnicy i urzędnicy uczyli się ze sobą "
        "rozmawiać: na debatach, warsztatach i w grupie roboczej.",
        "For eighteen months Podgórze's residents, the district council and city officials "
        "learned to talk to each other: at debates, workshops and in a working group.",
        "Упродовж півтора року мешканці Подгужа, рада району та посадовці вчилися розмовляти "
        "між собою: на дебатах, семінарах і в робочій групі.",
    ),
    districts=("podgorze",),
    topics=("konsultacje", "edukacja-obywatelska", "inicjatywy-lokalne"),
    start=(2021, 11),
    end=(2023, 4),
    goals=(
        t(
            "Wzmacniać oddolne inicjatywy mieszkańców",
            "Strengthen residents' grassroots initiatives",
            "Зміцнювати низові ініціативи мешканців",
        ),
        t(
            "Rozwijać współpracę lokalną na poziomie dzielnicy",
            "Develop local cooperation at district level",
            "Розвивати місцеву співпрацю на рівні району",
        ),
        t(
            "Zapraszać mieszkańców do dialogu z samorządem",
            "Invite residents into dialogue with local government",
            "Запрошувати мешканців до діалогу з місцевою владою",
        ),
        t(
            "Poszerzać wiedzę o dzielnicy i narzędziach partycypacji",
            "Spread knowledge about the district and participation tools",
            "Поширювати знання про район та інструменти участі",
        ),
    ),
    body=(
        p(
            "Wynikiem projektu są rekomendacje dla urzędu: jak informować mieszkańców i jakie "
            "stałe formy dialogu warto utrzymać po jego zakończeniu.",
            "The project produced recommendations for the city hall: how to inform residents "
            "and which permanent forms of dialogue are worth keeping after it ends.",
            "Результатом проєкту стали рекомендації для міської ради: як інформувати мешканців "
            "і які постійні форми діалогу варто зберегти після його завершення.",
        ),
    ),
    activities=(
        ActivitySpec(
            t("Animacja lokalna", "Local animation", "Місцева анімація"),
            p(
                "Animatorzy w dwóch częściach dzielnicy mapowali potrzeby sąsiadów i pomagali "
                "im organizować wspólne działania.",
                "Animators in two parts of the district mapped neighbours' needs and helped "
                "them organise joint activities.",
                "Аніматори у двох частинах району досліджували потреби сусідів і допомагали "
                "їм організовувати спільні дії.",
            ),
        ),
        ActivitySpec(
            t("Forum Dialogu Dzielnicowego", "District Dialogue Forum", "Форум районного діалогу"),
            p(
                "Cykliczne debaty, otwarte warsztaty i międzysektorowa grupa robocza.",
                "Regular debates, open workshops and a cross-sector working group.",
                "Регулярні дебати, відкриті семінари та міжсекторна робоча група.",
            ),
        ),
        ActivitySpec(
            t(
                "Bank Wspierania Partycypacji",
                "Participation Support Bank",
                "Банк підтримки участі",
            ),
            p(
                "Bezpłatne porady dla mieszkańców, grup nieformalnych i organizacji: od planowania "
                "przestrzennego po prawo miejskie.",
                "Free advice for residents, informal groups and organisations: from spatial "
                "planning to city law.",
                "Безкоштовні консультації для мешканців, неформальних груп та організацій: від "
                "просторового планування до міського права.",
            ),
        ),
        ActivitySpec(
            t("Akademia Dobrego Dialogu", "Good Dialogue Academy", "Академія доброго діалогу"),
            p(
                "Warsztaty dla lokalnych liderów o komunikacji, współpracy i rozwiązywaniu "
                "konfliktów.",
                "Workshops for local leaders on communication, cooperation and resolving "
                "conflicts.",
                "Семінари для місцевих лідерів про комунікацію, співпрацю та розв'язання "
                "конфліктів.",
            ),
        ),
        ActivitySpec(
            t(
                "Kampania o radzie dzielnicy",
                "District council campaign",
                "Кампанія про раду району",
            ),
            p(
                "Kampania informacyjna o tym, czym zajmuje się rada dzielnicy, z sylwetkami "
                "radnych.",
                "An information campaign about what the district council does, with profiles of "
                "the councillors.",
                "Інформаційна кампанія про те, чим займається рада району, з профілями радних.",
            ),
        ),
        ActivitySpec(
            t("Wizyta studyjna w Oslo", "Study visit to Oslo", "Навчальний візит до Осло"),
            p(
                "Realizatorzy poznali u norweskiego partnera metody edukacji dorosłych w obszarze "
                "demokracji uczestniczącej.",
                "The project team learned adult-education methods for participatory democracy "
                "from the Norwegian partner.",
                "Команда проєкту ознайомилася в норвезького партнера з методами освіти "
                "дорослих у сфері демократії участі.",
            ),
        ),
    ),
    partners=(
        ("partner-wspolna-przestrzen", "leader"),
        ("partner-rada-podgorze", "partner"),
        ("partner-umk", "partner"),
        ("partner-bjerkaker", "partner"),
        ("partner-eog", "funder"),
    ),
    funding_note=t(
        "Projekt finansowany przez Islandię, Liechtenstein i Norwegię z Funduszy EOG w ramach "
        "Programu Aktywni Obywatele – Fundusz Regionalny.",
        "Financed by Iceland, Liechtenstein and Norway through the EEA Grants, as part of the "
        "Active Citizens Fund – Regional Fund.",
        "Проєкт фінансують Ісландія, Ліхтенштейн і Норвегія з Грантів ЄЕЗ у межах Програми "
        "«Активні громадяни» – Регіональний фонд.",
    ),
    budget=298_500,
    image="meeting",
    image_alt=t(
        "Mieszkańcy Podgórza przy stole podczas debaty z radnymi",
        "Podgórze residents at a table during a debate with councillors",
        "Мешканці Подгужа за столом під час дебатів із радними",
    ),
    contact_name="Anna Wierzbicka",
    contact_role=COORDINATOR,
    contact_email="dialog@wspolna-przestrzen.example.org",
)

JOINT_PROJECTS = ProjectSpec(
    key="project-joint",
    title=t("Wspólne Projekty Dzielnicowe", "Joint District Projects", "Спільні районні проєкти"),
    slug=t("wspolne-projekty-dzielnicowe", "joint-district-projects", "spilni-raionni-proiekty"),
    lead=t(
        "Zamiast pisać wniosek do budżetu obywatelskiego w pojedynkę, mieszkańcy wypracowywali "
        "pomysły razem, z pomocą ekspertów urzędu.",
        "Instead of writing a participatory-budget proposal alone, residents worked out ideas "
        "together, helped by the city's experts.",
        "Замість того щоб писати заявку до громадського бюджету самотужки, мешканці "
        "напрацьовували ідеї разом, за допомогою експертів міської ради.",
    ),
    districts=("krowodrza", "bronowice", "pradnik-bialy"),
    topics=("budzet-obywatelski",),
    start=(2020, 2),
    end=(2020, 11),
    goals=(
        t(
            "Ułatwić mieszkańcom korzystanie z budżetu obywatelskiego",
            "Make the participatory budget easier for residents to use",
            "Полегшити мешканцям користування громадським бюджетом",
        ),
        t(
            "Przeszkolić Ambasadorów Lokalnej Partycypacji",
            "Train Local Participation Ambassadors",
            "Навчити амбасадорів місцевої участі",
        ),
    ),
    activities=(
        ActivitySpec(
            t("Spotkania ambasadorów", "Ambassadors' meetings", "Зустрічі амбасадорів"),
            p(
                "Ambasadorzy prowadzili rozmowy z sąsiadami o potrzebach ich osiedli; w czasie "
                "epidemii przenieśli je do sieci.",
                "Ambassadors led conversations with neighbours about their estates' needs; "
                "during the epidemic they moved them online.",
                "Амбасадори проводили розмови із сусідами про потреби їхніх житлових масивів; "
                "під час епідемії перенесли їх в інтернет.",
            ),
        ),
        ActivitySpec(
            t("Warsztaty z ekspertami", "Workshops with experts", "Семінари з експертами"),
            p(
                "Trzy warsztaty, na których pomysły zamieniały się we wnioski gotowe do oceny.",
                "Three workshops at which ideas turned into proposals ready for assessment.",
                "Три семінари, на яких ідеї перетворювалися на заявки, готові до оцінювання.",
            ),
        ),
    ),
    partners=(("partner-umk", "leader"), ("partner-podgorskie-inicjatywy", "partner")),
    image="ambassadors",
    image_alt=t(
        "Ambasadorzy partycypacji z mapą osiedla",
        "Participation ambassadors with a map of their estate",
        "Амбасадори участі з мапою житлового масиву",
    ),
)

DISTRICTS_COUNT = ProjectSpec(
    key="project-districts-count",
    title=t("Dzielnice się liczą", "Districts Count", "Райони мають значення"),
    slug=t("dzielnice-sie-licza", "districts-count", "raiony-maiut-znachennia"),
    lead=t(
        "Pilotaż budżetu partycypacyjnego w Zwierzyńcu, opisany później w europejskim "
        "kompendium dobrych praktyk.",
        "A participatory-budget pilot in Zwierzyniec, later described in a European compendium "
        "of good practice.",
        "Пілотний громадський бюджет у Звежинці, згодом описаний у європейському збірнику "
        "кращих практик.",
    ),
    districts=("zwierzyniec",),
    topics=("budzet-obywatelski", "edukacja-obywatelska"),
    start=(2013, 3),
    end=(2014, 2),
    goals=(
        t(
            "Sprawdzić, jak mieszkańcy mogą decydować o wydatkach dzielnicy",
            "Test how residents can decide on district spending",
            "Перевірити, як мешканці можуть вирішувати щодо видатків району",
        ),
        t(
            "Dzielić się doświadczeniem z partnerami z zagranicy",
            "Share the experience with partners abroad",
            "Ділитися досвідом із закордонними партнерами",
        ),
    ),
    activities=(
        ActivitySpec(
            t(
                "Wizyta studyjna z Wilna",
                "Study visit from Vilnius",
                "Навчальний візит із Вільнюса",
            ),
            p(
                "Goście z Litwy poznali szczegóły pilotażu i rozmawiali z radnymi dzielnicy.",
                "Guests from Lithuania learned the details of the pilot and talked to the "
                "district councillors.",
                "Гості з Литви ознайомилися з деталями пілоту та поспілкувалися з радними району.",
            ),
        ),
    ),
    partners=(("partner-zinu-kodas", "partner"),),
    image="visit",
    image_alt=t(
        "Goście z zagranicy na spotkaniu w urzędzie dzielnicy",
        "Guests from abroad at a meeting in the district office",
        "Закордонні гості на зустрічі в районній управі",
    ),
)

ACADEMY = ProjectSpec(
    key="project-academy",
    title=t(
        "Akademia Liderów Nowej Huty",
        "Nowa Huta Leaders' Academy",
        "Академія лідерів Нової Гути",
    ),
    slug=t("akademia-liderow-nowej-huty", "nowa-huta-leaders-academy", "akademiia-lideriv"),
    lead=t(
        "Roczny program dla osób, które chcą zakładać grupy sąsiedzkie i prowadzić spotkania.",
        "A year-long programme for people who want to set up neighbourhood groups and run "
        "meetings.",
        "Річна програма для тих, хто хоче створювати сусідські групи та вести зустрічі.",
    ),
    districts=("nowa-huta", "bienczyce"),
    topics=("edukacja-obywatelska",),
    start=-4,
    end=8,
    goals=(
        t(
            "Przygotować dwudziestu lokalnych liderów",
            "Prepare twenty local leaders",
            "Підготувати двадцять місцевих лідерів",
        ),
        t(
            "Założyć nowe grupy sąsiedzkie",
            "Start new neighbourhood groups",
            "Заснувати нові сусідські групи",
        ),
    ),
    activities=(
        ActivitySpec(
            t("Zjazdy szkoleniowe", "Training weekends", "Навчальні з'їзди"),
            p(
                "Sześć weekendowych zjazdów o facylitacji, komunikacji i finansowaniu działań.",
                "Six training weekends on facilitation, communication and funding activities.",
                "Шість вихідних з'їздів про фасилітацію, комунікацію та фінансування дій.",
            ),
            start_offset=-3,
            end_offset=5,
        ),
    ),
    partners=(("partner-wspolna-przestrzen", "leader"), ("partner-kawiarnia", "partner")),
    budget=86_000,
    image="workshop",
    image_alt=t(
        "Uczestnicy akademii podczas warsztatów z facylitacji",
        "Academy participants at a facilitation workshop",
        "Учасники академії на семінарі з фасилітації",
    ),
    contact_name="Tomasz Zieliński",
    contact_role=t("trener", "trainer", "тренер"),
    contact_email="akademia@wspolna-przestrzen.example.org",
)

GREEN_COURTYARDS = ProjectSpec(
    key="project-courtyards",
    title=t(
        "Zielone podwórka Zabłocia", "Green Courtyards of Zabłocie", "Зелені подвір'я Заблоття"
    ),
    slug=t("zielone-podworka", "green-courtyards", "zeleni-podvirria"),
    lead=t(
        "Sąsiedzi projektują i sadzą zieleń na trzech podwórkach, a miasto pokrywa koszt roślin.",
        "Neighbours design and plant greenery in three courtyards, and the city pays for the "
        "plants.",
        "Сусіди проєктують і висаджують зелень на трьох подвір'ях, а місто оплачує рослини.",
    ),
    districts=("podgorze", "grzegorzki"),
    topics=("srodowisko", "inicjatywy-lokalne"),
    start=-6,
    end=2,
    goals=(
        t(
            "Zamienić betonowe podwórka w miejsca spotkań",
            "Turn concrete courtyards into meeting places",
            "Перетворити бетонні подвір'я на місця зустрічей",
        ),
    ),
    activities=(
        ActivitySpec(
            t("Wspólne sadzenie", "Planting together", "Спільне висаджування"),
            p(
                "Trzy soboty sadzenia z ogrodnikiem, otwarte dla wszystkich mieszkańców.",
                "Three Saturdays of planting with a gardener, open to all residents.",
                "Три суботи висаджування із садівником, відкриті для всіх мешканців.",
            ),
        ),
    ),
    partners=(
        ("partner-sasiedzi-zablocie", "leader"),
        ("partner-podgorskie-inicjatywy", "partner"),
    ),
    image="park",
    image_alt=t(
        "Sąsiedzi sadzą krzewy na podwórku",
        "Neighbours planting shrubs in a courtyard",
        "Сусіди висаджують кущі на подвір'ї",
    ),
)

PLASZOW_PLAN = ProjectSpec(
    key="project-plaszow",
    title=t(
        "Konsultacje planu dla Płaszowa",
        "Consultation on the Płaszów plan",
        "Консультації щодо плану для Плашова",
    ),
    slug=t("konsultacje-planu-plaszow", "plaszow-plan-consultation", "konsultatsii-plaszow"),
    lead=t(
        "Zanim powstanie projekt planu miejscowego, zapytamy mieszkańców, czego potrzebuje ich "
        "okolica.",
        "Before the draft local plan is written, we will ask residents what their area needs.",
        "Перш ніж з'явиться проєкт місцевого плану, ми запитаємо мешканців, чого потребує їхня "
        "околиця.",
    ),
    districts=("podgorze",),
    topics=("planowanie-przestrzenne", "konsultacje"),
    start=3,
    end=9,
    goals=(
        t(
            "Poznać potrzeby mieszkańców przed pracą nad planem",
            "Learn residents' needs before work on the plan begins",
            "Дізнатися потреби мешканців до початку роботи над планом",
        ),
    ),
    activities=(
        ActivitySpec(
            t("Spacery badawcze", "Research walks", "Дослідницькі прогулянки"),
            p(
                "Spacery z urbanistami po terenie, którego dotyczy plan.",
                "Walks with planners around the area the plan covers.",
                "Прогулянки з урбаністами територією, якої стосується план.",
            ),
            start_offset=3,
            end_offset=4,
        ),
    ),
    partners=(("partner-umk", "leader"), ("partner-rada-podgorze", "partner")),
    image="consultation",
    image_alt=t(
        "Mieszkańcy pochyleni nad mapą planu miejscowego",
        "Residents leaning over a map of the local plan",
        "Мешканці схилилися над мапою місцевого плану",
    ),
)

CYCLE_ROUTES = ProjectSpec(
    key="project-cycling",
    title=t("Rowerowa Krowodrza", "Cycling Krowodrza", "Велосипедна Кроводжа"),
    slug=t("rowerowa-krowodrza", "cycling-krowodrza", "velosypedna-krovodzha"),
    lead=t(
        "Mieszkańcy wskażą, gdzie brakuje stojaków i bezpiecznych przejazdów; termin ustalimy "
        "z zarządem dróg.",
        "Residents will show where racks and safe crossings are missing; the dates will be "
        "agreed with the roads authority.",
        "Мешканці вкажуть, де бракує велопарковок і безпечних переїздів; терміни узгодимо з "
        "дорожнім управлінням.",
    ),
    districts=("krowodrza",),
    topics=("transport",),
    declared_status="planned",
    goals=(
        t(
            "Zebrać mapę potrzeb rowerzystów",
            "Gather a map of cyclists' needs",
            "Зібрати мапу потреб велосипедистів",
        ),
    ),
    activities=(),
    partners=(("partner-podgorskie-inicjatywy", "partner"),),
    image="cycling",
    image_alt=t(
        "Rysunek: trzy rowery na drodze dla rowerów",
        "Drawing: three bicycles on a cycle path",
        "Малюнок: три велосипеди на велодоріжці",
    ),
)

PROJECTS = (
    DIALOGUE,
    JOINT_PROJECTS,
    DISTRICTS_COUNT,
    ACADEMY,
    GREEN_COURTYARDS,
    PLASZOW_PLAN,
    CYCLE_ROUTES,
)
