"""Editors' picks above the results, never revealing what search would not; queries counted."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


def promote(query_string, **kwargs):
    return SearchPromotion.objects.create(query=Query.get(query_string), **kwargs)


def picks(response):
    return [pick.title for pick in response.context["editors_picks"]]


def test_picks_are_shown_above_the_results(client, site_pages):
    promote("Budżet", page=site_pages["courtyards"], description="Projekt z budżetu.")
    promote("budżet", external_link_url="https://example.org/bo", external_link_text="Mapa BO")
    response = client.get("/pl/szukaj/", {"query": "  BUDŻET "})
    assert picks(response) == ["Zielone podwórka", "Mapa BO"]
    html = response.content.decode()
    assert html.index("Zielone podwórka") < html.index('class="search-results"')
    assert 'href="https://example.org/bo"' in html


def test_picks_of_restricted_unpublished_or_foreign_pages_are_left_out(client, site_pages):
    promote("budżet", page=site_pages["plaszow"])
    promote("budżet", page=site_pages["uk_budget"])
    promote("budżet", page=site_pages["bikes"])
    PageViewRestriction.objects.create(
        page=site_pages["plaszow"], restriction_type=PageViewRestriction.LOGIN
    )
    site_pages["bikes"].unpublish()
    assert picks(client.get("/pl/szukaj/", {"query": "budżet"})) == []
