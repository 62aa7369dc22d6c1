"""`manage.py load_demo_content`: sample pages in Polish, English and Ukrainian."""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from demo.builder import load_demo_content
from demo.errors import DemoContentError


@contextmanager
def quiet_wagtail_log(quiet):
    """Hide Wagtail's info log line for every page saved and published.

    The command reports its progress itself; warnings and errors still come
    through, and `-v 2` shows Wagtail's log as well.
    """
    logger = logging.getLogger("wagtail")
    level = logger.level
    if quiet:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


class Command(BaseCommand):
    help = (
        "Create demo content: pages, news, images and a document in Polish, translated into "
        "English and Ukrainian through wagtail-localize, and a dev admin user. Running it "
        "again changes nothing; --reset deletes the demo content and builds it again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help=(
                "Delete every page below the home pages, the translations of the home page "
                "and the demo images and documents first."
            ),
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Allow --reset with DEBUG off (it deletes pages editors may have made).",
        )

    def handle(self, *args, reset=False, force=False, verbosity=1, **options):
        self.verbosity = verbosity
        if reset and not (settings.DEBUG or force):
            raise CommandError(
                "--reset deletes every page below the home pages. With DEBUG off this may be "
                "a real site: add --force if you are sure."
            )
        try:
            with quiet_wagtail_log(verbosity < 2):
                result = load_demo_content(report=self.report, debug=settings.DEBUG, reset=reset)
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        self.report(f"Translated pages created: {result.translations_created}.")
        self.report("Updating the search index…")
        call_command("update_index", verbosity=verbosity, stdout=self.stdout, stderr=self.stderr)
        self.report_admin(result.admin)
        self.report(self.style.SUCCESS("Demo content is ready."))

    def report(self, message, verbosity=1):
        """Write a progress message when the command runs at least this verbose."""
        if self.verbosity >= verbosity:
            self.stdout.write(message)

    def report_admin(self, admin):
        """Print how to log in: the new password, or that the existing one was kept."""
        login_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        if admin.created:
            self.report(
                self.style.WARNING(
                    f"Created the superuser {admin.user.get_username()!r} with the password "
                    f"{admin.password!r}; log in at {login_url}"
                )
            )
        else:
            self.report(
                f"Kept the existing user {admin.user.get_username()!r}; its password was not "
                f"changed. Log in at {login_url}"
            )
