"""The home page's "Upcoming events" section: the next events, with date, place and district.

Registered with pages.participation's hook in campaigns/wagtail_hooks.py.
An event's district is its campaign's: the campaign page above it.
"""

import operator
from functools import reduce

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.translations import in_locale
from pages.participation import ParticipationQuery, ParticipationSection

from .models import CampaignPage, EventIndexPage, EventPage

# How many upcoming events the home page shows.
HOME_EVENT_COUNT = 3


def ancestor_paths(page: Page) -> list[str]:
    """The tree paths of every ancestor of `page` (treebeard's materialised path)."""
    step = Page.steplen
    return [page.path[: step * depth] for depth in range(1, page.depth)]


def upcoming_events_section(query: ParticipationQuery) -> ParticipationSection:
    """The next HOME_EVENT_COUNT live, public events below the home page; pinned ones first.

    With a district picked, only events below a campaign of that district.
    A fixed number of queries: the campaigns of the district, the events (and
    their restrictions), their campaigns, the districts in the reader's
    language, and the event index to link to.
    """
    events = (
        EventPage.objects.shown_below(query.home_page)
        .filter(locale=query.locale)
        .upcoming(now=query.now)
    )
    if query.district:
        campaign_paths = CampaignPage.objects.filter(
            district__slug=query.district_slug, locale=query.locale
        ).values_list("path", flat=True)
        prefixes = [Q(path__startswith=path) for path in campaign_paths]
        events = events.filter(reduce(operator.or_, prefixes)) if prefixes else events.none()
    events = list(
        events.annotate(pin_order=query.pin_order()).order_by("pin_order", "start", "pk")[
            :HOME_EVENT_COUNT
        ]
    )
    attach_districts(events, query)
    index = (
        EventIndexPage.objects.live().public().descendant_of(query.home_page).first()
        if events
        else None
    )
    return ParticipationSection(
        key="events",
        heading=_("Upcoming events"),
        template="campaigns/includes/home_events.html",
        items=events,
        order=20,
        more_url=index.url if index else "",
        more_label=_("All events"),
        # An event that has ended leaves the list without an edit.
        changes_at=min((event.end for event in events), default=None),
    )


def attach_districts(events: list[EventPage], query: ParticipationQuery) -> None:
    """Give each event `district`: its campaign's district in the reader's language, or None."""
    paths = {path for event in events for path in ancestor_paths(event)}
    campaigns = {
        campaign.path: campaign
        for campaign in CampaignPage.objects.filter(path__in=paths).select_related("district")
    }
    districts = [campaign.district for campaign in campaigns.values()]
    localized = dict(
        zip(
            (d.pk for d in districts),
            in_locale(districts, query.locale),
            strict=True,
        )
    )
    for event in events:
        campaign = next(
            (campaigns[path] for path in reversed(ancestor_paths(event)) if path in campaigns),
            None,
        )
        event.district = localized[campaign.district_id] if campaign else None
