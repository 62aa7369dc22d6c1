import pytest

# The projects tests' fixtures, for the project list widget.
from tests.projects.conftest import (  # noqa: F401
    partner,
    partner_index,
    project_index,
    projects,
    topics,
)
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory, question, step_break


@pytest.fixture
def survey(home_pl):
    index = SurveyIndexPageFactory(parent=home_pl)
    return SurveyPageFactory(
        parent=index,
        title="Park",
        questions=[
            question("short_text", "Twoja opinia", key="opinion"),
            step_break("Drugi krok"),
            question("short_text", "Pomysł", key="idea"),
        ],
    )


def widget_url(page, language="pl", query=""):
    return f"/{language}/widgets/survey/{page.pk}/" + (f"?{query}" if query else "")
