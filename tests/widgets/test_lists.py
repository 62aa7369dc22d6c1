"""The list widgets and the project card: filters, only live public pages, flat query counts."""

import pytest
from wagtail.models import PageViewRestriction

from tests.campaigns.factories import (
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
)
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.projects.factories import ProjectPageFactory, add_partner
from tests.queries import query_count

pytestmark = pytest.mark.django_db


def titles(response):
    html = response.content.decode()
    return [
        part.split("</a>")[0].split(">")[-1]
        for part in html.split('class="widget-item__title"')[1:]
    ]


def test_projects_filtered_by_district_status_topic_and_partner(client, projects, partner):
    assert set(titles(client.get("/pl/widgets/projects/?district=podgorze&limit=12"))) == {
        "Forum Podgórza",
        "Akademia liderów",
    }
    assert titles(client.get("/pl/widgets/projects/?status=planned")) == ["Akademia liderów"]
    assert set(titles(client.get("/pl/widgets/projects/?topic=srodowisko"))) == {
        "Parki Zwierzyńca",
        "Drzewa Nowej Huty",
    }
    add_partner(projects["parks"], partner)
    assert titles(client.get(f"/pl/widgets/projects/?partner={partner.pk}")) == ["Parki Zwierzyńca"]
    assert client.get("/pl/widgets/projects/?partner=999999").status_code == 400


def test_projects_widget_hides_drafts_and_restricted(client, projects):
    projects["forum"].unpublish()
    PageViewRestriction.objects.create(
        page=projects["parks"], restriction_type="password", password="x"
    )
    shown = titles(client.get("/pl/widgets/projects/?limit=12"))
    assert "Forum Podgórza" not in shown and "Parki Zwierzyńca" not in shown
    assert len(shown) == 3
    assert client.get(f"/pl/widgets/project/{projects['parks'].pk}/").status_code == 404
    assert client.get(f"/pl/widgets/project/{projects['trees'].pk}/").status_code == 200


def test_project_queries_flat(client, project_index):
    ProjectPageFactory(parent=project_index)
    few = query_count(client, "/pl/widgets/projects/?limit=12")
    for _ in range(6):
        ProjectPageFactory(parent=project_index)
    assert query_count(client, "/pl/widgets/projects/?limit=12") == few


def test_events_upcoming_by_campaign_and_district(client, home_pl):
    campaign = CampaignPageFactory(parent=home_pl)
    index = EventIndexPageFactory(parent=home_pl)
    EventPageFactory(parent=campaign, title="Spotkanie w kampanii")
    EventPageFactory(parent=index, title="Spotkanie ogólne")
    assert set(titles(client.get("/pl/widgets/events/"))) == {
        "Spotkanie w kampanii",
        "Spotkanie ogólne",
    }
    by_campaign = client.get(f"/pl/widgets/events/?campaign={campaign.pk}")
    assert titles(by_campaign) == ["Spotkanie w kampanii"]
    assert titles(client.get("/pl/widgets/events/?district=podgorze")) == ["Spotkanie w kampanii"]
    assert titles(client.get("/pl/widgets/events/?district=nowa-huta")) == []


def test_news_newest_first_with_limit(client, home_pl):
    index = NewsIndexPageFactory(parent=home_pl)
    for number in range(4):
        NewsPageFactory(parent=index, title=f"Wiadomość {number}")
    response = client.get("/pl/widgets/news/?limit=2&theme=dark")
    assert response.status_code == 200
    assert len(titles(response)) == 2
    assert 'class="widget-theme-dark"' in response.content.decode()
    assert "/pl/aktualnosci/" in response.content.decode()  # the link to the full page
