import pytest
from django.core.cache import cache

from tests.factories import ContentPageFactory, translate_page


@pytest.fixture(autouse=True)
def _empty_cache():
    """The rate limit counts in the real (per-process) cache: start each test at zero."""
    cache.clear()
    yield
    cache.clear()


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
