from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import District, Topic


class DistrictChooserViewSet(SnippetChooserViewSet):
    # Forms choose a district with the locale-aware radio list of
    # taxonomies.forms; the chooser modal stays available to other uses.
    register_widget = False


class DistrictViewSet(SnippetViewSet):
    model = District
    chooser_viewset_class = DistrictChooserViewSet
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
