import datetime

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.models import BasePage, ImageWithAltText, IndexPage
from core.pagination import paginate
from pages.selectors import publication_record


def default_publishing_unit():
    return settings.DEFAULT_PUBLISHING_UNIT


class NewsPageQuerySet(PageQuerySet):
    def newest_first(self):
        """By news date, the most recent first; the same day by first publication."""
        return self.order_by("-date", "-first_published_at")


# What a news list item reads: its text, and what Wagtail needs for its URL.
NEWS_LIST_FIELDS = (
    "title",
    "date",
    "lead",
    "first_published_at",
    "live",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "translation_key",
    "content_type_id",
)


class NewsIndexPage(IndexPage):
    """The list of news, newest first."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]

    template = "pages/news_index_page.html"
    items_per_page = 10

    class Meta:
        verbose_name = _("News index")
        verbose_name_plural = _("News indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The list shows title, date and lead: only those and what the URL needs
        # are read, not each item's body or image (issue #12).
        news = (
            NewsPage.objects.live().public().child_of(self).newest_first().only(*NEWS_LIST_FIELDS)
        )
        news_page = paginate(news, request.GET.get("page", "1"), per_page=self.items_per_page)
        if news_page is None:
            raise Http404(_("There is no such page of news."))
        context["news_page"] = news_page
        return context


class NewsPage(ImageWithAltText, BasePage):
    """One news item with the publication record Polish public offices show."""

    date = models.DateField(verbose_name=_("News date"), default=datetime.date.today)
    lead = models.TextField(verbose_name=_("Lead"), max_length=600)
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)
    publishing_unit = models.CharField(
        verbose_name=_("Publishing unit"),
        max_length=200,
        default=default_publishing_unit,
        help_text=_("The department responsible for this item, shown in its publication record."),
    )

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        *ImageWithAltText.image_panels,
        FieldPanel("body"),
        FieldPanel("publishing_unit"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("date"),
        TranslatableField("lead"),
        *ImageWithAltText.image_translatable_fields,
        TranslatableField("body"),
        TranslatableField("publishing_unit"),
    ]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    template = "pages/news_page.html"
    open_graph_type = "article"
    social_image_field = "image"
    social_description_field = "lead"

    class Meta:
        verbose_name = _("News item")
        verbose_name_plural = _("News items")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["publication_record"] = publication_record(self)
        return context
