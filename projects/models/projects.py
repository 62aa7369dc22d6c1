"""Participation projects: the index with its filters, and one project with its partners."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Exists, Min, OuterRef
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
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.blocks.documents import DocumentLinkBlock
from core.images import rendition_prefetch
from core.models import BasePage, FilteredIndexPage, ImageWithAltText
from projects.blocks import ActivitiesStreamBlock, GoalsStreamBlock
from projects.choices import PartnerRole
from projects.filters import ProjectFilterForm
from projects.selectors import (
    PROJECT_CARD_IMAGE,
    attach_terms,
    project_page_context,
)
from projects.status import (
    ProjectStatus,
    first_of_month,
    project_status,
    status_expression,
    status_rank_expression,
)

# What editors may list under "related surveys and news" on a project.
RELATED_PAGE_TYPES = ["pages.NewsPage", "surveys.SurveyPage"]


class ProjectQuerySet(PageQuerySet):
    """Lists of projects: their status by the period, the index order and its filters."""

    def with_status(self, today: datetime.date | None = None) -> "ProjectQuerySet":
        """Annotate `current_status`: the status rule of projects.status, in SQL."""
        return self.annotate(current_status=status_expression(today))

    def ongoing_first(self) -> "ProjectQuerySet":
        """Ongoing, then planned, then completed; the latest start first. Needs with_status()."""
        return self.annotate(status_rank=status_rank_expression("current_status")).order_by(
            "status_rank", "-start_month", "title"
        )

    def filter_by(
        self, *, status: str = "", district: str = "", topic: str = ""
    ) -> "ProjectQuerySet":
        """Narrow by validated filter values, "" meaning any; `status` needs with_status().

        District and topic are slugs, the same in every language; `Exists`
        keeps a project in two matching districts from being listed twice.
        """
        projects = self
        if status:
            projects = projects.filter(current_status=status)
        if district:
            in_district = self.model.districts.through.objects.filter(
                projectpage_id=OuterRef("pk"), district__slug=district
            )
            projects = projects.filter(Exists(in_district))
        if topic:
            on_topic = self.model.topics.through.objects.filter(
                projectpage_id=OuterRef("pk"), topic__slug=topic
            )
            projects = projects.filter(Exists(on_topic))
        return projects

    def for_cards(self) -> "ProjectQuerySet":
        """With what a project card shows, loaded for the whole list at once."""
        return self.prefetch_related(
            rendition_prefetch("image", *PROJECT_CARD_IMAGE), "districts", "topics"
        )


class ProjectIndexPage(FilteredIndexPage):
    """All projects, ongoing first, filtered by status, district and topic."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["projects.ProjectPage"]

    template = "projects/project_index_page.html"
    items_per_page = 12

    class Meta:
        verbose_name = _("Project index")
        verbose_name_plural = _("Project indexes")

    def get_filter_form_class(self):
        return ProjectFilterForm

    def get_filter_form_kwargs(self):
        # Districts and topics are offered in the index's language.
        return {"locale": self.locale}

    def get_filterable_queryset(self):
        return (
            ProjectPage.objects.live()
            .public()
            .child_of(self)
            .with_status()
            .ongoing_first()
            .for_cards()
        )

    def filter_queryset(self, queryset, filters):
        return queryset.filter_by(**filters)

    def prepare_results(self, items):
        return attach_terms(items, self.locale)


class ProjectPage(ImageWithAltText, BasePage):
    """One project: what it wants to achieve, how, where, with whom and with whose money."""

    lead = models.TextField(verbose_name=_("Lead"), max_length=600)
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

    objects = PageManager.from_queryset(ProjectQuerySet)()

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        *ImageWithAltText.image_panels,
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
        *ImageWithAltText.image_translatable_fields,
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
    social_image_field = "image"
    social_description_field = "lead"

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

    def clean(self):
        self.start_month = first_of_month(self.start_month)
        self.end_month = first_of_month(self.end_month)
        errors = {}
        if self.start_month and self.end_month and self.end_month < self.start_month:
            errors["end_month"] = [_("The project cannot end before it starts.")]
        # The image's text alternative is checked by ImageWithAltText; the
        # editor sees its error and the period's at once.
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(project_page_context(self))
        return context


class ProjectPartnerQuerySet(models.QuerySet):
    def naming(self, partner: BasePage) -> "ProjectPartnerQuerySet":
        """Each live, public project in the partner page's language that names the partner, once.

        Projects point at the partner in the language they were first
        written in; every language version of a partner shares its
        translation key. A project naming the partner twice (two roles, two
        language versions) is listed with its first link. Ordered by project
        title, with the project loaded.
        """
        visible = ProjectPage.objects.live().public().filter(locale=partner.locale_id)
        links = self.filter(partner__translation_key=partner.translation_key, project__in=visible)
        first_links = links.order_by().values("project").annotate(first=Min("pk")).values("first")
        return self.filter(pk__in=first_links).select_related("project").order_by("project__title")


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

    objects = ProjectPartnerQuerySet.as_manager()

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
