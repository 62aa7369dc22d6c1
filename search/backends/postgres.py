"""PostgreSQL: lemma vectors with one position per word, ranked by cover density and phrase.

Wagtail's PostgreSQL backend runs `to_tsvector` over each field's text and
ranks with `ts_rank`. Here each index entry holds the lemmas of
`core.text_analysis` instead, built in Python as a `tsvector` literal:

- every token of one word (its folded surface form and each candidate lemma)
  shares that word's position, so "budżetowi obywatelskiemu" on a page is the
  phrase "budżet obywatelski" as much as the phrase "budżetowy obywatelski";
- the title vector holds the title (weight A); the body vector holds the lead
  and search description (weight B) and everything else (weight D);
- the query is a `tsquery` literal of the same folded tokens: no parser or
  dictionary runs on either side, so the `simple` configuration of any
  PostgreSQL (a managed one too) matches exactly what the index holds.

The rank (`search_rank`) is `ts_rank_cd` of the body, plus the title's
`ts_rank_cd` times `TITLE_BOOST` (times Wagtail's title norm: shorter titles
first), plus `PHRASE_BOOST` when the words stand in the query's order next
to each other, plus `NEAR_BOOST` when each stands within `NEAR_DISTANCE`
words after the previous one.
"""

from collections import defaultdict

from django.contrib.postgres.search import SearchQuery
from django.db.models import F, FloatField, Func
from django.db.models.sql.subqueries import InsertQuery
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk
from wagtail.models import Page

from core.text_analysis import LEMMA_FIELD_NAMES, analyse_words, fold, searchable_texts, words

# ts_rank_cd's weights of D, C, B and A (body, -, lead, title).
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"
# Normalisation 1: the rank is divided by 1 + log(length), so a long page
# does not outrank a short one by repeating the words.
RANK_NORMALISATION = 1
TITLE_BOOST = 4.0
PHRASE_BOOST = 1.0
NEAR_BOOST = 0.3
NEAR_DISTANCE = 3
# Fields ranked as the lead (weight B) wherever a page type has them.
LEAD_FIELD_NAMES = frozenset({"lead", "intro", "summary", "search_description"})
# PostgreSQL keeps positions 1..16383 and at most 256 of them per lexeme,
# and refuses lexemes longer than 2047 bytes.
MAX_POSITION = 16383
MAX_POSITIONS_PER_TOKEN = 256
MAX_TOKEN_BYTES = 2000


def quote(token: str) -> str:
    """A token as a quoted lexeme of a tsvector or tsquery literal."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(weighted_words) -> str:
    """A tsvector literal: each word's tokens at its position, with its weight.

    Args:
        weighted_words: (tokens of one word, weight letter) pairs, in reading order.
    """
    positions: dict[str, list[str]] = defaultdict(list)
    for position, (tokens, weight) in enumerate(weighted_words, start=1):
        for token in tokens:
            places = positions[token]
            if len(places) < MAX_POSITIONS_PER_TOKEN and len(token.encode()) <= MAX_TOKEN_BYTES:
                places.append(f"{min(position, MAX_POSITION)}{weight}")
    return " ".join(
        f"{quote(token)}:{','.join(places)}" for token, places in positions.items() if places
    )


class TsQueryLiteral(SearchQuery):
    """A tsquery as written (no parser, no dictionary): the tokens are analysed already."""

    def __init__(self, literal: str):
        super().__init__(literal, search_type="raw")
        self.literal = literal

    def as_sql(self, compiler, connection, function=None, template=None):
        return "%s::tsquery", [self.literal]


class LemmaObjectIndexer(ObjectIndexer):
    """An object's title and body vectors as the lemmas of its language."""

    @cached_property
    def texts(self) -> list[tuple[str, str]]:
        return searchable_texts(self.obj)

    @cached_property
    def language_code(self) -> str:
        locale = getattr(self.obj, "locale", None) if getattr(self.obj, "locale_id", None) else None
        return locale.language_code if locale is not None else ""

    def _weighted_words(self, weighted_texts):
        return [
            (tokens, weight)
            for text, weight in weighted_texts
            for tokens in analyse_words(text, self.language_code)
        ]

    @cached_property
    def title_literal(self) -> str:
        texts = [(text, "A") for name, text in self.texts if name == "title"]
        return tsvector_literal(self._weighted_words(texts))

    @cached_property
    def body_literal(self) -> str:
        # The title comes first in the body too: a query is matched against
        # the body alone (one vector, its GIN index), never `title || body`,
        # which PostgreSQL would have to build for every row.
        texts = [
            (text, "A" if name == "title" else "B" if name in LEAD_FIELD_NAMES else "D")
            for name, text in sorted(self.texts, key=lambda item: item[0] != "title")
        ]
        weighted = self._weighted_words(texts)
        # A lemma field may analyse text no other field indexes (a
        # councillor's district): its tokens found nowhere else come last.
        known = {token for tokens, _weight in weighted for token in tokens}
        # A page's lemma fields analyse exactly its other fields: skipped.
        lemma_fields = [] if isinstance(self.obj, Page) else self.search_fields
        for field in lemma_fields:
            if isinstance(field, SearchField) and field.field_name in LEMMA_FIELD_NAMES:
                lemmas = str(field.get_value(self.obj) or "")
                weighted.extend(((token,), "D") for token in lemmas.split() if token not in known)
        return tsvector_literal(weighted)

    @cached_property
    def autocomplete(self):
        # Wagtail's reads every field (the lemma ones too) to keep the autocomplete ones.
        texts = [
            (self.prepare_value(field.get_value(self.obj)), "D")
            for field in self.search_fields
            if isinstance(field, AutocompleteField)
        ]
        return self.as_vector(texts, for_autocomplete=True)

    @cached_property
    def title_text(self) -> str:
        return " ".join(text for name, text in self.texts if name == "title")

    @cached_property
    def body_text(self) -> str:
        return " ".join(text for name, text in self.texts if name != "title")


