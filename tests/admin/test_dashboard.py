"""The office's panels on the admin home: open surveys, moderation, pages found not useful."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from feedback.dashboard import dashboard_date_from
from feedback.models import PageFeedback
from surveys.models import ResponseStatus
from tests.factories import (
    ContentPageFactory,
    EditorFactory,
    ModeratorFactory,
    UserFactory,
    translate_page,
)
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory
from tests.surveys.results_factories import add_response

pytestmark = pytest.mark.django_db

HOME = "wagtailadmin_home"
NOW = timezone.now()
DAY = datetime.timedelta(days=1)


def dashboard(client):
    response = client.get(reverse(HOME))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel(soup, panel_id):
    """The panel's section (Wagtail's {% panel %} gives it the id plus "-section")."""
    return soup.find(id=f"{panel_id}-section")


def rows(section):
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in section.select("tbody tr")
    ]


@pytest.fixture
def moderator_client(client):
    client.force_login(ModeratorFactory())
    return client


@pytest.fixture
def survey_index(home_pl):
    return SurveyIndexPageFactory(parent=home_pl)


def open_survey(index, **kwargs):
    kwargs.setdefault("opens_at", NOW - 10 * DAY)
    kwargs.setdefault("closes_at", NOW + 10 * DAY)
    return SurveyPageFactory(parent=index, **kwargs)


# --- Open surveys -----------------------------------------------------------


def test_open_surveys_are_listed_with_confirmed_responses_of_every_language(
    moderator_client, survey_index
):
    park = open_survey(survey_index, title="Park Jordana", closes_at=NOW + 3 * DAY)
    roads = open_survey(survey_index, title="Drogi rowerowe", closes_at=NOW + 20 * DAY)
    open_survey(survey_index, title="Bez końca", closes_at=None)
    add_response(park, {"opinion": "Więcej ławek"})
    add_response(park, {"opinion": "Cień"}, status=ResponseStatus.PENDING)
    add_response(translate_page(park, "en"), {"opinion": "More benches"})
    for _ in range(3):
        add_response(roads, {"opinion": "Tak"})

    section = panel(dashboard(moderator_client), "open-surveys")

    listed = rows(section)
    # Closing soonest first, a survey without a closing date last; one row per
    # survey although the park survey has an English version.
    assert [row[0] for row in listed] == ["Park Jordana", "Drogi rowerowe", "Bez końca"]
    assert [row[2] for row in listed] == ["2", "3", "0"]
    links = [a["href"] for a in section.select("tbody a")]
    assert links[0] == reverse("survey_results:results", args=[park.pk])
    assert section.find("a", href=reverse("wagtailforms:index"))


def test_closed_upcoming_and_unpublished_surveys_are_not_listed(moderator_client, survey_index):
    open_survey(survey_index, title="Otwarta")
    open_survey(survey_index, title="Zamknięta", opens_at=NOW - 9 * DAY, closes_at=NOW - DAY)
    open_survey(survey_index, title="Przyszła", opens_at=NOW + DAY, closes_at=NOW + 9 * DAY)
    open_survey(survey_index, title="Szkic", live=False)

    section = panel(dashboard(moderator_client), "open-surveys")

    assert [row[0] for row in rows(section)] == ["Otwarta"]


def test_without_open_surveys_the_panel_says_so(moderator_client, survey_index):
    open_survey(survey_index, opens_at=NOW - 9 * DAY, closes_at=NOW - DAY)
    section = panel(dashboard(moderator_client), "open-surveys")
    assert section is not None
    assert not rows(section)
    assert section.find("p")


def test_users_who_may_edit_no_survey_get_no_survey_panel(client, survey_index):
    open_survey(survey_index)
    # Admin access only, no page permissions (and so no survey results).
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    soup = dashboard(client)
    assert panel(soup, "open-surveys") is None
    assert panel(soup, "pages-not-useful") is None


def queries_of_dashboard(client):
    client.get(reverse(HOME))  # Warms the per-process caches.
    with CaptureQueriesContext(connection) as captured:
        client.get(reverse(HOME))
    return len(captured.captured_queries)


def test_the_survey_panel_needs_the_same_queries_for_2_or_12_surveys(
    moderator_client, survey_index
):
    def add_surveys(count):
        for _ in range(count):
            survey = open_survey(survey_index)
            add_response(survey, {"opinion": "Tak"})

    add_surveys(2)
    few = queries_of_dashboard(moderator_client)
    add_surveys(10)
    assert queries_of_dashboard(moderator_client) == few


# --- Pages awaiting moderation (Wagtail's own panel) --------------------------


def test_a_page_submitted_for_moderation_awaits_the_moderators_review(client, home_pl):
    editor = EditorFactory()
    page = ContentPageFactory(parent=home_pl, title="Nowe zasady budżetu")
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)

    client.force_login(ModeratorFactory())
    section = panel(dashboard(client), "awaiting-review")

    assert section is not None
    assert "Nowe zasady budżetu" in section.get_text()


# --- Pages found not useful -----------------------------------------------------


def answer(page, useful, *, days_ago=0, comment=""):
    feedback = PageFeedback.objects.create(
        page=page, locale_id=page.locale_id, useful=useful, comment=comment
    )
    PageFeedback.objects.filter(pk=feedback.pk).update(created_at=NOW - days_ago * DAY)
    return feedback


def test_pages_with_no_answers_this_week_most_first(moderator_client, home_pl):
    unclear = ContentPageFactory(parent=home_pl, title="Jak głosować")
    confusing = ContentPageFactory(parent=home_pl, title="Harmonogram")
    liked = ContentPageFactory(parent=home_pl, title="Kontakt")
    answer(unclear, False, comment="Nic nie rozumiem")
    answer(unclear, False, days_ago=6)
    answer(unclear, True, days_ago=1)
    answer(confusing, False, days_ago=2)
    answer(confusing, False, days_ago=8)  # Before the last seven days.
    answer(liked, True)

    section = panel(dashboard(moderator_client), "pages-not-useful")

    # Page, language, "no" answers, all answers, comments.
    assert rows(section) == [
        ["Jak głosować", "PL", "2", "3", "1"],
        ["Harmonogram", "PL", "1", "1", "0"],
    ]
    assert section.find("a", href=reverse("feedback_admin:detail", args=[unclear.pk]))
    report = f"{reverse('feedback_admin:report')}?date_from={dashboard_date_from().isoformat()}"
    assert section.find("a", href=report)


def test_the_report_link_shows_the_same_days(moderator_client, home_pl):
    page = ContentPageFactory(parent=home_pl, title="Jak głosować")
    answer(page, False, days_ago=6)
    answer(page, False, days_ago=7)
    section = panel(dashboard(moderator_client), "pages-not-useful")
    (report,) = [
        a["href"]
        for a in section.find_all("a")
        if a["href"].startswith(reverse("feedback_admin:report") + "?")
    ]
    response = moderator_client.get(report)
    assert [row["no"] for row in response.context["rows"]] == [1]


def test_editors_without_the_report_permission_do_not_see_the_panel(client, home_pl):
    answer(ContentPageFactory(parent=home_pl), False)
    client.force_login(EditorFactory())
    assert panel(dashboard(client), "pages-not-useful") is None


def test_the_feedback_panel_needs_the_same_queries_for_2_or_12_pages(moderator_client, home_pl):
    def add_pages(count):
        for _ in range(count):
            answer(ContentPageFactory(parent=home_pl), False)

    add_pages(2)
    few = queries_of_dashboard(moderator_client)
    add_pages(10)
    assert queries_of_dashboard(moderator_client) == few
