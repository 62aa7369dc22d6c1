"""Project and partner lists leave out restricted pages, in every language."""

import pytest
from bs4 import BeautifulSoup

from projects.models import ProjectRelatedPage
from tests.core.test_view_restrictions import (
    LANGUAGES,
    assert_listed,
    restricted_in_every_language,
    translated,
)
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.projects.factories import (
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    add_partner,
)
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory

pytestmark = pytest.mark.django_db


def links_in(response, heading_id):
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find(id=heading_id)
    return [] if section is None else [a.get_text(strip=True) for a in section.parent.select("a")]


def test_project_index_leaves_out_restricted_projects(client, homes):
    index = translated(ProjectIndexPageFactory(parent=homes["pl"]))
    translated(ProjectPageFactory(parent=index["pl"], title="Forum Podgórza"))
    restricted_in_every_language(ProjectPageFactory(parent=index["pl"], title="Projekt poufny"))
    for language in LANGUAGES:
        assert_listed(client, index[language].url, shown="Forum Podgórza", hidden="Projekt poufny")


def test_partner_index_leaves_out_restricted_partners(client, homes):
    index = translated(PartnerIndexPageFactory(parent=homes["pl"]))
    translated(PartnerPageFactory(parent=index["pl"], title="Fundacja Dialog"))
    restricted_in_every_language(PartnerPageFactory(parent=index["pl"], title="Partner poufny"))
    for language in LANGUAGES:
        assert_listed(client, index[language].url, shown="Fundacja Dialog", hidden="Partner poufny")


def test_partner_page_leaves_out_restricted_projects(client, homes):
    projects = ProjectIndexPageFactory(parent=homes["pl"])
    partners = PartnerIndexPageFactory(parent=homes["pl"])
    partner = PartnerPageFactory(parent=partners, title="Fundacja Dialog")
    shown = ProjectPageFactory(parent=projects, title="Forum Podgórza")
    hidden = ProjectPageFactory(parent=projects, title="Projekt poufny")
    add_partner(shown, partner)
    add_partner(hidden, partner)
    partner_pages = translated(partner)
    translated(shown)
    restricted_in_every_language(hidden)
    for language in LANGUAGES:
        response = client.get(partner_pages[language].url)
        assert links_in(response, "projects-heading") == ["Forum Podgórza"], language


def test_project_page_leaves_out_restricted_partners_and_related_pages(client, homes):
    project = ProjectPageFactory(
        parent=ProjectIndexPageFactory(parent=homes["pl"]), title="Forum Podgórza"
    )
    partners = PartnerIndexPageFactory(parent=homes["pl"])
    open_partner = PartnerPageFactory(parent=partners, title="Fundacja Dialog")
    hidden_partner = PartnerPageFactory(parent=partners, title="Partner poufny")
    add_partner(project, open_partner)
    add_partner(project, hidden_partner, role="funder")
    news_index = NewsIndexPageFactory(parent=homes["pl"])
    open_news = NewsPageFactory(parent=news_index, title="Ruszyło forum")
    hidden_news = NewsPageFactory(parent=news_index, title="Notatka poufna")
    hidden_survey = SurveyPageFactory(
        parent=SurveyIndexPageFactory(parent=homes["pl"]), title="Ankieta poufna"
    )
    for position, page in enumerate((open_news, hidden_news, hidden_survey)):
        project.related_pages.add(
            ProjectRelatedPage(page=page, locale=project.locale, sort_order=position)
        )
    project.save()
    for page in (open_partner, open_news):
        translated(page)
    for page in (hidden_partner, hidden_news, hidden_survey):
        restricted_in_every_language(page)
    project_pages = translated(project)
    for language in LANGUAGES:
        response = client.get(project_pages[language].url)
        content = response.content.decode()
        assert links_in(response, "related-heading") == ["Ruszyło forum"], language
        assert "Fundacja Dialog" in content
        for hidden in ("Partner poufny", "Notatka poufna", "Ankieta poufna"):
            assert hidden not in content, (language, hidden)
        assert response.context["funders"] == []
