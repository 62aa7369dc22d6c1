"""Everything wrong with a submission gets a clear, localized 4xx, never a 500 and never a row."""

import base64
import json
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import translation

from feedback.models import PageFeedback
from feedback.views import RATE_LIMIT
from tests.factories import ContentPageFactory

from .conftest import vote_data

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}
PAGE_UNAVAILABLE_PL = "Ta strona nie istnieje lub nie jest opublikowana, więc nie można jej ocenić."


def url(name, language="pl"):
    with translation.override(language):
        return reverse(f"feedback:{name}")


def voted_token(client, page):
    return client.post(url("vote"), vote_data(page), **JSON).json()["token"]


@pytest.mark.parametrize(
    "change",
    [{"page": ""}, {"page": "abc"}, {"page": "1.5"}, {"page": "-3"}, {"page": "9" * 23}],
    ids=["missing", "not-a-number", "decimal", "negative", "overflow"],
)
def test_malformed_page_ids_are_rejected_in_polish(client, content_pl, change):
    response = client.post(url("vote"), {**vote_data(content_pl), **change})

    assert response.status_code == 400
    assert PAGE_UNAVAILABLE_PL in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_an_unknown_page_is_not_found(client, content_pl):
    response = client.post(url("vote"), {**vote_data(content_pl), "page": "999999"})

    assert response.status_code == 404
    assert PAGE_UNAVAILABLE_PL in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_a_draft_page_cannot_be_rated(client, home_pl):
    draft = ContentPageFactory(parent=home_pl, live=False)

    response = client.post(url("vote"), vote_data(draft), **JSON)

    assert response.status_code == 404
    assert response.json() == {"error": PAGE_UNAVAILABLE_PL}
    assert not PageFeedback.objects.exists()


def test_a_home_page_cannot_be_rated(client, home_pl):
    response = client.post(url("vote"), vote_data(home_pl), **JSON)

    assert response.status_code == 404
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"useful": "maybe"}, "Wybierz „tak” albo „nie”."),
        ({"useful": ""}, "Wybierz „tak” albo „nie”."),
        ({"locale": "de"}, "Ten język nie jest jednym z języków serwisu."),
        ({"locale": "uk"}, "Język nie zgadza się z językiem strony."),
    ],
)
def test_bad_answers_and_languages_are_rejected(client, content_pl, change, message):
    response = client.post(url("vote"), {**vote_data(content_pl), **change}, **JSON)

    assert response.status_code == 400
    assert response.json()["error"] == message
    assert not PageFeedback.objects.exists()


def test_errors_follow_the_language_of_the_address(client, content_uk):
    response = client.post(url("vote", "uk"), {**vote_data(content_uk), "page": "abc"}, **JSON)

    assert response.status_code == 400
    assert response.json()["error"] == (
        "Ця сторінка не існує або не опублікована, тому її не можна оцінити."
    )


def test_a_comment_over_500_characters_is_rejected(client, content_pl):
    token = voted_token(client, content_pl)

    response = client.post(url("comment"), {"token": token, "comment": "ż" * 501})

    assert response.status_code == 400
    assert "Komentarz może mieć najwyżej 500 znaków." in response.content.decode()
    assert PageFeedback.objects.get().comment == ""


def test_a_comment_of_exactly_500_characters_is_kept(client, content_pl):
    token = voted_token(client, content_pl)

    response = client.post(url("comment"), {"token": token, "comment": "ż" * 500}, **JSON)

    assert response.status_code == 200
    assert PageFeedback.objects.get().comment == "ż" * 500


def test_a_100000_character_body_is_rejected_cleanly(client, content_pl):
    token = voted_token(client, content_pl)

    response = client.post(url("comment"), {"token": token, "comment": "a" * 100_000}, **JSON)
    vote_response = client.post(url("vote"), {**vote_data(content_pl), "useful": "y" * 100_000})

    assert response.status_code == 400
    assert vote_response.status_code == 400
    assert PageFeedback.objects.get().comment == ""


@pytest.mark.parametrize(
    "token", ["", "garbage", "1:2:3", "eyJ2b3RlIjoxLCJwYWdlIjoxfQ:1tX:forged", "x" * 5000]
)
def test_invalid_tokens_are_rejected(client, content_pl, token):
    voted_token(client, content_pl)

    response = client.post(url("comment"), {"token": token, "comment": "Próba"}, **JSON)

    assert response.status_code == 400
    assert response.json()["error"] == (
        "Ten formularz komentarza wygasł. Odpowiedz ponownie na pytanie."
    )
    assert PageFeedback.objects.get().comment == ""


def test_a_token_cannot_be_edited_to_name_another_vote(client, content_pl):
    mine = voted_token(client, content_pl)
    voted_token(client, content_pl)
    other = PageFeedback.objects.order_by("pk").last()
    payload, rest = mine.split(":", 1)
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data["vote"] = str(other.public_id)
    forged = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode()
    forged = forged.rstrip("=") + ":" + rest

    response = client.post(url("comment"), {"token": forged, "comment": "Nie moje"}, **JSON)

    assert response.status_code == 400
    assert not PageFeedback.objects.exclude(comment="").exists()


def test_a_second_comment_on_the_same_vote_is_refused(client, content_pl):
    token = voted_token(client, content_pl)
    client.post(url("comment"), {"token": token, "comment": "Pierwszy"}, **JSON)

    response = client.post(url("comment"), {"token": token, "comment": "Drugi"})

    assert response.status_code == 409
    assert "Komentarz do tej odpowiedzi został już wysłany." in response.content.decode()
    assert PageFeedback.objects.get().comment == "Pierwszy"


