"""Search: the reader's language only, no index of result pages, bad input handled."""

import os

import pytest
from django.core.management import call_command
from django.test import override_settings

from tests.factories import ContentPageFactory, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def budget_pages(homes):
    polish = ContentPageFactory(
        parent=homes["pl"], title="Budżet obywatelski", lead="Głosowanie nad projektami."
    )
    ukrainian = translate_page(polish, "uk")
    ukrainian.title = "Громадський бюджет"
    ukrainian.save_revision().publish()
    call_command("update_index", verbosity=0)
    return {"pl": polish, "uk": ukrainian}


def test_search_finds_pages_in_the_readers_language(client, budget_pages):
    response = client.get("/pl/search/", {"query": "budżet"})
    assert response.status_code == 200
    results = list(response.context["results_page"])
    assert [page.pk for page in results] == [budget_pages["pl"].pk]
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_search_in_ukrainian_does_not_return_polish_pages(client, budget_pages):
    response = client.get("/uk/search/", {"query": "бюджет"})
    assert [page.pk for page in response.context["results_page"]] == [budget_pages["uk"].pk]


@pytest.mark.parametrize(
    "params",
    [
        {"query": "x" * 2000},
        {"query": "budżet", "page": "-1"},
        {"query": "\x00'; DROP"},
        {"query": '"budżet'},
        {"query": 'głosowanie "nad projektami" budżet'},
        {"query": '" " "'},
        {"query": "budżet AND OR NOT ( * :"},
    ],
)
def test_odd_input_never_breaks_search(client, budget_pages, params):
    response = client.get("/pl/search/", params)
    assert response.status_code in (200, 404)


def test_query_that_is_not_utf8_is_handled(client, budget_pages):
    response = client.get("/pl/search/", QUERY_STRING="query=%FF%FE%ED%A0%80")
    assert response.status_code == 200


def test_page_of_results_that_does_not_exist_is_a_404(client, budget_pages):
    response = client.get("/pl/search/", {"query": "budżet", "page": "999"})
    assert response.status_code == 404


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against",
)
def test_elasticsearch_backend_indexes_and_finds_pages(client, homes):
    backend = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": "participation_test_",
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backend):
        page = ContentPageFactory(parent=homes["pl"], title="Konsultacje parku")
        call_command("update_index", verbosity=0)
        response = client.get("/pl/search/", {"query": "konsultacje"})
        assert page.pk in [result.pk for result in response.context["results_page"]]
