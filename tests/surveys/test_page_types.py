"""Survey index and survey pages in pl, en and uk: routed, rendered, edited, previewed."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

from pages.models import ContentPage, HomePage
from surveys.models import SurveyIndexPage, SurveyPage
from surveys.questions import survey_questions
from tests.factories import SuperUserFactory, site_home, translate_page
from tests.pages.base import LocalizedPageTestCase
from tests.surveys.factories import (
    SurveyIndexPageFactory,
    SurveyPageFactory,
    condition,
    options,
    question,
    step_break,
)

LANGUAGES = ("pl", "en", "uk")
TRANSLATION_EDITOR_TEMPLATE = "wagtail_localize/admin/edit_translation.html"


def list_block(values):
    """ListBlock form data (options, statements), as Wagtail's editor posts it."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def question_data(label, **settings):
    """The form data of a question block's common fields."""
    return {
        "label": label,
        "help_text": "",
        "required": "on",
        "personal_data": "on" if settings.pop("personal_data", False) else "",
        "name": settings.pop("name", ""),
        "condition": {"question": "", "value": "", **settings.pop("condition", {})},
        **settings,
    }


def survey_form_data(page, **overrides):
    """POST data of the survey's admin edit form: two steps, a condition and a matrix."""
    questions = streamfield(
        [
            (
                "yes_no",
                question_data("Czy mieszkasz w Krakowie?", name="resident"),
            ),
            ("step_break", {"title": "Szczegóły"}),
            (
                "single_choice",
                question_data(
                    "Jak długo?",
                    condition={"question": "resident", "value": "yes"},
                    options=list_block(
                        [{"label": "Krótko", "value": "short"}, {"label": "Długo", "value": ""}]
                    ),
                    widget="radio",
                ),
            ),
            (
                "matrix",
                question_data(
                    "Czy się zgadzasz?",
                    statements=list_block([{"label": "Jest czysto", "value": "clean"}]),
                    scale_max="5",
                    min_label="Nie",
                    max_label="Tak",
                ),
            ),
            ("email", question_data("Twój e-mail", personal_data=True)),
        ]
    )
    fields = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text("<p>Prosimy o odpowiedzi.</p>"),
        "questions": questions,
        "opens_at": "",
        "closes_at": "",
        "results_public": "",
        "response_policy": "unlimited",
        "consent_text": "Zgadzam się na przetwarzanie danych.",
        "retention_days": "30",
        "thank_you_text": rich_text("<p>Dziękujemy!</p>"),
        "office_email": "biuro@example.org",
        "send_copy_to_resident": "on",
    }
    fields.update(overrides)
    return nested_form_data(fields)


def index_form_data(page):
    return nested_form_data(
        {"title": page.title, "slug": page.slug, "intro": rich_text("<p>Ankiety.</p>")}
    )


class TranslatedSurveysTestCase(LocalizedPageTestCase):
    """A Polish survey index with a two-step survey, both translated into en and uk."""

    @classmethod
    def setUpTestData(cls):
        home = site_home("pl")
        index = SurveyIndexPageFactory(parent=home)
        survey = SurveyPageFactory(
            parent=index,
            title="Park przy Krowoderskiej",
            slug="park",
            questions=[
                question("yes_no", "Czy mieszkasz w Krakowie?", key="resident", name="resident"),
                step_break("Szczegóły"),
                question(
                    "single_choice",
                    "Jak długo?",
                    key="how_long",
                    options=options(("short", "Krótko"), ("long", "Długo")),
                    condition=condition("resident", "yes"),
                ),
            ],
        )
        cls.pages = {"SurveyIndexPage": {}, "SurveyPage": {}}
        for source in (index, survey):
            for language in ("en", "uk"):
                translate_page(source, language)
            for page in source.get_translations(inclusive=True).specific():
                cls.pages[type(source).__name__][page.locale.language_code] = page

    def all_pages(self, languages=LANGUAGES):
        for type_name, by_language in self.pages.items():
            for language in languages:
                yield type_name, language, by_language[language]


