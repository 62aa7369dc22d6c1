"""A question type registered from outside (a postcode) flows through every part of surveys.

The type is one class and one `register()` call, as the README says; the
form, results, charts, exports, open data and e-mails pick it up without a
change anywhere else. It is unregistered after each test, so no other test
sees it.
"""

import csv
import io
import json

import openpyxl
import pytest
from django import forms
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from surveys.blocks import QuestionBlock
from surveys.blocks.stream import SurveyStreamBlock
from surveys.emails import answers_for_email
from surveys.fields import QuestionInput
from surveys.models import SurveyPage, SurveyResponse
from surveys.question_types import (
    BUILT_IN,
    Column,
    QuestionType,
    question_type_for,
    question_types,
    register,
    unregister,
)
from surveys.questions import answer_display, survey_questions
from surveys.results.aggregate import survey_results
from surveys.results.charts import count_bars, results_sections
from surveys.results.tallies import option_rows
from tests.factories import SuperUserFactory
from tests.surveys.factories import SurveyPageFactory, options, question
from tests.surveys.helpers import send
from tests.surveys.results_factories import add_response, closed_survey

pytestmark = pytest.mark.django_db

POSTCODE_PATTERN = r"^\d{2}-\d{3}$"


class PostcodeQuestionBlock(QuestionBlock):
    class Meta:
        icon = "site"
        label = "Postcode"
        template = "surveys/blocks/question.html"


class PostcodeInput(QuestionInput):
    def field(self):
        return forms.RegexField(
            regex=POSTCODE_PATTERN,
            max_length=6,
            error_messages={"invalid": "Wpisz kod pocztowy w postaci 31-000."},
            widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
        )


class PostcodeType(QuestionType):
    """Answer: str, a Polish postcode "NN-NNN". Results: answers per postal area."""

    name = "postcode"
    block_class = PostcodeQuestionBlock
    input_class = PostcodeInput
    typed_text = True

    def count(self, tally, value):
        tally.counts[value[:2]] += 1  # the postal area, never the whole code

    def summarize(self, tally, result):
        result.rows = option_rows(tally, ())

    def chart_items(self, result):
        return count_bars(result)

    def export_columns(self, question):
        key = question.key
        return [
            *super().export_columns(question),
            Column(f"{question.label}: area", lambda answers: (answers.get(key) or "")[:2]),
        ]


@pytest.fixture
def postcode():
    question_type = register(PostcodeType())
    yield question_type
    unregister(question_type.name)


def postcode_questions():
    """A postcode question and a built-in one; built while the type is registered."""
    return [
        question("postcode", "Kod pocztowy", key="postcode", required=False),
        question(
            "single_choice",
            "Jak często?",
            key="often",
            options=options(("daily", "Codziennie"), ("weekly", "Co tydzień")),
            required=False,
        ),
    ]


@pytest.fixture
def survey(postcode, survey_index):
    return SurveyPageFactory(parent=survey_index, questions=postcode_questions())


@pytest.fixture
def closed(postcode, survey_index):
    page = closed_survey(survey_index, questions=postcode_questions())
    for code, often in (("31-042", "daily"), ("31-100", "weekly"), ("30-001", "daily")):
        add_response(page, {"postcode": code, "often": often})
    add_response(page, {"often": "weekly"})
    return page


def test_registered_types_are_the_survey_blocks_in_order(postcode):
    assert question_types() == (*BUILT_IN, postcode)
    assert question_type_for("postcode") is postcode
    stream = SurveyPage._meta.get_field("questions").stream_block
    names = list(stream.child_blocks)
    assert names[: len(BUILT_IN) + 1] == [*(t.name for t in BUILT_IN), "postcode"]
    assert names[len(BUILT_IN) + 1 :] == ["heading", "text", "step_break"]


def test_a_question_knows_its_type(survey):
    by_key = {q.key: q for q in survey_questions(survey)}
    assert by_key["postcode"].type == "postcode"
    assert isinstance(by_key["postcode"].question_type, PostcodeType)
    assert answer_display(by_key["postcode"], {"postcode": "31-042"}) == "31-042"


