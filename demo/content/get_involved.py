"""The 'Jak się zaangażować' page: every body block type except the video embed."""

from ..specs import (
    Accordion,
    CallToAction,
    ContentPageSpec,
    DocumentLink,
    Documents,
    Figure,
    Heading,
    Question,
    Quote,
    Table,
    paragraph,
)
from ..texts import p, t

SCHEDULE = Table(
    caption=t(
        "Harmonogram budżetu obywatelskiego 2027",
        "Participatory budget 2027 timetable",
        "Графік громадського бюджету на 2027 рік",
    ),
    rows=(
        (
            t("Etap", "Stage", "Етап"),
            t("Termin", "When", "Термін"),
            t("Co robisz", "What you do", "Що ви робите"),
        ),
        (
            t("Zgłaszanie pomysłów", "Submitting ideas", "Подання ідей"),
            t("styczeń – marzec", "January – March", "січень – березень"),
            t(
                "Opisujesz projekt i szacujesz jego koszt",
                "You describe your project and estimate its cost",
                "Ви описуєте проєкт і оцінюєте його вартість",
            ),
        ),
        (
            t("Weryfikacja", "Assessment", "Перевірка"),
            t("kwiecień – czerwiec", "April – June", "квітень – червень"),
            t(
                "Odpowiadasz na pytania urzędników",
                "You answer the city officers' questions",
                "Ви відповідаєте на запитання працівників міської адміністрації",
            ),
        ),
        (
            t("Głosowanie", "Vote", "Голосування"),
            t("wrzesień", "September", "вересень"),
            t(
                "Wybierasz projekty dzielnicowe i ogólnomiejskie",
                "You choose district and city-wide projects",
                "Ви обираєте районні та загальноміські проєкти",
            ),
        ),
        (
            t("Wyniki", "Results", "Результати"),
            t("październik", "October", "жовтень"),
            t(
                "Sprawdzasz, które projekty zostaną zrealizowane",
                "You check which projects will be carried out",
                "Ви перевіряєте, які проєкти буде реалізовано",
            ),
        ),
    ),
)

FAQ = Accordion(
    heading=t("Najczęstsze pytania", "Frequently asked questions", "Поширені запитання"),
    items=(
        Question(
            t(
                "Czy muszę być zameldowany w Krakowie, żeby głosować?",
                "Do I have to be registered as a Kraków resident to vote?",
                "Чи потрібно бути зареєстрованим у Кракові, щоб голосувати?",
            ),
            p(
                "Nie. Wystarczy, że mieszkasz w Krakowie – przy głosowaniu potwierdzasz to "
                "oświadczeniem.",
                "No. It is enough that you live in Kraków; you confirm it with a declaration "
                "when you vote.",
                "Ні. Достатньо того, що ви мешкаєте в Кракові, — під час голосування ви "
                "підтверджуєте це заявою.",
            ),
        ),
        Question(
            t(
                "Ile lat trzeba mieć, żeby zgłosić projekt?",
                "How old do I have to be to submit a project?",
                "Скільки років потрібно мати, щоб подати проєкт?",
            ),
            p(
                "Nie ma dolnej granicy wieku. Osoby niepełnoletnie dołączają zgodę rodzica "
                "lub opiekuna.",
                "There is no minimum age. People under 18 attach the consent of a parent "
                "or guardian.",
                "Мінімального віку немає. Неповнолітні додають згоду одного з батьків або опікуна.",
            ),
        ),
        Question(
            t(
                "Czy mogę wziąć udział w konsultacjach, jeśli słabo mówię po polsku?",
                "Can I take part in consultations if my Polish is not very good?",
                "Чи можу я взяти участь у консультаціях, якщо погано розмовляю польською?",
            ),
            p(
                "Tak. Ankiety przygotowujemy także po angielsku i ukraińsku, a na spotkania "
                "możemy zaprosić tłumacza – daj nam znać kilka dni wcześniej.",
                "Yes. Our surveys are also available in English and Ukrainian, and we can "
                "bring an interpreter to meetings; let us know a few days in advance.",
                "Так. Опитування ми готуємо також англійською та українською мовами, а на "
                "зустрічі можемо запросити перекладача — дайте нам знати за кілька днів.",
            ),
        ),
        Question(
            t(
                "Co się dzieje z uwagami zgłoszonymi w konsultacjach?",
                "What happens to the comments made in a consultation?",
                "Що відбувається із зауваженнями, поданими під час консультацій?",
            ),
            p(
                "Każdą uwagę analizujemy i odpowiadamy na nią w raporcie z konsultacji, który "
                "publikujemy w ciągu 30 dni od ich zakończenia.",
                "We analyse every comment and respond to it in the consultation report, which "
                "we publish within 30 days of the consultation closing.",
                "Ми аналізуємо кожне зауваження і відповідаємо на нього у звіті про "
                "консультації, який публікуємо протягом 30 днів після їх завершення.",
            ),
        ),
    ),
)

