"""Partners: the type filter, and the projects a partner takes part in, from the projects' side."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import translate_page
from tests.projects.factories import PartnerPageFactory, add_partner

pytestmark = pytest.mark.django_db


def card_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {link.get_text(strip=True) for link in soup.select(".partner-cards .card__title a")}


def project_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find(id="projects-heading").parent
    return {link.get_text(strip=True) for link in section.select("a")}


def test_partner_page_lists_the_projects_that_name_it(client, partner, projects):
    add_partner(projects["forum"], partner, role="leader")
    add_partner(projects["count"], partner, role="funder")
    response = client.get(partner.url)
    assert response.status_code == 200
    assert project_links(response) == {"Forum Podgórza", "Dzielnice się liczą"}
    html = response.content.decode()
    assert "Lider" in html and "Grantodawca" in html


def test_unpublished_projects_drop_out_of_the_partner_page(client, partner, projects):
    add_partner(projects["forum"], partner)
    projects["forum"].unpublish()
    response = client.get(partner.url)
    assert project_links(response) == set()
    assert "nie uczestniczy jeszcze" in response.content.decode()


def test_translated_partner_lists_the_translated_projects(client, partner, projects):
    add_partner(projects["forum"], partner)
    add_partner(projects["parks"], partner)
    forum_uk = translate_page(projects["forum"], "uk")
    forum_uk.title = "Форум Подгужа"
    forum_uk.save_revision().publish()
    partner_uk = translate_page(partner, "uk")
    response = client.get(partner_uk.url)
    # Only what exists in Ukrainian; the untranslated project is not mixed in.
    assert project_links(response) == {"Форум Подгужа"}


def test_project_page_shows_partners_and_funders_logos(client, partner, projects):
    from tests.factories import ImageFactory

    funder = PartnerPageFactory(
        parent=partner.get_parent(),
        title="Fundusze EOG",
        organisation_type="funder",
        logo=ImageFactory(),
    )
    add_partner(projects["forum"], partner, role="leader")
    add_partner(projects["forum"], funder, role="funder")
    response = client.get(projects["forum"].url)
    soup = BeautifulSoup(response.content, "html.parser")
    partners = soup.find(id="partners-heading").parent
    assert {a.get_text(strip=True) for a in partners.select("a")} == {
        "Fundacja Dialog",
        "Fundusze EOG",
    }
    logos = soup.select(".funding__logos img")
    assert [logo["alt"] for logo in logos] == ["Fundusze EOG"]


def test_index_filters_partners_by_type(client, partner_index, partner):
    PartnerPageFactory(parent=partner_index, title="Urząd Miasta", organisation_type="public")
    PartnerPageFactory(parent=partner_index, title="LearningLab", organisation_type="foreign")
    assert card_titles(client.get(partner_index.url)) == {
        "Fundacja Dialog",
        "Urząd Miasta",
        "LearningLab",
    }
    assert card_titles(client.get(partner_index.url, {"type": "foreign"})) == {"LearningLab"}
    assert card_titles(client.get(partner_index.url, {"type": "business"})) == set()


@pytest.mark.parametrize("value", ["foo", "x" * 2000, "\x00"])
def test_unknown_partner_type_is_explained_with_a_400(client, partner_index, partner, value):
    response = client.get(partner_index.url, {"type": value})
    assert response.status_code == 400
    assert "Nie ma takiego rodzaju organizacji." in response.content.decode()


@pytest.mark.parametrize("page", ["999", "-1", "x"])
def test_partner_pages_that_do_not_exist_are_404(client, partner_index, partner, page):
    assert client.get(partner_index.url, {"page": page}).status_code == 404


def test_project_page_links_related_surveys_and_news_in_the_readers_language(
    client, home_pl, projects
):
    from projects.models import ProjectRelatedPage
    from tests.factories import NewsIndexPageFactory, NewsPageFactory
    from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory

    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_pl), title="Ruszyło forum")
    survey = SurveyPageFactory(
        parent=SurveyIndexPageFactory(parent=home_pl), title="Ankieta o forum"
    )
    draft = NewsPageFactory(parent=news.get_parent(), title="Szkic", live=False)
    project = projects["forum"]
    for position, page in enumerate((survey, news, draft)):
        project.related_pages.add(
            ProjectRelatedPage(page=page, locale=project.locale, sort_order=position)
        )
    project.save()

    response = client.get(project.url)
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find(id="related-heading").parent
    assert [a.get_text(strip=True) for a in section.select("a")] == [
        "Ankieta o forum",
        "Ruszyło forum",
    ]


def test_partner_page_does_not_name_restricted_projects(client, partner, projects):
    from wagtail.models import PageViewRestriction

    add_partner(projects["forum"], partner)
    add_partner(projects["parks"], partner)
    PageViewRestriction.objects.create(
        page=projects["parks"], restriction_type=PageViewRestriction.LOGIN
    )
    assert project_links(client.get(partner.url)) == {"Forum Podgórza"}
