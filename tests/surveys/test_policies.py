"""One response per browser and one per confirmed e-mail address, end to end."""

import re

import pytest
from django.core import mail

from surveys.models import ResponsePolicy, ResponseStatus, SurveyResponse
from surveys.selectors import survey_responses
from tests.factories import translate_page
from tests.surveys.factories import SurveyPageFactory, question
from tests.surveys.helpers import send, visit

pytestmark = pytest.mark.django_db

ALREADY_ANSWERED = {
    "pl": "Ta ankieta została już przez ciebie wypełniona. Dziękujemy!",
    "uk": "Ви вже відповіли на цю анкету. Дякуємо!",
}
ALREADY_COUNTED = "Odpowiedź z tego adresu e-mail została już policzona."
CONFIRMED = "Twoja odpowiedź jest potwierdzona i policzona. Dziękujemy!"
LINK = re.compile(r"https?://\S+/confirm/\S+/")


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_one_per_browser_refuses_a_second_response_in_the_page_language(
    client, survey_index, language
):
    survey = SurveyPageFactory(parent=survey_index, response_policy=ResponsePolicy.ONE_PER_BROWSER)
    page = survey if language == "pl" else translate_page(survey, language)

    first = send(client, page, {"opinion": "Więcej ławek"})
    assert first.status_code == 200
    assert any(name.startswith("survey-") for name in first.cookies)

    again = client.get(page.url)
    assert again.status_code == 200
    assert ALREADY_ANSWERED[language] in again.content.decode()
    assert 'name="flow"' not in again.content.decode()
    refused = client.post(page.url, {"opinion": "Jeszcze raz", "action": "submit"})
    assert refused.status_code == 403
    assert ALREADY_ANSWERED[language] in refused.content.decode()
    assert SurveyResponse.objects.count() == 1


def test_one_per_browser_lets_another_browser_answer(client, survey_index):
    survey = SurveyPageFactory(parent=survey_index, response_policy=ResponsePolicy.ONE_PER_BROWSER)
    assert send(client, survey, {"opinion": "Tak"}).status_code == 200
    client.cookies.clear()
    assert send(client, survey, {"opinion": "Nie"}).status_code == 200
    assert SurveyResponse.objects.count() == 2


def test_a_forged_browser_cookie_is_ignored(client, survey_index):
    survey = SurveyPageFactory(parent=survey_index, response_policy=ResponsePolicy.ONE_PER_BROWSER)
    client.cookies[f"survey-{survey.translation_key.hex[:16]}"] = "1"
    assert send(client, survey, {"opinion": "Tak"}).status_code == 200
    assert SurveyResponse.objects.count() == 1


@pytest.fixture
def email_survey(survey_index):
    return SurveyPageFactory(
        parent=survey_index,
        response_policy=ResponsePolicy.ONE_PER_EMAIL,
        office_email="biuro@example.org",
    )


def send_with_address(client, survey, address, opinion="Więcej zieleni"):
    return send(client, survey, {"opinion": opinion, "confirmation_email": address})


def confirmation_link(message):
    match = LINK.search(message.body)
    assert match, message.body
    return match.group(0)


def test_one_per_email_counts_once_the_link_is_clicked(client, email_survey):
    response = send_with_address(client, email_survey, "Anna@Example.org")

    assert response.status_code == 200
    assert "Sprawdź pocztę e-mail" in response.content.decode()
    stored = SurveyResponse.objects.get()
    assert stored.status == ResponseStatus.PENDING
    assert "anna" not in stored.email_hash.lower() and len(stored.email_hash) == 64
    assert not survey_responses(email_survey).exists()
    # Only the confirmation goes out; the office hears of the response when it counts.
    assert [message.to for message in mail.outbox] == [["Anna@Example.org"]]

    confirmed = visit(client, confirmation_link(mail.outbox[0]))

    assert confirmed.status_code == 200
    assert CONFIRMED in confirmed.content.decode()
    assert list(survey_responses(email_survey)) == [stored]
    assert mail.outbox[-1].to == ["biuro@example.org"]
    # The link clicked again changes nothing.
    assert visit(client, confirmation_link(mail.outbox[0])).status_code == 200
    assert survey_responses(email_survey).count() == 1
    assert len(mail.outbox) == 2


