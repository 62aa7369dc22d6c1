"""The link in the confirmation e-mail names the response by a random identifier only."""

import base64
import json
import re

import pytest
from django.core import mail, signing
from django.urls import reverse

from surveys import emails
from surveys.models import ResponsePolicy, ResponseStatus, SurveyResponse
from tests.surveys.factories import SurveyPageFactory
from tests.surveys.helpers import send, visit

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+/confirm/(\S+)/")


@pytest.fixture
def email_survey(survey_index):
    return SurveyPageFactory(parent=survey_index, response_policy=ResponsePolicy.ONE_PER_EMAIL)


def payload(token):
    """What anyone can read in a signed token (signed is not secret)."""
    encoded = token.split(":")[0]
    return json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))


def test_the_link_carries_the_random_submission_token_not_the_id(client, email_survey):
    send(client, email_survey, {"opinion": "Tak", "confirmation_email": "ewa@example.org"})
    response = SurveyResponse.objects.get()
    token = LINK.search(mail.outbox[0].body).group(1)

    assert payload(token) == response.submission_token.hex
    confirmed = visit(client, reverse("surveys:confirm", args=[token]))
    assert confirmed.status_code == 200
    response.refresh_from_db()
    assert response.status == ResponseStatus.CONFIRMED


@pytest.mark.parametrize(
    "value",
    [
        lambda response: response.pk,  # the first format: the database id
        lambda response: str(response.pk),
        lambda response: "not-a-uuid",
        lambda response: {"id": response.pk},
    ],
)
def test_a_link_naming_the_response_any_other_way_is_not_found(client, email_survey, value):
    send(client, email_survey, {"opinion": "Tak", "confirmation_email": "ewa@example.org"})
    response = SurveyResponse.objects.get()
    for salt in (emails.CONFIRM_SALT, "surveys.confirm"):
        token = signing.dumps(value(response), salt=salt)
        assert client.get(reverse("surveys:confirm", args=[token])).status_code == 404
    response.refresh_from_db()
    assert response.status == ResponseStatus.PENDING
