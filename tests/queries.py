"""Counting the queries of a page, for the tests that keep listings flat."""

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

# The test's transaction makes each request's ATOMIC_REQUESTS block a savepoint;
# production runs the request in a transaction of its own, with no such statements.
SAVEPOINTS = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT")


def _statements(context):
    return [q["sql"] for q in context.captured_queries if not q["sql"].startswith(SAVEPOINTS)]


def query_count(client, url):
    """The queries of one GET of `url` as the page is built, after a first GET warmed the caches.

    The first request fills per-process caches (site root paths, locales,
    the site frame, districts and topics) and creates image renditions, which
    later requests do not repeat. Both requests go through a client of their
    own with the whole-page cache off (its middleware reads the setting when
    a client first loads it): otherwise the second GET would be a page cache
    hit with no query at all, whatever the page costs to build. The caller's
    cookies go with them, so a signed-in client counts as signed in.
    """
    with override_settings(PAGE_CACHE_ENABLED=False):
        uncached = Client()
        uncached.cookies = client.cookies
        uncached.get(url)
        with CaptureQueriesContext(connection) as context:
            response = uncached.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(_statements(context))


def queries_of(client, url):
    """The SQL of one uncached GET of `url` after a warming one (to read when a count fails)."""
    with override_settings(PAGE_CACHE_ENABLED=False):
        uncached = Client()
        uncached.cookies = client.cookies
        uncached.get(url)
        with CaptureQueriesContext(connection) as context:
            uncached.get(url)
    return _statements(context)
