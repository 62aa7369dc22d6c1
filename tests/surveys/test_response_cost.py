"""What a completed response costs: a handful of SQL statements, steps read once (issue #12)."""

import pytest
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from surveys import questions
from surveys.models import SurveyResponse
from tests.queries import SAVEPOINTS
from tests.surveys.factories import SurveyPageFactory, options, question, step_break
from tests.surveys.helpers import flow_token, start

pytestmark = pytest.mark.django_db

# The target: "a completed one-step response costs at most a handful of SQL statements".
ONE_STEP_BUDGET = 8


def one_step_questions():
    return [
        question("short_text", "Imię", key="name", required=True),
        question(
            "single_choice",
            "Jak często?",
            key="often",
            required=True,
            options=options(("daily", "Codziennie"), ("weekly", "Co tydzień")),
        ),
        question("scale", "Ocena", key="rating", required=True, scale_max="5"),
        question("district", "Dzielnica", key="district"),
    ]


ANSWERS = {"name": "Ewa", "often": "daily", "rating": "4", "district": "podgorze"}


def post_counted(client, page, data):
    """POST a step as a browser does; (response, SQL statements of the request)."""
    with (
        TestCase.captureOnCommitCallbacks(execute=False),
        CaptureQueriesContext(connection) as context,
    ):
        response = client.post(
            page.url, data, headers={"origin": "http://testserver", "referer": page.full_url}
        )
    statements = [q["sql"] for q in context.captured_queries if not q["sql"].startswith(SAVEPOINTS)]
    return response, statements


@pytest.fixture
def steps_built(monkeypatch):
    """Counts how often the steps are built from the question blocks."""
    calls = []
    build = questions.build_survey_steps

    def counting(page):
        calls.append(page.pk)
        return build(page)

    monkeypatch.setattr(questions, "build_survey_steps", counting)
    return calls


def test_a_completed_one_step_response_costs_a_handful_of_statements(client, survey_index):
    survey = SurveyPageFactory(parent=survey_index, questions=one_step_questions())
    token = start(client, survey)
    response, statements = post_counted(
        client, survey, {"flow": token, "action": "submit", **ANSWERS}
    )
    assert response.status_code == 200
    assert SurveyResponse.objects.get().form_data["district"] == "podgorze"
    assert len(statements) <= ONE_STEP_BUDGET, "\n".join(sql[:200] for sql in statements)


def test_the_steps_are_built_once_per_request(client, survey_index, steps_built):
    survey = SurveyPageFactory(
        parent=survey_index,
        questions=[*one_step_questions()[:2], step_break("Dalej"), *one_step_questions()[2:]],
    )
    steps_built.clear()  # saving the page validated its questions
    token = start(client, survey)
    assert len(steps_built) == 1
    steps_built.clear()
    first, _ = post_counted(client, survey, {"flow": token, "action": "next", **ANSWERS})
    assert first.status_code == 200
    assert len(steps_built) == 1
    steps_built.clear()
    done, _ = post_counted(
        client, survey, {"flow": flow_token(first), "action": "submit", **ANSWERS}
    )
    assert done.status_code == 200
    assert len(steps_built) == 1
    assert SurveyResponse.objects.count() == 1


def test_district_options_are_cached_per_language(client, survey_index, django_assert_num_queries):
    survey = SurveyPageFactory(parent=survey_index, questions=one_step_questions())
    first = questions.build_survey_steps(survey)
    with django_assert_num_queries(0):
        again = questions.build_survey_steps(survey)
    district = [q for step in again for q in step.questions if q.type == "district"][0]
    assert ("podgorze", "Dzielnica XIII Podgórze") in [(o.value, o.label) for o in district.options]
    assert first[0].questions[-1].options == district.options
