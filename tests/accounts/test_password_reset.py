"""The admin's password reset sends a limited number of e-mails per account and per address."""

import pytest
from django.core import mail

from tests.factories import EditorFactory

RESET = "/admin/password_reset/"
DONE = "/admin/password_reset/done/"


def ask_for_reset(client, email, **extra):
    return client.post(RESET, {"email": email}, **extra)


@pytest.mark.django_db
def test_ten_requests_for_one_account_send_at_most_the_limit(client, settings):
    editor = EditorFactory()
    for number in range(10):
        response = ask_for_reset(client, editor.email, REMOTE_ADDR=f"198.51.100.{number + 1}")
        # Throttled or not, the answer is the same "if the address exists" page.
        assert response.status_code == 302
        assert response["Location"] == DONE
    assert len(mail.outbox) == settings.PASSWORD_RESETS_PER_HOUR
    assert {message.to[0] for message in mail.outbox} == {editor.email}


@pytest.mark.django_db
def test_one_address_asking_for_many_accounts_is_throttled(client, settings):
    editors = [EditorFactory() for _ in range(settings.PASSWORD_RESETS_PER_HOUR + 2)]
    for editor in editors:
        response = ask_for_reset(client, editor.email, REMOTE_ADDR="198.51.100.7")
        assert response["Location"] == DONE
    assert len(mail.outbox) == settings.PASSWORD_RESETS_PER_HOUR
    # Another address is not affected.
    ask_for_reset(client, editors[-1].email, REMOTE_ADDR="203.0.113.9")
    assert len(mail.outbox) == settings.PASSWORD_RESETS_PER_HOUR + 1


@pytest.mark.django_db
def test_a_forged_forwarded_for_does_not_dodge_the_address_limit(client, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    editors = [EditorFactory() for _ in range(settings.PASSWORD_RESETS_PER_HOUR + 2)]
    for number, editor in enumerate(editors):
        ask_for_reset(
            client,
            editor.email,
            REMOTE_ADDR="198.51.100.7",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
        )
    assert len(mail.outbox) == settings.PASSWORD_RESETS_PER_HOUR


@pytest.mark.django_db
def test_an_unknown_address_gets_the_same_answer_and_no_mail(client):
    response = ask_for_reset(client, "nobody@example.org")
    assert response["Location"] == DONE
    assert mail.outbox == []
