"""Run daily (cron or a systemd timer): deletes counted searches older than the retention period.

Queries are what residents typed and may contain names, so they are kept
only as long as the statistics need them (SEARCH_STATISTICS_RETENTION_DAYS).
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from search.models import SearchRecord


def purge_old_search_records(days: int, today: datetime.date | None = None) -> int:
    """Delete the searches counted more than `days` days ago; how many were deleted."""
    cutoff = (today or timezone.localdate()) - datetime.timedelta(days=days)
    deleted, _by_model = SearchRecord.objects.filter(searched_on__lt=cutoff).delete()
    return deleted


class Command(BaseCommand):
    help = "Delete counted searches older than SEARCH_STATISTICS_RETENTION_DAYS (or --days)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Keep this many days instead.")

    def handle(self, *args, days=None, **options):
        days = settings.SEARCH_STATISTICS_RETENTION_DAYS if days is None else days
        if days < 1:
            self.stderr.write("--days must be at least 1.")
            return
        deleted = purge_old_search_records(days)
        self.stdout.write(f"{deleted} searches older than {days} days deleted.")
