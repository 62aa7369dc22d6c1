"""The 'O nas' page: who the office is and how it works."""

from ..specs import ContentPageSpec, Figure, Heading, Quote, paragraph
from ..texts import bullets, p, t
from .common import EMAIL_LINK

ABOUT = ContentPageSpec(
    key="about",
    title=t("O nas", "About us", "Про нас"),
    slug=t("o-nas", "about-us", "pro-nas"),
    show_in_menus=True,
    lead=t(
        "Biuro ds. Partycypacji Społecznej pomaga mieszkańcom Krakowa współdecydować o mieście: "
        "od budżetu obywatelskiego po konsultacje planów parków i ulic.",
        "The Social Participation Office helps the people of Kraków have a say in how their city "
        "is run: from the participatory budget to consultations on plans for parks and streets.",
        "Бюро з питань громадської участі допомагає мешканцям Кракова спільно ухвалювати "
        "рішення щодо міста: від громадського бюджету до консультацій щодо планів парків і вулиць.",
    ),
    body=(
        paragraph(
            p(
                "Jesteśmy zespołem urzędu miasta, który łączy mieszkańców, rady dzielnic, "
                "organizacje pozarządowe i wydziały merytoryczne. Prowadzimy procesy "
                "partycypacyjne tak, aby każdy głos mógł zostać wysłuchany, a decyzje opierały "
                "się na rzetelnej wiedzy o potrzebach lokalnych społeczności.",
                "We are a team at the city hall that brings together residents, district "
                "councils, non-governmental organisations and the city's departments. We run "
                "participation processes so that every voice can be heard and decisions rest "
                "on sound knowledge of what local communities need.",
                "Ми — команда міської адміністрації, яка об’єднує мешканців, ради районів, "
                "громадські організації та профільні відділи. Ми проводимо процеси участі "
                "так, щоб кожен голос було почуто, а рішення спиралися на достовірні знання "
                "про потреби місцевих громад.",
            ),
        ),
        Heading(t("Czym się zajmujemy", "What we do", "Чим ми займаємося")),
        paragraph(
            bullets(
                t(
                    "koordynujemy budżet obywatelski – od zbierania pomysłów po głosowanie "
                    "i realizację zwycięskich projektów,",
                    "we coordinate the participatory budget, from collecting ideas to the vote "
                    "and the delivery of the winning projects;",
                    "координуємо громадський бюджет — від збору ідей до голосування "
                    "та реалізації проєктів-переможців;",
                ),
                t(
                    "przygotowujemy i prowadzimy konsultacje społeczne dokumentów, inwestycji "
                    "i projektów terenów zieleni,",
                    "we prepare and run public consultations on policy documents, investments "
                    "and designs for green spaces;",
                    "готуємо та проводимо громадські консультації щодо документів, інвестицій "
                    "і проєктів зелених зон;",
                ),
                t(
                    "wspieramy rady dzielnic w dialogu z mieszkańcami i w organizacji "
                    "spotkań lokalnych,",
                    "we support district councils in their dialogue with residents and in "
                    "organising local meetings;",
                    "підтримуємо ради районів у діалозі з мешканцями та в організації "
                    "місцевих зустрічей;",
                ),
                t(
                    "szkolimy ambasadorów lokalnej partycypacji i współpracujemy "
                    "z organizacjami pozarządowymi.",
                    "we train local participation ambassadors and work with "
                    "non-governmental organisations.",
                    "навчаємо амбасадорів місцевої участі та співпрацюємо з громадськими "
                    "організаціями.",
                ),
            ),
        ),
        Figure(
            image="meeting",
            alt_text=t(
                "Ilustracja: kolorowe koła wokół owalnego stołu, symbolizujące spotkanie "
                "mieszkańców",
                "Illustration: coloured circles around an oval table, standing for a meeting "
                "of residents",
                "Ілюстрація: різнокольорові кола навколо овального столу, що символізують "
                "зустріч мешканців",
            ),
            caption=t(
                "Każdy proces zaczynamy od rozmowy przy wspólnym stole.",
                "Every process starts with a conversation around one table.",
                "Кожен процес ми починаємо з розмови за спільним столом.",
            ),
        ),
        Heading(t("Jak pracujemy", "How we work", "Як ми працюємо")),
        paragraph(
            p(
                "Zanim zaproponujemy rozwiązanie, sprawdzamy, kogo dana sprawa dotyczy, "
                "i zapraszamy te osoby do rozmowy – także te, które rzadko zabierają głos: "
                "seniorów, młodzież, osoby z niepełnosprawnościami i nowych mieszkańców "
                "miasta, w tym osoby z Ukrainy.",
                "Before we propose a solution, we find out who is affected and invite them "
                "to the conversation, including people who seldom speak up: older residents, "
                "young people, people with disabilities and newcomers to the city, among "
                "them people from Ukraine.",
                "Перш ніж запропонувати рішення, ми з’ясовуємо, кого стосується питання, "
                "і запрошуємо цих людей до розмови — зокрема тих, хто рідко висловлюється: "
                "людей похилого віку, молодь, людей з інвалідністю та нових мешканців міста, "
                "серед них і людей з України.",
            ),
            p(
                "Po każdym procesie publikujemy raport: co usłyszeliśmy, co z tego wynika "
                "i których propozycji nie dało się przyjąć – wraz z uzasadnieniem.",
                "After every process we publish a report: what we heard, what follows from "
                "it and which proposals could not be accepted, with the reasons why.",
                "Після кожного процесу ми публікуємо звіт: що ми почули, що з цього "
                "випливає і які пропозиції не вдалося врахувати — з обґрунтуванням.",
            ),
        ),
        Quote(
            text=t(
                "Partycypacja nie kończy się na ankiecie. Zaczyna się wtedy, gdy mieszkańcy "
                "widzą, że ich uwagi naprawdę zmieniły projekt.",
                "Participation does not end with a survey. It begins when residents see that "
                "their comments really changed the project.",
                "Громадська участь не закінчується на опитуванні. Вона починається тоді, коли "
                "мешканці бачать, що їхні зауваження справді змінили проєкт.",
            ),
            attribution=t(
                "zespół Biura ds. Partycypacji Społecznej",
                "the Social Participation Office team",
                "команда Бюро з питань громадської участі",
            ),
        ),
        Heading(t("Kontakt", "Contact", "Контакти")),
        paragraph(
            p(
                "Biuro mieści się przy ul. Józefińskiej 14 w Krakowie. Zapraszamy od "
                "poniedziałku do piątku w godzinach 8:00–16:00; wejście do budynku "
                "jest bez progów.",
                "The office is at ul. Józefińska 14 in Kraków. We are open Monday to Friday, "
                "8:00 to 16:00; the entrance to the building is step-free.",
                "Бюро розташоване за адресою: вул. Юзефінська, 14, Краків. Ми працюємо "
                "з понеділка по п’ятницю з 8:00 до 16:00; вхід до будівлі без порогів.",
            ),
            p(
                f"Najszybciej odpowiemy na wiadomość wysłaną na adres {EMAIL_LINK}.",
                f"The quickest way to reach us is an e-mail to {EMAIL_LINK}.",
                f"Найшвидше ми відповідаємо на листи, надіслані на адресу {EMAIL_LINK}.",
            ),
        ),
    ),
)
