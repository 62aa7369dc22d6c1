"""The text-size and contrast controls: they work, say their state and last across pages."""

import pytest
from playwright.sync_api import expect

from tests.browser.navigation import follow_menu_link

pytestmark = pytest.mark.browser

ROOT_FONT_SIZE = "parseFloat(getComputedStyle(document.documentElement).fontSize)"
BODY_BACKGROUND = "getComputedStyle(document.body).backgroundColor"


def test_largest_text_enlarges_the_page_and_lasts_across_pages(page, live_site):
    page.goto(live_site.url("content"))
    normal = page.locator('[data-text-size="normal"]')
    largest = page.locator('[data-text-size="largest"]')
    expect(normal).to_have_attribute("aria-pressed", "true")
    expect(largest).to_have_attribute("aria-pressed", "false")
    size_before = page.evaluate(ROOT_FONT_SIZE)

    largest.click()

    expect(largest).to_have_attribute("aria-pressed", "true")
    expect(normal).to_have_attribute("aria-pressed", "false")
    size_after = page.evaluate(ROOT_FONT_SIZE)
    assert size_after > size_before

    follow_menu_link(page, live_site, "news_index")

    assert page.evaluate(ROOT_FONT_SIZE) == size_after
    expect(page.locator('[data-text-size="largest"]')).to_have_attribute("aria-pressed", "true")


def test_high_contrast_changes_the_colours_and_lasts_across_pages(page, live_site):
    page.goto(live_site.url("content"))
    toggle = page.locator("[data-contrast-toggle]")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    background_before = page.evaluate(BODY_BACKGROUND)

    toggle.click()

    expect(toggle).to_have_attribute("aria-pressed", "true")
    background_after = page.evaluate(BODY_BACKGROUND)
    assert background_after != background_before

    follow_menu_link(page, live_site, "news_index")

    assert page.evaluate(BODY_BACKGROUND) == background_after
    toggle = page.locator("[data-contrast-toggle]")
    expect(toggle).to_have_attribute("aria-pressed", "true")

    toggle.click()

    expect(toggle).to_have_attribute("aria-pressed", "false")
    assert page.evaluate(BODY_BACKGROUND) == background_before


@pytest.mark.parametrize("kind", ["home", "content", "news_index", "news", "not_found"])
def test_largest_text_reflows_on_a_narrow_screen(new_page, live_site, kind):
    """WCAG 1.4.10: at 320 CSS pixels nothing scrolls sideways, even with the largest text."""
    page = new_page(viewport={"width": 320, "height": 640})
    page.context.add_init_script("window.localStorage.setItem('textSize', 'largest');")
    page.goto(live_site.url(kind))
    assert "text-largest" in page.locator("html").get_attribute("class").split()

    widths = page.evaluate(
        "({scroll: document.documentElement.scrollWidth,"
        " client: document.documentElement.clientWidth})"
    )

    assert widths["scroll"] <= widths["client"], widths
