"""Admin sign-in lockout (django-axes): per account, per address, behind TRUSTED_PROXY_COUNT."""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import Client, override_settings
from django.utils import timezone

from tests.factories import EditorFactory, SuperUserFactory

LOGIN = "/admin/login/"
PASSWORD = "correct horse battery staple"


def sign_in(client, username, password, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


@pytest.mark.django_db
def test_right_password_after_thirty_wrong_ones_is_still_refused(client, settings):
    editor = EditorFactory()
    for _ in range(30):
        response = sign_in(client, editor.username, "wrong")
        assert response.status_code in (200, 429)
    response = sign_in(client, editor.username, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert response["Retry-After"] == str(settings.AXES_COOLOFF_TIME.seconds)


@pytest.mark.django_db
def test_the_lock_falls_exactly_at_the_limit(client, settings):
    editor = EditorFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, editor.username, "wrong").status_code == 200
    assert sign_in(client, editor.username, "wrong").status_code == 429


@pytest.mark.django_db
def test_a_locked_account_is_locked_from_every_address(client, settings):
    editor = EditorFactory()
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, editor.username, "wrong", REMOTE_ADDR=f"198.51.100.{number + 1}")
    response = sign_in(client, editor.username, PASSWORD, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 429


@pytest.mark.django_db
def test_one_address_is_locked_across_usernames(client, settings):
    editor = EditorFactory()
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{number}", "wrong", REMOTE_ADDR="198.51.100.7")
    response = sign_in(client, editor.username, PASSWORD, REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 429
    # Another address is not affected: the editor signs in from there.
    response = sign_in(client, editor.username, PASSWORD, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=0)
def test_a_forged_forwarded_for_does_not_dodge_the_address_lock(client, settings):
    editor = EditorFactory()
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(
            client,
            f"guess{number}",
            "wrong",
            REMOTE_ADDR="198.51.100.7",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
        )
    response = sign_in(
        client,
        editor.username,
        PASSWORD,
        REMOTE_ADDR="198.51.100.7",
        HTTP_X_FORWARDED_FOR="10.9.9.9",
    )
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, settings):
    editor = EditorFactory()
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(
            client,
            f"guess{number}",
            "wrong",
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="forged, 198.51.100.7",
        )
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}
    # The proxy's own address is shared by everyone: another resident behind it is not locked.
    response = sign_in(
        client,
        editor.username,
        PASSWORD,
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_garbage_address_from_a_proxy_is_no_500(client, settings):
    with override_settings(TRUSTED_PROXY_COUNT=1):
        response = sign_in(client, "someone", "wrong", HTTP_X_FORWARDED_FOR="not-an-address")
    assert response.status_code == 200


@pytest.mark.django_db
def test_the_lockout_is_logged_without_the_password(client, settings, caplog):
    editor = EditorFactory()
    with caplog.at_level(logging.INFO):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            sign_in(client, editor.username, "s3cret-guess", REMOTE_ADDR="198.51.100.7")
    messages = [record.getMessage() for record in caplog.records]
    assert any("locked out" in message and editor.username in message for message in messages)
    assert not any("s3cret-guess" in message for message in messages)
    assert not any("198.51.100.7" in message for message in messages)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("headers", "language", "heading"),
    [
        ({}, "pl", "Zbyt wiele prób logowania"),
        ({"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9"}, "pl", "Zbyt wiele prób logowania"),
        ({"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9"}, "en", "Too many sign-in attempts"),
        ({"HTTP_ACCEPT_LANGUAGE": "uk,en;q=0.5"}, "uk", "Забагато спроб входу"),
        ({"HTTP_COOKIE": "django_language=uk", "HTTP_ACCEPT_LANGUAGE": "en"}, "uk", "Забагато"),
    ],
)
def test_the_lockout_page_speaks_the_visitors_language(
    client, settings, headers, language, heading
):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "someone", "wrong", **headers)
    assert response.status_code == 429
    html = response.content.decode()
    assert f'lang="{language}"' in html
    assert heading in html


@pytest.mark.django_db
def test_a_superuser_sees_and_lifts_a_lockout(client, settings):
    editor = EditorFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, editor.username, "wrong", REMOTE_ADDR="198.51.100.7")
    admin = SuperUserFactory()
    admin_client = client_class_for(admin)
    report = admin_client.get("/admin/sign-in/sign-in-lockouts/")
    assert report.status_code == 200
    html = report.content.decode()
    assert editor.username in html
    assert "198.51.100.7" in html

    admin_client.post(
        "/admin/sign-in/sign-in-lockouts/unlock/", {"kind": "account", "value": editor.username}
    )
    admin_client.post(
        "/admin/sign-in/sign-in-lockouts/unlock/", {"kind": "address", "value": "198.51.100.7"}
    )
    assert not AccessAttempt.objects.exists()
    response = sign_in(client, editor.username, PASSWORD, REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 302


@pytest.mark.django_db
def test_an_editor_cannot_see_the_lockout_report(client):
    editor = EditorFactory()
    client.force_login(editor)
    assert client.get("/admin/sign-in/sign-in-lockouts/").status_code == 403
    response = client.post(
        "/admin/sign-in/sign-in-lockouts/unlock/", {"kind": "account", "value": "x"}
    )
    assert response.status_code == 403


def client_class_for(user):
    other = Client()
    other.force_login(user)
    return other


@pytest.mark.django_db
def test_signing_in_without_a_request_still_works(client):
    """Django's test client login() calls authenticate() without a request: not a crash."""
    editor = EditorFactory()
    assert not client.login(username=editor.username, password="wrong")
    assert client.login(username=editor.username, password=PASSWORD)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_signing_in_to_an_own_account_between_guesses_does_not_reset_the_count(client, settings):
    """An editor guessing a colleague's password cannot clear the count with their own sign-in."""
    victim, attacker = EditorFactory(), EditorFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, victim.username, "guess", REMOTE_ADDR="198.51.100.7")
    assert (
        sign_in(client, attacker.username, PASSWORD, REMOTE_ADDR="198.51.100.7").status_code == 302
    )
    client.logout()
    sign_in(client, victim.username, "guess", REMOTE_ADDR="198.51.100.7")
    response = sign_in(client, victim.username, PASSWORD, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 429


@pytest.mark.django_db
def test_the_lock_lifts_when_the_cool_off_has_passed(client, settings):
    editor = EditorFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, editor.username, "wrong")
    assert sign_in(client, editor.username, PASSWORD).status_code == 429
    # No clock to move: the failures are made as old as the cool-off instead.
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )
    assert sign_in(client, editor.username, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_a_session_signed_in_with_the_first_backend_works(client, settings):
    """Wagtail's WagtailPageTestCase signs in with AUTHENTICATION_BACKENDS[0]."""
    client.force_login(EditorFactory(), backend=settings.AUTHENTICATION_BACKENDS[0])
    assert client.get("/admin/").status_code == 200
