"""Aggregates of every question type, across languages, with free text only where published."""

import datetime

import pytest
from django.utils import timezone

from surveys.models import ResponseStatus
from surveys.questions import OTHER_VALUE
from surveys.results.aggregate import survey_results
from tests.factories import translate_page
from tests.surveys.results_factories import add_response, closed_survey, full_answers

pytestmark = pytest.mark.django_db


def by_key(results):
    return {result.question.key: result for result in results.questions}


def counts(result):
    return {row.value: row.count for row in result.rows}


@pytest.fixture
def survey(survey_index):
    page = closed_survey(survey_index)
    day = timezone.now() - datetime.timedelta(days=3)
    add_response(page, full_answers(), published=["long_text"], when=day)
    add_response(
        page,
        full_answers(
            short_text="Bogdan",
            long_text="Tajne",
            single_choice=OTHER_VALUE,
            **{"single_choice:other": "Raz w roku"},
            multiple_choice=["trees"],
            scale=2,
            matrix={"clean": 1},
            number=8,
            date="2026-06-10",
            yes_no=False,
            district="podgorze",
            ranking=["roads", "green", "light"],
        ),
        published=["single_choice:other"],
        when=day,
    )
    add_response(page, {"single_choice": "weekly", "scale": 5, "number": 4}, when=timezone.now())
    add_response(page, full_answers(), status=ResponseStatus.PENDING)
    return page


def test_counts_confirmed_responses_only(survey):
    assert survey_results(survey).total == 3


def test_single_choice_counts_other(survey):
    result = by_key(survey_results(survey))["single_choice"]
    assert counts(result) == {"daily": 1, "weekly": 1, OTHER_VALUE: 1}
    assert result.answered == 3
    assert [row.label for row in result.rows] == ["Codziennie", "Co tydzień", "Inne"]
    assert result.texts == ["Raz w roku"]


def test_multiple_choice_counts_each_option(survey):
    result = by_key(survey_results(survey))["multiple_choice"]
    assert counts(result) == {"benches": 1, "trees": 2, "lights": 0}
    assert result.answered == 2
    assert result.rows[1].share == 1.0


def test_scale_average_and_distribution(survey):
    result = by_key(survey_results(survey))["scale"]
    assert counts(result) == {"1": 0, "2": 1, "3": 0, "4": 1, "5": 1}
    assert result.average == pytest.approx(11 / 3)


def test_matrix_table(survey):
    rows = {row.value: row for row in by_key(survey_results(survey))["matrix"].rows}
    assert rows["clean"].counts == [1, 0, 0, 0, 1]
    assert rows["clean"].average == 3
    assert rows["safe"].counts == [0, 0, 1, 0, 0]
    assert rows["safe"].average == 3


def test_number_stats(survey):
    stats = by_key(survey_results(survey))["number"].stats
    assert stats == {"min": 3, "max": 8, "mean": pytest.approx(5), "median": 4}


def test_date_per_month(survey):
    assert counts(by_key(survey_results(survey))["date"]) == {"2026-05": 1, "2026-06": 1}


def test_yes_no(survey):
    assert counts(by_key(survey_results(survey))["yes_no"]) == {"yes": 1, "no": 1}


def test_district_counts_with_localized_names(survey):
    result = by_key(survey_results(survey))["district"]
    rows = {row.value: row for row in result.rows}
    assert len(rows) == 18
    assert rows["stare-miasto"].count == 1
    assert rows["podgorze"].count == 1
    assert "Stare Miasto" in rows["stare-miasto"].label


def test_district_names_in_the_readers_language(survey, homes):
    survey_uk = translate_page(survey, "uk")
    rows = {row.value: row for row in by_key(survey_results(survey_uk))["district"].rows}
    assert "Старе Місто" in rows["stare-miasto"].label


def test_ranking_average_positions(survey):
    rows = by_key(survey_results(survey))["ranking"].rows
    assert [(row.value, row.average, row.count) for row in rows] == [
        ("green", 1.5, 1),
        ("roads", 1.5, 1),
        ("light", 3, 0),
    ]


def test_free_text_only_where_published(survey):
    results = by_key(survey_results(survey))
    assert results["long_text"].texts == ["Więcej ławek"]
    assert results["long_text"].answered == 2
    assert results["short_text"].texts == []


def test_email_never_listed(survey):
    result = by_key(survey_results(survey))["email"]
    assert result.answered == 2
    assert result.texts == [] and result.rows == []


def test_responses_per_day(survey):
    per_day = survey_results(survey).per_day
    assert [row.count for row in per_day] == [2, 1]


def test_responses_in_other_languages_count(survey, homes):
    survey_en = translate_page(survey, "en")
    add_response(survey_en, {"single_choice": "daily"})
    assert survey_results(survey).total == 4
    assert counts(by_key(survey_results(survey_en))["single_choice"])["daily"] == 2


def test_no_responses(survey_index):
    results = survey_results(closed_survey(survey_index))
    assert results.total == 0
    assert by_key(results)["scale"].average is None
    assert by_key(results)["number"].stats == {}
