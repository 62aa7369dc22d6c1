"""Public results of a survey: the results page and its open data, under `<survey>/results/`.

SurveyPage routes `results/<subpath>` here (see surveys.questions). Only
aggregates are shown, and only while `page.results_available()`. The
responses carry no cookie and may be cached by browsers and proxies: the
same survey gives everyone the same numbers.
"""

from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from .. import open_data
from .aggregate import survey_results
from .charts import per_day_chart, results_sections

TEMPLATE = "surveys/results/results_page.html"
CACHE_SECONDS = 600


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
    response = view(request, page, survey_results(page))
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response
