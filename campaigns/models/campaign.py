"""Campaign pages about a district council, and the council's own page of councillors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.blocks import CampaignStreamBlock
from core.models import BasePage
from core.translations import in_locale

from .councillors import Councillor
from .events import EventPage

CAMPAIGN_EVENTS_COUNT = 3


class DistrictPage(BasePage):
    """A page about one district's council: it shows the district and its councillors.

    Pages keep the Polish district in sync; the reader sees the district and
    the councillors in the page's language.
    """

    district = models.ForeignKey(
        "taxonomies.District",
        verbose_name=_("District"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [FieldPanel("district")]
    search_fields = BasePage.search_fields + [index.FilterField("district")]
    translatable_fields = BasePage.translatable_fields + [SynchronizedField("district")]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        (context["district"],) = in_locale([self.district], self.locale)
        context["councillors"] = list(Councillor.objects.of_district(self.district, self.locale))
        return context


class CampaignPage(DistrictPage):
    """Explains a district council to residents: what it decides and how to use it."""

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

    content_panels = DistrictPage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("councillors_heading")],
            heading=_("Councillors"),
            help_text=_("The councillors of the district are shown in their order."),
        ),
    ]

    search_fields = DistrictPage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
    ]

    translatable_fields = DistrictPage.translatable_fields + [
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
    social_image_field = "hero_image"
    social_description_field = "lead"

    class Meta:
        verbose_name = _("District-council campaign")
        verbose_name_plural = _("District-council campaigns")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["council_page"] = (
            DistrictCouncilPage.objects.live()
            .public()
            .filter(locale=self.locale, district__translation_key=self.district.translation_key)
            .first()
        )
        context["upcoming_events"] = EventPage.objects.shown_below(self).upcoming()[
            :CAMPAIGN_EVENTS_COUNT
        ]
        return context


class DistrictCouncilPage(DistrictPage):
    """Every councillor of one district council, with their duty hours and contacts."""

    intro = models.TextField(_("Introduction"), blank=True, max_length=800)
    office_address = models.TextField(_("Council office address"), blank=True, max_length=300)

    content_panels = DistrictPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("office_address"),
    ]

    search_fields = DistrictPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("office_address"),
    ]

    translatable_fields = DistrictPage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("office_address"),
    ]

    parent_page_types = ["pages.HomePage", "campaigns.CampaignPage"]
    subpage_types = []

    template = "campaigns/district_council_page.html"
    social_description_field = "intro"

    class Meta:
        verbose_name = _("District council")
        verbose_name_plural = _("District councils")
