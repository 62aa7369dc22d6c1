from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.blocks import BodyStreamBlock
from core.models import BasePage


class ContentPage(BasePage):
    """A general page: about the office, the accessibility statement, guides."""

    lead = models.TextField(
        verbose_name=_("Lead"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]

    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("lead"),
        TranslatableField("body"),
    ]

    parent_page_types = ["pages.HomePage", "pages.ContentPage"]
    subpage_types = ["pages.ContentPage"]

    template = "pages/content_page.html"
    social_description_field = "lead"

    class Meta:
        verbose_name = _("Content page")
        verbose_name_plural = _("Content pages")
