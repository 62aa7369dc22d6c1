"""Factories of the campaign tests: councillors, campaign, council and event pages."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from campaigns.models import (
    CampaignPage,
    Councillor,
    DistrictCouncilPage,
    EventFormat,
    EventIndexPage,
    EventModerator,
    EventPage,
    EventSpeaker,
)
from taxonomies.models import District

PODGORZE = 13


def district(number=PODGORZE, language_code="pl"):
    """A district the migration created, in one language."""
    return District.objects.get(number=number, locale__language_code=language_code)


def polish():
    return Locale.objects.get(language_code="pl")


def warsaw_time(*args):
    """An aware datetime on the Warsaw wall clock, e.g. warsaw_time(2026, 1, 15, 18, 0)."""
    return timezone.make_aware(datetime.datetime(*args))


class CouncillorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Radna {n}")
    district = factory.LazyFunction(district)
    locale = factory.LazyFunction(polish)
    role = "member"
    committees = "Komisja Budżetowa\nKomisja Zieleni"
    bio = "Mieszka w dzielnicy od dwudziestu lat."
    email = factory.Sequence(lambda n: f"radna{n}@example.org")
    sort_order = factory.Sequence(lambda n: n)
    duty_hours = factory.LazyFunction(
        lambda: [
            {
                "type": "duty_hour",
                "value": {
                    "weekday": "2",
                    "start": "16:00",
                    "end": "18:00",
                    "place": "Siedziba rady, pokój 12",
                },
            }
        ]
    )

    class Meta:
        model = Councillor


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = "Poznaj swoją radę dzielnicy"
    slug = factory.Sequence(lambda n: f"rada-dzielnicy-{n}")
    district = factory.LazyFunction(district)
    lead = "Co decyduje rada dzielnicy i jak możesz z niej korzystać."

    class Meta:
        model = CampaignPage


class DistrictCouncilPageFactory(wagtail_factories.PageFactory):
    title = "Rada Dzielnicy XIII Podgórze"
    slug = factory.Sequence(lambda n: f"radni-{n}")
    district = factory.LazyFunction(district)
    intro = "Radni wybrani przez mieszkańców Podgórza."
    office_address = "ul. Przykładowa 1\n30-000 Kraków"

    class Meta:
        model = DistrictCouncilPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Wydarzenia"
    slug = factory.Sequence(lambda n: f"wydarzenia-{n}")
    intro = "Debaty, warsztaty i dyżury radnych."

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Debata {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    format = EventFormat.DEBATE
    summary = "Rozmowa o przyszłości dzielnicy."
    place = "Dom Kultury Podgórze"
    address = "ul. Przykładowa 2"
    description = "<p>Zapraszamy wszystkich mieszkańców.</p>"
    accessibility_information = "Wejście bez schodów, pętla indukcyjna."

    class Meta:
        model = EventPage


def add_people(event, *, moderators=(), speakers=()):
    """Give an event its moderators and speakers, as (name, affiliation) pairs, in order."""
    for model, people in ((EventModerator, moderators), (EventSpeaker, speakers)):
        for order, (name, affiliation) in enumerate(people):
            model.objects.create(
                page=event,
                name=name,
                affiliation=affiliation,
                sort_order=order,
                locale=event.locale,
            )
    return event
