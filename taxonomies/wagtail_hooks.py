from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import District, Topic


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    menu_label = _("Districts")
    list_display = ["title", "number", "slug", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]
    ordering = ["locale", "number"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Districts and topics")
    menu_icon = "folder-open-inverse"
    items = (DistrictViewSet, TopicViewSet)


register_snippet(TaxonomyViewSetGroup)
