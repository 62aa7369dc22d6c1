""" "Did you mean": the closest words of the locale's page titles to a query that found nothing.

On PostgreSQL the words are compared by trigram similarity (pg_trgm, enabled
by this app's migration); on Elasticsearch its term suggester proposes them
(search/elasticsearch); elsewhere difflib's ratio over the same words.
Only titles of live, public pages of the reader's language are read, so a
suggestion never reveals a draft or a restricted page.
"""

import difflib

from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from core.text_analysis import fold, words

from .lemma_query import lemma_query
from .queries import searchable_pages

TRIGRAM_THRESHOLD = 0.3
DIFFLIB_CUTOFF = 0.7
MIN_WORD_LENGTH = 3


def _closest_postgres(word: str, pages) -> str | None:
    pages_sql, params = pages.values("title").query.sql_with_params()
    sql = (
        "SELECT word FROM ("  # noqa: S608 - the inner query is Django's, with its parameters
        "  SELECT DISTINCT lower(regexp_split_to_table(titles.title, '[^[:alnum:]]+')) AS word"
        f"  FROM ({pages_sql}) AS titles"
        ") AS vocabulary "
        "WHERE length(word) >= %s AND similarity(word, %s) >= %s "
        "ORDER BY similarity(word, %s) DESC, word LIMIT 1"
    )
    lowered = word.lower()
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, MIN_WORD_LENGTH, lowered, TRIGRAM_THRESHOLD, lowered])
        row = cursor.fetchone()
    return row[0] if row else None


def _closest_python(word: str, pages) -> str | None:
    vocabulary = {}
    for title in pages.values_list("title", flat=True):
        for title_word in words(title):
            if len(title_word) >= MIN_WORD_LENGTH:
                vocabulary.setdefault(fold(title_word), title_word.lower())
    matches = difflib.get_close_matches(fold(word), list(vocabulary), n=1, cutoff=DIFFLIB_CUTOFF)
    return vocabulary[matches[0]] if matches else None


def _checked(suggestion: str | None, locale: Locale) -> str | None:
    # Elasticsearch's suggester reads every title of the index (drafts, other
    # languages, restricted pages): a suggestion is offered only when it
    # finds a page the reader may see, so it reveals no other word.
    query = lemma_query(suggestion or "", locale.language_code)
    if query is None or not searchable_pages(locale).search(query).count():
        return None
    return suggestion


def suggest(query: str, locale: Locale) -> str | None:
    """A corrected query (each word replaced by the closest title word), or None.

    Args:
        query: the cleaned query that found nothing.
        locale: the reader's language.
    """
    pages = searchable_pages(locale)
    backend_suggest = getattr(get_search_backend(), "suggest", None)
    if backend_suggest is not None:
        return _checked(backend_suggest(Page, query), locale)
    closest = _closest_postgres if connection.vendor == "postgresql" else _closest_python
    suggested = []
    for word in words(query):
        replacement = closest(word, pages) if len(word) >= MIN_WORD_LENGTH else None
        suggested.append(replacement or word)
    suggestion = " ".join(suggested)
    if fold(suggestion) == fold(" ".join(words(query))):
        return None
    return suggestion
