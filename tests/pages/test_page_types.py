"""Every page type in every language: routable, renderable, editable, previewable."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, Translation

from pages.models import ContentPage, HomePage, NewsIndexPage, NewsPage
from projects.models import PartnerIndexPage, PartnerPage, ProjectIndexPage, ProjectPage
from tests.factories import ImageFactory, SuperUserFactory

from .base import LANGUAGES, PAGE_TYPES, TranslatedTreeTestCase, edit_form_data

TRANSLATION_EDITOR_TEMPLATE = "wagtail_localize/admin/edit_translation.html"


class PageTypeBehaviourTests(TranslatedTreeTestCase):
    def test_routable_and_renderable_in_every_language(self):
        for type_name in PAGE_TYPES:
            for language in LANGUAGES:
                page = self.pages[type_name][language]
                with self.subTest(type_name=type_name, language=language):
                    self.assertPageIsRoutable(page)
                    self.assertPageIsRenderable(page)

    def test_served_in_the_language_of_its_prefix(self):
        for type_name in PAGE_TYPES:
            for language in LANGUAGES:
                page = self.pages[type_name][language]
                with self.subTest(type_name=type_name, language=language):
                    self.assertTrue(page.url.startswith(f"/{language}/"), page.url)
                    response = self.client.get(page.url)
                    self.assertContains(response, f'<html lang="{language}"')

    def test_polish_source_pages_are_editable_through_the_admin_form(self):
        for type_name in PAGE_TYPES:
            with self.subTest(type_name=type_name):
                page = self.pages[type_name]["pl"]
                self.assertPageIsEditable(page, post_data=edit_form_data(page))

    def test_translations_open_in_the_wagtail_localize_editor(self):
        self.client.force_login(SuperUserFactory())
        for type_name in PAGE_TYPES:
            for language in ("en", "uk"):
                page = self.pages[type_name][language]
                with self.subTest(type_name=type_name, language=language):
                    response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                    self.assertEqual(response.status_code, 200)
                    self.assertTemplateUsed(
                        response, "wagtail_localize/admin/edit_translation.html"
                    )

    def test_polish_source_pages_are_previewable(self):
        for type_name in PAGE_TYPES:
            with self.subTest(type_name=type_name):
                page = self.pages[type_name]["pl"]
                self.assertPageIsPreviewable(page, post_data=edit_form_data(page))

    def test_translations_are_previewable_in_the_translation_editor(self):
        self.client.force_login(SuperUserFactory())
        for type_name in PAGE_TYPES:
            for language in ("en", "uk"):
                page = self.pages[type_name][language]
                with self.subTest(type_name=type_name, language=language):
                    translation = Translation.objects.get(
                        source__object_id=page.translation_key, target_locale=page.locale
                    )
                    url = reverse("wagtail_localize:preview_translation", args=[translation.pk])
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, f'<html lang="{language}"')


class TranslationEditorTests(TranslatedTreeTestCase):
    """A translator changes a string in wagtail-localize's editor and publishes."""

    def setUp(self):
        self.client.force_login(SuperUserFactory())

    def translate_title(self, page, new_title):
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=page.locale
        )
        segment = StringSegment.objects.get(source=translation.source, context__path="title")
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = self.client.put(
            url, data=f"value={new_title}", content_type="application/x-www-form-urlencoded"
        )
        self.assertIn(response.status_code, (200, 201))
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
        self.assertEqual(response.status_code, 302)
        return Page.objects.get(pk=page.pk)

    def test_every_page_type_is_translated_and_published_in_en_and_uk(self):
        for type_name in PAGE_TYPES:
            for language in ("en", "uk"):
                page = self.pages[type_name][language]
                with self.subTest(type_name=type_name, language=language):
                    saved = self.translate_title(page, f"{type_name} {language}")
                    self.assertEqual(saved.title, f"{type_name} {language}")
                    self.assertTrue(saved.live)


