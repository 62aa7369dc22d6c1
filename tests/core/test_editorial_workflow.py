"""Editors submit for moderation, moderators publish; news show their publication record."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from tests.factories import (
    EditorFactory,
    ModeratorFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    publish_with_revision,
)
from tests.pages.base import edit_form_data

pytestmark = pytest.mark.django_db


def test_groups_have_the_agreed_permissions(home_pl):
    editors = Group.objects.get(name="Editors")
    moderators = Group.objects.get(name="Moderators")
    editor_codes = set(editors.page_permissions.values_list("permission__codename", flat=True))
    moderator_codes = set(
        moderators.page_permissions.values_list("permission__codename", flat=True)
    )
    assert {"add_page", "change_page"} <= editor_codes
    assert "publish_page" not in editor_codes
    assert {"add_page", "change_page", "publish_page"} <= moderator_codes


def test_every_home_page_is_under_the_moderation_workflow(homes):
    for home in homes.values():
        workflow = home.get_workflow()
        assert workflow is not None and workflow.active
        task_groups = {g.name for task in workflow.tasks.specific() for g in task.groups.all()}
        assert task_groups == {"Moderators"}


def test_editor_submits_for_moderation_and_moderator_publishes(client, home_pl):
    editor = EditorFactory(first_name="Ewa", last_name="Redaktorska")
    moderator = ModeratorFactory(first_name="Jan", last_name="Moderator")
    news_index = NewsIndexPageFactory(parent=home_pl)
    news = NewsPageFactory(parent=news_index, live=False, title="Projekt")
    edit_url = reverse("wagtailadmin_pages:edit", args=[news.pk])

    client.force_login(editor)
    response = client.post(edit_url, edit_form_data(news, **{"action-publish": "publish"}))
    assert not Page.objects.get(pk=news.pk).live  # editors cannot publish
    response = client.post(edit_url, edit_form_data(news, **{"action-submit": "submit"}))
    assert response.status_code == 302
    news.refresh_from_db()
    assert news.workflow_in_progress

    client.force_login(moderator)
    state = news.current_workflow_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=[news.pk, "approve", state.pk])
    response = client.post(approve_url, {"comment": ""})
    assert response.status_code in (200, 302)
    assert Page.objects.get(pk=news.pk).live
    # The publication record names the moderator who published, not the author.
    html = client.get(Page.objects.get(pk=news.pk).url).content.decode()
    assert moderator.get_full_name() in html
    assert editor.get_full_name() not in html


def test_publication_record_comes_from_revisions(client, home_pl):
    moderator = ModeratorFactory(first_name="Alina", last_name="Bratko")
    news_index = NewsIndexPageFactory(parent=home_pl)
    news = NewsPageFactory(parent=news_index, title="Wyniki", publishing_unit="Budżet Obywatelski")
    news = publish_with_revision(news, user=moderator)
    html = client.get(news.url).content.decode()
    assert "Alina Bratko" in html
    assert "Budżet Obywatelski" in html
    first_revision = news.revisions.order_by("created_at").first()
    created = timezone.localtime(first_revision.created_at).strftime("%Y-%m-%dT%H:%M")
    assert f'datetime="{created}' in html


def test_scheduled_page_is_published_by_publish_scheduled(home_pl):
    from datetime import timedelta

    from django.core.management import call_command

    moderator = ModeratorFactory()
    news_index = NewsIndexPageFactory(parent=home_pl)
    news = NewsPageFactory(parent=news_index, live=False, title="Zaplanowana")
    news.go_live_at = timezone.now() + timedelta(minutes=5)
    revision = news.save_revision(user=moderator, approved_go_live_at=news.go_live_at)
    revision.publish(user=moderator)
    assert not Page.objects.get(pk=news.pk).live
    # The moment arrives: move the approved date into the past, as time would.
    past = timezone.now() - timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled", verbosity=0)
    assert Page.objects.get(pk=news.pk).live
