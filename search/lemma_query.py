"""The backend query of a resident's words: every word must match one of its lemmas."""

from wagtail.search.query import And, Or, PlainText

from core.text_analysis import analyse_query


class LemmaQuery(And):
    """An AND of the query's words, each an OR of its tokens; knows the text and language.

    Every backend reads it as the And it is; the Elasticsearch backend
    (search.elasticsearch.backend) also uses the text and the language for
    its per-language field and its phrase boost.
    """

    def __init__(self, subqueries, *, text: str, language_code: str):
        super().__init__(subqueries)
        self.text = text
        self.language_code = language_code

    @property
    def alternatives(self) -> list[tuple[str, ...]]:
        return analyse_query(self.text, self.language_code)


def lemma_query(query: str, language_code: str) -> LemmaQuery | None:
    """The backend query for `query`: every word must match one of its lemmas.

    Words are combined with AND; each word is an OR of its candidate lemmas
    ("budżetowi" is "budżet" or "budżetowy"). The tokens are those
    `core.text_analysis.analyse_text` put into the index, so the same query
    object works on SQLite, PostgreSQL and Elasticsearch.

    Args:
        query: the cleaned query typed by the resident.
        language_code: the language searched.

    Returns:
        The query, or None when it has no word to search for.
    """
    clauses = []
    for alternatives in analyse_query(query, language_code):
        terms = [PlainText(token) for token in alternatives]
        clauses.append(terms[0] if len(terms) == 1 else Or(terms))
    if not clauses:
        return None
    return LemmaQuery(clauses, text=query, language_code=language_code)
