"""A translated campaign tree shared by the campaign page-type tests."""

from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import CampaignPage, DistrictCouncilPage, EventIndexPage, EventPage
from tests.factories import ModeratorFactory, publish_with_revision, site_home, translate_page
from tests.pages.base import TranslatedTreeTestCase

from .factories import (
    CampaignPageFactory,
    CouncillorFactory,
    DistrictCouncilPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    add_people,
)

CAMPAIGN_PAGE_TYPES = ("CampaignPage", "DistrictCouncilPage", "EventIndexPage", "EventPage")


def translate_councillor(councillor, language_code):
    """The councillor's copy in another locale, as wagtail-localize's snippet editor makes it."""
    translated = councillor.copy_for_translation(Locale.objects.get(language_code=language_code))
    translated.save()
    return translated


class CampaignTreeTestCase(TranslatedTreeTestCase):
    """One campaign page with its council page, event index and an event, in pl, en and uk."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        publisher = ModeratorFactory(username="campaign-publisher")
        home = site_home("pl")
        campaign = CampaignPageFactory(parent=home)
        council = DistrictCouncilPageFactory(parent=campaign)
        index = EventIndexPageFactory(parent=campaign)
        event = EventPageFactory(parent=index, title="Debata o zieleni", slug="debata-o-zieleni")
        add_people(
            event, moderators=[("Joanna Kęsek", "Fundacja")], speakers=[("Jan Nowak", "UMK")]
        )
        publish_with_revision(event, user=publisher)
        for councillor in (CouncillorFactory(role="chair"), CouncillorFactory()):
            for language in ("en", "uk"):
                translate_councillor(councillor, language)
        for polish_page in (campaign, council, index, event):
            type_name = type(polish_page).__name__
            cls.pages[type_name] = {"pl": Page.objects.get(pk=polish_page.pk).specific}
            for language in ("en", "uk"):
                translate_page(polish_page, language)
        for type_name in CAMPAIGN_PAGE_TYPES:
            source = cls.pages[type_name]["pl"]
            for translated in source.get_translations(inclusive=True).specific():
                cls.pages[type_name][translated.locale.language_code] = translated


def campaign_form_data(page, **overrides):
    """POST data of the admin edit form of a campaign page type (see tests.pages.base)."""
    fields = {"title": page.title, "slug": page.slug}
    if isinstance(page, CampaignPage):
        fields.update(
            district=page.district_id,
            lead=page.lead,
            body=streamfield(
                [
                    (
                        "steps",
                        {
                            "heading": "Jak się zaangażować",
                            "steps": streamfield([("item", {"title": "Przyjdź", "text": ""})]),
                        },
                    )
                ]
            ),
            councillors_heading=page.councillors_heading,
        )
    elif isinstance(page, DistrictCouncilPage):
        fields.update(
            district=page.district_id, intro=page.intro, office_address=page.office_address
        )
    elif isinstance(page, EventIndexPage):
        fields.update(intro=page.intro)
    elif isinstance(page, EventPage):
        fields.update(
            start="2026-01-15 18:00",
            end="2026-01-15 20:00",
            format=page.format,
            summary=page.summary,
            place=page.place,
            address=page.address,
            online_url="",
            description=rich_text("<p>Zapraszamy.</p>"),
            registration_url="",
            accessibility_information=page.accessibility_information,
            moderators=inline_formset([{"name": "Joanna Kęsek", "affiliation": "Fundacja"}]),
            speakers=inline_formset(
                [
                    {"name": "Jan Nowak", "affiliation": "UMK"},
                    {"name": "Ewa Wilk", "affiliation": "Stowarzyszenie"},
                ]
            ),
        )
    fields.update(overrides)
    return nested_form_data(fields)
