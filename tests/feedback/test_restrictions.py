"""No votes or comments on pages under a view restriction, nor any word of their address."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from feedback.models import PageFeedback
from tests.factories import ContentPageFactory, UserFactory

from .conftest import vote_data

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}
PAGE_UNAVAILABLE_PL = "Ta strona nie istnieje lub nie jest opublikowana, więc nie można jej ocenić."
EXPIRED_PL = "Ten formularz komentarza wygasł. Odpowiedz ponownie na pytanie."


def url(name):
    with translation.override("pl"):
        return reverse(f"feedback:{name}")


def restrict(page, kind):
    """Put a view restriction of `kind` (password, login or groups) on the page."""
    if kind == "password":
        return PageViewRestriction.objects.create(
            page=page,
            restriction_type=PageViewRestriction.PASSWORD,
            password="tajne",  # noqa: S106
        )
    if kind == "login":
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get_or_create(name="Radni")[0])
    return restriction


KINDS = ["password", "login", "groups"]


@pytest.fixture
def section(home_pl):
    return ContentPageFactory(parent=home_pl, title="Dla radnych", slug="dla-radnych")


@pytest.fixture
def inner(section):
    return ContentPageFactory(parent=section, title="Posiedzenie", slug="posiedzenie-zamkniete")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("accept", ["html", "json"])
def test_a_vote_on_a_restricted_page_is_not_found(client, section, kind, accept):
    restrict(section, kind)
    headers = JSON if accept == "json" else {}

    response = client.post(url("vote"), vote_data(section), **headers)

    assert response.status_code == 404
    text = response.json()["error"] if accept == "json" else response.content.decode()
    assert PAGE_UNAVAILABLE_PL in text
    assert section.slug not in response.content.decode()
    assert "Location" not in response
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_a_restriction_on_an_ancestor_applies(client, section, inner, kind):
    restrict(section, kind)

    response = client.post(url("vote"), vote_data(inner), **JSON)

    assert response.status_code == 404
    assert response.json() == {"error": PAGE_UNAVAILABLE_PL}
    assert not PageFeedback.objects.exists()


def test_a_restricted_page_answers_like_a_missing_one(client, section):
    restrict(section, "password")

    restricted = client.post(url("vote"), vote_data(section), **JSON)
    missing = client.post(url("vote"), {**vote_data(section), "page": "987654321"}, **JSON)

    assert (restricted.status_code, restricted.json()) == (missing.status_code, missing.json())


def test_the_unrestricted_page_beside_it_still_takes_votes(client, home_pl, section):
    restrict(section, "login")
    open_page = ContentPageFactory(parent=home_pl, slug="otwarta")

    response = client.post(url("vote"), vote_data(open_page))

    assert response.status_code == 303
    assert response["Location"].startswith(open_page.url + "?feedback=")


@pytest.mark.parametrize("kind", KINDS)
def test_no_comment_once_the_page_is_restricted_and_no_address_given(client, inner, section, kind):
    token = client.post(url("vote"), vote_data(inner), **JSON).json()["token"]
    restrict(section, kind)

    html = client.post(url("comment"), {"token": token, "comment": "Późno"})
    json_response = client.post(url("comment"), {"token": token, "comment": "Późno"}, **JSON)

    assert html.status_code == json_response.status_code == 400
    assert json_response.json() == {"error": EXPIRED_PL}
    assert inner.slug not in html.content.decode()
    assert section.slug not in html.content.decode()
    assert PageFeedback.objects.get().comment == ""


def test_a_restricted_page_does_not_show_the_poll_even_to_who_may_read_it(client, section):
    restrict(section, "login")
    client.force_login(UserFactory())

    response = client.get(section.url)

    assert response.status_code == 200
    assert "Dla radnych" in response.content.decode()
    assert 'id="page-feedback"' not in response.content.decode()
