"""No event list or calendar feed shows a restricted event, in any language."""

import datetime

import icalendar
import pytest
from django.utils import timezone

from tests.core.test_view_restrictions import (
    LANGUAGES,
    asks_for_password,
    assert_listed,
    restricted_in_every_language,
    translated,
    unlock,
)

from .factories import CampaignPageFactory, EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def event_pair(parent, *, days):
    """An open and a restricted event starting `days` from now (negative: in the past)."""
    start = timezone.now() + datetime.timedelta(days=days)
    end = start + datetime.timedelta(hours=2)
    public = EventPageFactory(parent=parent, title="Debata otwarta", start=start, end=end)
    hidden = EventPageFactory(parent=parent, title="Narada zamknięta", start=start, end=end)
    return translated(public), restricted_in_every_language(hidden)


def calendar_titles(response):
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(item["summary"]) for item in calendar.events}


@pytest.mark.parametrize(("days", "route"), [(7, ""), (-7, "past/")])
def test_event_index_and_its_feed_leave_out_restricted_events(client, homes, days, route):
    index = translated(EventIndexPageFactory(parent=homes["pl"]))
    event_pair(index["pl"], days=days)
    for language in LANGUAGES:
        assert_listed(
            client, index[language].url + route, shown="Debata otwarta", hidden="Narada zamknięta"
        )
        feed = client.get(index[language].url + "calendar/")
        assert calendar_titles(feed) == {"Debata otwarta"}, language


def test_campaign_page_leaves_out_restricted_events(client, homes):
    campaign = translated(CampaignPageFactory(parent=homes["pl"]))
    event_pair(campaign["pl"], days=3)
    for language in LANGUAGES:
        assert_listed(
            client, campaign[language].url, shown="Debata otwarta", hidden="Narada zamknięta"
        )


def test_a_restricted_events_calendar_file_needs_the_password(client, homes):
    index = translated(EventIndexPageFactory(parent=homes["pl"]))
    _, hidden = event_pair(index["pl"], days=3)
    for language in LANGUAGES:
        event = hidden[language]
        assert asks_for_password(client.get(event.url + "calendar/")), language
        unlock(client, event)
        assert calendar_titles(client.get(event.url + "calendar/")) == {"Narada zamknięta"}


def test_a_restricted_event_index_hides_its_feed_and_its_events_elsewhere(client, homes):
    campaign = translated(CampaignPageFactory(parent=homes["pl"]))
    index = restricted_in_every_language(EventIndexPageFactory(parent=campaign["pl"]))
    start = timezone.now() + datetime.timedelta(days=2)
    translated(
        EventPageFactory(
            parent=index["pl"],
            title="Narada zamknięta",
            start=start,
            end=start + datetime.timedelta(hours=1),
        )
    )
    EventPageFactory(
        parent=campaign["pl"],
        title="Debata otwarta",
        start=start,
        end=start + datetime.timedelta(hours=1),
    )
    for language in LANGUAGES:
        assert asks_for_password(client.get(index[language].url + "calendar/")), language
    response = client.get(campaign["pl"].url)
    assert "Debata otwarta" in response.content.decode()
    assert "Narada zamknięta" not in response.content.decode()
    for language in ("en", "uk"):
        assert "Narada zamknięta" not in client.get(campaign[language].url).content.decode()
