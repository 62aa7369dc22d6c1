"""Councillors found by name, district or committee, in the reader's language.

Councillors are snippets, not pages: they are searched apart from the pages
and shown as their own type of result, each linking to the live, public
page of its district's council in the reader's language (when there is one).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import prefetch_related_objects
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from campaigns.models import Councillor, DistrictCouncilPage
from taxonomies.models import District

from .facets import Filters
from .queries import lemma_query

# A resident looks for a person; a query matching more is too broad to list them all.
MAX_COUNCILLORS = 20
COUNCILLOR_TYPE = "campaigns.councillor"


@dataclass
class CouncillorResult:
    councillor: Councillor
    district: District
    url: str | None


def councillor_content_type() -> ContentType:
    return ContentType.objects.get_for_model(Councillor)


def councillor_search(query: str, locale: Locale, filters: Filters) -> list[CouncillorResult]:
    """The councillors of `locale` matching `query` in the chosen district, best first.

    Councillors have no topic and no publication date: a topic or a date range
    leaves them out, as does choosing a type of page. The type filter itself
    is not applied here (the type facet counts councillors whatever type is
    chosen); the view shows them only when no type or "councillors" is chosen.

    Args:
        query: the cleaned query.
        locale: the reader's locale.
        filters: the resident's filters.

    Returns:
        At most `MAX_COUNCILLORS` results, in three queries whatever their number.
    """
    backend_query = lemma_query(query, locale.language_code)
    if backend_query is None or filters.topic or filters.date_from or filters.date_to:
        return []
    councillors = Councillor.objects.filter(locale=locale)
    if filters.district:
        district_ids = list(
            District.objects.filter(slug=filters.district).values_list("pk", flat=True)
        )
        councillors = councillors.filter(district__in=district_ids)
    found = list(get_search_backend().search(backend_query, councillors)[:MAX_COUNCILLORS])
    if not found:
        return []
    prefetch_related_objects(found, "district")
    keys = {councillor.district.translation_key for councillor in found}
    districts = {
        district.translation_key: district
        for district in District.objects.filter(translation_key__in=keys, locale=locale)
    }
    councils = {}
    for council in (
        DistrictCouncilPage.objects.live()
        .public()
        .filter(locale=locale, district__translation_key__in=keys)
        .select_related("district")
        .order_by("path")
    ):
        councils.setdefault(council.district.translation_key, council.url)
    return [
        CouncillorResult(
            councillor=councillor,
            district=districts.get(councillor.district.translation_key, councillor.district),
            url=councils.get(councillor.district.translation_key),
        )
        for councillor in found
    ]


def councillor_district_counts(query: str, locale: Locale, filters: Filters) -> dict[str, int]:
    """How many councillors of `locale` match `query` in each district (by slug): two queries.

    Counted whatever district is chosen (as the page facets are); empty when
    a topic, a date range or a type of page leaves councillors out.
    """
    backend_query = lemma_query(query, locale.language_code)
    councillor_type = councillor_content_type().pk
    if (
        backend_query is None
        or filters.topic
        or filters.date_from
        or filters.date_to
        or filters.content_type_id not in (None, councillor_type)
    ):
        return {}
    councillors = Councillor.objects.filter(locale=locale)
    by_district = get_search_backend().search(backend_query, councillors).facet("district_id")
    slugs = dict(
        District.objects.filter(pk__in=[pk for pk in by_district if pk is not None]).values_list(
            "pk", "slug"
        )
    )
    counts: dict[str, int] = {}
    for pk, count in by_district.items():
        if pk in slugs:
            counts[slugs[pk]] = counts.get(slugs[pk], 0) + count
    return counts
