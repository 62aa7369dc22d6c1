from django.http import HttpResponse
from django.urls import include, path, reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .dashboard import NotUsefulPagesPanel, dashboard_date_from, pages_voted_not_useful
from .models import REPORT_PERMISSION
from .views import STATE_PARAMETER


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


@hooks.register("construct_homepage_panels")
def add_not_useful_pages_panel(request, panels):
    """Pages residents found not useful lately, for holders of the report permission."""
    if request.user.has_perm(REPORT_PERMISSION):
        date_from = dashboard_date_from()
        panels.append(NotUsefulPagesPanel(pages_voted_not_useful(date_from=date_from), date_from))


@hooks.register("register_permissions")
def register_permissions():
    """Lets administrators give the report to other groups in Settings → Groups."""
    from django.contrib.auth.models import Permission

    app_label, codename = REPORT_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)


@hooks.register("on_serve_page")
def keep_the_polls_state_out_of_caches(serve_page):
    """A page showing the poll's state after a vote (`?feedback=…`, no JavaScript) is not cached.

    The same address shows the comment form until the comment is sent and
    the thanks after it; a whole-page cache would keep offering the form.
    Pages without the parameter, the same for everyone, stay cacheable.
    """

    def serve(page, request, args, kwargs):
        response = serve_page(page, request, args, kwargs)
        if request.GET.get(STATE_PARAMETER) and isinstance(response, HttpResponse):
            patch_cache_control(response, no_store=True)
        return response

    return serve
