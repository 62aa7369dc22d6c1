"""Demo-like pages in three languages for the search tests (indexed on publish)."""

import datetime

import pytest

from tests.factories import ContentPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.projects.factories import ProjectIndexPageFactory, ProjectPageFactory


@pytest.fixture
def site_pages(homes):
    """Pages in pl, en and uk whose words appear only in inflected forms."""
    news_index = NewsIndexPageFactory(parent=homes["pl"])
    project_index = ProjectIndexPageFactory(parent=homes["pl"])
    pages = {
        "plaszow": ContentPageFactory(
            parent=homes["pl"],
            title="Konsultacje planu dla Płaszowa",
            lead="Mieszkańcy Płaszowa mówią, czego potrzebuje ich okolica.",
        ),
        "budget": ContentPageFactory(
            parent=homes["pl"],
            title="Budżet obywatelski",
            lead="Głosowanie nad projektami zgłoszonymi przez mieszkańców.",
        ),
        "courtyards": ProjectPageFactory(
            parent=project_index,
            title="Zielone podwórka",
            lead="Odnawiamy podwórka i parki w Podgórzu razem z sąsiadami.",
        ),
        "bikes": NewsPageFactory(
            parent=news_index,
            title="Stojaki przy szkołach",
            lead="Przy szkołach stanęły nowe stojaki na rowery.",
            date=datetime.date(2026, 3, 2),
        ),
        "uk_budget": ContentPageFactory(
            parent=homes["uk"],
            title="Громадський бюджет",
            lead="Голосування за проєкти мешканців.",
        ),
        "en_parks": ContentPageFactory(
            parent=homes["en"],
            title="Greener parks",
            lead="Residents choose new benches for the parks of Podgórze.",
        ),
    }
    for page in pages.values():
        page.save_revision().publish()
    return pages
