"""The home page invites to take part: open surveys, upcoming events and ongoing projects.

The sections come from the capabilities through pages.participation's hook,
from live, public content in the reader's language, each hidden when empty.
"""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from pages.models import HomePagePinnedItem
from pages.participation import HOME_PARTICIPATION_HOOK, participation_providers
from tests.campaigns.factories import (
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
)
from tests.campaigns.factories import district as district_number
from tests.factories import translate_page
from tests.projects.factories import ProjectIndexPageFactory, ProjectPageFactory, district
from tests.queries import query_count
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory

pytestmark = pytest.mark.django_db

FUTURE_PROJECT_END = datetime.date(2099, 1, 1)


@pytest.fixture
def survey_index(home_pl):
    return SurveyIndexPageFactory(parent=home_pl, title="Ankiety", slug="ankiety")


@pytest.fixture
def event_index(home_pl):
    campaign = CampaignPageFactory(parent=home_pl)
    return EventIndexPageFactory(parent=campaign)


@pytest.fixture
def project_index(home_pl):
    return ProjectIndexPageFactory(parent=home_pl)


def survey(index, title, *, closes_in=None, opens_in=None, live=True):
    # The time of the call, not of the module's import: a long run would find
    # a survey "closing in five minutes" already minutes closer.
    now = timezone.now()
    return SurveyPageFactory(
        parent=index,
        title=title,
        live=live,
        closes_at=now + closes_in if closes_in else None,
        opens_at=now + opens_in if opens_in else None,
    )


def event(index, title, *, starts_in):
    start = timezone.now() + starts_in
    return EventPageFactory(
        parent=index, title=title, start=start, end=start + datetime.timedelta(hours=2)
    )


def ongoing_project(index, title, *, districts=()):
    return ProjectPageFactory(
        parent=index,
        title=title,
        start_month=datetime.date(2021, 1, 1),
        end_month=FUTURE_PROJECT_END,
        districts=list(districts),
    )


def section_titles(response, key):
    """The titles listed in one section of the home page, in order ([] when not shown)."""
    html = response.content.decode()
    marker = f'participation__section--{key}"'
    if marker not in html:
        return []
    section = html.split(marker, 1)[1].split("</section>", 1)[0]
    return [part.split("</a>", 1)[0] for part in section.split('class="card__title"><a href="')[1:]]


def titles(response, key):
    return [title.split('">', 1)[1] for title in section_titles(response, key)]


def test_each_capability_registers_a_provider():
    names = {provider.__module__ for provider in participation_providers()}
    assert {"surveys.participation", "campaigns.participation", "projects.participation"} <= names
    assert HOME_PARTICIPATION_HOOK == "home_participation_sections"


def test_open_surveys_closing_soonest_first_without_unpublished_closed_or_upcoming(
    client, home_pl, survey_index
):
    survey(survey_index, "Zamyka się później", closes_in=datetime.timedelta(days=20))
    survey(survey_index, "Zamyka się wkrótce", closes_in=datetime.timedelta(days=2))
    survey(survey_index, "Bez terminu")
    survey(survey_index, "Szkic", closes_in=datetime.timedelta(days=1), live=False)
    survey(survey_index, "Zamknięta", closes_in=-datetime.timedelta(days=1))
    survey(survey_index, "Jeszcze nie otwarta", opens_in=datetime.timedelta(days=1))
    response = client.get(home_pl.url)
    assert response.status_code == 200
    assert titles(response, "surveys") == [
        "Zamyka się wkrótce",
        "Zamyka się później",
        "Bez terminu",
    ]


def test_restricted_survey_is_not_invited_to(client, home_pl, survey_index):
    hidden = survey(survey_index, "Dla zalogowanych")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    assert titles(client.get(home_pl.url), "surveys") == []


def test_empty_sections_are_hidden(client, home_pl):
    html = client.get(home_pl.url).content.decode()
    assert "participation__section" not in html
    # Nothing to filter, so no district picker either.
    assert "district-picker" not in html


def test_next_three_events_with_date_place_and_district(client, home_pl, event_index):
    for days in (9, 1, 5, 3):
        event(event_index, f"Za {days} dni", starts_in=datetime.timedelta(days=days))
    event(event_index, "Było", starts_in=-datetime.timedelta(days=3))
    response = client.get(home_pl.url)
    assert titles(response, "events") == ["Za 1 dni", "Za 3 dni", "Za 5 dni"]
    html = response.content.decode()
    assert "Dom Kultury Podgórze" in html
    assert "Dzielnica XIII Podgórze" in html


def test_ongoing_projects_with_status_and_districts(client, home_pl, project_index):
    ongoing_project(project_index, "Trwa", districts=[district("podgorze")])
    ProjectPageFactory(parent=project_index, title="Zakończony")
    response = client.get(home_pl.url)
    assert titles(response, "projects") == ["Trwa"]
    html = response.content.decode()
    assert "status--ongoing" in html
    assert "Dzielnica XIII Podgórze" in html


