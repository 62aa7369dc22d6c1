"""Widget throughput: requests per second from the page cache and uncached, and the loader's size.

`make benchmark-widgets` (or `python -m benchmarks.widgets`): builds a small
site (a two-step survey, projects, news) in a throw-away PostgreSQL database
(BENCHMARK_PG_URL, default postgres://postgres@127.0.0.1:5432; SQLite if
BENCHMARK_WIDGETS_SQLITE=1), serves it with gunicorn on BENCHMARK_WIDGETS_PORT
(default 8110) twice — with the whole-page cache on, then off — and runs
Debian's wrk against each widget for BENCHMARK_WIDGETS_SECONDS (default 10).
Writes benchmarks/results/widgets.md. Meant for a quiet machine: the numbers
of a shared one only say that the paths work.
"""

import gzip
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "widgets.md"
LOADER = ROOT / "static" / "widgets" / "loader.js"
PORT = int(os.environ.get("BENCHMARK_WIDGETS_PORT", "8110"))
SECONDS = int(os.environ.get("BENCHMARK_WIDGETS_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCHMARK_WIDGETS_CONNECTIONS", "8"))
PG_URL = os.environ.get("BENCHMARK_PG_URL", "postgres://postgres@127.0.0.1:5432")
WRK = shutil.which("wrk") or "/usr/bin/wrk"


def database_url() -> tuple[str, str | None]:
    """The throw-away database's URL, and its PostgreSQL name to drop afterwards (or None)."""
    if os.environ.get("BENCHMARK_WIDGETS_SQLITE") == "1":
        return f"sqlite:///{tempfile.mkdtemp()}/widgets.sqlite3", None
    name = f"widgets_bench_{secrets.token_hex(4)}"
    admin_sql(f'CREATE DATABASE "{name}"')
    return f"{PG_URL}/{name}", name


def admin_sql(sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{PG_URL}/postgres", autocommit=True) as connection:
        connection.execute(sql)


def environment(url: str, *, cache: bool) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": url,
        "DEBUG": "False",
        "ALLOWED_HOSTS": "127.0.0.1",
        "PAGE_CACHE_ENABLED": "True" if cache else "False",
        "LOG_LEVEL": "WARNING",
    }


BUILD = """
import django; django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0, interactive=False)
from tests.factories import NewsIndexPageFactory, NewsPageFactory, site_home
from tests.projects.factories import ProjectIndexPageFactory, ProjectPageFactory
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory, question, step_break
home = site_home("pl")
survey = SurveyPageFactory(parent=SurveyIndexPageFactory(parent=home), questions=[
    question("short_text", "Opinia", key="opinion"), step_break("Dalej"),
    question("long_text", "Pomysł", key="idea", required=False)])
projects = ProjectIndexPageFactory(parent=home)
project = [ProjectPageFactory(parent=projects) for _ in range(8)][0]
news = NewsIndexPageFactory(parent=home)
for _ in range(8):
    NewsPageFactory(parent=news)
print(survey.pk, project.pk)
"""


def build(url: str) -> tuple[int, int]:
    output = subprocess.run(
        [sys.executable, "-c", BUILD],
        cwd=ROOT,
        env=environment(url, cache=True),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    survey, project = output.split()[-2:]
    return int(survey), int(project)


def serve(url: str, *, cache: bool) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=environment(url, cache=cache),
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def wrk(path: str) -> tuple[float, float]:
    """Requests per second and the 99th-percentile latency (ms) of one wrk run."""
    output = subprocess.run(
        [
            WRK,
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--latency",
            f"http://127.0.0.1:{PORT}{path}",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    return rate, float(p99.group(1)) * scale


def main() -> None:
    url, name = database_url()
    try:
        survey, project = build(url)
        paths = {
            "survey (first step)": f"/pl/widgets/survey/{survey}/",
            "projects": "/pl/widgets/projects/",
            "news": "/pl/widgets/news/",
            "project card": f"/pl/widgets/project/{project}/",
        }
        rows = []
        for cache in (True, False):
            server = serve(url, cache=cache)
            try:
                for label, path in paths.items():
                    urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}")  # noqa: S310 (warm)
                    rate, p99 = wrk(path)
                    rows.append((label, "page cache" if cache else "uncached", rate, p99))
            finally:
                server.send_signal(signal.SIGTERM)
                server.wait(timeout=30)
    finally:
        if name:
            admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    loader = LOADER.read_bytes()
    zipped = len(gzip.compress(loader, compresslevel=9))
    lines = [
        "# Widgets benchmark",
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, {os.cpu_count()} CPUs, "
        f"gunicorn 2 sync workers, wrk -t2 -c{CONNECTIONS} -d{SECONDS}s.",
        "",
        f"Loader: {len(loader)} bytes, {zipped} bytes gzipped.",
        "",
        "| Widget | Served | Requests/s | p99 (ms) |",
        "|---|---|---:|---:|",
        *(f"| {label} | {how} | {rate:.0f} | {p99:.1f} |" for label, how, rate, p99 in rows),
        "",
    ]
    RESULTS.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
