"""Time the searches a resident makes, in-process, on a generated dataset.

- "single word", "two words": what the search page asks the database for one
  query: the first ten results, their count and the facet counts
  (search.queries.PageSearch, as search.views.search uses it);
- "filtered": the same with a type, a district or a date range chosen;
- "autocomplete": the header box's JSON endpoint (search.views.autocomplete),
  the whole view;
- "search page": the whole search page request (rendering, highlighted
  snippets, councillors, statistics) for the single words, for information.

Each query runs once untimed (warm caches, as on a live site), then
`repeat` times.
"""

import datetime
import time
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client, RequestFactory
from django.utils import translation
from wagtail.models import Locale

from projects.models import ProjectPage
from search import views
from search.facets import Filters
from search.queries import PageSearch
from taxonomies.models import District

from .hostload import HostLoad, HostLoadMeter

META_TABLE = "bench_search_meta"


def meta_set(key: str, value: float) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key text PRIMARY KEY, value float)"
        )
        cursor.execute(
            f"INSERT INTO {META_TABLE} VALUES (%s, %s) "  # noqa: S608 - a constant table name
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            [key, value],
        )


def meta_get(key: str) -> float | None:
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key text PRIMARY KEY, value float)"
        )
        cursor.execute(f"SELECT value FROM {META_TABLE} WHERE key = %s", [key])  # noqa: S608
        row = cursor.fetchone()
    return row[0] if row else None


def search_once(query: str, locale: Locale, filters: Filters) -> None:
    search = PageSearch(query, locale, filters=filters)
    results = search.results()
    list(results[:10])
    results.count()
    search.facets  # noqa: B018 - computing the counts is the point


def _filters(locale: Locale) -> list[Filters]:
    district = District.objects.filter(locale=locale).order_by("pk").first()
    return [
        Filters(content_type_id=ContentType.objects.get_for_model(ProjectPage).pk),
        Filters(district=district.slug if district else ""),
        Filters(date_from=datetime.date(2023, 1, 1), date_to=datetime.date(2024, 6, 30)),
    ]


def _timed(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def measure(cases: dict[str, list[str]], repeat: int) -> tuple[dict[str, list[float]], HostLoad]:
    """Milliseconds per call, by case, and the host's load while they ran."""
    translation.activate("pl")
    locale = Locale.objects.get(language_code="pl")
    factory = RequestFactory()
    client = Client()
    filters = _filters(locale)
    calls = defaultdict(list)
    for query in cases["single word"]:
        calls["single word"].append(lambda q=query: search_once(q, locale, Filters()))
        calls["search page"].append(lambda q=query: client.get("/pl/szukaj/", {"query": q}))
    for query in cases["two words"]:
        calls["two words"].append(lambda q=query: search_once(q, locale, Filters()))
    for number, query in enumerate(cases["filtered"] * len(filters)):
        chosen = filters[number % len(filters)]
        calls["filtered"].append(lambda q=query, f=chosen: search_once(q, locale, f))
    for query in cases["autocomplete"]:
        request = factory.get("/pl/search/autocomplete/", {"query": query})
        calls["autocomplete"].append(lambda r=request: views.autocomplete(r))
    for functions in calls.values():
        for function in functions:
            function()  # warm-up, untimed
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend_pid = cursor.fetchone()[0]
    meter = HostLoadMeter(backend_pid)
    timings = defaultdict(list)
    for _round in range(repeat):
        for name, functions in calls.items():
            timings[name].extend(_timed(function) for function in functions)
    return dict(timings), meter.stop()
