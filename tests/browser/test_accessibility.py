"""axe-core audits of every page type (WCAG 2.1 AA) and the Content-Security-Policy."""

import pytest

from tests.browser.axe import audit, format_violations

pytestmark = pytest.mark.browser

PAGE_KINDS = ["home", "content", "news_index", "news", "not_found"]
HIGH_CONTRAST = "window.localStorage.setItem('contrast', 'high');"


def load(page, url, kind):
    response = page.goto(url)
    assert response.status == (404 if kind == "not_found" else 200), url


@pytest.mark.parametrize("language", ["pl", "uk"])
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_has_no_wcag_violations(new_page, live_site, kind, language):
    page = new_page(bypass_csp=True)
    load(page, live_site.url(kind, language), kind)

    violations = audit(page)

    assert not violations, format_violations(violations)


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_in_high_contrast_has_no_wcag_violations(new_page, live_site, kind):
    page = new_page(bypass_csp=True)
    # Stored before the first script runs, as if the reader had chosen it earlier.
    page.context.add_init_script(HIGH_CONTRAST)
    load(page, live_site.url(kind), kind)
    assert "high-contrast" in page.locator("html").get_attribute("class").split()

    violations = audit(page)

    assert not violations, format_violations(violations)


def csp_messages(page):
    """Collect what Chromium logs when the Content-Security-Policy blocks something."""
    messages = []

    def record(message):
        if "Content Security Policy" in message.text:
            messages.append(message.text)

    page.on("console", record)
    return messages


@pytest.mark.parametrize("kind", ["home", "content"])
def test_page_loads_without_csp_violations(page, live_site, kind):
    messages = csp_messages(page)

    page.goto(live_site.url(kind))

    assert messages == []
    # The scripts did run: preferences.js swaps the no-js class.
    assert "js" in page.locator("html").get_attribute("class").split()


def test_csp_violations_would_be_reported(page, live_site):
    """The check above can fail: an inline script is refused and logged."""
    messages = csp_messages(page)
    page.goto(live_site.url("home"))

    page.evaluate(
        "() => { const script = document.createElement('script');"
        " script.textContent = 'window.injected = true;'; document.head.append(script); }"
    )

    assert page.evaluate("window.injected") is None
    assert messages, "Chromium logged no CSP violation for a refused inline script"
