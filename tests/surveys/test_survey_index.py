"""The survey index: open surveys first, links to public results, a flat query count."""

import pytest

from tests.queries import query_count
from tests.surveys.results_factories import closed_survey

pytestmark = pytest.mark.django_db


def add_closed_surveys(survey_index, count):
    return [closed_survey(survey_index) for _ in range(count)]


def test_closed_surveys_link_their_public_results(client, survey_index):
    surveys = add_closed_surveys(survey_index, 2)
    html = client.get(survey_index.url).content.decode()
    for survey in surveys:
        assert f'href="{survey.url}results/"' in html


def test_queries_do_not_grow_with_closed_surveys_that_have_results(client, survey_index):
    add_closed_surveys(survey_index, 2)
    few = query_count(client, survey_index.url)
    add_closed_surveys(survey_index, 6)
    many = query_count(client, survey_index.url)
    assert few == many
