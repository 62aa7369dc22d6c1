"""Taking part, in a real browser at a phone's and a laptop's width.

The home page's sections from live content, the survey's legends, progress
and touch targets, the poll set apart from the survey, past events and a
project's call to action; axe-core on each of these pages in pl, en and uk.
"""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.axe import audit, format_violations
from tests.browser.content_participation import (
    DRAFT_SURVEY_TITLE,
    OPEN_SURVEY_TITLE,
    SCALE_MAX,
    SCALE_MIN,
    STEP_TITLES,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}
VIEWPORTS = {"phone": PHONE, "laptop": LAPTOP}
LANGUAGES = ("pl", "en", "uk")
AUDITED_KINDS = ("home", "open_survey", "past_event", "event", "project")
MIN_TARGET = 44
# `make screenshots` sets this; the pictures are then written for the README.
SCREENSHOT_DIR = os.environ.get("SCREENSHOT_DIR", "")
SCREENSHOT_KINDS = {"home": "home", "project": "project", "survey": "open_survey", "event": "event"}


def open_at(new_page, live_site, kind, language="pl", viewport=PHONE, **options):
    page = new_page(viewport=viewport, **options)
    response = page.goto(live_site.url(kind, language))
    assert response.status == 200, live_site.url(kind, language)
    return page


def no_sideways_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"the page is {width}px wide"


def go_to_step(page, number):
    """Move on with "Next" (nothing on the steps is required) until step `number`."""
    for _ in range(number - 1):
        page.locator('button[value="next"]').click()
        page.wait_for_load_state()


@pytest.mark.parametrize("viewport", VIEWPORTS.values(), ids=VIEWPORTS.keys())
def test_home_invites_to_take_part_from_live_content(new_page, live_site, viewport):
    page = open_at(new_page, live_site, "home", viewport=viewport)

    surveys = page.locator(".participation__section--surveys")
    expect(surveys.get_by_role("heading", level=2)).to_be_visible()
    expect(surveys.get_by_role("link", name=OPEN_SURVEY_TITLE)).to_be_visible()
    # The survey closing soonest comes first; those without a date follow.
    expect(surveys.locator(".card__title").first).to_have_text(OPEN_SURVEY_TITLE)
    expect(page.get_by_text(DRAFT_SURVEY_TITLE)).to_have_count(0)

    events = page.locator(".participation__section--events .event-card")
    expect(events).to_have_count(1)
    expect(events.first).to_contain_text("Podgórze")
    projects = page.locator(".participation__section--projects .project-card")
    expect(projects.first.locator(".status")).to_be_visible()
    expect(projects.first.locator("img")).to_have_attribute("alt", re.compile(r"\S"))
    no_sideways_scroll(page)


def test_home_district_filter_is_in_the_address(new_page, live_site):
    page = open_at(new_page, live_site, "home")
    page.get_by_label(re.compile("dzielnic|district", re.IGNORECASE)).select_option("nowa-huta")
    page.locator(".district-picker button[type=submit]").click()
    page.wait_for_url(re.compile(r"\?district=nowa-huta"))
    # No event or project of the demo is in Nowa Huta; the city-wide surveys stay.
    expect(page.locator(".participation__section--events")).to_have_count(0)
    expect(page.locator(".participation__section--surveys")).to_have_count(1)
    assert not [c for c in page.context.cookies() if "nowa-huta" in c["value"]]


@pytest.mark.parametrize("viewport", VIEWPORTS.values(), ids=VIEWPORTS.keys())
def test_scale_and_matrix_name_both_ends(new_page, live_site, viewport):
    page = open_at(new_page, live_site, "open_survey", viewport=viewport)
    go_to_step(page, 2)

    legend = page.locator(".survey-scale-labels").first
    expect(legend).to_contain_text(SCALE_MIN)
    expect(legend).to_contain_text(SCALE_MAX)
    expect(legend).not_to_contain_text("= k")
    # In the headers too (on a phone for screen readers only: the legend is right above).
    headers = page.locator(".survey-matrix thead th")
    expect(headers.first).to_contain_text(SCALE_MIN)
    expect(headers.last).to_contain_text(SCALE_MAX)
    scale = page.locator(".survey-question--scale .survey-check")
    expect(scale.first.locator("label")).to_contain_text(SCALE_MIN)
    expect(scale.last.locator("label")).to_contain_text(SCALE_MAX)


def test_progress_names_the_steps(new_page, live_site):
    page = open_at(new_page, live_site, "open_survey")
    go_to_step(page, 2)

    expect(page.locator(".survey-progress__label")).to_have_text(
        re.compile(r"2\D+3: " + STEP_TITLES[1])
    )
    steps = page.locator(".survey-steps__item")
    expect(steps).to_have_count(3)
    expect(steps.nth(1)).to_have_attribute("aria-current", "step")
    expect(steps.nth(0)).to_have_class(re.compile("survey-steps__item--done"))


