from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .background import RUN_AGAIN_PERMISSION, VIEW_PERMISSION
from .translations import attach_locale


@hooks.register("before_serve_page")
def give_the_page_its_locale(page, request, serve_args, serve_kwargs):
    """The served page reads its Locale from the request's memo, not the database (#12)."""
    attach_locale(page)


@hooks.register("register_admin_urls")
def register_background_tasks_urls():
    return [path("background-tasks/", include(admin_urls, namespace="core_tasks"))]


class BackgroundTasksMenuItem(MenuItem):
    """Shown to superusers and holders of "Can view Task Result"."""

    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_background_tasks_menu_item():
    return BackgroundTasksMenuItem(
        _("Background tasks"),
        reverse("core_tasks:report"),
        name="background-tasks",
        icon_name="cogs",
        order=1100,
    )


@hooks.register("register_permissions")
def register_background_tasks_permissions():
    """Lets administrators give the report (and "send again") to groups in Settings → Groups."""
    codenames = [name.split(".")[1] for name in (VIEW_PERMISSION, RUN_AGAIN_PERMISSION)]
    return Permission.objects.filter(
        content_type__app_label="django_tasks_database", codename__in=codenames
    )
