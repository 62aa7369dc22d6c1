"""The database search backend, ranked for lemmas on PostgreSQL.

`WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.database"`:
on SQLite (and MySQL) this is Wagtail's database backend unchanged; on
PostgreSQL its index entries and its ranking change (search/backends/postgres.py).
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

from .postgres import LemmaPostgresSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The backend for the default database's vendor (as Wagtail's own module chooses)."""
    if connection.vendor == "postgresql":
        return LemmaPostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
