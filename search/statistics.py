"""Query statistics: recording a search (one write) and the report's two lists."""

import datetime

from django.db.models import Count, Max, QuerySet
from wagtail.models import Locale

from .models import SearchRecord


def normalise(query: str) -> str:
    """The form a query is counted under: lower case, single spaces."""
    return " ".join(query.lower().split())[:200]


def search_record_create(*, query: str, locale: Locale, result_count: int) -> None:
    """Count one search: a single INSERT.

    Args:
        query: the cleaned query (never empty).
        locale: the language searched.
        result_count: how many results the resident was told about.
    """
    SearchRecord.objects.create(locale=locale, query=normalise(query), result_count=result_count)


def query_statistics(
    *,
    locale: Locale,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    without_results: bool = False,
) -> QuerySet:
    """Queries of `locale` by number of searches, most frequent first.

    Args:
        locale: the language of the searches.
        date_from, date_to: the days counted (both included); None for no bound.
        without_results: only the searches that found nothing.

    Returns:
        Rows of `query`, `searches` and `last_searched`.
    """
    records = SearchRecord.objects.filter(locale=locale)
    if date_from:
        records = records.filter(searched_on__gte=date_from)
    if date_to:
        records = records.filter(searched_on__lte=date_to)
    if without_results:
        records = records.filter(result_count=0)
    return (
        records.values("query")
        .annotate(searches=Count("pk"), last_searched=Max("searched_on"))
        .order_by("-searches", "query")
    )
