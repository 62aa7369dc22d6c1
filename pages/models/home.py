from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage
from core.page_cache import cache_until
from pages.participation import (
    DistrictFilterForm,
    ParticipationQuery,
    next_change,
    participation_sections,
    pinned_translation_keys,
)
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
        InlinePanel(
            "pinned_items",
            label=_("Pinned in “Take part”"),
            max_num=6,
            help_text=_(
                "Surveys, events or projects shown first in their section of the home page, "
                "as long as they are open, upcoming or ongoing."
            ),
        ),
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
        TranslatableField("pinned_items"),
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
        district_form = DistrictFilterForm(request.GET, locale=self.locale)
        context["district_form"] = district_form
        context["district_filter_errors"] = not district_form.is_valid()
        district = district_form.chosen_district()
        context["district"] = district
        context["participation_sections"] = participation_sections(
            ParticipationQuery(
                home_page=self,
                locale=self.locale,
                district=district,
                pinned_keys=pinned_translation_keys(self),
            )
        )
        context["latest_news"] = list(
            NewsPage.objects.live().public().descendant_of(self).newest_first()[:HOME_NEWS_COUNT]
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if context.get("district_filter_errors"):
            # An unknown district is explained on the page, as the indexes do.
            response.status_code = 400
        # A survey closing or an event starting changes the sections without an edit.
        cache_until(response, next_change(context.get("participation_sections", [])))
        return response


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


class HomePagePinnedItem(TranslatableMixin, Orderable):
    """A survey, event or project the editors want first in its home page section."""

    home_page = ParentalKey(HomePage, related_name="pinned_items", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("page")]
    translatable_fields = [SynchronizedField("page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Pinned item")
        verbose_name_plural = _("Pinned items")
