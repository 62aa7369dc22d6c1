"""Two demo sign-up forms built as surveys: local participation ambassadors and advice sessions.

Both ask for personal data, so both carry a consent text (RODO/GDPR).
"""

from ..texts import p, t
from .common import EMAIL
from .surveys_specs import Ask, Explanation, SurveySpec

CONSENT_AMBASSADORS = t(
    "Zgadzam się, aby Biuro ds. Partycypacji Społecznej przetwarzało moje imię, adres e-mail "
    "i odpowiedzi w celu naboru i szkolenia Ambasadorów Lokalnej Partycypacji przez rok od "
    "zgłoszenia. Mogę w każdej chwili wycofać zgodę, pisząc na adres biura.",
    "I agree that the Social Participation Office may process my name, e-mail address and "
    "answers to recruit and train Local Participation Ambassadors for one year after I apply. "
    "I can withdraw my consent at any time by writing to the office.",
    "Я погоджуюся, щоб Бюро з питань громадської участі обробляло моє ім'я, електронну адресу "
    "та відповіді для набору й навчання Амбасадорів локальної участі протягом року від подання "
    "заявки. Я можу будь-коли відкликати згоду, написавши до бюро.",
)

AMBASSADORS = SurveySpec(
    title=t(
        "Zostań Ambasadorem Lokalnej Partycypacji",
        "Become a Local Participation Ambassador",
        "Станьте Амбасадором локальної участі",
    ),
    slug=t(
        "ambasadorzy-lokalnej-partycypacji",
        "local-participation-ambassadors",
        "ambasadory-lokalnoi-uchasti",
    ),
    intro=p(
        "Ambasadorzy to mieszkańcy, którzy po krótkim szkoleniu zapraszają sąsiadów na rozmowy "
        "o potrzebach swojej okolicy. Zapewniamy materiały, salę i wsparcie moderatora.",
        "Ambassadors are residents who, after a short training, invite their neighbours to talk "
        "about what their area needs. We provide materials, a room and a moderator's support.",
        "Амбасадори — це мешканці, які після короткого навчання запрошують сусідів на розмови "
        "про потреби своєї околиці. Ми забезпечуємо матеріали, залу та підтримку модератора.",
    ),
    thank_you=p(
        "Dziękujemy za zgłoszenie! Odezwiemy się w ciągu dwóch tygodni z terminem szkolenia.",
        "Thank you for applying! We will write within two weeks with the date of the training.",
        "Дякуємо за заявку! Ми напишемо протягом двох тижнів і повідомимо дату навчання.",
    ),
    consent=CONSENT_AMBASSADORS,
    policy="email",
    retention_days=365,
    office_email=EMAIL,
    send_copy=True,
    items=(
        Ask(
            "short_text",
            "name",
            t("Imię i nazwisko", "Full name", "Ім'я та прізвище"),
            personal=True,
            settings={"max_length": 120},
        ),
        Ask(
            "email",
            "email",
            t("Adres e-mail", "E-mail address", "Електронна адреса"),
            help=t(
                "Wyślemy na niego termin szkolenia.",
                "We will send the date of the training to it.",
                "Ми надішлемо на неї дату навчання.",
            ),
            personal=True,
        ),
        Ask(
            "district",
            "district",
            t(
                "W której dzielnicy chcesz działać?",
                "Which district would you like to work in?",
                "У якому районі ви хочете діяти?",
            ),
        ),
        Ask(
            "yes_no",
            "budget_ambassador",
            t(
                "Czy byłeś(-aś) już Ambasadorem Budżetu Obywatelskiego?",
                "Have you been a Civic Budget Ambassador before?",
                "Чи були ви вже Амбасадором громадського бюджету?",
            ),
            required=False,
        ),
        Ask(
            "multiple_choice",
            "availability",
            t(
                "Kiedy możesz prowadzić spotkania?",
                "When can you hold meetings?",
                "Коли ви можете проводити зустрічі?",
            ),
            options=(
                (
                    "weekday-evenings",
                    t("W dni robocze wieczorem", "Weekday evenings", "У будні ввечері"),
                ),
                ("saturdays", t("W soboty", "On Saturdays", "У суботу")),
                ("sundays", t("W niedziele", "On Sundays", "У неділю")),
            ),
        ),
        Ask(
            "long_text",
            "motivation",
            t(
                "O czym chcesz rozmawiać z sąsiadami?",
                "What would you like to talk about with your neighbours?",
                "Про що ви хочете говорити із сусідами?",
            ),
            required=False,
            settings={"max_length": 1500},
        ),
    ),
)

