"""Elasticsearch: the lemma fields' mapping and query bodies (always), a live cluster (when set).

The mapping and query tests need no server. The integration test runs the
resident's examples against `ELASTICSEARCH_URL` and is skipped, saying so,
when that variable is not set (as Wagtail's own suite does).
"""

import os
import uuid

import pytest
from django.core.management import call_command
from django.test import override_settings
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9Mapping,
    Elasticsearch9SearchQueryCompiler,
)
from wagtail.models import Page

from core.text_analysis import ELASTICSEARCH_LEMMA_MAPPING
from pages.models import ContentPage
from search.queries import lemma_query


def test_lemma_fields_are_split_on_whitespace_only():
    properties = Elasticsearch9Mapping(ContentPage).get_mapping()["properties"]
    for name in ("core_basepage__search_lemmas", "core_basepage__search_title_lemmas"):
        assert properties[name]["analyzer"] == "whitespace"
        assert properties[name]["search_analyzer"] == "whitespace"
    assert ELASTICSEARCH_LEMMA_MAPPING == {
        "analyzer": "whitespace",
        "search_analyzer": "whitespace",
    }


def test_query_body_asks_for_any_lemma_of_every_word():
    compiler = Elasticsearch9SearchQueryCompiler(
        Page.objects.none(), lemma_query("budżetowi Płaszów", "pl")
    )
    # One clause over all the text, one over the boosted (title) text; the best counts.
    all_text, titles = compiler.get_inner_query()["dis_max"]["queries"]
    budget, plaszow = all_text["bool"]["must"]
    assert [clause["match"]["_all_text"]["query"] for clause in budget["bool"]["should"]] == [
        "budzetowi",
        "budzet",
        "budzetowy",
    ]
    assert plaszow["match"]["_all_text"]["query"] == "plaszow"
    assert titles["bool"]["must"][1]["match"]["_all_text_boost_2_0"]["boost"] == 2.0


@pytest.mark.django_db
@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against",
)
def test_cluster_finds_inflected_forms(client, site_pages):
    backend = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": f"participation_test_{uuid.uuid4().hex[:8]}_",
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backend):
        call_command("update_index", verbosity=0)
        for query, title in [
            ("budzet", "Budżet obywatelski"),
            ("budżetowi obywatelskiemu", "Budżet obywatelski"),
            ("konsultacjach", "Konsultacje planu dla Płaszowa"),
            ("Płaszów", "Konsultacje planu dla Płaszowa"),
            ("park", "Zielone podwórka"),
            ("podwórko", "Zielone podwórka"),
            ("rower", "Stojaki przy szkołach"),
        ]:
            response = client.get("/pl/szukaj/", {"query": query})
            assert title in [r.page.title for r in response.context["results_page"]], query
