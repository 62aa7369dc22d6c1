"""Fixtures of the browser tests: one live server with real content, one Chromium.

The content is created once per session and served by Django's own live
server thread. pytest-django's `live_server` fixture is not used on purpose:
it makes every test transactional and flushes the database after each one,
which would also delete what the migrations created (locales, the root
page, the editorial groups) and force rebuilding the content for each test.

Tests carry no `django_db` marker, so pytest-django runs them after all
database tests, and the session fixture puts the database back as it found
it when the browser tests are done.
"""

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections
from django.test.testcases import LiveServerThread
from django.test.utils import (
    modify_settings,
    override_settings,
    setup_databases,
    teardown_databases,
)
from playwright.sync_api import sync_playwright
from wagtail.models import Site

from tests.browser.content import build_site, content_exists

CHROMIUM = Path("/usr/bin/chromium")
# No sandbox: the tests run as root in containers. The rest keeps Chromium
# from calling home (updates, sync, field trials), which would slow it down.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Read while pytest collects, before any test database replaces the name.
CONFIGURED_DATABASE_NAME = settings.DATABASES["default"]["NAME"]
LIVE_SERVER_HOST = "127.0.0.1"
DEFAULT_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class LiveSite:
    """Where the live server listens and the paths of the pages built for the tests."""

    base_url: str
    paths: dict[tuple[str, str], str]

    def url(self, kind, language="pl"):
        """The address of a page: kind is home, content, news_index, news or not_found."""
        return self.base_url + self.paths[kind, language]


@pytest.fixture(scope="session", autouse=True)
def _chromium_available():
    """Fail loudly without Chromium: a silently skipped audit looks like a passed one."""
    if os.environ.get("SKIP_BROWSER_TESTS") == "1":
        pytest.skip("SKIP_BROWSER_TESTS=1 is set: the browser tests are switched off")
    if not CHROMIUM.exists():
        pytest.fail(
            f"The browser tests need Debian's Chromium at {CHROMIUM}. Install it with "
            "`apt-get install chromium` (Playwright's own browser downloads are not used), "
            "or set SKIP_BROWSER_TESTS=1 to skip these tests.",
            pytrace=False,
        )


@contextmanager
def live_server(host):
    """Serve the site from a thread, as LiveServerTestCase._start_server_thread does.

    An in-memory SQLite database exists only inside its connection, so the
    server thread must share the test's connection; a PostgreSQL server
    thread opens its own connections and sees the committed content.
    """
    connections_override = {
        conn.alias: conn
        for conn in connections.all()
        if conn.vendor == "sqlite" and conn.is_in_memory_db()
    }
    for conn in connections_override.values():
        conn.inc_thread_sharing()
    thread = LiveServerThread(host, StaticFilesHandler, connections_override=connections_override)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    try:
        if thread.error:
            raise thread.error
        with modify_settings(ALLOWED_HOSTS={"append": host}):
            yield f"http://{host}:{thread.port}"
    finally:
        thread.terminate()
        for conn in connections_override.values():
            conn.dec_thread_sharing()


def restore_database(snapshot):
    """Empty the database and load the snapshot taken before the content was built.

    Sequences are not reset, so that ids handed out later do not collide
    with the restored rows (PostgreSQL would otherwise start again at 1).
    """
    # Objects are restored app by app in INSTALLED_APPS order, Wagtail's before
    # contenttypes, and a Wagtail Task looks up its content type as soon as it
    # is instantiated: with an empty cache that lookup would insert a content
    # type row that then clashes with the restored one. Fill the cache first.
    ContentType.objects.get_for_models(*apps.get_models())
    call_command(
        "flush",
        interactive=False,
        inhibit_post_migrate=True,
        reset_sequences=False,
        verbosity=0,
    )
    connection.creation.deserialize_db_from_string(snapshot)
    # Wagtail caches the site root paths; they must not outlive the pages.
    cache.clear()


@pytest.fixture(scope="session")
def test_database(django_db_setup, django_db_blocker, django_db_keepdb, django_db_createdb):
    """Make sure the default test database exists, as pytest-django would create it.

    pytest-django creates only the databases that some collected test asks
    for (a django_db marker, the db fixtures). The browser tests ask for
    none on purpose (a marker would wrap each test in a transaction and
    order them among the database tests), so when they run on their own the
    default connection still names the configured database: never write
    there, create the test database instead.
    """
    if connections["default"].settings_dict["NAME"] != CONFIGURED_DATABASE_NAME:
        yield  # pytest-django has set it up for the other tests.
        return
    keepdb = django_db_keepdb and not django_db_createdb
    with django_db_blocker.unblock():
        old_config = setup_databases(
            verbosity=0, interactive=False, aliases={"default"}, keepdb=keepdb
        )
    yield
    if not keepdb:
        with django_db_blocker.unblock():
            teardown_databases(old_config, verbosity=0)


def check_database_is_as_migrated():
    """Fail with a remedy, not an IntegrityError, when a killed run left the database dirty."""
    if content_exists():
        problem = "still holds the content of an interrupted browser test run"
    elif not Site.objects.filter(is_default_site=True).exists():
        problem = "lacks the site the migrations create (was it flushed?)"
    else:
        return
    pytest.fail(f"The test database {problem}: run the tests once with --create-db.", pytrace=False)


@pytest.fixture(scope="session")
def live_site(test_database, django_db_blocker, tmp_path_factory):
    """The content of tests/browser/content.py, served over HTTP for the whole session."""
    media_root = tmp_path_factory.mktemp("media")
    # The blocker is class-wide, not per thread: it must stay open for as long
    # as the server thread answers requests.
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root):
        check_database_is_as_migrated()
        snapshot = connection.creation.serialize_db_to_string()
        try:
            paths = build_site()
            with live_server(LIVE_SERVER_HOST) as base_url:
                yield LiveSite(base_url=base_url, paths=paths)
        finally:
            restore_database(snapshot)


@pytest.fixture(scope="session")
def browser(live_site):
    """One Chromium for the whole run; each test gets its own context (see `new_page`).

    Depending on `live_site` makes pytest create the content before
    Playwright starts and tear it down after Playwright has stopped.
    """
    # Playwright's sync API runs an asyncio event loop in the main thread,
    # and Django refuses ORM calls from a thread with a running loop
    # (SynchronousOnlyOperation). No test touches the ORM while the browser
    # runs (the server thread that answers the browser has no loop), so this
    # is only a guard against a helper that does; it is set for the
    # browser's lifetime only, to keep the check for the rest of the suite.
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()


@pytest.fixture
def new_page(browser, live_site):
    """Open a page in a fresh browser context: own storage, cookies and options.

    Call it with Playwright's context options, e.g. `new_page(bypass_csp=True)`.
    Relative addresses in `page.goto()` resolve against the live server.
    """
    contexts = []

    def open_page(**context_options):
        context = browser.new_context(base_url=live_site.base_url, **context_options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A page in a normal context: the site's Content-Security-Policy applies."""
    return new_page()