@pytest.mark.parametrize("viewport", VIEWPORTS.values(), ids=VIEWPORTS.keys())
def test_choices_are_44_px_targets(new_page, live_site, viewport):
    page = open_at(new_page, live_site, "open_survey", viewport=viewport)
    go_to_step(page, 2)

    targets = page.locator(".survey-check label, .survey-matrix__hit")
    assert targets.count() >= 15
    for index in range(targets.count()):
        box = targets.nth(index).bounding_box()
        assert box["width"] >= MIN_TARGET and box["height"] >= MIN_TARGET, box
    # A tap on the label, away from the small circle, chooses.
    targets.last.click(position={"x": 2, "y": 2})
    expect(page.locator(".survey-matrix input").last).to_be_checked()


def test_poll_is_set_apart_from_the_survey_form(new_page, live_site):
    page = open_at(new_page, live_site, "open_survey")
    form_bottom = page.locator(".survey-form").bounding_box()
    poll = page.locator("#page-feedback")
    poll_box = poll.bounding_box()

    assert poll_box["y"] - (form_bottom["y"] + form_bottom["height"]) >= 48
    expect(poll.get_by_role("heading", level=2)).to_have_text(re.compile(r"\w"))
    expect(page.locator("#page-feedback-heading")).to_be_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_past_event_says_so_and_invites_nobody(new_page, live_site, language):
    page = open_at(new_page, live_site, "past_event", language)

    expect(page.locator(".event__past")).to_be_visible()
    expect(page.locator('main a[href$="calendar/"]')).to_have_count(0)
    expect(page.locator(".event__actions")).to_have_count(0)
    upcoming = open_at(new_page, live_site, "event", language)
    expect(upcoming.locator('.event__actions a[href$="calendar/"]')).to_have_count(1)


def test_project_calls_to_its_open_consultation_at_the_top(new_page, live_site):
    page = open_at(new_page, live_site, "project", viewport=LAPTOP)

    cta = page.locator(".project-cta")
    expect(cta).to_contain_text(OPEN_SURVEY_TITLE)
    # Above the fold: before the image, the facts and the description.
    assert cta.bounding_box()["y"] < LAPTOP["height"]
    cta.get_by_role("link").click()
    page.wait_for_url(live_site.url("open_survey"))


def test_images_are_responsive(new_page, live_site):
    page = open_at(new_page, live_site, "project", viewport=PHONE)
    picture = page.locator("figure picture").first
    expect(picture.locator('source[type="image/avif"]')).to_have_count(1)
    expect(picture.locator('source[type="image/webp"]')).to_have_count(1)
    image = picture.locator("img")
    expect(image).to_have_attribute("width", re.compile(r"\d+"))
    expect(image).to_have_attribute("height", re.compile(r"\d+"))
    home = open_at(new_page, live_site, "home", viewport=PHONE)
    expect(home.locator(".project-card img").first).to_have_attribute("loading", "lazy")


@pytest.mark.parametrize("viewport", VIEWPORTS.values(), ids=VIEWPORTS.keys())
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", AUDITED_KINDS)
def test_participation_pages_have_no_wcag_violations(new_page, live_site, kind, language, viewport):
    page = open_at(new_page, live_site, kind, language, viewport=viewport, bypass_csp=True)
    if kind == "open_survey":
        go_to_step(page, 2)

    violations = audit(page)

    assert not violations, format_violations(violations)


@pytest.mark.parametrize("viewport_name", VIEWPORTS)
def test_full_page_screenshots(new_page, live_site, viewport_name, tmp_path):
    """Full-page pictures of the main page types; `make screenshots` keeps them for the README."""
    folder = Path(SCREENSHOT_DIR) if SCREENSHOT_DIR else tmp_path
    if not folder.is_absolute():
        folder = settings.BASE_DIR / folder
    folder.mkdir(parents=True, exist_ok=True)
    for name, kind in SCREENSHOT_KINDS.items():
        page = open_at(new_page, live_site, kind, viewport=VIEWPORTS[viewport_name])
        if kind == "open_survey":
            go_to_step(page, 2)
        # The cookie notice is fixed at the bottom: in a full-page picture it covers the middle.
        notice = page.locator(".cookie-notice button")
        if notice.count() and notice.first.is_visible():
            notice.first.click()
        # Lazy images below the fold load only when scrolled to: load them all first.
        page.evaluate("document.querySelectorAll('img').forEach(i => { i.loading = 'eager'; })")
        page.wait_for_load_state("networkidle")
        path = folder / f"{name}-{VIEWPORTS[viewport_name]['width']}.jpg"
        page.screenshot(path=path, full_page=True, type="jpeg", quality=70)
        assert 0 < path.stat().st_size < 400_000, (path, path.stat().st_size)
