"""Participation projects: the index with its filters, and one project with its partners."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.blocks.documents import DocumentLinkBlock
from core.images import ALT_TEXT_HELP, MISSING_DESCRIPTION, text_alternative
from core.models import BasePage, FilteredIndexPage
from projects.blocks import ActivitiesStreamBlock, GoalsStreamBlock
from projects.selectors import project_index_context, project_page_context
from projects.status import ProjectStatus, first_of_month, project_status

# What editors may list under "related surveys and news" on a project.
RELATED_PAGE_TYPES = ["pages.NewsPage", "surveys.SurveyPage"]


class ProjectIndexPage(FilteredIndexPage):
    """All projects, ongoing first, filtered by status, district and topic."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["projects.ProjectPage"]

    template = "projects/project_index_page.html"
    items_per_page = 12

    class Meta:
        verbose_name = _("Project index")
        verbose_name_plural = _("Project indexes")

    def get_filtered_context(self, params):
        return project_index_context(self, params)


class ProjectPage(BasePage):
    """One project: what it wants to achieve, how, where, with whom and with whose money."""

    lead = models.TextField(verbose_name=_("Lead"), max_length=600)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt_text = models.CharField(
        verbose_name=_("Alternative text of the main image"),
        max_length=250,
        blank=True,
        help_text=ALT_TEXT_HELP,
    )
    start_month = models.DateField(
        verbose_name=_("Start month"),
        null=True,
        blank=True,
        help_text=_("Any day of the month: only the month and year are shown."),
    )
    end_month = models.DateField(
        verbose_name=_("End month"),
        null=True,
        blank=True,
        help_text=_("Any day of the month: only the month and year are shown."),
    )
    declared_status = models.CharField(
        verbose_name=_("Status when the period is not known"),
        max_length=20,
        choices=ProjectStatus.choices,
        blank=True,
        help_text=_(
            "With a start month the status follows from the dates; this is used only "
            "for projects without one."
        ),
    )
    districts = ParentalManyToManyField(
        "taxonomies.District", verbose_name=_("Districts"), blank=True, related_name="projects"
    )
    topics = ParentalManyToManyField(
        "taxonomies.Topic", verbose_name=_("Topics"), blank=True, related_name="projects"
    )
    goals = StreamField(GoalsStreamBlock(), verbose_name=_("Goals"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("Description"), blank=True)
    activities = StreamField(ActivitiesStreamBlock(), verbose_name=_("Activities"), blank=True)
    funding_note = models.TextField(
        verbose_name=_("Funding note"),
        blank=True,
        max_length=600,
        help_text=_(
            "E.g. which programme finances the project; funders' logos are shown next to it."
        ),
    )
    budget = models.DecimalField(
        verbose_name=_("Budget (PLN)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    contact_name = models.CharField(verbose_name=_("Contact person"), max_length=120, blank=True)
    contact_role = models.CharField(verbose_name=_("Their role"), max_length=120, blank=True)
    contact_email = models.EmailField(verbose_name=_("Contact e-mail"), blank=True)
    contact_phone = models.CharField(verbose_name=_("Contact phone"), max_length=40, blank=True)
    documents = StreamField(
        [("document", DocumentLinkBlock())], verbose_name=_("Documents"), blank=True
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt_text")],
            heading=_("Main image"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_month"), FieldPanel("end_month")]),
                FieldPanel("declared_status"),
            ],
            heading=_("Realisation period"),
        ),
        FieldPanel("districts"),
        FieldPanel("topics"),
        FieldPanel("goals"),
        FieldPanel("body"),
        FieldPanel("activities"),
        InlinePanel("project_partners", label=_("Partners"), heading=_("Partners")),
        MultiFieldPanel([FieldPanel("funding_note"), FieldPanel("budget")], heading=_("Funding")),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("documents"),
        InlinePanel(
            "related_pages", label=_("Related page"), heading=_("Related surveys and news")
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("goals"),
        index.SearchField("body"),
        index.SearchField("activities"),
        index.SearchField("funding_note"),
        index.RelatedFields("districts", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("start_month"),
        index.FilterField("end_month"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("lead"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_image_alt_text"),
        SynchronizedField("start_month"),
        SynchronizedField("end_month"),
        SynchronizedField("declared_status"),
        SynchronizedField("districts"),
        SynchronizedField("topics"),
        TranslatableField("goals"),
        TranslatableField("body"),
        TranslatableField("activities"),
        TranslatableField("project_partners"),
        TranslatableField("funding_note"),
        SynchronizedField("budget"),
        SynchronizedField("contact_name"),
        TranslatableField("contact_role"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        TranslatableField("documents"),
        TranslatableField("related_pages"),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    template = "projects/project_page.html"

    class Meta:
        verbose_name = _("Project")
        verbose_name_plural = _("Projects")

    @property
    def status(self):
        return project_status(self.start_month, self.end_month, self.declared_status)

    def get_status_display(self):
        return ProjectStatus(self.status).label

    def get_period_display(self):
        """The realisation period as months, e.g. "11.2021 – 04.2023", for admin listings."""
        start = self.start_month.strftime("%m.%Y") if self.start_month else "…"
        end = self.end_month.strftime("%m.%Y") if self.end_month else "…"
        return "" if not (self.start_month or self.end_month) else f"{start} – {end}"

    @property
    def hero_image_alt(self):
        return text_alternative(self.hero_image, self.hero_image_alt_text)

    def get_social_image(self):
        return self.social_image or self.hero_image

    def get_social_description(self):
        return self.search_description or self.lead

    def clean(self):
        super().clean()
        self.start_month = first_of_month(self.start_month)
        self.end_month = first_of_month(self.end_month)
        errors = {}
        if self.start_month and self.end_month and self.end_month < self.start_month:
            errors["end_month"] = _("The project cannot end before it starts.")
        if self.hero_image and not self.hero_image_alt:
            errors["hero_image_alt_text"] = MISSING_DESCRIPTION
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(project_page_context(self))
        return context


class PartnerRole(models.TextChoices):
    LEADER = "leader", _("Leader")
    PARTNER = "partner", _("Partner")
    FUNDER = "funder", _("Funder")


class ProjectPartner(TranslatableMixin, Orderable):
    """A partner organisation taking part in a project, in a given role."""

    project = ParentalKey(ProjectPage, related_name="project_partners", on_delete=models.CASCADE)
    partner = models.ForeignKey(
        "projects.PartnerPage",
        verbose_name=_("Partner"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    role = models.CharField(
        verbose_name=_("Role"), max_length=20, choices=PartnerRole.choices, default="partner"
    )

    panels = [FieldPanel("partner"), FieldPanel("role")]
    translatable_fields = [SynchronizedField("partner"), SynchronizedField("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Project partner")
        verbose_name_plural = _("Project partners")


class ProjectRelatedPage(TranslatableMixin, Orderable):
    """A survey or news item about the project."""

    project = ParentalKey(ProjectPage, related_name="related_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("page", page_type=RELATED_PAGE_TYPES)]
    translatable_fields = [SynchronizedField("page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Related page")
        verbose_name_plural = _("Related pages")
