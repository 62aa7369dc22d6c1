"""Changes purge cached pages: in-app after the commit, and the proxy in every language.

Editors' changes go through the admin with the test client where the admin
has a form for them; the proxy here is a backend that records what it is
asked to purge (tests/deploy drives the real Varnish).
"""

import pytest
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Page, PageViewRestriction, Site

from core.models.site_settings import SiteSettings
from core.purge import page_change_urls, purge_page
from tests.factories import (
    ContentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SuperUserFactory,
    translate_page,
)
from tests.pages.base import edit_form_data
from tests.projects.factories import TopicFactory

pytestmark = pytest.mark.django_db


class RecordingBackend(BaseBackend):
    """Stands in for the proxy: remembers the URLs it was asked to purge."""

    purged: list[str] = []

    def purge(self, url):
        self.purged.append(url)


@pytest.fixture
def proxy():
    RecordingBackend.purged = []
    with override_settings(
        WAGTAILFRONTENDCACHE={"proxy": {"BACKEND": f"{__name__}.RecordingBackend"}}
    ):
        yield RecordingBackend.purged


@pytest.fixture
def editor(client):
    client.force_login(SuperUserFactory())
    return client


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["pl"])


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, title="Spacer badawczy", slug="spacer")


def anonymous_get(url):
    return Client().get(url)


def cached(url):
    """Visit twice; the second answer comes from the cache."""
    anonymous_get(url)
    response = anonymous_get(url)
    assert response.headers["X-Page-Cache"] == "hit"
    return response


def publish_in_admin(editor, page, **changes):
    return editor.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form_data(page, **{**changes, "action-publish": "publish"}),
    )


def test_publishing_in_the_admin_shows_the_change_at_once(
    editor, news, news_index, django_capture_on_commit_callbacks
):
    cached(news.url)
    cached(news_index.url)

    with django_capture_on_commit_callbacks(execute=True):
        response = publish_in_admin(editor, news, title="Spacer po Podgórzu")

    assert response.status_code == 302
    page = anonymous_get(news.url)
    assert page.headers["X-Page-Cache"] == "miss"
    assert "Spacer po Podgórzu" in page.content.decode()
    # The listing of its parent shows the new title too.
    assert "Spacer po Podgórzu" in anonymous_get(news_index.url).content.decode()


def test_nothing_is_purged_before_the_commit(news):
    """A purge before the commit would let a request cache the old page again."""
    cached(news.url)

    with pytest.raises(RuntimeError), transaction.atomic():
        purge_page(news)
        raise RuntimeError("the change is rolled back")

    assert anonymous_get(news.url).headers["X-Page-Cache"] == "hit"


def test_a_new_page_appears_in_its_parents_listing(
    editor, news_index, django_capture_on_commit_callbacks
):
    cached(news_index.url)
    draft = NewsPageFactory(parent=news_index, title="Nowa wiadomość", live=False)

    with django_capture_on_commit_callbacks(execute=True):
        publish_in_admin(editor, draft)

    assert "Nowa wiadomość" in anonymous_get(news_index.url).content.decode()


def test_unpublishing_removes_the_page(editor, news, django_capture_on_commit_callbacks):
    cached(news.url)

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(reverse("wagtailadmin_pages:unpublish", args=[news.pk]))

    assert response.status_code == 302
    assert anonymous_get(news.url).status_code == 404


def test_deleting_removes_the_page(editor, news, django_capture_on_commit_callbacks):
    cached(news.url)

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(reverse("wagtailadmin_pages:delete", args=[news.pk]))

    assert response.status_code == 302
    assert anonymous_get(news.url).status_code == 404


def test_moving_purges_the_old_address(
    editor, homes, news, news_index, django_capture_on_commit_callbacks
):
    archive = NewsIndexPageFactory(parent=homes["pl"], title="Archiwum", slug="archiwum")
    old_url = news.url
    cached(old_url)

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse("wagtailadmin_pages:move_confirm", args=[news.pk, archive.pk])
        )

    assert response.status_code == 302
    new_url = Page.objects.get(pk=news.pk).url
    assert new_url == "/pl/archiwum/spacer/"
    assert anonymous_get(old_url).status_code != 200
    assert anonymous_get(new_url).status_code == 200


def test_restricting_hides_the_cached_page(news, django_capture_on_commit_callbacks):
    cached(news.url)

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        PageViewRestriction.objects.create(
            page=news, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
        )

    response = anonymous_get(news.url)
    assert 'name="password"' in response.content.decode()
    assert "private" in response.headers["Cache-Control"]


def test_saving_the_site_settings_in_the_admin_changes_every_footer(
    editor, news, homes, django_capture_on_commit_callbacks
):
    site = Site.objects.get(is_default_site=True)
    cached(news.url)
    cached(homes["pl"].url)
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            url, {"office_name": "Centrum Obywatelskie", "address": "", "navigation-count": "0"}
        )

    assert response.status_code == 302
    assert SiteSettings.for_site(site).office_name == "Centrum Obywatelskie"
    for page_url in (news.url, homes["pl"].url):
        assert "Centrum Obywatelskie" in anonymous_get(page_url).content.decode()


def test_saving_a_snippet_purges_every_page(news, proxy, django_capture_on_commit_callbacks):
    cached(news.url)

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        TopicFactory(name="Zieleń")

    assert anonymous_get(news.url).headers["X-Page-Cache"] == "miss"
    assert proxy == [f"{Site.objects.get(is_default_site=True).root_url}/*"]


def test_publishing_a_translation_purges_it_in_the_proxy(
    homes, news, proxy, django_capture_on_commit_callbacks
):
    english = translate_page(news, "en")
    proxy.clear()

    # Translations are edited in wagtail-localize's editor, which publishes
    # them with Wagtail's publish action.
    english.title = "Research walk"
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        english.save_revision().publish()

    root = Site.objects.get(is_default_site=True).root_url
    assert f"{root}{news.url}*" in proxy
    assert f"{root}{english.url}*" in proxy
    assert f"{root}{english.get_parent().url}" in proxy
    assert "Research walk" in anonymous_get(english.url).content.decode()


def test_proxy_urls_of_a_page_cover_its_subtree_and_listings_in_every_language(
    homes, news, news_index
):
    english = translate_page(news, "en")
    unrelated = ContentPageFactory(parent=homes["pl"], title="Niepowiązana")
    root = Site.objects.get(is_default_site=True).root_url

    urls = page_change_urls(news)

    assert f"{root}{news.url}*" in urls
    assert f"{root}{english.url}*" in urls
    assert f"{root}{news_index.url}" in urls
    assert f"{root}{english.get_parent().url}" in urls
    assert f"{root}{homes['pl'].url}" in urls
    assert f"{root}{homes['en'].url}" in urls
    assert f"{root}/sitemap.xml" in urls
    assert not any(url.startswith(f"{root}{unrelated.url}") for url in urls)


def test_a_page_in_the_menu_purges_the_whole_site(news_index):
    """Top-level pages show in the menu of every page."""
    root = Site.objects.get(is_default_site=True).root_url

    assert page_change_urls(news_index) == {f"{root}/*"}
