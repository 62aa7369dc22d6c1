"""Request bodies for Elasticsearch, as plain data: the search, the suggester, the facets.

Built from the tokens of `core.text_analysis` and the fields' names in the
index, so that unit tests can read them without a cluster.
"""

from .settings import LANGUAGE_ANALYZERS

TITLE_BOOST = 2.0
# The per-language field is a second signal: it reorders, it never decides a match.
LANGUAGE_BOOST = 0.5
PHRASE_BOOST = 2.0
# The whitespace-split lemma field gives each candidate lemma its own
# position: the words of a phrase may stand this many tokens apart.
PHRASE_SLOP = 4
SUGGESTER_NAME = "did_you_mean"
FACET_SIZE = 1000


def _word_clause(tokens: tuple[str, ...], lemma_fields, title_fields) -> dict:
    return {
        "bool": {
            "should": [
                {
                    "match": {
                        field: {
                            "query": " ".join(tokens),
                            "boost": TITLE_BOOST if field in title_fields else 1.0,
                        }
                    }
                }
                for field in [*lemma_fields, *title_fields]
            ],
            "minimum_should_match": 1,
        }
    }


def _phrase_clause(alternatives, field: str) -> dict:
    return {
        "span_near": {
            "clauses": [
                {"span_or": {"clauses": [{"span_term": {field: token}} for token in tokens]}}
                for tokens in alternatives
            ],
            "slop": PHRASE_SLOP,
            "in_order": True,
            "boost": PHRASE_BOOST,
        }
    }


def search_body(
    alternatives: list[tuple[str, ...]],
    *,
    text: str,
    language: str,
    lemma_fields: list[str],
    title_fields: list[str],
    text_fields: list[str],
) -> dict:
    """The query: each word any of its lemmas (AND), boosted by language analysis and phrase.

    Args:
        alternatives: per query word, its tokens (core.text_analysis.analyse_query).
        text: the query as typed, for the per-language sub-fields.
        language: the reader's language ("pl", "uk", "en"...).
        lemma_fields: the index's names of the `search_lemmas` fields.
        title_fields: the index's names of the `search_title_lemmas` fields.
        text_fields: the index's names of the other text fields (with language sub-fields).
    """
    must = [_word_clause(tokens, lemma_fields, title_fields) for tokens in alternatives]
    should = []
    if language in LANGUAGE_ANALYZERS and text_fields:
        should.append(
            {
                "multi_match": {
                    "query": text,
                    "fields": [f"{field}.{language}" for field in text_fields],
                    "type": "most_fields",
                    "boost": LANGUAGE_BOOST,
                }
            }
        )
    if len(alternatives) > 1:
        should.extend(
            _phrase_clause(alternatives, field) for field in [*title_fields, *lemma_fields]
        )
    return {"bool": {"must": must, "should": should}}


def suggest_body(text: str, field: str = "title") -> dict:
    """The term suggester for "did you mean": the closest indexed word for each unknown one."""
    return {
        SUGGESTER_NAME: {
            "text": text,
            "term": {
                "field": field,
                "suggest_mode": "missing",
                "min_word_length": 3,
                "size": 1,
                "sort": "score",
            },
        }
    }


def parse_suggestion(suggest: dict, text: str) -> str | None:
    """The query with each word replaced by its suggestion, or None when there is none.

    Args:
        suggest: the `suggest` part of Elasticsearch's answer to `suggest_body(text)`.
        text: the query it was asked for.
    """
    corrected = text
    changed = False
    # Replace from the end, so earlier offsets stay valid.
    for entry in sorted(suggest.get(SUGGESTER_NAME, []), key=lambda item: -item["offset"]):
        if entry["options"]:
            start, end = entry["offset"], entry["offset"] + entry["length"]
            corrected = corrected[:start] + entry["options"][0]["text"] + corrected[end:]
            changed = True
    return corrected if changed else None


def facet_body(query: dict, fields: dict[str, str], size: int = FACET_SIZE) -> dict:
    """Exact counts per value of each field over every match (no hits returned).

    Args:
        query: the full query (filters included), e.g. the compiler's `get_query()`.
        fields: facet name → keyword field of the index (`content_type_filter`...).
        size: the most values returned per field (terms aggregations default to 10).
    """
    return {
        "size": 0,
        "query": query,
        "aggs": {name: {"terms": {"field": field, "size": size}} for name, field in fields.items()},
    }


def parse_facets(aggregations: dict) -> dict[str, dict]:
    """{facet name: {value: count}} from the `aggregations` of an answer to `facet_body`."""
    return {
        name: {bucket["key"]: bucket["doc_count"] for bucket in result["buckets"]}
        for name, result in aggregations.items()
    }
