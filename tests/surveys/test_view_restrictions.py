"""A restricted survey: not on the index, and no public results or open data, in any language."""

import pytest

from tests.core.test_view_restrictions import (
    LANGUAGES,
    asks_for_password,
    restrict,
    restricted_in_every_language,
    translated,
    unlock,
)
from tests.surveys.factories import SurveyIndexPageFactory
from tests.surveys.results_factories import add_response, closed_survey, full_answers

pytestmark = pytest.mark.django_db

RESULT_ROUTES = ("results/", "results/json/", "results/csv/")


@pytest.fixture
def survey_indexes(homes):
    return translated(SurveyIndexPageFactory(parent=homes["pl"]))


def test_survey_index_lists_neither_title_nor_description_nor_results_of_restricted_surveys(
    client, survey_indexes
):
    open_survey = closed_survey(
        survey_indexes["pl"], title="Ankieta o zieleni", search_description="Zieleń w dzielnicy"
    )
    hidden = closed_survey(
        survey_indexes["pl"], title="Ankieta radnych", search_description="Opis tylko dla radnych"
    )
    translated(open_survey)
    hidden_pages = restricted_in_every_language(hidden)
    for language in LANGUAGES:
        response = client.get(survey_indexes[language].url)
        content = response.content.decode()
        assert "Ankieta o zieleni" in content and "Zieleń w dzielnicy" in content
        assert [survey.title for survey in response.context["surveys"]] == ["Ankieta o zieleni"]
        assert "Ankieta radnych" not in content, language
        assert "Opis tylko dla radnych" not in content, language
        assert hidden_pages[language].url not in content, language


def test_results_and_open_data_of_a_restricted_survey_are_never_public(client, survey_indexes):
    survey = closed_survey(survey_indexes["pl"], title="Ankieta radnych")
    add_response(survey, full_answers())
    pages = translated(survey)
    for route in RESULT_ROUTES:
        assert client.get(pages["en"].url + route).status_code == 200, route  # non-vacuous
    restrict(survey)
    for language in LANGUAGES:
        page = pages[language]
        for route in RESULT_ROUTES:
            assert asks_for_password(client.get(page.url + route)), (language, route)
        unlock(client, page)
        assert client.get(page.url).status_code == 200
        assert page.specific.get_results_url() is None
        for route in RESULT_ROUTES:
            assert client.get(page.url + route).status_code == 404, (language, route)
