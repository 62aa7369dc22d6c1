"""`load_demo_content`: a complete site, translated through wagtail-localize, built once.

Each test builds the content in its own transaction (the `db` fixture), so
nothing is left behind for other tests.
"""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation

from core.demo.texts import TranslationMemory
from pages.blocks import BodyStreamBlock
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


def polish_pages():
    """The Polish home page and every page below it."""
    home = Site.objects.get(is_default_site=True).root_page
    return [home.specific, *home.get_descendants().specific()]


def test_second_run_changes_nothing_and_keeps_the_admin_password():
    output = load_demo_content(verbosity=1)
    first = content_counts()

    assert "Creating images…" in output
    assert "Creating page 'O nas'…" in output
    assert "Translating 'O nas' into en…" in output
    assert "Translating 'O nas' into uk…" in output
    assert "Updating the search index…" in output
    # DEBUG is off in tests, so the password is random, and printed.
    password = re.search(r"superuser 'admin' with the password '([^']+)'", output).group(1)
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)
    assert password != "admin"

    assert load_demo_content() == ""  # verbosity 0 prints nothing
    assert content_counts() == first

    output = load_demo_content(verbosity=1)
    assert "Kept the existing user 'admin'" in output
    assert "Translating" not in output
    admin.refresh_from_db()
    assert admin.check_password(password)
    assert content_counts() == first


def test_every_page_is_a_linked_wagtail_localize_translation(client):
    load_demo_content()
    polish = Locale.objects.get(language_code="pl")
    pages = polish_pages()
    assert len(pages) == 12

    for page in pages:
        for language_code in ("en", "uk"):
            locale = Locale.objects.get(language_code=language_code)
            translated = page.get_translation(locale)
            assert translated.live, (page.title, language_code)
            assert translated.title != page.title
            assert Translation.objects.filter(
                source__object_id=page.translation_key,
                source__locale=polish,
                target_locale=locale,
                enabled=True,
            ).exists()
            assert StringTranslation.objects.filter(
                locale=locale, context__object_id=page.translation_key
            ).exists()

    menu = Page.objects.child_of(pages[0]).in_menu().live()
    assert [page.title for page in menu] == ["O nas", "Jak się zaangażować", "Aktualności"]
    get_involved = ContentPage.objects.get(slug="jak-sie-zaangazowac")
    used_blocks = {block.block_type for block in get_involved.body}
    assert used_blocks == set(BodyStreamBlock.base_blocks) - {"embed"}


def test_each_language_renders_its_own_text(client):
    load_demo_content()

    expected = {
        "/pl/": "Decydujmy razem o naszym mieście",
        "/en/": "The participatory budget, public consultations and district councils",
        "/uk/": "Вирішуймо разом, яким буде наше місто",
        "/pl/o-nas/": "Czym się zajmujemy",
        "/en/about-us/": "What we do",
        "/uk/pro-nas/": "Чим ми займаємося",
        "/en/get-involved/": "Participatory budget 2027 timetable",
        "/uk/novyny/": "Шукаємо амбасадорів місцевої участі",
    }
    for url, text in expected.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url


def test_news_publication_records_name_the_admin():
    load_demo_content()

    news = list(NewsPage.objects.all())
    assert len(news) == 18  # six news items in three languages
    assert len({item.date for item in news}) == 6
    for item in news:
        assert publication_record(item).published_by == ADMIN_NAME


def test_reset_rebuilds_the_same_content():
    load_demo_content()
    home_id = Site.objects.get(is_default_site=True).root_page_id
    first = content_counts()

    output = load_demo_content(reset=True, verbosity=1)

    assert "Deleting the demo pages and translations…" in output
    assert content_counts() == first
    assert Site.objects.get(is_default_site=True).root_page_id == home_id
    assert Page.objects.get(pk=home_id).get_translations().live().count() == 2


def test_a_string_without_translation_fails_and_saves_nothing(monkeypatch):
    translate = TranslationMemory.translate

    def forget_home_title(memory, source, language_code):
        return None if source == "Strona główna" else translate(memory, source, language_code)

    monkeypatch.setattr(TranslationMemory, "translate", forget_home_title)
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match="no en translation for 'Strona główna'"):
        load_demo_content()

    assert Page.objects.count() == pages_before
