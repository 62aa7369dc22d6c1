"""Builders of survey pages and their questions for the survey tests."""

import uuid

import factory
import wagtail_factories

from surveys.models import SurveyIndexPage, SurveyPage
from surveys.question_types import question_type_for


def question(kind, label, *, key=None, **settings):
    """The raw StreamField data of one question block; `key` becomes its block id."""
    value = {"label": label, "required": settings.pop("required", True), "help_text": ""}
    if kind in ("scale", "matrix"):
        # Empty, not missing: wagtail-localize cannot extract a CharBlock whose value is None.
        value.update(min_label="", max_label="")
    value.update(settings)
    return {"type": kind, "value": complete(kind, value), "id": key or str(uuid.uuid4())}


def complete(kind, value):
    """The value with every child block present, as the admin stores it.

    wagtail-localize walks the raw JSON of a StreamField, child by child, and
    fails on a nested StructBlock (the condition) missing from it.
    """
    block = question_type_for(kind).block
    return block.get_prep_value(block.to_python(value))


def options(*pairs):
    """Options from (value, label) pairs."""
    return [
        {"type": "item", "value": {"value": value, "label": label}, "id": str(uuid.uuid4())}
        for value, label in pairs
    ]


def condition(name, value):
    return {"question": name, "value": value}


def heading(text):
    return {"type": "heading", "value": {"text": text}, "id": str(uuid.uuid4())}


def step_break(title=""):
    return {"type": "step_break", "value": {"title": title}, "id": str(uuid.uuid4())}


def one_of_each():
    """One question of every type, with fixed keys named after the type."""
    return [
        question("short_text", "Imię", key="short_text", max_length=20, required=False),
        question("long_text", "Uwagi", key="long_text", max_length=500, required=False),
        question(
            "single_choice",
            "Jak często?",
            key="single_choice",
            options=options(("daily", "Codziennie"), ("weekly", "Co tydzień")),
            allow_other=True,
        ),
        question(
            "multiple_choice",
            "Co poprawić?",
            key="multiple_choice",
            options=options(("benches", "Ławki"), ("trees", "Drzewa"), ("lights", "Lampy")),
            max_choices=2,
            required=False,
        ),
        question("scale", "Ocena", key="scale", scale_max="5", min_label="Źle", max_label="Dobrze"),
        question(
            "matrix",
            "Zgadzasz się?",
            key="matrix",
            statements=options(("clean", "Czysto"), ("safe", "Bezpiecznie")),
            scale_max="5",
            required=False,
        ),
        question("number", "Ile osób?", key="number", min_value=1, max_value=20, required=False),
        question("date", "Kiedy?", key="date", required=False),
        question("email", "E-mail", key="email", required=False, personal_data=True),
        question("yes_no", "Czy byłeś?", key="yes_no", required=False),
        question("district", "Dzielnica", key="district", required=False),
        question(
            "ranking",
            "Kolejność",
            key="ranking",
            options=options(("green", "Zieleń"), ("roads", "Drogi"), ("light", "Światło")),
            required=False,
        ),
    ]


class SurveyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ankiety"
    slug = "ankiety"

    class Meta:
        model = SurveyIndexPage


class SurveyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Ankieta {n}")
    slug = factory.Sequence(lambda n: f"ankieta-{n}")
    intro = "<p>Prosimy o odpowiedzi.</p>"
    thank_you_text = "<p>Dziękujemy za udział!</p>"
    consent_text = "Zgadzam się na przetwarzanie danych osobowych przez Biuro."
    questions = factory.LazyFunction(
        lambda: [question("short_text", "Twoja opinia", key="opinion")]
    )

    class Meta:
        model = SurveyPage