CONSENT_ADVICE = t(
    "Zgadzam się, aby Biuro ds. Partycypacji Społecznej przetwarzało moje dane kontaktowe i opis "
    "sprawy w celu umówienia konsultacji w Banku Wspierania Partycypacji, przez pół roku od "
    "wysłania formularza.",
    "I agree that the Social Participation Office may process my contact details and the "
    "description of my matter to arrange an advice session with the Participation Support Bank, "
    "for six months after I send this form.",
    "Я погоджуюся, щоб Бюро з питань громадської участі обробляло мої контактні дані та опис "
    "справи, щоб домовитися про консультацію в Банку підтримки участі, протягом пів року від "
    "надсилання форми.",
)

ADVICE = SurveySpec(
    title=t(
        "Umów konsultację w Banku Wspierania Partycypacji",
        "Book an advice session with the Participation Support Bank",
        "Запишіться на консультацію до Банку підтримки участі",
    ),
    slug=t("bank-wspierania-partycypacji", "participation-support-bank", "bank-pidtrymky-uchasti"),
    intro=p(
        "Bank Wspierania Partycypacji to bezpłatne porady dla mieszkańców, grup nieformalnych "
        "i organizacji z Podgórza: od planowania przestrzennego po zrównoważony transport.",
        "The Participation Support Bank offers free advice to residents, informal groups and "
        "organisations from Podgórze: from spatial planning to sustainable transport.",
        "Банк підтримки участі — це безкоштовні консультації для мешканців, неформальних груп "
        "та організацій з Подгуже: від просторового планування до сталого транспорту.",
    ),
    thank_you=p(
        "Dziękujemy! Doradca zadzwoni lub napisze w ciągu pięciu dni roboczych.",
        "Thank you! An adviser will call or write within five working days.",
        "Дякуємо! Консультант зателефонує або напише протягом п'яти робочих днів.",
    ),
    consent=CONSENT_ADVICE,
    retention_days=180,
    office_email=EMAIL,
    items=(
        Explanation(
            "about",
            p(
                "Konsultacja trwa do godziny. Odpowiedz na kilka pytań, abyśmy dobrali doradcę.",
                "A session lasts up to an hour. Answer a few questions so we can find an adviser.",
                "Консультація триває до години. Дайте відповідь на кілька питань, щоб ми "
                "підібрали консультанта.",
            ),
        ),
        Ask(
            "short_text",
            "name",
            t("Imię i nazwisko", "Full name", "Ім'я та прізвище"),
            personal=True,
            settings={"max_length": 120},
        ),
        Ask(
            "email",
            "email",
            t("Adres e-mail", "E-mail address", "Електронна адреса"),
            personal=True,
        ),
        Ask(
            "single_choice",
            "who",
            t("Zgłaszasz się jako", "You are applying as", "Ви звертаєтеся як"),
            options=(
                (
                    "resident",
                    t("Mieszkaniec lub mieszkanka", "A resident", "Мешканець або мешканка"),
                ),
                (
                    "informal-group",
                    t("Grupa nieformalna", "An informal group", "Неформальна група"),
                ),
                (
                    "ngo",
                    t(
                        "Organizacja pozarządowa",
                        "A non-governmental organisation",
                        "Громадська організація",
                    ),
                ),
            ),
        ),
        Ask(
            "multiple_choice",
            "topics",
            t(
                "W czym potrzebujesz pomocy?",
                "What do you need help with?",
                "З чим вам потрібна допомога?",
            ),
            options=(
                (
                    "planning",
                    t("Planowanie przestrzenne", "Spatial planning", "Просторове планування"),
                ),
                (
                    "environment",
                    t("Ochrona środowiska", "Environmental protection", "Охорона довкілля"),
                ),
                ("city-law", t("Prawo miejskie", "City law", "Міське право")),
                (
                    "transport",
                    t("Zrównoważony transport", "Sustainable transport", "Сталий транспорт"),
                ),
            ),
            settings={"allow_other": True},
        ),
        Ask(
            "single_choice",
            "format",
            t("Jak chcesz się spotkać?", "How would you like to meet?", "Як ви хочете зустрітися?"),
            options=(
                ("in-person", t("W biurze", "At the office", "У бюро")),
                ("online", t("Przez internet", "Online", "Онлайн")),
                ("phone", t("Telefonicznie", "By phone", "Телефоном")),
            ),
            settings={"widget": "dropdown"},
        ),
        Ask(
            "date",
            "preferred_date",
            t("Preferowany termin", "Preferred date", "Бажана дата"),
            required=False,
        ),
        Ask(
            "long_text",
            "matter",
            t(
                "Opisz krótko swoją sprawę",
                "Describe your matter briefly",
                "Коротко опишіть свою справу",
            ),
            settings={"max_length": 2000},
        ),
    ),
)
