from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField


class BasePage(Page):
    """Fields every public page shares: the image shown when it is shared."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media (1200×630 works best)."),
    )

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("Common page configuration")),
        FieldPanel("social_image"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("social_image"),
    ]

    # og:type of the page when shared; news items override it with "article".
    open_graph_type = "website"

    class Meta:
        abstract = True

    def get_social_image(self):
        """The image for Open Graph tags: the sharing image, else the page's main image."""
        return self.social_image

    def get_social_description(self):
        return self.search_description
