"""The poll must not stop the page that shows it from being cached whole."""

import re
from urllib.parse import parse_qs, urlsplit

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


def thanks_shown(response):
    """Whether the poll shows its final thanks (the paragraph is not hidden)."""
    paragraph = re.search(r"<p[^>]*data-feedback-done[^>]*>", poll_html(response)).group(0)
    return "hidden" not in paragraph


def test_the_comment_step_address_is_not_cached_and_thanks_after_the_comment(content_pl):
    """The no-JavaScript comment step lives at the page's address with the vote's token.

    That address shows the comment form until the comment is sent and the thanks
    after it, so no cache may keep it; the page without the parameter stays cacheable.
    """
    origin = {"Origin": "http://testserver"}
    voted = Client(headers=origin).post(
        "/pl/feedback/vote/",
        {"page": content_pl.pk, "locale": "pl", "useful": "yes", "website": ""},
    )
    comment_step = voted["Location"].split("#")[0]
    token = parse_qs(urlsplit(comment_step).query)["feedback"][0]

    first = Client().get(comment_step)
    assert "no-store" in first.headers["Cache-Control"]
    assert not thanks_shown(first)
    assert not thanks_shown(Client().get(comment_step))

    commented = Client(headers=origin).post(
        "/pl/feedback/comment/", {"token": token, "comment": "Dobre.", "website": ""}
    )
    assert commented.status_code == 303

    assert thanks_shown(Client().get(comment_step))
    assert "public" in Client().get(content_pl.url).headers.get("Cache-Control", "")
