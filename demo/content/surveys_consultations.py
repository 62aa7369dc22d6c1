"""Two demo consultations: an open multi-step one and a closed one with published results."""

from ..texts import p, t
from .surveys_specs import Ask, Heading, StepBreak, SurveySpec

AGREE_SCALE = {
    "min_label": t("Zdecydowanie nie", "Strongly disagree", "Категорично ні"),
    "max_label": t("Zdecydowanie tak", "Strongly agree", "Однозначно так"),
}

COURTYARDS = SurveySpec(
    title=t(
        "Konsultacje: zielone podwórka w Podgórzu",
        "Consultation: green courtyards in Podgórze",
        "Консультації: зелені подвір'я в Подгуже",
    ),
    slug=t(
        "konsultacje-zielone-podworka",
        "green-courtyards-consultation",
        "konsultatsii-zeleni-podvirria",
    ),
    intro=p(
        "Dzielnica chce zazielenić podwórka i skwery między blokami. Powiedz nam, z czego "
        "korzystasz i czego brakuje: ankieta ma trzy krótkie kroki.",
        "The district wants to green the courtyards and squares between the blocks of flats. "
        "Tell us what you use and what is missing: the survey has three short steps.",
        "Район хоче озеленити подвір'я та сквери між багатоквартирними будинками. Розкажіть, "
        "чим ви користуєтеся і чого бракує: анкета має три короткі кроки.",
    ),
    thank_you=p(
        "Dziękujemy! Wyniki przedstawimy na spotkaniu rady dzielnicy i opublikujemy na stronie.",
        "Thank you! We will present the results at a district council meeting and publish them "
        "here.",
        "Дякуємо! Ми представимо результати на засіданні ради району та опублікуємо їх тут.",
    ),
    policy="browser",
    closes_in_days=45,
    results_public=True,
    items=(
        Heading("about-you", t("O tobie", "About you", "Про вас")),
        Ask(
            "district",
            "district",
            t(
                "W której dzielnicy mieszkasz?",
                "Which district do you live in?",
                "У якому районі ви живете?",
            ),
        ),
        Ask(
            "yes_no",
            "uses",
            t(
                "Czy korzystasz z podwórka lub skweru przy swoim domu?",
                "Do you use the courtyard or square next to your home?",
                "Чи користуєтеся ви подвір'ям або сквером біля свого будинку?",
            ),
            name="uses",
        ),
        StepBreak("step-courtyard", t("Twoje podwórko", "Your courtyard", "Ваше подвір'я")),
        Ask(
            "single_choice",
            "how_often",
            t("Jak często tam bywasz?", "How often are you there?", "Як часто ви там буваєте?"),
            options=(
                ("daily", t("Codziennie", "Every day", "Щодня")),
                (
                    "weekly",
                    t("Kilka razy w tygodniu", "A few times a week", "Кілька разів на тиждень"),
                ),
                ("rarely", t("Rzadziej", "Less often", "Рідше")),
            ),
            condition=("uses", "yes"),
        ),
        Ask(
            "matrix",
            "opinions",
            t(
                "Na ile zgadzasz się z tymi zdaniami o podwórku?",
                "How much do you agree with these statements about the courtyard?",
                "Наскільки ви погоджуєтеся з цими твердженнями про подвір'я?",
            ),
            statements=(
                ("clean", t("Jest czyste.", "It is clean.", "Воно чисте.")),
                (
                    "safe",
                    t(
                        "Czuję się tam bezpiecznie.",
                        "I feel safe there.",
                        "Я почуваюся там безпечно.",
                    ),
                ),
                (
                    "shade",
                    t("Latem jest tam cień.", "There is shade in summer.", "Влітку там є тінь."),
                ),
                (
                    "seating",
                    t("Jest gdzie usiąść.", "There is somewhere to sit.", "Там є де сісти."),
                ),
            ),
            settings={"scale_max": "5"},
            **AGREE_SCALE,
        ),
        Ask(
            "multiple_choice",
            "wishes",
            t("Czego najbardziej brakuje?", "What is missing most?", "Чого найбільше бракує?"),
            help=t("Wybierz najwyżej trzy.", "Choose up to three.", "Оберіть не більше трьох."),
            options=(
                ("trees", t("Drzew", "Trees", "Дерев")),
                ("benches", t("Ławek", "Benches", "Лавок")),
                ("playground", t("Placu zabaw", "A playground", "Дитячого майданчика")),
                ("rain-garden", t("Ogrodu deszczowego", "A rain garden", "Дощового саду")),
                ("lighting", t("Oświetlenia", "Lighting", "Освітлення")),
            ),
            settings={"max_choices": 3, "allow_other": True},
        ),
        StepBreak("step-ideas", t("Twoje pomysły", "Your ideas", "Ваші ідеї")),
        Ask(
            "ranking",
            "priorities",
            t(
                "Ułóż od najważniejszego: na co wydać pieniądze w pierwszej kolejności?",
                "Most important first: what should the money go to first?",
                "Від найважливішого: на що витратити гроші насамперед?",
            ),
            options=(
                ("greenery", t("Zieleń", "Greenery", "Зелень")),
                ("play", t("Zabawa i sport", "Play and sport", "Ігри та спорт")),
                ("rest", t("Miejsca odpoczynku", "Places to rest", "Місця відпочинку")),
            ),
        ),
        Ask(
            "long_text",
            "idea",
            t("Twój pomysł na podwórko", "Your idea for the courtyard", "Ваша ідея для подвір'я"),
            required=False,
            settings={"max_length": 1500},
        ),
    ),
)

