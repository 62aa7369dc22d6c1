"""Counting impressions and submissions per day, widget and embedding origin.

The origin is the embedding page's, reduced to scheme://host[:port]; it is
all that is kept: no address, no cookie, no identifier of the visitor.
Each count is one `INSERT … ON CONFLICT DO UPDATE` (PostgreSQL and SQLite),
so concurrent requests never lose an increment nor create a second row.
"""

from django.db import connection
from django.db.models import Sum
from django.utils import timezone

from core.origin import origin_of

from .models import ORIGIN_PATTERN, WidgetDailyStat

UNKNOWN_ORIGIN = "unknown"
COUNTERS = frozenset({"impressions", "submissions"})


def embedding_origin(value: str | None) -> str:
    """scheme://host[:port] of a URL or origin the browser sent; "unknown" if it names none."""
    origin = origin_of(value or "").lower()
    return origin if ORIGIN_PATTERN.match(origin) else UNKNOWN_ORIGIN


def stat_increment(*, kind: str, object_id: int, origin: str, counter: str) -> None:
    """Add one to today's `counter` ("impressions" or "submissions") of a widget on a website."""
    if counter not in COUNTERS:
        raise ValueError(counter)
    table = connection.ops.quote_name(WidgetDailyStat._meta.db_table)
    other = "submissions" if counter == "impressions" else "impressions"
    # The names are the two constants above, never input.
    sql = (
        f"INSERT INTO {table} (day, kind, object_id, origin, {counter}, {other}) "  # noqa: S608
        "VALUES (%s, %s, %s, %s, 1, 0) "
        "ON CONFLICT (day, kind, object_id, origin) "
        f"DO UPDATE SET {counter} = {table}.{counter} + 1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [timezone.localdate(), kind, object_id, origin[:255]])


def stats_by_origin(queryset=None):
    """Totals per website (and widget), most impressions first, for the admin."""
    queryset = WidgetDailyStat.objects.all() if queryset is None else queryset
    return (
        queryset.values("origin", "kind", "object_id")
        .annotate(impressions_total=Sum("impressions"), submissions_total=Sum("submissions"))
        .order_by("-impressions_total", "origin")
    )
