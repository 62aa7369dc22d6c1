"""One wrk run against one address, with the CPU the server and the host spent meanwhile."""

import os
import re
import resource
import shutil
import subprocess
from dataclasses import dataclass, field

from .stack import CLOCK_TICKS, host_jiffies, postgres_backends, process_cpu_ms

WRK = shutil.which("wrk") or "/usr/bin/wrk"
THREADS = int(os.environ.get("BENCHMARK_LOAD_WRK_THREADS", "2"))
CONNECTIONS = int(os.environ.get("BENCHMARK_LOAD_CONNECTIONS", "16"))
# Other processes may use this much of the machine's CPU before a run is marked.
BUSY_LIMIT_PCT = 10.0

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass
class Run:
    requests: int = 0
    seconds: float = 0.0
    per_second: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    non_2xx: int = 0
    errors: int = 0
    server_cpu_ms: float = 0.0  # gunicorn (and varnishd) over the run
    stack_cpu_ms: float = 0.0  # PostgreSQL backends of our database, our redis-server
    client_cpu_ms: float = 0.0  # wrk
    host_busy_ms: float = 0.0
    host_total_ms: float = 0.0
    extra: dict = field(default_factory=dict)

    @property
    def cpu_ms_per_request(self) -> float:
        return self.server_cpu_ms / self.requests if self.requests else 0.0

    @property
    def stack_ms_per_request(self) -> float:
        return self.stack_cpu_ms / self.requests if self.requests else 0.0

    @property
    def others_pct(self) -> float:
        """CPU of every process not ours (not server, database, Redis or wrk), % of the machine."""
        ours = self.server_cpu_ms + self.stack_cpu_ms + self.client_cpu_ms
        return max(0.0, 100 * (self.host_busy_ms - ours) / max(1.0, self.host_total_ms))

    @property
    def busy(self) -> bool:
        return self.others_pct > BUSY_LIMIT_PCT


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * _UNITS_MS[unit]


def parse(output: str) -> Run:
    run = Run()
    if match := re.search(r"(\d+) requests in ([\d.]+)(us|ms|s|m)", output):
        run.requests = int(match.group(1))
        run.seconds = _ms(match.group(2) + match.group(3)) / 1000
    if match := re.search(r"Requests/sec:\s+([\d.]+)", output):
        run.per_second = float(match.group(1))
    if match := re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE):
        run.p50_ms = _ms(match.group(1))
    if match := re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE):
        run.p99_ms = _ms(match.group(1))
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        run.non_2xx = int(match.group(1))
    socket_errors = r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"
    if match := re.search(socket_errors, output):
        run.errors = sum(int(value) for value in match.groups())
    return run


class Meter:
    """CPU of the server's process trees, our database backends and Redis, and the host."""

    def __init__(self, servers, *, database: str, redis_pid: int | None):
        self.servers = servers
        self.database = database
        self.redis_pid = redis_pid

    def _stack_ms(self) -> dict[int, float]:
        pids = postgres_backends(self.database)
        if self.redis_pid:
            pids.append(self.redis_pid)
        return {pid: process_cpu_ms(pid) for pid in pids}

    def start(self):
        self._server = sum(server.cpu_ms() for server in self.servers)
        self._stack = self._stack_ms()
        self._host = host_jiffies()
        self._children = resource.getrusage(resource.RUSAGE_CHILDREN)

    def finish(self, run: Run) -> Run:
        busy, total = host_jiffies()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        stack = self._stack_ms()
        run.server_cpu_ms = sum(server.cpu_ms() for server in self.servers) - self._server
        # A backend that started during the run counts from zero.
        run.stack_cpu_ms = sum(ms - self._stack.get(pid, 0.0) for pid, ms in stack.items())
        run.client_cpu_ms = 1000 * (
            children.ru_utime
            + children.ru_stime
            - self._children.ru_utime
            - self._children.ru_stime
        )
        run.host_busy_ms = (busy - self._host[0]) * 1000 / CLOCK_TICKS
        run.host_total_ms = (total - self._host[1]) * 1000 / CLOCK_TICKS
        return run


def wrk(url: str, seconds: int, meter: Meter) -> Run:
    """`wrk -t2 -c16 -d<seconds>s --latency <url>` with the meter around it.

    A request counts as timed out after 30 s (wrk's default, 2 s, would drop
    the slow pages of a busy trial run).
    """
    meter.start()
    result = subprocess.run(  # noqa: S603 - fixed program, our own loopback address
        [
            WRK,
            f"-t{THREADS}",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "--timeout",
            "30s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return meter.finish(parse(result.stdout))
