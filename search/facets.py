"""Counts per filter value (facets) of one search, in a fixed number of queries.

The search runs once without the type, district, topic and date filters and
yields the ids of every matching page; three more queries tell each page's
type and date, its districts and its topics. Each filter's counts are then
taken, in Python, over the pages that pass every *other* chosen filter, so a
resident sees how many results each value would give, and a chosen value
never hides the alternatives to it.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone
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


@dataclass
class MatchedPage:
    content_type_id: int
    published: date | None
    districts: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)


def _local_date(value) -> date | None:
    if value is None:
        return None
    return timezone.localdate(value) if timezone.is_aware(value) else value.date()


def matched_pages(page_ids) -> dict[int, MatchedPage]:
    """What the filters look at, for each page of `page_ids`: four queries in all.

    Args:
        page_ids: ids of the pages a search found (any iterable).
    """
    page_ids = list(page_ids)
    if not page_ids:
        return {}
    pages = {
        row["pk"]: MatchedPage(row["content_type_id"], _local_date(row["first_published_at"]))
        for row in Page.objects.filter(pk__in=page_ids).values(
            "pk", "content_type_id", "first_published_at"
        )
    }
    districts = ProjectPage.districts.through.objects.filter(projectpage_id__in=page_ids)
    for page_id, slug in districts.values_list("projectpage_id", "district__slug"):
        pages[page_id].districts.add(slug)
    for model in _DISTRICT_PAGE_MODELS:
        for page_id, slug in model.objects.filter(pk__in=page_ids).values_list(
            "pk", "district__slug"
        ):
            pages[page_id].districts.add(slug)
    topics = ProjectPage.topics.through.objects.filter(projectpage_id__in=page_ids)
    for page_id, slug in topics.values_list("projectpage_id", "topic__slug"):
        pages[page_id].topics.add(slug)
    return pages


def _passes(page: MatchedPage, filters: Filters, *, ignore: str) -> bool:
    if ignore != "type" and filters.content_type_id not in (None, page.content_type_id):
        return False
    if ignore != "district" and filters.district and filters.district not in page.districts:
        return False
    if ignore != "topic" and filters.topic and filters.topic not in page.topics:
        return False
    if filters.date_from and (page.published is None or page.published < filters.date_from):
        return False
    return not (filters.date_to and (page.published is None or page.published > filters.date_to))


@dataclass
class FacetCounts:
    """Results per content type id, district slug and topic slug, and the ids passing all."""

    types: dict[int, int]
    districts: dict[str, int]
    topics: dict[str, int]
    passing_ids: list[int]


def facet_counts(pages: dict[int, MatchedPage], filters: Filters) -> FacetCounts:
    """Count, for each filter, the pages per value among those passing the other filters."""
    types: dict[int, int] = defaultdict(int)
    districts: dict[str, int] = defaultdict(int)
    topics: dict[str, int] = defaultdict(int)
    passing = []
    for page_id, page in pages.items():
        if _passes(page, filters, ignore="type"):
            types[page.content_type_id] += 1
        if _passes(page, filters, ignore="district"):
            for slug in page.districts:
                districts[slug] += 1
        if _passes(page, filters, ignore="topic"):
            for slug in page.topics:
                topics[slug] += 1
        if _passes(page, filters, ignore=""):
            passing.append(page_id)
    return FacetCounts(dict(types), dict(districts), dict(topics), sorted(passing))
