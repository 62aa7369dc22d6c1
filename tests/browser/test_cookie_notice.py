"""The cookie notice: shown once, until the reader dismisses it."""

import pytest
from playwright.sync_api import expect

from tests.browser.navigation import follow_menu_link

pytestmark = pytest.mark.browser


def test_dismissed_cookie_notice_stays_hidden(page, live_site):
    page.goto(live_site.url("home"))
    notice = page.locator("[data-cookie-notice]")
    expect(notice).to_be_visible()

    notice.locator("[data-cookie-notice-dismiss]").click()

    expect(notice).to_be_hidden()

    follow_menu_link(page, live_site, "content")

    expect(page.locator("[data-cookie-notice]")).to_be_hidden()
