"""Campaign pages about a district council, and the council's own page of councillors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.blocks import CampaignStreamBlock
from campaigns.selectors import (
    council_page_for_district,
    councillors_of_district,
    district_in_locale,
    upcoming_events,
)
from core.models import BasePage

CAMPAIGN_EVENTS_COUNT = 3


def district_field():
    return models.ForeignKey(
        "taxonomies.District",
        verbose_name=_("District"),
        on_delete=models.PROTECT,
        related_name="+",
    )


class CampaignPage(BasePage):
    """Explains a district council to residents: what it decides and how to use it."""

    district = district_field()
    lead = models.TextField(_("Lead"), max_length=600)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Decorative: it is shown without a text alternative."),
    )
    body = StreamField(CampaignStreamBlock(), verbose_name=_("Body"), blank=True)
    councillors_heading = models.CharField(_("Councillors heading"), max_length=120, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("district"),
        FieldPanel("lead"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("councillors_heading")],
            heading=_("Councillors"),
            help_text=_("The councillors of the district are shown in their order."),
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("district"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("district"),
        TranslatableField("lead"),
        SynchronizedField("hero_image"),
        TranslatableField("body"),
        TranslatableField("councillors_heading"),
    ]

    parent_page_types = ["pages.HomePage"]
    subpage_types = [
        "campaigns.DistrictCouncilPage",
        "campaigns.EventIndexPage",
        "campaigns.EventPage",
    ]

    template = "campaigns/campaign_page.html"

    class Meta:
        verbose_name = _("District-council campaign")
        verbose_name_plural = _("District-council campaigns")

    def get_social_image(self):
        return self.social_image or self.hero_image

    def get_social_description(self):
        return self.search_description or self.lead

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["district"] = district_in_locale(self.district, self.locale)
        context["councillors"] = councillors_of_district(self.district, self.locale)
        context["council_page"] = council_page_for_district(self.district, self.locale)
        context["upcoming_events"] = upcoming_events(self)[:CAMPAIGN_EVENTS_COUNT]
        return context


class DistrictCouncilPage(BasePage):
    """Every councillor of one district council, with their duty hours and contacts."""

    district = district_field()
    intro = models.TextField(_("Introduction"), blank=True, max_length=800)
    office_address = models.TextField(_("Council office address"), blank=True, max_length=300)

    content_panels = BasePage.content_panels + [
        FieldPanel("district"),
        FieldPanel("intro"),
        FieldPanel("office_address"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("office_address"),
        index.FilterField("district"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("district"),
        TranslatableField("intro"),
        TranslatableField("office_address"),
    ]

    parent_page_types = ["pages.HomePage", "campaigns.CampaignPage"]
    subpage_types = []

    template = "campaigns/district_council_page.html"

    class Meta:
        verbose_name = _("District council")
        verbose_name_plural = _("District councils")

    def get_social_description(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["district"] = district_in_locale(self.district, self.locale)
        context["councillors"] = councillors_of_district(self.district, self.locale)
        return context
