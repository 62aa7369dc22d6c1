"""Councillors as their own type of search result, found by name, district and committee."""

import pytest
from wagtail.models import Locale

from tests.campaigns.factories import (
    CouncillorFactory,
    DistrictCouncilPageFactory,
    district,
)

pytestmark = pytest.mark.django_db

NOWA_HUTA = 18


@pytest.fixture
def councillors(homes):
    council = DistrictCouncilPageFactory(parent=homes["pl"])
    council.save_revision().publish()
    anna = CouncillorFactory(
        name="Anna Zielińska",
        committees="Komisja Budżetowa\nKomisja Zieleni i Ochrony Środowiska",
    )
    jan = CouncillorFactory(
        name="Jan Kowalczyk",
        district=district(NOWA_HUTA),
        committees="Komisja Kultury",
        bio="Organizuje koncerty w parkach.",
    )
    ukrainian = anna.copy_for_translation(Locale.objects.get(language_code="uk"))
    ukrainian.committees = "Бюджетна комісія"
    ukrainian.save()
    return {"council": council, "anna": anna, "jan": jan, "anna_uk": ukrainian}


def councillor_names(response):
    return [result.councillor.name for result in response.context["councillors"]]


def test_found_by_an_inflected_form_of_the_name(client, councillors):
    response = client.get("/pl/szukaj/", {"query": "Zielińskiej"})

    assert councillor_names(response) == ["Anna Zielińska"]
    html = response.content.decode()
    assert f'<a href="{councillors["council"].url}">Anna Zielińska</a>' in html
    assert response.context["result_count"] == 1


def test_found_by_committee_and_by_district_without_diacritics(client, councillors):
    assert councillor_names(client.get("/pl/szukaj/", {"query": "komisji kultury"})) == [
        "Jan Kowalczyk"
    ]
    assert councillor_names(client.get("/pl/szukaj/", {"query": "Nowej Hucie"})) == [
        "Jan Kowalczyk"
    ]
    assert councillor_names(client.get("/pl/szukaj/", {"query": "podgorze zielinska"})) == [
        "Anna Zielińska"
    ]


def test_only_in_the_readers_language(client, councillors):
    response = client.get("/uk/poshuk/", {"query": "бюджетної комісії"})

    assert councillor_names(response) == ["Anna Zielińska"]
    assert response.context["councillors"][0].councillor.locale.language_code == "uk"
    # Without a Ukrainian council page there is nothing to link to.
    assert response.context["councillors"][0].url is None
    assert councillor_names(client.get("/en/search/", {"query": "Zielińska"})) == []


def test_councillors_are_a_type_of_the_type_facet(client, councillors):
    response = client.get("/pl/szukaj/", {"query": "komisja"})
    facets = {facet.value: facet.count for facet in response.context["facets"]}
    assert facets["campaigns.councillor"] == 2

    only = client.get("/pl/szukaj/", {"query": "komisja", "type": "campaigns.councillor"})
    assert only.status_code == 200
    assert sorted(councillor_names(only)) == ["Anna Zielińska", "Jan Kowalczyk"]
    assert list(only.context["results_page"]) == []

    pages_only = client.get("/pl/szukaj/", {"query": "komisja", "type": "pages.contentpage"})
    assert councillor_names(pages_only) == []


def test_district_filter_applies_and_topic_leaves_them_out(client, councillors):
    response = client.get("/pl/szukaj/", {"query": "komisja", "district": "nowa-huta"})
    assert councillor_names(response) == ["Jan Kowalczyk"]
    districts = {option.value: option.count for option in response.context["district_options"]}
    assert districts == {"nowa-huta": 1, "podgorze": 1}
    types = {facet.value: facet.count for facet in response.context["facets"]}
    assert types == {"campaigns.councillor": 1}

    pages_only = client.get(
        "/pl/szukaj/", {"query": "komisja", "type": "pages.contentpage", "district": "podgorze"}
    )
    assert pages_only.context["district_options"][0].count == 0

    response = client.get("/pl/szukaj/", {"query": "komisja", "date_from": "2026-01-01"})
    assert councillor_names(response) == []


def test_editing_a_councillor_updates_the_index(client, councillors):
    jan = councillors["jan"]
    jan.committees = "Komisja Sportu"
    jan.save()

    assert councillor_names(client.get("/pl/szukaj/", {"query": "komisji sportem"})) == [
        "Jan Kowalczyk"
    ]
    assert councillor_names(client.get("/pl/szukaj/", {"query": "kultury"})) == []


def test_no_link_to_an_unpublished_council_page(client, councillors):
    councillors["council"].unpublish()

    response = client.get("/pl/szukaj/", {"query": "Zielińska"})

    assert councillor_names(response) == ["Anna Zielińska"]
    assert response.context["councillors"][0].url is None
    assert "Anna Zielińska</a>" not in response.content.decode()
