"""The Wagtail admin: Polish for the office, the locales admin of wagtail-localize."""

import pytest
from django.urls import reverse

from tests.factories import SuperUserFactory

pytestmark = pytest.mark.django_db


def test_admin_speaks_polish_by_default(client, home_pl):
    client.force_login(SuperUserFactory())
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="pl"' in html
    assert "Pulpit" in html or "Strony" in html


def test_admin_stays_polish_for_an_english_browser(client, home_pl):
    client.force_login(SuperUserFactory())
    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en-GB,en")
    assert 'lang="pl"' in response.content.decode()


def test_editor_may_choose_another_admin_language(client, home_pl):
    from wagtail.users.models import UserProfile

    editor = SuperUserFactory()
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "uk"
    profile.save()
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"))
    assert 'lang="uk"' in response.content.decode()


def test_login_with_credentials_opens_the_dashboard(client, home_pl):
    SuperUserFactory(username="redaktor", password="tajne-haslo-2026")
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "redaktor", "password": "tajne-haslo-2026"},
        follow=True,
    )
    assert response.status_code == 200
    assert response.context["user"].is_authenticated


def test_locales_admin_comes_from_wagtail_localize(client, home_pl):
    client.force_login(SuperUserFactory())
    response = client.get(reverse("wagtaillocales:index"))
    assert response.status_code == 200
    for language in ("Polski", "English", "Українська"):
        assert language in response.content.decode()


def test_demo_admin_prefers_polish_even_with_an_english_browser(client, home_pl):
    from django.contrib.auth import get_user_model

    from demo.users import ensure_admin

    account = ensure_admin(debug=True)
    client.force_login(get_user_model().objects.get(pk=account.user.pk))
    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en")
    assert 'lang="pl"' in response.content.decode()
