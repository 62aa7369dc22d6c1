"""The home page's "Ongoing projects" section: projects under way, with status and districts.

Registered with pages.participation's hook in projects/wagtail_hooks.py.
"""

from django.utils.translation import gettext_lazy as _

from pages.participation import ParticipationQuery, ParticipationSection

from .models import ProjectIndexPage, ProjectPage
from .selectors import attach_terms
from .status import ProjectStatus

# How many ongoing projects the home page shows.
HOME_PROJECT_COUNT = 3


def ongoing_projects_section(query: ParticipationQuery) -> ParticipationSection:
    """Live, public, ongoing projects below the home page in its language; pinned ones first.

    With a district picked, only the projects in that district. A fixed number
    of queries: the projects (and restrictions), their images with every
    rendition, districts and topics, the terms in the reader's language and
    the index to link to.
    """
    projects = (
        ProjectPage.objects.live()
        .public()
        .descendant_of(query.home_page)
        .filter(locale=query.locale)
        .with_status()
        .filter_by(status=ProjectStatus.ONGOING, district=query.district_slug)
        .annotate(pin_order=query.pin_order())
        .order_by("pin_order", "-start_month", "title")
        .for_cards()[:HOME_PROJECT_COUNT]
    )
    projects = attach_terms(projects, query.locale)
    index = (
        ProjectIndexPage.objects.live().public().child_of(query.home_page).first()
        if projects
        else None
    )
    more_url = ""
    if index:
        more_url = index.url + "?status=ongoing"
        if query.district:
            more_url += "&district=" + query.district_slug
    return ParticipationSection(
        key="projects",
        heading=_("Ongoing projects"),
        template="projects/includes/home_projects.html",
        items=projects,
        order=30,
        more_url=more_url,
        more_label=_("All ongoing projects"),
    )
