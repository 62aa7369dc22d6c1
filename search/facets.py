"""Counts per filter value (facets) of one search, counted by the database.

The search's matches are a subquery (on PostgreSQL the text search itself,
elsewhere the list of matched ids); five GROUP BY queries count, per type,
per district (projects' districts, campaign and council pages' district)
and per topic, the matches that pass every *other* chosen filter, so a
resident sees how many results each value would give, and a chosen value
never hides the alternatives to it. Nothing per match comes back to Python:
the time grows with the database's work only, not with rows sent.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.db.models.expressions import RawSQL
from wagtail.models import Page

from campaigns.models import CampaignPage, DistrictCouncilPage
from projects.models import ProjectPage

# Page types that name districts (a project may name several) or topics.
_DISTRICT_PAGE_MODELS = (CampaignPage, DistrictCouncilPage)


@dataclass
class Filters:
    """The filters a resident chose; empty values mean "any"."""

    content_type_id: int | None = None
    district: str = ""
    topic: str = ""
    date_from: date | None = None
    date_to: date | None = None


def _conditions(filters: Filters, *, ignore: str) -> Q:
    """The chosen filters except `ignore`, as one condition on pages."""
    condition = Q()
    if ignore != "type" and filters.content_type_id is not None:
        condition &= Q(content_type_id=filters.content_type_id)
    if ignore != "district" and filters.district:
        in_district = Q(
            pk__in=ProjectPage.districts.through.objects.filter(
                district__slug=filters.district
            ).values("projectpage_id")
        )
        for model in _DISTRICT_PAGE_MODELS:
            in_district |= Q(
                pk__in=model.objects.filter(district__slug=filters.district).values("pk")
            )
        condition &= in_district
    if ignore != "topic" and filters.topic:
        condition &= Q(
            pk__in=ProjectPage.topics.through.objects.filter(topic__slug=filters.topic).values(
                "projectpage_id"
            )
        )
    if filters.date_from:
        condition &= Q(first_published_at__date__gte=filters.date_from)
    if filters.date_to:
        condition &= Q(first_published_at__date__lte=filters.date_to)
    return condition


@dataclass
class FacetCounts:
    """Results per content type id, district slug and topic slug, and the pages passing all."""

    types: dict[int, int]
    districts: dict[str, int]
    topics: dict[str, int]
    passing_ids: object  # a subquery (or list) of the ids of the pages passing every filter


def _counting_queries(matched, filters: Filters) -> list[tuple[str, QuerySet]]:
    """(facet, query of (value, count) rows) for each facet, over `matched` pages."""
    types = (
        matched.filter(_conditions(filters, ignore="type"))
        .values_list("content_type_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    for_districts = matched.filter(_conditions(filters, ignore="district")).values("pk")
    districts = [
        ProjectPage.districts.through.objects.filter(projectpage_id__in=for_districts).values_list(
            "district__slug"
        )
    ] + [
        model.objects.filter(pk__in=for_districts).values_list("district__slug")
        for model in _DISTRICT_PAGE_MODELS
    ]
    for_topics = matched.filter(_conditions(filters, ignore="topic")).values("pk")
    topics = ProjectPage.topics.through.objects.filter(projectpage_id__in=for_topics).values_list(
        "topic__slug"
    )
    return [
        ("types", types),
        *(("districts", query.annotate(count=Count("pk")).order_by()) for query in districts),
        ("topics", topics.annotate(count=Count("pk")).order_by()),
    ]


def _counted_once(matched_ids: QuerySet, filters: Filters) -> list[tuple[str, object, int]]:
    # PostgreSQL: the text search runs once, as a materialised CTE that the
    # five counting queries read, all in one statement.
    search_sql, search_params = matched_ids.query.sql_with_params()
    matched = Page.objects.filter(pk__in=RawSQL("SELECT id FROM search_matches", []))
    parts, params = [], list(search_params)
    for name, query in _counting_queries(matched, filters):
        sql, query_params = query.query.sql_with_params()
        parts.append(f"SELECT %s, CAST(f.value AS text), f.count FROM ({sql}) AS f(value, count)")  # noqa: S608
        params += [name, *query_params]
    statement = (
        f"WITH search_matches(id) AS MATERIALIZED ({search_sql}) "  # noqa: S608 - Django's SQL
        + " UNION ALL ".join(parts)
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall()


def facet_counts(matched_ids, filters: Filters) -> FacetCounts:
    """Count, for each filter, the matches per value among those passing the other filters.

    Args:
        matched_ids: the ids of the search's matches: a queryset of ids (a
            subquery, best) or a list.
    """
    if isinstance(matched_ids, QuerySet) and connection.vendor == "postgresql":
        rows = _counted_once(matched_ids, filters)
    else:
        matched = Page.objects.filter(pk__in=matched_ids)
        rows = [
            (name, value, count)
            for name, query in _counting_queries(matched, filters)
            for value, count in query
        ]
    counts: dict[str, dict] = {"types": {}, "districts": defaultdict(int), "topics": {}}
    for name, value, count in rows:
        if value is None:
            continue
        if name == "types":
            counts["types"][int(value)] = count
        elif name == "districts":
            counts["districts"][value] += count
        else:
            counts["topics"][value] = count
    passing = (
        Page.objects.filter(pk__in=matched_ids).filter(_conditions(filters, ignore="")).values("pk")
    )
    return FacetCounts(counts["types"], dict(counts["districts"]), counts["topics"], passing)
