"""The campaigns part of the site the browser tests audit (see content.EXTENSIONS)."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from tests.campaigns.factories import (
    CampaignPageFactory,
    CouncillorFactory,
    DistrictCouncilPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    add_people,
)
from tests.factories import publish_with_revision, translate_page

KINDS = ("campaign", "district_council", "event_index", "event")


def _campaign_body(linked_page):
    return [
        {
            "type": "explainer",
            "value": {
                "heading": "Budżet dzielnicy",
                "text": "<p>Rada dzieli pieniądze na remonty i zieleń.</p>",
                "for_residents": "Możesz zaproponować, na co je wydać.",
            },
        },
        {
            "type": "steps",
            "value": {
                "heading": "Jak się zaangażować",
                "steps": [
                    {"title": "Przyjdź na dyżur", "text": "Bez zapisów."},
                    {"title": "Złóż wniosek", "text": "Odpowiedź dostaniesz na piśmie."},
                ],
            },
        },
        {
            "type": "faq",
            "value": {
                "heading": "Najczęstsze pytania",
                "items": [{"question": "Czy sesje są jawne?", "answer": "<p>Tak.</p>"}],
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Masz pomysł?",
                "text": "Porozmawiaj z radnym.",
                "button_label": "Zobacz wydarzenia",
                "page": linked_page.pk,
                "external_url": "",
            },
        },
    ]


def build(base):
    """Create the pages and return {(kind, language): path} for each of them."""
    from tests.browser.content import LANGUAGES

    campaign = CampaignPageFactory(parent=base.home, hero_image=base.image)
    council = DistrictCouncilPageFactory(parent=campaign)
    index = EventIndexPageFactory(parent=campaign)
    start = timezone.now() + datetime.timedelta(days=3)
    event = EventPageFactory(
        parent=index,
        start=start,
        end=start + datetime.timedelta(hours=2),
        online_url="https://example.org/live",
        registration_url="https://example.org/register",
    )
    add_people(
        event,
        moderators=[("Joanna Kęsek", "Fundacja Dom Sąsiedzki")],
        speakers=[("Paweł Mrozek", "Urząd Miasta Krakowa"), ("Marta Wilk", "Stowarzyszenie")],
    )
    EventPageFactory(
        parent=index,
        start=start - datetime.timedelta(days=30),
        end=start - datetime.timedelta(days=30, hours=-2),
    )
    campaign.body = _campaign_body(index)
    pages = {
        "campaign": publish_with_revision(campaign, base.editor),
        "district_council": publish_with_revision(council, base.editor),
        "event_index": publish_with_revision(index, base.editor),
        "event": publish_with_revision(event, base.editor),
    }
    for role in ("chair", "deputy_chair", "member"):
        councillor = CouncillorFactory(
            role=role, image=base.image, image_alt_text="Radna przed siedzibą rady"
        )
        for language in LANGUAGES:
            if language != "pl":
                councillor.copy_for_translation(Locale.objects.get(language_code=language)).save()
    paths = {}
    for language in LANGUAGES:
        for kind, page in pages.items():
            translated = page if language == "pl" else translate_page(page, language)
            paths[kind, language] = translated.url
    return paths
