"""Elasticsearch: settings, mappings and request bodies (always), a live cluster (when set).

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
from wagtail.search.query import PlainText

from core.text_analysis import ELASTICSEARCH_LEMMA_MAPPING
from pages.models import ContentPage
from projects.models import ProjectPage
from search.elasticsearch.backend import (
    LemmaElasticsearchBackend,
    LemmaElasticsearchMapping,
    LemmaElasticsearchQueryCompiler,
    field_names,
)
from search.elasticsearch.queries import (
    facet_body,
    parse_facets,
    parse_suggestion,
    search_body,
    suggest_body,
)
from search.elasticsearch.settings import INDEX_SETTINGS
from search.queries import TYPE_FIELD, lemma_query


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


def test_index_settings_define_the_lemma_and_language_analyzers():
    analysis = LemmaElasticsearchBackend.settings["settings"]["analysis"]
    analyzers = analysis["analyzer"]
    assert analyzers["lemma"] == {
        "type": "custom",
        "tokenizer": "whitespace",
        "filter": ["lowercase", "asciifolding"],
    }
    # Stempel stems the words as written; diacritics are folded after it.
    assert analyzers["polish_folded"]["filter"] == [
        "lowercase",
        "polish_stop",
        "polish_stem",
        "asciifolding",
    ]
    assert analyzers["english_folded"]["filter"][-2:] == ["english_stemmer", "asciifolding"]
    assert analysis["filter"]["english_stemmer"] == {"type": "stemmer", "language": "english"}
    # Wagtail's own analyzers (autocomplete) are kept.
    assert "edgengram_analyzer" in analyzers
    assert INDEX_SETTINGS["settings"]["analysis"]["analyzer"]["lemma"] == analyzers["lemma"]


def test_mapping_gives_text_fields_language_subfields_and_lemma_fields_the_lemma_analyzer():
    properties = LemmaElasticsearchMapping(ProjectPage).get_mapping()["properties"]
    assert properties["title"]["fields"] == {
        "pl": {"type": "text", "analyzer": "polish_folded"},
        "uk": {"type": "text", "analyzer": "ukrainian"},
        "en": {"type": "text", "analyzer": "english_folded"},
    }
    assert properties["projects_projectpage__lead"]["fields"]["pl"]["analyzer"] == "polish_folded"
    lemmas = properties["core_basepage__search_lemmas"]
    assert (lemmas["analyzer"], lemmas["search_analyzer"]) == ("lemma", "lemma")
    assert "fields" not in lemmas
    # Related fields (a project's districts) get the sub-fields in their nested mapping.
    nested = properties["projects_projectpage__districts"]["properties"]["name"]
    assert nested["fields"]["uk"]["analyzer"] == "ukrainian"


def test_field_names_cover_every_page_type():
    lemma, title, text = field_names(Page)
    assert lemma == ["core_basepage__search_lemmas"]
    assert title == ["core_basepage__search_title_lemmas"]
    assert {"title", "projects_projectpage__lead", "pages_newspage__body"} <= set(text)
    assert not set(text) & {*lemma, *title}


def test_search_body_ands_the_words_boosts_the_language_and_the_phrase():
    body = search_body(
        [("budzetowi", "budzet", "budzetowy"), ("obywatelskiemu", "obywatelski")],
        text="budżetowi obywatelskiemu",
        language="pl",
        lemma_fields=["lemmas"],
        title_fields=["title_lemmas"],
        text_fields=["title", "lead"],
    )
    budget, civic = body["bool"]["must"]
    assert budget["bool"]["minimum_should_match"] == 1
    assert budget["bool"]["should"] == [
        {"match": {"lemmas": {"query": "budzetowi budzet budzetowy", "boost": 1.0}}},
        {"match": {"title_lemmas": {"query": "budzetowi budzet budzetowy", "boost": 2.0}}},
    ]
    assert civic["bool"]["should"][0]["match"]["lemmas"]["query"] == "obywatelskiemu obywatelski"
    language, title_phrase, phrase = body["bool"]["should"]
    assert language["multi_match"]["fields"] == ["title.pl", "lead.pl"]
    assert language["multi_match"]["query"] == "budżetowi obywatelskiemu"
    assert phrase["span_near"]["in_order"] is True
    assert phrase["span_near"]["clauses"][1] == {
        "span_or": {
            "clauses": [
                {"span_term": {"lemmas": "obywatelskiemu"}},
                {"span_term": {"lemmas": "obywatelski"}},
            ]
        }
    }
    assert title_phrase["span_near"]["clauses"][0]["span_or"]["clauses"][0] == {
        "span_term": {"title_lemmas": "budzetowi"}
    }


def test_search_body_of_one_word_or_unknown_language_has_no_phrase_or_language_boost():
    body = search_body(
        [("park",)],
        text="park",
        language="de",
        lemma_fields=["lemmas"],
        title_fields=[],
        text_fields=["title"],
    )
    assert body["bool"]["should"] == []
    assert len(body["bool"]["must"]) == 1


def test_compiler_sends_the_lemma_body_for_a_resident_query_and_wagtails_otherwise():
    compiler = LemmaElasticsearchQueryCompiler(Page.objects.all(), lemma_query("Płaszów", "pl"))
    must = compiler.get_inner_query()["bool"]["must"]
    assert must[0]["bool"]["should"][0] == {
        "match": {"core_basepage__search_lemmas": {"query": "plaszow", "boost": 1.0}}
    }
    admin = LemmaElasticsearchQueryCompiler(Page.objects.all(), PlainText("Płaszów"))
    assert "multi_match" in admin.get_inner_query()


def test_suggester_body_and_its_answer():
    assert suggest_body("budzet obywatelsky") == {
        "did_you_mean": {
            "text": "budzet obywatelsky",
            "term": {
                "field": "title",
                "suggest_mode": "missing",
                "min_word_length": 3,
                "size": 1,
                "sort": "score",
            },
        }
    }
    answer = {
        "did_you_mean": [
            {"text": "budzet", "offset": 0, "length": 6, "options": [{"text": "budżet"}]},
            {
                "text": "obywatelsky",
                "offset": 7,
                "length": 11,
                "options": [{"text": "obywatelski"}],
            },
        ]
    }
    assert parse_suggestion(answer, "budzet obywatelsky") == "budżet obywatelski"
    nothing = {"did_you_mean": [{"text": "park", "offset": 0, "length": 4, "options": []}]}
    assert parse_suggestion(nothing, "park") is None


def test_facet_body_counts_every_match_and_its_answer():
    query = {"bool": {"must": {"match_all": {}}}}
    body = facet_body(query, {"types": TYPE_FIELD})
    assert body == {
        "size": 0,
        "query": query,
        "aggs": {"types": {"terms": {"field": "content_type_id_filter", "size": 1000}}},
    }
    assert TYPE_FIELD in LemmaElasticsearchMapping(Page).get_mapping()["properties"]
    answer = {"types": {"buckets": [{"key": "12", "doc_count": 40}, {"key": "7", "doc_count": 3}]}}
    assert parse_facets(answer) == {"types": {"12": 40, "7": 3}}


@pytest.mark.django_db
@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against",
)
def test_cluster_finds_inflected_forms(client, site_pages):
    # The cluster needs the analysis-stempel and analysis-ukrainian plugins.
    backend = {
        "default": {
            "BACKEND": "search.elasticsearch.backend",
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
