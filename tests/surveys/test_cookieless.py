"""Surveys without cookies: the signed form token instead of Django's CSRF cookie.

Every request goes through a client that enforces CSRF checks as a browser
would, and keeps no cookie between requests (a new client each time), the
way a resident who blocks cookies answers.
"""

import base64
import json
import re

import pytest
from django.core import signing
from django.test import Client, TestCase

from surveys.models import ResponsePolicy, SurveyDraft, SurveyResponse
from tests.factories import translate_page
from tests.surveys.factories import SurveyPageFactory, options, question, step_break
from tests.surveys.helpers import flow_token

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"
STALE_EN = "The form was open too long"
THANKS = "Dziękujemy"


@pytest.fixture
def two_steps(survey_index):
    return SurveyPageFactory(
        parent=survey_index,
        questions=[
            question(
                "single_choice",
                "Jak dojeżdżasz?",
                key="transport",
                options=options(("bike", "Rowerem"), ("tram", "Tramwajem")),
            ),
            step_break("Pomysły"),
            question("long_text", "Twój pomysł", key="idea", max_length=300),
        ],
    )


def cookieless():
    """A browser that blocks cookies: CSRF enforced, nothing kept between requests."""
    return Client(enforce_csrf_checks=True)


def assert_no_cookie(response):
    assert not response.cookies, response.cookies
    assert "Set-Cookie" not in response.headers
    assert "Cookie" not in response.headers.get("Vary", "")
    assert "private" not in response.headers.get("Cache-Control", "")


def post(page, token, data, **headers):
    """POST a step from a fresh cookie-less browser; e-mails run as after the commit."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return cookieless().post(page.url, {"flow": token, **data}, headers=headers)


def token_payload(token):
    """The JSON inside a signed token (signed is not secret)."""
    encoded = token.split(":")[0]
    return json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))


def render_long_ago(monkeypatch, seconds):
    """Sign whatever is rendered next as if `seconds` ago."""
    now = signing.TimestampSigner().timestamp
    monkeypatch.setattr(
        signing.TimestampSigner,
        "timestamp",
        lambda self: signing.b62_encode(signing.b62_decode(now()) - seconds),
    )


def test_a_multi_step_survey_is_answered_with_no_cookie_at_all(two_steps):
    first = cookieless().get(two_steps.url)
    assert first.status_code == 200
    assert_no_cookie(first)
    assert "csrfmiddlewaretoken" not in first.content.decode()

    second = post(two_steps, flow_token(first), {"transport": "bike", "action": "next"})
    assert second.status_code == 200
    assert "Krok 2 z 2" in second.content.decode()
    assert_no_cookie(second)

    done = post(two_steps, flow_token(second), {"idea": "Ławki", "action": "submit"})
    assert done.status_code == 200
    assert THANKS in done.content.decode()
    assert_no_cookie(done)
    assert SurveyResponse.objects.get().form_data == {"transport": "bike", "idea": "Ławki"}


def test_the_first_step_of_a_multi_step_survey_is_the_same_for_everyone(two_steps):
    """It names no draft, so a whole-page cache may hand it to every visitor."""
    response = cookieless().get(two_steps.url)
    assert token_payload(flow_token(response)) == {"d": "", "s": 1}
    assert "no-store" not in response.headers.get("Cache-Control", "")
    # Two visitors sending the same cached first step get drafts of their own.
    one = post(two_steps, flow_token(response), {"transport": "bike", "action": "next"})
    two = post(two_steps, flow_token(response), {"transport": "tram", "action": "next"})
    drafts = {token_payload(flow_token(r))["d"] for r in (one, two)}
    assert len(drafts) == 2 and "" not in drafts
    assert SurveyDraft.objects.count() == 2


def test_a_form_naming_a_draft_is_never_stored_by_a_cache(survey_index):
    """A one-step survey's form is the final one: its token is single-use."""
    survey = SurveyPageFactory(parent=survey_index)
    response = cookieless().get(survey.url)
    assert_no_cookie(response)
    assert token_payload(flow_token(response))["d"]
    assert "no-store" in response.headers["Cache-Control"]


def test_a_one_step_survey_is_sent_with_no_cookie(survey_index):
    survey = SurveyPageFactory(parent=survey_index)
    token = flow_token(cookieless().get(survey.url))
    done = post(survey, token, {"opinion": "Więcej zieleni", "action": "submit"})
    assert done.status_code == 200
    assert THANKS in done.content.decode()
    assert_no_cookie(done)
    assert SurveyResponse.objects.count() == 1


