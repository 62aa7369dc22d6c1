"""Search benchmark: `make benchmark-search` (or `python -m benchmarks.search`).

For each size (1,000, 10,000 and 100,000 pages by default) a PostgreSQL
database `bench_search_<size>` (1k, 10k, 100k) is created and migrated,
filled once with generated pages (benchmarks/search/generate.py) and
indexed; it is kept, so later runs only measure (a few minutes). Then the
searches are timed (benchmarks/search/measure.py) and the table goes to
stdout and benchmarks/results/search.md, with the date, the commit and the
host's load: a run where other processes used more than 10 % of the CPU is
marked as measured on a busy host (`--strict`: refused, exit status 1).

Options: --sizes 1000,10000 --repeat 20 --reindex (time the index build
again) --generate-only; BENCHMARK_POSTGRES_URL (default
postgres://postgres@127.0.0.1:5432) names the server.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from .hostload import MAX_OTHER_CPU

RESULTS_FILE = Path(__file__).resolve().parents[1] / "results" / "search.md"
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432"
TARGETS = {"single word": 50, "two words": 50, "filtered": 50, "autocomplete": 15}
CASE_ORDER = ["single word", "two words", "filtered", "autocomplete", "search page"]


def database_name(size: int) -> str:
    label = f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size)
    return f"bench_search_{label}"


def run_size(size: int, args) -> dict:
    server = os.environ.get("BENCHMARK_POSTGRES_URL", DEFAULT_SERVER).rstrip("/")
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        command = [
            sys.executable, "-m", "benchmarks.search.run",
            "--size", str(size),
            "--database-url", f"{server}/{database_name(size)}",
            "--json", output.name,
            "--repeat", str(args.repeat),
        ]  # fmt: skip
        if args.reindex:
            command.append("--reindex")
        if args.generate_only:
            command.append("--generate-only")
        subprocess.run(command, check=True)  # noqa: S603 - our own module
        return json.loads(Path(output.name).read_text())


def commit() -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or "unknown"


def table(results: list[dict]) -> list[str]:
    lines = [
        "| pages | case | p50 ms | p95 ms | target p95 | calls | index build s | other CPU"
        " | load avg |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for result in results:
        load = result["host_load"]
        for name in CASE_ORDER:
            case = result["cases"].get(name)
            if not case:
                continue
            target = TARGETS.get(name)
            verdict = "" if target is None else (" ✓" if case["p95"] <= target else " ✗")
            lines.append(
                f"| {result['pages']:,} | {name} | {case['p50']:.1f} | {case['p95']:.1f} | "
                f"{f'≤ {target}' if target else '–'}{verdict} | {case['count']} | "
                f"{result['index_seconds'] or 0:.1f} | {load['other_cpu']:.0%} | "
                f"{load['loadavg_before']} → {load['loadavg_after']} |"
            )
    return lines


def report(results: list[dict]) -> str:
    busy = [result["size"] for result in results if result["host_load"]["busy"]]
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = [
        "# Search benchmark",
        "",
        "Produced by `make benchmark-search` (`python -m benchmarks.search`); what is timed is",
        "described in benchmarks/search/measure.py, the pages in benchmarks/search/generate.py.",
        "",
        f"{when}, commit {commit()}, PostgreSQL, Python {platform.python_version()}, "
        f'{os.cpu_count()} cores. "other CPU": the share of the machine used by other',
        "processes while the searches were timed (/proc/stat minus this process and its",
        "database backend).",
        "",
    ]
    if busy:
        header += [
            f"**Busy host: other processes used more than {MAX_OTHER_CPU:.0%} of the CPU during "
            f"the runs of {', '.join(f'{size:,}' for size in busy)} pages. These numbers are not "
            "a valid measurement; run again on a quiet host.**",
            "",
        ]
    return "\n".join(header + table(results)) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--reindex", action="store_true")
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument("--strict", action="store_true", help="refuse a run on a busy host")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    results = [run_size(int(size), args) for size in args.sizes.split(",")]
    if args.generate_only:
        for result in results:
            print(f"{result['pages']:,} pages, index built in {result['index_seconds']:.1f} s")
        return 0
    text = report(results)
    print(text)
    busy = any(result["host_load"]["busy"] for result in results)
    if busy and args.strict:
        print("Refused: the host was busy (see 'other CPU'); nothing written.", file=sys.stderr)
        return 1
    if not args.no_write:
        RESULTS_FILE.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
