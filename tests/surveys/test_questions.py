"""The contract of surveys.questions: keys, types, options and steps, without rendering forms."""

import pytest
from django.utils import translation

from surveys.question_types import BUILT_IN
from surveys.questions import OTHER_VALUE, answer_display, other_key, survey_questions, survey_steps
from tests.surveys.factories import (
    SurveyIndexPageFactory,
    SurveyPageFactory,
    condition,
    heading,
    one_of_each,
    options,
    question,
    step_break,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(home_pl):
    index = SurveyIndexPageFactory(parent=home_pl)
    return SurveyPageFactory(parent=index, questions=one_of_each())


def test_every_type_is_listed_in_order_with_its_settings(survey):
    questions = survey_questions(survey)
    names = [question_type.name for question_type in BUILT_IN]
    assert [q.type for q in questions] == names
    assert [q.key for q in questions] == names
    assert [q.question_type for q in questions] == list(BUILT_IN)
    by_key = {q.key: q for q in questions}
    assert [o.value for o in by_key["single_choice"].options] == ["daily", "weekly"]
    assert by_key["single_choice"].allow_other
    assert by_key["scale"].scale == range(1, 6)
    assert [s.value for s in by_key["matrix"].statements] == ["clean", "safe"]
    assert [o.value for o in by_key["yes_no"].options] == ["yes", "no"]
    assert len(by_key["district"].options) == 18
    assert by_key["email"].personal_data


def test_steps_and_conditions(home_pl):
    index = SurveyIndexPageFactory(parent=home_pl)
    page = SurveyPageFactory(
        parent=index,
        questions=[
            heading("O tobie"),
            question("yes_no", "Mieszkasz w Krakowie?", key="resident", name="resident"),
            step_break("Szczegóły"),
            question(
                "single_choice",
                "Gdzie?",
                key="where",
                options=options(("a", "A"), ("b", "B")),
                condition=condition("resident", "yes"),
            ),
        ],
    )
    steps = survey_steps(page)
    assert [step.title for step in steps] == ["", "Szczegóły"]
    assert [q.key for q in steps[1].questions] == ["where"]
    where = steps[1].questions[0]
    assert where.step == 1
    assert where.condition.question_key == "resident"
    assert where.condition.value == "yes"


def test_answer_display(survey):
    by_key = {q.key: q for q in survey_questions(survey)}
    answers = {
        "single_choice": OTHER_VALUE,
        other_key(by_key["single_choice"]): "Rzadko",
        "yes_no": False,
    }
    with translation.override("en"):
        assert answer_display(by_key["single_choice"], answers) == "Other (Rzadko)"
        assert answer_display(by_key["yes_no"], answers) == "No"
    assert answer_display(by_key["scale"], answers) == ""
