"""The header on a phone (390 px) and a desktop (1366 px): compact bar, menu and search disclosures.

On phones the header is one bar (logo, languages, menu and search buttons)
whose two panels open below it, with and without JavaScript and by
keyboard; on desktops the navigation, reading preferences and search form
are always shown. Every control is at least 44 by 44 CSS pixels.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import audit, format_violations

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}
TARGET = 44
# Each element's size, for the 44 x 44 px check (WCAG 2.5.5).
SIZES = """selector => Array.from(document.querySelectorAll(selector))
    .filter(element => element.getClientRects().length > 0)
    .map(element => {
        const box = element.getBoundingClientRect();
        const text = element.textContent.trim().slice(0, 40);
        return {text: text, width: box.width, height: box.height};
    })"""
CONTROLS = (
    ".site-header .header-button, .language-switcher a, .main-nav a, "
    ".reading-preferences button, .site-footer a, .cookie-notice button, .cookie-notice summary"
)


def small_targets(page):
    sizes = page.evaluate(SIZES, CONTROLS)
    assert sizes, "no controls found"
    return [size for size in sizes if size["width"] < TARGET - 0.5 or size["height"] < TARGET - 0.5]


def menu_button(page):
    return page.locator(".disclosure--menu > summary")


@pytest.mark.parametrize("kind", ["home", "content", "news", "not_found"])
@pytest.mark.parametrize("language", ["pl", "uk"])
def test_phone_header_takes_less_than_a_fifth_of_the_first_screen(
    new_page, live_site, kind, language
):
    page = new_page(viewport=PHONE)
    page.goto(live_site.url(kind, language))

    height = page.locator("header.site-header").bounding_box()["height"]

    assert height < 0.2 * PHONE["height"], height
    expect(menu_button(page)).to_be_visible()
    expect(page.locator(".disclosure--search > summary")).to_be_visible()
    expect(page.locator(".language-switcher a")).to_have_count(3)
    expect(page.locator(".main-nav")).to_be_hidden()
    # Nothing scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")


def test_phone_menu_opens_as_an_accessible_disclosure(new_page, live_site):
    page = new_page(viewport=PHONE)
    page.goto(live_site.url("content"))
    button = menu_button(page)
    expect(button).to_have_attribute("aria-expanded", "false")

    button.click()

    expect(button).to_have_attribute("aria-expanded", "true")
    expect(page.locator(".main-nav a").first).to_be_visible()
    expect(page.locator("[data-contrast-toggle]")).to_be_visible()  # reading preferences inside
    assert small_targets(page) == []

    page.keyboard.press("Escape")

    expect(button).to_have_attribute("aria-expanded", "false")
    expect(page.locator(".main-nav")).to_be_hidden()
    expect(button).to_be_focused()


def test_phone_menu_works_by_keyboard(new_page, live_site):
    page = new_page(viewport=PHONE)
    page.goto(live_site.url("content"))
    menu_button(page).focus()

    page.keyboard.press("Enter")

    expect(menu_button(page)).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    expect(page.locator(".main-nav a").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(menu_button(page)).to_be_focused()
    expect(page.locator(".main-nav")).to_be_hidden()


def test_phone_menu_opens_without_javascript(new_page, live_site):
    page = new_page(viewport=PHONE, java_script_enabled=False)
    page.goto(live_site.url("home"))
    expect(page.locator(".main-nav")).to_be_hidden()

    menu_button(page).click()

    link = page.locator(f'.main-nav a[href="{live_site.paths["news_index", "pl"]}"]')
    expect(link).to_be_visible()
    link.click()
    page.wait_for_url(live_site.url("news_index"))


def test_phone_search_button_opens_the_search_field_with_focus(new_page, live_site):
    page = new_page(viewport=PHONE)
    page.goto(live_site.url("home"))
    button = page.locator(".disclosure--search > summary")

    button.click()

    expect(button).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#site-search")).to_be_focused()
    menu_button(page).click()  # one panel at a time
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#site-search")).to_be_hidden()


def test_desktop_header_shows_navigation_preferences_and_search_without_buttons(
    new_page, live_site
):
    page = new_page(viewport=DESKTOP)
    page.goto(live_site.url("content"))

    expect(menu_button(page)).to_be_hidden()
    expect(page.locator(".main-nav a").first).to_be_visible()
    expect(
        page.locator(f'.main-nav a[href="{live_site.paths["news_index", "pl"]}"]')
    ).to_be_visible()
    expect(page.locator("[data-contrast-toggle]")).to_be_visible()
    expect(page.locator("#site-search")).to_be_visible()
    expect(page.locator(".language-switcher a", has_text="Українська")).to_be_visible()
    assert small_targets(page) == []


def test_desktop_header_without_javascript_shows_the_navigation(new_page, live_site):
    page = new_page(viewport=DESKTOP, java_script_enabled=False)
    page.goto(live_site.url("content"))

    expect(page.locator(".main-nav a").first).to_be_visible()
    expect(page.locator("#site-search")).to_be_visible()
    expect(page.locator("[data-reading-preferences]")).to_be_hidden()


def test_cookie_notice_is_a_small_bottom_banner_that_leaves_the_page_end_readable(
    new_page, live_site
):
    page = new_page(viewport=PHONE)
    page.goto(live_site.url("content"))
    notice = page.locator("[data-cookie-notice]")
    box = notice.bounding_box()
    assert box["y"] + box["height"] == pytest.approx(PHONE["height"], abs=1)
    assert box["height"] < 0.25 * PHONE["height"], box

    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    last_link = page.locator(".site-footer a").last
    covered = last_link.evaluate(
        """link => { const box = link.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return !link.contains(hit); }"""
    )
    assert covered is False

    notice.locator("[data-cookie-notice-dismiss]").click()
    expect(notice).to_be_hidden()


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_header_with_open_menu_has_no_wcag_violations(new_page, live_site, language, viewport):
    page = new_page(viewport=viewport, bypass_csp=True)
    # No English content in the audited site: the English 404 page wears the English frame.
    kind = "not_found" if language == "en" else "content"
    url = live_site.base_url + (
        "/en/no-such-page/" if language == "en" else live_site.paths[kind, language]
    )
    page.goto(url)
    if viewport is PHONE:
        menu_button(page).click()

    violations = audit(page)

    assert not violations, format_violations(violations)


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_html_sitemap_has_no_wcag_violations(new_page, live_site, language):
    page = new_page(viewport=PHONE, bypass_csp=True)
    path = {"pl": "/pl/mapa-strony/", "uk": "/uk/mapa-saitu/"}[language]
    response = page.goto(live_site.base_url + path)
    assert response.status == 200
    expect(page.locator(".sitemap-tree a").first).to_be_visible()

    violations = audit(page)

    assert not violations, format_violations(violations)
