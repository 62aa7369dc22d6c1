"""`load_demo_content`: a complete site, translated through wagtail-localize.

Building the content takes several seconds, so the module builds it once
(`demo_site`), inside a transaction that is rolled back when the module is
done; each test runs in a savepoint of its own on top of it (`db`), so the
tests cannot affect each other and nothing is left for other modules.
"""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue

from core.blocks import BodyStreamBlock
from demo.builder import build_translation_memory
from demo.texts import TranslationMemory
from pages.models import ContentPage, NewsPage
from pages.selectors import publication_record

pytestmark = pytest.mark.django_db

ADMIN_NAME = "Maria Nowak"


def load_demo_content(**options):
    """Run the command and return what it printed."""
    stdout = io.StringIO()
    call_command("load_demo_content", stdout=stdout, **{"verbosity": 0, **options})
    return stdout.getvalue()


def content_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "users": get_user_model().objects.count(),
    }


def translated_text(memory, text, language_code):
    """The demo content's translation of a plain-text field, as wagtail-localize stores it."""
    source = StringValue.from_plaintext(text).data
    return StringValue(memory.translate(source, language_code)).render_text()


def polish_pages():
    """The Polish home page and every page below it."""
    home = Site.objects.get(is_default_site=True).root_page
    return [home.specific, *home.get_descendants().specific()]


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The first run's output and counts; the content itself is in the database."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = load_demo_content(verbosity=1)
        yield {"output": output, "counts": content_counts()}
        transaction.set_rollback(True)


def test_first_run_reports_progress_and_prints_the_credentials(demo_site):
    output = demo_site["output"]

    assert "Creating images…" in output
    assert "Creating page 'O nas'…" in output
    assert "Translating 'O nas' into en…" in output
    assert "Translating 'O nas' into uk…" in output
    assert "Updating the search index…" in output
    # DEBUG is off in tests, so the password is random, and printed.
    password = re.search(r"superuser 'admin' with the password '([^']+)'", output).group(1)
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.get_full_name() == ADMIN_NAME
    assert admin.check_password(password) and password != "admin"


def test_second_run_changes_nothing(demo_site):
    admin = get_user_model().objects.get(username="admin")

    output = load_demo_content(verbosity=1)

    assert content_counts() == demo_site["counts"]
    assert "Kept the existing user 'admin'; its password was not changed" in output
    assert "Creating page" not in output and "Translating" not in output
    assert get_user_model().objects.get(username="admin").password == admin.password


def test_every_page_is_a_linked_wagtail_localize_translation(demo_site):
    polish = Locale.objects.get(language_code="pl")
    pages = polish_pages()
    # Foundation 12, projects and partners 18, the district-council campaign 10, surveys 5.
    assert len(pages) == 12 + 18 + 10 + 5
    memory = build_translation_memory()

    for page in pages:
        for language_code in ("en", "uk"):
            locale = Locale.objects.get(language_code=language_code)
            translated = page.get_translation(locale)
            assert translated.live, (page.title, language_code)
            assert translated.title == translated_text(memory, page.title, language_code)
            assert Translation.objects.filter(
                source__object_id=page.translation_key,
                source__locale=polish,
                target_locale=locale,
                enabled=True,
            ).exists()
            assert StringTranslation.objects.filter(
                locale=locale, context__object_id=page.translation_key
            ).exists()


def test_pages_are_in_the_menu_and_use_every_block(demo_site):
    home = polish_pages()[0]
    menu = Page.objects.child_of(home).in_menu().live()
    assert [page.title for page in menu] == [
        "O nas",
        "Jak się zaangażować",
        "Aktualności",
        "Projekty",
        "Partnerzy",
        "Ankiety i zapisy",
    ]
    get_involved = ContentPage.objects.get(slug="jak-sie-zaangazowac")
    used_blocks = {block.block_type for block in get_involved.body}
    assert used_blocks == set(BodyStreamBlock.base_blocks) - {"embed"}


def main_navigation_titles(html):
    """The link texts of the main navigation in a page's HTML."""
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return [re.sub(r"<[^>]+>", "", link).strip() for link in re.findall(r"<a [^>]*>.*?</a>", nav)]


