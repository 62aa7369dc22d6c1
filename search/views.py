"""The search page of each language, and the title suggestions of the header's search box."""

from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from core.pagination import paginate
from core.text_analysis import analyse_query, fold
from projects.models import ProjectPage
from surveys.models import SurveyPage

from .councillors import (
    councillor_content_type,
    councillor_district_counts,
    councillor_search,
)
from .facets import Filters
from .forms import SearchForm, clean_query, page_type_value
from .highlight import snippet
from .promotions import editors_picks
from .queries import PageSearch, searchable_pages
from .statistics import search_record_create
from .suggestions import suggest

SURVEY_STATES = {
    "upcoming": gettext_lazy("Survey not open yet"),
    "open": gettext_lazy("Survey open"),
    "closed": gettext_lazy("Survey closed"),
}

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MIN_LENGTH = 2


@dataclass
class Result:
    """One result as the template shows it."""

    page: Page
    type_name: str
    snippet: SafeString
    date: date | datetime | None
    details: list[str]

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def pk(self) -> int:
        return self.page.pk


@dataclass
class Facet:
    """One value of the content-type filter, with the number of results it keeps."""

    value: str
    label: str
    count: int
    selected: bool
    query_string: str


def result_date(page) -> date | datetime | None:
    """The date shown with a result: a news item's, an event's start, else first publication."""
    for attribute in ("date", "start"):
        value = getattr(page, attribute, None)
        if isinstance(value, (date, datetime)):
            return value
    return page.first_published_at


def type_facets(request, page_search: PageSearch, councillor_count: int) -> list[Facet]:
    """The types among the results of the other filters (whatever type is chosen),
    councillors included, most frequent first."""
    facets = []
    counts = dict(page_search.facets.types)
    if councillor_count:
        counts[councillor_content_type().pk] = councillor_count
    for content_type_id, count in counts.items():
        content_type = ContentType.objects.get_for_id(content_type_id)
        model = content_type.model_class()
        if model is None:
            continue
        value = page_type_value(content_type)
        params = request.GET.copy()
        params.pop("page", None)
        params["type"] = value
        facets.append(
            Facet(
                value=value,
                label=str(model._meta.verbose_name_plural),
                count=count,
                selected=page_search.filters.content_type_id == content_type_id,
                query_string=params.urlencode(),
            )
        )
    facets.sort(key=lambda facet: (-facet.count, facet.label))
    return facets


@dataclass
class FilterOption:
    """One district or topic in the filter's list, with the number of results it gives."""

    value: str
    label: str
    count: int
    selected: bool


def term_options(terms, counts: dict[str, int], selected: str) -> list[FilterOption]:
    """The districts (or topics) that give results, and the chosen one even if it gives none."""
    return [
        FilterOption(term.slug, str(term), counts.get(term.slug, 0), term.slug == selected)
        for term in terms
        if counts.get(term.slug) or term.slug == selected
    ]


def result_details(page) -> list[str]:
    """What a resident wants to know before opening a result: a project's status and
    districts, whether a survey is open."""
    if isinstance(page, ProjectPage):
        return [page.get_status_display(), *(district.name for district in page.districts.all())]
    if isinstance(page, SurveyPage):
        return [str(SURVEY_STATES[page.state()])]
    return []


def _bad_request(request, form):
    query, _shortened = clean_query(request.GET.get("query", ""))
    context = {"form": form, "search_query": query, "filter_errors": True}
    return render(request, "search/search.html", context, status=400)


@require_safe
def search(request):
    locale = Locale.get_active()
    form = SearchForm(request.GET, locale=locale)
    if not form.is_valid():
        return _bad_request(request, form)

    data = form.cleaned_data
    query = data["query"]
    filters = Filters(
        content_type_id=data["type"].pk if data["type"] else None,
        district=data["district"],
        topic=data["topic"],
        date_from=data["date_from"],
        date_to=data["date_to"],
    )
    context = {
        "form": form,
        "search_query": query,
        "shortened": form.shortened,
        "sort": data["sort"],
        "selected_type": data["type"],
        "filters_chosen": any(
            [filters.district, filters.topic, filters.date_from, filters.date_to]
        ),
        "results_page": None,
    }
    if query:
        page_search = PageSearch(query, locale, filters=filters, sort=data["sort"])
        results_page = paginate(
            page_search.results(), request.GET.get("page", "1"), per_page=RESULTS_PER_PAGE
        )
        if results_page is None:
            raise Http404(_("There is no such page of results."))
        tokens = frozenset(
            token
            for alternatives in analyse_query(query, locale.language_code)
            for token in alternatives
        )
        results_page.object_list = [
            Result(
                page=page,
                type_name=str(page._meta.verbose_name),
                snippet=snippet(page, tokens),
                date=result_date(page),
                details=result_details(page),
            )
            for page in results_page.object_list
        ]
        councillors = councillor_search(query, locale, filters)
        show_councillors = results_page.number == 1 and filters.content_type_id in (
            None,
            councillor_content_type().pk,
        )
        context["councillors"] = councillors if show_councillors else []
        context["result_count"] = results_page.paginator.count + len(context["councillors"])
        context["results_page"] = results_page
        councillor_counts = councillor_district_counts(query, locale, filters)
        councillor_total = (
            councillor_counts.get(filters.district, 0)
            if filters.district
            else sum(councillor_counts.values())
        )
        district_counts = dict(page_search.facets.districts)
        for slug, count in councillor_counts.items():
            district_counts[slug] = district_counts.get(slug, 0) + count
        context["facets"] = type_facets(request, page_search, councillor_total)
        context["district_options"] = term_options(
            form.districts, district_counts, filters.district
        )
        context["topic_options"] = term_options(
            form.topics, page_search.facets.topics, filters.topic
        )
        params = request.GET.copy()
        params.pop("page", None)
        params.pop("type", None)
        context["all_types_query_string"] = params.urlencode()
        if not context["result_count"]:
            context["suggestion"] = suggest(query, locale)
        if results_page.number == 1:
            context["editors_picks"] = editors_picks(query, locale)
            search_record_create(query=query, locale=locale, result_count=context["result_count"])
    return render(request, "search/search.html", context)


@require_safe
def moved_search(request):
    """The search page's old address (/<lang>/search/): moved to the language's own path."""
    target = reverse("search")
    if request.META.get("QUERY_STRING"):
        target += "?" + request.GET.urlencode()
    return HttpResponsePermanentRedirect(target)


@require_safe
def autocomplete(request):
    """At most eight titles of live, public pages of the reader's language starting with the query.

    Matching ignores case and Latin diacritics ("budz" suggests "Budżet
    obywatelski"). Answers `{"results": [{"title": ..., "url": ...}]}`.
    """
    query, _shortened = clean_query(request.GET.get("query", ""))
    results = []
    if len(query) >= AUTOCOMPLETE_MIN_LENGTH:
        folded = fold(query)
        # Newest first, not by rank: ranking every page that starts with "bu"
        # (thousands on a large site) costs more than the eight rows shown.
        pages = (
            searchable_pages(Locale.get_active())
            .order_by("-last_published_at", "-id")
            .autocomplete(folded, order_by_relevance=False)[:AUTOCOMPLETE_LIMIT]
        )
        results = [{"title": page.title, "url": page.url} for page in pages]
    response = JsonResponse({"results": results})
    response["X-Robots-Tag"] = "noindex"
    return response
