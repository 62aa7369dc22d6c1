"""A malformed Content-Length header answers the localized 400 page, never a 500.

gunicorn refuses such requests itself; the development server and other WSGI
servers hand them to Django, whose `request.body` calls int() on the header.
"""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from feedback.models import PageFeedback

pytestmark = pytest.mark.django_db


def poll_vote_url(language):
    with translation.override(language):
        return reverse("feedback:vote")


@pytest.mark.parametrize("length", ["abc", "-1", "1e3", " 12", "١٢", "12, 12"])
def test_a_malformed_content_length_is_a_400(homes, length):
    client = Client(raise_request_exception=False)

    response = client.generic(
        "POST",
        poll_vote_url("en"),
        b"page=1&useful=yes",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=length,
    )

    assert response.status_code == 400
    assert "The request could not be read" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_a_get_without_content_length_and_a_correct_one_pass(homes):
    client = Client()

    assert client.get("/en/").status_code == 200
    response = client.generic(
        "POST",
        poll_vote_url("en"),
        b"",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH="0",
    )
    assert response.status_code != 500
