"""axe-core audits of the campaign page types in pl and uk, and the JSON-LD under the CSP."""

import json

import pytest

from tests.browser.axe import audit, format_violations
from tests.browser.content_campaigns import KINDS
from tests.browser.test_accessibility import HIGH_CONTRAST, csp_messages

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["pl", "uk"])
@pytest.mark.parametrize("kind", KINDS)
def test_campaign_page_has_no_wcag_violations(new_page, live_site, kind, language):
    page = new_page(bypass_csp=True)
    assert page.goto(live_site.url(kind, language)).status == 200

    violations = audit(page)

    assert not violations, format_violations(violations)


@pytest.mark.parametrize("kind", KINDS)
def test_campaign_page_in_high_contrast_has_no_wcag_violations(new_page, live_site, kind):
    page = new_page(bypass_csp=True)
    page.context.add_init_script(HIGH_CONTRAST)
    assert page.goto(live_site.url(kind, "uk")).status == 200

    violations = audit(page)

    assert not violations, format_violations(violations)


def test_event_json_ld_causes_no_csp_violation(page, live_site):
    messages = csp_messages(page)

    page.goto(live_site.url("event", "uk"))

    assert messages == []
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "Event" and data["inLanguage"] == "uk"
    assert "js" in page.locator("html").get_attribute("class").split()
