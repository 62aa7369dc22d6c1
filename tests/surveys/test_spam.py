"""Spam protection of surveys: reCAPTCHA v3 with keys configured, the rate limit, the honeypot."""

import io
import json
from unittest import mock

import pytest
from django.test import override_settings

from surveys.models import SurveyResponse
from surveys.spam import STEP_LIMIT, SUBMIT_LIMIT
from tests.factories import translate_page
from tests.surveys.factories import SurveyPageFactory
from tests.surveys.helpers import flow_token, send, start

pytestmark = pytest.mark.django_db

RECAPTCHA_KEYS = override_settings(
    RECAPTCHA_PUBLIC_KEY="test-site-key",
    RECAPTCHA_PRIVATE_KEY="test-secret-key",
    RECAPTCHA_REQUIRED_SCORE=0.5,
)
# The one external call mocked in these tests: django-recaptcha's POST to
# Google's siteverify endpoint. Everything above it (the field, the
# parsing of the answer, the score and action checks) runs for real.
VERIFY_CALL = "django_recaptcha.client.recaptcha_request"
RECAPTCHA_ERROR = {
    "pl": "Nie udało się potwierdzić, że ankietę wysyła człowiek.",
    "uk": "Не вдалося підтвердити, що анкету надсилає людина.",
}
RATE_LIMITED = {
    "pl": "Z twojej sieci wysłano w krótkim czasie zbyt wiele ankiet.",
    "uk": "З вашої мережі за короткий час надіслано забагато анкет.",
}


def google_answers(**data):
    """A stand-in for the HTTP response of siteverify."""
    return mock.Mock(side_effect=lambda params: io.BytesIO(json.dumps(data).encode()))


@pytest.fixture
def survey(survey_index):
    return SurveyPageFactory(parent=survey_index)


def send_with_token(client, page):
    return send(client, page, {"opinion": "Więcej ławek", "captcha": "token"})


@RECAPTCHA_KEYS
def test_recaptcha_pass_stores_the_response(client, survey):
    verify = google_answers(success=True, score=0.9, action="survey")
    with mock.patch(VERIFY_CALL, verify):
        response = send_with_token(client, survey)
    assert response.status_code == 200
    assert SurveyResponse.objects.count() == 1
    sent = verify.call_args.args[0].decode()
    assert "secret=test-secret-key" in sent and "response=token" in sent


@RECAPTCHA_KEYS
def test_recaptcha_form_loads_googles_script_with_the_site_key(client, survey):
    body = client.get(survey.url).content.decode()
    assert "https://www.google.com/recaptcha/api.js?render=test-site-key" in body
    assert 'data-sitekey="test-site-key"' in body


@RECAPTCHA_KEYS
@pytest.mark.parametrize("language", ["pl", "uk"])
def test_recaptcha_failure_stores_nothing_and_says_why(client, survey, language):
    page = survey if language == "pl" else translate_page(survey, language)
    with mock.patch(VERIFY_CALL, google_answers(success=False, **{"error-codes": ["bad"]})):
        response = send_with_token(client, page)
    assert response.status_code == 400
    assert RECAPTCHA_ERROR[language] in response.content.decode()
    assert not SurveyResponse.objects.exists()


@RECAPTCHA_KEYS
def test_recaptcha_low_score_stores_nothing(client, survey):
    with mock.patch(VERIFY_CALL, google_answers(success=True, score=0.2, action="survey")):
        response = send_with_token(client, survey)
    assert response.status_code == 400
    assert RECAPTCHA_ERROR["pl"] in response.content.decode()
    assert not SurveyResponse.objects.exists()


@RECAPTCHA_KEYS
def test_recaptcha_token_for_another_action_stores_nothing(client, survey):
    with mock.patch(VERIFY_CALL, google_answers(success=True, score=0.9, action="login")):
        assert send_with_token(client, survey).status_code == 400
    assert not SurveyResponse.objects.exists()


def test_without_keys_no_recaptcha_is_asked_and_google_is_not_called(client, survey):
    with mock.patch(VERIFY_CALL) as verify:
        response = send(client, survey, {"opinion": "Więcej ławek"})
    assert response.status_code == 200
    verify.assert_not_called()
    assert "recaptcha" not in client.get(survey.url).content.decode()


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_rate_limit_answers_429_in_the_page_language(client, survey, language):
    page = survey if language == "pl" else translate_page(survey, language)
    for _ in range(SUBMIT_LIMIT.limit):
        assert send(client, page, {"opinion": "Tak"}).status_code == 200
    refused = send(client, page, {"opinion": "Jeszcze"})
    assert refused.status_code == 429
    assert RATE_LIMITED[language] in refused.content.decode()
    assert SurveyResponse.objects.count() == SUBMIT_LIMIT.limit


def test_rate_limit_counts_per_address(client, survey):
    for _ in range(SUBMIT_LIMIT.limit):
        send(client, survey, {"opinion": "Tak"})
    assert send(client, survey, {"opinion": "X"}).status_code == 429
    token = flow_token(client.get(survey.url, REMOTE_ADDR="192.0.2.7"))
    data = {"flow": token, "action": "submit", "opinion": "Y"}
    assert client.post(survey.url, data, REMOTE_ADDR="192.0.2.7").status_code == 200


def test_step_limit_stops_flooding_of_steps(client, survey):
    token = start(client, survey)
    data = {"flow": token, "action": "next", "opinion": ""}
    for _ in range(STEP_LIMIT.limit):
        client.post(survey.url, data)
    assert client.post(survey.url, data).status_code == 429


def test_honeypot_filled_looks_sent_but_stores_nothing(client, survey):
    response = send(client, survey, {"opinion": "Kup tanio", "website": "http://spam.example"})
    assert response.status_code == 200
    assert "Dziękujemy za odpowiedzi" in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_honeypot_is_hidden_from_people_and_the_keyboard(client, survey):
    body = client.get(survey.url).content.decode()
    assert 'class="honeypot-field" aria-hidden="true"' in body
    assert 'tabindex="-1"' in body
