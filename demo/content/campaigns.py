"""Demo district-council campaign and events (see demo.sections).

The campaign explains the council of Dzielnica XIII Podgórze; below it are
the council's page of councillors and an event index with past and
upcoming events. Councillors are snippets, translated here; the pages are
translated by the builder.
"""

import datetime
import uuid
from functools import partial

from django.utils import timezone

from campaigns.models import (
    CampaignPage,
    Councillor,
    DistrictCouncilPage,
    EventIndexPage,
    EventModerator,
    EventPage,
    EventSpeaker,
)
from taxonomies.models import District

from ..pages import _ensure_child
from ..sections import DemoSection
from ..texts import SOURCE_LANGUAGE, iter_texts
from ..translations import target_locales, translate_snippet
from . import campaigns_council as council
from . import campaigns_events as events


def _pl(text):
    return text.get(SOURCE_LANGUAGE) if text else ""


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _list_item(value):
    # wagtail-localize extracts ListBlock items only when stored with their ids.
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def _campaign_body(refs):
    body = [
        _block(
            "explainer",
            {
                "heading": _pl(item.heading),
                "text": _pl(item.text),
                "for_residents": _pl(item.for_residents),
            },
        )
        for item in council.EXPLAINERS
    ]
    steps = [_list_item({"title": _pl(title), "text": _pl(text)}) for title, text in council.STEPS]
    body.append(_block("steps", {"heading": _pl(council.STEPS_HEADING), "steps": steps}))
    faq = [_list_item({"question": _pl(q), "answer": _pl(a)}) for q, a in council.FAQ]
    body.append(_block("faq", {"heading": _pl(council.FAQ_HEADING), "items": faq}))
    cta = {
        "title": _pl(council.CTA_TITLE),
        "text": _pl(council.CTA_TEXT),
        "button_label": _pl(council.CTA_BUTTON),
        "page": refs.page(council.CTA_PAGE).pk,
        "external_url": "",
    }
    body.append(_block("call_to_action", cta))
    return body


def _polish_district(home):
    return District.objects.get(number=council.DISTRICT_NUMBER, locale=home.locale)


def _event_times(spec, today):
    hour, minute = map(int, spec.start.split(":"))
    start = timezone.make_aware(
        datetime.datetime.combine(
            today + datetime.timedelta(days=spec.days_from_today), datetime.time(hour, minute)
        )
    )
    return start, start + datetime.timedelta(hours=spec.hours)


def _build_event(spec, locale, today):
    start, end = _event_times(spec, today)
    page = EventPage(
        title=_pl(spec.title),
        slug=_pl(spec.slug),
        start=start,
        end=end,
        format=spec.format,
        summary=_pl(spec.summary),
        description=_pl(spec.description),
        place=_pl(spec.place),
        address=_pl(spec.address),
        online_url=spec.online_url,
        registration_url=spec.registration_url,
        accessibility_information=_pl(spec.accessibility),
    )
    for model, relation, people in (
        (EventModerator, "moderators", spec.moderators),
        (EventSpeaker, "speakers", spec.speakers),
    ):
        setattr(
            page,
            relation,
            [
                model(
                    name=person.name,
                    affiliation=_pl(person.affiliation),
                    sort_order=order,
                    locale=locale,
                )
                for order, person in enumerate(people)
            ],
        )
    return page


def _ensure_councillors(district, context):
    """The Polish councillors (created when missing) and their en and uk translations."""
    locales = target_locales()
    for order, spec in enumerate(council.COUNCILLORS):
        councillor = Councillor.objects.filter(
            name=spec.name, district=district, locale=district.locale
        ).first()
        if councillor is None:
            context.report(f"Creating councillor {spec.name!r}…")
            councillor = Councillor.objects.create(
                name=spec.name,
                district=district,
                locale=district.locale,
                role=spec.role,
                committees=_pl(council.committees_text(spec.committees)),
                bio=_pl(spec.bio),
                duty_hours=[
                    {
                        "type": "duty_hour",
                        "value": {
                            "weekday": spec.weekday,
                            "start": spec.hours[0],
                            "end": spec.hours[1],
                            "place": _pl(council.OFFICE_PLACE),
                        },
                    }
                ],
                email=spec.email,
                sort_order=order,
            )
        for locale in locales:
            translate_snippet(councillor, locale, context.memory, context.user)


