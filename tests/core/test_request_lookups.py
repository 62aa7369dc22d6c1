"""The Site, locale and view restrictions: from the cache or once per request, never stale.

Issue #12.
"""

import pytest
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from core.frame_cache import site_for_hostname
from core.restrictions import pages_public, restricted_sections
from core.translations import cached_locales
from tests.factories import (
    ContentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    translate_page,
)
from tests.queries import queries_of

pytestmark = pytest.mark.django_db


def mentioning(statements, table):
    return [sql for sql in statements if f'FROM "{table}"' in sql]


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )


def test_public_builds_no_query_once_the_sections_are_cached(home_pl):
    restrict(ContentPageFactory(parent=home_pl))
    restricted_sections()
    with CaptureQueriesContext(connection) as context:
        queryset = Page.objects.live().public()
        pages_public([home_pl])
    assert context.captured_queries == []
    with CaptureQueriesContext(connection) as context:
        list(queryset)
    assert len(context.captured_queries) == 1


def test_a_new_restriction_hides_the_page_from_listings_at_once(client, home_pl):
    index = NewsIndexPageFactory(parent=home_pl)
    news = NewsPageFactory(parent=index, title="Tajne spotkanie")
    assert news.title in client.get(index.url).content.decode()
    assert restricted_sections() == ()

    restrict(news)

    assert restricted_sections() == ((news.path, news.depth),)
    assert not Page.objects.filter(pk=news.pk).public().exists()
    assert pages_public([news]) == []
    # The in-app page cache is purged after the commit (core.purge); this test's
    # transaction never commits, so the listing is asked for afresh.
    html = client.get(index.url + "?afresh=1").content.decode()
    assert news.title not in html


def test_removing_a_restriction_and_moving_a_page_refresh_the_sections(home_pl):
    section = ContentPageFactory(parent=home_pl)
    other = ContentPageFactory(parent=home_pl)
    restriction = restrict(section)
    assert restricted_sections() == ((section.path, section.depth),)

    section.move(other, pos="last-child")
    section.refresh_from_db()
    assert restricted_sections() == ((section.path, section.depth),)

    restriction.delete()
    assert restricted_sections() == ()


def test_a_page_asks_the_database_for_its_restrictions_once(client, home_pl):
    restrict(ContentPageFactory(parent=home_pl))
    index = NewsIndexPageFactory(parent=home_pl)
    news = NewsPageFactory(parent=index)
    # Serving checks the page's restrictions and the feedback poll asks again.
    statements = queries_of(client, news.url)
    assert len(mentioning(statements, "wagtailcore_pageviewrestriction")) <= 1


def test_nothing_is_asked_when_no_page_is_restricted(client, home_pl):
    page = ContentPageFactory(parent=home_pl)
    assert mentioning(queries_of(client, page.url), "wagtailcore_pageviewrestriction") == []


def test_the_locale_is_read_once_per_request(client, home_pl):
    index = NewsIndexPageFactory(parent=home_pl)
    news = NewsPageFactory(parent=index)
    assert len(mentioning(queries_of(client, news.url), "wagtailcore_locale")) <= 1


def test_a_restricted_page_still_asks_for_its_password(client, home_pl):
    page = ContentPageFactory(parent=home_pl)
    restrict(page)
    response = client.get(page.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert response["Cache-Control"] != "" and "public" not in response["Cache-Control"]


def test_a_page_asks_the_database_for_no_site_and_no_locale(client, home_pl):
    index = NewsIndexPageFactory(parent=home_pl)
    news = NewsPageFactory(parent=index)
    statements = queries_of(client, news.url)
    assert mentioning(statements, "wagtailcore_site") == []
    assert mentioning(statements, "wagtailcore_locale") == []


def test_the_breadcrumbs_are_the_pages_routing_read(client, home_pl):
    section = ContentPageFactory(parent=home_pl, title="Dzielnice")
    page = ContentPageFactory(parent=section, title="Podgórze")
    statements = queries_of(client, page.url)
    # Routing reads the section and the page; no query asks for ancestors by path.
    assert not [sql for sql in statements if '"wagtailcore_page"."path" IN' in sql]
    html = client.get(page.url + "?fresh=1").content.decode()
    assert f'<a href="{section.url}">Dzielnice</a>' in html


def _find(host):
    return Site.find_for_request(RequestFactory().get("/", HTTP_HOST=host))


def test_a_site_added_changed_or_deleted_is_found_at_once(home_pl):
    default = _find("localhost")
    assert default.is_default_site
    section = ContentPageFactory(parent=home_pl)

    other = Site.objects.create(hostname="inna.example", port=80, root_page=section)
    assert _find("inna.example").pk == other.pk
    assert _find("localhost").pk == default.pk

    other.hostname = "druga.example"
    other.save()
    assert _find("inna.example").pk == default.pk
    assert _find("druga.example").pk == other.pk

    other.delete()
    assert _find("druga.example").pk == default.pk


@pytest.mark.parametrize(
    "host,port",
    [
        ("localhost", 80),
        ("inna.example", 80),
        ("inna.example", 8080),
        ("inna.example", 9000),
        ("trzecia.example", 443),
        ("nieznana.example", 80),
    ],
)
def test_the_cached_site_lookup_decides_as_wagtail_does(home_pl, host, port):
    section = ContentPageFactory(parent=home_pl)
    Site.objects.create(hostname="inna.example", port=80, root_page=section)
    Site.objects.create(hostname="inna.example", port=8080, root_page=section)
    Site.objects.create(hostname="trzecia.example", port=443, root_page=section)
    try:
        expected = get_site_for_hostname(host, port).pk
    except Site.DoesNotExist:
        expected = None
    found = site_for_hostname(host, str(port))
    assert (found.pk if found else None) == expected
    # Without a default site, two sites of one hostname on other ports match neither.
    Site.objects.filter(is_default_site=True).update(is_default_site=False)
    Site.clear_site_root_paths_cache()
    Site.objects.get(hostname="trzecia.example").save()  # drops the cached sites
    try:
        expected = get_site_for_hostname(host, port).pk
    except Site.DoesNotExist:
        expected = None
    found = site_for_hostname(host, str(port))
    assert (found.pk if found else None) == expected


def test_a_locale_added_or_deleted_is_seen_at_once(home_pl):
    assert "pl" in cached_locales()
    with CaptureQueriesContext(connection) as context:
        cached_locales()
        Locale.objects.get_for_language("pl")
    assert context.captured_queries == []

    added = Locale.objects.filter(language_code="de").first() or Locale.objects.create(
        language_code="de"
    )
    assert cached_locales()["de"].pk == added.pk
    added.delete()
    assert "de" not in cached_locales()


def test_a_home_page_translated_or_unpublished_is_routed_at_once(client, home_pl):
    with override_settings(PAGE_CACHE_ENABLED=False):
        assert client.get("/en/").context["page"].pk == home_pl.pk  # the sites are cached
        home_en = translate_page(home_pl, "en")
        assert client.get("/en/").context["page"].pk == home_en.pk
        home_en.unpublish()
        assert client.get("/en/").context["page"].pk == home_pl.pk
