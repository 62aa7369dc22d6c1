"""Markup for assistive technology: help text tied to its input or fieldset, heading levels."""

import re

import pytest
from django.urls import reverse

from tests.factories import SuperUserFactory
from tests.surveys.factories import SurveyPageFactory, options, question
from tests.surveys.results_factories import add_response, closed_survey, full_answers

pytestmark = pytest.mark.django_db


def described_by(html, tag_pattern):
    """The element matching `tag_pattern` and the text of what its aria-describedby names."""
    tag = re.search(tag_pattern, html)
    assert tag, tag_pattern
    ids = re.search(r'aria-describedby="([^"]+)"', tag.group(0))
    assert ids, tag.group(0)
    texts = []
    for element_id in ids.group(1).split():
        target = re.search(rf'id="{re.escape(element_id)}"[^>]*>([^<]*)<', html)
        if target:
            texts.append(target.group(1))
    return texts


@pytest.fixture
def survey(survey_index):
    return SurveyPageFactory(
        parent=survey_index,
        questions=[
            question("short_text", "Imię", key="name", help_text="Tylko imię, bez nazwiska."),
            question(
                "single_choice",
                "Jak często?",
                key="often",
                options=options(("daily", "Codziennie"), ("weekly", "Co tydzień")),
                help_text="Wybierz jedną odpowiedź.",
            ),
        ],
    )


def test_help_text_of_an_input_is_announced(client, survey):
    html = client.get(survey.url).content.decode()
    assert described_by(html, r'<input[^>]*name="name"[^>]*>') == ["Tylko imię, bez nazwiska."]


def test_help_text_of_a_fieldset_is_announced(client, survey):
    html = client.get(survey.url).content.decode()
    fieldset = r"<fieldset[^>]*>\s*<legend[^>]*>Jak często"
    assert described_by(html, fieldset) == ["Wybierz jedną odpowiedź."]


def test_admin_results_go_from_h1_to_h2_to_h3(client, survey_index):
    page = closed_survey(survey_index)
    add_response(page, full_answers())
    client.force_login(SuperUserFactory())
    html = client.get(reverse("survey_results:results", args=[page.pk])).content.decode()
    levels = [int(level) for level in re.findall(r"<h([1-6])", html)]
    first_h3 = levels.index(3)
    assert 2 in levels[:first_h3]
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))
