"""The frame around every page: headers, footer settings, sitemap, robots, errors."""

import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path, reverse
from django.utils import translation
from wagtail.models import PageViewRestriction, Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.models import SiteSettings
from core.views import server_error
from tests.factories import (
    ContentPageFactory,
    SuperUserFactory,
    publish_with_revision,
    translate_page,
)

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


# --- The cached frame: query counts, invalidation, editors' navigation ----------------

FRAME_TEMPLATE = (
    "{% include 'includes/header.html' %}{% include 'includes/footer.html' %}"
    "{% load site_frame %}{% alternate_links %}"
)


def render_frame(page, *, path=None):
    """Render the header, footer and hreflang links for `page` as a fresh request would.

    Returns:
        (html, number of queries the frame made). Wagtail's serve() finds
        the Site before the template renders, so this does too.
    """
    request = RequestFactory().get(path or page.url)
    Site.find_for_request(request)
    with CaptureQueriesContext(connection) as queries:
        html = Template(FRAME_TEMPLATE).render(Context({"request": request, "page": page}))
    return html, len(queries.captured_queries)


def menu_pages(parent, count, *, start=0):
    return [
        ContentPageFactory(
            parent=parent, title=f"Sekcja {n}", slug=f"sekcja-{n}", show_in_menus=True
        )
        for n in range(start, start + count)
    ]


def test_warm_frame_costs_at_most_two_queries_and_stays_flat_as_the_menu_grows(homes):
    sections = menu_pages(homes["pl"], 2)
    translate_page(sections[0], "uk")
    page = ContentPageFactory(parent=sections[0], title="Regulamin", slug="regulamin")
    with translation.override("pl"):
        render_frame(page)  # builds and caches the frame
        html, warm_small = render_frame(page)
    assert 'href="/pl/sekcja-0/"' in html
    assert warm_small <= 2

    menu_pages(homes["pl"], 8, start=2)
    cache.clear()
    with translation.override("pl"):
        _html, cold_large = render_frame(page)
        html, warm_large = render_frame(page)
    assert 'href="/pl/sekcja-9/"' in html
    assert warm_large == warm_small
    cache.clear()
    menu_pages(homes["pl"], 1, start=10)  # the cold build does not grow per item either
    with translation.override("pl"):
        _html, cold_larger = render_frame(page)
    assert cold_larger == cold_large


def test_whole_page_costs_the_same_queries_with_two_or_ten_menu_sections(client, homes):
    page = ContentPageFactory(parent=homes["pl"], title="O nas", slug="o-nas")
    menu_pages(homes["pl"], 2)
    with override_settings(PAGE_CACHE_ENABLED=False):
        client.get(page.url)
        with CaptureQueriesContext(connection) as small:
            client.get(page.url)
        menu_pages(homes["pl"], 8, start=2)
        cache.clear()
        client.get(page.url)
        with CaptureQueriesContext(connection) as large:
            response = client.get(page.url)
    assert 'href="/pl/sekcja-9/"' in response.content.decode()
    assert len(large.captured_queries) == len(small.captured_queries)


def test_language_switcher_links_each_page_to_its_own_translation_with_a_warm_frame(homes):
    translated = ContentPageFactory(parent=homes["pl"], title="Budżet", slug="budzet")
    translated_uk = translate_page(translated, "uk")
    untranslated = ContentPageFactory(parent=homes["pl"], title="Tylko po polsku", slug="pl-only")
    with translation.override("pl"):
        first, _count = render_frame(translated)
        second, _count = render_frame(untranslated)
    assert f'href="{translated_uk.url}" lang="uk"' in first
    # Not translated: the Ukrainian home page, from the cached frame.
    assert f'href="{homes["uk"].url}" lang="uk"' in second
    assert translated_uk.url not in second


