"""How busy the host was while a benchmark ran, besides the benchmark itself.

/proc/stat counts the CPU time of every process on the machine; the
benchmark's own process and its PostgreSQL backend (the server process
answering its connection, readable in /proc when the server runs here) are
subtracted, and so are the parallel query workers PostgreSQL starts for that
backend on large tables: they are children of the postmaster, whose reaped
children's time (/proc/<postmaster>/stat cutime + cstime) includes theirs.
What remains is what other processes used: a run where they used more
than MAX_OTHER_CPU of the machine measured a busy host.
"""

import os
from dataclasses import dataclass

MAX_OTHER_CPU = 0.10
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _machine_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs since boot."""
    with open("/proc/stat") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    total = sum(fields[:8])  # guest time is already counted in user
    return total - idle, total


def _stat_fields(pid: int | None) -> list[str]:
    """The fields of /proc/<pid>/stat after the command name (state is [0])."""
    if pid is None:
        return []
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return []


def _process_ticks(pid: int | None) -> int:
    fields = _stat_fields(pid)
    return int(fields[11]) + int(fields[12]) if fields else 0  # utime + stime


def _reaped_children_ticks(pid: int | None) -> int:
    fields = _stat_fields(pid)
    return int(fields[13]) + int(fields[14]) if fields else 0  # cutime + cstime


def _parent_pid(pid: int | None) -> int | None:
    fields = _stat_fields(pid)
    return int(fields[1]) if fields else None


def _own_ticks(backend_pid: int | None, postmaster_pid: int | None) -> int:
    return (
        _process_ticks(os.getpid())
        + _process_ticks(backend_pid)
        + _reaped_children_ticks(postmaster_pid)
    )


@dataclass
class HostLoad:
    other_cpu: float  # share of the whole machine used by other processes
    own_cpu: float  # share used by the benchmark and its database backend
    loadavg_before: str
    loadavg_after: str

    @property
    def busy(self) -> bool:
        return self.other_cpu > MAX_OTHER_CPU


def loadavg() -> str:
    with open("/proc/loadavg") as file:
        return " ".join(file.read().split()[:3])


class HostLoadMeter:
    """Start before the timed part, `stop()` after it."""

    def __init__(self, backend_pid: int | None = None):
        self.backend_pid = backend_pid
        self.postmaster_pid = _parent_pid(backend_pid)
        self.loadavg_before = loadavg()
        self.machine = _machine_ticks()
        self.own = _own_ticks(backend_pid, self.postmaster_pid)

    def stop(self) -> HostLoad:
        busy, total = _machine_ticks()
        own = _own_ticks(self.backend_pid, self.postmaster_pid) - self.own
        elapsed = max(total - self.machine[1], 1)
        other = max(busy - self.machine[0] - own, 0)
        return HostLoad(other / elapsed, own / elapsed, self.loadavg_before, loadavg())
