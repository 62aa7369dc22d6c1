"""The poll with cookies blocked: a vote and a comment, and not one cookie either way.

Each request comes from a new client that enforces CSRF checks as a browser
does and keeps nothing between requests: a resident who blocks cookies.
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from feedback.models import PageFeedback

pytestmark = pytest.mark.django_db

ORIGIN = {"Origin": "http://testserver"}


def cookieless(**headers):
    return Client(enforce_csrf_checks=True, headers=headers)


def assert_no_cookie(response):
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    assert "Cookie" not in response.headers.get("Vary", "")


def test_a_vote_and_a_comment_without_javascript_set_and_need_no_cookie(content_pl):
    page = cookieless().get(content_pl.url)
    assert_no_cookie(page)
    action = re.search(r'action="([^"]+/vote/)"', page.content.decode()).group(1)

    voted = cookieless(**ORIGIN).post(
        action, {"page": content_pl.pk, "locale": "pl", "useful": "yes", "website": ""}
    )
    assert voted.status_code == 303
    assert_no_cookie(voted)
    token = parse_qs(urlsplit(voted["Location"]).query)["feedback"][0]

    commented = cookieless(**ORIGIN).post(
        reverse("feedback:comment"), {"token": token, "comment": "Przydatne.", "website": ""}
    )
    assert commented.status_code == 303
    assert_no_cookie(commented)
    assert PageFeedback.objects.get().comment == "Przydatne."


def test_a_vote_with_javascript_sets_no_cookie(content_pl):
    voted = cookieless(Accept="application/json", **ORIGIN).post(
        reverse("feedback:vote"),
        {"page": content_pl.pk, "locale": "pl", "useful": "no", "website": ""},
    )
    assert voted.status_code == 201
    assert_no_cookie(voted)
    assert voted.json()["token"]


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "https://evil.example"}, {"Referer": "https://evil.example/pl/budzet/"}],
)
def test_with_no_cookie_to_lean_on_a_foreign_origin_is_still_refused(content_pl, headers):
    response = cookieless(**headers).post(
        reverse("feedback:vote"),
        {"page": content_pl.pk, "locale": "pl", "useful": "yes", "website": ""},
    )
    assert response.status_code == 403
    assert not PageFeedback.objects.exists()
