import pytest

from tests.factories import site_home, translate_page


@pytest.fixture
def home_pl(db):
    return site_home("pl")


@pytest.fixture
def homes(home_pl):
    """The home page in every language: Polish from the migration, en and uk translated."""
    return {
        "pl": home_pl,
        "en": translate_page(home_pl, "en"),
        "uk": translate_page(home_pl, "uk"),
    }


@pytest.fixture(autouse=True)
def _empty_cache():
    """Start every test with an empty cache.

    Wagtail caches the site's root paths (one per language home page); a
    test that adds a translated home page must not see the previous test's.
    The rate limits of the public forms are counted in the cache as well.
    """
    from django.core.cache import cache

    cache.clear()
    yield
