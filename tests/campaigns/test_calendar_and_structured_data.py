"""The .ics files parse back in Europe/Warsaw; the JSON-LD is a schema.org Event."""

import json
import re
import zoneinfo

import icalendar
import pytest

from .factories import EventIndexPageFactory, EventPageFactory, add_people, warsaw_time

pytestmark = pytest.mark.django_db
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


@pytest.fixture
def index(home_pl):
    return EventIndexPageFactory(parent=home_pl)


def parse_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


@pytest.mark.parametrize(
    ("start", "utc_hour"),
    [((2026, 1, 15, 18, 0), 17), ((2026, 7, 15, 18, 0), 16)],
    ids=["winter-cet", "summer-cest"],
)
def test_event_ics_has_warsaw_times(client, index, start, utc_hour):
    event = EventPageFactory(
        parent=index, start=warsaw_time(*start), end=warsaw_time(*start[:3], 20, 0)
    )

    response = client.get(event.url + "calendar/")

    assert 'attachment; filename="' in response["Content-Disposition"]
    calendar = parse_calendar(response)
    [item] = calendar.events
    assert str(item.start.tzinfo) == "Europe/Warsaw"
    assert (item.start.hour, item.end.hour) == (18, 20)
    assert item.start.astimezone(zoneinfo.ZoneInfo("UTC")).hour == utc_hour
    assert str(item["summary"]) == event.title
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Warsaw"]


def test_index_feed_lists_its_events_only(client, home_pl, index):
    past = EventPageFactory(
        parent=index, start=warsaw_time(2025, 3, 1, 10, 0), end=warsaw_time(2025, 3, 1, 12, 0)
    )
    upcoming = EventPageFactory(parent=index)
    EventPageFactory(parent=EventIndexPageFactory(parent=home_pl))

    calendar = parse_calendar(client.get(index.url + "calendar/"))

    assert {str(item["summary"]) for item in calendar.events} == {past.title, upcoming.title}
    assert len({str(item["uid"]) for item in calendar.events}) == 2


def json_ld(client, event):
    html = client.get(event.url).content.decode()
    [data] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(data)


def test_json_ld_of_an_event_in_a_venue_and_online(client, index):
    event = EventPageFactory(
        parent=index,
        start=warsaw_time(2026, 7, 15, 18, 0),
        end=warsaw_time(2026, 7, 15, 20, 0),
        online_url="https://example.org/live",
        registration_url="https://example.org/register",
    )
    add_people(
        event, moderators=[("Joanna Kęsek", "Fundacja")], speakers=[("Jan </script>", "UMK")]
    )

    data = json_ld(client, event)

    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["startDate"] == "2026-07-15T18:00:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]
    assert data["organizer"]["@type"] == "Organization" and data["organizer"]["name"]
    assert [(p["@type"], p["name"]) for p in data["performer"]] == [
        ("Person", "Joanna Kęsek"),
        ("Person", "Jan </script>"),  # escaped in the HTML, intact in the data
    ]
    assert data["performer"][1]["affiliation"] == {"@type": "Organization", "name": "UMK"}
    assert data["offers"]["url"] == "https://example.org/register"


def test_json_ld_of_an_online_event(client, index):
    event = EventPageFactory(
        parent=index, place="", address="", online_url="https://example.org/live"
    )

    data = json_ld(client, event)

    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/live"}
    assert data["performer"] == []
