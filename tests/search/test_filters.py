"""The search page's district, topic and date filters, with counts per value."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.campaigns.factories import CampaignPageFactory
from tests.campaigns.factories import district as district_number
from tests.factories import ContentPageFactory
from tests.projects.factories import (
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TopicFactory,
    district,
)

pytestmark = pytest.mark.django_db


def publish(page, when):
    page.save_revision().publish()
    page.refresh_from_db()
    page.first_published_at = timezone.make_aware(datetime.datetime(*when, 12, 0))
    page.save(update_fields=["first_published_at"])
    return page


@pytest.fixture
def parks(homes):
    """Four Polish pages about parks: two projects (districts, topics), a campaign, a text."""
    green = TopicFactory(name="Zieleń", slug="zielen")
    transport = TopicFactory(name="Transport", slug="transport")
    index = ProjectIndexPageFactory(parent=homes["pl"])
    pages = {
        "podgorze_project": ProjectPageFactory(
            parent=index,
            title="Park w Podgórzu",
            lead="Nowy park nad Wisłą.",
            districts=[district("podgorze")],
            topics=[green],
        ),
        "two_districts": ProjectPageFactory(
            parent=index,
            title="Parki dwóch dzielnic",
            lead="Parki i ścieżki rowerowe.",
            districts=[district("podgorze"), district("nowa-huta")],
            topics=[green, transport],
        ),
        "campaign": CampaignPageFactory(
            parent=homes["pl"],
            title="Rada o parkach",
            lead="Rada dzielnicy pyta o parki.",
            district=district_number(),
        ),
        "text": ContentPageFactory(parent=homes["pl"], title="Parki miejskie", lead="O parkach."),
    }
    publish(pages["podgorze_project"], (2026, 1, 10))
    publish(pages["two_districts"], (2026, 2, 10))
    publish(pages["campaign"], (2026, 3, 10))
    publish(pages["text"], (2026, 4, 10))
    return pages


def titles(response):
    return sorted(result.title for result in response.context["results_page"])


def options(response, name):
    return {option.value: option.count for option in response.context[f"{name}_options"]}


def test_district_filter_keeps_pages_of_the_district_and_counts_every_district(client, parks):
    response = client.get("/pl/szukaj/", {"query": "park", "district": "podgorze"})

    assert response.status_code == 200
    assert titles(response) == ["Park w Podgórzu", "Parki dwóch dzielnic", "Rada o parkach"]
    # The district's own count ignores the chosen district, so alternatives stay visible.
    assert options(response, "district") == {"podgorze": 3, "nowa-huta": 1}
    assert options(response, "topic") == {"zielen": 2, "transport": 1}
    html = response.content.decode()
    assert '<option value="podgorze" selected>' in html
    assert "(3)</option>" in html


def test_topic_filter_combines_with_district_and_type(client, parks):
    response = client.get(
        "/pl/szukaj/",
        {
            "query": "parki",
            "topic": "transport",
            "district": "nowa-huta",
            "type": "projects.projectpage",
        },
    )

    assert titles(response) == ["Parki dwóch dzielnic"]
    assert {facet.value: facet.count for facet in response.context["facets"]} == {
        "projects.projectpage": 1
    }
    # Links of the type facet keep the other filters.
    assert all("topic=transport" in facet.query_string for facet in response.context["facets"])


def test_type_counts_follow_the_district_filter(client, parks):
    response = client.get("/pl/szukaj/", {"query": "park", "district": "podgorze"})

    counts = {facet.value: facet.count for facet in response.context["facets"]}
    assert counts == {"projects.projectpage": 2, "campaigns.campaignpage": 1}


def test_date_range_keeps_pages_first_published_within_it(client, parks):
    response = client.get(
        "/pl/szukaj/", {"query": "park", "date_from": "2026-02-01", "date_to": "2026-03-10"}
    )

    assert titles(response) == ["Parki dwóch dzielnic", "Rada o parkach"]
    assert options(response, "district") == {"podgorze": 2, "nowa-huta": 1}
    html = response.content.decode()
    assert 'name="date_from" value="2026-02-01"' in html
    assert '<details class="search-filters" open>' in html


def test_counts_take_a_fixed_number_of_queries(client, parks):
    # The extra pages match the query but not the district: they change the
    # counts of every facet, not the results shown (whose rendering has its own queries).
    def queries_for(extra_pages):
        for number in range(extra_pages):
            page = ProjectPageFactory(
                parent=parks["podgorze_project"].get_parent(),
                title=f"Park numer {number}",
                districts=[district("nowa-huta"), district("krowodrza")],
                topics=[TopicFactory(name=f"Temat parkowy {number}")],
            )
            page.save_revision().publish()
        # New topics and pages renew the cached vocabulary and site roots:
        # one request refills them, the next is the one counted.
        client.get("/pl/szukaj/", {"query": "park", "district": "podgorze"})
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/pl/szukaj/", {"query": "park", "district": "podgorze"})
        assert response.status_code == 200
        return len(queries)

    assert queries_for(0) == queries_for(5)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"district": "atlantyda"}, "There is no such district."),
        ({"topic": "<script>"}, "There is no such topic."),
        ({"date_from": "yesterday"}, "Enter the start date as YYYY-MM-DD."),
        ({"date_to": "2026-13-45"}, "Enter the end date as YYYY-MM-DD."),
        (
            {"date_from": "2026-05-01", "date_to": "2026-04-01"},
            "The end date must not be before the start date.",
        ),
        ({"date_from": "\x00"}, "Enter the start date as YYYY-MM-DD."),
        ({"district": ["podgorze", "x" * 5000]}, None),
    ],
)
def test_bad_filter_values_are_explained_with_a_400(client, parks, params, message):
    response = client.get("/en/search/", {"query": "park", **params})

    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    if message:
        assert message in html


def test_filter_names_are_in_the_readers_language(client, parks):
    response = client.get("/uk/poshuk/", {"district": "podgorze"})

    assert response.status_code == 200
    html = response.content.decode()
    ukrainian = district("podgorze", "uk")
    assert f'<option value="podgorze" selected>{ukrainian.title}</option>' in html
    assert district("podgorze").title not in html
