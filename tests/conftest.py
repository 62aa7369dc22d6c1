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
