"""The comment token names a vote by a random identifier only, and a changed token is refused."""

import base64
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import translation

from feedback.models import PageFeedback
from feedback.tokens import SALT, read_vote_token, vote_token

from .conftest import vote_data

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}
EXPIRED_PL = "Ten formularz komentarza wygasł. Odpowiedz ponownie na pytanie."


def url(name):
    with translation.override("pl"):
        return reverse(f"feedback:{name}")


def payload(token):
    """What anyone can read in a signed token: its JSON payload."""
    data = token.split(":", 1)[0]
    return json.loads(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))


def leaves(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from leaves(item)
    else:
        yield value


def test_the_json_token_carries_no_database_id(client, content_pl):
    token = client.post(url("vote"), vote_data(content_pl), **JSON).json()["token"]

    vote = PageFeedback.objects.get()
    data = payload(token)
    assert not [leaf for leaf in leaves(data) if isinstance(leaf, int | float)]
    # Exactly the random public id: no other field, so neither the vote's nor
    # the page's database id. (A substring test would be flaky: a UUID's hex
    # digits contain small ids such as "1" by chance.)
    assert data == {"vote": str(vote.public_id)}
    assert data["vote"] not in {str(vote.pk), str(content_pl.pk)}


def test_the_redirect_token_carries_no_database_id(client, content_pl):
    location = client.post(url("vote"), vote_data(content_pl))["Location"]

    token = parse_qs(urlsplit(location).query)["feedback"][0]
    assert payload(token) == {"vote": str(PageFeedback.objects.get().public_id)}


def test_public_ids_are_random_and_distinct(client, content_pl):
    for _ in range(3):
        client.post(url("vote"), vote_data(content_pl), **JSON)

    ids = list(PageFeedback.objects.values_list("public_id", flat=True))
    assert len(set(ids)) == 3
    assert all(public_id.version == 4 for public_id in ids)


def test_a_token_reads_back_to_its_vote(client, content_pl):
    client.post(url("vote"), vote_data(content_pl), **JSON)
    vote = PageFeedback.objects.get()

    assert read_vote_token(vote_token(vote)) == vote.public_id


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(
            lambda token, vote: token[:-2] + ("AA" if token[-2:] != "AA" else "BB"),
            id="signature-changed",
        ),
        pytest.param(
            lambda token, vote: signing.dumps(
                {"vote": str(vote.public_id)}, salt=SALT, key="x" * 50
            ),
            id="signed-with-another-key",
        ),
        pytest.param(
            lambda token, vote: signing.dumps(
                {"vote": vote.pk, "page": vote.page_id}, salt="feedback.vote"
            ),
            id="old-format-with-ids",
        ),
        pytest.param(
            lambda token, vote: signing.dumps({"vote": vote.pk}, salt=SALT), id="integer-id"
        ),
        pytest.param(
            lambda token, vote: signing.dumps({"vote": "not-a-uuid"}, salt=SALT), id="not-a-uuid"
        ),
        pytest.param(
            lambda token, vote: signing.dumps(
                {"vote": "00000000-0000-4000-8000-000000000000"}, salt=SALT
            ),
            id="unknown-uuid",
        ),
        pytest.param(lambda token, vote: signing.dumps(["vote"], salt=SALT), id="a-list"),
    ],
)
def test_a_forged_or_altered_token_is_refused_and_stores_nothing(client, content_pl, forge):
    token = client.post(url("vote"), vote_data(content_pl), **JSON).json()["token"]
    vote = PageFeedback.objects.get()

    response = client.post(url("comment"), {"token": forge(token, vote), "comment": "Obce"}, **JSON)

    assert response.status_code == 400
    assert response.json() == {"error": EXPIRED_PL}
    assert PageFeedback.objects.count() == 1
    assert PageFeedback.objects.get().comment == ""


def test_an_altered_token_in_the_address_shows_the_initial_poll(client, content_pl):
    location = client.post(url("vote"), vote_data(content_pl))["Location"]
    altered = location.replace("#page-feedback", "").rstrip("A") + "B"

    html = client.get(altered).content.decode()

    assert 'data-state="initial"' in html