@pytest.mark.parametrize(
    ("url", "sections"),
    [
        ("/pl/", ["Projekty", "Ankiety i zapisy", "Wydarzenia Rady Dzielnicy XIII", "Aktualności"]),
        ("/en/", ["Projects", "Surveys and sign-ups", "District XIII Council events", "News"]),
        ("/uk/", ["Проєкти", "Анкети та записи", "Заходи ради дільниці XIII", "Новини"]),
    ],
)
def test_the_menu_leads_to_taking_part_in_every_language(demo_site, client, url, sections):
    """The demo fills the editors' navigation: the district-council campaign,
    its events and the surveys are in the menu, not only the show_in_menus pages."""
    language = url.strip("/")
    campaign = Page.objects.get(slug="rada-dzielnicy-podgorze", locale__language_code="pl")
    campaign_title = campaign.get_translation(Locale.objects.get(language_code=language)).title

    titles = main_navigation_titles(client.get(url).content.decode())

    assert len(titles) == 9  # "Home" and the eight chosen sections
    assert titles.index(campaign_title) == 3  # after projects and surveys
    for section in sections:
        assert section in titles


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/pl/", "Decydujmy razem o naszym mieście"),
        ("/en/", "The participatory budget, public consultations and district councils"),
        ("/uk/", "Вирішуймо разом, яким буде наше місто"),
        ("/pl/o-nas/", "Czym się zajmujemy"),
        ("/en/about-us/", "What we do"),
        ("/uk/pro-nas/", "Чим ми займаємося"),
        ("/en/get-involved/", "Participatory budget 2027 timetable"),
        ("/uk/novyny/", "Шукаємо амбасадорів місцевої участі"),
        ("/pl/projekty/?status=ongoing", "Zielone podwórka Zabłocia"),
        ("/en/projects/podgorze-space-for-dialogue/", "EEA Grants – Active Citizens Fund"),
        ("/uk/partnery/bjerkaker-learning-lab/", "Подгужський простір доброго діалогу"),
        # The consultation is linked from its project, in the reader's language.
        ("/en/projects/green-courtyards/", "Consultation: green courtyards in Podgórze"),
        ("/en/podgorze-district-council/", "The Podgórze District Council"),
    ],
)
def test_each_language_renders_its_own_text(demo_site, client, url, text):
    response = client.get(url)

    assert response.status_code == 200
    assert text in response.content.decode()


def test_news_publication_records_name_the_admin(demo_site):
    news = list(NewsPage.objects.all())

    assert len(news) == 18  # six news items in three languages
    assert len({item.date for item in news}) == 6
    for item in news:
        assert publication_record(item).published_by == ADMIN_NAME


@pytest.mark.parametrize(
    ("language", "alt_text"),
    [
        ("pl", 'alt="Wykres słupkowy: głosy oddane w budżecie obywatelskim"'),
        ("en", 'alt="A bar chart: votes cast in the participatory budget"'),
        ("uk", 'alt="Стовпчикова діаграма: голоси, віддані в громадському бюджеті"'),
    ],
)
def test_news_image_alt_text_is_in_the_pages_language(demo_site, client, language, alt_text):
    # The pictures carry no text (demo/images.py): what they mean is in the translated alt text.
    news = NewsPage.objects.get(
        locale__language_code=language, image__title="Głosowanie w budżecie obywatelskim"
    )
    html = client.get(news.url).content.decode()
    assert alt_text in html


def test_reset_rebuilds_the_same_content(demo_site):
    home_id = Site.objects.get(is_default_site=True).root_page_id

    output = load_demo_content(reset=True, force=True)

    assert output == ""  # verbosity 0
    assert content_counts() == demo_site["counts"]
    assert Site.objects.get(is_default_site=True).root_page_id == home_id
    assert Page.objects.get(pk=home_id).get_translations().live().count() == 2


def test_a_string_without_translation_fails_and_changes_nothing(demo_site, monkeypatch):
    translate = TranslationMemory.translate

    def forget_home_title(memory, source, language_code):
        return None if source == "Strona główna" else translate(memory, source, language_code)

    monkeypatch.setattr(TranslationMemory, "translate", forget_home_title)

    # A reset rebuilds the translations, so the missing string is reached.
    with pytest.raises(CommandError, match="no en translation for 'Strona główna'"):
        load_demo_content(reset=True, force=True)

    assert content_counts() == demo_site["counts"]


def test_reset_refuses_to_run_without_debug_unless_forced(demo_site):
    # Test settings run with DEBUG off, like a production site would.
    with pytest.raises(CommandError, match="--force"):
        load_demo_content(reset=True)
    assert content_counts() == demo_site["counts"]
