"""The questions of a survey and the shape of their answers: the contract for other code.

Results, exports and open data read surveys through this module only; none
of it renders a form. What differs from one kind of question to another is
not here but in its question type (surveys.question_types), which each
`Question` carries.

Listing questions
-----------------
`survey_questions(page)` returns the questions of a `SurveyPage`, in the
order residents see them, as `Question` objects::

    for question in survey_questions(page):
        question.key          # answer key: the StreamField block id (same in pl/en/uk)
        question.type         # the name of its question type, e.g. "scale"
        question.question_type  # the QuestionType itself (surveys.question_types)
        question.label        # in the page's language
        question.options      # tuple of Option(value, label): choices, ranking, district,
                              # yes_no (values "yes"/"no"); empty for other types
        question.statements   # tuple of Option(value, label): matrix rows
        question.scale        # range(1, n + 1) for scale and matrix, else None
        question.min_label, question.max_label   # end labels of a scale/matrix
        question.allow_other  # choice questions with an “Other: ___” answer
        question.personal_data, question.required, question.step, question.condition

A translated page lists the same keys, option values and statement values in
the same order; only labels differ. `survey_steps(page)` groups the page's
blocks (questions, headings, text) into steps.

Answers
-------
`SurveyResponse.form_data` (the answers JSON of Wagtail's form builder) maps
question keys to values. A question that was not answered or was hidden by
its condition has no key. The shape of each type's value is in the docstring
of its question type (surveys.question_types.<name>): a str for text, an
option value, a list of option values, an int, a bool, a dict of statement
values to numbers, an ISO date.

The text typed next to “Other” is stored under `other_key(question)`
(`"<key>:other"`) in the same JSON; an “Other” choice is the value
OTHER_VALUE. `answer_display(question, answers)` gives a human-readable
string for any answer.

Responses
---------
`surveys.selectors.survey_responses(page)` returns the confirmed responses of
a survey in all its languages (a response to the English page counts for the
Polish survey too). `SurveyResponse.published_answers` lists the answer keys
(question keys or other_key()s) whose free text an editor marked for
publication; only those may appear in public results.

Public results
--------------
`SurveyPage.results_public` says whether the editor wants results published
after the survey closes; `SurveyPage.results_available()` says whether they
may be shown now (closed and public). The page's routes `results/`,
`results/json/` and `results/csv/` serve them (surveys.results.public);
`SurveyPage.get_results_url(request=None)` gives the address of the results
page, or None while results are not available.
"""

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

from .blocks import QuestionBlock, StepBreakBlock

OTHER_VALUE = "__other__"
YES, NO = "yes", "no"


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class Condition:
    """Show a question only when the question `question_key` was answered with `value`."""

    question_key: str
    value: str


@dataclass(frozen=True)
class Question:
    key: str
    type: str
    label: str
    help_text: str = ""
    required: bool = False
    personal_data: bool = False
    name: str = ""
    step: int = 0
    options: tuple = ()
    statements: tuple = ()
    scale: range | None = None
    min_label: str = ""
    max_label: str = ""
    allow_other: bool = False
    widget: str = ""
    min_choices: int | None = None
    max_choices: int | None = None
    max_length: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    condition: Condition | None = None
    # The QuestionType that read this question from its block; it does the rest.
    question_type: Any = field(default=None, compare=False, repr=False)

    def option_label(self, value):
        """The label of an option value; "Other" for OTHER_VALUE; the value itself if unknown."""
        if value == OTHER_VALUE:
            return str(_("Other"))
        for option in self.options:
            if option.value == value:
                return option.label
        return value


@dataclass
class Step:
    """One screen of a survey: its title and its blocks (StreamField children) in order."""

    number: int
    title: str = ""
    blocks: list = field(default_factory=list)
    questions: list = field(default_factory=list)


def other_key(question):
    """The answer key of the text typed next to “Other”."""
    return f"{question.key}:other"


def options_from_block(values):
    """The `Option`s of a block's list of options (OptionBlock values)."""
    return tuple(Option(value=option["value"], label=option["label"]) for option in values)


def _question(child, step, names_to_keys, *, locale_id, memo):
    """A `Question` from one StreamField child whose block is a QuestionBlock."""
    value = child.value
    question_type = child.block.question_type
    condition = value.get("condition") or {}
    target = names_to_keys.get(condition.get("question") or "")
    return Question(
        key=child.id,
        type=question_type.name,
        label=value["label"],
        help_text=value.get("help_text") or "",
        required=bool(value.get("required")),
        personal_data=bool(value.get("personal_data")),
        name=value.get("name") or "",
        step=step,
        condition=Condition(target, condition["value"]) if target else None,
        question_type=question_type,
        **question_type.settings(value, locale_id=locale_id, memo=memo),
    )


def survey_steps(page):
    """The steps of a survey: its blocks split at each step break, each with its questions.

    Built once per page object (so once per request: serving, the form, storing
    the response, the e-mails all ask) and again only when the page's
    `questions` are replaced, e.g. by the edit form of a preview. Callers read
    the steps and never change them.

    Args:
        page: a SurveyPage (any language).

    Returns:
        A list of `Step`s, numbered from 1; there is always at least one.
    """
    built = page.__dict__.get("_survey_steps")
    if built is None or built[0] is not page.questions:
        built = (page.questions, build_survey_steps(page))
        page.__dict__["_survey_steps"] = built
    return built[1]


def build_survey_steps(page):
    """`survey_steps` read afresh from the page's question blocks."""
    # Shared by the question types while this page is read, e.g. the districts, read once.
    memo = {}
    steps = [Step(number=1)]
    names_to_keys = {}
    for child in page.questions:
        if isinstance(child.block, StepBreakBlock):
            title = child.value.get("title") or ""
            if steps[-1].blocks:
                steps.append(Step(number=len(steps) + 1, title=title))
            else:
                # A break with nothing before it only gives the current step its title.
                steps[-1].title = title
            continue
        steps[-1].blocks.append(child)
        if isinstance(child.block, QuestionBlock):
            question = _question(
                child, len(steps) - 1, names_to_keys, locale_id=page.locale_id, memo=memo
            )
            if question.name:
                names_to_keys[question.name] = question.key
            steps[-1].questions.append(question)
    return steps


def survey_questions(page):
    """Every question of a survey in order (see the module docstring).

    Args:
        page: a SurveyPage (any language).

    Returns:
        A list of `Question`s.
    """
    return [question for step in survey_steps(page) for question in step.questions]


def answer_display(question, answers):
    """A human-readable rendering of one question's answer, "" when unanswered.

    Args:
        question: a `Question`.
        answers: the answers JSON of a response.
    """
    value = answers.get(question.key)
    if value is None or value == "" or value == []:
        return ""
    text = question.question_type.display(question, value)
    other = answers.get(other_key(question))
    if other:
        text = f"{text} ({other})"
    return text
