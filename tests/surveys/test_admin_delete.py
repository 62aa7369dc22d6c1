"""Editors delete one response, or all of them, through Wagtail's form submissions admin."""

import uuid

import pytest
from django.urls import reverse

from surveys.models import SurveyResponse
from tests.factories import SuperUserFactory, translate_page
from tests.surveys.factories import SurveyPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(survey_index):
    return SurveyPageFactory(parent=survey_index)


def respond(page, opinion):
    return SurveyResponse.objects.create(
        page=page, locale=page.locale, form_data={"opinion": opinion}, submission_token=uuid.uuid4()
    )


@pytest.fixture
def editor_client(client):
    client.force_login(SuperUserFactory())
    return client


def delete_url(page, responses):
    query = "&".join(f"selected-submissions={response.pk}" for response in responses)
    return reverse("wagtailforms:delete_submissions", args=[page.pk]) + "?" + query


def test_the_submissions_list_shows_responses_in_every_language(editor_client, survey):
    respond(survey, "Ławki")
    respond(translate_page(survey, "uk"), "Лавки")
    url = reverse("wagtailforms:list_submissions", args=[survey.pk])
    body = editor_client.get(url).content.decode()
    assert "Ławki" in body and "Лавки" in body


def test_an_editor_deletes_one_response(editor_client, survey):
    kept, deleted = respond(survey, "Zostaje"), respond(survey, "Do usunięcia")
    url = delete_url(survey, [deleted])
    assert editor_client.get(url).status_code == 200  # the confirmation page
    response = editor_client.post(url)
    assert response.status_code == 302
    assert list(SurveyResponse.objects.all()) == [kept]


def test_an_editor_deletes_all_responses(editor_client, survey):
    responses = [respond(survey, f"Odpowiedź {n}") for n in range(3)]
    assert editor_client.post(delete_url(survey, responses)).status_code == 302
    assert not SurveyResponse.objects.exists()


def test_responses_of_another_survey_are_not_deleted(editor_client, survey, survey_index):
    other = SurveyPageFactory(parent=survey_index)
    foreign = respond(other, "Cudza")
    editor_client.post(delete_url(survey, [foreign]))
    assert SurveyResponse.objects.filter(pk=foreign.pk).exists()


def test_a_response_in_another_language_is_deleted_from_the_polish_survey(editor_client, survey):
    ukrainian = respond(translate_page(survey, "uk"), "Лавки")
    assert editor_client.post(delete_url(survey, [ukrainian])).status_code == 302
    assert not SurveyResponse.objects.exists()
