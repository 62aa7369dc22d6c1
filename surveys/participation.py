"""The home page's "Take part now" section: open surveys, closing soonest first.

Registered with pages.participation's hook in surveys/wagtail_hooks.py.
"""

from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from pages.participation import ParticipationQuery, ParticipationSection

from .models.pages import SurveyIndexPage, SurveyPage

# How many open surveys the home page invites to.
HOME_SURVEY_COUNT = 4


def open_surveys_section(query: ParticipationQuery) -> ParticipationSection:
    """Live, public, open surveys below the home page in its language; pinned ones first.

    Surveys are city-wide (a survey page names no district), so the district
    filter leaves them as they are and the section says so. A fixed number of
    queries: the view restrictions, the surveys, the index to link to and the
    next opening or closing.
    """
    now = query.now
    surveys = list(
        SurveyPage.objects.live()
        .public()
        .descendant_of(query.home_page)
        .filter(locale=query.locale)
        .filter(Q(opens_at__isnull=True) | Q(opens_at__lte=now))
        .filter(Q(closes_at__isnull=True) | Q(closes_at__gt=now))
        .annotate(pin_order=query.pin_order())
        .order_by("pin_order", F("closes_at").asc(nulls_last=True), "-first_published_at")
        .select_related("locale")[:HOME_SURVEY_COUNT]
    )
    index = (
        SurveyIndexPage.objects.live().public().child_of(query.home_page).first()
        if surveys
        else None
    )
    return ParticipationSection(
        key="surveys",
        heading=_("Take part now"),
        template="surveys/includes/home_surveys.html",
        items=surveys,
        order=10,
        more_url=index.url if index else "",
        more_label=_("All surveys and consultations"),
        note=_("Surveys are for the whole city.") if query.district else "",
        # A survey opening or closing changes the list without an edit.
        changes_at=SurveyPage.objects.live()
        .descendant_of(query.home_page)
        .filter(locale=query.locale)
        .next_state_change(now),
    )
