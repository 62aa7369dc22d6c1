"""District and topic pickers of the page editor: the page's language only, in its alphabet."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from projects.models import ProjectPage
from taxonomies.collation import collation_key
from taxonomies.forms import LocaleTermMultipleChoiceField, TermList
from taxonomies.models import District, Topic
from tests.factories import translate_page
from tests.projects.factories import ProjectPageFactory, TopicFactory

from .conftest import districts_in
from .forms import checked_labels, form_data, picker_labels, picker_values

pytestmark = pytest.mark.django_db


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def expected_labels(language_code):
    districts = sorted(
        districts_in(language_code), key=lambda d: collation_key(d.name, language_code)
    )
    return [f"{district.name} ({district.numeral})" for district in districts]


def test_every_language_has_its_18_districts():
    # The premise of the tests below: 54 districts in all, 18 per language.
    assert District.objects.count() == 54
    assert {districts_in(code).count() for code in ("pl", "en", "uk")} == {18}


def test_the_form_uses_the_picker_for_districts_and_topics():
    form_class = ProjectPage.get_edit_handler().get_form_class()
    for name in ("districts", "topics"):
        field = form_class.base_fields[name]
        assert isinstance(field, LocaleTermMultipleChoiceField)
        assert isinstance(field.widget, TermList)


def test_a_polish_page_lists_the_18_polish_districts_alphabetically(admin_client, project_pl):
    html = admin_client.get(edit_url(project_pl)).content.decode()

    labels = picker_labels(html, "districts")
    assert labels == expected_labels("pl")
    assert len(labels) == 18
    assert labels.index("Krowodrza (V)") < labels.index("Łagiewniki-Borek Fałęcki (IX)")
    assert checked_labels(html, "districts") == ["Podgórze (XIII)"]


def test_an_english_page_lists_the_english_districts(admin_client, project_index_en):
    project = ProjectPageFactory(parent=project_index_en, title="Podgórze forum")
    assert project.locale.language_code == "en"

    html = admin_client.get(edit_url(project)).content.decode()

    assert picker_labels(html, "districts") == expected_labels("en")
    # Kraków's district names are the same in English: the values tell them apart.
    assert set(picker_values(html, "districts")) == {
        str(pk) for pk in districts_in("en").values_list("pk", flat=True)
    }


def test_a_new_page_lists_the_districts_of_its_parents_language(admin_client, project_index_en):
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", project_index_en.pk])
    html = admin_client.get(url).content.decode()
    assert picker_labels(html, "districts") == expected_labels("en")
    assert len(picker_values(html, "districts")) == 18
    assert not districts_in("pl").filter(pk__in=picker_values(html, "districts")).exists()


def test_topics_are_listed_once_in_the_pages_language(admin_client, project_pl):
    # "Transport" exists in Polish and English with the same name: only one is offered.
    polish = TopicFactory(name="Transport", slug="transport")
    english = polish.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save()
    TopicFactory(name="Zieleń", slug="zielen")

    html = admin_client.get(edit_url(project_pl)).content.decode()

    assert picker_labels(html, "topics") == ["Transport", "Zieleń"]


def test_saving_the_chosen_districts_of_the_pages_language(admin_client, project_pl):
    response = admin_client.get(edit_url(project_pl))
    data = form_data(response.content.decode(), project_pl)
    chosen = districts_in("pl").filter(slug__in=["zwierzyniec", "nowa-huta"])
    data["districts"] = [str(district.pk) for district in chosen]

    response = admin_client.post(edit_url(project_pl), data)

    assert response.status_code == 302, response.context["form"].errors
    saved = ProjectPage.objects.get(pk=project_pl.pk).get_latest_revision_as_object()
    assert {district.slug for district in saved.districts.all()} == {"zwierzyniec", "nowa-huta"}


def test_a_district_of_another_language_is_refused_with_a_message(admin_client, project_pl):
    response = admin_client.get(edit_url(project_pl))
    data = form_data(response.content.decode(), project_pl)
    english = districts_in("en").get(slug="zwierzyniec")
    data["districts"] = [str(english.pk)]

    response = admin_client.post(edit_url(project_pl), data)

    assert response.status_code == 200
    errors = response.context["form"].errors["districts"]
    with translation.override(response.headers["Content-Language"]):
        polish = Locale.objects.get(language_code="pl").get_display_name()
        message = LocaleTermMultipleChoiceField.default_error_messages["other_locale"] % {
            "names": str(english),
            "language": polish,
        }
    assert errors == [message]
    assert english.name in message and polish in message
    # Nothing was saved: the page keeps its district.
    kept = ProjectPage.objects.get(pk=project_pl.pk).get_latest_revision_as_object()
    assert [district.slug for district in kept.districts.all()] == ["podgorze"]


def test_a_synced_translation_shows_its_own_languages_equivalents(project_pl, superuser):
    # wagtail-localize copies the Polish districts to the translation; the
    # picker shows (and would save) the English equivalent.
    project_en = translate_page(project_pl, "en")
    assert [d.locale.language_code for d in project_en.districts.all()] == ["pl"]
    form_class = ProjectPage.get_edit_handler().get_form_class()
    form = form_class(instance=project_en, for_user=superuser)

    bound = form["districts"]

    english = districts_in("en").get(slug="podgorze")
    assert bound.value() == [english.pk]
    assert [option.data["label"] for option in bound if option.data["selected"]] == [
        f"{english.name} ({english.numeral})"
    ]


def test_the_picker_needs_as_many_queries_for_18_districts_as_for_one(
    admin_client, project_pl, project_index_pl, django_assert_max_num_queries
):
    every = ProjectPageFactory(parent=project_index_pl, districts=list(districts_in("pl")))

    def count_queries(page):
        with django_assert_max_num_queries(1000) as captured:
            admin_client.get(edit_url(page))
        return len(captured.captured_queries)

    # A first visit warms the caches and opens the editor's editing session.
    count_queries(project_pl)
    count_queries(every)
    assert count_queries(every) == count_queries(project_pl)


def test_the_picker_is_labelled(admin_client, project_pl):
    html = admin_client.get(edit_url(project_pl)).content.decode()
    field = ProjectPage._meta.get_field("districts")
    with translation.override("pl"):
        name = str(field.verbose_name)
    assert f'<legend class="term-list__legend">{name}</legend>' in html
    assert '<label class="w-field__label" for="id_districts-filter">' in html


def test_topics_without_a_translation_are_not_offered_in_other_languages(
    admin_client, project_index_en
):
    TopicFactory(name="Zieleń", slug="zielen")
    project = ProjectPageFactory(parent=project_index_en, title="Green")
    html = admin_client.get(edit_url(project)).content.decode()
    assert picker_labels(html, "topics") == []
    assert Topic.objects.count() == 1
