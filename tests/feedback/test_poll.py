"""The poll on a content page: without JavaScript (303, state in the URL) and with it (JSON)."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import translation

from feedback.models import PageFeedback
from tests.factories import ContentPageFactory, NewsIndexPageFactory, NewsPageFactory

from .conftest import vote_data

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def vote_url(language="pl"):
    with translation.override(language):
        return reverse("feedback:vote")


def comment_url(language="pl"):
    with translation.override(language):
        return reverse("feedback:comment")


def token_from(location):
    return parse_qs(urlsplit(location).query)["feedback"][0]


def test_poll_is_on_content_and_news_pages_but_not_on_home_pages(client, home_pl, content_pl):
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_pl))

    for page in (content_pl, news):
        html = client.get(page.url).content.decode()
        assert 'id="page-feedback"' in html
        assert "Czy ta strona była przydatna?" in html
        assert f'name="page" value="{page.pk}"' in html
    assert 'id="page-feedback"' not in client.get(home_pl.url).content.decode()


def test_without_javascript_vote_then_comment_then_thanks(client, content_pl):
    response = client.post(vote_url(), vote_data(content_pl, "no"))

    assert response.status_code == 303
    location = response["Location"]
    assert location.startswith(content_pl.url + "?feedback=")
    assert location.endswith("#page-feedback")
    vote = PageFeedback.objects.get()
    assert (vote.page_id, vote.locale.language_code, vote.useful) == (content_pl.pk, "pl", False)

    page = client.get(location).content.decode()
    assert "Dziękujemy za odpowiedź." in page
    assert f'name="token" value="{token_from(location)}"' in page
    assert "data-feedback-vote hidden" in page
    assert "data-feedback-comment>" in page  # the comment step is shown

    response = client.post(
        comment_url(), {"token": token_from(location), "comment": "Brakuje mapy dzielnic."}
    )

    assert response.status_code == 303
    assert response["Location"] == f"{content_pl.url}?feedback=done#page-feedback"
    vote.refresh_from_db()
    assert vote.comment == "Brakuje mapy dzielnic."
    final = client.get(response["Location"]).content.decode()
    assert "Dziękujemy za opinię." in final
    assert "data-feedback-comment hidden" in final
    assert "data-feedback-done hidden" not in final


def test_a_used_token_in_the_address_shows_the_final_thanks_not_the_form(client, content_pl):
    location = client.post(vote_url(), vote_data(content_pl))["Location"]
    client.post(comment_url(), {"token": token_from(location), "comment": "OK"})

    page = client.get(location).content.decode()

    assert "data-feedback-comment hidden" in page
    assert "data-feedback-done hidden" not in page


def test_a_token_for_another_page_shows_the_initial_poll(client, home_pl, content_pl):
    other = ContentPageFactory(parent=home_pl)
    location = client.post(vote_url(), vote_data(other))["Location"]

    page = client.get(f"{content_pl.url}?feedback={token_from(location)}").content.decode()

    assert 'data-state="initial"' in page
    assert "data-feedback-vote>" in page
    assert "data-feedback-comment hidden" in page


def test_with_javascript_vote_and_comment_answer_json(client, content_pl):
    response = client.post(vote_url(), vote_data(content_pl, "yes"), **JSON)

    assert response.status_code == 201
    body = response.json()
    assert body["message"] == "Dziękujemy za odpowiedź."
    assert PageFeedback.objects.get().useful is True

    response = client.post(comment_url(), {"token": body["token"], "comment": "Przydatne!"}, **JSON)

    assert response.status_code == 200
    assert response.json() == {"message": "Dziękujemy za komentarz."}
    assert PageFeedback.objects.get().comment == "Przydatne!"


def test_answers_are_stored_per_page_and_locale(client, content_pl, content_uk):
    client.post(vote_url("pl"), vote_data(content_pl, "yes"))
    client.post(vote_url("uk"), vote_data(content_uk, "no"))
    client.post(vote_url("uk"), vote_data(content_uk, "no"))

    stored = sorted(PageFeedback.objects.values_list("page_id", "locale__language_code", "useful"))
    assert stored == sorted(
        [(content_pl.pk, "pl", True), (content_uk.pk, "uk", False), (content_uk.pk, "uk", False)]
    )


def test_the_ukrainian_poll_speaks_ukrainian(client, content_uk):
    html = client.get(content_uk.url).content.decode()

    assert "Чи була ця сторінка корисною?" in html
    assert f'action="{vote_url("uk")}"' in html
    assert 'name="locale" value="uk"' in html
