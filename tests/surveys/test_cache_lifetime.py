"""A survey's page and the survey index are cached no longer than until a survey opens or closes.

Opening and closing change what the pages show without an edit, so no purge
comes; the pages limit their own cache lifetime instead (core.page_cache.cache_until).
"""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone

from tests.surveys.factories import SurveyPageFactory, question, step_break

pytestmark = pytest.mark.django_db

QUESTIONS = [question("short_text", "Imię?", key="name"), step_break(), question("yes_no", "Tak?")]


def lifetimes(response):
    """(max-age, s-maxage) of a public response."""
    cache_control = response["Cache-Control"]
    assert "public" in cache_control, cache_control
    max_age = int(re.search(r"(?<!s-)max-age=(\d+)", cache_control).group(1))
    s_maxage = int(re.search(r"s-maxage=(\d+)", cache_control).group(1))
    return max_age, s_maxage


def test_an_open_survey_closing_soon_is_cached_only_until_it_closes(survey_index, settings):
    closes = timezone.now() + datetime.timedelta(seconds=120)
    survey = SurveyPageFactory(parent=survey_index, closes_at=closes, questions=QUESTIONS)

    max_age, s_maxage = lifetimes(Client().get(survey.url))

    assert 100 <= s_maxage <= 120
    assert max_age == settings.PAGE_CACHE_MAX_AGE  # already shorter than two minutes


def test_a_survey_closing_in_seconds_has_its_browser_lifetime_shortened_too(survey_index):
    closes = timezone.now() + datetime.timedelta(seconds=30)
    survey = SurveyPageFactory(parent=survey_index, closes_at=closes, questions=QUESTIONS)

    max_age, s_maxage = lifetimes(Client().get(survey.url))

    assert 10 <= s_maxage <= 30
    assert max_age <= s_maxage


def test_a_page_kept_out_of_caches_stays_out(survey_index):
    """An upcoming survey's notice is never cached: no lifetime is added to it."""
    opens = timezone.now() + datetime.timedelta(seconds=30)
    survey = SurveyPageFactory(parent=survey_index, opens_at=opens, questions=QUESTIONS)

    cache_control = Client().get(survey.url)["Cache-Control"]

    assert "no-store" in cache_control
    assert "s-maxage" not in cache_control


def test_a_survey_closing_in_days_keeps_the_configured_lifetimes(survey_index, settings):
    closes = timezone.now() + datetime.timedelta(days=3)
    survey = SurveyPageFactory(parent=survey_index, closes_at=closes, questions=QUESTIONS)

    assert lifetimes(Client().get(survey.url)) == (
        settings.PAGE_CACHE_MAX_AGE,
        settings.PAGE_CACHE_S_MAXAGE,
    )


def test_the_survey_index_is_cached_only_until_one_of_its_surveys_changes_state(survey_index):
    soon = timezone.now() + datetime.timedelta(seconds=200)
    SurveyPageFactory(parent=survey_index, closes_at=timezone.now() + datetime.timedelta(days=2))
    SurveyPageFactory(parent=survey_index, opens_at=soon)

    _max_age, s_maxage = lifetimes(Client().get(survey_index.url))

    assert 180 <= s_maxage <= 200


def test_the_survey_index_without_changes_ahead_keeps_the_configured_lifetime(
    survey_index, settings
):
    SurveyPageFactory(parent=survey_index)

    assert lifetimes(Client().get(survey_index.url))[1] == settings.PAGE_CACHE_S_MAXAGE