class AdminFormEditTests(TranslatedTreeTestCase):
    """Edits driven through the real edit form, checking that the change is stored."""

    def setUp(self):
        self.client.force_login(SuperUserFactory())

    def post_edit(self, page, data):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = self.client.post(url, data)
        errors = response.context["form"].errors if response.status_code == 200 else ""
        self.assertEqual(response.status_code, 302, errors)
        return Page.objects.get(pk=page.pk).specific

    def test_content_page_body_saved_from_the_form(self):
        page = self.pages["ContentPage"]["pl"]
        data = nested_form_data(
            {
                "title": "Jak działamy",
                "slug": page.slug,
                "lead": "Nowy wstęp",
                "body": streamfield(
                    [
                        ("heading", {"text": "Spotkania", "level": "h2"}),
                        ("paragraph", rich_text("<p>Spotykamy się co miesiąc.</p>")),
                        ("quote", {"text": "Razem więcej", "attribution": "Mieszkanka"}),
                    ]
                ),
                "action-publish": "publish",
            }
        )
        saved = self.post_edit(page, data)
        self.assertEqual(saved.title, "Jak działamy")
        self.assertEqual(
            [block.block_type for block in saved.body], ["heading", "paragraph", "quote"]
        )

    def test_news_page_saved_from_the_form(self):
        page = self.pages["NewsPage"]["pl"]
        data = nested_form_data(
            {
                "title": "Wyniki głosowania",
                "slug": page.slug,
                "date": "2026-05-04",
                "lead": "Zmieniony wstęp",
                "body": streamfield([]),
                "publishing_unit": "Wydział Komunikacji Społecznej",
                "action-publish": "publish",
            }
        )
        saved = self.post_edit(page, data)
        self.assertEqual(str(saved.date), "2026-05-04")
        self.assertEqual(saved.publishing_unit, "Wydział Komunikacji Społecznej")

    def test_image_without_alt_text_is_rejected_unless_decorative(self):
        page = self.pages["ContentPage"]["pl"]
        image = ImageFactory()

        def post_image(decorative):
            data = nested_form_data(
                {
                    "title": page.title,
                    "slug": page.slug,
                    "lead": "",
                    "body": streamfield(
                        [
                            (
                                "image",
                                {
                                    "image": {"image": image.pk, "alt_text": "", **decorative},
                                    "caption": "",
                                },
                            )
                        ]
                    ),
                    "action-publish": "publish",
                }
            )
            return self.client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

        rejected = post_image({})
        self.assertEqual(rejected.status_code, 200)
        self.assertFalse(rejected.context["form"].is_valid())
        accepted = post_image({"decorative": "on"})
        self.assertEqual(accepted.status_code, 302)


class TreeRuleTests(TranslatedTreeTestCase):
    def test_allowed_children(self):
        # Other apps (campaigns, surveys) add their indexes under the home page too.
        home_children = set(HomePage.allowed_subpage_models())
        self.assertLessEqual(
            {ContentPage, NewsIndexPage, ProjectIndexPage, PartnerIndexPage}, home_children
        )
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedSubpageTypes(ProjectPage, set())
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerPage})
        self.assertAllowedSubpageTypes(PartnerPage, set())

    def test_allowed_parents(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedParentPageTypes(PartnerIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerIndexPage})

    def test_editors_cannot_build_a_wrong_tree(self):
        self.assertCanNotCreateAt(NewsIndexPage, ContentPage)
        self.assertCanNotCreateAt(ContentPage, NewsPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(HomePage, ProjectPage)
        self.assertCanNotCreateAt(ProjectIndexPage, PartnerPage)
        self.assertCanNotCreateAt(PartnerIndexPage, ProjectPage)

    def test_one_news_index_per_home_page(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                home = self.pages["HomePage"][language]
                for index_type in (NewsIndexPage, ProjectIndexPage, PartnerIndexPage):
                    self.assertFalse(index_type.can_create_at(home), index_type)

    def test_content_page_created_through_the_admin_form(self):
        self.client.force_login(SuperUserFactory())
        for language in LANGUAGES:
            with self.subTest(language=language):
                self.assertCanCreate(
                    self.pages["HomePage"][language],
                    ContentPage,
                    nested_form_data(
                        {
                            "title": "Konsultacje",
                            "slug": f"konsultacje-{language}",
                            "lead": "",
                            "body": streamfield([]),
                        }
                    ),
                )


@pytest.mark.parametrize(
    ("model", "own_text_fields"),
    [
        (HomePage, {"hero_heading", "hero_text", "hero_link_label", "featured_heading"}),
        (ContentPage, {"lead", "body"}),
        (NewsIndexPage, {"intro"}),
        (NewsPage, {"lead", "body", "image_alt_text", "publishing_unit"}),
    ],
)
def test_every_text_field_is_translated_and_searched(model, own_text_fields):
    from wagtail_localize.fields import TranslatableField

    translated = {
        field.field_name
        for field in model.translatable_fields
        if isinstance(field, TranslatableField)
    }
    assert {"title", "slug", "seo_title", "search_description"} | own_text_fields <= translated
    searched = {field.field_name for field in model.search_fields}
    assert {"title"} | (
        own_text_fields
        - {"image_alt_text", "publishing_unit", "hero_link_label", "featured_heading"}
    ) <= searched
