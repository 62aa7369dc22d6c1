"""The project index: ongoing first, filters by status, district and topic, bad input."""

import itertools

import pytest
from bs4 import BeautifulSoup

from tests.factories import translate_page

pytestmark = pytest.mark.django_db

EXPECTED = {
    # (status, district, topic): the projects the index must list
    "status": {
        "ongoing": {"forum", "parks"},
        "planned": {"academy"},
        "completed": {"count", "trees"},
    },
    "district": {
        "podgorze": {"forum", "academy"},
        "zwierzyniec": {"parks", "count"},
        "nowa-huta": {"academy", "trees"},
        "bronowice": set(),
    },
    "topic": {
        "budzet-obywatelski": {"forum", "academy", "count"},
        "srodowisko": {"parks", "trees"},
    },
}


def listed_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".project-list .card__title a")]


def names_of(projects, titles):
    by_title = {project.title: name for name, project in projects.items()}
    return {by_title[title] for title in titles}


def test_lists_ongoing_then_planned_then_completed(client, project_index, projects):
    response = client.get(project_index.url)
    assert response.status_code == 200
    order = [names_of(projects, [title]).pop() for title in listed_titles(response)]
    ranks = {"forum": 0, "parks": 0, "academy": 1, "count": 2, "trees": 2}
    assert [ranks[name] for name in order] == sorted(ranks[name] for name in order)
    assert len(order) == 5


def test_every_combination_of_filters_lists_exactly_the_right_projects(
    client, project_index, projects
):
    options = {name: [None, *values] for name, values in EXPECTED.items()}
    for status, district, topic in itertools.product(*options.values()):
        expected = set(projects)
        params = {}
        for name, value in (("status", status), ("district", district), ("topic", topic)):
            if value is not None:
                expected &= EXPECTED[name][value]
                params[name] = value
        response = client.get(project_index.url, params)
        assert response.status_code == 200, params
        assert names_of(projects, listed_titles(response)) == expected, params


def test_the_status_follows_the_period_on_the_page_too(client, projects):
    labels = {"forum": "W realizacji", "academy": "Planowany", "count": "Zakończony"}
    for name, label in labels.items():
        response = client.get(projects[name].url)
        assert label in response.content.decode()


def test_an_empty_result_says_so_and_offers_all_projects(client, project_index, projects):
    response = client.get(project_index.url, {"district": "bronowice"})
    assert response.status_code == 200
    assert "Żaden projekt nie pasuje do tych filtrów." in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"district": "atlantyda"}, "Nie ma takiej dzielnicy."),
        ({"status": "foo"}, "Nie ma takiego statusu projektu."),
        ({"topic": "x" * 2000}, "Nie ma takiego tematu."),
        ({"district": "\x00"}, "Nie ma takiej dzielnicy."),
    ],
)
def test_unknown_filter_values_are_explained_with_a_400(
    client, project_index, projects, params, message
):
    response = client.get(project_index.url, params)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert listed_titles(response) == []


@pytest.mark.parametrize("page", ["999", "-1", "0", "abc", "9" * 2000])
def test_pages_that_do_not_exist_are_404(client, project_index, projects, page):
    response = client.get(project_index.url, {"page": page})
    assert response.status_code == 404


def test_unknown_parameters_are_ignored(client, project_index, projects):
    response = client.get(project_index.url, {"utm_source": "x" * 2000})
    assert response.status_code == 200
    assert len(listed_titles(response)) == 5


def test_ukrainian_index_filters_by_the_same_addresses_and_names_districts_in_ukrainian(
    client, projects
):
    forum_uk = translate_page(projects["forum"], "uk")
    index_uk = forum_uk.get_parent().specific
    response = client.get(index_uk.url, {"district": "podgorze"})
    assert response.status_code == 200
    html = response.content.decode()
    assert listed_titles(response) == [forum_uk.title]
    # The project points at the Polish district; the reader sees the Ukrainian one.
    assert "Район XIII Подгуже" in html
    assert '<option value="podgorze" selected>Район XIII Подгуже</option>' in html