def build(context):
    """Create the Polish campaign pages and councillors; return the pages to translate."""
    home, user, report = context.home, context.user, context.report
    district = _polish_district(home)
    _ensure_councillors(district, context)
    campaign_spec = _Spec(council.CAMPAIGN_TITLE, council.CAMPAIGN_SLUG)
    campaign = _ensure_child(
        home,
        campaign_spec,
        lambda: CampaignPage(
            title=_pl(council.CAMPAIGN_TITLE),
            slug=_pl(council.CAMPAIGN_SLUG),
            district=district,
            lead=_pl(council.CAMPAIGN_LEAD),
            hero_image=context.refs.image("meeting"),
            body=_campaign_body(context.refs),
            councillors_heading=_pl(council.COUNCILLORS_HEADING),
        ),
        user,
        report,
    )
    council_page = _ensure_child(
        campaign,
        _Spec(council.COUNCIL_TITLE, council.COUNCIL_SLUG),
        lambda: DistrictCouncilPage(
            title=_pl(council.COUNCIL_TITLE),
            slug=_pl(council.COUNCIL_SLUG),
            district=district,
            intro=_pl(council.COUNCIL_INTRO),
            office_address=_pl(council.COUNCIL_ADDRESS),
        ),
        user,
        report,
    )
    index = _ensure_child(
        campaign,
        _Spec(events.INDEX_TITLE, events.INDEX_SLUG),
        lambda: EventIndexPage(
            title=_pl(events.INDEX_TITLE),
            slug=_pl(events.INDEX_SLUG),
            intro=_pl(events.INDEX_INTRO),
        ),
        user,
        report,
    )
    today = timezone.localdate()
    event_pages = [
        _ensure_child(index, spec, partial(_build_event, spec, home.locale, today), user, report)
        for spec in events.EVENTS
    ]
    return [campaign, council_page, index, *event_pages]


class _Spec:
    """What demo.pages._ensure_child reads from a spec: the title and the slug."""

    def __init__(self, title, slug):
        self.title = title
        self.slug = slug


def texts():
    """Every text the campaign pages and councillors need in en and uk."""
    yield from iter_texts(
        (
            council.CAMPAIGN_TITLE,
            council.CAMPAIGN_SLUG,
            council.CAMPAIGN_LEAD,
            council.COUNCILLORS_HEADING,
            council.EXPLAINERS,
            council.STEPS_HEADING,
            council.STEPS,
            council.FAQ_HEADING,
            council.FAQ,
            council.CTA_TITLE,
            council.CTA_TEXT,
            council.CTA_BUTTON,
            council.COUNCIL_TITLE,
            council.COUNCIL_SLUG,
            council.COUNCIL_INTRO,
            council.COUNCIL_ADDRESS,
            council.OFFICE_PLACE,
            [spec.bio for spec in council.COUNCILLORS],
            [council.committees_text(spec.committees) for spec in council.COUNCILLORS],
            events.INDEX_TITLE,
            events.INDEX_SLUG,
            events.INDEX_INTRO,
            events.EVENTS,
        )
    )


def reset(report):
    """Delete the demo councillors in every language (the pages go with the home page's)."""
    names = [spec.name for spec in council.COUNCILLORS]
    demo = Councillor.objects.filter(name__in=names, district__number=council.DISTRICT_NUMBER)
    if demo.exists():
        report("Deleting the demo councillors…")
        # One by one, so that wagtail-localize removes their translation sources too.
        for councillor in demo:
            councillor.delete()


CAMPAIGNS_SECTION = DemoSection(
    name="district-council campaign and events", texts=texts, build=build, reset=reset
)
