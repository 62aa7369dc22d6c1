"""Whole pages for anonymous visitors: public headers, 304s, the in-app cache, who bypasses it."""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import resolve
from django.utils import translation
from django.utils.http import http_date
from wagtail.models import PageViewRestriction

from core.page_cache import GENERATION_KEY, PageCacheMiddleware
from tests.factories import ContentPageFactory, SuperUserFactory

pytestmark = pytest.mark.django_db

PUBLIC = "public, max-age=60, s-maxage=600"


@pytest.fixture
def page(homes):
    return ContentPageFactory(parent=homes["pl"], title="Budżet obywatelski", slug="budzet")


def directives(response):
    return {part.strip() for part in response.headers.get("Cache-Control", "").split(",")}


def test_anonymous_page_is_public_with_validators(page):
    response = Client().get(page.url)

    assert response.status_code == 200
    assert directives(response) == set(PUBLIC.split(", "))
    assert response.headers["ETag"].startswith('"')
    assert response.headers["Last-Modified"]
    assert "Cookie" not in response.headers.get("Vary", "")
    assert not response.cookies
    assert response.headers["X-Page-Cache"] == "miss"


def test_a_hit_touches_no_database(page, django_assert_num_queries):
    first = Client().get(page.url)

    with django_assert_num_queries(0):
        second = Client().get(page.url)

    assert second.status_code == 200
    assert second.headers["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second.headers["ETag"] == first.headers["ETag"]
    # Headers added outside the cache are there on a hit too.
    assert "Content-Security-Policy" in second.headers
    assert second.headers["Content-Language"] == "pl"


def test_head_is_answered_from_the_cache(page, django_assert_num_queries):
    Client().get(page.url)

    with django_assert_num_queries(0):
        response = Client().head(page.url)

    assert response.status_code == 200
    assert response.headers["X-Page-Cache"] == "hit"


def test_the_query_string_is_part_of_the_key(page):
    Client().get(page.url)

    response = Client().get(page.url + "?utm_source=newsletter")

    assert response.headers["X-Page-Cache"] == "miss"


@pytest.mark.parametrize("from_cache", [True, False])
def test_conditional_requests_get_304(page, from_cache):
    first = Client().get(page.url)
    if from_cache:
        assert Client().get(page.url).headers["X-Page-Cache"] == "hit"
    else:
        # The stored page is evicted, nothing was purged: the rebuilt page
        # has the same ETag and keeps its Last-Modified (the generation's start).
        generation = cache.get(GENERATION_KEY)
        cache.clear()
        cache.set(GENERATION_KEY, generation)

    by_etag = Client().get(page.url, HTTP_IF_NONE_MATCH=first.headers["ETag"])
    by_date = Client().get(page.url, HTTP_IF_MODIFIED_SINCE=first.headers["Last-Modified"])
    stale = Client().get(page.url, HTTP_IF_NONE_MATCH='"something-else"')

    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_date.status_code == 304
    assert stale.status_code == 200


def test_signed_in_editor_gets_a_private_fresh_page(page, client):
    Client().get(page.url)  # An anonymous visitor has filled the cache.
    client.force_login(SuperUserFactory())

    response = client.get(page.url)

    assert response.status_code == 200
    assert "X-Page-Cache" not in response.headers
    assert {"private", "no-store"} <= directives(response)


def test_a_session_cookie_bypasses_the_cache(page):
    Client().get(page.url)
    visitor = Client()
    visitor.cookies["sessionid"] = "stale-or-not"

    response = visitor.get(page.url)

    assert "X-Page-Cache" not in response.headers
    assert "public" not in directives(response)


def test_a_csrf_cookie_alone_does_not_bypass_the_cache(page):
    """The CSRF cookie left by a form elsewhere changes nothing on a page without a form."""
    Client().get(page.url)
    visitor = Client()
    visitor.cookies["csrftoken"] = "a" * 32

    response = visitor.get(page.url)

    assert response.headers["X-Page-Cache"] == "hit"


def test_search_results_are_never_cached(homes):
    # follow: the search address may be translated (/pl/szukaj/).
    first = Client().get("/pl/search/?q=budżet", follow=True)
    second = Client().get("/pl/search/?q=budżet", follow=True)

    assert first.status_code == second.status_code == 200
    assert "X-Page-Cache" not in second.headers
    assert "public" not in directives(second)


def test_the_admin_is_never_public(homes):
    response = Client().get("/admin/login/")

    assert response.status_code == 200
    assert "public" not in directives(response)
    assert "X-Page-Cache" not in response.headers


def test_a_restricted_page_is_never_public(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )

    first = Client().get(page.url)
    second = Client().get(page.url)

    assert first.status_code == 200  # the password form
    assert "public" not in directives(first)
    assert "private" in directives(second)
    assert "X-Page-Cache" not in second.headers


def test_not_found_is_not_cached(homes):
    response = Client().get("/pl/nie-ma-takiej-strony/")

    assert response.status_code == 404
    assert directives(response) == {"private", "no-store"}


def test_vary_is_honoured(homes):
    """The sitemap lives outside the language prefixes, so it varies on Accept-Language."""
    polish = Client().get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="pl")
    polish_again = Client().get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="pl")
    english = Client().get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="en")

    assert "Accept-Language" in polish.headers["Vary"]
    assert "public" in directives(polish)
    assert polish_again.headers["X-Page-Cache"] == "hit"
    assert english.headers["X-Page-Cache"] == "miss"


def test_a_response_setting_a_cookie_is_neither_public_nor_stored(page):
    """Any view that sets a cookie (e.g. a form's CSRF cookie) keeps its page to itself.

    Driven through the middleware with a stand-in for the view below it,
    since which pages set cookies changes as the apps do.
    """
    request = RequestFactory().get(page.url)
    with translation.override("pl"):
        request.resolver_match = resolve(page.url)

    def view_setting_a_cookie(request):
        response = HttpResponse("<form>...</form>")
        response.set_cookie("csrftoken", "x" * 32)
        return response

    response = PageCacheMiddleware(view_setting_a_cookie)(request)

    assert directives(response) == {"private", "no-store"}
    assert Client().get(page.url).headers["X-Page-Cache"] == "miss"


def test_an_explicit_max_age_of_a_view_is_kept(homes):
    """robots.txt says how long it may be kept; the middleware adds no s-maxage of its own."""
    response = Client().get("/robots.txt")

    assert directives(response) == {"public", "max-age=86400"}
    assert response.headers["Last-Modified"] <= http_date()
