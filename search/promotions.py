"""Editors' picks (wagtail.contrib.search_promotions).

Editors promote pages or external links for a query in *Settings →
Promoted search results*. Searches are counted per language by
search.statistics (*Reports → Search statistics*), in one write.
"""

from django.db.models import Q
from wagtail.contrib.search_promotions.models import SearchPromotion
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
