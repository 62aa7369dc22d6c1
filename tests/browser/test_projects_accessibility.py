"""axe-core audits of the project and partner pages in pl and uk, and the filters by keyboard."""

import pytest

from tests.browser.axe import audit, format_violations
from tests.browser.content_projects import KINDS
from tests.browser.test_accessibility import HIGH_CONTRAST

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["pl", "uk"])
@pytest.mark.parametrize("kind", [*KINDS, "project_index_filtered"])
def test_project_page_types_have_no_wcag_violations(new_page, live_site, kind, language):
    page = new_page(bypass_csp=True)
    assert page.goto(live_site.url(kind, language)).status == 200

    violations = audit(page)

    assert not violations, format_violations(violations)


@pytest.mark.parametrize("kind", ["project_index", "project"])
def test_project_pages_in_high_contrast_have_no_wcag_violations(new_page, live_site, kind):
    page = new_page(bypass_csp=True)
    page.context.add_init_script(HIGH_CONTRAST)
    assert page.goto(live_site.url(kind, "uk")).status == 200

    violations = audit(page)

    assert not violations, format_violations(violations)


def test_unknown_filter_value_page_has_no_wcag_violations(new_page, live_site):
    page = new_page(bypass_csp=True)
    response = page.goto(live_site.url("project_index", "pl") + "?district=atlantyda")
    assert response.status == 400

    violations = audit(page)

    assert not violations, format_violations(violations)
    assert "Nie ma takiej dzielnicy." in page.locator(".filters [role=alert]").inner_text()


def test_projects_are_filtered_with_the_keyboard_alone(page, live_site):
    page.goto(live_site.url("project_index", "pl"))
    page.get_by_label("Status").focus()
    page.keyboard.press("ArrowDown")  # "Planowany"
    page.keyboard.press("ArrowDown")  # "W realizacji"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert "status=ongoing" in page.url
    titles = page.locator(".project-list .card__title").all_inner_texts()
    assert titles == ["Podgórska Przestrzeń Dobrego Dialogu"]
