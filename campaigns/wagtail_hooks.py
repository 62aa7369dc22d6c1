from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.participation import HOME_PARTICIPATION_HOOK

from .models import Councillor
from .participation import upcoming_events_section


class CouncillorViewSet(SnippetViewSet):
    model = Councillor
    icon = "user"
    menu_label = _("Councillors")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "district", "role", "sort_order", "locale"]
    list_filter = ["district", "role", "locale"]
    search_fields = ["name", "committees", "bio"]
    ordering = ["district__number", "sort_order", "name"]
    list_per_page = 50


register_snippet(CouncillorViewSet)


# The home page's participation section: pages sits below this app, so the
# home page learns of it through a hook (pages.participation).
hooks.register(HOME_PARTICIPATION_HOOK, upcoming_events_section)
