"""Editors' picks (wagtail.contrib.search_promotions) and the count of each query.

Editors promote pages or external links for a query in *Settings →
Promoted search results*; Wagtail's *Reports → Search terms* lists the most
frequent queries, counted here.
"""

from django.db.models import Q
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale
from wagtail.search.utils import normalise_query_string

from .queries import searchable_pages


def editors_picks(query: str, locale: Locale) -> list[SearchPromotion]:
    """The picks for `query`: external links, and pages a resident of `locale` may see.

    A promoted page of another language, not live or under a view
    restriction is left out, so a pick never reveals what search would not.
    """
    public_pages = searchable_pages(locale).values("pk")
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__in=public_pages))
        .select_related("page")
        .order_by("sort_order")
    )


def query_hit_record(query: str) -> None:
    """Count one search for `query` today (Reports → Search terms)."""
    Query.get(query).add_hit()
