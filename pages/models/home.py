from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage
from pages.selectors import featured_items_for_home

from .news import NewsPage

# How many of the newest news items the front page shows.
HOME_NEWS_COUNT = 3


class HomePage(BasePage):
    """The front page of one language version of the site."""

    hero_heading = models.CharField(verbose_name=_("Hero heading"), max_length=160)
    hero_text = models.TextField(verbose_name=_("Hero text"), blank=True, max_length=600)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Hero button links to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_label = models.CharField(
        verbose_name=_("Hero button label"), max_length=60, blank=True
    )
    featured_heading = models.CharField(
        verbose_name=_("Featured section heading"), max_length=120, blank=True
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link_page"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("featured_heading"),
        InlinePanel("featured_items", label=_("Featured items"), max_num=6),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("hero_heading"),
        TranslatableField("hero_text"),
        SynchronizedField("hero_image"),
        SynchronizedField("hero_link_page"),
        TranslatableField("hero_link_label"),
        TranslatableField("featured_heading"),
        TranslatableField("featured_items"),
    ]

    # One home page per locale, directly under the tree root. What may go
    # under it is declared by each child type (`parent_page_types`), so the
    # home page names no page type of another app.
    parent_page_types = ["wagtailcore.Page"]

    template = "pages/home_page.html"
    social_image_field = "hero_image"
    social_description_field = "hero_text"

    class Meta:
        verbose_name = _("Home page")
        verbose_name_plural = _("Home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_items"] = featured_items_for_home(self)
        context["latest_news"] = list(
            NewsPage.objects.live().public().descendant_of(self).newest_first()[:HOME_NEWS_COUNT]
        )
        return context


class HomePageFeaturedItem(TranslatableMixin, Orderable):
    """A page the editors put on the front page, with an optional short text."""

    home_page = ParentalKey(HomePage, related_name="featured_items", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    summary = models.CharField(
        verbose_name=_("Short text"),
        max_length=240,
        blank=True,
        help_text=_("Leave empty to use the page's own lead."),
    )

    panels = [FieldPanel("page"), FieldPanel("summary")]

    translatable_fields = [
        SynchronizedField("page"),
        TranslatableField("summary"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Featured item")
        verbose_name_plural = _("Featured items")
