"""Builders of surveys with responses for the results and export tests."""

import datetime

from django.utils import timezone

from surveys.models import ResponseStatus, SurveyResponse
from tests.surveys.factories import SurveyPageFactory, one_of_each


def closed_survey(parent, **kwargs):
    """A survey of one question of every type, closed yesterday, results public."""
    kwargs.setdefault("questions", one_of_each())
    kwargs.setdefault("results_public", True)
    kwargs.setdefault("closes_at", timezone.now() - datetime.timedelta(days=1))
    kwargs.setdefault("opens_at", timezone.now() - datetime.timedelta(days=30))
    return SurveyPageFactory(parent=parent, **kwargs)


def add_response(page, answers, *, published=(), status=ResponseStatus.CONFIRMED, when=None):
    response = SurveyResponse.objects.create(
        page=page,
        locale_id=page.locale_id,
        form_data=answers,
        status=status,
        published_answers=list(published),
    )
    if when is not None:
        SurveyResponse.objects.filter(pk=response.pk).update(submit_time=when)
    return response


FULL_ANSWERS = {
    "short_text": "Anna",
    "long_text": "Więcej ławek",
    "single_choice": "daily",
    "multiple_choice": ["benches", "trees"],
    "scale": 4,
    "matrix": {"clean": 5, "safe": 3},
    "number": 3,
    "date": "2026-05-01",
    "email": "anna@example.org",
    "yes_no": True,
    "district": "stare-miasto",
    "ranking": ["green", "roads", "light"],
}


def full_answers(**changes):
    return {**FULL_ANSWERS, **changes}