def test_a_comment_after_the_page_was_deleted_is_refused(client, content_pl):
    token = voted_token(client, content_pl)
    content_pl.delete()  # its answers go with it

    response = client.post(url("comment"), {"token": token, "comment": "Za późno"}, **JSON)

    assert response.status_code == 400
    assert response.json()["error"] == (
        "Ten formularz komentarza wygasł. Odpowiedz ponownie na pytanie."
    )
    assert not PageFeedback.objects.exists()


def test_an_empty_comment_is_refused(client, content_pl):
    token = voted_token(client, content_pl)

    response = client.post(url("comment"), {"token": token, "comment": "   "}, **JSON)

    assert response.status_code == 400
    assert response.json()["error"] == "Wpisz komentarz przed wysłaniem."


def test_a_null_character_in_a_comment_is_refused(client, content_pl):
    token = voted_token(client, content_pl)

    response = client.post(url("comment"), {"token": token, "comment": "przed\x00po"}, **JSON)

    assert response.status_code == 400
    assert response.json()["error"] == "Znaki null są niedozwolone."
    assert PageFeedback.objects.get().comment == ""


def test_invalid_utf8_in_a_comment_is_stored_as_replacement_characters(client, content_pl):
    token = voted_token(client, content_pl)
    body = urlencode({"token": token}) + "&comment=ok%ED%A0%80%FF"

    response = client.post(
        url("comment"), body, content_type="application/x-www-form-urlencoded", **JSON
    )

    assert response.status_code == 200
    assert PageFeedback.objects.get().comment.startswith("ok\ufffd")


@pytest.mark.parametrize("name", ["vote", "comment"])
def test_get_is_not_allowed(client, name):
    response = client.get(url(name))

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "Ten adres przyjmuje tylko odpowiedzi wysłane z ankiety." in response.content.decode()


def test_a_filled_honeypot_is_refused_and_nothing_is_stored(client, content_pl):
    response = client.post(url("vote"), vote_data(content_pl, website="http://spam.example"))

    assert response.status_code == 400
    assert "Zostaw ukryte pole puste" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_the_honeypot_also_guards_the_comment(client, content_pl):
    token = voted_token(client, content_pl)

    response = client.post(
        url("comment"), {"token": token, "comment": "Kup teraz", "website": "x"}, **JSON
    )

    assert response.status_code == 400
    assert PageFeedback.objects.get().comment == ""


def test_the_rate_limit_answers_429_with_a_page_that_works_without_javascript(client, content_pl):
    for _ in range(RATE_LIMIT.limit):
        assert client.post(url("vote"), vote_data(content_pl)).status_code == 303

    response = client.post(url("vote"), vote_data(content_pl))

    assert response.status_code == 429
    assert response["Retry-After"] == str(RATE_LIMIT.window)
    html = response.content.decode()
    assert "Wysłano wiele odpowiedzi w krótkim czasie." in html
    assert "<script" not in html.split("<main", 1)[1]
    assert PageFeedback.objects.count() == RATE_LIMIT.limit


def test_the_rate_limit_is_per_address(client, content_pl):
    for _ in range(RATE_LIMIT.limit + 1):
        client.post(url("vote"), vote_data(content_pl), REMOTE_ADDR="10.0.0.1")

    response = client.post(url("vote"), vote_data(content_pl), REMOTE_ADDR="10.0.0.2")

    assert response.status_code == 303


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "http://testserver.evil.example"},
        {"HTTP_REFERER": "https://evil.example/pl/budzet/"},
        {"HTTP_REFERER": "http://[testserver/pl/budzet/"},
        {"HTTP_REFERER": "/pl/budzet/"},
    ],
)
def test_posts_from_other_sites_are_refused(bare_client, content_pl, headers):
    response = bare_client.post(url("vote"), vote_data(content_pl), **headers, **JSON)

    assert response.status_code == 403
    assert response.json()["error"] == "Odpowiedzi są przyjmowane tylko ze stron tego serwisu."
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_ORIGIN": "http://testserver"}, {"HTTP_REFERER": "http://testserver/pl/budzet/"}],
    ids=["origin", "referer"],
)
def test_posts_from_this_site_are_accepted(bare_client, content_pl, headers):
    response = bare_client.post(url("vote"), vote_data(content_pl), **headers, **JSON)

    assert response.status_code == 201
    assert PageFeedback.objects.count() == 1


@pytest.mark.parametrize("name", ["vote", "comment"])
def test_a_post_with_neither_origin_nor_referer_is_refused(bare_client, content_pl, name):
    data = vote_data(content_pl) if name == "vote" else {"token": "x", "comment": "Bez nagłówków"}

    response = bare_client.post(url(name, "en"), data, **JSON)

    assert response.status_code == 403
    assert response.json()["error"].startswith(
        "Your browser did not say which page this answer was sent from"
    )
    assert not PageFeedback.objects.exists()


def test_without_javascript_the_refusal_explains_and_links_back(bare_client, content_pl):
    response = bare_client.post(url("vote", "en"), vote_data(content_pl))

    assert response.status_code == 403
    html = response.content.decode()
    assert "Your browser did not say which page this answer was sent from" in html
    assert "Origin and Referer" in html
    assert 'href="/en/' in html or 'href="/pl/' in html
    assert not PageFeedback.objects.exists()
