"""The poll must not stop the page that shows it from being cached whole."""

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

POLL = re.compile(r'<section id="page-feedback".*?</section>', re.DOTALL)


def poll_html(response):
    match = POLL.search(response.content.decode())
    assert match, "the poll is missing from the page"
    return match.group(0)


def test_two_visitors_get_the_same_poll_and_no_cookie(content_pl):
    first = Client().get(content_pl.url)
    second = Client().get(content_pl.url)

    assert first.status_code == second.status_code == 200
    assert poll_html(first) == poll_html(second)
    assert not first.cookies and not second.cookies
    assert "Cookie" not in first.headers.get("Vary", "")
    assert "csrfmiddlewaretoken" not in poll_html(first)


def test_the_poll_posts_without_a_csrf_token(content_pl):
    """The endpoints take the cached form as it is: no token, no cookie."""
    client = Client(enforce_csrf_checks=True)
    html = poll_html(client.get(content_pl.url))
    action = re.search(r'action="([^"]+/vote/)"', html).group(1)

    response = client.post(
        action,
        {"page": content_pl.pk, "locale": "pl", "useful": "yes", "website": ""},
        HTTP_ORIGIN="http://testserver",
    )

    assert response.status_code == 303
