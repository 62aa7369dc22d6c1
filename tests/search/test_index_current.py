"""The index follows the site with no rebuild, and what a resident may not see never shows.

Deleting, moving under a restricted section, unpublishing and restricting a
translation each change what the search page, its counts and the header's
suggestions give at once. Run on PostgreSQL and on SQLite.
"""

import pytest
from wagtail.models import Locale, PageViewRestriction

from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def titles(client, query, path="/pl/szukaj/"):
    response = client.get(path, {"query": query})
    assert response.status_code == 200
    return [result.page.title for result in response.context["results_page"]]


def type_count(client, query):
    response = client.get("/pl/szukaj/", {"query": query})
    return sum(facet.count for facet in response.context["facets"])


def suggested(client, query, path="/pl/search/autocomplete/"):
    return [item["title"] for item in client.get(path, {"query": query}).json()["results"]]


def publish(parent, **fields):
    page = ContentPageFactory(parent=parent, **fields)
    page.save_revision().publish()
    return page


def test_a_deleted_page_is_gone_at_once(client, homes):
    page = publish(homes["pl"], title="Hulajnogi miejskie", lead="Zasady parkowania hulajnóg.")
    assert titles(client, "hulajnoga") == ["Hulajnogi miejskie"]
    page.delete()
    assert titles(client, "hulajnoga") == []
    assert suggested(client, "hulaj") == []


def test_a_page_moved_under_a_restricted_section_disappears_with_its_counts(client, homes):
    section = publish(homes["pl"], title="Dla radnych", lead="Materiały wewnętrzne.")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    page = publish(homes["pl"], title="Ławki w parku", lead="Nowe ławki przy stawie.")
    assert titles(client, "ławka") == ["Ławki w parku"]
    assert type_count(client, "ławka") == 1
    page.move(section, pos="last-child")
    assert titles(client, "ławka") == []
    assert type_count(client, "ławka") == 0
    assert suggested(client, "ławk") == []


def test_unpublishing_removes_the_page_from_counts_and_suggestions(client, homes):
    page = publish(homes["pl"], title="Fontanna na rynku", lead="Fontanna wróci latem.")
    assert suggested(client, "fontan") == ["Fontanna na rynku"]
    page.unpublish()
    assert titles(client, "fontanny") == []
    assert suggested(client, "fontan") == []


def test_a_restricted_translation_is_hidden(client, homes):
    polish = publish(homes["pl"], title="Budżet obywatelski", lead="Głosowanie mieszkańców.")
    ukrainian = polish.copy_for_translation(Locale.objects.get(language_code="uk"))
    ukrainian.title = "Громадський бюджет"
    ukrainian.save_revision().publish()
    assert titles(client, "бюджету", "/uk/poshuk/") == ["Громадський бюджет"]
    PageViewRestriction.objects.create(
        page=ukrainian, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert titles(client, "бюджету", "/uk/poshuk/") == []
    assert suggested(client, "бюдж", "/uk/search/autocomplete/") == []


def test_a_draft_title_change_is_not_searched_or_suggested(client, homes):
    page = publish(homes["pl"], title="Skatepark", lead="Rampy i poręcze.")
    page.title = "Tajny plan hulajnóg"
    page.save_revision()  # a draft
    assert titles(client, "tajny") == []
    assert suggested(client, "tajn") == []
    assert titles(client, "skatepark") == ["Skatepark"]