class SurveyPageTypeTests(TranslatedSurveysTestCase):
    def test_routable_and_renderable_in_every_language(self):
        for type_name, language, page in self.all_pages():
            with self.subTest(type_name=type_name, language=language):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                response = self.client.get(page.url)
                self.assertContains(response, f'<html lang="{language}"')

    def test_translated_survey_keeps_keys_and_option_values(self):
        keys = {
            language: [(q.key, [o.value for o in q.options]) for q in survey_questions(page)]
            for language, page in self.pages["SurveyPage"].items()
        }
        self.assertEqual(keys["pl"], keys["en"])
        self.assertEqual(keys["pl"], keys["uk"])

    def test_polish_source_pages_are_editable_through_the_admin_form(self):
        index, survey = self.pages["SurveyIndexPage"]["pl"], self.pages["SurveyPage"]["pl"]
        self.assertPageIsEditable(index, post_data=index_form_data(index))
        self.assertPageIsEditable(survey, post_data=survey_form_data(survey))

    def test_survey_saved_from_the_admin_form(self):
        self.client.force_login(SuperUserFactory())
        survey = self.pages["SurveyPage"]["pl"]
        data = survey_form_data(survey, **{"action-publish": "publish"})
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[survey.pk]), data)
        errors = response.context["form"].errors if response.status_code == 200 else ""
        self.assertEqual(response.status_code, 302, errors)
        saved = SurveyPage.objects.get(pk=survey.pk)
        types = [child.block_type for child in saved.questions]
        self.assertEqual(types, ["yes_no", "step_break", "single_choice", "matrix", "email"])
        # An option value left empty is filled in from its label.
        self.assertEqual(saved.questions[2].value["options"][1]["value"], "dlugo")
        self.assertEqual(saved.retention_days, 30)

    def test_personal_data_without_consent_text_is_rejected_by_the_admin_form(self):
        self.client.force_login(SuperUserFactory())
        survey = self.pages["SurveyPage"]["pl"]
        data = survey_form_data(survey, consent_text="", **{"action-publish": "publish"})
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[survey.pk]), data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("consent_text", response.context["form"].errors)

    def test_polish_source_pages_are_previewable(self):
        index, survey = self.pages["SurveyIndexPage"]["pl"], self.pages["SurveyPage"]["pl"]
        self.assertPageIsPreviewable(index, post_data=index_form_data(index))
        for mode in ("", "landing"):
            with self.subTest(mode=mode):
                self.assertPageIsPreviewable(survey, mode=mode, post_data=survey_form_data(survey))

    def test_translations_open_in_the_wagtail_localize_editor(self):
        self.client.force_login(SuperUserFactory())
        for type_name, language, page in self.all_pages(("en", "uk")):
            with self.subTest(type_name=type_name, language=language):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                self.assertEqual(response.status_code, 200)
                self.assertTemplateUsed(response, TRANSLATION_EDITOR_TEMPLATE)

    def test_translations_are_previewable_in_the_translation_editor(self):
        self.client.force_login(SuperUserFactory())
        for type_name, language, page in self.all_pages(("en", "uk")):
            translation_record = Translation.objects.get(
                source__object_id=page.translation_key, target_locale=page.locale
            )
            url = reverse("wagtail_localize:preview_translation", args=[translation_record.pk])
            with self.subTest(type_name=type_name, language=language):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{language}"')


class SurveyParentChildRuleTests(WagtailPageTestCase):
    def test_index_goes_under_the_home_page_and_holds_surveys_only(self):
        self.assertAllowedParentPageTypes(SurveyIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(SurveyIndexPage, {SurveyPage})
        self.assertCanCreateAt(HomePage, SurveyIndexPage)
        self.assertCanNotCreateAt(ContentPage, SurveyIndexPage)

    def test_survey_goes_under_an_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(SurveyPage, {SurveyIndexPage})
        self.assertAllowedSubpageTypes(SurveyPage, set())
        self.assertCanCreateAt(SurveyIndexPage, SurveyPage)
        self.assertCanNotCreateAt(HomePage, SurveyPage)
        self.assertCanNotCreateAt(Page, SurveyPage)
