"""Survey submissions per second against a production-like server, and export time and memory.

Creates a throw-away PostgreSQL database (postgres@127.0.0.1:5432, trust
auth; BENCHMARK_PG_URL to change), migrates it, collects static files,
creates a one-step unlimited survey and starts gunicorn with
`2 * cores + 1` workers on config.settings.production (through
benchmarks.settings). Threads on 127.0.0.1 (stdlib only) each open the
survey and send it; afterwards the stored responses must equal the
successful answers. Then 100,000 responses are added and each export
(CSV, XLSX) runs in its own process, reporting its time and peak RSS.
The database is dropped at the end.
"""

import http.client
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PG_URL = os.environ.get("BENCHMARK_PG_URL", "postgres://postgres@127.0.0.1:5432")
PORT = int(os.environ.get("BENCHMARK_PORT", "8765"))
THREADS = int(os.environ.get("BENCHMARK_THREADS", "16"))
SUBMISSIONS = int(os.environ.get("BENCHMARK_SUBMISSIONS", "1000"))
EXPORT_RESPONSES = int(os.environ.get("BENCHMARK_EXPORT_RESPONSES", "100000"))
FLOW = re.compile(r'name="flow" value="([^"]+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def workers():
    return 2 * (os.cpu_count() or 1) + 1


def admin_sql(sql):
    import psycopg

    with psycopg.connect(f"{PG_URL}/postgres", autocommit=True) as connection:
        connection.execute(sql)


def environment(database, static_root):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="benchmarks.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"{PG_URL}/{database}",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{PORT}",
        SECURE_SSL_REDIRECT="False",
        STATIC_ROOT=static_root,
        LOG_LEVEL="WARNING",
    )
    env.pop("REDIS_URL", None)
    return env


def run(env, *args):
    subprocess.run([PYTHON, *args], env=env, cwd=ROOT, check=True, stdout=subprocess.PIPE)


def send_one(path, address):
    """Open the survey and send it as one resident. Returns (ok, seconds of the POST)."""
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    try:
        headers = {"X-Forwarded-For": address}
        connection.request("GET", path, headers=headers)
        page = connection.getresponse()
        body = page.read().decode()
        cookie = "; ".join(
            value.split(";")[0] for name, value in page.getheaders() if name == "Set-Cookie"
        )
        form = {
            "csrfmiddlewaretoken": CSRF.search(body).group(1),
            "flow": FLOW.search(body).group(1),
            "action": "submit",
            "name": "Ewa",
            "often": "daily",
            "rating": "4",
        }
        headers.update({"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
        start = time.perf_counter()
        connection.request("POST", path, urllib.parse.urlencode(form), headers)
        answer = connection.getresponse()
        answer.read()
        return answer.status == 200, time.perf_counter() - start
    except (OSError, AttributeError, http.client.HTTPException):
        return False, 0.0
    finally:
        connection.close()


def load(path):
    """Send SUBMISSIONS surveys from THREADS threads; each from its own address."""
    results, lock, counter = [], threading.Lock(), iter(range(SUBMISSIONS))

    def worker():
        while True:
            with lock:
                number = next(counter, None)
            if number is None:
                return
            address = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
            outcome = send_one(path, address)
            with lock:
                results.append(outcome)

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - start


def wait_for_server(path):
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("GET", path)
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer")


def count_responses(database):
    import psycopg

    with psycopg.connect(f"{PG_URL}/{database}") as connection:
        return connection.execute("SELECT count(*) FROM surveys_surveyresponse").fetchone()[0]


def submissions(env, path, database):
    server = subprocess.Popen(
        [
            GUNICORN,
            "config.wsgi",
            "-w",
            str(workers()),
            "-b",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        wait_for_server(path)
        results, seconds = load(path)
    finally:
        server.terminate()
        server.wait(timeout=30)
    ok = [duration for success, duration in results if success]
    ok.sort()
    stored = count_responses(database)
    return {
        "workers": workers(),
        "threads": THREADS,
        "sent": len(results),
        "ok": len(ok),
        "errors": len(results) - len(ok),
        "stored": stored,
        "per_second": len(ok) / seconds,
        "p50_ms": statistics.median(ok) * 1000 if ok else 0,
        "p95_ms": ok[int(len(ok) * 0.95) - 1] * 1000 if ok else 0,
    }


def exports(env):
    run(env, "-m", "benchmarks.export_run", "seed", str(EXPORT_RESPONSES))
    rows = {}
    for file_format in ("csv", "xlsx"):
        out = subprocess.run(
            [PYTHON, "-m", "benchmarks.export_run", file_format],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        rows[file_format] = json.loads(out.stdout.decode().strip().splitlines()[-1])
    return rows


def main():
    """Run both benchmarks; returns their figures."""
    database = f"participation_benchmark_{os.getpid()}"
    static_root = tempfile.mkdtemp()
    env = environment(database, static_root)
    admin_sql(f'CREATE DATABASE "{database}"')
    try:
        print("Preparing the database and static files…", file=sys.stderr)
        run(env, "manage.py", "migrate", "--noinput")
        run(env, "manage.py", "collectstatic", "--noinput")
        out = subprocess.run(
            [PYTHON, "-m", "benchmarks.survey_setup"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        path = out.stdout.decode().strip().splitlines()[-1]
        print(f"Sending {SUBMISSIONS} surveys to {path}…", file=sys.stderr)
        figures = {"submissions": submissions(env, path, database)}
        print(f"Exporting {EXPORT_RESPONSES} responses…", file=sys.stderr)
        figures["exports"] = exports(env)
        figures["export_responses"] = EXPORT_RESPONSES
        return figures
    finally:
        admin_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        shutil.rmtree(static_root, ignore_errors=True)
