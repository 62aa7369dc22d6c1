from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .models import REPORT_PERMISSION


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("page-feedback/", include(admin_urls, namespace="feedback_admin"))]


class ReportMenuItem(MenuItem):
    """Shown only to holders of the report permission (Moderators, by default)."""

    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Page usefulness"),
        reverse("feedback_admin:report"),
        name="page-usefulness",
        icon_name="help",
        order=1000,
    )


@hooks.register("register_permissions")
def register_permissions():
    """Lets administrators give the report to other groups in Settings → Groups."""
    from django.contrib.auth.models import Permission

    app_label, codename = REPORT_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
