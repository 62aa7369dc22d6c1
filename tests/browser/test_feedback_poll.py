"""The "Was this page useful?" poll in a real browser: axe-core in every state, with and
without JavaScript, and with the keyboard alone."""

import re

import pytest
from django.test import RequestFactory
from playwright.sync_api import expect

from feedback.views import RATE_LIMIT
from tests.browser.axe import audit, format_violations

pytestmark = pytest.mark.browser

LANGUAGES = ["pl", "uk"]
THANKS_FOR_ANSWER = {"pl": "Dziękujemy za odpowiedź.", "uk": "Дякуємо за відповідь."}
FINAL_THANKS = {
    "pl": "Dziękujemy za opinię. Pomaga nam ulepszać tę stronę.",
    "uk": "Дякуємо за відгук. Він допомагає нам покращувати цей сайт.",
}
YES = {"pl": "Tak", "uk": "Так"}
COMMENT = {"pl": "Przydałaby się mapa dzielnic.", "uk": "Бракує мапи районів."}


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    """Every vote here comes from 127.0.0.1: start each test with the limit unused."""
    RATE_LIMIT.reset(RequestFactory().get("/", REMOTE_ADDR="127.0.0.1"))


def assert_no_violations(page):
    violations = audit(page)
    assert not violations, format_violations(violations)


def poll_parts(page):
    poll = page.locator("#page-feedback")
    return {
        "poll": poll,
        "yes": poll.get_by_role("button", name=re.compile("^(Tak|Так)$")),
        "comment": poll.locator("textarea[name=comment]"),
        "send": poll.locator("[data-feedback-comment-form] button[type=submit]"),
        "voted": poll.locator("[data-feedback-voted]"),
        "done": poll.locator("[data-feedback-done]"),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_poll_with_javascript_swaps_steps_without_reload_and_passes_axe(
    new_page, live_site, language
):
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    url = live_site.url("content", language)
    page.goto(url)
    parts = poll_parts(page)
    expect(parts["poll"].get_by_role("heading", level=2)).to_be_visible()
    expect(parts["comment"]).to_be_hidden()
    assert_no_violations(page)

    parts["yes"].click()

    expect(parts["voted"]).to_have_text(THANKS_FOR_ANSWER[language])
    expect(parts["voted"]).to_be_focused()
    expect(parts["comment"]).to_be_visible()
    expect(parts["yes"]).to_be_hidden()
    assert page.url == url
    assert_no_violations(page)

    parts["comment"].fill(COMMENT[language])
    parts["send"].click()

    expect(parts["done"]).to_have_text(FINAL_THANKS[language])
    expect(parts["done"]).to_be_focused()
    expect(parts["comment"]).to_be_hidden()
    assert page.url == url
    assert_no_violations(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_poll_without_javascript_goes_through_the_server_and_passes_axe(
    new_page, live_site, language
):
    page = new_page(java_script_enabled=False)
    url = live_site.url("content", language)
    page.goto(url)
    parts = poll_parts(page)

    parts["yes"].click()

    expect(page).to_have_url(re.compile(re.escape(url) + r"\?feedback=[^&#]+#page-feedback$"))
    expect(parts["voted"]).to_have_text(THANKS_FOR_ANSWER[language])
    expect(parts["comment"]).to_be_visible()
    comment_step_url = page.url

    parts["comment"].fill(COMMENT[language])
    parts["send"].click()

    expect(page).to_have_url(url + "?feedback=done#page-feedback")
    expect(parts["done"]).to_have_text(FINAL_THANKS[language])
    expect(parts["comment"]).to_be_hidden()
    done_url = page.url

    # axe needs JavaScript: audit the two server-rendered steps in a normal context.
    # The comment has been sent, so the first address now shows the final thanks;
    # vote once more (in that context) to audit a fresh comment step.
    audited = new_page(bypass_csp=True)
    audited.goto(done_url)
    expect(poll_parts(audited)["done"]).to_be_visible()
    assert_no_violations(audited)
    audited.goto(comment_step_url)
    expect(poll_parts(audited)["done"]).to_be_visible()

    fresh = new_page(java_script_enabled=False)
    fresh.goto(url)
    poll_parts(fresh)["yes"].click()
    expect(poll_parts(fresh)["comment"]).to_be_visible()
    audited.goto(fresh.url)
    expect(poll_parts(audited)["comment"]).to_be_visible()
    assert_no_violations(audited)


def test_poll_can_be_answered_with_the_keyboard_alone(page, live_site):
    url = live_site.url("content", "pl")
    page.goto(url)
    parts = poll_parts(page)

    for _ in range(400):
        page.keyboard.press("Tab")
        if parts["yes"].evaluate("button => button === document.activeElement"):
            break
    expect(parts["yes"]).to_be_focused()

    page.keyboard.press("Enter")

    expect(parts["voted"]).to_be_focused()
    page.keyboard.press("Tab")
    expect(parts["comment"]).to_be_focused()  # the honeypot (tabindex=-1) is skipped
    page.keyboard.type(COMMENT["pl"])
    page.keyboard.press("Tab")
    expect(parts["send"]).to_be_focused()
    page.keyboard.press("Enter")

    expect(parts["done"]).to_be_focused()
    expect(parts["done"]).to_have_text(FINAL_THANKS["pl"])
    assert page.url == url


def test_the_server_s_refusal_is_shown_in_the_alert_region(new_page, live_site):
    """With the rate limit used up, the script shows the server's localized 429 message."""
    page = new_page()
    url = live_site.url("content", "pl")
    page.goto(url)
    parts = poll_parts(page)
    vote_url = parts["poll"].locator("[data-feedback-vote]").get_attribute("action")
    page_id = parts["poll"].locator("input[name=page]").get_attribute("value")
    for _ in range(RATE_LIMIT.limit):
        page.request.post(
            live_site.base_url + vote_url,
            form={"page": page_id, "locale": "pl", "useful": "no"},
            headers={"Accept": "application/json", "Origin": live_site.base_url},
        )

    parts["yes"].click()

    expect(parts["poll"].get_by_role("alert")).to_have_text(
        "Wysłano wiele odpowiedzi w krótkim czasie. Spróbuj ponownie za kilka minut."
    )
    expect(parts["yes"]).to_be_visible()
    expect(parts["yes"]).to_be_enabled()
    assert page.url == url
