"""News from the second half of 2026: a park consultation, the vote, work with NGOs."""

import datetime

from ..specs import Figure, Heading, NewsPageSpec, paragraph
from ..texts import bullets, p, t
from .common import OFFICE

PARK_CONSULTATION = NewsPageSpec(
    key="news-park",
    date=datetime.date(2026, 6, 15),
    title=t(
        "Podsumowanie konsultacji planu Parku Nadwiślańskiego",
        "Nadwiślański Park plan: consultation summary",
        "Підсумки консультацій щодо плану Надвіслянського парку",
    ),
    slug=t(
        "konsultacje-parku-nadwislanskiego",
        "nadwislanski-park-consultation",
        "konsultatsii-nadvislianskoho-parku",
    ),
    lead=t(
        "W konsultacjach wzięło udział ponad 1200 osób. Najczęściej prosiły o więcej cienia, "
        "miejsca do odpoczynku nad wodą i toalety czynne przez cały rok.",
        "More than 1,200 people took part in the consultation. They most often asked for more "
        "shade, places to rest by the water and toilets open all year round.",
        "У консультаціях взяли участь понад 1200 осіб. Найчастіше вони просили більше тіні, "
        "місць для відпочинку біля води та туалетів, відкритих цілий рік.",
    ),
    publishing_unit=OFFICE,
    image="park",
    image_alt=t(
        "Zielone korony drzew i alejka wzdłuż rzeki – ilustracja konsultacji parku",
        "Green treetops and a path along the river – an illustration of the park consultation",
        "Зелені крони дерев і алея вздовж річки – ілюстрація до консультацій щодо парку",
    ),
    body=(
        paragraph(
            p(
                "Konsultacje trwały sześć tygodni. Można było wypełnić ankietę, zaznaczyć uwagi "
                "na mapie podczas dwóch spacerów badawczych albo porozmawiać z projektantami "
                "w punkcie konsultacyjnym w parku.",
                "The consultation ran for six weeks. People could fill in a survey, mark their "
                "comments on a map during two neighbourhood walks or talk to the designers at "
                "an information point in the park.",
                "Консультації тривали шість тижнів. Можна було заповнити анкету, позначити "
                "зауваження на мапі під час двох дослідницьких прогулянок або поговорити "
                "з проєктувальниками в консультаційному пункті в парку.",
            ),
        ),
        Heading(
            t(
                "Co zmieni się w projekcie",
                "What will change in the design",
                "Що зміниться в проєкті",
            )
        ),
        paragraph(
            bullets(
                t(
                    "zachowamy dziką łąkę przy brzegu zamiast zakładać trawnik,",
                    "the wild meadow by the riverbank will stay instead of becoming a lawn;",
                    "ми збережемо дику луку біля берега замість того, щоб сіяти газон;",
                ),
                t(
                    "dodamy dwa zadaszone miejsca do odpoczynku i poidełka,",
                    "we will add two sheltered resting places and drinking fountains;",
                    "ми додамо два накриті місця для відпочинку та питні фонтанчики;",
                ),
                t(
                    "ścieżkę rowerową oddzielimy od alejki spacerowej.",
                    "the cycle path will be separated from the footpath.",
                    "велодоріжку буде відокремлено від пішохідної алеї.",
                ),
            ),
            p(
                "Pełny raport z odpowiedziami na wszystkie uwagi opublikujemy w lipcu.",
                "We will publish the full report, with answers to every comment, in July.",
                "Повний звіт із відповідями на всі зауваження ми опублікуємо в липні.",
            ),
        ),
        Figure(
            image="consultation",
            alt_text=t(
                "Ilustracja: plan terenu z przypiętymi kolorowymi karteczkami z uwagami",
                "Illustration: a site plan with coloured comment notes pinned to it",
                "Ілюстрація: план території з приколотими різнокольоровими нотатками "
                "із зауваженнями",
            ),
            caption=t(
                "Uwagi z dwóch spacerów badawczych zebraliśmy na jednej mapie.",
                "We gathered the comments from both neighbourhood walks on one map.",
                "Зауваження з обох дослідницьких прогулянок ми зібрали на одній мапі.",
            ),
        ),
    ),
)

