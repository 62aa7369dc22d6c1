"""Districts and topics per language come from the cache, and a change shows at once (#12)."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from taxonomies.models import District, Topic
from taxonomies.selectors import district_choices, terms_by_key, vocabulary_in_locale

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def polish_interface():
    """District titles ("Dzielnica XIII …") are in the active language: Polish here,
    whatever an earlier test left active."""
    with translation.override("pl"):
        yield


def test_district_titles_follow_the_active_language(polish):
    """Cached per language too: a title built for one language is never shown in another."""
    assert district_choices(polish.pk)[0] == ("stare-miasto", "Dzielnica I Stare Miasto")
    with translation.override("uk"):
        assert district_choices(polish.pk)[0] == ("stare-miasto", "Район I Stare Miasto")
    assert district_choices(polish.pk)[0] == ("stare-miasto", "Dzielnica I Stare Miasto")


@pytest.fixture
def polish():
    return Locale.objects.get(language_code="pl")


def test_the_lists_are_read_once(polish, django_assert_num_queries):
    vocabulary_in_locale(District, polish)
    district_choices(polish.pk)
    with django_assert_num_queries(0):
        districts = vocabulary_in_locale(District, polish)
        choices = district_choices(polish.pk)
        terms_by_key(District, polish)
    assert len(districts) == len(choices) == 18
    assert choices[0] == ("stare-miasto", "Dzielnica I Stare Miasto")


def test_a_renamed_district_shows_at_once(polish):
    assert ("podgorze", "Dzielnica XIII Podgórze") in district_choices(polish.pk)
    district = District.objects.get(locale=polish, slug="podgorze")
    district.name = "Podgórze (nowa nazwa)"
    district.save()
    assert ("podgorze", "Dzielnica XIII Podgórze (nowa nazwa)") in district_choices(polish.pk)
    names = [item.name for item in vocabulary_in_locale(District, polish)]
    assert "Podgórze (nowa nazwa)" in names


def test_a_new_or_deleted_topic_shows_at_once(polish):
    assert vocabulary_in_locale(Topic, polish) == []
    topic = Topic.objects.create(locale=polish, name="Zieleń", slug="zielen")
    assert [item.slug for item in vocabulary_in_locale(Topic, polish)] == ["zielen"]
    topic.delete()
    assert vocabulary_in_locale(Topic, polish) == []


def test_each_language_has_its_own_list(polish):
    english = Locale.objects.get(language_code="en")
    district = District.objects.get(locale=english, slug="podgorze")
    district.name = "Podgorze"
    district.save()
    assert ("podgorze", "Dzielnica XIII Podgórze") in district_choices(polish.pk)
    assert ("podgorze", "Dzielnica XIII Podgórze") not in district_choices(english.pk)
    assert [d.name for d in vocabulary_in_locale(District, english)].count("Podgorze") == 1
