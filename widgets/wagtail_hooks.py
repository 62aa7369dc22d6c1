"""Admin: the Widgets menu (Embed, statistics, registrations) and "Embed" in page headers."""

from django.urls import include, path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_urls
from .models import WidgetRegistration
from .selectors import widget_target


class WidgetRegistrationViewSet(SnippetViewSet):
    model = WidgetRegistration
    icon = "link"
    list_display = ["name", "partner", "origins", "active"]
    list_filter = ["active"]


register_snippet(WidgetRegistrationViewSet)


@hooks.register("register_admin_urls")
def register_widget_admin_urls():
    return [path("widgets/", include(admin_urls, namespace="widgets_admin"))]


@hooks.register("register_admin_menu_item")
def register_widgets_menu():
    menu = Menu(
        items=[
            MenuItem(_("Embed a widget"), reverse("widgets_admin:embed"), icon_name="code"),
            MenuItem(_("Statistics"), reverse("widgets_admin:stats"), icon_name="table"),
            MenuItem(
                _("Registered websites"),
                reverse(WidgetRegistration.snippet_viewset.get_url_name("list")),
                icon_name="link",
            ),
        ]
    )
    return SubmenuMenuItem(_("Widgets"), menu, name="widgets", icon_name="code", order=900)


@hooks.register("register_page_header_buttons")
def embed_button(page, user, view_name, next_url=None):
    """ "Embed" on survey, project, event and partner pages, opening the Embed view for them."""
    if widget_target(page) is None:
        return
    url = reverse("widgets_admin:embed") + "?" + urlencode({"for": page.pk})
    yield Button(_("Embed"), url, icon_name="code", priority=90)