GET_INVOLVED = ContentPageSpec(
    key="get-involved",
    title=t("Jak się zaangażować", "How to get involved", "Як долучитися"),
    slug=t("jak-sie-zaangazowac", "get-involved", "yak-doluchytysia"),
    show_in_menus=True,
    lead=t(
        "Na decyzje w mieście można wpływać na wiele sposobów. Wybierz ten, który pasuje "
        "do Twojego czasu i zainteresowań.",
        "There are many ways to influence decisions in the city. Choose the one that suits "
        "your time and interests.",
        "Впливати на рішення в місті можна багатьма способами. Оберіть той, що відповідає "
        "вашому часу та інтересам.",
    ),
    body=(
        Heading(t("Budżet obywatelski", "Participatory budget", "Громадський бюджет")),
        paragraph(
            p(
                "Co roku część budżetu miasta przeznaczamy na projekty zgłoszone przez "
                "mieszkańców. Urzędnicy sprawdzają, czy pomysły da się zrealizować, "
                "a o wyborze zwycięzców decyduje głosowanie.",
                "Every year part of the city budget goes to projects proposed by residents. "
                "City officers check whether the ideas can be carried out, and a public vote "
                "decides which ones win.",
                "Щороку частину міського бюджету ми спрямовуємо на проєкти, запропоновані "
                "мешканцями. Працівники міської адміністрації перевіряють, чи можна їх "
                "реалізувати, а переможців визначає голосування.",
            ),
        ),
        SCHEDULE,
        Documents(
            heading=t("Do pobrania", "Downloads", "Файли для завантаження"),
            documents=(
                DocumentLink(
                    "budget-schedule",
                    t(
                        "Harmonogram budżetu obywatelskiego 2027 – wersja do druku",
                        "Participatory budget 2027 timetable – printable version in Polish",
                        "Графік громадського бюджету на 2027 рік — версія для друку "
                        "(польською мовою)",
                    ),
                ),
            ),
        ),
        Heading(t("Konsultacje społeczne", "Public consultations", "Громадські консультації")),
        paragraph(
            p(
                "Zanim miasto przyjmie ważny dokument albo zaprojektuje nową inwestycję, pyta "
                "mieszkańców o zdanie. Możesz wypełnić ankietę, przyjść na spacer badawczy, "
                "wziąć udział w warsztacie projektowym lub przesłać uwagi e-mailem.",
                "Before the city adopts an important document or designs a new investment, it "
                "asks residents for their views. You can fill in a survey, join a neighbourhood "
                "walk, take part in a design workshop or send your comments by e-mail.",
                "Перш ніж ухвалити важливий документ або спроєктувати нову інвестицію, місто "
                "запитує думку мешканців. Ви можете заповнити анкету, долучитися до "
                "дослідницької прогулянки, взяти участь у проєктному семінарі або надіслати "
                "зауваження електронною поштою.",
            ),
        ),
        Figure(
            image="consultation",
            alt_text=t(
                "Ilustracja: plan osiedla z przypiętymi kolorowymi karteczkami",
                "Illustration: a neighbourhood plan with coloured notes pinned to it",
                "Ілюстрація: план мікрорайону з приколотими різнокольоровими нотатками",
            ),
            caption=t(
                "Uwagi do planu można zostawić na mapie podczas spotkania albo w ankiecie.",
                "Comments on a plan can be left on the map at a meeting or in the survey.",
                "Зауваження до плану можна залишити на мапі під час зустрічі або в анкеті.",
            ),
        ),
        Quote(
            text=t(
                "Na pierwszym spacerze badawczym byłam sceptyczna. Rok później ławki, o które "
                "prosiliśmy, stoją przy naszym skwerze.",
                "I was sceptical on my first neighbourhood walk. A year later, the benches we "
                "asked for stand by our square.",
                "На першій дослідницькій прогулянці я була налаштована скептично. Через рік "
                "лавки, про які ми просили, вже стоять біля нашого скверу.",
            ),
            attribution=t(
                "mieszkanka Nowej Huty, uczestniczka konsultacji",
                "a Nowa Huta resident who took part in a consultation",
                "мешканка Нової Гути, учасниця консультацій",
            ),
        ),
        Heading(
            t(
                "Rady dzielnic i ambasadorzy",
                "District councils and ambassadors",
                "Ради районів і амбасадори",
            )
        ),
        paragraph(
            p(
                "Kraków ma osiemnaście dzielnic, a każda z nich ma radę wybieraną przez "
                "mieszkańców. Sesje rad są jawne: możesz przyjść, posłuchać i zabrać głos "
                "w sprawach swojego osiedla.",
                "Kraków has eighteen districts, and each has a council elected by its "
                "residents. Council sessions are open to the public: you can come, listen "
                "and speak about matters concerning your neighbourhood.",
                "Краків має вісімнадцять районів, і в кожному з них є рада, яку обирають "
                "мешканці. Засідання рад відкриті: ви можете прийти, послухати та висловитися "
                "щодо справ свого мікрорайону.",
            ),
            p(
                "Jeśli chcesz działać aktywniej, zostań ambasadorem lokalnej partycypacji. "
                "Ambasadorzy pomagają sąsiadom przygotować wspólne projekty i przekazują "
                "urzędowi informacje o potrzebach okolicy.",
                "If you want to do more, become a local participation ambassador. Ambassadors "
                "help their neighbours prepare joint projects and tell the city what their "
                "area needs.",
                "Якщо хочете діяти активніше, станьте амбасадором місцевої участі. Амбасадори "
                "допомагають сусідам готувати спільні проєкти та передають міській "
                "адміністрації інформацію про потреби свого району.",
            ),
        ),
        CallToAction(
            title=t(
                "Masz pytanie albo pomysł?",
                "Do you have a question or an idea?",
                "Маєте запитання чи ідею?",
            ),
            text=t(
                "Napisz lub zadzwoń. Pomożemy wybrać formę udziału i znaleźć w urzędzie osobę, "
                "która zajmie się Twoją sprawą.",
                "Write or call us. We will help you choose how to take part and find the right "
                "person at the city hall to deal with your matter.",
                "Напишіть або зателефонуйте нам. Ми допоможемо обрати форму участі та знайти "
                "в міській адміністрації людину, яка займеться вашою справою.",
            ),
            button_label=t(
                "Skontaktuj się z biurem",
                "Contact the office",
                "Зв’язатися з бюро",
            ),
            page="about",
        ),
        FAQ,
    ),
)
