"""The editor in Chromium: block previews in the block chooser; the district picker by keyboard."""

import pytest

from taxonomies.models import District
from tests.factories import ContentPageFactory, SuperUserFactory, site_home
from tests.projects.factories import ProjectIndexPageFactory, ProjectPageFactory

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's


@pytest.fixture(scope="module")
def editor_pages(live_site, django_db_blocker):
    """A superuser and the pages they edit, made after the session's snapshot (gone with it)."""
    with django_db_blocker.unblock():
        user = SuperUserFactory(username="redaktorka-podglady")
        home = site_home("pl")
        content = ContentPageFactory(parent=home, title="Podglądy bloków", slug="podglady-blokow")
        index = ProjectIndexPageFactory(
            parent=home, title="Projekty edytora", slug="projekty-edytora"
        )
        podgorze = District.objects.get(slug="podgorze", locale__language_code="pl")
        project = ProjectPageFactory(parent=index, title="Forum Podgórza", districts=[podgorze])
        return {"username": user.username, "content": content.pk, "project": project.pk}


@pytest.fixture
def admin_page(new_page, editor_pages):
    """A browser signed in to the admin as the superuser (no authenticator enrolled)."""
    page = new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", editor_pages["username"])
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert "/admin/login/" not in page.url
    return page


def test_the_block_chooser_shows_previews_in_the_sites_style(admin_page, editor_pages):
    page = admin_page
    page.goto(f"/admin/pages/{editor_pages['content']}/edit/")
    page.locator("[data-contentpath=body] .c-sf-add-button").first.click()

    options = page.locator(".w-combobox__option")
    previews = page.locator(".w-combobox__option-preview")
    options.first.wait_for()
    # Every block of the page body has its preview button ("thumbnail").
    assert previews.count() == options.count() > 5

    # The call to action: its preview must look like the site's button, not plain text.
    # Each option's row holds the option and, beside it, its preview button.
    option = page.locator(".w-combobox__option-row").filter(has_text="Wezwanie do działania")
    option.locator(".w-combobox__option-preview").click()
    preview = page.locator(".w-combobox-preview")
    preview.wait_for()
    assert preview.locator(".w-combobox-preview__description").inner_text()
    frame = page.frame_locator(".w-combobox-preview__iframe")
    button = frame.locator(".block-call_to_action a.button")
    button.wait_for()
    assert frame.locator("link[href*='css/site.css']").count() == 1
    # The site's stylesheet is applied: the body uses its font stack, and the
    # call to action's link is drawn as a button (a background colour).
    font = frame.locator("body").evaluate("body => getComputedStyle(body).fontFamily")
    assert "system-ui" in font
    background = button.evaluate("link => getComputedStyle(link).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def test_the_district_picker_by_keyboard(admin_page, editor_pages):
    page = admin_page
    page.goto(f"/admin/pages/{editor_pages['project']}/edit/")
    picker = page.locator("#id_districts")
    assert picker.locator("input[type=checkbox]").count() == 18

    # The filter box appears with JavaScript and is reached with Tab like any field.
    search = page.get_by_label("Filtruj: Dzielnice").or_(page.get_by_label("Filter: Dzielnice"))
    search.focus()
    page.keyboard.type("zwierz")
    visible = picker.locator("li:visible")
    # Zwierzyniec matches; Podgórze stays because the page already has it.
    assert sorted(visible.all_inner_texts()) == ["Podgórze (XIII)", "Zwierzyniec (VII)"]

    # Enter does not send the page form.
    page.keyboard.press("Enter")
    assert page.url.endswith(f"/admin/pages/{editor_pages['project']}/edit/")

    # Tab reaches the first visible checkbox; Space ticks it.
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.parentElement.textContent.trim()")
    assert focused == "Podgórze (XIII)"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.parentElement.textContent.trim()") == (
        "Zwierzyniec (VII)"
    )
    page.keyboard.press("Space")
    assert picker.get_by_label("Zwierzyniec (VII)").is_checked()

    # Escape in the filter shows the whole list again.
    search.focus()
    page.keyboard.press("Escape")
    assert picker.locator("li:visible").count() == 18

    # A filter matching nothing says so; the ticked districts stay in view.
    page.keyboard.type("xyz")
    assert picker.locator("li:visible").count() == 2
    status = page.locator("#id_districts-filter-status")
    assert status.inner_text()
    assert status.get_attribute("aria-live") == "polite"
