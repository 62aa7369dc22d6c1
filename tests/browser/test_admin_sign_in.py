"""Signing in to the admin in Chromium: the password, then the authenticator code; a lockout."""

import pytest
from axes.utils import reset
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import EditorFactory

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def editor_with_app(live_site, django_db_blocker):
    """An editor with an enrolled authenticator app (gone with the session's snapshot)."""
    with django_db_blocker.unblock():
        editor = EditorFactory(username="redaktorka-2fa")
        device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    return editor, device


def sign_in_with_password(page, username, password):
    """Fill in and send the admin's sign-in form; return the answer's HTTP status."""
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation() as navigation:
        page.click("button[type=submit]")
    return navigation.value.status


def test_password_then_code_opens_the_admin(page, editor_with_app, django_db_blocker):
    editor, device = editor_with_app
    sign_in_with_password(page, editor.username, PASSWORD)
    page.wait_for_url("**/admin/sign-in/two-factor/verify/**")
    # Until the code is typed, the admin stays closed.
    page.goto("/admin/pages/")
    assert "/two-factor/verify/" in page.url

    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.fill("#id_code", code)
    page.click("form.login-form button[type=submit]")
    page.wait_for_url("**/admin/pages/")
    assert page.locator("#main").count() == 1


def test_wrong_passwords_end_in_the_lockout_page(new_page, django_db_blocker, settings):
    # A Ukrainian browser: the lockout page follows its Accept-Language.
    page = new_page(locale="uk-UA")
    try:
        statuses = [
            sign_in_with_password(page, "nie-ma-takiego-konta", "zle-haslo")
            for _ in range(settings.AXES_FAILURE_LIMIT)
        ]
        assert statuses[-1] == 429
        assert set(statuses[:-1]) == {200}
        assert page.locator("html").get_attribute("lang") == "uk"
        assert page.locator("a[href='/admin/password_reset/']").count() == 1
    finally:
        # The browser's address (127.0.0.1) would stay locked for later tests.
        with django_db_blocker.unblock():
            reset()