def test_a_second_response_from_a_confirmed_address_is_refused(client, email_survey):
    send_with_address(client, email_survey, "anna@example.org")
    visit(client, confirmation_link(mail.outbox[0]))

    again = send_with_address(client, email_survey, " ANNA@example.org ", opinion="Inaczej")

    assert again.status_code == 400
    assert ALREADY_COUNTED in again.content.decode()
    assert SurveyResponse.objects.count() == 1


@pytest.mark.parametrize("second_language", ["pl", "uk"])
def test_a_second_confirmation_for_the_same_address_is_refused(
    client, email_survey, second_language
):
    # Two responses sent before either was confirmed, in one language or in two (the unique
    # constraint is per language version): only the first confirmed counts.
    second_page = translate_page(email_survey, "uk") if second_language == "uk" else email_survey
    send_with_address(client, email_survey, "jan@example.org", opinion="Pierwsza")
    send_with_address(client, second_page, "jan@example.org", opinion="Druga")
    first_link, second_link = (confirmation_link(message) for message in mail.outbox)

    # The later one is confirmed first.
    assert visit(client, second_link).status_code == 200
    refused = visit(client, first_link)

    assert refused.status_code == 409
    assert ALREADY_ANSWERED["pl"] in refused.content.decode()
    counted = survey_responses(email_survey)
    assert [response.form_data["opinion"] for response in counted] == ["Druga"]
    assert SurveyResponse.objects.count() == 1


def test_the_same_address_counts_once_across_languages(client, email_survey):
    english = translate_page(email_survey, "en")
    send_with_address(client, email_survey, "ola@example.org")
    visit(client, confirmation_link(mail.outbox[0]))

    again = send_with_address(client, english, "ola@example.org")

    assert again.status_code == 400
    assert "A response from this e-mail address has already been counted." in (
        again.content.decode()
    )


def test_a_changed_confirmation_link_is_not_found(client, email_survey):
    send_with_address(client, email_survey, "ewa@example.org")
    link = confirmation_link(mail.outbox[0])
    assert client.get(link[:-4] + "xyz/").status_code == 404
    assert SurveyResponse.objects.get().status == ResponseStatus.PENDING


def test_one_per_email_requires_a_valid_address(client, email_survey):
    response = send_with_address(client, email_survey, "not-an-address")
    assert response.status_code == 400
    assert not SurveyResponse.objects.exists()
    assert not mail.outbox


def test_the_cookie_of_one_per_browser_holds_in_every_language(client, survey_index):
    survey = SurveyPageFactory(parent=survey_index, response_policy=ResponsePolicy.ONE_PER_BROWSER)
    ukrainian = translate_page(survey, "uk")

    first = send(client, survey, {"opinion": "Więcej ławek"})

    assert first.cookies[f"survey-{survey.translation_key.hex[:16]}"]["path"] == "/"
    again = client.get(ukrainian.url)
    assert ALREADY_ANSWERED["uk"] in again.content.decode()
    assert 'name="flow"' not in again.content.decode()
    assert SurveyResponse.objects.count() == 1


def test_the_resident_copy_waits_for_the_confirmed_address(client, survey_index):
    survey = SurveyPageFactory(
        parent=survey_index,
        response_policy=ResponsePolicy.ONE_PER_EMAIL,
        send_copy_to_resident=True,
        questions=[
            question("short_text", "Twoja opinia", key="opinion"),
            question("email", "E-mail", key="email", personal_data=True, required=False),
        ],
    )
    answers = {"opinion": "Fontanna", "consent": "on"}
    send(
        client,
        survey,
        {**answers, "email": "ala@example.org", "confirmation_email": "ala@example.org"},
    )
    send(
        client,
        survey,
        {**answers, "email": "ktos@example.org", "confirmation_email": "ja@example.org"},
    )
    assert [message.to for message in mail.outbox] == [["ala@example.org"], ["ja@example.org"]]
    links = [confirmation_link(message) for message in mail.outbox]

    visit(client, links[0])
    copy = mail.outbox[-1]
    assert copy.to == ["ala@example.org"] and "Fontanna" in copy.body

    # The e-mail question's address was never confirmed: no copy goes to it.
    mail.outbox.clear()
    assert visit(client, links[1]).status_code == 200
    assert survey_responses(survey).count() == 2
    assert mail.outbox == []
