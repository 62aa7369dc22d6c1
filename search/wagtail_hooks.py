"""The search statistics in the admin's Reports menu, for holders of their permission."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .models import STATISTICS_PERMISSION


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("search-statistics/", include(admin_urls, namespace="search_admin"))]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(STATISTICS_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        _("Search statistics"),
        reverse("search_admin:statistics"),
        name="search-statistics",
        icon_name="search",
        order=1100,
    )


@hooks.register("register_permissions")
def register_permissions():
    """Lets administrators give the statistics to groups in Settings → Groups."""
    app_label, codename = STATISTICS_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
