"""Moderators may read the page usefulness report (and export it).

The permission is custom (see PageFeedback.Meta), so it is created here
rather than waiting for post_migrate, and given to the Moderators group that
core's 0003 migration sets up. Editors do not get it: the comments are
residents' unmoderated words, read by the people who answer for the content.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_report_permission(apps, schema_editor):
    app_config = apps.get_app_config("feedback")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permission = Permission.objects.get(
        content_type__app_label="feedback", codename="view_page_feedback_report"
    )
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(permission)


def revoke_report_permission(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Permission.objects.filter(
        content_type__app_label="feedback", codename="view_page_feedback_report"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("core", "0003_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant_report_permission, revoke_report_permission)]
