"""Wagtail's submissions list of a survey: no unsafe export of its own, queries that do not grow."""

import csv
import io
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from surveys.models import SurveyResponse
from tests.factories import SuperUserFactory, UserFactory
from tests.surveys.factories import SurveyPageFactory, options, question

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(survey_index):
    return SurveyPageFactory(
        parent=survey_index,
        questions=[
            question("short_text", "Twoja opinia", key="opinion"),
            question(
                "single_choice",
                "Dzielnica?",
                key="where",
                options=options(("north", "Północ"), ("south", "Południe")),
            ),
        ],
    )


@pytest.fixture
def editor_client(client):
    client.force_login(SuperUserFactory())
    return client


def respond(page, opinion):
    return SurveyResponse.objects.create(
        page=page,
        locale=page.locale,
        form_data={"opinion": opinion, "where": "north"},
        submission_token=uuid.uuid4(),
    )


def list_url(page):
    return reverse("wagtailforms:list_submissions", args=[page.pk])


def test_wagtails_export_is_not_offered(editor_client, survey):
    respond(survey, "Ławki")
    body = editor_client.get(list_url(survey)).content.decode()
    assert "Ławki" in body and "Północ" in body
    assert "export=csv" not in body and "export=xlsx" not in body
    assert reverse("survey_results:responses", args=[survey.pk]) in body


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_wagtails_export_leads_to_the_safe_export(editor_client, survey, file_format):
    response = editor_client.get(
        list_url(survey) + f"?export={file_format}&date_from=2026-01-01&order_by=id"
    )
    assert response.status_code == 302
    expected = reverse("survey_results:export", args=[survey.pk, file_format])
    assert response["Location"] == expected + "?date_from=2026-01-01"


def test_the_export_it_leads_to_neutralizes_formulas(editor_client, survey):
    respond(survey, '=HYPERLINK("http://example.org")')
    response = editor_client.get(list_url(survey) + "?export=csv", follow=True)
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert '\'=HYPERLINK("http://example.org")' in rows[1]


def test_export_without_permission_is_refused(client, survey):
    client.force_login(UserFactory())
    response = client.get(list_url(survey) + "?export=csv")
    assert response.status_code in (302, 403)
    assert "survey-results" not in response.get("Location", "")


def test_listing_queries_do_not_grow_with_responses(editor_client, survey):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(list_url(survey)).status_code == 200
        return len(captured)

    for number in range(5):
        respond(survey, f"Odpowiedź {number}")
    queries()  # warm-up: the site's root paths and other caches
    few = queries()
    for number in range(45):
        respond(survey, f"Odpowiedź {number}")
    assert queries() == few
