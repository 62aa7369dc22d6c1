"""Fault benchmark: survey submissions under load while parts of the stack fail.

`python -m benchmarks.faults` (the Makefile's `benchmark-faults` target).

Builds a dedicated PostgreSQL database (`bench_faults` unless
BENCHMARK_FAULTS_DATABASE says otherwise; dropped and created afresh),
migrates it, collects static files and creates a one-step survey that
e-mails the office after every response. It starts its own Redis
(redis-server on a spare port, never the machine's) and its own SMTP server
(benchmarks.faults.smtp), and gunicorn with `2 × cores + 1` workers on
config.settings.production (through benchmarks.settings, with every secret
and address from environment variables). When the settings install
django_tasks_db, a `manage.py db_worker` sends the e-mails, as in production.

Three scenarios, each SECONDS (60) of submissions from USERS virtual residents
(benchmarks.faults.load), the fault in the middle:

  (a) gunicorn: SIGKILL one worker at 15 s (the master starts a new one),
      then SIGKILL the master at 30 s and start gunicorn again at once;
  (b) Redis: stopped at 20 s, started again at 40 s;
  (c) SMTP: from 20 s to 40 s the mail server accepts connections and never answers.

Afterwards the database is compared with what the residents saw: every
submission carries a unique marker, so the table reports per scenario the
submissions sent, those answered 2xx, the rows stored, 2xx answers with no
row (lost), markers stored twice (duplicates), rows missing an answer
(half-written), and the error rate and p95 of the POST during the fault
windows and outside them. It also records the host's load (the machine is
shared), the CPU time of the server processes and of the load generator
(from /proc and getrusage). The table goes to stdout and
benchmarks/results/faults.md.
"""

import contextlib
import json
import os
import platform
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.submissions import GUNICORN, PG_URL, PYTHON, ROOT, admin_sql, workers

from .load import run_load
from .smtp import SmtpServer, free_port

DATABASE = os.environ.get("BENCHMARK_FAULTS_DATABASE", "bench_faults")
PORT = int(os.environ.get("BENCHMARK_FAULTS_PORT", "8766"))
SECONDS = int(os.environ.get("BENCHMARK_FAULTS_SECONDS", "60"))
USERS = int(os.environ.get("BENCHMARK_FAULTS_USERS", "8"))
RESULTS_FILE = Path(__file__).resolve().parent.parent / "results" / "faults.md"
LOG_DIR = Path(os.environ.get("BENCHMARK_FAULTS_LOG_DIR", tempfile.gettempdir())) / "bench_faults"
BASE_URL = f"http://127.0.0.1:{PORT}"
# Where each scenario's fault starts and ends, in seconds from the start of its load.
WORKER_KILL_AT, MASTER_KILL_AT = 15, 30
FAULT_FROM, FAULT_UNTIL = 20, 40
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def say(text):
    print(text, file=sys.stderr, flush=True)


# --- Host load and CPU time (/proc) ---------------------------------------------


def host_cpu_jiffies():
    """(busy, total) jiffies of all cores since boot, from /proc/stat."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def process_cpu_ms(pid, *, children=False):
    """utime + stime of a process (and of its reaped children), in ms, from /proc/<pid>/stat."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    if children:
        ticks += int(fields[13]) + int(fields[14])  # cutime, cstime
    return ticks * 1000 / CLOCK_TICKS


def child_pids(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


class HostMeter:
    """Load average and CPU use of the whole machine over one scenario."""

    def __init__(self):
        self.load_before = os.getloadavg()[0]
        self.cpu_before = host_cpu_jiffies()
        self.self_before = resource.getrusage(resource.RUSAGE_SELF)

    def finish(self):
        busy, total = host_cpu_jiffies()
        own = resource.getrusage(resource.RUSAGE_SELF)
        return {
            "load_before": self.load_before,
            "load_after": os.getloadavg()[0],
            "host_busy_pct": 100 * (busy - self.cpu_before[0]) / (total - self.cpu_before[1]),
            "client_cpu_ms": 1000
            * (own.ru_utime + own.ru_stime - self.self_before.ru_utime - self.self_before.ru_stime),
        }


# --- The processes under test -----------------------------------------------------


def environment(static_root, smtp_port, redis_port):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "SENTRY_DSN"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="benchmarks.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"{PG_URL}/{DATABASE}",
        WAGTAILADMIN_BASE_URL=BASE_URL,
        SECURE_SSL_REDIRECT="False",
        STATIC_ROOT=static_root,
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
        EMAIL_URL=f"smtp://127.0.0.1:{smtp_port}",
        EMAIL_TIMEOUT="10",
        # Rate limits are not what this measures (each submission also has its own address).
        SURVEY_SUBMISSIONS_PER_HOUR="1000000",
        SURVEY_STEPS_PER_HOUR="1000000",
        LOG_FORMAT="json",
        LOG_LEVEL="WARNING",
    )
    return env


