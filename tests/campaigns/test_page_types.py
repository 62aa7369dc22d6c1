"""Every campaign page type in every language: routable, renderable, editable, previewable."""

import datetime

from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import Translation

from campaigns.models import CampaignPage, DistrictCouncilPage, EventIndexPage, EventPage
from pages.models import ContentPage, HomePage
from tests.factories import SuperUserFactory

from .base import CAMPAIGN_PAGE_TYPES, CampaignTreeTestCase, campaign_form_data
from .factories import district

LANGUAGES = ("pl", "en", "uk")


class CampaignPageTypeTests(CampaignTreeTestCase):
    def test_routable_and_renderable_in_every_language(self):
        for type_name in CAMPAIGN_PAGE_TYPES:
            for language in LANGUAGES:
                page = self.pages[type_name][language]
                with self.subTest(type_name=type_name, language=language):
                    self.assertPageIsRoutable(page)
                    self.assertPageIsRenderable(page)
                    response = self.client.get(page.url)
                    self.assertContains(response, f'<html lang="{language}"')

    def test_polish_pages_are_editable_and_previewable_through_the_admin_form(self):
        for type_name in CAMPAIGN_PAGE_TYPES:
            page = self.pages[type_name]["pl"]
            with self.subTest(type_name=type_name):
                self.assertPageIsEditable(page, post_data=campaign_form_data(page))
                self.assertPageIsPreviewable(page, post_data=campaign_form_data(page))

    def test_translations_open_and_preview_in_wagtail_localize(self):
        self.client.force_login(SuperUserFactory())
        for type_name in CAMPAIGN_PAGE_TYPES:
            for language in ("en", "uk"):
                page = self.pages[type_name][language]
                with self.subTest(type_name=type_name, language=language):
                    response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                    self.assertTemplateUsed(
                        response, "wagtail_localize/admin/edit_translation.html"
                    )
                    translation = Translation.objects.get(
                        source__object_id=page.translation_key, target_locale=page.locale
                    )
                    url = reverse("wagtail_localize:preview_translation", args=[translation.pk])
                    self.assertContains(self.client.get(url), f'<html lang="{language}"')

    def test_event_saved_from_the_admin_form_keeps_warsaw_time_and_speaker_order(self):
        self.client.force_login(SuperUserFactory())
        page = self.pages["EventPage"]["pl"]
        moderator, speaker = page.moderators.get(), page.speakers.get()
        data = campaign_form_data(
            page,
            moderators=inline_formset(
                [{"id": moderator.pk, "name": moderator.name, "affiliation": "Fundacja"}],
                initial=1,
            ),
            # The existing speaker moves behind a new one.
            speakers=inline_formset(
                [
                    {"id": speaker.pk, "name": "Jan Nowak", "affiliation": "UMK", "ORDER": "2"},
                    {"name": "Ewa Wilk", "affiliation": "Stowarzyszenie", "ORDER": "1"},
                ],
                initial=1,
            ),
            **{"action-publish": "publish"},
        )
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
        self.assertEqual(response.status_code, 302)
        saved = EventPage.objects.get(pk=page.pk)
        self.assertEqual(timezone.localtime(saved.start).strftime("%H:%M"), "18:00")
        self.assertEqual(saved.start.utcoffset(), datetime.timedelta(0))  # stored in UTC
        self.assertEqual(saved.start, datetime.datetime(2026, 1, 15, 17, 0, tzinfo=datetime.UTC))
        self.assertEqual([s.name for s in saved.speakers.all()], ["Ewa Wilk", "Jan Nowak"])

    def test_event_ending_before_it_starts_or_without_a_place_is_rejected(self):
        self.client.force_login(SuperUserFactory())
        page = self.pages["EventPage"]["pl"]
        for overrides, field in (
            ({"end": "2026-01-15 17:00"}, "end"),
            ({"place": "", "online_url": ""}, "place"),
        ):
            with self.subTest(field=field):
                data = campaign_form_data(page, **overrides)
                url = reverse("wagtailadmin_pages:edit", args=[page.pk])
                response = self.client.post(url, data)
                self.assertEqual(response.status_code, 200)
                self.assertIn(field, response.context["form"].errors)


class CampaignTreeRuleTests(CampaignTreeTestCase):
    def test_allowed_children_and_parents(self):
        self.assertAllowedSubpageTypes(
            CampaignPage, {DistrictCouncilPage, EventIndexPage, EventPage}
        )
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertAllowedSubpageTypes(DistrictCouncilPage, set())
        self.assertAllowedParentPageTypes(CampaignPage, {HomePage})
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage, CampaignPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage, CampaignPage})
        self.assertAllowedParentPageTypes(DistrictCouncilPage, {HomePage, CampaignPage})

    def test_editors_cannot_build_a_wrong_tree(self):
        self.assertCanNotCreateAt(ContentPage, CampaignPage)
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(EventPage, EventPage)

    def test_campaign_created_through_the_admin_form_in_every_language(self):
        self.client.force_login(SuperUserFactory())
        for language in LANGUAGES:
            with self.subTest(language=language):
                self.assertCanCreate(
                    self.pages["HomePage"][language],
                    CampaignPage,
                    nested_form_data(
                        {
                            "title": "Rada Dzielnicy VII",
                            "slug": f"rada-vii-{language}",
                            "district": district(7, language).pk,
                            "lead": "Jak działa rada.",
                            "body": streamfield([]),
                            "councillors_heading": "",
                        }
                    ),
                )

    def test_sitemap_lists_every_campaign_page_and_the_past_events(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        content = response.content.decode()
        for type_name in CAMPAIGN_PAGE_TYPES:
            for language in LANGUAGES:
                self.assertIn(self.pages[type_name][language].full_url, content)
        self.assertIn(self.pages["EventIndexPage"]["uk"].full_url + "past/", content)

    def test_open_graph_description_comes_from_the_page_text(self):
        expected = {
            "CampaignPage": "lead",
            "DistrictCouncilPage": "intro",
            "EventIndexPage": "intro",
            "EventPage": "summary",
        }
        for type_name, field in expected.items():
            page = self.pages[type_name]["uk"]
            with self.subTest(type_name=type_name):
                response = self.client.get(page.url)
                self.assertContains(
                    response, f'<meta property="og:description" content="{getattr(page, field)}'
                )
                self.assertContains(response, f'<meta property="og:url" content="{page.full_url}">')


def test_translatable_and_searched_fields():
    from wagtail_localize.fields import SynchronizedField, TranslatableField

    expectations = {
        CampaignPage: ({"lead", "body", "councillors_heading"}, {"district", "hero_image"}),
        DistrictCouncilPage: ({"intro", "office_address"}, {"district"}),
        EventIndexPage: ({"intro"}, set()),
        EventPage: (
            {"summary", "description", "place", "accessibility_information", "speakers"},
            {"start", "end", "format", "online_url", "registration_url"},
        ),
    }
    for model, (translated, synchronized) in expectations.items():
        fields = model.translatable_fields
        names = {type(f): set() for f in fields}
        for field in fields:
            names[type(field)].add(field.field_name)
        assert translated | {"title", "slug"} <= names[TranslatableField], model
        assert synchronized <= names[SynchronizedField], model
        searched = {field.field_name for field in model.search_fields}
        assert ({"title"} | translated) - {
            "councillors_heading",
            "accessibility_information",
            "speakers",
        } <= searched, model