PARKS = SurveySpec(
    title=t(
        "Jak oceniasz parki kieszonkowe?",
        "How do you rate the pocket parks?",
        "Як ви оцінюєте кишенькові парки?",
    ),
    slug=t("parki-kieszonkowe", "pocket-parks", "kyshenkovi-parky"),
    intro=p(
        "Zapytaliśmy mieszkańców o pięć parków kieszonkowych otwartych w ostatnich latach.",
        "We asked residents about five pocket parks opened in recent years.",
        "Ми запитали мешканців про п'ять кишенькових парків, відкритих останніми роками.",
    ),
    thank_you=p(
        "Dziękujemy za udział w badaniu.",
        "Thank you for taking part in the survey.",
        "Дякуємо за участь в опитуванні.",
    ),
    opens_in_days=-120,
    closes_in_days=-60,
    results_public=True,
    items=(
        Ask(
            "district",
            "district",
            t(
                "W której dzielnicy mieszkasz?",
                "Which district do you live in?",
                "У якому районі ви живете?",
            ),
        ),
        Ask(
            "single_choice",
            "visits",
            t(
                "Jak często odwiedzasz park kieszonkowy?",
                "How often do you visit a pocket park?",
                "Як часто ви відвідуєте кишеньковий парк?",
            ),
            options=(
                ("daily", t("Codziennie", "Every day", "Щодня")),
                (
                    "weekly",
                    t("Kilka razy w tygodniu", "A few times a week", "Кілька разів на тиждень"),
                ),
                ("rarely", t("Rzadziej", "Less often", "Рідше")),
                ("never", t("Wcale", "Never", "Ніколи")),
            ),
        ),
        Ask(
            "scale",
            "rating",
            t("Jak je oceniasz?", "How do you rate them?", "Як ви їх оцінюєте?"),
            settings={"scale_max": "10"},
            min_label=t("Bardzo źle", "Very poor", "Дуже погано"),
            max_label=t("Bardzo dobrze", "Very good", "Дуже добре"),
        ),
        Ask(
            "matrix",
            "features",
            t(
                "Na ile zgadzasz się z tymi zdaniami?",
                "How much do you agree with these statements?",
                "Наскільки ви погоджуєтеся з цими твердженнями?",
            ),
            statements=(
                (
                    "quiet",
                    t(
                        "Można tam odpocząć w ciszy.",
                        "You can rest there in peace.",
                        "Там можна відпочити в тиші.",
                    ),
                ),
                (
                    "kids",
                    t(
                        "Są przyjazne dzieciom.",
                        "They are child-friendly.",
                        "Вони дружні до дітей.",
                    ),
                ),
                (
                    "accessible",
                    t(
                        "Łatwo do nich dotrzeć z wózkiem.",
                        "They are easy to reach with a pushchair.",
                        "До них легко дістатися з візком.",
                    ),
                ),
            ),
            settings={"scale_max": "5"},
            **AGREE_SCALE,
        ),
        Ask(
            "multiple_choice",
            "more",
            t("Czego chcesz więcej?", "What would you like more of?", "Чого ви хочете більше?"),
            options=(
                ("trees", t("Drzew", "Trees", "Дерев")),
                ("benches", t("Ławek", "Benches", "Лавок")),
                ("water", t("Poidełek", "Drinking fountains", "Питних фонтанчиків")),
                ("events", t("Wydarzeń sąsiedzkich", "Neighbourhood events", "Сусідських подій")),
            ),
            required=False,
        ),
        Ask(
            "yes_no",
            "new_park",
            t(
                "Czy w twojej okolicy potrzebny jest nowy park kieszonkowy?",
                "Does your area need a new pocket park?",
                "Чи потрібен у вашій околиці новий кишеньковий парк?",
            ),
        ),
        Ask(
            "long_text",
            "comment",
            t("Uwagi", "Comments", "Зауваження"),
            required=False,
            settings={"max_length": 1000},
        ),
    ),
)