def manage(env, *args, capture=False):
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if capture else None,
    )
    return result.stdout.decode()


class Redis:
    """The benchmark's own redis-server, on its own port, without persistence."""

    def __init__(self, port):
        self.port = port
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


class Server:
    """gunicorn, and the db_worker when the settings queue e-mail as tasks."""

    def __init__(self, env, path, log_path, with_worker):
        self.env, self.path, self.log_path = env, path, log_path
        self.with_worker = with_worker
        self.gunicorn = self.db_worker = None
        self.log = open(log_path, "ab")  # noqa: SIM115 (closed in stop)
        self.cpu_ms = 0.0

    def start_gunicorn(self):
        self.gunicorn = subprocess.Popen(
            [GUNICORN, "config.wsgi", "-w", str(workers()), "-b", f"127.0.0.1:{PORT}"]
            + ["--log-level", "warning", "--timeout", "30"],
            env=self.env,
            cwd=ROOT,
            stdout=self.log,
            stderr=self.log,
        )

    def start(self):
        self.start_gunicorn()
        if self.with_worker:
            self.db_worker = subprocess.Popen(
                [PYTHON, "manage.py", "db_worker", "--interval", "0.2"],
                env=self.env,
                cwd=ROOT,
                stdout=self.log,
                stderr=self.log,
            )
        self.wait_until_answering()

    def wait_until_answering(self, limit=180):
        # Generous: on a busy machine five workers importing Wagtail take a while.
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.gunicorn.poll() is not None:
                raise RuntimeError(
                    f"gunicorn exited ({self.gunicorn.returncode}); see {self.log_path}"
                )
            try:
                with urllib.request.urlopen(BASE_URL + self.path, timeout=30) as response:  # noqa: S310
                    if response.status == 200:
                        return time.monotonic()
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("gunicorn did not answer")

    def workers(self):
        return child_pids(self.gunicorn.pid)

    def kill_worker(self):
        victim = self.workers()[0]
        os.kill(victim, signal.SIGKILL)
        return victim

    def kill_master_and_restart(self):
        """SIGKILL the master and start gunicorn again, as a process supervisor does.

        Left alone, the orphaned workers keep the listening socket (and answer on
        it) until they notice their parent is gone, up to half of --timeout later,
        and a new master cannot bind the port meanwhile. A supervisor (systemd's
        default KillMode=control-group) kills what is left of the service before
        restarting it; so does this. Returns (seconds until the new gunicorn
        answers, monotonic time it answered).
        """
        orphans = self.workers()
        self.cpu_ms += self.gunicorn_cpu_ms()
        killed = time.monotonic()
        self.gunicorn.send_signal(signal.SIGKILL)
        self.gunicorn.wait()
        for pid in orphans:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        self.start_gunicorn()
        answering = self.wait_until_answering()
        return answering - killed, answering

    def gunicorn_cpu_ms(self):
        master = self.gunicorn.pid
        return process_cpu_ms(master, children=True) + sum(
            process_cpu_ms(pid) for pid in child_pids(master)
        )

    def stop(self):
        if self.log.closed:
            return
        if self.gunicorn and self.gunicorn.poll() is None:
            self.cpu_ms += self.gunicorn_cpu_ms()
            workers = self.workers()
            self.gunicorn.terminate()
            try:
                self.gunicorn.wait(timeout=40)
            except subprocess.TimeoutExpired:
                for pid in [self.gunicorn.pid, *workers]:
                    with contextlib.suppress(OSError):
                        os.kill(pid, signal.SIGKILL)
                self.gunicorn.wait()
        if self.db_worker and self.db_worker.poll() is None:
            self.cpu_ms += process_cpu_ms(self.db_worker.pid, children=True)
            self.db_worker.terminate()
            try:
                self.db_worker.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.db_worker.kill()
                self.db_worker.wait()
        self.log.close()


# --- The database after the run -------------------------------------------------


def query(sql, *params):
    import psycopg

    with psycopg.connect(f"{PG_URL}/{DATABASE}") as connection:
        return connection.execute(sql, params).fetchall()


