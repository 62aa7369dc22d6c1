"""TOTP two-factor sign-in for the admin (django-otp), required of superusers by a setting."""

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from tests.factories import ContentPageFactory, EditorFactory, SuperUserFactory

PASSWORD = "correct horse battery staple"
TWO_FACTOR = "/admin/sign-in/two-factor/"
VERIFY = "/admin/sign-in/two-factor/verify/"


def current_code(device, offset=0):
    """The code an authenticator app shows now (offset in steps, for a second, later code)."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset)
    return f"{code:06d}"


def enrol(client, user):
    client.force_login(user)
    page = client.get(TWO_FACTOR)
    assert page.status_code == 200
    assert "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(TWO_FACTOR, {"code": current_code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


@pytest.mark.django_db
def test_an_editor_enrols_and_then_signs_in_with_a_code(client):
    editor = EditorFactory()
    device = enrol(client, editor)

    browser = Client()
    response = browser.post("/admin/login/", {"username": editor.username, "password": PASSWORD})
    assert response.status_code == 302
    # Signed in with the password only: every admin page leads to the code page.
    response = browser.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert browser.get("/admin/pages/").status_code == 302

    wrong = browser.post(
        VERIFY, {"code": "000000" if current_code(device) != "000000" else "111111"}
    )
    assert wrong.status_code == 200
    assert browser.get("/admin/").status_code == 302
    device.refresh_from_db()
    # Right code, but within the delay after a wrong one: still refused.
    throttled = browser.post(VERIFY, {"code": current_code(device, offset=1)})
    assert throttled.status_code == 200

    # django-otp delays the next try after a wrong code; a real user waits as well.
    device.refresh_from_db()
    device.throttle_reset()
    # The code used to enrol cannot be used again (replay); the app's next one is accepted.
    response = browser.post(
        VERIFY, {"code": current_code(device, offset=1), "next": "/admin/pages/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert browser.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_wrong_code_does_not_enrol(client):
    editor = EditorFactory()
    client.force_login(editor)
    client.get(TWO_FACTOR)
    response = client.post(TWO_FACTOR, {"code": "12"})
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


@pytest.mark.django_db
def test_the_account_menu_offers_two_factor(client):
    client.force_login(EditorFactory())
    assert TWO_FACTOR in client.get("/admin/account/").content.decode()


@pytest.mark.django_db
def test_a_superuser_without_a_device_is_sent_to_enrolment_when_required(client, settings):
    settings.ADMIN_REQUIRE_2FA = True
    admin = SuperUserFactory()
    client.force_login(admin)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(TWO_FACTOR)
    device = TOTPDevice.objects.filter(user=admin).first()
    assert device is None
    enrol(client, admin)
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.django_db
def test_without_the_setting_a_superuser_may_skip_two_factor(client, settings):
    settings.ADMIN_REQUIRE_2FA = False
    client.force_login(SuperUserFactory())
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_an_editor_is_not_forced_even_when_required(client, settings):
    settings.ADMIN_REQUIRE_2FA = True
    client.force_login(EditorFactory())
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_removing_the_device_needs_a_current_code(client):
    editor = EditorFactory()
    device = enrol(client, editor)
    client.post("/admin/sign-in/two-factor/remove/", {"code": "12"})
    assert TOTPDevice.objects.filter(user=editor).exists()
    device.refresh_from_db()
    device.throttle_reset()
    client.post("/admin/sign-in/two-factor/remove/", {"code": current_code(device, offset=1)})
    assert not TOTPDevice.objects.filter(user=editor).exists()


@pytest.mark.django_db
def test_before_the_code_the_public_site_treats_the_editor_as_anonymous(client, home_pl):
    page = ContentPageFactory(parent=home_pl)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    editor = EditorFactory()
    device = enrol(Client(), editor)

    client.force_login(editor)  # the password step only
    response = client.get(page.url)
    assert response.status_code == 302
    assert "login" in response["Location"]

    device.refresh_from_db()
    client.post(VERIFY, {"code": current_code(device, offset=1)})
    assert client.get(page.url).status_code == 200


@pytest.mark.django_db
def test_a_superuser_removes_the_app_of_an_editor_who_lost_the_phone(client):
    editor = EditorFactory()
    enrol(Client(), editor)
    client.force_login(SuperUserFactory())
    report = client.get("/admin/sign-in/sign-in-lockouts/")
    assert editor.username in report.content.decode()
    url = f"/admin/sign-in/sign-in-lockouts/two-factor/{editor.pk}/remove/"
    assert client.post(url).status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()


@pytest.mark.django_db
def test_an_editor_cannot_remove_anothers_app(client):
    owner = EditorFactory()
    enrol(Client(), owner)
    client.force_login(EditorFactory())
    url = f"/admin/sign-in/sign-in-lockouts/two-factor/{owner.pk}/remove/"
    assert client.post(url).status_code == 403
    assert TOTPDevice.objects.filter(user=owner, confirmed=True).exists()


@pytest.mark.django_db
def test_the_code_page_can_load_its_icons_before_the_code(client):
    """The admin's script fetches the icon sprite into the code page: no redirect to the page."""
    editor = EditorFactory()
    enrol(client, editor)
    browser = Client()
    browser.post("/admin/login/", {"username": editor.username, "password": PASSWORD})

    sprite = browser.get("/admin/sprite/")

    assert sprite.status_code == 200
    assert "<svg" in sprite.content.decode()
    assert browser.get("/admin/pages/").status_code == 302  # the admin itself stays closed