def test_the_form_shows_validates_and_stores_it(client, survey):
    page = client.get(survey.url).content.decode()
    assert 'autocomplete="postal-code"' in page
    assert 'name="postcode"' in page

    refused = send(client, survey, {"postcode": "31042x", "often": "daily"})
    assert refused.status_code == 400
    assert "Wpisz kod pocztowy w postaci 31-000." in refused.content.decode()
    assert not SurveyResponse.objects.exists()

    accepted = send(client, survey, {"postcode": "31-042", "often": "daily"})
    assert accepted.status_code == 200
    assert SurveyResponse.objects.get().form_data == {"postcode": "31-042", "often": "daily"}


def test_results_count_it_its_own_way(closed):
    results = {result.question.key: result for result in survey_results(closed).questions}
    postcode = results["postcode"]
    assert postcode.answered == 3
    assert [(row.value, row.count) for row in postcode.rows] == [("30", 1), ("31", 2)]
    assert postcode.texts == []  # typed text, never kept
    section = next(s for s in results_sections(survey_results(closed)) if s["result"] == postcode)
    assert [bar.label for bar in section["chart"].bars] == ["30", "31"]
    assert section["table"] == "surveys/results/tables/counts.html"


def test_public_results_page_shows_it(client, closed):
    body = client.get(closed.url + "results/").content.decode()
    assert "Kod pocztowy" in body
    assert '<th scope="row">31</th><td>2</td><td>67%</td>' in body


def test_csv_and_xlsx_exports_have_its_columns(client, closed):
    client.force_login(SuperUserFactory())
    url = reverse("survey_results:export", args=[closed.pk, "csv"])
    body = b"".join(client.get(url).streaming_content).decode("utf-8")
    header, *rows = csv.reader(io.StringIO(body[1:]))
    assert header[3:] == ["Kod pocztowy", "Kod pocztowy: area", "Jak często?"]
    assert [row[3:5] for row in rows] == [
        ["31-042", "31"],
        ["31-100", "31"],
        ["30-001", "30"],
        ["", ""],
    ]

    url = reverse("survey_results:export", args=[closed.pk, "xlsx"])
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(client.get(url).streaming_content)))
    sheet = [list(row) for row in workbook.active.iter_rows(values_only=True)]
    assert sheet[0][3:5] == ["Kod pocztowy", "Kod pocztowy: area"]
    assert sheet[1][3:5] == ["31-042", "31"]


def test_open_data_publishes_its_counts(client, closed):
    data = json.loads(client.get(closed.url + "results/json/").content)
    postcode = next(item for item in data["questions"] if item["key"] == "postcode")
    assert postcode["type"] == "postcode"
    assert postcode["answered"] == 3
    assert postcode["items"] == [
        {"value": "30", "label": "30", "count": 1, "share": 0.3333},
        {"value": "31", "label": "31", "count": 2, "share": 0.6667},
    ]

    body = client.get(closed.url + "results/csv/").content.decode("utf-8")
    rows = [row for row in csv.DictReader(io.StringIO(body[1:])) if row["type"] == "postcode"]
    assert [(row["item_value"], row["measure"], row["value"]) for row in rows] == [
        ("", "answered", "3"),
        ("30", "count", "1"),
        ("30", "share", "0.3333"),
        ("31", "count", "2"),
        ("31", "share", "0.6667"),
    ]
    assert "31-042" not in body


def test_emails_to_an_address_not_proven_leave_it_out(survey):
    answers = {"postcode": "31-042", "often": "daily"}
    assert answers_for_email(survey, answers) == [
        ("Kod pocztowy", "31-042"),
        ("Jak często?", "Codziennie"),
    ]
    assert answers_for_email(survey, answers, typed_text=False) == [("Jak często?", "Codziennie")]


def test_unregistering_removes_it_everywhere():
    question_type = register(PostcodeType())
    unregister(question_type.name)
    assert question_types() == BUILT_IN
    with pytest.raises(LookupError):
        question_type_for("postcode")
    assert "postcode" not in SurveyStreamBlock().child_blocks
    assert "postcode" not in SurveyPage._meta.get_field("questions").stream_block.child_blocks


def test_a_name_is_registered_once(postcode):
    with pytest.raises(ImproperlyConfigured):
        register(PostcodeType())
