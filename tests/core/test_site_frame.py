"""The frame around every page: headers, footer settings, sitemap, robots, errors."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import translation
from wagtail.models import Site

from core.models import SiteSettings
from core.views import server_error
from tests.factories import ContentPageFactory, translate_page

pytestmark = pytest.mark.django_db


def test_public_pages_send_strict_security_headers(client, homes):
    response = client.get("/pl/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_public_pages_set_no_cookie_and_need_no_session(client, homes):
    """Whole-page caching for anonymous visitors needs responses without cookies."""
    response = client.get("/pl/")
    assert response.cookies == {}
    assert "Cookie" not in response.get("Vary", "")


def test_footer_shows_site_settings_and_localized_policy_links(client, homes):
    statement = ContentPageFactory(parent=homes["pl"], title="Deklaracja dostępności")
    statement_uk = translate_page(statement, "uk")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.address = "ul. Bracka 10\n31-005 Kraków"
    settings.phone = "+48 12 000 00 00"
    settings.email = "partycypacja@example.org"
    settings.facebook_url = "https://facebook.com/example"
    settings.accessibility_statement = statement
    settings.save()
    polish = client.get("/pl/").content.decode()
    assert '<span lang="pl">ul. Bracka 10<br>31-005 Kraków</span>' in polish
    assert 'href="mailto:partycypacja@example.org"' in polish
    assert f'href="{statement.url}"' in polish
    ukrainian = client.get("/uk/").content.decode()
    assert f'href="{statement_uk.url}"' in ukrainian


def test_sitemap_lists_every_language_at_the_public_address(client, homes):
    about = ContentPageFactory(parent=homes["pl"], title="O nas", slug="o-nas")
    translate_page(about, "uk")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {
        node.text for node in ET.fromstring(response.content).findall("s:url/s:loc", namespace)
    }
    expected = {"/pl/", "/en/", "/uk/", "/pl/o-nas/", "/uk/o-nas/"}
    # test settings: WAGTAILADMIN_BASE_URL = "http://testserver"
    assert {f"http://testserver{path}" for path in expected} <= locations


def test_robots_txt_points_to_the_sitemap_and_hides_the_admin(client):
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_pages_carry_open_graph_tags(client, homes):
    page = ContentPageFactory(
        parent=homes["pl"],
        title="Budżet obywatelski",
        slug="budzet-obywatelski",
        lead="Zgłoś projekt do budżetu.",
    )
    html = client.get(page.url).content.decode()
    assert '<meta property="og:title" content="Budżet obywatelski">' in html
    assert '<meta property="og:description" content="Zgłoś projekt do budżetu.">' in html
    assert '<meta property="og:locale" content="pl_PL">' in html
    assert '<link rel="canonical" href="http://testserver/pl/budzet-obywatelski/">' in html


def failing_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("boom/", failing_view)]
handler500 = server_error


@override_settings(ROOT_URLCONF=__name__)
def test_500_page_is_self_contained_and_localized(client):
    client.raise_request_exception = False
    with translation.override("uk"), CaptureQueriesContext(connection) as queries:
        html = server_error(RequestFactory().get("/uk/boom/")).content.decode()
    assert queries.captured_queries == []  # renders even when the database is down
    assert '<html lang="uk">' in html
    assert "Сталася помилка з нашого боку" in html
    response = client.get("/boom/")
    assert response.status_code == 500
