"""Public results of a survey: the results page and its open data, under `<survey>/results/`.

SurveyPage routes `results/<subpath>` here (see surveys.questions). Only
aggregates are shown, and only while `page.results_available()`. The
responses carry no cookie and may be cached by browsers and proxies: the
same survey gives everyone the same numbers.

The aggregate is cached (`public_results`) under a key that changes whenever
the numbers may: a response counted or deleted, a free-text answer published
or withdrawn, the page published again.
"""

from django.core.cache import cache
from django.db.models import Count, Max
from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from .. import open_data
from ..selectors import survey_responses
from .aggregate import survey_results
from .charts import per_day_chart, results_sections

TEMPLATE = "surveys/results/results_page.html"
CACHE_SECONDS = 600
RESULTS_CACHE_SECONDS = 60 * 60 * 24


def _generation_key(page):
    return f"surveys:results:generation:{page.translation_key.hex}"


def forget_public_results(page):
    """Make the cached public results of a survey (every language) stale, e.g. on publishing."""
    try:
        cache.incr(_generation_key(page))
    except ValueError:  # not in the cache yet (or evicted): any new value changes the key
        cache.set(_generation_key(page), 1, None)


def public_results(page):
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


def results_page(request, page, results):
    context = page.get_context(request)
    context.update(
        results=results,
        sections=results_sections(results),
        per_day_chart=per_day_chart(results, "chart-per-day"),
        results_url=page.get_results_url(request),
        licence_name=open_data.LICENCE_NAME,
        licence_url=open_data.LICENCE_URL,
    )
    return TemplateResponse(request, TEMPLATE, context)


def data_json(request, page, results):
    return open_data.json_response(page, results, page.get_full_url(request))


def data_csv(request, page, results):
    return open_data.csv_response(results, f"{page.slug}-results.csv")


# Wagtail serves only paths of word characters ending in "/": hence json/ and csv/.
ROUTES = {"": results_page, "json/": data_json, "csv/": data_csv}


def serve(request, page, subpath):
    """Answer `<survey>/results/<subpath>`: the page, json/ or csv/; anything else 404."""
    view = ROUTES.get(subpath)
    if view is None or not page.results_available():
        raise Http404
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    response = view(request, page, public_results(page))
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response
