from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("sign-in/", include(admin_urls, namespace="accounts_admin"))]


@hooks.register("register_account_menu_item")
def register_two_factor_menu_item(request):
    return {
        "url": reverse("accounts_admin:two_factor"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Ask for a code from an authenticator app after your password."),
    }


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_reports_menu_item")
def register_lockout_report_menu_item():
    return SuperuserMenuItem(
        _("Sign-in lockouts"),
        reverse("accounts_admin:lockouts"),
        name="sign-in-lockouts",
        icon_name="lock",
        order=1100,
    )
