import pytest
from django.core.cache import cache
from django.test import Client

from tests.factories import ContentPageFactory, translate_page


@pytest.fixture(autouse=True)
def _empty_cache():
    """The rate limit counts in the real (per-process) cache: start each test at zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    """A browser's client: like every browser, it says which site a POST comes from.

    The poll refuses a POST with neither Origin nor Referer; Django's test
    client sends neither unless told to.
    """
    return Client(headers={"Origin": "http://testserver"})


@pytest.fixture
def bare_client():
    """A client that sends no Origin header (a script, or a privacy tool stripping it)."""
    return Client()


@pytest.fixture
def content_pl(homes):
    # The home pages are translated first, as in the real site: Wagtail
    # caches the site's root paths as soon as a page URL is computed.
    return ContentPageFactory(
        parent=homes["pl"], title="Jak działa budżet obywatelski", slug="budzet"
    )


@pytest.fixture
def content_uk(content_pl):
    return translate_page(content_pl, "uk")


def vote_data(page, useful="yes", **extra):
    return {"page": str(page.pk), "locale": page.locale.language_code, "useful": useful, **extra}
