"""A view restriction follows the page into every language, and no public list shows it.

The restriction is set on the Polish page; the page is translated to English
before and to Ukrainian after that, so both ways a translation comes to
carry it are exercised (core.restrictions). The helpers here are shared by
the tests of the other apps' lists (tests/<app>/test_view_restrictions.py).
"""

import io
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from core import restrictions
from core.restrictions import pages_public
from pages.models import HomePageFeaturedItem
from tests.factories import (
    ContentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SuperUserFactory,
    translate_page,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("pl", "en", "uk")
PASSWORD = "tajne-haslo"  # noqa: S105 - a test page's shared password
PASSWORD_FORM = "_util/authenticate_with_password/"


# --- Helpers, shared with tests/<app>/test_view_restrictions.py ---------------


def restrict(page, password=PASSWORD, restriction_type=PageViewRestriction.PASSWORD):
    """Set a view restriction on `page`, as the admin's privacy dialog saves one."""
    return PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password=password
    )


def translated(page):
    """`page` and its English and Ukrainian translations, keyed by language."""
    return {"pl": page, "en": translate_page(page, "en"), "uk": translate_page(page, "uk")}


def restricted_in_every_language(page, password=PASSWORD):
    """Translate `page` to English, restrict the Polish page, then translate it to Ukrainian.

    English receives the restriction when it is added, Ukrainian when it is
    created from a restricted source.
    """
    english = translate_page(page, "en")
    restrict(page, password)
    ukrainian = translate_page(page, "uk")
    return {"pl": page, "en": english, "uk": ukrainian}


def own_restriction(page):
    """(type, password, group names) of the restriction set on `page` itself, or None."""
    restrictions = list(PageViewRestriction.objects.filter(page=page))
    assert len(restrictions) <= 1, f"{page} has {len(restrictions)} restrictions"
    if not restrictions:
        return None
    restriction = restrictions[0]
    groups = sorted(restriction.groups.values_list("name", flat=True))
    return (restriction.restriction_type, restriction.password, groups)


def unlock(client, page, password=PASSWORD):
    """Enter the shared password of the restriction covering `page`, as a visitor does."""
    restriction = page.get_view_restrictions().get()
    response = client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": password, "return_url": page.url},
    )
    assert response.status_code == 302


def asks_for_password(response):
    return response.status_code == 200 and PASSWORD_FORM in response.content.decode()


def assert_listed(client, url, *, shown, hidden):
    """GET `url`: the text `shown` is on it (the list is not empty), `hidden` is not."""
    response = client.get(url)
    assert response.status_code == 200, url
    content = response.content.decode()
    assert shown in content, f"{shown!r} missing from {url}"
    assert hidden not in content, f"{hidden!r} listed on {url}"


# --- The restriction follows the page into every language ---------------------


def test_restriction_added_after_translation_applies_to_every_language(homes):
    page = ContentPageFactory(parent=homes["pl"])
    pages = translated(page)
    restrict(page)
    for language in LANGUAGES:
        assert own_restriction(pages[language]) == ("password", PASSWORD, []), language


def test_page_translated_after_restricting_gets_the_restriction_with_its_groups(homes):
    council = Group.objects.create(name="Radni")
    page = ContentPageFactory(parent=homes["pl"])
    restriction = restrict(page, "", PageViewRestriction.GROUPS)
    restriction.groups.set([council])
    pages = translated(page)
    for language in LANGUAGES:
        assert own_restriction(pages[language]) == ("groups", "", ["Radni"]), language


def test_restriction_removed_makes_every_language_public_again(client, homes):
    page = ContentPageFactory(parent=homes["pl"], title="Regulamin rady")
    pages = restricted_in_every_language(page)
    PageViewRestriction.objects.get(page=pages["en"]).delete()
    for language in LANGUAGES:
        assert own_restriction(pages[language]) is None, language
        response = client.get(pages[language].url)
        assert response.status_code == 200
        assert PASSWORD_FORM not in response.content.decode()
        assert "Regulamin rady" in response.content.decode()


def test_restriction_set_on_the_ukrainian_translation_restricts_polish_and_english(client, homes):
    page = ContentPageFactory(parent=homes["pl"])
    pages = translated(page)
    restrict(pages["uk"])
    for language in LANGUAGES:
        assert own_restriction(pages[language]) == ("password", PASSWORD, []), language
        assert asks_for_password(client.get(pages[language].url)), language


