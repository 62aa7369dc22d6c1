"""Searching the pages of one language: the resident's words become "any of their lemmas"."""

from dataclasses import dataclass, field
from functools import cached_property

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import SearchQuery

from .backends.postgres import LemmaPostgresSearchBackend
from .facets import FacetCounts, Filters, facet_counts
from .lemma_query import lemma_query

SORT_RELEVANCE = "relevance"
SORT_DATE = "date"
SORTS = (SORT_RELEVANCE, SORT_DATE)
# On Elasticsearch the facets count this many best matches (see PageSearch.matched_ids).
MAX_FACETED_RESULTS = 1000
# Backends that count a facet over every match (Wagtail's database backends and ours).
DATABASE_BACKEND_MODULES = ("modelsearch.backends.database", "search.backends")
# Elasticsearch's name of Page's content_type filter field.
TYPE_FIELD = "content_type_id_filter"


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
            return facet_counts([], self.filters)
        counts = facet_counts(self.matched_ids(backend_query), self.filters)
        exact_counts = getattr(get_search_backend(), "facet_counts", None)
        other_filters = (self.filters.district, self.filters.topic)
        dates = (self.filters.date_from, self.filters.date_to)
        if exact_counts is not None and not any(other_filters + dates):
            # Elasticsearch: the types counted over every match by an aggregation
            # (search.elasticsearch), not over the best MAX_FACETED_RESULTS only.
            types = exact_counts(
                searchable_pages(self.locale), backend_query, {"types": TYPE_FIELD}
            )["types"]
            counts.types = {int(value): count for value, count in types.items()}
        return counts

    def matched_ids(self, backend_query: SearchQuery):
        """The ids of every page matching the query, before any filter.

        On PostgreSQL a subquery (the text search itself), so the facet
        queries run it inside the database and no id travels to Python.
        The other database backends list every match by a facet on the id.
        Elasticsearch's terms aggregation returns its ten largest buckets
        only: there the counts cover the `MAX_FACETED_RESULTS` best matches.
        """
        # No order: ranking every match only to list their ids would be wasted.
        results = searchable_pages(self.locale).search(backend_query, order_by_relevance=False)
        backend = get_search_backend()
        if isinstance(backend, LemmaPostgresSearchBackend):
            return results.get_queryset().values("pk")
        if type(backend).__module__.startswith(DATABASE_BACKEND_MODULES):
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
            results = pages.order_by("-first_published_at").search(
                backend_query, order_by_relevance=False
            )
        else:
            results = pages.search(backend_query)
        if isinstance(get_search_backend(), LemmaPostgresSearchBackend):
            # The type counts are exact there: their total (or the chosen
            # type's) is the number of results, without counting them again.
            types = self.facets.types
            chosen = self.filters.content_type_id
            results._count_cache = types.get(chosen, 0) if chosen else sum(types.values())
        return results
