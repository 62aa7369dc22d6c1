"""Partner organisations: the index filtered by type, and one partner with its projects."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.images import rendition_prefetch
from core.models import BasePage, FilteredIndexPage
from projects.choices import OrganisationType
from projects.filters import PartnerFilterForm
from projects.selectors import PARTNER_LOGO

# A partner page lists the projects that name it, so it builds on the project
# models; projects name partners by "projects.PartnerPage" and never import this.
from .projects import ProjectPartner


class PartnerQuerySet(PageQuerySet):
    """Lists of partners."""

    def of_type(self, organisation_type: str) -> "PartnerQuerySet":
        """Only partners of this type of organisation; "" means any."""
        if not organisation_type:
            return self
        return self.filter(organisation_type=organisation_type)

    def with_logos(self) -> "PartnerQuerySet":
        """With the renditions of their logos, loaded for the whole list at once."""
        return self.prefetch_related(rendition_prefetch("logo", PARTNER_LOGO))


class PartnerIndexPage(FilteredIndexPage):
    """The organisations the office works with, filtered by type."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["projects.PartnerPage"]

    template = "projects/partner_index_page.html"
    items_per_page = 24

    class Meta:
        verbose_name = _("Partner index")
        verbose_name_plural = _("Partner indexes")

    def get_filter_form_class(self):
        return PartnerFilterForm

    def get_filterable_queryset(self):
        return PartnerPage.objects.live().public().child_of(self).with_logos().order_by("title")

    def filter_queryset(self, queryset, filters):
        return queryset.of_type(filters["type"])


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

    objects = PageManager.from_queryset(PartnerQuerySet)()

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
    social_image_field = "logo"

    class Meta:
        verbose_name = _("Partner")
        verbose_name_plural = _("Partners")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["project_links"] = ProjectPartner.objects.naming(self)
        return context
