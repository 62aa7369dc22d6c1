"""Without JavaScript the site frame still works; only the enhancements are missing."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_home_page_works_without_javascript(new_page, live_site):
    page = new_page(java_script_enabled=False)
    page.goto(live_site.url("home"))

    expect(page.locator("html")).to_have_class(re.compile(r"\bno-js\b"))
    expect(page.locator(".main-nav a").first).to_be_visible()
    content_link = page.locator(f'.main-nav a[href="{live_site.paths["content", "pl"]}"]')
    expect(content_link).to_be_visible()
    languages = page.locator(".language-switcher a")
    expect(languages).to_have_count(3)
    for link in languages.all():
        expect(link).to_be_visible()
    search = page.locator(".site-header form[role=search]")
    expect(search.locator("input[type=search]")).to_be_visible()
    expect(search.locator("button[type=submit]")).to_be_visible()
    # Buttons that would do nothing without the script are not shown at all.
    expect(page.locator("[data-reading-preferences]")).to_be_hidden()
    expect(page.locator("[data-cookie-notice]")).to_be_visible()
    expect(page.locator("[data-cookie-notice-dismiss]")).to_be_hidden()
