"""News from the first half of 2026: ambassadors, a study visit, a workshop series."""

import datetime

from ..specs import Figure, Heading, NewsPageSpec, Quote, paragraph
from ..texts import bullets, p, t
from .common import OFFICE

AMBASSADORS = NewsPageSpec(
    key="news-ambassadors",
    date=datetime.date(2026, 2, 10),
    title=t(
        "Szukamy ambasadorów lokalnej partycypacji",
        "We are looking for local participation ambassadors",
        "Шукаємо амбасадорів місцевої участі",
    ),
    slug=t(
        "szukamy-ambasadorow-partycypacji",
        "participation-ambassadors-wanted",
        "shukaiemo-ambasadoriv-uchasti",
    ),
    lead=t(
        "Szukamy osób, które pomogą sąsiadom przygotować wspólne projekty do budżetu "
        "obywatelskiego. Zgłoszenia przyjmujemy do 6 marca.",
        "We are looking for people who will help their neighbours prepare joint projects for "
        "the participatory budget. Applications are open until 6 March.",
        "Шукаємо людей, які допоможуть сусідам підготувати спільні проєкти до громадського "
        "бюджету. Заявки приймаємо до 6 березня.",
    ),
    publishing_unit=OFFICE,
    image="ambassadors",
    image_alt=t(
        "Sieć połączonych kół: ambasadorzy łączą sąsiadów",
        "A network of linked circles: ambassadors connecting neighbours",
        "Мережа з’єднаних кіл: амбасадори єднають сусідів",
    ),
    body=(
        paragraph(
            p(
                "Ambasador lokalnej partycypacji dobrze zna swoje osiedle i chce zachęcać innych "
                "do działania. Organizuje spotkania sąsiedzkie, pomaga opisać pomysły "
                "i kontaktuje mieszkańców z ekspertami urzędu.",
                "A local participation ambassador knows their neighbourhood well and wants to "
                "encourage others to act. Ambassadors organise neighbourhood meetings, help "
                "people describe their ideas and put residents in touch with city experts.",
                "Амбасадор місцевої участі добре знає свій мікрорайон і хоче заохочувати інших "
                "до дій. Він організовує сусідські зустрічі, допомагає описати ідеї та "
                "знайомить мешканців з експертами міської адміністрації.",
            ),
        ),
        Heading(t("Co oferujemy", "What we offer", "Що ми пропонуємо")),
        paragraph(
            bullets(
                t(
                    "cztery szkolenia z prowadzenia dyskusji i planowania projektów,",
                    "four training sessions on leading discussions and planning projects;",
                    "чотири тренінги з ведення дискусій і планування проєктів;",
                ),
                t(
                    "wsparcie koordynatora z biura przez cały rok,",
                    "support from a coordinator at the office all year round;",
                    "підтримку координатора з бюро впродовж усього року;",
                ),
                t(
                    "zwrot kosztów materiałów na spotkania sąsiedzkie.",
                    "reimbursement of materials for neighbourhood meetings.",
                    "відшкодування витрат на матеріали для сусідських зустрічей.",
                ),
            ),
            p(
                "W każdej dzielnicy wybierzemy od dwóch do czterech osób. Wystarczy krótki "
                "e-mail z informacją, dlaczego chcesz dołączyć.",
                "We will choose two to four people in each district. All it takes is a short "
                "e-mail saying why you would like to join.",
                "У кожному районі ми оберемо від двох до чотирьох осіб. Достатньо короткого "
                "листа з поясненням, чому ви хочете долучитися.",
            ),
        ),
    ),
)

STUDY_VISIT = NewsPageSpec(
    key="news-study-visit",
    date=datetime.date(2026, 3, 18),
    title=t(
        "Wizyta studyjna w Radzie Dzielnicy VII Zwierzyniec",
        "Study visit to the Zwierzyniec District Council",
        "Навчальний візит до Ради району VII Звежинець",
    ),
    slug=t(
        "wizyta-studyjna-zwierzyniec",
        "study-visit-zwierzyniec",
        "navchalnyi-vizyt-zvezhynets",
    ),
    lead=t(
        "Przedstawiciele organizacji pozarządowych z Wilna przyjechali do Krakowa, żeby "
        "dowiedzieć się, jak dzielnice angażują mieszkańców w decyzje o wydatkach.",
        "Representatives of non-governmental organisations from Vilnius came to Kraków to "
        "learn how districts involve residents in spending decisions.",
        "Представники громадських організацій із Вільнюса приїхали до Кракова, щоб дізнатися, "
        "як райони залучають мешканців до ухвалення рішень щодо витрат.",
    ),
    publishing_unit=OFFICE,
    image="visit",
    image_alt=t(
        "Linia trasy łącząca Wilno i Kraków",
        "A route line linking Vilnius and Kraków",
        "Лінія маршруту, що з’єднує Вільнюс і Краків",
    ),
    body=(
        paragraph(
            p(
                "Spotkanie odbyło się w siedzibie rady dzielnicy. Radni opowiedzieli gościom "
                "o pilotażowym programie, w którym mieszkańcy Zwierzyńca sami zdecydowali "
                "o podziale części dzielnicowego budżetu.",
                "The meeting took place at the district council's offices. Councillors told "
                "the guests about a pilot programme in which Zwierzyniec residents decided "
                "themselves how to divide part of the district budget.",
                "Зустріч відбулася в приміщенні ради району. Радні розповіли гостям про "
                "пілотну програму, у якій мешканці Звежинця самі вирішили, як розподілити "
                "частину районного бюджету.",
            ),
            p(
                "Goście pytali przede wszystkim o to, jak dotrzeć do osób, które nie przychodzą "
                "na zebrania. Rozmawialiśmy o spotkaniach w plenerze, dyżurach radnych na "
                "targowisku i współpracy ze szkołami.",
                "Above all, the guests asked how to reach people who do not come to meetings. "
                "We talked about outdoor meetings, councillors' surgeries at the local market "
                "and working with schools.",
                "Гості насамперед запитували, як залучити людей, які не приходять на збори. "
                "Ми говорили про зустрічі просто неба, чергування радних на ринку та "
                "співпрацю зі школами.",
            ),
        ),
        Quote(
            text=t(
                "Najwięcej nauczyliśmy się z błędów, o których gospodarze mówili bardzo otwarcie.",
                "We learnt the most from the mistakes our hosts talked about very openly.",
                "Найбільше ми навчилися з помилок, про які господарі говорили дуже відверто.",
            ),
            attribution=t(
                "uczestniczka wizyty z Wilna",
                "a participant of the visit from Vilnius",
                "учасниця візиту з Вільнюса",
            ),
        ),
        paragraph(
            p(
                "Doświadczenia z Krakowa trafią do przewodnika po dobrych praktykach, który "
                "organizacje z Litwy przygotowują dla tamtejszych samorządów.",
                "Kraków's experience will be included in a guide to good practice that the "
                "Lithuanian organisations are preparing for local governments in their country.",
                "Краківський досвід увійде до посібника з добрих практик, який литовські "
                "організації готують для органів місцевого самоврядування своєї країни.",
            ),
        ),
    ),
)

