"""Inflected forms, missing diacritics and other languages find the pages a resident means.

Driven through the search page as a resident would; run on PostgreSQL and on
SQLite (the database backend of each), with the index updated on publish.
"""

import pytest

from core.text_analysis import analyse_query, analyse_text, fold

pytestmark = pytest.mark.django_db

SEARCH_PATH = {"pl": "/pl/szukaj/", "en": "/en/search/", "uk": "/uk/poshuk/"}


def found_titles(client, query, language="pl", **params):
    response = client.get(SEARCH_PATH[language], {"query": query, **params})
    assert response.status_code == 200
    return [result.page.title for result in response.context["results_page"]]


POLISH_EXAMPLES = [
    ("budżet", "Budżet obywatelski"),
    ("budzet", "Budżet obywatelski"),  # typed without diacritics
    ("budżetowi obywatelskiemu", "Budżet obywatelski"),  # dative of both words
    ("BUDŻETU", "Budżet obywatelski"),
    ("konsultacjach", "Konsultacje planu dla Płaszowa"),  # the page says "Konsultacje"
    ("Płaszów", "Konsultacje planu dla Płaszowa"),  # the page says "Płaszowa"
    ("Plaszow", "Konsultacje planu dla Płaszowa"),
    ("park", "Zielone podwórka"),  # the page says "parki"
    ("podwórko", "Zielone podwórka"),  # the page says "podwórka"
    ("rower", "Stojaki przy szkołach"),  # the page says "rowery"
    ("rowerami szkoły", "Stojaki przy szkołach"),
]


def test_polish_forms_find_the_page(client, site_pages):
    # One set of pages for all examples: building them is the slow part.
    missed = {
        query: found_titles(client, query)
        for query, title in POLISH_EXAMPLES
        if title not in found_titles(client, query)
    }
    assert missed == {}


def test_every_word_of_the_query_must_match(client, site_pages):
    assert found_titles(client, "budżet rower") == []
    assert found_titles(client, "zupełnienieznanesłowo") == []


def test_ukrainian_inflected_form_finds_its_lemma(client, site_pages):
    # "бюджетом" (instrumental) and "громадського" (genitive): the page says "Громадський бюджет".
    assert found_titles(client, "громадського бюджетом", "uk") == ["Громадський бюджет"]


def test_english_singular_finds_the_plural(client, site_pages):
    assert found_titles(client, "park", "en") == ["Greener parks"]
    assert found_titles(client, "bench", "en") == ["Greener parks"]


def test_each_language_finds_only_its_own_pages(client, site_pages):
    assert found_titles(client, "budżet", "en") == []
    assert found_titles(client, "Podgórze", "en") == ["Greener parks"]
    assert "Greener parks" not in found_titles(client, "Podgórze", "pl")


def test_analysis_gives_every_candidate_lemma_and_folds_after_it():
    assert analyse_query("budżetowi", "pl") == [("budzetowi", "budzet", "budzetowy")]
    assert analyse_text("Płaszowa", "pl") == "plaszowa plaszow"
    assert analyse_query("nieznanysłowotwór", "pl") == [("nieznanyslowotwor",)]
    # Cyrillic letters keep their marks: "й" is a letter of its own.
    assert fold("Київ й Львів") == "київ й львів"
