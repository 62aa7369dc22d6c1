"""The search page as a resident uses it: addresses, results, snippets, filters, bad input."""

import datetime

import pytest
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from search.views import SURVEY_STATES
from tests.factories import ContentPageFactory
from tests.projects.factories import ProjectIndexPageFactory, ProjectPageFactory, district
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory

pytestmark = pytest.mark.django_db


def results(response):
    return list(response.context["results_page"])


def test_each_language_has_its_own_address(client, site_pages):
    for path in ("/pl/szukaj/", "/en/search/", "/uk/poshuk/"):
        response = client.get(path)
        assert response.status_code == 200
        assert f'action="{path}"' in response.content.decode()


def test_old_address_redirects_permanently_with_the_query(client, site_pages):
    response = client.get("/pl/search/", {"query": "budżet", "page": "1"})
    assert response.status_code == 301
    assert response["Location"] == "/pl/szukaj/?query=bud%C5%BCet&page=1"
    assert client.get("/uk/search/")["Location"] == "/uk/poshuk/"


def test_result_shows_type_title_marked_snippet_and_date(client, site_pages):
    response = client.get("/pl/szukaj/", {"query": "rowerem"})
    html = response.content.decode()
    [result] = results(response)
    assert result.page.title == "Stojaki przy szkołach"
    assert result.title == "Stojaki przy szkołach"
    assert "nowe stojaki na <mark>rowery</mark>." in html
    assert '<time datetime="2026-03-02">' in html
    assert '<meta name="robots" content="noindex">' in html
    # Lighthouse's SEO audit may fault only the intended noindex, not a missing description.
    assert '<meta name="description" content="Szukaj projektów, konsultacji' in html
    # The query stays in the box.
    assert 'name="query" value="rowerem"' in html


def test_snippet_marks_every_form_and_escapes_the_page_text(client, homes):
    page = ContentPageFactory(
        parent=homes["pl"],
        title="Ogłoszenie",
        lead='<script>alert("x")</script> Konsultacje & konsultacji <b>wynik</b>.',
    )
    page.save_revision().publish()
    html = client.get("/pl/szukaj/", {"query": "konsultacja"}).content.decode()
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Konsultacje</mark> &amp; "
        "<mark>konsultacji</mark> &lt;b&gt;wynik&lt;/b&gt;." in html
    )
    assert "<script>alert" not in html


def test_results_come_from_the_live_page_never_a_draft(client, site_pages):
    page = site_pages["budget"]
    page.lead = "Tajny szkic o hulajnogach."
    page.save_revision()  # a draft: not published
    assert results(client.get("/pl/szukaj/", {"query": "hulajnoga"})) == []
    html = client.get("/pl/szukaj/", {"query": "budżet"}).content.decode()
    assert "hulajnog" not in html
    assert "Głosowanie nad projektami" in html


