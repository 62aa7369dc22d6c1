"""After sending: e-mails to the office and the resident, opening and closing dates, consent."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from surveys.models import SurveyResponse
from tests.factories import translate_page
from tests.surveys.factories import SurveyPageFactory, options, question
from tests.surveys.helpers import send, start

pytestmark = pytest.mark.django_db

QUESTIONS = [
    question("short_text", "Twój pomysł", key="idea"),
    question("email", "Twój e-mail", key="email", personal_data=True, required=False),
    question(
        "single_choice",
        "Gdzie?",
        key="place",
        options=options(("park", "W parku"), ("square", "Na rynku")),
        allow_other=True,
        required=False,
    ),
]


@pytest.fixture
def survey(survey_index):
    return SurveyPageFactory(
        parent=survey_index,
        title="Park",
        questions=QUESTIONS,
        office_email="biuro@example.org, rada@example.org",
        send_copy_to_resident=True,
    )


def test_the_office_and_the_resident_get_their_copies(client, survey):
    ukrainian = translate_page(survey, "uk")
    answers = {"idea": "Fontanna", "email": "olena@example.org", "place": "park", "consent": "on"}

    assert send(client, ukrainian, answers).status_code == 200

    office, copy = mail.outbox
    assert office.to == ["biuro@example.org", "rada@example.org"]
    # The office reads Polish; the resident gets the language she answered in.
    assert office.subject == "Nowa odpowiedź na ankietę: Park"
    assert "Fontanna" in office.body and "olena@example.org" in office.body
    assert copy.to == ["olena@example.org"]
    assert "Ваші відповіді" in copy.subject
    assert "W parku" in copy.body


def test_a_copy_to_an_address_not_proven_carries_no_typed_text(client, survey):
    # Anyone may type anyone's address: the copy must not carry a message of their choosing.
    answers = {
        "idea": "Kliknij http://phishing.example",
        "email": "ofiara@example.org",
        "place": "__other__",
        "place:other": "Wpłać na konto 123",
        "consent": "on",
    }

    send(client, survey, answers)

    office, copy = mail.outbox
    assert "phishing" in office.body and "Wpłać" in office.body
    assert copy.to == ["ofiara@example.org"]
    assert "Gdzie?" in copy.body
    for typed in ("phishing", "Wpłać", "ofiara@example.org", "Twój pomysł"):
        assert typed not in copy.body


def test_e_mails_wait_for_the_commit(client, survey, django_capture_on_commit_callbacks):
    token = start(client, survey)
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(
            survey.url, {"flow": token, "action": "submit", "idea": "Ławki", "consent": "on"}
        )
    assert response.status_code == 200
    assert mail.outbox == []  # nothing is sent while the response may still be rolled back
    assert len(callbacks) == 1
    callbacks[0]()
    assert [message.to for message in mail.outbox] == [["biuro@example.org", "rada@example.org"]]


def test_no_copy_without_an_address_and_no_mail_when_not_asked(client, survey_index):
    quiet = SurveyPageFactory(parent=survey_index, questions=QUESTIONS)
    send(client, quiet, {"idea": "Ławki", "consent": "on"})
    assert mail.outbox == []


def test_a_mail_server_that_is_down_loses_no_response(client, survey, settings):
    settings.EMAIL_BACKEND = "tests.surveys.test_after_sending.BrokenBackend"
    response = send(client, survey, {"idea": "Ławki", "consent": "on"})
    assert response.status_code == 200
    assert SurveyResponse.objects.count() == 1


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError


def test_consent_is_required_when_personal_data_is_asked(client, survey):
    body = client.get(survey.url).content.decode()
    assert "Zgadzam się na przetwarzanie danych osobowych przez Biuro." in body
    refused = send(client, survey, {"idea": "Ławki"})
    assert refused.status_code == 400
    assert "Do wysłania ankiety potrzebna jest twoja zgoda." in refused.content.decode()
    assert not SurveyResponse.objects.exists()


def test_no_consent_is_asked_without_personal_data(client, survey_index):
    plain = SurveyPageFactory(parent=survey_index)
    assert 'name="consent"' not in client.get(plain.url).content.decode()
    assert send(client, plain, {"opinion": "Dobrze"}).status_code == 200


def test_thank_you_page_shows_the_editors_text(client, survey):
    response = send(client, survey, {"idea": "Ławki", "consent": "on"})
    body = response.content.decode()
    assert "Dziękujemy za odpowiedzi" in body
    assert "Dziękujemy za udział!" in body


@pytest.mark.parametrize(
    ("language", "expected"),
    [("pl", "Ankieta rozpocznie się"), ("uk", "Анкета відкриється")],
)
def test_before_opening_the_page_says_when_it_opens(client, survey_index, language, expected):
    opens = timezone.now() + datetime.timedelta(days=3)
    survey = SurveyPageFactory(parent=survey_index, opens_at=opens)
    page = survey if language == "pl" else translate_page(survey, language)
    body = client.get(page.url).content.decode()
    assert expected in body
    assert 'name="flow"' not in body
    assert client.post(page.url, {"opinion": "x"}).status_code == 200
    assert not SurveyResponse.objects.exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("pl", "Ankieta zakończyła się"), ("uk", "Анкета завершилася")],
)
def test_after_closing_the_page_says_so(client, survey_index, language, expected):
    closed = timezone.now() - datetime.timedelta(days=1)
    survey = SurveyPageFactory(
        parent=survey_index, opens_at=closed - datetime.timedelta(days=30), closes_at=closed
    )
    page = survey if language == "pl" else translate_page(survey, language)
    body = client.get(page.url).content.decode()
    assert expected in body
    assert 'name="flow"' not in body


def test_an_open_survey_says_until_when(client, survey_index):
    closes = timezone.now() + datetime.timedelta(days=10)
    survey = SurveyPageFactory(parent=survey_index, closes_at=closes)
    body = client.get(survey.url).content.decode()
    assert "Ankieta jest otwarta do" in body
    assert 'name="flow"' in body
