import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.images import ALT_TEXT_HELP, MISSING_DESCRIPTION, text_alternative
from core.models import BasePage, IndexPage
from core.pagination import paginate
from pages.selectors import news_in_index, publication_record


def default_publishing_unit():
    return settings.DEFAULT_PUBLISHING_UNIT


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
        page_number = request.GET.get("page", "1")
        news_page = paginate(news_in_index(self), page_number, per_page=self.items_per_page)
        if news_page is None:
            raise Http404(_("There is no such page of news."))
        context["news_page"] = news_page
        return context


class NewsPage(BasePage):
    """One news item with the publication record Polish public offices show."""

    date = models.DateField(verbose_name=_("News date"), default=datetime.date.today)
    lead = models.TextField(verbose_name=_("Lead"), max_length=600)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = models.CharField(
        verbose_name=_("Alternative text of the main image"),
        max_length=250,
        blank=True,
        help_text=ALT_TEXT_HELP,
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)
    publishing_unit = models.CharField(
        verbose_name=_("Publishing unit"),
        max_length=200,
        default=default_publishing_unit,
        help_text=_("The department responsible for this item, shown in its publication record."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("image_alt_text"),
        FieldPanel("body"),
        FieldPanel("publishing_unit"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("date"),
        TranslatableField("lead"),
        SynchronizedField("image"),
        TranslatableField("image_alt_text"),
        TranslatableField("body"),
        TranslatableField("publishing_unit"),
    ]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    template = "pages/news_page.html"
    open_graph_type = "article"

    class Meta:
        verbose_name = _("News item")
        verbose_name_plural = _("News items")

    def get_social_image(self):
        return self.social_image or self.image

    def get_social_description(self):
        return self.search_description or self.lead

    def clean(self):
        super().clean()
        if self.image and not self.image_alt:
            raise ValidationError({"image_alt_text": MISSING_DESCRIPTION})

    @property
    def image_alt(self):
        """The main image's alternative text in the page's language."""
        return text_alternative(self.image, self.image_alt_text)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["publication_record"] = publication_record(self)
        return context
