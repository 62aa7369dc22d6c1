"""Searching the pages of one language: the resident's words become "any of their lemmas"."""

from dataclasses import dataclass, field
from functools import cached_property

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText, SearchQuery

from core.text_analysis import analyse_query

from .facets import FacetCounts, Filters, facet_counts, matched_pages

SORT_RELEVANCE = "relevance"
SORT_DATE = "date"
SORTS = (SORT_RELEVANCE, SORT_DATE)
# On Elasticsearch the facets count this many best matches (see PageSearch.matched_ids).
MAX_FACETED_RESULTS = 1000


def lemma_query(query: str, language_code: str) -> SearchQuery | None:
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
    return clauses[0] if len(clauses) == 1 else And(clauses)


def searchable_pages(locale: Locale):
    """The pages a resident may find: live, public (no view restriction) and in `locale`."""
    return Page.objects.live().public().filter(locale=locale)


@dataclass
class PageSearch:
    """One search of the pages of a locale, narrowed by filters, in one order."""

    query: str
    locale: Locale
    filters: Filters = field(default_factory=Filters)
    sort: str = SORT_RELEVANCE

    def backend_query(self) -> SearchQuery | None:
        return lemma_query(self.query, self.locale.language_code)

    @cached_property
    def facets(self) -> FacetCounts:
        """Counts per type, district and topic; one search and four queries, however many."""
        backend_query = self.backend_query()
        if backend_query is None:
            return facet_counts({}, self.filters)
        return facet_counts(matched_pages(self.matched_ids(backend_query)), self.filters)

    def matched_ids(self, backend_query: SearchQuery) -> list[int]:
        """The ids of every page matching the query, before any filter: one search.

        The database backends count a facet over every match, so a facet on
        the id lists them all without loading a page. Elasticsearch's terms
        aggregation returns its ten largest buckets only: there the counts
        cover the `MAX_FACETED_RESULTS` best matches.
        """
        # No order: ranking every match only to list their ids would be wasted.
        results = searchable_pages(self.locale).search(backend_query, order_by_relevance=False)
        backend = get_search_backend()
        if ".database." in type(backend).__module__:
            return list(results.facet("id"))
        return [page.pk for page in results[:MAX_FACETED_RESULTS]]

    def results(self):
        """The matching pages (a lazy, sliceable result set), or an empty queryset."""
        backend_query = self.backend_query()
        pages = searchable_pages(self.locale).specific()
        if backend_query is None:
            return pages.none()
        if self.filters != Filters():
            # The facets already know which pages pass every filter.
            pages = pages.filter(pk__in=self.facets.passing_ids)
        if self.sort == SORT_DATE:
            return pages.order_by("-first_published_at").search(
                backend_query, order_by_relevance=False
            )
        return pages.search(backend_query)
