"""The locale and view restrictions are looked up once per request, never stale (issue #12)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from core.restrictions import pages_public, restricted_sections
from tests.factories import ContentPageFactory, NewsIndexPageFactory, NewsPageFactory
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