def test_unpublished_and_restricted_pages_are_not_found(client, site_pages):
    site_pages["budget"].unpublish()
    assert results(client.get("/pl/szukaj/", {"query": "budżet"})) == []
    PageViewRestriction.objects.create(
        page=site_pages["plaszow"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert results(client.get("/pl/szukaj/", {"query": "Płaszów"})) == []


def test_publishing_makes_a_page_findable_without_a_rebuild(client, homes):
    page = ContentPageFactory(parent=homes["pl"], title="Warsztaty", live=False)
    assert results(client.get("/pl/szukaj/", {"query": "warsztatach"})) == []
    page.save_revision().publish()
    assert [r.page.pk for r in results(client.get("/pl/szukaj/", {"query": "warsztatach"}))] == [
        page.pk
    ]


def homes_pl(site_pages):
    return site_pages["budget"].get_parent()


def test_filter_by_type_with_counts(client, site_pages):
    ContentPageFactory(parent=homes_pl(site_pages), title="Mieszkańcy o parkach")
    response = client.get("/pl/szukaj/", {"query": "mieszkańcy"})
    facets = {facet.value: facet.count for facet in response.context["facets"]}
    assert facets == {"pages.contentpage": 3}
    response = client.get("/pl/szukaj/", {"query": "park"})
    facets = {facet.value: facet.count for facet in response.context["facets"]}
    assert facets == {"projects.projectpage": 1, "pages.contentpage": 1}
    html = response.content.decode()
    assert "?query=park&amp;type=projects.projectpage" in html

    response = client.get("/pl/szukaj/", {"query": "park", "type": "projects.projectpage"})
    assert [r.page.title for r in results(response)] == ["Zielone podwórka"]
    # The counts still show every type, so the resident can switch.
    assert {facet.value for facet in response.context["facets"]} == {
        "pages.contentpage",
        "projects.projectpage",
    }


def test_sort_by_date_puts_the_newest_first(client, site_pages):
    response = client.get("/pl/szukaj/", {"query": "mieszkaniec", "sort": "date"})
    titles = [r.page.title for r in results(response)]
    newest_first = sorted(
        (r.page for r in results(response)), key=lambda p: p.first_published_at, reverse=True
    )
    assert titles == [page.title for page in newest_first]
    assert len(titles) == 2


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"query": "park", "type": "no.such"}, "There is no such type of page to filter by."),
        ({"query": "park", "sort": "popularity"}, "Results can be sorted by relevance or by date."),
    ],
)
def test_unknown_filter_values_are_explained_with_a_400(client, site_pages, params, message):
    response = client.get("/pl/szukaj/", params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert message in response.content.decode() or response.context["form"].errors


@pytest.mark.parametrize(
    "query",
    [
        "",
        "& | ! ( ) : * ' \" \\ <",
        "\x00budżet\x00",
        '"budżet',
        "budżet AND OR NOT ( * :",
        "零 の 日本語 العربية",
        "🙂🙂",
    ],
)
def test_odd_queries_get_a_friendly_page(client, site_pages, query):
    response = client.get("/pl/szukaj/", {"query": query})
    assert response.status_code == 200


def test_long_query_is_cut_at_a_word_boundary_and_says_so(client, site_pages):
    response = client.get("/pl/szukaj/", {"query": "budżet " + "obywatelski " * 100})
    assert response.status_code == 200
    query = response.context["search_query"]
    assert len(query) <= 200
    assert query.endswith("obywatelski")
    assert response.context["shortened"] is True


@pytest.mark.parametrize("page", ["-1", "999", "10" * 9, "abc"])
def test_pages_of_results_that_do_not_exist_are_a_404(client, site_pages, page):
    response = client.get("/pl/szukaj/", {"query": "budżet", "page": page})
    assert response.status_code == 404


def test_query_that_is_not_utf8_is_handled(client, site_pages):
    response = client.get("/pl/szukaj/", QUERY_STRING="query=%FF%FE%ED%A0%80")
    assert response.status_code == 200


def test_autocomplete_suggests_titles_by_prefix_without_diacritics(client, site_pages):
    response = client.get("/pl/search/autocomplete/", {"query": "budz"})
    assert response.status_code == 200
    assert response.json() == {
        "results": [{"title": "Budżet obywatelski", "url": site_pages["budget"].url}]
    }
    assert client.get("/pl/search/autocomplete/", {"query": "b"}).json() == {"results": []}
    assert client.get("/en/search/autocomplete/", {"query": "budz"}).json() == {"results": []}


def test_autocomplete_leaves_out_restricted_pages_and_gives_at_most_eight(client, homes):
    for number in range(10):
        ContentPageFactory(parent=homes["pl"], title=f"Zebranie {number}").save_revision().publish()
    assert len(client.get("/pl/search/autocomplete/", {"query": "zebr"}).json()["results"]) == 8
    secret = ContentPageFactory(parent=homes["pl"], title="Narada zarządu")
    secret.save_revision().publish()
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/pl/search/autocomplete/", {"query": "narad"}).json() == {"results": []}


def test_a_query_that_finds_nothing_suggests_the_closest_title_words(client, site_pages):
    response = client.get("/pl/szukaj/", {"query": "konsultajce płaszowa"})
    assert results(response) == []
    assert response.context["suggestion"] == "konsultacje płaszowa"
    assert '<a href="?query=konsultacje%20p%C5%82aszowa">konsultacje płaszowa</a>' in (
        response.content.decode()
    )


def test_suggestions_never_come_from_restricted_or_draft_pages(client, homes):
    secret = ContentPageFactory(parent=homes["pl"], title="Przetarg tajemniczy")
    secret.save_revision().publish()
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    ContentPageFactory(parent=homes["pl"], title="Przetarg szkicowy", live=False)
    response = client.get("/pl/szukaj/", {"query": "przetargg"})
    assert results(response) == []
    assert response.context["suggestion"] is None


def translated(language, text):
    with translation.override(language):
        return str(text)


def test_projects_show_status_and_districts_surveys_whether_they_are_open(client, homes):
    project = ProjectPageFactory(
        parent=ProjectIndexPageFactory(parent=homes["pl"]),
        title="Ławki nad Wisłą",
        districts=[district("podgorze")],
    )
    project.save_revision().publish()
    survey_index = SurveyIndexPageFactory(parent=homes["pl"])
    SurveyPageFactory(
        parent=survey_index,
        title="Ankieta o ławkach",
        closes_at=timezone.now() - datetime.timedelta(days=1),
    ).save_revision().publish()
    response = client.get("/pl/szukaj/", {"query": "ławka", "sort": "date"})
    details = {result.title: result.details for result in results(response)}
    assert details == {
        "Ławki nad Wisłą": [project.get_status_display(), district("podgorze").name],
        "Ankieta o ławkach": [translated("pl", SURVEY_STATES["closed"])],
    }
    assert district("podgorze").name in response.content.decode()