class LemmaPostgresIndex(PostgresIndex):
    """Wagtail's index table, its rows built by `LemmaObjectIndexer` (one INSERT per batch)."""

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        indexers = [LemmaObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        autocomplete_field = IndexEntry._meta.get_field("autocomplete")
        rows, params = [], []
        for indexer in indexers:
            value = compiler.prepare_value(autocomplete_field, indexer.autocomplete)
            autocomplete_sql, autocomplete_params = value.as_sql(compiler, self.write_connection)
            rows.append(f"(%s, %s, %s::tsvector, {autocomplete_sql}, %s::tsvector, 1.0, %s, %s)")
            params.extend([content_type_pk, indexer.id, indexer.title_literal])
            params.extend(autocomplete_params)
            params.extend([indexer.body_literal, indexer.title_text, indexer.body_text])
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {IndexEntry._meta.db_table} "  # noqa: S608 - only placeholders are interpolated
                "(content_type_id, object_id, title, autocomplete, body, title_norm,"
                " title_text, body_text) "
                f"VALUES {', '.join(rows)} "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
                "title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,"
                " body = EXCLUDED.body, title_text = EXCLUDED.title_text,"
                " body_text = EXCLUDED.body_text",
                params,
            )
        self._refresh_title_norms()


def tsquery_text(query) -> str | None:
    """A Wagtail search query as a tsquery literal of folded words, or None when it has none."""
    if isinstance(query, PlainText):
        terms = [quote(fold(word)) for word in words(query.query_string)]
        joiner = " & " if query.operator == "and" else " | "
        if len(terms) < 2:
            return terms[0] if terms else None
        return f"({joiner.join(terms)})"
    if isinstance(query, Phrase):
        terms = [quote(fold(word)) for word in words(query.query_string)]
        return f"({' <-> '.join(terms)})" if terms else None
    if isinstance(query, Boost):
        return tsquery_text(query.subquery)
    if isinstance(query, Not):
        inner = tsquery_text(query.subquery)
        return f"!{inner}" if inner else None
    if isinstance(query, (And, Or)):
        parts = [part for part in map(tsquery_text, query.subqueries) if part]
        joiner = " & " if isinstance(query, And) else " | "
        return f"({joiner.join(parts)})" if parts else None
    raise NotImplementedError(f"{type(query).__name__} is not supported by this backend.")


def _word_alternatives(query) -> list[str]:
    """The query's words, each as a tsquery of its alternatives (an AND of words, at the top)."""
    subqueries = query.subqueries if isinstance(query, And) else [query]
    if not all(isinstance(sub, (Or, PlainText)) for sub in subqueries):
        return []
    return [text for text in map(tsquery_text, subqueries) if text]


def phrase_tsquery(query) -> str | None:
    """The words of the query next to each other, in order, or None for one word."""
    alternatives = _word_alternatives(query)
    return " <-> ".join(alternatives) if len(alternatives) > 1 else None


def near_tsquery(query) -> str | None:
    """Each word of the query at most NEAR_DISTANCE words after the previous one."""
    alternatives = _word_alternatives(query)
    if len(alternatives) < 2:
        return None
    pairs = [
        "(" + " | ".join(f"{a} <{d}> {b}" for d in range(1, NEAR_DISTANCE + 1)) + ")"
        for a, b in zip(alternatives, alternatives[1:], strict=False)
    ]
    return " & ".join(pairs)


class RankCD(Func):
    template = f"ts_rank_cd('{RANK_WEIGHTS}'::float4[], %(expressions)s, {RANK_NORMALISATION})"
    output_field = FloatField()


class MatchBoost(Func):
    """`boost` when the vector matches the query, else 0."""

    arg_joiner = " @@ "
    template = "(CASE WHEN %(expressions)s THEN %(boost)s ELSE 0.0 END)"
    output_field = FloatField()


class LemmaPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        if self.fields is not None:
            # Searching named model fields reads their raw text: Wagtail's way.
            return super().build_tsquery(query, config=config)
        text = tsquery_text(query)
        # A query without a word matches nothing (an empty tsquery would warn).
        return TsQueryLiteral(text if text else "!''")

    def get_index_vectors(self, search_query):
        return [(F("index_entries__body"), 1.0)]

    def _build_rank_expression(self, vectors, config):
        if self.fields is not None:
            return super()._build_rank_expression(vectors, config)
        query = self.build_tsquery(self.query)
        title, body = F("index_entries__title"), F("index_entries__body")
        rank = (
            RankCD(body, query)
            + RankCD(title, query) * F("index_entries__title_norm") * TITLE_BOOST
        )
        for text, boost in (
            (phrase_tsquery(self.query), PHRASE_BOOST),
            (near_tsquery(self.query), NEAR_BOOST),
        ):
            if text:
                rank = rank + MatchBoost(body, TsQueryLiteral(text), boost=boost)
        return rank


class LemmaPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LemmaPostgresSearchQueryCompiler
    index_class = LemmaPostgresIndex
    results_class = PostgresSearchResults
