"""Reads of survey data for pages, results and exports."""

from django.db.models import Q
from django.utils import timezone

from .models import ResponseStatus, SurveyPage, SurveyResponse


def surveys_for_index(index_page):
    """Live surveys under an index page: open ones first, then upcoming, then closed."""
    surveys = list(
        SurveyPage.objects.child_of(index_page).live().specific().order_by("-first_published_at")
    )
    order = {"open": 0, "upcoming": 1, "closed": 2}
    now = timezone.now()
    return sorted(surveys, key=lambda survey: order[survey.state(now)])


def survey_responses(page, *, confirmed_only=True):
    """The responses to a survey in all its languages, oldest first.

    Args:
        page: a SurveyPage in any language.
        confirmed_only: leave out responses waiting for e-mail confirmation.
    """
    responses = SurveyResponse.objects.filter(page__translation_key=page.translation_key)
    if confirmed_only:
        responses = responses.filter(status=ResponseStatus.CONFIRMED)
    return responses.order_by("submit_time", "pk")


def response_exists_for_email(page, email_hash):
    """Whether a confirmed response to the survey (any language) came from this address."""
    return SurveyResponse.objects.filter(
        Q(page__translation_key=page.translation_key),
        status=ResponseStatus.CONFIRMED,
        email_hash=email_hash,
    ).exists()
