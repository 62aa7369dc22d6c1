"""No Gravatar in the admin: editors' e-mail hashes stay on the site, avatars work offline."""

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.users.utils import get_gravatar_url

from tests.factories import ContentPageFactory, EditorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home_pl):
    return ContentPageFactory(parent=home_pl, title="O nas", owner=EditorFactory())


def admin_urls(page, superuser):
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_account"),
        reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_users:edit", args=[superuser.pk]),
    ]


def test_no_admin_page_references_gravatar(admin_client, page):
    superuser = admin_client.get(reverse("wagtailadmin_home")).context["request"].user
    page.save_revision(user=superuser)  # The history lists the editor with an avatar.

    for url in admin_urls(page, superuser):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert b"gravatar" not in response.content.lower(), url


def test_wagtail_asks_gravatar_for_nothing(settings):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert get_gravatar_url("anna@example.org") is None


@override_settings(WAGTAIL_GRAVATAR_PROVIDER_URL="//www.gravatar.com/avatar")
def test_the_check_would_see_gravatar_if_it_were_on(admin_client):
    # Guards the test above: with Gravatar on, the dashboard shows it.
    assert b"gravatar.com" in admin_client.get(reverse("wagtailadmin_home")).content
