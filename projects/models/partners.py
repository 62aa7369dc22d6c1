"""Partner organisations: the index filtered by type, and one partner with its projects."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage, FilteredIndexPage
from projects.partner_selectors import partner_index_context, partner_page_context


class OrganisationType(models.TextChoices):
    NGO = "ngo", _("Non-governmental organisation")
    PUBLIC_INSTITUTION = "public", _("Public institution")
    FOREIGN_PARTNER = "foreign", _("Foreign partner")
    FUNDER = "funder", _("Funder")
    BUSINESS = "business", _("Business")
    INFORMAL_GROUP = "informal", _("Informal group")


class PartnerIndexPage(FilteredIndexPage):
    """The organisations the office works with, filtered by type."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["projects.PartnerPage"]

    template = "projects/partner_index_page.html"
    items_per_page = 24

    class Meta:
        verbose_name = _("Partner index")
        verbose_name_plural = _("Partner indexes")

    def get_filtered_context(self, params):
        return partner_index_context(self, params)


class PartnerPage(BasePage):
    """One partner organisation; its projects are listed from the projects' side."""

    organisation_type = models.CharField(
        verbose_name=_("Type of organisation"), max_length=20, choices=OrganisationType.choices
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = RichTextField(
        verbose_name=_("Description"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    website = models.URLField(verbose_name=_("Website"), blank=True)
    city = models.CharField(verbose_name=_("City"), max_length=100, blank=True)
    country = models.CharField(verbose_name=_("Country"), max_length=100, blank=True)
    contact_email = models.EmailField(verbose_name=_("Contact e-mail"), blank=True)
    contact_phone = models.CharField(verbose_name=_("Contact phone"), max_length=40, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("organisation_type"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact"),
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("city"),
        index.SearchField("country"),
        index.FilterField("organisation_type"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("organisation_type"),
        SynchronizedField("logo"),
        TranslatableField("description"),
        SynchronizedField("website"),
        TranslatableField("city"),
        TranslatableField("country"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]

    parent_page_types = ["projects.PartnerIndexPage"]
    subpage_types = []

    template = "projects/partner_page.html"

    class Meta:
        verbose_name = _("Partner")
        verbose_name_plural = _("Partners")

    def get_social_image(self):
        return self.social_image or self.logo

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(partner_page_context(self))
        return context
