"""Benchmarks: `make benchmark` (or `python -m benchmarks`).

Page rendering (below), then survey submissions against gunicorn and the
exports of 100,000 responses (benchmarks.submissions; set
BENCHMARK_SKIP_SURVEYS=1 to leave them out).

Builds the demo site in a throw-away database (SQLite, or the PostgreSQL
database named by BENCHMARK_DATABASE_URL), then requests one page of each
type through Django's full request stack in-process and reports, per page:
median and 95th-percentile time, queries per request and peak memory
allocated while rendering. The table goes to stdout and benchmarks/RESULTS.md.
"""

import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

REQUESTS_PER_PAGE = int(os.environ.get("BENCHMARK_REQUESTS", "50"))
RESULTS_FILE = Path(__file__).resolve().parent / "RESULTS.md"


def configure_django():
    database_url = os.environ.get("BENCHMARK_DATABASE_URL")
    if not database_url:
        database_url = f"sqlite:///{tempfile.mkdtemp()}/benchmark.sqlite3"
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DEBUG"] = "False"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    return database_url.split(":", 1)[0]


def build_site():
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_content", verbosity=0)


def pages_to_measure():
    """One URL per page type and language, taken from the demo tree."""
    from wagtail.models import Page

    urls = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        key = (type(page).__name__, page.locale.language_code)
        if key not in urls and key[1] in ("pl", "uk"):
            urls[key] = page.url
    urls[("Search", "pl")] = "/pl/search/?query=bud%C5%BCet"
    return urls


class QueryCounter:
    """Counts the SQL statements a request runs (a database execute wrapper)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def measure(client, url):
    from django.db import connection

    client.get(url)  # warm-up: caches and lazy imports
    timings = []
    for _ in range(REQUESTS_PER_PAGE):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        client.get(url)
    tracemalloc.start()
    client.get(url)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    timings.sort()
    return {
        "median_ms": statistics.median(timings),
        "p95_ms": timings[int(len(timings) * 0.95) - 1],
        "queries": counter.count,
        "peak_kib": peak / 1024,
    }


def render_table(rows, database):
    header = [
        f"Page rendering, {REQUESTS_PER_PAGE} requests per page, in-process Django client, "
        f"{database}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, {datetime.now(UTC):%Y-%m-%d}.",
        "",
        "| page | language | median ms | p95 ms | queries | peak memory KiB |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    lines = [
        f"| {name} | {language} | {r['median_ms']:.1f} | {r['p95_ms']:.1f} | "
        f"{r['queries']} | {r['peak_kib']:.0f} |"
        for (name, language), r in rows
    ]
    return "\n".join(header + lines) + "\n"


def main():
    database = configure_django()
    print("Building the demo site…", file=sys.stderr)
    build_site()
    from django.test import Client

    client = Client()
    rows = [(key, measure(client, url)) for key, url in pages_to_measure().items()]
    table = render_table(rows, database)
    if not os.environ.get("BENCHMARK_SKIP_SURVEYS"):
        from .submissions import main as survey_benchmarks
        from .tables import survey_tables

        table += "\n" + survey_tables(survey_benchmarks())
    print(table)
    RESULTS_FILE.write_text("# Benchmark results\n\nProduced by `make benchmark`.\n\n" + table)


if __name__ == "__main__":
    main()
