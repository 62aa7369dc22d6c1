"""schema.org Event data of an event page, for search engines and calendar apps."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from core.models import SiteSettings

SCHEMA = "https://schema.org/"
# Inside <script> the data must not close the element or start a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _person(person):
    data = {"@type": "Person", "name": person.name}
    if person.affiliation:
        data["affiliation"] = {"@type": "Organization", "name": person.affiliation}
    return data


def _locations(event):
    locations = []
    if event.place:
        place = {"@type": "Place", "name": event.place}
        if event.address:
            place["address"] = {
                "@type": "PostalAddress",
                "streetAddress": event.address,
                "addressLocality": "Kraków",
                "addressCountry": "PL",
            }
        locations.append(place)
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    return locations[0] if len(locations) == 1 else locations


def event_data(event, *, request):
    """The schema.org Event of an event page, as a dict."""
    site_settings = SiteSettings.for_request(request)
    site_root = event.get_site().root_page.localized
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": timezone.localtime(event.start).isoformat(),
        "endDate": timezone.localtime(event.end).isoformat(),
        "eventStatus": SCHEMA + "EventScheduled",
        "eventAttendanceMode": SCHEMA + event.attendance_mode,
        "location": _locations(event),
        "inLanguage": event.locale.language_code,
        "url": event.get_full_url(request),
        "organizer": {
            "@type": "Organization",
            "name": strip_tags(site_settings.office_name),
            "url": site_root.get_full_url(request),
        },
        "performer": [
            _person(person) for person in [*event.moderators.all(), *event.speakers.all()]
        ],
    }
    if event.registration_url:
        data["offers"] = {
            "@type": "Offer",
            "url": event.registration_url,
            "price": "0",
            "priceCurrency": "PLN",
            "availability": SCHEMA + "InStock",
        }
    return data


def event_json_ld(event, *, request):
    """The event's data ready to put inside <script type="application/ld+json">."""
    text = json.dumps(event_data(event, request=request), cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 - escaped above
