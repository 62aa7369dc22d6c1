"""A multi-step survey in a real browser: axe-core on every step and the thank-you page,
the flow with and without JavaScript, the conditional question, and the keyboard alone."""

import re

import pytest
from django.test import RequestFactory
from playwright.sync_api import expect

from surveys.spam import STEP_LIMIT, SUBMIT_LIMIT
from tests.browser.axe import audit, format_violations

pytestmark = pytest.mark.browser

LANGUAGES = ["pl", "uk"]
STEP = {"pl": "Krok {} z 3", "uk": "Крок {} з 3"}
THANKS = {"pl": "Dziękujemy za odpowiedzi", "uk": "Дякуємо за відповіді"}
# Tab presses allowed to reach a control: the header and the skip link come first.
MAX_TABS = 60


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Every survey here is sent from 127.0.0.1: start each test with the limits unused."""
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1")
    STEP_LIMIT.reset(request)
    SUBMIT_LIMIT.reset(request)


def assert_no_violations(page):
    violations = audit(page)
    assert not violations, format_violations(violations)


def expect_step(page, number, language="pl"):
    expect(page.locator("#survey-progress-label")).to_have_text(STEP[language].format(number))


def answer_first_step(page, resident="no"):
    page.locator(f'input[name="resident"][value="{resident}"]').check()
    if resident == "yes":
        page.locator('input[name="how_long"][value="long"]').check()


def answer_second_step(page):
    page.locator('input[name="opinions.clean"][value="4"]').check()
    page.locator('input[name="opinions.safe"][value="2"]').check()
    page.locator('input[name="rating"][value="5"]').check()


def press(page, name):
    page.get_by_role("button", name=re.compile(name)).click()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_step_and_the_thank_you_page_have_no_wcag_violations(new_page, live_site, language):
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    assert page.goto(live_site.url("survey_audit", language)).status == 200
    expect_step(page, 1, language)
    assert_no_violations(page)

    # An invalid step: the error summary and the messages must be accessible too.
    page.locator("form.survey-form button[value=next]").click()
    expect(page.locator("#survey-errors")).to_be_visible()
    expect(page.locator("#survey-errors")).to_be_focused()
    assert_no_violations(page)

    answer_first_step(page, resident="yes")
    page.locator("form.survey-form button[value=next]").click()
    expect_step(page, 2, language)
    assert_no_violations(page)

    answer_second_step(page)
    page.locator("form.survey-form button[value=next]").click()
    expect_step(page, 3, language)
    assert_no_violations(page)

    page.locator("form.survey-form button[value=submit]").click()
    expect(page.get_by_role("heading", name=THANKS[language])).to_be_visible()
    assert_no_violations(page)


def test_conditional_question_is_shown_and_hidden_by_the_script(page, live_site):
    page.goto(live_site.url("survey_js"))
    how_long = page.locator("#question-how_long")
    expect(how_long).to_be_hidden()

    page.locator('input[name="resident"][value="yes"]').check()
    expect(how_long).to_be_visible()
    # The hint for readers without the script is not needed once it runs.
    expect(how_long.locator(".survey-condition-hint")).to_be_hidden()

    page.locator('input[name="resident"][value="no"]').check()
    expect(how_long).to_be_hidden()
    expect(how_long.locator('input[name="how_long"]').first).to_be_disabled()


def test_multi_step_flow_with_javascript(page, live_site):
    url = live_site.url("survey_js")
    page.goto(url)
    answer_first_step(page, resident="yes")
    page.locator("form.survey-form button[value=next]").click()
    expect_step(page, 2)
    answer_second_step(page)
    page.locator("form.survey-form button[value=next]").click()
    expect_step(page, 3)

    # Back keeps the answers of the step left and of the step returned to.
    page.locator("textarea[name=idea]").fill("Fontanna")
    page.locator("form.survey-form button[value=back]").click()
    expect_step(page, 2)
    expect(page.locator('input[name="opinions.clean"][value="4"]')).to_be_checked()
    page.locator("form.survey-form button[value=next]").click()
    expect(page.locator("textarea[name=idea]")).to_have_value("Fontanna")

    page.locator('input[name="wishes"][value="trees"]').check()
    page.locator("form.survey-form button[value=submit]").click()

    expect(page.get_by_role("heading", name=THANKS["pl"])).to_be_visible()
    assert page.url == url


def test_multi_step_flow_without_javascript(new_page, live_site):
    page = new_page(java_script_enabled=False)
    page.goto(live_site.url("survey_no_js"))
    expect(page.locator("html")).to_have_class(re.compile(r"\bno-js\b"))
    # Without the script the conditional question stays, with a hint saying when to answer.
    how_long = page.locator("#question-how_long")
    expect(how_long).to_be_visible()
    expect(how_long.locator(".survey-condition-hint")).to_be_visible()

    # "No" makes the question irrelevant: the server neither requires nor keeps its answer.
    answer_first_step(page, resident="no")
    page.locator("form.survey-form button[value=next]").click()
    expect_step(page, 2)
    expect(page.locator("#question-how_long")).to_have_count(0)

    page.locator("form.survey-form button[value=next]").click()
    expect(page.locator("#survey-errors")).to_be_visible()
    expect_step(page, 2)

    answer_second_step(page)
    page.locator("form.survey-form button[value=next]").click()
    expect_step(page, 3)
    page.locator("form.survey-form button[value=back]").click()
    expect_step(page, 2)
    expect(page.locator('input[name="rating"][value="5"]')).to_be_checked()
    page.locator("form.survey-form button[value=next]").click()
    page.locator("textarea[name=idea]").fill("Więcej ławek")
    page.locator("form.survey-form button[value=submit]").click()

    expect(page.get_by_role("heading", name=THANKS["pl"])).to_be_visible()


def tab_to(page, selector):
    """Press Tab until the focused element matches `selector`; fail if it never does."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab never reached {selector}")


def test_a_survey_completed_with_the_keyboard_alone(page, live_site):
    page.goto(live_site.url("survey_keyboard", "uk"))

    # Step 1: Tab enters the yes/no group on "yes"; Space chooses it and shows the next question.
    tab_to(page, 'input[name="resident"]')
    page.keyboard.press("Space")
    expect(page.locator('input[name="resident"][value="yes"]')).to_be_checked()
    expect(page.locator("#question-how_long")).to_be_visible()
    tab_to(page, 'input[name="how_long"]')
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    expect(page.locator('input[name="how_long"][value="long"]')).to_be_checked()
    tab_to(page, "button[value=next]")
    page.keyboard.press("Enter")
    expect_step(page, 2, "uk")

    # Step 2: arrow keys move the choice along each row of the matrix and the scale.
    for name, moves in (("opinions.clean", 3), ("opinions.safe", 1), ("rating", 4)):
        tab_to(page, f'input[name="{name}"]')
        page.keyboard.press("Space")
        for _ in range(moves):
            page.keyboard.press("ArrowRight")
        expect(page.locator(f'input[name="{name}"][value="{moves + 1}"]')).to_be_checked()
    tab_to(page, "button[value=next]")
    page.keyboard.press("Enter")
    expect_step(page, 3, "uk")

    # Step 3: a checkbox with Space, text typed, then Enter on the send button.
    tab_to(page, 'input[name="wishes"][value="benches"]')
    page.keyboard.press("Space")
    tab_to(page, "textarea[name=idea]")
    page.keyboard.type("Більше лавок")
    tab_to(page, "button[value=submit]")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name=THANKS["uk"])).to_be_visible()
