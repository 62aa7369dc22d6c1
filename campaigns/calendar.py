"""iCalendar files of the events: one event to download, or a whole index to subscribe to."""

from datetime import UTC, datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

PRODUCT_ID = "-//Krakow participation office//Events//PL"


def _new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone.get_default_timezone_name())
    return calendar


def _location(event):
    return ", ".join(part for part in (event.place, event.address) if part) or event.online_url


def calendar_event(event, *, request):
    """The VEVENT of one event page, its times in the site's time zone (Europe/Warsaw)."""
    item = Event()
    # Stable across edits and languages' versions stay distinct: a calendar updates, not duplicates.
    item.add("uid", f"{event.translation_key}-{event.locale.language_code}@{request.get_host()}")
    item.add("dtstamp", datetime.now(UTC))
    item.add("dtstart", timezone.localtime(event.start))
    item.add("dtend", timezone.localtime(event.end))
    item.add("summary", event.title)
    item.add("description", event.summary)
    item.add("location", _location(event))
    item.add("url", event.get_full_url(request))
    item.add("categories", [event.get_format_display()])
    if event.last_published_at:
        item.add("last-modified", event.last_published_at)
    return item


def event_calendar(event, *, request):
    """A calendar holding one event, for the 'add to my calendar' download."""
    calendar = _new_calendar(event.title)
    calendar.add_component(calendar_event(event, request=request))
    calendar.add_missing_timezones()
    return calendar


def events_calendar(events, *, request, name):
    """A calendar of many events, for subscribing to an event index."""
    calendar = _new_calendar(strip_tags(name))
    for event in events:
        calendar.add_component(calendar_event(event, request=request))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar, *, filename, attachment):
    """Serve a calendar as text/calendar; `attachment` makes browsers download it."""
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}.ics"'
    return response
