"""The surveys part of the site the browser tests audit (see content.EXTENSIONS).

One three-step survey per kind, all with the "unlimited" policy: responses
sent by one test stay until the session ends and must not stop another.
Step 1 has a question shown only after "yes" (on the same step, so the
script shows and hides it); step 2 has a matrix and a scale.
"""

from tests.factories import publish_with_revision, translate_page
from tests.surveys.factories import (
    SurveyIndexPageFactory,
    SurveyPageFactory,
    condition,
    heading,
    options,
    question,
    step_break,
)

# One survey for each group of tests, so that none depends on another's answers.
KINDS = ("survey_audit", "survey_js", "survey_no_js", "survey_keyboard")


def survey_questions():
    """The blocks of the three-step survey; keys name the form fields the tests fill in."""
    return [
        heading("O tobie"),
        question("yes_no", "Czy mieszkasz w Krakowie?", key="resident", name="resident"),
        question(
            "single_choice",
            "Od jak dawna?",
            key="how_long",
            options=options(("short", "Krócej niż rok"), ("long", "Dłużej")),
            condition=condition("resident", "yes"),
        ),
        step_break("Ocena parku"),
        question(
            "matrix",
            "Na ile się zgadzasz?",
            key="opinions",
            statements=options(("clean", "Park jest czysty."), ("safe", "Jest bezpiecznie.")),
            scale_max="5",
            min_label="Nie",
            max_label="Tak",
        ),
        question("scale", "Ogólna ocena", key="rating", scale_max="5"),
        step_break("Pomysły"),
        question(
            "multiple_choice",
            "Czego brakuje?",
            key="wishes",
            options=options(("trees", "Drzew"), ("benches", "Ławek")),
            required=False,
        ),
        question("long_text", "Twój pomysł", key="idea", max_length=500, required=False),
    ]


def build(base):
    """Create the pages and return {(kind, language): path} for each of them."""
    from tests.browser.content import LANGUAGES

    index = SurveyIndexPageFactory(parent=base.home, title="Ankiety", slug="ankiety")
    publish_with_revision(index, base.editor)
    surveys = {}
    for kind in KINDS:
        survey = SurveyPageFactory(
            parent=index,
            title="Park przy Krowoderskiej",
            slug=kind.replace("_", "-"),
            questions=survey_questions(),
        )
        surveys[kind] = publish_with_revision(survey, base.editor)
    paths = {}
    for language in LANGUAGES:
        for kind, survey in surveys.items():
            translated = survey if language == "pl" else translate_page(survey, language)
            paths[kind, language] = translated.url
    return paths