def test_changed_password_is_synced_and_only_the_new_one_opens(client, homes):
    page = ContentPageFactory(parent=homes["pl"])
    pages = restricted_in_every_language(page)
    restriction = PageViewRestriction.objects.get(page=pages["pl"])
    restriction.password = "nowe-haslo"  # noqa: S105
    restriction.save()
    for language in LANGUAGES:
        assert own_restriction(pages[language]) == ("password", "nowe-haslo", []), language
    english_restriction = PageViewRestriction.objects.get(page=pages["en"])
    wrong = client.post(
        reverse(
            "wagtailcore_authenticate_with_password",
            args=[english_restriction.pk, pages["en"].pk],
        ),
        {"password": PASSWORD, "return_url": pages["en"].url},
    )
    assert wrong.status_code == 200  # the form again, with an error
    assert asks_for_password(client.get(pages["en"].url))


def test_the_admins_privacy_dialog_syncs_type_and_groups_in_both_directions(client, homes):
    council = Group.objects.create(name="Radni")
    staff = Group.objects.create(name="Pracownicy")
    page = ContentPageFactory(parent=homes["pl"])
    pages = translated(page)
    client.force_login(SuperUserFactory())

    def set_privacy(target, **data):
        url = reverse("wagtailadmin_pages:set_privacy", args=[target.pk])
        response = client.post(url, data)
        assert response.status_code == 200
        assert '"step": "set_privacy_done"' in response.content.decode()

    set_privacy(pages["pl"], restriction_type="groups", groups=[council.pk, staff.pk])
    for language in LANGUAGES:
        assert own_restriction(pages[language]) == ("groups", "", ["Pracownicy", "Radni"])
    set_privacy(pages["uk"], restriction_type="groups", groups=[council.pk])
    for language in LANGUAGES:
        assert own_restriction(pages[language]) == ("groups", "", ["Radni"]), language
    set_privacy(pages["en"], restriction_type="login")
    for language in LANGUAGES:
        assert own_restriction(pages[language]) == ("login", "", []), language
    set_privacy(pages["pl"], restriction_type="none")
    for language in LANGUAGES:
        assert own_restriction(pages[language]) is None, language


def test_translation_restricted_before_syncing_existed_gets_it_with_groups_on_update(homes):
    council = Group.objects.create(name="Radni")
    page = ContentPageFactory(parent=homes["pl"])
    english = translate_page(page, "en")
    # As data written before restrictions were synced: only the Polish page has one.
    with restrictions._syncing():
        restriction = restrict(page, "", PageViewRestriction.GROUPS)
        restriction.groups.set([council])
    assert own_restriction(english) is None
    # Updating the translation (wagtail-localize copies the restriction, not its groups).
    translate_page(page, "en")
    for translation in (page, english):
        assert own_restriction(translation) == ("groups", "", ["Radni"])


def test_deleting_a_restricted_page_leaves_its_translations_restricted(homes):
    page = ContentPageFactory(parent=homes["pl"])
    pages = restricted_in_every_language(page)
    pages["pl"].delete()
    assert own_restriction(Page.objects.get(pk=pages["en"].pk)) == ("password", PASSWORD, [])
    assert own_restriction(Page.objects.get(pk=pages["uk"].pk)) == ("password", PASSWORD, [])


def test_restricted_section_covers_the_translations_of_its_pages(client, homes):
    news_index = NewsIndexPageFactory(parent=homes["pl"])
    restricted_in_every_language(news_index)
    news = NewsPageFactory(parent=news_index, title="Protokół posiedzenia")
    pages = translated(news)
    for language in LANGUAGES:
        # The news item has no restriction of its own: it inherits its section's.
        assert own_restriction(pages[language]) is None
        assert asks_for_password(client.get(pages[language].url)), language
    assert pages_public(pages.values()) == []


def test_restricted_page_is_served_in_every_language_only_with_the_password(client, homes):
    page = ContentPageFactory(parent=homes["pl"], title="Notatki zespołu")
    pages = restricted_in_every_language(page)
    for language in LANGUAGES:
        response = client.get(pages[language].url)
        assert asks_for_password(response), language
        assert "Notatki zespołu" not in response.content.decode()
        unlock(client, pages[language])
        response = client.get(pages[language].url)
        assert response.status_code == 200
        assert PASSWORD_FORM not in response.content.decode()
        assert "Notatki zespołu" in response.content.decode(), language


def test_login_restriction_sends_every_language_to_sign_in(client, homes):
    page = ContentPageFactory(parent=homes["pl"])
    pages = translated(page)
    restrict(pages["en"], "", PageViewRestriction.LOGIN)
    for language in LANGUAGES:
        response = client.get(pages[language].url)
        assert response.status_code == 302, language
        assert "login" in response["Location"]


# --- Nothing lists a restricted page --------------------------------------------


def test_main_navigation_leaves_out_restricted_pages(client, homes):
    shown = ContentPageFactory(parent=homes["pl"], title="Dla mieszkańców", show_in_menus=True)
    hidden = ContentPageFactory(parent=homes["pl"], title="Strefa radnych", show_in_menus=True)
    translated(shown)
    restricted_in_every_language(hidden)
    for language in LANGUAGES:
        assert_listed(client, homes[language].url, shown="Dla mieszkańców", hidden="Strefa radnych")


