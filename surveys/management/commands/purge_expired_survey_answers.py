"""Run daily (cron or a systemd timer): deletes survey data past its retention period."""

from django.core.management.base import BaseCommand

from surveys.services import purge_expired_answers


class Command(BaseCommand):
    help = (
        "Delete answers to personal-data questions past each survey's retention period, "
        "unconfirmed responses and unfinished drafts."
    )

    def handle(self, *args, **options):
        counts = purge_expired_answers()
        self.stdout.write(
            f"Personal data deleted from {counts['answers']} responses; "
            f"{counts['pending']} unconfirmed responses and {counts['drafts']} drafts deleted."
        )
