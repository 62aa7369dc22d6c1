"""One dataset: create and migrate its database, generate and index its pages, time the searches.

`python -m benchmarks.search.run --size 1000 --database-url postgres://…/bench_search_1k \
    --json out.json`
(run by benchmarks/search/__main__.py, one process per database, since Django
connects to one default database per process).
"""

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import asdict

import psycopg

CASES = {
    "single word": [
        "budżet",
        "parkach",
        "Płaszów",
        "rowerowej",
        "zieleni",
        "ławki",
        "podwórko",
        "szkole",
    ],
    "two words": [
        "budżetowi obywatelskiemu",
        "zielone podwórka",
        "ścieżka rowerowa",
        "Nowej Hucie",
        "plac zabaw",
        "konsultacjach społecznych",
    ],
    "filtered": ["budżet", "parku", "ogrodu społecznego", "przystanek"],
    "autocomplete": ["bu", "bud", "kons", "zielo", "pla", "ścież", "rada", "ogr"],
}


def create_database(url: str) -> None:
    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def configure_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DEBUG"] = "False"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django  # noqa: PLC0415 - settings must be chosen before Django loads

    django.setup()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--reindex", action="store_true", help="rebuild the index and time it again"
    )
    parser.add_argument("--generate-only", action="store_true")
    args = parser.parse_args()

    create_database(args.database_url)
    configure_django(args.database_url)
    # Django is set up only now: the project's modules import models.
    from django.core.management import call_command  # noqa: PLC0415

    from .generate import build_index, generate, generated_count  # noqa: PLC0415
    from .measure import measure, meta_get, meta_set  # noqa: PLC0415

    call_command("migrate", verbosity=0, interactive=False)
    log = lambda message: print(f"[{args.size:,}] {message}", file=sys.stderr, flush=True)  # noqa: E731
    if generated_count() < args.size:
        log("generating pages")
        seconds = generate(args.size, log=log)
        meta_set("generate_seconds", seconds)
        args.reindex = True
    if args.reindex or meta_get("index_seconds") is None:
        log("indexing")
        meta_set("index_seconds", build_index(log=log))
    result = {"size": args.size, "pages": generated_count()}
    result["generate_seconds"] = meta_get("generate_seconds")
    result["index_seconds"] = meta_get("index_seconds")
    if not args.generate_only:
        log("measuring")
        started = time.perf_counter()
        timings, load = measure(CASES, args.repeat)
        result["measure_seconds"] = time.perf_counter() - started
        result["host_load"] = asdict(load) | {"busy": load.busy}
        result["cases"] = {
            name: {
                "count": len(values),
                "p50": statistics.median(values),
                "p95": percentile(values, 0.95),
                "max": max(values),
            }
            for name, values in timings.items()
        }
    with open(args.json, "w") as file:
        json.dump(result, file, indent=2)


if __name__ == "__main__":
    main()