WORKSHOPS = NewsPageSpec(
    key="news-workshops",
    date=datetime.date(2026, 4, 22),
    title=t(
        "Warsztaty „Projektuj z sąsiadami” – zapisy otwarte",
        "“Design with your neighbours” workshops: registration open",
        "Семінари «Проєктуй разом із сусідами»: реєстрацію відкрито",
    ),
    slug=t(
        "warsztaty-projektuj-z-sasiadami",
        "design-with-your-neighbours-workshops",
        "seminary-proiektui-razom-iz-susidamy",
    ),
    lead=t(
        "Zapraszamy na pięć warsztatów, na których mieszkańcy razem z ekspertami urzędu "
        "przygotują propozycje projektów do budżetu obywatelskiego.",
        "Join five workshops where residents and city experts will work together on project "
        "proposals for the participatory budget.",
        "Запрошуємо на п’ять семінарів, на яких мешканці разом з експертами міської "
        "адміністрації підготують проєктні пропозиції до громадського бюджету.",
    ),
    publishing_unit=OFFICE,
    body=(
        paragraph(
            p(
                "Warsztaty odbędą się w maju i czerwcu w domach kultury w pięciu dzielnicach. "
                "Każde spotkanie trwa trzy godziny i ma inny temat: zieleń, bezpieczeństwo "
                "na drogach, sport, kultura i pomoc sąsiedzka.",
                "The workshops will take place in May and June at community centres in five "
                "districts. Each session lasts three hours and has its own theme: greenery, "
                "road safety, sport, culture and neighbourly help.",
                "Семінари відбудуться у травні та червні в будинках культури п’яти районів. "
                "Кожна зустріч триває три години і має окрему тему: озеленення, безпека на "
                "дорогах, спорт, культура та сусідська допомога.",
            ),
            p(
                "Pomysł można od razu omówić z pracownikami jednostek, które później oceniają "
                "projekty. Dzięki temu łatwiej uniknąć błędów, przez które dobre pomysły "
                "odpadają na etapie weryfikacji.",
                "You can discuss your idea straight away with staff from the units that later "
                "assess the projects. This makes it easier to avoid the mistakes that get good "
                "ideas rejected at the assessment stage.",
                "Ідею можна одразу обговорити з працівниками установ, які згодом оцінюють "
                "проєкти. Так легше уникнути помилок, через які добрі ідеї відсіюються на "
                "етапі перевірки.",
            ),
        ),
        Heading(t("Jak się zapisać", "How to sign up", "Як зареєструватися")),
        paragraph(
            p(
                "Wyślij e-mail z imieniem, nazwą dzielnicy i wybranym tematem. Udział jest "
                "bezpłatny, a dla rodziców z dziećmi przygotujemy kącik zabaw.",
                "Send an e-mail with your name, your district and the theme you have chosen. "
                "Taking part is free, and there will be a play corner for parents with children.",
                "Надішліть лист зі своїм ім’ям, назвою району та обраною темою. Участь "
                "безкоштовна, а для батьків із дітьми ми облаштуємо ігровий куточок.",
            ),
        ),
        Figure(
            image="workshop",
            alt_text=t(
                "Ilustracja: różnokolorowe dymki rozmowy",
                "Illustration: speech bubbles in many colours",
                "Ілюстрація: різнокольорові хмарки діалогу",
            ),
            caption=t(
                "Każdy warsztat prowadzą moderator i ekspert z urzędu.",
                "Each workshop is led by a facilitator and an expert from the city hall.",
                "Кожен семінар ведуть модератор і експерт з міської адміністрації.",
            ),
        ),
    ),
)

SPRING_NEWS = (AMBASSADORS, STUDY_VISIT, WORKSHOPS)
