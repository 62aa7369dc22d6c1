"""Counting the queries of a page, for the tests that keep listings flat."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def query_count(client, url):
    """The queries of one GET of `url`, after a first GET has warmed the caches.

    The first request fills per-process caches (site root paths, locales)
    and creates image renditions, which later requests do not repeat.
    """
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)
