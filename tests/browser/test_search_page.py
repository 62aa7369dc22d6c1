"""The search page and the header's combobox in Chromium: axe-core, keyboard only, no JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import audit, format_violations

pytestmark = pytest.mark.browser

RESULTS = {
    "pl": "/pl/szukaj/?query=bud%C5%BCetem",
    "uk": "/uk/poshuk/?query=g%C5%82osowanie",
}


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_results_page_has_no_wcag_violations(new_page, live_site, language):
    page = new_page(bypass_csp=True)
    response = page.goto(RESULTS[language])
    assert response.status == 200
    expect(page.locator(".search-result mark").first).to_be_visible()

    violations = audit(page)

    assert not violations, format_violations(violations)


def test_page_with_nothing_found_has_no_wcag_violations(new_page, live_site):
    page = new_page(bypass_csp=True)
    page.goto("/pl/szukaj/?query=obywatelskm")
    expect(page.locator(".search-suggestion a")).to_be_visible()

    assert not (violations := audit(page)), format_violations(violations)


def test_combobox_by_keyboard_alone(page, live_site):
    page.goto(live_site.url("content"))
    box = page.locator("#site-search")
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.focus()

    # A prefix of one title only: other browser tests add pages about the budget too.
    page.keyboard.type("budzeci")

    listbox = page.locator("#site-search-suggestions")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    option = listbox.get_by_role("option", name="O budżecie obywatelskim")
    expect(option).to_be_visible()
    expect(page.locator("[data-search-status]")).to_contain_text("1")

    page.keyboard.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    expect(box).to_be_focused()

    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_value("budzeci")

    page.keyboard.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_site.url("content"))
    expect(page.locator("h1")).to_have_text("O budżecie obywatelskim")


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_open_combobox_has_no_wcag_violations(new_page, live_site, language):
    page = new_page(bypass_csp=True)
    page.goto(live_site.url("content", language))
    page.locator("#site-search").focus()
    page.keyboard.type("budz")
    expect(page.locator("#site-search-suggestions [role=option]").first).to_be_visible()
    page.keyboard.press("ArrowDown")

    assert not (violations := audit(page)), format_violations(violations)


def test_enter_without_a_chosen_suggestion_searches(page, live_site):
    page.goto(live_site.url("content"))
    page.locator("#site-search").fill("budżetu")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/pl/szukaj/\?query=bud%C5%BCetu$"))
    expect(page.locator("#search-page-query")).to_have_value("budżetu")


def test_without_javascript_the_box_is_a_plain_search_form(new_page, live_site):
    page = new_page(java_script_enabled=False)
    page.goto(live_site.url("content", "uk"))
    box = page.locator("#site-search")
    assert box.get_attribute("role") is None
    box.fill("głosowanie")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/uk/poshuk/\?query="))
    expect(page.locator(".search-result").first).to_be_visible()


def test_results_with_filters_open_have_no_wcag_violations(new_page, live_site):
    page = new_page(bypass_csp=True)
    page.goto(RESULTS["pl"])
    filters = page.locator("details.search-filters")
    expect(filters).not_to_have_attribute("open", "")
    filters.locator("summary").click()
    expect(page.locator("#search-page-district")).to_be_visible()
    expect(page.locator("#search-page-date-from")).to_be_visible()
    # Every control of the open filters is at least 44 px in both directions.
    for control in filters.locator("summary, select, input").all():
        box = control.bounding_box()
        assert box["height"] >= 44, control.evaluate("node => node.outerHTML")

    assert not (violations := audit(page)), format_violations(violations)


def test_filters_narrow_the_results_without_javascript(new_page, live_site):
    page = new_page(java_script_enabled=False)
    page.goto(RESULTS["pl"] + "&date_from=2000-01-01&date_to=2000-12-31")
    expect(page.locator("details.search-filters")).to_have_attribute("open", "")
    expect(page.locator(".search-result")).to_have_count(0)
    expect(page.locator("#search-page-date-to")).to_have_value("2000-12-31")


def test_suggestion_options_are_44_pixels_high(page, live_site):
    page.goto(live_site.url("content"))
    page.locator("#site-search").focus()
    page.keyboard.type("budz")
    option = page.locator("#site-search-suggestions [role=option]").first
    expect(option).to_be_visible()
    assert option.bounding_box()["height"] >= 44
    page.keyboard.press("ArrowDown")
    expect(option).to_have_class(re.compile("search-suggestions__option--active"))
