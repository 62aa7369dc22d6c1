"""Ranking: a phrase above scattered words, a title above a body (PostgreSQL's rank).

PostgreSQL ranks with `ts_rank_cd` over the lemma vectors plus title, lead
and phrase boosts (search/backends/postgres.py); SQLite keeps its FTS5 rank,
which knows neither phrases nor fields, so these orders are PostgreSQL's.
The tsquery-building tests need no database.
"""

import pytest
from django.db import connection
from wagtail.models import Locale

from search.backends.postgres import near_tsquery, phrase_tsquery, tsquery_text, tsvector_literal
from search.queries import PageSearch, lemma_query
from tests.factories import ContentPageFactory

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="phrase and field boosts are PostgreSQL's rank; SQLite ranks with FTS5's bm25",
)


def titles(client, query):
    # The search page's own query (its rendering is tested in test_search_page.py).
    return [
        page.title for page in PageSearch(query, Locale.objects.get(language_code="pl")).results()
    ]


def publish(parent, **fields):
    page = ContentPageFactory(parent=parent, **fields)
    page.save_revision().publish()
    return page


@pytest.mark.django_db
@postgres_only
def test_words_as_a_phrase_rank_above_the_same_words_scattered(client, homes):
    publish(
        homes["pl"],
        title="Ogłoszenie A",
        lead="W tym roku zieleń i drogi. Budżetu nie ruszamy, bo to zadanie obywatelskie.",
    )
    publish(
        homes["pl"],
        title="Ogłoszenie B",
        lead="W tym roku zieleń i drogi. Zapraszamy do głosowania: budżet obywatelski.",
    )
    assert titles(client, "budżetowi obywatelskiemu") == ["Ogłoszenie B", "Ogłoszenie A"]
    # The same pages, the words in the other order: no phrase, the order is not forced.
    assert set(titles(client, "obywatelski budżet")) == {"Ogłoszenie A", "Ogłoszenie B"}


@pytest.mark.django_db
@postgres_only
def test_a_title_match_ranks_above_a_body_match(client, homes):
    publish(
        homes["pl"],
        title="Zebranie mieszkańców",
        lead="Rozmawiamy o rowerach, rowerach miejskich i stojakach na rowery przy szkołach.",
    )
    publish(homes["pl"], title="Rowery miejskie", lead="Nowe stacje w Podgórzu.")
    assert titles(client, "rower") == ["Rowery miejskie", "Zebranie mieszkańców"]


@pytest.mark.django_db
@postgres_only
def test_a_lead_match_ranks_above_a_match_further_in_the_body(client, homes):
    publish(
        homes["pl"],
        title="Strona A",
        lead="Spotkanie.",
        body=[("paragraph", "<p>Ławki w parkach.</p>")],
    )
    publish(homes["pl"], title="Strona B", lead="Ławki w parkach.")
    assert titles(client, "ławka") == ["Strona B", "Strona A"]


def test_tsquery_of_alternatives_and_phrase():
    query = lemma_query("budżetowi Płaszów", "pl")
    assert tsquery_text(query) == "(('budzetowi' | 'budzet' | 'budzetowy') & 'plaszow')"
    assert phrase_tsquery(query) == "('budzetowi' | 'budzet' | 'budzetowy') <-> 'plaszow'"
    assert near_tsquery(query).startswith("(('budzetowi' | 'budzet' | 'budzetowy') <1> 'plaszow' |")
    assert phrase_tsquery(lemma_query("budżet", "pl")) is None


def test_tsvector_gives_every_token_of_a_word_its_position_and_escapes_quotes():
    literal = tsvector_literal(
        [(("budzetowi", "budzet"), "A"), (("o'hara",), "D"), (("budzet",), "D")]
    )
    assert literal == "'budzetowi':1A 'budzet':1A,3D 'o''hara':2D"
