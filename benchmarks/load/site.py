"""Builds the benchmark's site and prints the address of one page of each type (JSON).

`python -m benchmarks.load.site` inside the benchmark's environment (its own
database): the demo content (`load_demo_content`), plus two surveys that take
unlimited responses: the one-step survey of benchmarks.survey_setup and a
three-step survey made of the same questions, one per step. With `--urls`
it only prints the addresses (the database is reused).
"""

import json
import sys
import uuid

import django

from benchmarks.survey_setup import QUESTIONS

ONE_STEP_SLUG = "benchmark-one-step"
THREE_STEP_SLUG = "benchmark-three-steps"

# Page types in the order of the table, by model name; the first live Polish one is taken.
PAGE_TYPES = [
    ("home", "HomePage"),
    ("content page", "ContentPage"),
    ("project index", "ProjectIndexPage"),
    ("project", "ProjectPage"),
    ("partner index", "PartnerIndexPage"),
    ("partner", "PartnerPage"),
    ("news index", "NewsIndexPage"),
    ("news", "NewsPage"),
    ("event index", "EventIndexPage"),
    ("event", "EventPage"),
    ("campaign", "CampaignPage"),
    ("district council", "DistrictCouncilPage"),
    ("survey index", "SurveyIndexPage"),
    ("survey", "SurveyPage"),
]


def _step_break(title):
    return {"type": "step_break", "value": {"title": title}, "id": str(uuid.uuid4())}


def three_step_questions():
    """The one-step survey's three questions, each on its own step."""
    name, often, rating = QUESTIONS
    return [name, _step_break("Krok 2"), often, _step_break("Krok 3"), rating]


def add_surveys():
    from wagtail.models import Page

    from surveys.models import ResponsePolicy, SurveyIndexPage, SurveyPage

    index = SurveyIndexPage.objects.live().filter(locale__language_code="pl").first()
    if index is None:
        home = Page.objects.get(depth=2, locale__language_code="pl")
        index = home.add_child(instance=SurveyIndexPage(title="Ankiety", slug="ankiety"))
    for slug, title, questions in (
        (ONE_STEP_SLUG, "Ankieta wydajności", QUESTIONS),
        (THREE_STEP_SLUG, "Ankieta wydajności w trzech krokach", three_step_questions()),
    ):
        if not SurveyPage.objects.filter(slug=slug).exists():
            index.add_child(
                instance=SurveyPage(
                    title=title,
                    slug=slug,
                    questions=questions,
                    response_policy=ResponsePolicy.UNLIMITED,
                )
            )


def urls():
    """{label: path} of one Polish page per type, search, a 404, and the two surveys."""
    from wagtail.models import Page

    from surveys.models import SurveyPage

    pages = Page.objects.live().filter(locale__language_code="pl", depth__gt=1)
    found = {}
    for page in pages.specific().order_by("path"):
        kind = type(page).__name__
        if kind not in found and page.slug not in (ONE_STEP_SLUG, THREE_STEP_SLUG):
            found[kind] = page.url
    result = {label: found[kind] for label, kind in PAGE_TYPES if kind in found}
    home = result.get("home", "/pl/")
    result["search"] = "/pl/szukaj/?query=bud%C5%BCet"
    result["404"] = home + "nie-ma-takiej-strony/"
    result["survey one-step"] = SurveyPage.objects.get(slug=ONE_STEP_SLUG).url
    result["survey three-step"] = SurveyPage.objects.get(slug=THREE_STEP_SLUG).url
    return result


def main():
    django.setup()
    if "--urls" not in sys.argv:
        from django.core.management import call_command

        call_command("load_demo_content", verbosity=0)
        add_surveys()
    print(json.dumps(urls()))


if __name__ == "__main__":
    main()
