"""Each question type accepts valid answers and rejects bad ones with a 400 and a clear message.

The survey is Polish, so the messages checked here are the Polish ones.
"""

import pytest

from surveys.models import SurveyResponse
from tests.surveys.factories import SurveyPageFactory, one_of_each
from tests.surveys.helpers import send

pytestmark = pytest.mark.django_db

VALID = {
    "short_text": "Anna",
    "long_text": "Więcej ławek w parku, proszę.",
    "single_choice": "__other__",
    "single_choice:other": "Raz w miesiącu",
    "multiple_choice": ["benches", "lights"],
    "scale": "4",
    "matrix.clean": "5",
    "matrix.safe": "2",
    "number": "3",
    "date": "2025-05-17",
    "email": "anna@example.org",
    "yes_no": "no",
    "district": "zwierzyniec",
    "ranking.green": "2",
    "ranking.roads": "3",
    "ranking.light": "1",
    "consent": "on",
}


@pytest.fixture
def survey(survey_index):
    return SurveyPageFactory(parent=survey_index, questions=one_of_each())


def test_valid_answers_of_every_type_are_stored_in_the_documented_shape(client, survey):
    response = send(client, survey, VALID)
    assert response.status_code == 200, response.content.decode()[:3000]
    stored = SurveyResponse.objects.get()
    assert stored.form_data == {
        "short_text": "Anna",
        "long_text": "Więcej ławek w parku, proszę.",
        "single_choice": "__other__",
        "single_choice:other": "Raz w miesiącu",
        "multiple_choice": ["benches", "lights"],
        "scale": 4,
        "matrix": {"clean": 5, "safe": 2},
        "number": 3,
        "date": "2025-05-17",
        "email": "anna@example.org",
        "yes_no": False,
        "district": "zwierzyniec",
        "ranking": ["light", "green", "roads"],
    }
    assert stored.locale.language_code == "pl"
    assert stored.status == "confirmed"


BAD = [
    ({"single_choice": "monthly"}, "single_choice"),
    ({"multiple_choice": ["benches", "trees", "lights"]}, "Wybierz najwyżej 2 odpowiedzi"),
    ({"multiple_choice": ["benches", "bogus"]}, "multiple_choice"),
    ({"scale": "6"}, "scale"),
    ({"scale": "0"}, "scale"),
    ({"matrix.clean": "9"}, "matrix"),
    ({"short_text": "x" * 21}, "najwyżej 20 znaków"),
    ({"long_text": "x" * 100_000}, "najwyżej 500 znaków"),
    ({"number": "21"}, "number"),
    ({"number": "dwa"}, "number"),
    ({"date": "2025-02-30"}, "date"),
    ({"date": "1800-01-01"}, "z lat 1900–2100"),
    ({"email": "not-an-address"}, "email"),
    ({"yes_no": "maybe"}, "yes_no"),
    ({"district": "atlantis"}, "district"),
    ({"ranking.green": "1", "ranking.roads": "1", "ranking.light": "2"}, "inne miejsce"),
    ({"ranking.green": "1", "ranking.roads": "", "ranking.light": ""}, "miejsce każdej odpowiedzi"),
    ({"single_choice": "", "single_choice:other": ""}, "Prosimy odpowiedzieć"),
    ({"single_choice": "__other__", "single_choice:other": ""}, "co oznacza „Inne”"),
    ({"short_text": "null\x00byte"}, "short_text"),
    ({"consent": ""}, "potrzebna jest twoja zgoda"),
]


@pytest.mark.parametrize(("change", "expected"), BAD)
def test_bad_answers_are_rejected_and_nothing_is_stored(client, survey, change, expected):
    with_language = {**VALID, **change}
    response = send(client, survey, with_language)
    assert response.status_code == 400
    body = response.content.decode()
    assert "survey-question--invalid" in body
    if " " in expected:
        assert expected in body
    assert not SurveyResponse.objects.exists()


def test_invalid_unicode_bytes_are_rejected(client, survey):
    from tests.surveys.helpers import start

    token = start(client, survey)
    body = "&".join(f"{key}=x" for key in ("scale",)) + "&flow=" + token + "&action=submit"
    body += "&single_choice=daily&consent=on&scale=3&short_text=%ED%A0%80abc"
    response = client.post(survey.url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "nie są poprawnym tekstem" in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_messages_are_in_the_page_language(client, survey):
    response = send(client, survey, {**VALID, "single_choice": ""})
    assert response.status_code == 400
    assert "Prosimy odpowiedzieć na to pytanie" in response.content.decode()
