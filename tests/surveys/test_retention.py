"""The retention command deletes personal-data answers past each survey's period, nothing else."""

import datetime
import io
import uuid

import pytest
from django.core.management import call_command
from django.utils import timezone

from surveys.models import ResponseStatus, SurveyDraft, SurveyResponse
from tests.surveys.factories import SurveyPageFactory, question

pytestmark = pytest.mark.django_db

ANSWERS = {"idea": "Fontanna", "email": "anna@example.org", "name": "Anna", "name:other": "x"}


@pytest.fixture
def survey(survey_index):
    return SurveyPageFactory(
        parent=survey_index,
        retention_days=30,
        questions=[
            question("long_text", "Pomysł", key="idea"),
            question("email", "E-mail", key="email", personal_data=True),
            question("short_text", "Imię", key="name", personal_data=True),
        ],
    )


def stored(page, days_ago, status=ResponseStatus.CONFIRMED, published=()):
    response = SurveyResponse.objects.create(
        page=page,
        form_data=dict(ANSWERS),
        status=status,
        published_answers=list(published),
        submission_token=uuid.uuid4(),
    )
    # submit_time is auto_now_add: move it back in time afterwards.
    when = timezone.now() - datetime.timedelta(days=days_ago)
    SurveyResponse.objects.filter(pk=response.pk).update(submit_time=when)
    return response


def purge():
    out = io.StringIO()
    call_command("purge_expired_survey_answers", stdout=out)
    return out.getvalue()


def test_only_personal_answers_past_the_period_are_deleted(survey):
    old = stored(survey, days_ago=31, published=["idea", "name"])
    recent = stored(survey, days_ago=29)

    output = purge()

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.form_data == {"idea": "Fontanna"}
    assert old.published_answers == ["idea"]
    assert old.personal_data_deleted_at is not None
    assert recent.form_data == ANSWERS
    assert recent.personal_data_deleted_at is None
    assert "Personal data deleted from 1 responses" in output


def test_surveys_without_personal_data_keep_everything(survey_index):
    plain = SurveyPageFactory(parent=survey_index, retention_days=1)
    old = stored(plain, days_ago=400)
    purge()
    old.refresh_from_db()
    assert old.form_data == ANSWERS


def test_a_second_run_changes_nothing(survey):
    stored(survey, days_ago=60)
    purge()
    assert "Personal data deleted from 0 responses" in purge()


def test_unconfirmed_responses_and_abandoned_drafts_are_deleted(survey):
    stored(survey, days_ago=8, status=ResponseStatus.PENDING)
    waiting = stored(survey, days_ago=1, status=ResponseStatus.PENDING)
    draft = SurveyDraft.objects.create(page=survey, answers={"idea": "x"})
    SurveyDraft.objects.filter(pk=draft.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=2)
    )
    fresh = SurveyDraft.objects.create(page=survey, answers={"idea": "y"})

    purge()

    assert list(SurveyResponse.objects.all()) == [waiting]
    assert list(SurveyDraft.objects.all()) == [fresh]