def test_home_page_features_and_news_leave_out_restricted_pages(client, homes):
    news_index = NewsIndexPageFactory(parent=homes["pl"])
    translated(news_index)
    translated(NewsPageFactory(parent=news_index, title="Otwarte spotkanie"))
    restricted_in_every_language(NewsPageFactory(parent=news_index, title="Zamknięte spotkanie"))
    featured_public = ContentPageFactory(parent=homes["pl"], title="Budżet dzielnicy")
    featured_hidden = ContentPageFactory(parent=homes["pl"], title="Materiały dla radnych")
    translated(featured_public)
    restricted_in_every_language(featured_hidden)
    for language in LANGUAGES:
        home = homes[language]
        for order, page in enumerate((featured_public, featured_hidden)):
            HomePageFeaturedItem.objects.create(
                home_page=home, page=page, locale=home.locale, sort_order=order
            )
        response = client.get(home.url)
        content = response.content.decode()
        assert [item["page"].title for item in response.context["featured_items"]] == [
            "Budżet dzielnicy"
        ], language
        assert [news.title for news in response.context["latest_news"]] == ["Otwarte spotkanie"]
        assert "Materiały dla radnych" not in content
        assert "Zamknięte spotkanie" not in content


def test_news_index_leaves_out_restricted_news(client, homes):
    news_index = translated(NewsIndexPageFactory(parent=homes["pl"]))
    translated(NewsPageFactory(parent=news_index["pl"], title="Otwarte spotkanie"))
    restricted_in_every_language(
        NewsPageFactory(parent=news_index["pl"], title="Zamknięte spotkanie")
    )
    for language in LANGUAGES:
        assert_listed(
            client,
            news_index[language].url,
            shown="Otwarte spotkanie",
            hidden="Zamknięte spotkanie",
        )


def test_sitemap_leaves_out_restricted_pages_and_what_is_below_them(client, homes):
    public = translated(ContentPageFactory(parent=homes["pl"], slug="o-nas"))
    news_index = NewsIndexPageFactory(parent=homes["pl"], slug="dla-radnych")
    hidden = restricted_in_every_language(news_index)
    below = translated(NewsPageFactory(parent=news_index, slug="protokol"))
    response = client.get("/sitemap.xml")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {
        node.text for node in ET.fromstring(response.content).findall("s:url/s:loc", namespace)
    }
    for language in LANGUAGES:
        assert public[language].full_url in locations, language
        assert hidden[language].full_url not in locations, language
        assert below[language].full_url not in locations, language


def test_search_leaves_out_restricted_pages_in_every_language(client, homes):
    translated(ContentPageFactory(parent=homes["pl"], title="Kalendarz konsultacji jawny"))
    restricted_in_every_language(
        ContentPageFactory(parent=homes["pl"], title="Kalendarz konsultacji poufny")
    )
    call_command("update_index", verbosity=0)
    for language in LANGUAGES:
        search_url = {"pl": "/pl/szukaj/", "en": "/en/search/", "uk": "/uk/poshuk/"}[language]
        response = client.get(search_url, {"query": "kalendarz konsultacji"})
        titles = [page.title for page in response.context["results_page"]]
        assert titles == ["Kalendarz konsultacji jawny"], language


# --- Repair after bulk changes (manage.py sync_view_restrictions) -------------


def run_sync(*arguments):
    out = io.StringIO()
    call_command("sync_view_restrictions", *arguments, stdout=out)
    return out.getvalue()


def test_a_bulk_update_that_bypassed_the_signals_is_repaired_by_the_command(client, homes):
    pages = restricted_in_every_language(ContentPageFactory(parent=homes["pl"]))
    # QuerySet.update() sends no signal: only the Polish page gets the new password.
    PageViewRestriction.objects.filter(page=pages["pl"]).update(password="nowe-haslo")
    assert own_restriction(pages["en"])[1] == PASSWORD

    report = run_sync("--dry-run")
    assert "2 page(s) differ" in report
    assert own_restriction(pages["en"])[1] == PASSWORD  # a dry run changes nothing

    assert "2 page(s) updated" in run_sync()
    for page in pages.values():
        assert own_restriction(page) == ("password", "nowe-haslo", [])
    assert "0 page(s) updated" in run_sync()


def test_the_repair_never_makes_a_page_public(homes):
    pages = translated(ContentPageFactory(parent=homes["pl"]))
    # Restricted in English only, with the signals bypassed (as a raw import would).
    with restrictions._syncing():
        restrict(pages["en"])
    run_sync()
    for page in pages.values():
        assert own_restriction(page) == ("password", PASSWORD, [])
