import pytest
from django.core.cache import cache

from tests.surveys.factories import SurveyIndexPageFactory


@pytest.fixture(autouse=True)
def fresh_limits():
    # The rate limit counts in the configured cache; each test starts from zero.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def survey_index(home_pl):
    return SurveyIndexPageFactory(parent=home_pl)