def test_district_filter_narrows_events_and_projects(client, home_pl, project_index):
    podgorze = CampaignPageFactory(parent=home_pl, district=district_number(13))
    nowa_huta = CampaignPageFactory(parent=home_pl, district=district_number(18))
    event(
        EventIndexPageFactory(parent=podgorze), "W Podgórzu", starts_in=datetime.timedelta(days=1)
    )
    event(
        EventIndexPageFactory(parent=nowa_huta),
        "W Nowej Hucie",
        starts_in=datetime.timedelta(days=2),
    )
    ongoing_project(project_index, "Projekt Podgórza", districts=[district("podgorze")])
    ongoing_project(project_index, "Projekt Huty", districts=[district("nowa-huta")])

    everything = client.get(home_pl.url)
    assert titles(everything, "events") == ["W Podgórzu", "W Nowej Hucie"]
    assert sorted(titles(everything, "projects")) == ["Projekt Huty", "Projekt Podgórza"]

    filtered = client.get(home_pl.url, {"district": "podgorze"})
    assert filtered.status_code == 200
    assert titles(filtered, "events") == ["W Podgórzu"]
    assert titles(filtered, "projects") == ["Projekt Podgórza"]
    # The district is in the address only: nothing remembers it.
    assert not filtered.cookies


def test_unknown_district_is_explained_with_a_400(client, homes):
    response = client.get(homes["en"].url, {"district": "atlantis"})
    assert response.status_code == 400
    assert "There is no such district." in response.content.decode()
    response = client.get(homes["pl"].url, {"district": "x" * 5000})
    assert response.status_code == 400


def test_pinned_items_come_first(client, home_pl, survey_index):
    survey(survey_index, "Wkrótce", closes_in=datetime.timedelta(days=1))
    pinned = survey(survey_index, "Przypięta", closes_in=datetime.timedelta(days=30))
    HomePagePinnedItem.objects.create(home_page=home_pl, page=pinned, locale=home_pl.locale)
    assert titles(client.get(home_pl.url), "surveys") == ["Przypięta", "Wkrótce"]


def test_sections_are_in_the_readers_language(client, homes, survey_index):
    translated = survey(survey_index, "Przetłumaczona")
    survey(survey_index, "Tylko po polsku")
    ukrainian = translate_page(translated, "uk")
    ukrainian.title = "Перекладене опитування"
    ukrainian.save_revision().publish()
    assert titles(client.get(homes["uk"].url), "surveys") == ["Перекладене опитування"]
    assert titles(client.get(homes["en"].url), "surveys") == []


def test_the_home_page_is_cached_no_longer_than_until_a_survey_closes(
    client, home_pl, survey_index
):
    survey(survey_index, "Zamyka się za chwilę", closes_in=datetime.timedelta(minutes=5))
    response = client.get(home_pl.url)
    cache_control = response.headers.get("Cache-Control", "")
    assert "s-maxage=" in cache_control
    s_maxage = int(cache_control.split("s-maxage=")[1].split(",")[0])
    assert 200 < s_maxage <= 300


def add_content(survey_index, event_index, project_index, count, start=0):
    for number in range(start, start + count):
        survey(survey_index, f"Ankieta {number}", closes_in=datetime.timedelta(days=number + 1))
        event(event_index, f"Wydarzenie {number}", starts_in=datetime.timedelta(days=number + 1))
        ongoing_project(project_index, f"Projekt {number}", districts=[district("podgorze")])


def test_home_page_queries_do_not_grow_with_participation_items(
    client, home_pl, survey_index, event_index, project_index
):
    filtered = home_pl.url + "?district=podgorze"
    add_content(survey_index, event_index, project_index, 1)
    few, few_filtered = query_count(client, home_pl.url), query_count(client, filtered)
    add_content(survey_index, event_index, project_index, 5, start=1)
    many, many_filtered = query_count(client, home_pl.url), query_count(client, filtered)
    assert few == many
    assert few_filtered == many_filtered


def test_pins_carry_over_to_the_translated_home_page(client, home_pl, survey_index):
    survey(survey_index, "Wkrótce", closes_in=datetime.timedelta(days=1))
    pinned = survey(survey_index, "Przypięta", closes_in=datetime.timedelta(days=30))
    HomePagePinnedItem.objects.create(home_page=home_pl, page=pinned, locale=home_pl.locale)
    home_uk = translate_page(home_pl, "uk")
    for page in survey_index.get_children().specific():
        translate_page(page, "uk")

    assert titles(client.get(home_uk.url), "surveys") == ["Przypięta", "Wkrótce"]
