"""The accessibility statement and the privacy policy, linked from the footer."""

from ..specs import ContentPageSpec, Heading, paragraph
from ..texts import bullets, p, t
from .common import EMAIL_LINK, PHONE

ACCESSIBILITY = ContentPageSpec(
    key="accessibility",
    title=t("Deklaracja dostępności", "Accessibility statement", "Заява про доступність"),
    slug=t("deklaracja-dostepnosci", "accessibility-statement", "zaiava-pro-dostupnist"),
    lead=t(
        "Biuro ds. Partycypacji Społecznej zobowiązuje się zapewnić dostępność tego portalu "
        "zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych "
        "i aplikacji mobilnych podmiotów publicznych.",
        "The Social Participation Office is committed to making this portal accessible in line "
        "with the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile "
        "applications of public bodies.",
        "Бюро з питань громадської участі зобов’язується забезпечити доступність цього порталу "
        "відповідно до Закону Польщі від 4 квітня 2019 року про цифрову доступність вебсайтів "
        "і мобільних застосунків публічних установ.",
    ),
    body=(
        paragraph(
            p(
                "Data publikacji portalu: 15 stycznia 2026 r. Data ostatniej istotnej "
                "aktualizacji: 30 października 2026 r.",
                "The portal was published on 15 January 2026 and last substantially updated "
                "on 30 October 2026.",
                "Дата публікації порталу: 15 січня 2026 року. Дата останнього суттєвого "
                "оновлення: 30 жовтня 2026 року.",
            ),
        ),
        Heading(t("Stan dostępności", "Compliance status", "Стан доступності")),
        paragraph(
            p(
                "Portal jest częściowo zgodny z ustawą o dostępności cyfrowej z powodu "
                "niezgodności wymienionych poniżej:",
                "The portal is partially compliant with the digital accessibility act because "
                "of the following non-compliances:",
                "Портал частково відповідає закону про цифрову доступність через такі "
                "невідповідності:",
            ),
            bullets(
                t(
                    "część dokumentów PDF opublikowanych przed 2026 r. nie jest dostępna "
                    "cyfrowo – na prośbę przygotujemy ich wersję dostępną;",
                    "some PDF documents published before 2026 are not accessible; we will "
                    "prepare an accessible version on request;",
                    "частина PDF-документів, опублікованих до 2026 року, не є доступною — "
                    "на запит ми підготуємо їхню доступну версію;",
                ),
                t(
                    "nagrania ze spotkań z lat ubiegłych nie mają napisów.",
                    "recordings of meetings from previous years have no captions.",
                    "записи зустрічей минулих років не мають субтитрів.",
                ),
            ),
        ),
        Heading(t("Ułatwienia na portalu", "Accessibility features", "Зручності на порталі")),
        paragraph(
            bullets(
                t(
                    "powiększanie tekstu i tryb wysokiego kontrastu, zapamiętywane w przeglądarce,",
                    "larger text and a high-contrast mode, remembered by your browser;",
                    "збільшення тексту та режим високої контрастності, які запам’ятовує браузер;",
                ),
                t(
                    "obsługa klawiaturą i odnośnik „Przejdź do treści” na początku strony,",
                    "full keyboard support and a “Skip to content” link at the top of each page;",
                    "керування з клавіатури та посилання «Перейти до змісту» на початку сторінки;",
                ),
                t(
                    "wersje językowe: polska, angielska i ukraińska.",
                    "Polish, English and Ukrainian language versions.",
                    "мовні версії: польська, англійська та українська.",
                ),
            ),
        ),
        Heading(
            t(
                "Informacje zwrotne i dane kontaktowe",
                "Feedback and contact details",
                "Зворотний зв’язок і контактні дані",
            )
        ),
        paragraph(
            p(
                f"Jeśli zauważysz problem z dostępnością, napisz na adres {EMAIL_LINK} lub "
                f"zadzwoń pod numer {PHONE}. Tą samą drogą możesz złożyć wniosek "
                "o udostępnienie informacji niedostępnej albo o zapewnienie dostępności.",
                f"If you notice an accessibility problem, write to {EMAIL_LINK} or call "
                f"{PHONE}. You can use the same channels to request information in an "
                "accessible form or to ask us to make something accessible.",
                f"Якщо ви помітили проблему з доступністю, напишіть на адресу {EMAIL_LINK} "
                f"або зателефонуйте за номером {PHONE}. Так само можна подати запит "
                "на надання недоступної інформації або на забезпечення доступності.",
            ),
            p(
                "Odpowiemy niezwłocznie, nie później niż w ciągu 7 dni. Jeśli nie zdołamy, "
                "wskażemy nowy termin – nie dłuższy niż 2 miesiące. Na odmowę możesz złożyć "
                "skargę, a potem zawiadomić Rzecznika Praw Obywatelskich.",
                "We will reply without delay and within 7 days at the latest. If we cannot, "
                "we will set a new date no more than 2 months away. If we refuse, you can "
                "file a complaint and then notify the Commissioner for Human Rights.",
                "Ми відповімо невідкладно, не пізніше ніж протягом 7 днів. Якщо не встигнемо, "
                "то призначимо новий термін — не довший ніж 2 місяці. У разі відмови ви "
                "можете подати скаргу, а потім звернутися до Уповноваженого з прав людини.",
            ),
        ),
        Heading(
            t(
                "Dostępność architektoniczna",
                "Physical accessibility",
                "Архітектурна доступність",
            )
        ),
        paragraph(
            p(
                "Siedziba biura przy ul. Józefińskiej 14 ma wejście z poziomu chodnika "
                "i windę. Sala spotkań na parterze ma pętlę indukcyjną. Do budynku można "
                "wejść z psem asystującym.",
                "The office at ul. Józefińska 14 has a step-free entrance from the pavement "
                "and a lift. The ground-floor meeting room has an induction loop. Assistance "
                "dogs are welcome in the building.",
                "Приміщення бюро на вул. Юзефінській, 14 має вхід на рівні тротуару та ліфт. "
                "Зала для зустрічей на першому поверсі обладнана індукційною петлею. "
                "До будівлі можна зайти із собакою-помічником.",
            ),
        ),
    ),
)

