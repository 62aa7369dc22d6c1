"""Keyboard-only use: the skip link takes the reader past the header into the content."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FOCUS_PLACE = """() => {
    const element = document.activeElement;
    return {
        inMain: element.closest("main") !== null && element.tagName !== "MAIN",
        inHeader: element.closest("header") !== null,
    };
}"""


def test_skip_link_moves_focus_to_the_main_content(page, live_site):
    page.goto(live_site.url("content"))
    skip_link = page.locator("a.skip-link")
    # Out of sight until it is needed.
    expect(skip_link).not_to_be_in_viewport()

    page.keyboard.press("Tab")

    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")

    expect(page.locator("main#main")).to_be_focused()
    assert page.evaluate("document.activeElement.id") == "main"

    page.keyboard.press("Tab")

    assert page.evaluate(FOCUS_PLACE) == {"inMain": True, "inHeader": False}
