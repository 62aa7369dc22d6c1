"""Lighthouse audits: `make benchmark-lighthouse` (or `python -m benchmarks.lighthouse`).

Serves the demo site as the load benchmark does (benchmarks.load: its own
PostgreSQL database `bench_load`, built afresh unless
BENCHMARK_LOAD_REUSE_DB=1, its own redis-server, gunicorn sync ×2 on
config.settings.production with static files collected and the page cache
on) and runs Lighthouse 12 from node_modules (package.json pins it) with
Debian's Chromium headless (CHROME_PATH, /usr/bin/chromium by default) on
the home, project, survey, event and news pages and the search results
page. Lighthouse's defaults are kept: a mobile device with simulated
throttling. Each page is audited BENCHMARK_LIGHTHOUSE_RUNS times (1) and the
median score of each category reported. The four category scores go to
stdout and benchmarks/results/lighthouse.md; the full JSON reports to
BENCHMARK_LIGHTHOUSE_REPORTS (a temporary directory).
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.load.__main__ import DATABASE, LOG_PATH, PORT, prepare
from benchmarks.load.report import commit
from benchmarks.load.stack import ROOT, Gunicorn, Redis, environment, host_busy_pct

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
RUNS = int(os.environ.get("BENCHMARK_LIGHTHOUSE_RUNS", "1"))
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
PAGES = ["home", "project", "survey", "event", "news", "search"]
RESULTS_FILE = ROOT / "benchmarks" / "results" / "lighthouse.md"
REPORTS = Path(
    os.environ.get("BENCHMARK_LIGHTHOUSE_REPORTS") or tempfile.mkdtemp(prefix="lighthouse-")
)


def say(text):
    print(text, file=sys.stderr, flush=True)


def audit(url: str, report_path: Path) -> dict[str, float]:
    """One Lighthouse run; {category: score 0-100}."""
    subprocess.run(  # noqa: S603 - our pinned Lighthouse, our own loopback address
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report_path}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
        ],
        env={**os.environ, "CHROME_PATH": CHROME},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    report = json.loads(report_path.read_text())
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


def audit_pages(base_url: str, pages: dict[str, str]) -> dict[str, dict[str, float]]:
    scores = {}
    for label in PAGES:
        if label not in pages:
            continue
        runs = []
        for number in range(RUNS):
            runs.append(audit(base_url + pages[label], REPORTS / f"{label}-{number}.json"))
        scores[label] = {name: statistics.median(run[name] for run in runs) for name in CATEGORIES}
        say(f"  {label:8} " + "  ".join(f"{n} {scores[label][n]:.0f}" for n in CATEGORIES))
    return scores


def render(scores, pages, busy) -> str:
    lines = [
        "# Lighthouse",
        "",
        "Produced by `make benchmark-lighthouse` (benchmarks/lighthouse). "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit()}, Lighthouse 12.8.2 "
        f"(npm, package.json) with Chromium headless, its default mobile profile and "
        f"simulated throttling; median of {RUNS} run(s) per page. The demo content served "
        f"by gunicorn sync ×2 on config.settings.production (PostgreSQL, Redis, page cache "
        f"on) at 127.0.0.1; the host was {busy:.0f} % busy just before. Target (#12): "
        "performance 100 on home, project, survey, event and news pages.",
        "",
        "| page | address | performance | accessibility | best practices | SEO |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for label, score in scores.items():
        lines.append(
            f"| {label} | `{pages[label]}` | "
            + " | ".join(f"{score[name]:.0f}" for name in CATEGORIES)
            + " |"
        )
    return "\n".join(lines) + "\n"


def main():
    busy = host_busy_pct()
    redis = Redis().start()
    static_root = tempfile.mkdtemp(prefix="bench-lighthouse-static-")
    env = environment(database=DATABASE, static_root=static_root, port=PORT, redis_port=redis.port)
    gunicorn = None
    try:
        pages = prepare(env)
        gunicorn = Gunicorn(env, PORT, LOG_PATH, page_cache=True).start(pages.get("home", "/pl/"))
        say(f"Lighthouse, {RUNS} run(s) per page (reports in {REPORTS}):")
        scores = audit_pages(f"http://127.0.0.1:{PORT}", pages)
    finally:
        if gunicorn:
            gunicorn.stop()
        redis.stop()
    table = render(scores, pages, busy)
    print(table)
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(table)


if __name__ == "__main__":
    main()
