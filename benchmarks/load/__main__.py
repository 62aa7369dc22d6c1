"""Load benchmark: `make benchmark-load` (or `python -m benchmarks.load`).

Builds a PostgreSQL database (`bench_load`, BENCHMARK_LOAD_DATABASE; dropped
and built afresh unless BENCHMARK_LOAD_REUSE_DB=1) with the demo content and
two benchmark surveys, collects static files, starts the benchmark's own
redis-server and gunicorn (sync workers ×2, config.settings.production
through benchmarks.settings) on 127.0.0.1:BENCHMARK_LOAD_PORT (8130), and
drives it with wrk (-t2 -c16, BENCHMARK_LOAD_SECONDS per run, --latency):

1. uncached: gunicorn with PAGE_CACHE_ENABLED=False, every page type;
2. cached in-app: gunicorn with the page cache on (Redis), after one warming request;
3. Varnish: varnishd with deploy/varnish/default.vcl in front of (2);
4. survey responses per second, one-step and three-step, against (2).

Per run: requests per second, p50/p99 latency (wrk), server CPU ms per
request (gunicorn master and workers, plus varnishd through Varnish, from
/proc/<pid>/stat), database and Redis CPU per request, and the share of the
machine's CPU other processes used meanwhile (/proc/stat minus ours); a run
where that exceeds 10 % is marked. Before starting, the host is watched for
3 s; when others already use more than 10 % the benchmark refuses to run
(BENCHMARK_LOAD_ALLOW_BUSY=1 runs anyway, every busy row marked). Queries
per page come from a separate instrumented process (benchmarks.load.queries).
The table goes to stdout and benchmarks/results/load.md.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from . import report
from . import surveys as survey_load
from .stack import (
    PG_URL,
    PYTHON,
    ROOT,
    Gunicorn,
    Redis,
    Varnish,
    admin_sql,
    environment,
    host_busy_pct,
    manage,
)
from .wrk import BUSY_LIMIT_PCT, Meter, Run, wrk

DATABASE = os.environ.get("BENCHMARK_LOAD_DATABASE", "bench_load")
PORT = int(os.environ.get("BENCHMARK_LOAD_PORT", "8130"))
SECONDS = int(os.environ.get("BENCHMARK_LOAD_SECONDS", "5"))
SURVEY_SECONDS = int(os.environ.get("BENCHMARK_LOAD_SURVEY_SECONDS", "10"))
SURVEY_THREADS = int(os.environ.get("BENCHMARK_LOAD_SURVEY_THREADS", "16"))
REUSE_DB = os.environ.get("BENCHMARK_LOAD_REUSE_DB") == "1"
ALLOW_BUSY = os.environ.get("BENCHMARK_LOAD_ALLOW_BUSY") == "1"
# Page types to run (comma-separated labels), e.g. "home,project"; all when empty.
ONLY = [label for label in os.environ.get("BENCHMARK_LOAD_PAGES", "").split(",") if label]
RESULTS_FILE = ROOT / "benchmarks" / "results" / "load.md"
LOG_PATH = Path(tempfile.gettempdir()) / "bench_load.log"


def say(text):
    print(text, file=sys.stderr, flush=True)


def prepare(env):
    """The database, the static files, and {label: path} of the pages to load."""
    if not REUSE_DB:
        admin_sql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        admin_sql(f'CREATE DATABASE "{DATABASE}"')
    say("Migrating…")
    manage(env, "migrate", "--noinput")
    say("Collecting static files…")
    manage(env, "collectstatic", "--noinput")
    say("Loading the demo content and the benchmark surveys…" if not REUSE_DB else "Reading pages…")
    out = subprocess.run(  # noqa: S603
        [PYTHON, "-m", "benchmarks.load.site", *(["--urls"] if REUSE_DB else [])],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    # As `make run` does: no measured request waits for an AVIF encoding.
    say("Making the images' renditions…")
    manage(env, "prepare_renditions")
    return json.loads(out.stdout.decode().strip().splitlines()[-1])


def query_counts(env, pages):
    out = subprocess.run(  # noqa: S603
        [PYTHON, "-m", "benchmarks.load.queries"],
        input=json.dumps(pages).encode(),
        env={**env, "PAGE_CACHE_ENABLED": "False"},
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return json.loads(out.stdout.decode().strip().splitlines()[-1])


def load_pages(pages, base_url, meter, mode):
    rows = {}
    for label, path in pages.items():
        # One request first: renditions, the frame cache and (cached modes) the page itself.
        subprocess.run(["curl", "-s", "-o", "/dev/null", base_url + path], check=False)  # noqa: S607
        run = wrk(base_url + path, SECONDS, meter)
        say(
            f"  {mode:8} {label:18} {run.per_second:9.0f} req/s  {run.cpu_ms_per_request:6.2f} ms "
            f"CPU/req  p50 {run.p50_ms:.1f} ms  others {run.others_pct:.0f} %"
        )
        rows[label] = run
    return rows


def load_surveys(surveys, gunicorn, meter, database_url):
    rows = {}
    for label, (path, steps) in surveys.items():
        prefix = f"{label.replace(' ', '-')}-{os.getpid()}"
        meter.start()
        outcomes, elapsed = survey_load.run(
            gunicorn.port,
            path,
            steps,
            seconds=SURVEY_SECONDS,
            threads=SURVEY_THREADS,
            prefix=prefix,
        )
        run = meter.finish(Run(seconds=elapsed))
        tally = survey_load.tally(outcomes, survey_load.stored_markers(database_url, prefix))
        run.requests = tally["completed"]
        run.per_second = tally["completed"] / elapsed
        run.extra = tally
        say(
            f"  survey   {label:18} {run.per_second:9.1f} responses/s  "
            f"{run.cpu_ms_per_request:6.2f} ms CPU/response  {tally}"
        )
        rows[label] = run
    return rows


def main():
    busy = host_busy_pct()
    say(f"The host is {busy:.0f} % busy before the benchmark.")
    if busy > BUSY_LIMIT_PCT and not ALLOW_BUSY:
        say(
            f"Refused: other processes use more than {BUSY_LIMIT_PCT:.0f} % of the CPU. "
            "Run on a quiet host, or set BENCHMARK_LOAD_ALLOW_BUSY=1 for a trial (rows marked)."
        )
        sys.exit(2)
    redis = Redis().start()
    static_root = tempfile.mkdtemp(prefix="bench-load-static-")
    env = environment(database=DATABASE, static_root=static_root, port=PORT, redis_port=redis.port)
    database_url = f"{PG_URL}/{DATABASE}"
    servers = []
    try:
        pages = prepare(env)
        surveys = {
            "one-step": (pages.pop("survey one-step"), survey_load.STEPS_ONE),
            "three-step": (pages.pop("survey three-step"), survey_load.STEPS_THREE),
        }
        if ONLY:
            pages = {label: path for label, path in pages.items() if label in ONLY}
        base_url = f"http://127.0.0.1:{PORT}"
        results = {"pages": pages, "host_busy_before": busy}

        say(f"Uncached (in-app cache off), {SECONDS} s per page:")
        gunicorn = Gunicorn(env, PORT, LOG_PATH, page_cache=False).start(pages.get("home", "/pl/"))
        servers.append(gunicorn)
        meter = Meter([gunicorn], database=DATABASE, redis_pid=redis.process.pid)
        results["uncached"] = load_pages(pages, base_url, meter, "uncached")
        results["queries"] = query_counts(env, pages)
        gunicorn.stop()

        say("Cached in-app:")
        redis.flush()
        gunicorn = Gunicorn(env, PORT, LOG_PATH, page_cache=True).start(pages.get("home", "/pl/"))
        servers.append(gunicorn)
        meter = Meter([gunicorn], database=DATABASE, redis_pid=redis.process.pid)
        results["in-app"] = load_pages(pages, base_url, meter, "in-app")

        say("Through Varnish:")
        varnish = Varnish(PORT, PORT + 1).start(pages.get("home", "/pl/"))
        servers.append(varnish)
        meter = Meter([gunicorn, varnish], database=DATABASE, redis_pid=redis.process.pid)
        results["varnish"] = load_pages(pages, f"http://127.0.0.1:{PORT + 1}", meter, "varnish")
        varnish.stop()

        say(f"Survey responses, {SURVEY_SECONDS} s each, {SURVEY_THREADS} residents:")
        meter = Meter([gunicorn], database=DATABASE, redis_pid=redis.process.pid)
        results["surveys"] = load_surveys(surveys, gunicorn, meter, database_url)
    finally:
        for server in reversed(servers):
            server.stop()
        redis.stop()
    table = report.render(results, seconds=SECONDS, survey_seconds=SURVEY_SECONDS)
    print(table)
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(table)


if __name__ == "__main__":
    main()
