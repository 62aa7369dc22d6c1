"""No layout shift on any page type (CLS 0), measured by Chromium's layout-shift entries.

The reading preferences and the cookie notice are applied from the first
paint (preferences.js in <head>), never unhidden or moved after load; the
readers' stored choices (largest text, high contrast, notice dismissed)
must not shift anything either.
"""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}
PAGE_KINDS = [
    "home",
    "content",
    "news_index",
    "news",
    "not_found",
    "project_index",
    "project",
    "partner",
    "campaign",
    "event_index",
    "event",
    "survey_audit",
]
# Every shift since navigation, buffered, as the Core Web Vitals library counts them:
# shifts right after the reader's input do not count.
OBSERVE = """
window.__layoutShifts = [];
new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) {
            window.__layoutShifts.push({
                value: entry.value,
                sources: (entry.sources || []).map(
                    source => source.node ? source.node.outerHTML.slice(0, 120) : "?"
                ),
            });
        }
    }
}).observe({type: "layout-shift", buffered: true});
"""
STORED_PREFERENCES = (
    "window.localStorage.setItem('textSize', 'largest');"
    "window.localStorage.setItem('contrast', 'high');"
    "window.localStorage.setItem('cookieNoticeSeen', '1');"
)


def layout_shifts(page, url):
    page.context.add_init_script(OBSERVE)
    page.goto(url, wait_until="load")
    # Deferred scripts have run by "load"; give late layout work a few frames.
    page.wait_for_timeout(300)
    return page.evaluate("window.__layoutShifts")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_loads_without_layout_shift(new_page, live_site, kind, viewport):
    page = new_page(viewport=viewport)

    shifts = layout_shifts(page, live_site.url(kind))

    assert shifts == [], shifts


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_stored_reading_preferences_apply_without_layout_shift(new_page, live_site, viewport):
    page = new_page(viewport=viewport)
    page.context.add_init_script(STORED_PREFERENCES)

    shifts = layout_shifts(page, live_site.url("content", "uk"))

    assert shifts == [], shifts
    assert "text-largest" in page.locator("html").get_attribute("class").split()


def test_layout_shifts_would_be_measured(new_page, live_site):
    """The measurement above can fail: a block inserted above the content after load is seen."""
    page = new_page(viewport=PHONE)
    layout_shifts(page, live_site.url("content"))

    page.evaluate(
        "() => { const block = document.createElement('div'); block.style.height = '200px';"
        " document.querySelector('main').prepend(block); }"
    )
    page.wait_for_timeout(300)

    assert page.evaluate("window.__layoutShifts.length") > 0
