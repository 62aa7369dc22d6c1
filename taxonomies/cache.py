"""Districts and topics per language from Django's cache, dropped whenever one changes.

Every filter form, project card, project page and district question lists
the same few dozen terms; reading them from the database cost a query or two
each time (issue #12). What is cached here is built from the database once
per *version*; saving or deleting any district or topic starts a new version
at once and again after the commit, so a request that read the old rows
meanwhile stores them where nobody looks any more (the same scheme as
core.restrictions). The signals are connected in TaxonomiesConfig.ready().
"""

import uuid
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "taxonomies:version"
KEY_PREFIX = "taxonomies"
# A safety net only: every change replaces the version at once.
TIMEOUT = 60 * 60 * 6


def _version() -> str | None:
    version = cache.get(VERSION_KEY)
    if version is None:
        # add(): of two processes starting a version at once, one wins.
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def cached_terms(name: str, build: Callable[[], Any]) -> Any:
    """The value `build()` returns, kept under `name` until a term changes.

    Args:
        name: what is kept, including the locale, e.g. "districts:pl".
        build: reads the database; called on a miss (and always while the
            cache cannot be reached).
    """
    version = _version()
    if version is None:
        return build()
    key = f"{KEY_PREFIX}:{version}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=TIMEOUT)
    return value


def terms_changed() -> None:
    """Forget every cached list now and once more when the transaction commits."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None))


def on_term_changed(sender, raw=False, **kwargs) -> None:
    """A district or topic saved or deleted (signal receiver)."""
    terms_changed()
