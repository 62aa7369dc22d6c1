"""The load benchmark's figures as Markdown (benchmarks/results/load.md)."""

import os
import platform
import subprocess
from datetime import UTC, datetime

from .stack import ROOT, WORKERS
from .wrk import BUSY_LIMIT_PCT, CONNECTIONS, THREADS

# The targets (#12) next to the figures they apply to.
TARGET_IN_APP_HOME = 2_500
TARGET_VARNISH = 15_000
TARGET_ONE_STEP = 200
TARGET_THREE_STEP = 60


def commit() -> str:
    try:
        sha = subprocess.run(  # noqa: S603, S607
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(  # noqa: S603, S607
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{sha} (with uncommitted changes)" if dirty else sha


def _mark(run) -> str:
    return f"{run.others_pct:.0f}" + (" ⚠" if run.busy else "")


def _status(run) -> str:
    return f" ({run.non_2xx} non-2xx)" if run.non_2xx else ""


def page_rows(results, mode):
    rows = []
    for label, run in results[mode].items():
        queries = results["queries"].get(label, ["", ""])[1] if mode == "uncached" else ""
        rows.append(
            f"| {label} | {run.per_second:,.0f}{_status(run)} | {run.cpu_ms_per_request:.2f} | "
            f"{run.stack_ms_per_request:.2f} | {run.p50_ms:.2f} | {run.p99_ms:.2f} | "
            + (f"{queries} | " if mode == "uncached" else "")
            + f"{_mark(run)} |"
        )
    return rows


def render(results, *, seconds, survey_seconds) -> str:
    busy_runs = sum(
        run.busy
        for mode in ("uncached", "in-app", "varnish", "surveys")
        for run in results.get(mode, {}).values()
    )
    verdict = (
        f"**{busy_runs} run(s) marked ⚠: other processes used more than "
        f"{BUSY_LIMIT_PCT:.0f} % of the CPU during them; their figures are not comparable.**"
        if busy_runs
        else f"No run was disturbed: others used at most {BUSY_LIMIT_PCT:.0f} % of the CPU."
    )
    lines = [
        "# Load benchmark",
        "",
        "Produced by `make benchmark-load` (benchmarks/load). "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, host "
        f"{results['host_busy_before']:.0f} % busy just before the run. gunicorn sync "
        f"×{WORKERS}, config.settings.production (benchmarks.settings) on PostgreSQL and "
        f"Redis, wrk -t{THREADS} -c{CONNECTIONS} -d{seconds}s on 127.0.0.1.",
        "",
        verdict,
        "",
        "Columns: requests per second; server CPU ms per request (gunicorn master and "
        "workers, plus varnishd through Varnish, from /proc/<pid>/stat); database + Redis CPU "
        "ms per request (the PostgreSQL backends of the benchmark's database and its own "
        "redis-server); wrk's latency percentiles; SQL queries of one request counted in a "
        "separate instrumented process; *others %*: CPU the rest of the machine used "
        "meanwhile (/proc/stat minus all of the above and wrk), ⚠ above "
        f"{BUSY_LIMIT_PCT:.0f} %.",
    ]
    header = "| page | req/s | server CPU ms/req | db+redis ms/req | p50 ms | p99 ms |"
    for mode, title in (
        ("uncached", "Uncached (PAGE_CACHE_ENABLED=False)"),
        ("in-app", f"Cached in-app (target: home ≥ {TARGET_IN_APP_HOME:,} req/s)"),
        ("varnish", f"Through Varnish (deploy/varnish, target ≥ {TARGET_VARNISH:,} req/s)"),
    ):
        if mode not in results:
            continue
        lines += ["", f"## {title}", ""]
        if mode == "uncached":
            lines += [
                header + " queries | others % |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            ]
        else:
            lines += [header + " others % |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        lines += page_rows(results, mode)
    if "surveys" in results:
        lines += [
            "",
            f"## Survey responses (targets: one-step ≥ {TARGET_ONE_STEP}/s, "
            f"three-step ≥ {TARGET_THREE_STEP}/s)",
            "",
            f"{survey_seconds} s each, residents on threads of this process (each GET, then "
            "a POST per step, from its own X-Forwarded-For address), against the in-app "
            "cached server. *Stored once*: every 2xx response is in the database exactly once "
            "and nothing else is.",
            "",
            "| survey | completed/s | server CPU ms/response | db+redis ms/response | "
            "completed | stored | lost | stored without 2xx | duplicates | failed statuses | "
            "stored once | others % |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |",
        ]
        for label, run in results["surveys"].items():
            t = run.extra
            once = not (t["lost"] or t["stored_without_2xx"] or t["duplicates"])
            lines.append(
                f"| {label} | {run.per_second:.1f} | {run.cpu_ms_per_request:.2f} | "
                f"{run.stack_ms_per_request:.2f} | {t['completed']} | {t['stored']} | "
                f"{t['lost']} | {t['stored_without_2xx']} | {t['duplicates']} | "
                f"{t['failed_statuses'] or '-'} | {'yes' if once else '**no**'} | {_mark(run)} |"
            )
    return "\n".join(lines) + "\n"
