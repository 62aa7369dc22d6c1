"""Multi-step surveys through the test client (no JavaScript): steps, conditions, double POST."""

import pytest

from surveys.models import SurveyDraft, SurveyResponse
from tests.surveys.factories import SurveyPageFactory, condition, options, question, step_break
from tests.surveys.helpers import flow_token, post_step, start

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(survey_index):
    return SurveyPageFactory(
        parent=survey_index,
        questions=[
            question("yes_no", "Mieszkasz w Krakowie?", key="resident", name="resident"),
            question(
                "single_choice",
                "Jak długo?",
                key="how_long",
                options=options(("short", "Krótko"), ("long", "Długo")),
                condition=condition("resident", "yes"),
            ),
            step_break("Pomysły"),
            question("long_text", "Twój pomysł", key="idea", max_length=300),
        ],
    )


def test_two_steps_back_and_send(client, survey):
    token = start(client, survey)
    first = post_step(client, survey, token, {"resident": "yes", "how_long": "long"})
    assert first.status_code == 200
    assert "Krok 2 z 2" in first.content.decode()
    back = post_step(client, survey, flow_token(first), {"idea": ""}, action="back")
    assert "Krok 1 z 2" in back.content.decode()
    assert 'value="long" id="id_how_long_1" checked' in back.content.decode()
    second = post_step(client, survey, flow_token(back), {"resident": "no", "how_long": "long"})
    done = post_step(client, survey, flow_token(second), {"idea": "Ławki"}, action="submit")
    assert done.status_code == 200
    # The condition no longer holds, so its answer is discarded on the server.
    assert SurveyResponse.objects.get().form_data == {"resident": False, "idea": "Ławki"}
    assert not SurveyDraft.objects.exists()
    # An unlimited survey sets no cookie of its own.
    assert not [name for name in done.cookies if name.startswith("survey-")]


def test_hidden_question_is_not_required_and_shown_one_is(client, survey):
    token = start(client, survey)
    assert post_step(client, survey, token, {"resident": "no"}).status_code == 200
    response = post_step(client, survey, token, {"resident": "yes"})
    assert response.status_code == 400
    assert "Prosimy odpowiedzieć" in response.content.decode()


def test_tampered_step_data_is_rejected(client, survey):
    token = start(client, survey)
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    response = post_step(client, survey, forged, {"resident": "no"})
    assert response.status_code == 400
    assert "formularz został zmieniony" in response.content.decode()
    assert not SurveyDraft.objects.exists()


def test_the_same_post_twice_stores_one_response(client, survey):
    token = start(client, survey)
    second_step = flow_token(post_step(client, survey, token, {"resident": "no"}))
    data = {"idea": "Więcej drzew"}
    first = post_step(client, survey, second_step, data, action="submit")
    again = post_step(client, survey, second_step, data, action="submit")
    assert first.status_code == again.status_code == 200
    assert SurveyResponse.objects.count() == 1


def test_back_from_the_last_step_keeps_its_answers_without_consent(client, survey_index):
    survey = SurveyPageFactory(
        parent=survey_index,
        questions=[
            question("yes_no", "Mieszkasz w Krakowie?", key="resident"),
            step_break("Pomysły"),
            question("long_text", "Twój pomysł", key="idea", max_length=300),
            question("number", "Ile masz lat?", key="age", min_value=1, max_value=120),
            question("email", "E-mail", key="email", personal_data=True, required=False),
        ],
    )
    first = post_step(client, survey, start(client, survey), {"resident": "yes"})
    assert 'name="consent"' in first.content.decode()

    # No consent, and the age is out of range: the idea, which cleans, is still kept.
    back = post_step(client, survey, flow_token(first), {"idea": "Fontanna", "age": "500"}, "back")
    assert "Krok 1 z 2" in back.content.decode()
    assert SurveyDraft.objects.get().answers == {"resident": True, "idea": "Fontanna"}

    again = post_step(client, survey, flow_token(back), {"resident": "yes"})
    assert "Fontanna</textarea>" in again.content.decode()
