"""Read-only queries behind the campaign templates, each one query whatever the count."""

from django.utils import timezone

from taxonomies.models import District

# A calendar subscription needs the coming events and some history, not the whole archive.
FEED_EVENT_LIMIT = 200


def _events_below(page):
    from campaigns.models import EventPage

    # The locale is read for every event (calendar language, JSON-LD).
    return EventPage.objects.live().public().descendant_of(page).select_related("locale")


def upcoming_events(page, *, now=None):
    """Live events below `page` that have not ended yet, soonest first.

    Args:
        page: an EventIndexPage or a CampaignPage.
        now: the moment that splits upcoming from past (defaults to now).

    Returns:
        A queryset (one query when evaluated).
    """
    now = now or timezone.now()
    return _events_below(page).filter(end__gte=now).order_by("start", "pk")


def past_events(page, *, now=None):
    """Live events below `page` that have ended, the most recent first (one query)."""
    now = now or timezone.now()
    return _events_below(page).filter(end__lt=now).order_by("-start", "-pk")


def events_for_feed(page):
    """The events of a calendar feed: the newest FEED_EVENT_LIMIT by start date."""
    return list(_events_below(page).order_by("-start", "-pk")[:FEED_EVENT_LIMIT])


def district_in_locale(district, locale):
    """The district's version in `locale` (pages keep the Polish one in sync)."""
    return (
        District.objects.filter(translation_key=district.translation_key, locale=locale).first()
        or district
    )


def councillors_of_district(district, locale):
    """The councillors of a district in the reader's language, in the editors' order.

    Photos and their renditions come in two extra queries for the whole list.

    Args:
        district: the district, in any locale.
        locale: the locale of the page showing them.
    """
    from campaigns.models import Councillor

    return list(
        Councillor.objects.filter(locale=locale, district__translation_key=district.translation_key)
        .select_related("photo")
        .prefetch_related("photo__renditions")
        .order_by("sort_order", "name", "pk")
    )


def council_page_for_district(district, locale):
    """The live district-council page of this district in `locale`, or None."""
    from campaigns.models import DistrictCouncilPage

    return (
        DistrictCouncilPage.objects.live()
        .public()
        .filter(locale=locale, district__translation_key=district.translation_key)
        .first()
    )