def stored_markers(prefix):
    rows = query(
        "SELECT form_data->>'name', count(*) FROM surveys_surveyresponse "
        "WHERE form_data->>'name' LIKE %s GROUP BY 1",
        f"{prefix}-%",
    )
    return dict(rows)


def half_written(prefix):
    """Rows of this scenario missing an answer, their language or their time."""
    return query(
        "SELECT count(*) FROM surveys_surveyresponse WHERE form_data->>'name' LIKE %s AND NOT ("
        "coalesce(form_data->>'often', '') <> '' AND coalesce(form_data->>'rating', '') <> '' "
        "AND locale_id IS NOT NULL AND submit_time IS NOT NULL)",
        f"{prefix}-%",
    )[0][0]


def task_counts():
    """E-mail tasks by status (django_tasks_db's table), or {} without a task queue."""
    try:
        return dict(
            query(
                "SELECT status, count(*) FROM django_tasks_database_dbtaskresult "
                "WHERE task_path LIKE %s GROUP BY 1",
                "%mail%",
            )
        )
    except Exception:  # noqa: BLE001 (no task table: e-mail is sent in the request)
        return {}


def wait_for_queue(limit):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        counts = task_counts()
        if not counts.get("READY") and not counts.get("RUNNING"):
            return
        time.sleep(1)


# --- Scenarios ------------------------------------------------------------------


def p95(values):
    values = sorted(values)
    return values[max(0, int(len(values) * 0.95) - 1)] * 1000 if values else 0.0


def in_windows(outcome, windows):
    """Whether the submission (GET and POST) was under way at some time of a fault window."""
    return any(outcome.started <= until and outcome.ended >= start for start, until in windows)


def figures(prefix, outcomes, windows):
    stored = stored_markers(prefix)
    answered = {o.marker for o in outcomes if 200 <= o.status < 300}
    during = [o for o in outcomes if in_windows(o, windows)]
    outside = [o for o in outcomes if not in_windows(o, windows)]

    def error_rate(group):
        return 100 * sum(1 for o in group if not 200 <= o.status < 300) / len(group) if group else 0

    def ok_seconds(group):
        return [o.seconds for o in group if 200 <= o.status < 300]

    statuses = {}
    for outcome in outcomes:
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
    return {
        "sent": len(outcomes),
        "ok": len(answered),
        "stored": sum(stored.values()),
        "lost": len(answered - stored.keys()),
        "stored_without_2xx": len(stored.keys() - answered),
        "duplicates": sum(count - 1 for count in stored.values() if count > 1),
        "half_written": half_written(prefix),
        "windows": windows,
        "sent_during": len(during),
        "error_rate_during": error_rate(during),
        "p95_during_ms": p95(ok_seconds(during)),
        "error_rate_outside": error_rate(outside),
        "p95_outside_ms": p95(ok_seconds(outside)),
        "statuses": dict(sorted(statuses.items())),
        "timeline": timeline(outcomes),
        "outcomes": [
            (round(o.started, 2), round(o.ended, 2), round(o.seconds, 3), o.status)
            for o in outcomes
        ],
    }


