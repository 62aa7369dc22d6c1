"""Repair view restrictions that bypassed the per-language sync (see core/restrictions.py).

The signals keep every translation's restriction in step when restrictions
are saved or deleted one by one, as the admin does. A bulk
`QuerySet.update()`, raw SQL or a data import with signals off bypasses
them; run this afterwards (it is safe to run at any time, and from cron).
It never makes a page public: when translations disagree, the default
language's restriction wins, or else the oldest one.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from core.restrictions import restrictions_repair


class Command(BaseCommand):
    help = "Give every translation of a page the same view restriction (never removing one)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List the pages that differ, change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        with transaction.atomic():
            changed = restrictions_repair(dry_run=dry_run)
        for page in changed:
            self.stdout.write(f"{page.pk}\t{page.locale.language_code}\t{page.url_path}")
        verb = "differ" if dry_run else "updated"
        self.stdout.write(self.style.SUCCESS(f"{len(changed)} page(s) {verb}."))
