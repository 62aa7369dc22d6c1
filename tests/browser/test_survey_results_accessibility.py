"""The public results page of a survey in a real browser: axe-core finds nothing, in pl and uk."""

import pytest

from tests.browser.axe import audit, format_violations

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def results_paths(live_site, django_db_blocker):
    """A closed survey with public results and a few responses, in Polish and Ukrainian.

    Built in this module rather than in tests/browser/content_surveys.py; it
    is created after the session's snapshot, so it goes when the session ends.
    """
    from tests.factories import site_home, translate_page
    from tests.surveys.factories import SurveyIndexPageFactory
    from tests.surveys.results_factories import add_response, closed_survey, full_answers

    with django_db_blocker.unblock():
        index = SurveyIndexPageFactory(
            parent=site_home("pl"), title="Wyniki ankiet", slug="wyniki-ankiet"
        )
        survey = closed_survey(index, title="Ankieta o parku", slug="ankieta-o-parku")
        add_response(survey, full_answers(), published=["long_text"])
        add_response(survey, full_answers(single_choice="weekly", scale=2, yes_no=False))
        survey_uk = translate_page(survey, "uk")
        add_response(survey_uk, full_answers(district="podgorze"))
        return {"pl": survey.url + "results/", "uk": survey_uk.url + "results/"}


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_public_results_page_passes_axe(new_page, results_paths, language):
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    response = page.goto(results_paths[language])
    assert response.status == 200
    assert page.locator("svg[role=img]").count() > 0
    violations = audit(page)
    assert not violations, format_violations(violations)