def timeline(outcomes, bucket=5):
    """Per 5 s of the run (by start time): "answered 2xx/sent"."""
    buckets = {}
    for outcome in outcomes:
        sent, ok = buckets.get(int(outcome.started // bucket), (0, 0))
        buckets[int(outcome.started // bucket)] = (sent + 1, ok + (200 <= outcome.status < 300))
    return " ".join(
        f"{buckets.get(index, (0, 0))[1]}/{buckets.get(index, (0, 0))[0]}"
        for index in range(SECONDS // bucket)
    )


def scenario(name, env, path, smtp, with_worker, redis):
    say(f"Scenario {name}: {SECONDS} s of submissions…")
    log_path = LOG_DIR / f"{name}.log"
    server = Server(env, path, log_path, with_worker)
    try:
        return run_scenario(name, server, path, smtp, with_worker, redis, log_path)
    finally:
        server.stop()


def run_scenario(name, server, path, smtp, with_worker, redis, log_path):
    server.start()
    meter = HostMeter()
    mail_before, hung_before, tasks_before = smtp.messages, smtp.hung_connections, task_counts()
    start = time.monotonic()
    notes, windows = [], []

    def at(second):
        time.sleep(max(0.0, start + second - time.monotonic()))
        return time.monotonic() - start

    def faults():
        if name == "a":
            killed_at = at(WORKER_KILL_AT)
            server.kill_worker()
            windows.append((killed_at, killed_at + 5))
            notes.append(f"a worker killed at {killed_at:.1f} s (the master started another)")
            killed_at = at(MASTER_KILL_AT)
            downtime, answering = server.kill_master_and_restart()
            windows.append((killed_at, answering - start + 1))
            notes.append(
                f"master killed at {killed_at:.1f} s (then its orphaned workers, as a "
                f"supervisor does), new gunicorn answering {downtime:.1f} s later"
            )
        elif name == "b":
            windows.append((at(FAULT_FROM), 0))
            redis.stop()
            windows[-1] = (windows[-1][0], at(FAULT_UNTIL))
            redis.start()
            notes.append(f"Redis down {windows[-1][0]:.1f}–{windows[-1][1]:.1f} s")
        else:
            began = at(FAULT_FROM)
            smtp.hang()
            ended = at(FAULT_UNTIL)
            smtp.answer()
            windows.append((began, ended))
            notes.append(f"SMTP silent {began:.1f}–{ended:.1f} s")

    fault_thread = threading.Thread(target=faults)
    fault_thread.start()
    outcomes = run_load(
        BASE_URL, path, users=USERS, seconds=SECONDS, prefix=name, clock_start=start
    )
    fault_thread.join()
    if with_worker:
        wait_for_queue(limit=90)
    server.stop()
    result = figures(name, outcomes, windows)
    result.update(meter.finish())
    result["server_cpu_ms"] = server.cpu_ms
    result["mail_delivered"] = smtp.messages - mail_before
    result["hung_connections"] = smtp.hung_connections - hung_before
    result["notes"] = notes
    result["tasks"] = {
        status: count - tasks_before.get(status, 0)
        for status, count in task_counts().items()
        if count - tasks_before.get(status, 0)
    }
    result["error_log_lines"] = count_error_lines(log_path)
    shown = {k: v for k, v in result.items() if k not in ("windows", "outcomes")}
    say(f"  {json.dumps(shown, default=str)}")
    return result


def count_error_lines(log_path):
    count = 0
    for line in log_path.read_text(errors="replace").splitlines():
        try:
            if json.loads(line).get("level") in ("ERROR", "CRITICAL"):
                count += 1
        except (ValueError, AttributeError):
            # gunicorn's own lines (worker boot, "Worker was sent SIGKILL") are plain text.
            if "[ERROR]" in line or "[CRITICAL]" in line:
                count += 1
    return count


# --- Output -----------------------------------------------------------------------

SCENARIOS = {
    "a": "(a) gunicorn worker, then master SIGKILL + restart",
    "b": "(b) Redis stopped 20–40 s",
    "c": "(c) SMTP accepts, never answers, 20–40 s",
}


def render(results, with_worker, mail_mode):
    lines = [
        f"Fault benchmark (`python -m benchmarks.faults`): {SECONDS} s of survey submissions "
        f"per scenario from {USERS} virtual residents (each with its own cookie jar, reading "
        f"the form's hidden fields; every submission from its own X-Forwarded-For address) "
        f"against gunicorn, {workers()} workers, config.settings.production (benchmarks.settings) "
        f"on PostgreSQL (database `{DATABASE}`), the benchmark's own redis-server as cache and "
        f"its own SMTP server; e-mail {mail_mode}. Python {platform.python_version()}, "
        f"{os.cpu_count()} cores shared with other work (host load below), "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC.",
        "",
        "| scenario | sent | 2xx | stored | lost (2xx, no row) | stored without 2xx "
        "| duplicates | half-written | error rate in fault | p95 ms in fault "
        "| error rate outside | p95 ms outside |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, r in results.items():
        lines.append(
            f"| {SCENARIOS[name]} | {r['sent']} | {r['ok']} | {r['stored']} | {r['lost']} | "
            f"{r['stored_without_2xx']} | {r['duplicates']} | {r['half_written']} | "
            f"{r['error_rate_during']:.1f} % of {r['sent_during']} | {r['p95_during_ms']:.0f} | "
            f"{r['error_rate_outside']:.1f} % | {r['p95_outside_ms']:.0f} |"
        )
    lines += [
        "",
        "| scenario | fault | POST statuses (0: no answer) | e-mails delivered | "
        "silent SMTP connections | tasks by status | error log lines | server CPU s | "
        "load generator CPU s | "
        "host load 1 min (start → end) | host CPU busy |",
        "| --- | --- | --- | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: |",
    ]
    for name, r in results.items():
        statuses = ", ".join(f"{code}: {count}" for code, count in r["statuses"].items())
        tasks = ", ".join(f"{k}: {v}" for k, v in sorted(r["tasks"].items())) or "none"
        lines.append(
            f"| {name} | {'; '.join(r['notes'])} | {statuses} | {r['mail_delivered']} | "
            f"{r['hung_connections']} | {tasks} | {r['error_log_lines']} | "
            f"{r['server_cpu_ms'] / 1000:.1f} | "
            f"{r['client_cpu_ms'] / 1000:.1f} | {r['load_before']:.2f} → {r['load_after']:.2f} | "
            f"{r['host_busy_pct']:.0f} % |"
        )
    lines += [
        "",
        "2xx answers / submissions started, per 5 s of each run (0–5 s, 5–10 s, …):",
        "",
        "| scenario | timeline |",
        "| --- | --- |",
    ]
    lines += [f"| {name} | {r['timeline']} |" for name, r in results.items()]
    lines += [
        "",
        "*Sent*: submissions attempted (GET of the form, then the POST). *2xx*: POSTs answered "
        "with the thank-you page. *Stored*: rows in surveys_surveyresponse carrying the "
        "scenario's markers. *Lost*: answered 2xx but not stored (must be 0). *Stored without "
        "2xx*: stored, but the resident saw an error or no answer (the connection died after "
        "the commit). *Duplicates*: a marker stored more than once. *Half-written*: a row "
        "missing an answer, its language or its time (must be 0). *In fault*: submissions "
        "under way at some time of a fault window (scenario a: 5 s after the worker kill, and "
        "from the master kill until the new gunicorn answered, plus 1 s); p95 is over the 2xx "
        "answers, of the POST alone. "
        "Tasks: the scenario's e-mail tasks by final status (the queue is drained, up to 90 s, "
        "before each scenario ends); silent SMTP connections: attempts that met the hanging "
        "server and gave up after EMAIL_TIMEOUT (10 s). Server CPU: gunicorn master and "
        "workers (reaped ones included) and "
        "db_worker, from /proc; in (a) the killed master's share is counted up to the kill, "
        "its orphaned workers (killed with it) are not.",
    ]
    if not with_worker:
        lines.append(
            "\nNo task queue was installed when this ran: e-mail was sent inside the request."
        )
    return "\n".join(lines) + "\n"


def tasks_installed(env):
    out = subprocess.run(
        [
            PYTHON,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print('django_tasks_db' in settings.INSTALLED_APPS)",
        ],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return out.stdout.decode().strip().splitlines()[-1] == "True"


def port_in_use(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def main():
    if port_in_use(PORT):
        sys.exit(f"Port {PORT} is taken (a gunicorn left over?); set BENCHMARK_FAULTS_PORT.")
    # Stopped with SIGTERM, clean up (gunicorn, db_worker, Redis) as after an error.
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(1))
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    static_root = tempfile.mkdtemp()
    smtp = SmtpServer(free_port()).start()
    redis = Redis(free_port())
    env = environment(static_root, smtp.server_address[1], redis.port)
    admin_sql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    admin_sql(f'CREATE DATABASE "{DATABASE}"')
    redis.start()
    try:
        say(f"Preparing {DATABASE} and static files…")
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        out = subprocess.run(
            [PYTHON, "-m", "benchmarks.faults.survey"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        path = out.stdout.decode().strip().splitlines()[-1]
        with_worker = tasks_installed(env)
        mail_mode = (
            "queued as tasks (django_tasks_db) and sent by one `manage.py db_worker`"
            if with_worker
            else "sent inside the request (no task queue installed)"
        )
        say(f"Survey at {path}; {mail_mode}; logs in {LOG_DIR}")
        results = {}
        for name in SCENARIOS:
            results[name] = scenario(name, env, path, smtp, with_worker, redis)
        table = render(results, with_worker, mail_mode)
        print(table)
        RESULTS_FILE.parent.mkdir(exist_ok=True)
        RESULTS_FILE.write_text(
            "# Fault benchmark\n\nProduced by `make benchmark-faults` "
            "(`python -m benchmarks.faults`).\n\n" + table
        )
        (LOG_DIR / "results.json").write_text(json.dumps(results, indent=1, default=str))
    finally:
        redis.stop()
        smtp.stop()
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    main()