BUDGET_VOTE = NewsPageSpec(
    key="news-vote",
    date=datetime.date(2026, 9, 8),
    title=t(
        "Głosowanie w budżecie obywatelskim potrwa do 28 września",
        "Participatory budget voting runs until 28 September",
        "Голосування в громадському бюджеті триватиме до 28 вересня",
    ),
    slug=t(
        "glosowanie-budzet-obywatelski-2026",
        "participatory-budget-vote-2026",
        "holosuvannia-hromadskyi-biudzhet-2026",
    ),
    lead=t(
        "Na karcie do głosowania jest 186 projektów dzielnicowych i 42 ogólnomiejskie. "
        "Głos można oddać przez internet albo w punktach stacjonarnych.",
        "The ballot lists 186 district projects and 42 city-wide ones. You can vote online "
        "or in person at a voting point.",
        "У бюлетені — 186 районних і 42 загальноміські проєкти. Проголосувати можна онлайн "
        "або у стаціонарних пунктах.",
    ),
    publishing_unit=OFFICE,
    image="vote",
    image_alt=t(
        "Wykres słupkowy: głosy oddane w budżecie obywatelskim",
        "A bar chart: votes cast in the participatory budget",
        "Стовпчикова діаграма: голоси, віддані в громадському бюджеті",
    ),
    body=(
        paragraph(
            p(
                "Każda osoba mieszkająca w Krakowie może zagłosować na projekty z jednej "
                "wybranej dzielnicy oraz na projekty ogólnomiejskie. Głosować można tylko "
                "raz – po wysłaniu karty nie da się zmienić wyboru.",
                "Everyone who lives in Kraków can vote for projects in one district of their "
                "choice and for city-wide projects. You can only vote once: after you submit "
                "the ballot, your choice cannot be changed.",
                "Кожен, хто мешкає в Кракові, може проголосувати за проєкти в одному обраному "
                "районі та за загальноміські проєкти. Голосувати можна лише один раз — після "
                "надсилання бюлетеня змінити вибір не можна.",
            ),
        ),
        Heading(t("Gdzie zagłosować", "Where to vote", "Де проголосувати")),
        paragraph(
            bullets(
                t(
                    "przez internet, na stronie budżetu obywatelskiego – całą dobę,",
                    "online, on the participatory budget website, at any time of day;",
                    "онлайн, на сайті громадського бюджету, — цілодобово;",
                ),
                t(
                    "w urzędach dzielnic i wybranych bibliotekach – w godzinach ich otwarcia.",
                    "at district offices and selected libraries, during their opening hours.",
                    "в управліннях районів і деяких бібліотеках — у години їхньої роботи.",
                ),
            ),
            p(
                "Przed głosowaniem warto przejrzeć karty projektów: każda ma opis, kosztorys "
                "i mapę. Wyniki ogłosimy w październiku.",
                "Before voting, it is worth looking through the project pages: each has a "
                "description, a cost estimate and a map. We will announce the results "
                "in October.",
                "Перед голосуванням варто переглянути картки проєктів: кожна містить опис, "
                "кошторис і мапу. Результати ми оголосимо в жовтні.",
            ),
        ),
    ),
)

NGO_DEBATE = NewsPageSpec(
    key="news-ngo-debate",
    date=datetime.date(2026, 10, 14),
    title=t(
        "Urzędy i organizacje pozarządowe o wspólnej pracy nad partycypacją",
        "City offices and NGOs discuss working together on participation",
        "Органи влади та громадські організації — про спільну роботу над участю мешканців",
    ),
    slug=t(
        "urzedy-i-organizacje-o-partycypacji",
        "offices-and-ngos-on-participation",
        "orhany-vlady-ta-hromadski-orhanizatsii",
    ),
    lead=t(
        "Podczas sesji dyskusyjnej przedstawiciele urzędów i fundacji rozmawiali o tym, co "
        "pomaga, a co przeszkadza we wspólnym prowadzeniu konsultacji.",
        "At a panel discussion, people from city offices and foundations talked about what "
        "helps and what gets in the way when they run consultations together.",
        "Під час дискусійної сесії представники органів влади та фондів говорили про те, що "
        "допомагає, а що заважає спільно проводити консультації.",
    ),
    publishing_unit=OFFICE,
    body=(
        paragraph(
            p(
                "Rozmawialiśmy o tym, jak urzędy mogą korzystać z wiedzy organizacji, które "
                "na co dzień pracują z mieszkańcami, i jak organizacje mogą sięgać po zasoby "
                "publiczne: sale, dane i wsparcie ekspertów.",
                "We talked about how city offices can draw on the knowledge of organisations "
                "that work with residents every day, and how organisations can use public "
                "resources: rooms, data and expert support.",
                "Ми говорили про те, як органи влади можуть використовувати знання "
                "організацій, що щодня працюють із мешканцями, і як організації можуть "
                "користуватися публічними ресурсами: приміщеннями, даними та підтримкою "
                "експертів.",
            ),
            p(
                "Uczestnicy zgodzili się, że najwięcej zależy od zaufania i jasnego podziału "
                "ról. Dlatego przygotujemy wzór porozumienia o współpracy przy konsultacjach, "
                "który organizacje będą mogły zaproponować wydziałom urzędu.",
                "The participants agreed that trust and a clear division of roles matter most. "
                "That is why we will draft a model agreement on cooperation in consultations "
                "that organisations will be able to propose to city departments.",
                "Учасники погодилися, що найбільше залежить від довіри та чіткого розподілу "
                "ролей. Тому ми підготуємо зразок угоди про співпрацю під час консультацій, "
                "який організації зможуть запропонувати відділам міської адміністрації.",
            ),
        ),
    ),
)

AUTUMN_NEWS = (PARK_CONSULTATION, BUDGET_VOTE, NGO_DEBATE)
