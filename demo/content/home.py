"""The home page: hero, featured pages and the news index."""

from ..specs import FeaturedItemSpec, HomeSpec, NewsIndexSpec
from ..texts import t
from .news_autumn import AUTUMN_NEWS
from .news_spring import SPRING_NEWS

NEWS_INDEX = NewsIndexSpec(
    key="news",
    title=t("Aktualności", "News", "Новини"),
    slug=t("aktualnosci", "news", "novyny"),
    intro=t(
        "Zaproszenia na spotkania, relacje z warsztatów i wyniki konsultacji społecznych.",
        "Invitations to meetings, reports from workshops and the results of public consultations.",
        "Запрошення на зустрічі, звіти із семінарів і результати громадських консультацій.",
    ),
    news=SPRING_NEWS + AUTUMN_NEWS,
)

HOME = HomeSpec(
    title=t("Strona główna", "Home", "Головна"),
    # Sibling home pages share the tree root, so each language needs its own slug.
    slug=t("home", "home-en", "home-uk"),
    hero_heading=t(
        "Decydujmy razem o naszym mieście",
        "Let's shape our city together",
        "Вирішуймо разом, яким буде наше місто",
    ),
    hero_text=t(
        "Budżet obywatelski, konsultacje społeczne i rady dzielnic w jednym miejscu. Sprawdź, "
        "jak zgłosić pomysł, przyjść na spotkanie albo zagłosować na projekty w swojej okolicy.",
        "The participatory budget, public consultations and district councils in one place. "
        "Find out how to submit an idea, come to a meeting or vote for projects in your area.",
        "Громадський бюджет, громадські консультації та ради районів — в одному місці. "
        "Дізнайтеся, як подати ідею, прийти на зустріч або проголосувати за проєкти у своєму "
        "районі.",
    ),
    hero_image="hero",
    hero_link_page="get-involved",
    hero_link_label=t(
        "Zobacz, jak się zaangażować",
        "See how to get involved",
        "Дізнайтеся, як долучитися",
    ),
    featured_heading=t("Zacznij tutaj", "Start here", "Почніть звідси"),
    featured=(
        FeaturedItemSpec(
            page="get-involved",
            summary=t(
                "Budżet obywatelski, konsultacje i rady dzielnic: wybierz formę udziału, która "
                "Ci odpowiada.",
                "The participatory budget, consultations and district councils: choose the way "
                "of taking part that suits you.",
                "Громадський бюджет, консультації та ради районів: оберіть форму участі, яка "
                "вам підходить.",
            ),
        ),
        FeaturedItemSpec(
            page="news-vote",
            summary=t(
                "Do 28 września wybieramy projekty, które miasto zrealizuje w przyszłym roku.",
                "Until 28 September we choose the projects the city will carry out next year.",
                "До 28 вересня ми обираємо проєкти, які місто реалізує наступного року.",
            ),
        ),
        FeaturedItemSpec(
            page="news-park",
            summary=t(
                "Zobacz, co zmieni się w projekcie parku po uwagach ponad 1200 osób.",
                "See what will change in the park design after comments from over 1,200 people.",
                "Подивіться, що зміниться в проєкті парку після зауважень понад 1200 осіб.",
            ),
        ),
        FeaturedItemSpec(
            page="about",
            summary=t(
                "Kim jesteśmy i jak pomagamy mieszkańcom, radom dzielnic i organizacjom.",
                "Who we are and how we help residents, district councils and organisations.",
                "Хто ми і як допомагаємо мешканцям, радам районів та організаціям.",
            ),
        ),
    ),
)