PRIVACY = ContentPageSpec(
    key="privacy",
    title=t("Polityka prywatności", "Privacy policy", "Політика конфіденційності"),
    slug=t("polityka-prywatnosci", "privacy-policy", "polityka-konfidentsiinosti"),
    lead=t(
        "Wyjaśniamy, co ten portal zapisuje na Twoim urządzeniu i dlaczego. Nie śledzimy "
        "odwiedzających i nie korzystamy z narzędzi analitycznych ani reklamowych.",
        "We explain what this portal stores on your device and why. We do not track visitors "
        "and we use no analytics or advertising tools.",
        "Пояснюємо, що цей портал зберігає на вашому пристрої і навіщо. Ми не відстежуємо "
        "відвідувачів і не використовуємо аналітичних чи рекламних інструментів.",
    ),
    body=(
        Heading(t("Ciasteczka", "Cookies", "Файли cookie")),
        paragraph(
            p(
                "Portal nie używa ciasteczek śledzących, reklamowych ani analitycznych "
                "i nie osadza skryptów serwisów społecznościowych.",
                "The portal uses no tracking, advertising or analytics cookies and embeds "
                "no social media scripts.",
                "Портал не використовує файлів cookie для відстеження, реклами чи аналітики "
                "і не вбудовує скриптів соціальних мереж.",
            ),
            p(
                "Jedyne ciasteczko, jakie zapisujemy odwiedzającym, to <i>csrftoken</i>. "
                "Pojawia się na stronach z formularzem i chroni go przed wysłaniem w Twoim "
                "imieniu przez inną witrynę. Nie zawiera danych osobowych.",
                "The only cookie we set for visitors is <i>csrftoken</i>. It appears on pages "
                "with a form and stops other websites from submitting that form on your "
                "behalf. It contains no personal data.",
                "Єдиний файл cookie, який ми зберігаємо для відвідувачів, — це <i>csrftoken</i>. "
                "Він з’являється на сторінках із формою і захищає її від надсилання від вашого "
                "імені іншим сайтом. Він не містить персональних даних.",
            ),
            p(
                "Osoby redagujące portal dostają po zalogowaniu do panelu administracyjnego "
                "także ciasteczko sesji.",
                "Editors who sign in to the administration panel also receive a session cookie.",
                "Редактори порталу після входу до адміністративної панелі отримують також "
                "сесійний файл cookie.",
            ),
        ),
        Heading(
            t(
                "Pamięć przeglądarki (localStorage)",
                "Browser storage (localStorage)",
                "Пам’ять браузера (localStorage)",
            )
        ),
        paragraph(
            p(
                "Trzy ustawienia zapisujemy tylko w pamięci Twojej przeglądarki, aby nie "
                "pytać o nie przy każdej wizycie:",
                "We keep three settings only in your browser's storage, so that we do not "
                "have to ask for them on every visit:",
                "Три налаштування ми зберігаємо лише в пам’яті вашого браузера, щоб не "
                "запитувати про них під час кожного відвідування:",
            ),
            bullets(
                t("wybrany rozmiar tekstu,", "the text size you chose;", "обраний розмір тексту;"),
                t(
                    "włączony lub wyłączony tryb wysokiego kontrastu,",
                    "whether high contrast is on or off;",
                    "увімкнений чи вимкнений режим високої контрастності;",
                ),
                t(
                    "informację, że zamknięto komunikat o ciasteczkach.",
                    "that you have closed the cookie notice.",
                    "інформацію про те, що ви закрили повідомлення про файли cookie.",
                ),
            ),
            p(
                "Te dane nie trafiają na nasz serwer. Usuniesz je, czyszcząc dane witryny "
                "w ustawieniach przeglądarki.",
                "This data never reaches our server. You can remove it by clearing the site "
                "data in your browser settings.",
                "Ці дані не потрапляють на наш сервер. Ви можете видалити їх, очистивши дані "
                "сайту в налаштуваннях браузера.",
            ),
        ),
        Heading(
            t(
                "Formularze i dane osobowe",
                "Forms and personal data",
                "Форми та персональні дані",
            )
        ),
        paragraph(
            p(
                "Dane podane w formularzu lub ankiecie wykorzystujemy wyłącznie w celu "
                "opisanym przy tym formularzu. Tam też znajdziesz informacje o administratorze "
                "danych i o Twoich prawach.",
                "We use the data you enter in a form or survey only for the purpose described "
                "next to that form, where you will also find who controls the data and what "
                "your rights are.",
                "Дані, які ви вказуєте у формі чи анкеті, ми використовуємо виключно з метою, "
                "описаною біля цієї форми. Там же ви знайдете інформацію про контролера "
                "даних і про ваші права.",
            ),
        ),
    ),
)
