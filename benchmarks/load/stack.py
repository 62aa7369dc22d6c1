"""The processes under test (redis-server, gunicorn, varnishd) and their CPU time from /proc.

Every process is the benchmark's own: its own redis-server on a spare port,
gunicorn on BENCHMARK_LOAD_PORT, varnishd on the next port with the shipped
VCL (deploy/varnish/default.vcl) pointed at that gunicorn. CPU time is read
from /proc/<pid>/stat (utime + stime) of each process tree, so what the
other engineers' processes on a shared machine use is not counted as the
server's; the host's own busy time (/proc/stat) tells how much they used.
"""

import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
PG_URL = os.environ.get("BENCHMARK_PG_URL", "postgres://postgres@127.0.0.1:5432")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# The reference measurements: gunicorn's sync workers, two of them.
WORKERS = int(os.environ.get("BENCHMARK_LOAD_WORKERS", "2"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def admin_sql(sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{PG_URL}/postgres", autocommit=True) as connection:
        connection.execute(sql)


# --- CPU time from /proc ---------------------------------------------------------


def _stat_fields(pid: int) -> list[str] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()


def process_cpu_ms(pid: int) -> float:
    """utime + stime of one living process, in ms."""
    fields = _stat_fields(pid)
    if fields is None:
        return 0.0
    return (int(fields[11]) + int(fields[12])) * 1000 / CLOCK_TICKS


def _parents() -> dict[int, int]:
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat_fields(int(entry.name))
            if fields is not None:
                found[int(entry.name)] = int(fields[1])
    return found


def tree_pids(root: int) -> list[int]:
    """The process and all its descendants (gunicorn's workers, varnishd's cache process)."""
    parents = _parents()
    tree, frontier = [root], [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        tree += children
        frontier += children
    return tree


def tree_cpu_ms(root: int) -> float:
    return sum(process_cpu_ms(pid) for pid in tree_pids(root))


def postgres_backends(database: str) -> list[int]:
    """The PostgreSQL backends serving `database` (their title names it)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            title = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if title.startswith("postgres: ") and f" {database} " in title:
            found.append(int(entry.name))
    return found


def host_jiffies() -> tuple[int, int]:
    """(busy, total) jiffies of all cores since boot, from /proc/stat."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def host_busy_pct(seconds: float = 3.0) -> float:
    """How busy the whole machine is over `seconds`, before anything of ours runs."""
    busy0, total0 = host_jiffies()
    time.sleep(seconds)
    busy1, total1 = host_jiffies()
    return 100 * (busy1 - busy0) / max(1, total1 - total0)


# --- The processes -------------------------------------------------------------------


def environment(*, database: str, static_root: str, port: int, redis_port: int) -> dict:
    """Production settings (benchmarks.settings) with every secret and address given."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "SENTRY_DSN", "PAGE_CACHE_PURGE_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="benchmarks.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"{PG_URL}/{database}",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
        SECURE_SSL_REDIRECT="False",
        STATIC_ROOT=static_root,
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
        ADMIN_REQUIRE_2FA="False",
        # Rate limits are not what this measures (each response has its own address too).
        SURVEY_SUBMISSIONS_PER_HOUR="100000000",
        SURVEY_STEPS_PER_HOUR="100000000",
        # As in production: one JSON access line per request (core.logging), to a file.
        LOG_FORMAT="json",
        LOG_LEVEL="INFO",
    )
    return env


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [PYTHON, "manage.py", *args], env=env, cwd=ROOT, check=True, stdout=subprocess.PIPE
    )
    return result.stdout.decode()


def wait_for(url: str, process: subprocess.Popen, limit: float = 180) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited ({process.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
                if response.status < 500:
                    return
        except urllib.error.HTTPError as error:
            if error.code < 500:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer")


class Redis:
    """The benchmark's own redis-server, without persistence."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            with contextlib.suppress(OSError):
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return self
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def flush(self):
        with socket.create_connection(("127.0.0.1", self.port), timeout=2) as s:
            s.sendall(b"FLUSHALL\r\n")
            s.recv(16)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


class Gunicorn:
    """gunicorn with sync workers on production settings; `page_cache` turns the in-app cache."""

    def __init__(self, env: dict, port: int, log_path: Path, *, page_cache: bool):
        self.env = {**env, "PAGE_CACHE_ENABLED": "True" if page_cache else "False"}
        self.port = port
        self.log_path = log_path
        self.process = None

    def start(self, probe_path: str = "/"):
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(  # noqa: S603
                [GUNICORN, "config.wsgi", "-k", "sync", "-w", str(WORKERS)]
                + ["-b", f"127.0.0.1:{self.port}", "--log-level", "warning", "--timeout", "60"],
                env=self.env,
                cwd=ROOT,
                stdout=log,
                stderr=log,
            )
        wait_for(f"http://127.0.0.1:{self.port}{probe_path}", self.process)
        return self

    def cpu_ms(self) -> float:
        return tree_cpu_ms(self.process.pid)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                for pid in tree_pids(self.process.pid):
                    with contextlib.suppress(OSError):
                        os.kill(pid, signal.SIGKILL)
                self.process.wait()


class Varnish:
    """varnishd with the shipped VCL, its backend pointed at our gunicorn."""

    def __init__(self, backend_port: int, port: int):
        self.backend_port = backend_port
        self.port = port
        self.workdir = Path(tempfile.mkdtemp(prefix="bench-varnish-"))
        self.process = None

    def start(self, probe_path: str = "/"):
        vcl = re.sub(
            r'\.port = "\d+";', f'.port = "{self.backend_port}";', VCL.read_text(), count=1
        )
        (self.workdir / "bench.vcl").write_text(vcl)
        self.process = subprocess.Popen(  # noqa: S603
            [VARNISHD, "-F", "-j", "none", "-n", str(self.workdir / "instance")]
            + ["-a", f"127.0.0.1:{self.port}", "-f", str(self.workdir / "bench.vcl")]
            + ["-s", "malloc,256m"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(f"http://127.0.0.1:{self.port}{probe_path}", self.process, limit=30)
        return self

    def cpu_ms(self) -> float:
        return tree_cpu_ms(self.process.pid)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        shutil.rmtree(self.workdir, ignore_errors=True)
