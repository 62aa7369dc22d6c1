"""A live site with committed content, for tests that put a real proxy in front of it.

The proxy reaches the site through Django's live server thread, which reads
the database through its own connection and so sees only committed rows:
these tests run outside pytest-django's per-test transaction (no
`django_db` marker), write for real, and put the database back as they
found it afterwards, like the browser tests (tests/browser/conftest.py).
"""

import socket
from contextlib import contextmanager

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections
from django.test.testcases import LiveServerThread
from django.test.utils import setup_databases, teardown_databases

CONFIGURED_DATABASE_NAME = settings.DATABASES["default"]["NAME"]
HOST = "127.0.0.1"


def free_port():
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def deploy_test_database(django_db_setup, django_db_blocker, django_db_keepdb, django_db_createdb):
    """The test database, created here when no test with a django_db marker asked for it."""
    if connections["default"].settings_dict["NAME"] != CONFIGURED_DATABASE_NAME:
        yield
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


@pytest.fixture(scope="module")
def committed_db(deploy_test_database, django_db_blocker):
    """Database access with real commits for the module; restored to its prior state after it."""
    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
        try:
            yield
        finally:
            # See tests/browser/conftest.py: content types first, then the flush.
            ContentType.objects.get_for_models(*apps.get_models())
            call_command(
                "flush",
                interactive=False,
                inhibit_post_migrate=True,
                reset_sequences=False,
                verbosity=0,
            )
            connection.creation.deserialize_db_from_string(snapshot)
            cache.clear()


@contextmanager
def live_server():
    """Serve the site from a thread on a free port; yields the port."""
    thread = LiveServerThread(HOST, StaticFilesHandler)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    try:
        if thread.error:
            raise thread.error
        yield thread.port
    finally:
        thread.terminate()