def test_a_one_per_browser_survey_is_never_cached_as_it_reads_its_cookie(survey_index):
    survey = SurveyPageFactory(
        parent=survey_index,
        response_policy=ResponsePolicy.ONE_PER_BROWSER,
        questions=[
            question("yes_no", "Mieszkasz w Krakowie?", key="resident"),
            step_break(),
            question("long_text", "Twój pomysł", key="idea", max_length=300),
        ],
    )
    response = cookieless().get(survey.url)
    assert_no_cookie(response)
    assert "no-store" in response.headers["Cache-Control"]


def test_one_per_browser_sets_its_cookie_only_after_sending(survey_index):
    survey = SurveyPageFactory(parent=survey_index, response_policy=ResponsePolicy.ONE_PER_BROWSER)
    page = cookieless().get(survey.url)
    assert_no_cookie(page)
    done = post(survey, flow_token(page), {"opinion": "Tak", "action": "submit"})
    assert done.status_code == 200
    assert list(done.cookies) == [f"survey-{survey.translation_key.hex[:16]}"]


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Referer": "https://evil.example/form.html"},
    ],
)
def test_a_step_sent_from_another_site_is_refused(two_steps, headers):
    token = flow_token(cookieless().get(two_steps.url))
    response = post(two_steps, token, {"transport": "bike", "action": "next"}, **headers)
    assert response.status_code == 403
    assert 'class="survey-form"' not in response.content.decode()
    assert_no_cookie(response)
    assert not SurveyDraft.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [{"Origin": ORIGIN}, {"Referer": f"{ORIGIN}/pl/ankiety/"}, {}],
    ids=["origin", "referer", "neither"],
)
def test_a_step_from_this_site_or_naming_no_site_is_taken(two_steps, headers):
    """Without Origin and Referer the signed token alone vouches for the form."""
    token = flow_token(cookieless().get(two_steps.url))
    response = post(two_steps, token, {"transport": "bike", "action": "next"}, **headers)
    assert response.status_code == 200
    assert SurveyDraft.objects.count() == 1


def test_a_changed_token_is_refused(two_steps):
    token = flow_token(cookieless().get(two_steps.url))
    response = post(two_steps, token[:-3] + "abc", {"transport": "bike", "action": "next"})
    assert response.status_code == 400
    assert not SurveyDraft.objects.exists()


def test_a_stale_last_step_keeps_every_answer_and_sends_again(two_steps):
    start = flow_token(cookieless().get(two_steps.url))
    # Step 2 is shown two days ago, and the resident sends it only now.
    with pytest.MonkeyPatch.context() as patched:
        render_long_ago(patched, 2 * 24 * 60 * 60)
        second = post(two_steps, start, {"transport": "tram", "action": "next"})
    stale = post(two_steps, flow_token(second), {"idea": "Więcej ławek", "action": "submit"})

    assert stale.status_code == 403
    html = stale.content.decode()
    assert 'id="survey-errors"' in html  # the notice, which takes the focus
    assert "Więcej ławek" in html  # the typed answer is in the form again
    assert "problem" not in html  # no error summary for checks that never ran
    assert_no_cookie(stale)
    assert not SurveyResponse.objects.exists()

    fresh = flow_token(stale)
    assert fresh != flow_token(second)
    done = post(two_steps, fresh, {"idea": "Więcej ławek", "action": "submit"})
    assert done.status_code == 200
    assert SurveyResponse.objects.get().form_data == {"transport": "tram", "idea": "Więcej ławek"}


def test_a_step_from_another_site_is_explained_in_the_readers_language(two_steps, homes):
    english = translate_page(two_steps, "en")
    token = flow_token(cookieless().get(english.url))
    response = post(english, token, {"transport": "bike"}, Origin="https://evil.example")
    assert response.status_code == 403
    assert "accepted only from its page on this website" in response.content.decode()


def test_a_stale_first_step_speaks_the_readers_language(two_steps, homes, monkeypatch):
    english = translate_page(two_steps, "en")
    with monkeypatch.context() as patched:
        render_long_ago(patched, 3 * 24 * 60 * 60)
        token = flow_token(cookieless().get(english.url))
    stale = post(english, token, {"transport": "bike", "action": "next"})
    assert stale.status_code == 403
    html = stale.content.decode()
    assert STALE_EN in html
    assert re.search(r'value="bike"[^>]*checked', html)
    assert not SurveyDraft.objects.exists()
    # Sent again with the fresh token, it goes on to step 2.
    again = post(english, flow_token(stale), {"transport": "bike", "action": "next"})
    assert again.status_code == 200
    assert "Step 2 of 2" in again.content.decode()


def test_other_pages_keep_django_csrf_protection(home_pl):
    """Only pages that check their own POSTs go without the CSRF cookie."""
    response = cookieless().post(home_pl.url, {"anything": "1"}, headers={"Origin": ORIGIN})
    assert response.status_code == 403
