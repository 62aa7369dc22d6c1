"""Admin listings of projects and partners, beside the page tree."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from pages.participation import HOME_PARTICIPATION_HOOK
from projects.choices import OrganisationType
from projects.models import PartnerPage, ProjectPage
from projects.participation import ongoing_projects_section
from projects.status import ProjectStatus


class ProjectFilterSet(PageFilterSet):
    # The status is not a column: it follows from the period (projects.status).
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ProjectStatus.choices, method="filter_status"
    )

    class Meta:
        model = ProjectPage
        fields = ["locale", "districts", "topics"]

    def filter_status(self, queryset, name, value):
        return queryset.with_status().filter(current_status=value)


class ProjectListingViewSet(PageListingViewSet):
    """Every project with its status and realisation period, filterable by district."""

    model = ProjectPage
    icon = "clipboard-list"
    menu_label = _("Projects")
    menu_order = 150
    add_to_admin_menu = True
    filterset_class = ProjectFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("period", label=_("Realisation period"), accessor="get_period_display"),
    ]


class PartnerFilterSet(PageFilterSet):
    organisation_type = django_filters.ChoiceFilter(
        label=_("Type of organisation"), choices=OrganisationType.choices
    )

    class Meta:
        model = PartnerPage
        fields = ["locale", "organisation_type"]


class PartnerListingViewSet(PageListingViewSet):
    model = PartnerPage
    icon = "group"
    menu_label = _("Partners")
    menu_order = 151
    add_to_admin_menu = True
    filterset_class = PartnerFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column(
            "organisation_type",
            label=_("Type of organisation"),
            accessor="get_organisation_type_display",
        ),
    ]


@hooks.register("register_admin_viewset")
def register_project_listing():
    return ProjectListingViewSet("projects")


@hooks.register("register_admin_viewset")
def register_partner_listing():
    return PartnerListingViewSet("partners")


# The home page's participation section: pages sits below this app, so the
# home page learns of it through a hook (pages.participation).
hooks.register(HOME_PARTICIPATION_HOOK, ongoing_projects_section)
