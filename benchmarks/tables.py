"""The survey benchmarks' figures as Markdown for benchmarks/RESULTS.md."""

import os
from datetime import UTC, datetime


def survey_tables(figures):
    s, exports = figures["submissions"], figures["exports"]
    lines = [
        f"Survey submissions: gunicorn, {s['workers']} workers (2 × cores + 1), "
        f"config.settings.production on PostgreSQL, {s['threads']} client threads on "
        f"127.0.0.1, each request opening the survey then sending it; {os.cpu_count()} cores, "
        f"{datetime.now(UTC):%Y-%m-%d}. Each simulated resident sends from its own "
        "X-Forwarded-For address (benchmarks/settings.py), so the per-address rate limit, "
        "which has no setting, is not reached.",
        "",
        "| sent | successful | errors | stored responses | submissions/s | p50 ms | p95 ms |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {s['sent']} | {s['ok']} | {s['errors']} | {s['stored']} | {s['per_second']:.1f} | "
        f"{s['p50_ms']:.1f} | {s['p95_ms']:.1f} |",
        "",
        f"Exports of {figures['export_responses']:,} responses, each in its own process "
        "(peak RSS of the whole process, Django included).",
        "",
        "| format | seconds | file MiB | peak RSS MiB | RSS before export MiB |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, row in exports.items():
        lines.append(
            f"| {name.upper()} | {row['seconds']:.1f} | {row['bytes'] / 2**20:.1f} | "
            f"{row['rss_mib']:.0f} | {row['before_mib']:.0f} |"
        )
    return "\n".join(lines) + "\n"
