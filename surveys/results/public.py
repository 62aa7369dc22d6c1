"""Public results of a survey, for the routes of SurveyPage under `<survey>/results/`.

The results page (`results/`) and its open data (`results/json/`,
`results/csv/`) show only aggregates, only while
`page.results_available()`, and never for a survey under a view restriction
(password, login or groups): what is published for everyone to cache and
reuse cannot be behind a password. They carry no cookie and may be cached by
browsers and proxies: the same survey gives everyone the same numbers.

The aggregate is cached (`public_results`) under a key that changes whenever
the numbers may: a response counted or deleted, a free-text answer published
or withdrawn, the page published again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.db.models import Count, Max
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.utils.cache import patch_cache_control

from core.restrictions import is_restricted

from ..selectors import survey_responses
from . import open_data
from .aggregate import SurveyResults, survey_results
from .charts import per_day_chart, results_sections

if TYPE_CHECKING:  # for annotations only: surveys.models.pages imports this module
    from ..models.pages import SurveyPage

CACHE_SECONDS = 600
RESULTS_CACHE_SECONDS = 60 * 60 * 24


def _generation_key(page: SurveyPage) -> str:
    return f"surveys:results:generation:{page.translation_key.hex}"


def forget_public_results(page: SurveyPage) -> None:
    """Make the cached public results of a survey (every language) stale, e.g. on publishing."""
    try:
        cache.incr(_generation_key(page))
    except ValueError:  # not in the cache yet (or evicted): any new value changes the key
        cache.set(_generation_key(page), 1, None)


def public_results(page: SurveyPage) -> SurveyResults:
    """The public aggregate of a survey (`survey_results(page, public=True)`), cached.

    Keyed by the survey (its translation_key), the page's language and
    publication, the number of counted responses and the latest one's submit
    time, and a generation that `forget_public_results` bumps.
    """
    latest = survey_responses(page).aggregate(count=Count("pk"), submitted=Max("submit_time"))
    submitted = latest["submitted"].timestamp() if latest["submitted"] else 0
    published = page.last_published_at.timestamp() if page.last_published_at else 0
    key = ":".join(
        str(part)
        for part in (
            "surveys:results",
            page.translation_key.hex,
            page.locale.language_code,
            published,
            latest["count"],
            submitted,
            cache.get(_generation_key(page), 0),
        )
    )
    results = cache.get(key)
    if results is None:
        results = survey_results(page, public=True)
        cache.set(key, results, RESULTS_CACHE_SECONDS)
    return results


def results_route(
    render: Callable[[SurveyPage, HttpRequest, SurveyResults], HttpResponse],
) -> Callable[[SurveyPage, HttpRequest], HttpResponse]:
    """Make `render(page, request, results)` a results route of SurveyPage.

    The route answers 404 while the results are not available or the survey
    is restricted (even to a visitor who passed the restriction: the answer
    is cached publicly), and 405 to
    anything but GET and HEAD; it hands `render` the cached public aggregate
    and lets anyone cache what it returns.
    """

    @functools.wraps(render)
    def route(page: SurveyPage, request: HttpRequest) -> HttpResponse:
        if not page.results_available() or is_restricted(page):
            raise Http404
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        response = render(page, request, public_results(page))
        patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response

    return route


def page_context(request: HttpRequest, page: SurveyPage, results: SurveyResults) -> dict[str, Any]:
    """What the results page shows besides the page itself: sections, charts, open data."""
    return {
        "results": results,
        "sections": results_sections(results),
        "per_day_chart": per_day_chart(results, "chart-per-day"),
        "results_url": page.get_results_url(request),
        "licence_name": open_data.LICENCE_NAME,
        "licence_url": open_data.LICENCE_URL,
    }


def json_response(request: HttpRequest, page: SurveyPage, results: SurveyResults) -> HttpResponse:
    """The open data of the results as JSON, with its licence."""
    return _open_to_any_origin(open_data.json_response(page, results, page.get_full_url(request)))


def csv_response(page: SurveyPage, results: SurveyResults) -> HttpResponse:
    """The open data of the results as a CSV file."""
    return _open_to_any_origin(open_data.csv_response(results, f"{page.slug}-results.csv"))


def _open_to_any_origin(response: HttpResponse) -> HttpResponse:
    """Let scripts on any website read the open data (partners' widgets, data journalists).

    Safe: the files are public aggregates, sent without cookies and read
    without credentials (no Access-Control-Allow-Credentials).
    """
    response["Access-Control-Allow-Origin"] = "*"
    return response