def test_language_switcher_follows_translations_published_unpublished_and_restricted(
    homes, django_capture_on_commit_callbacks
):
    page = ContentPageFactory(parent=homes["pl"], title="Budżet", slug="budzet")
    with translation.override("pl"):
        render_frame(page)
        html, count = render_frame(page)  # the translations come from the cache
        assert count == 0
        assert homes["uk"].url in html

        with django_capture_on_commit_callbacks(execute=True):
            page_uk = translate_page(page, "uk")
        html, _count = render_frame(page)
        assert f'href="{page_uk.url}" lang="uk"' in html

        with django_capture_on_commit_callbacks(execute=True):
            PageViewRestriction.objects.create(
                page=page_uk, restriction_type=PageViewRestriction.PASSWORD, password="x"
            )
        html, _count = render_frame(page)
        assert page_uk.url not in html

        with django_capture_on_commit_callbacks(execute=True):
            PageViewRestriction.objects.filter(page=page_uk).delete()
        assert page_uk.url in render_frame(page)[0]
        with django_capture_on_commit_callbacks(execute=True):
            page_uk.unpublish()
        assert page_uk.url not in render_frame(page)[0]


@pytest.fixture
def uncached_client(client):
    """A client of the site without the whole-page cache: what the frame cache alone does."""
    with override_settings(PAGE_CACHE_ENABLED=False):
        yield client


def test_publishing_a_menu_page_shows_on_the_next_request(
    uncached_client, homes, django_capture_on_commit_callbacks
):
    assert (
        "Nowa sekcja" not in uncached_client.get("/pl/").content.decode()
    )  # frame and page cached
    with django_capture_on_commit_callbacks(execute=True):
        section = ContentPageFactory(
            parent=homes["pl"], title="Nowa sekcja", slug="nowa-sekcja", show_in_menus=True
        )
        section = publish_with_revision(section)
    assert 'href="/pl/nowa-sekcja/">Nowa sekcja</a>' in uncached_client.get("/pl/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        section.unpublish()
    assert "Nowa sekcja" not in uncached_client.get("/pl/").content.decode()


def test_editors_choose_and_order_the_navigation_in_site_settings(
    uncached_client, homes, django_capture_on_commit_callbacks
):
    listed = menu_pages(homes["pl"], 1)[0]
    events = ContentPageFactory(parent=homes["pl"], title="Wydarzenia", slug="wydarzenia")
    council = ContentPageFactory(parent=homes["pl"], title="Rada dzielnicy", slug="rada")
    council_uk = translate_page(council, "uk")
    council_uk.title = "Рада району"
    council_uk.save_revision().publish()
    uncached_client.get("/pl/")  # the fallback menu is cached now
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.navigation = [("page", council), ("page", events)]
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()

    polish = uncached_client.get("/pl/").content.decode()
    nav = polish[
        polish.index('class="main-nav"') : polish.index("</nav>", polish.index("main-nav"))
    ]
    assert nav.index("Rada dzielnicy") < nav.index("Wydarzenia")
    assert listed.title not in nav  # the editor's list replaces "show in menus"
    ukrainian = uncached_client.get("/uk/").content.decode()
    assert f'href="{council_uk.url}">Рада району</a>' in ukrainian
    # Not translated yet: shown in Polish, marked as such (WCAG 3.1.2).
    assert f'href="{events.url}" lang="pl">Wydarzenia</a>' in ukrainian


def test_navigation_leaves_out_restricted_and_unpublished_choices(homes):
    shown, hidden, draft = menu_pages(homes["pl"], 3)
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    draft.unpublish()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.navigation = [("page", shown), ("page", hidden), ("page", draft)]
    settings.save()
    with translation.override("pl"):
        html, _count = render_frame(homes["pl"])
    assert shown.url in html
    assert hidden.url not in html
    assert "/pl/sekcja-2/" not in html


def test_editors_set_the_navigation_and_office_names_in_the_settings_form(
    client, homes, django_capture_on_commit_callbacks
):
    first, second = menu_pages(homes["pl"], 2)
    client.force_login(SuperUserFactory())
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    assert client.get(url).status_code == 200

    data = nested_form_data(
        {
            "office_name": "Biuro",
            "office_name_en": "Participation Office",
            "office_name_uk": "Бюро участі",
            "address": "",
            "navigation": streamfield([("page", second.pk), ("page", first.pk)]),
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)

    assert response.status_code == 302
    saved = SiteSettings.for_site(site)
    assert saved.navigation_page_ids() == [second.pk, first.pk]
    assert saved.office_name_in("uk") == ("Бюро участі", "uk")
    assert saved.office_name_in("pl") == ("Biuro", "pl")
