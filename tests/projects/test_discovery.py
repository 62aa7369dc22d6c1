"""Projects and partners can be found: site search, the sitemap and sharing tags."""

import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command

from tests.factories import ImageFactory, translate_page
from tests.projects.factories import add_partner

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def search_titles(client, language, query):
    search_url = {"pl": "/pl/szukaj/", "en": "/en/search/", "uk": "/uk/poshuk/"}[language]
    response = client.get(search_url, {"query": query})
    assert response.status_code == 200
    return {page.title for page in response.context["results_page"]}


def test_search_finds_projects_by_goal_activity_and_district(client, projects, partner):
    forum = projects["forum"]
    forum.goals = [("goal", "Wzmacniać sąsiedzkie inicjatywy")]
    forum.activities = [
        ("activity", {"title": "Akademia Dobrego Dialogu", "description": "<p>Warsztaty.</p>"})
    ]
    forum.save_revision().publish()
    add_partner(forum, partner)
    call_command("update_index", verbosity=0)

    assert search_titles(client, "pl", "sąsiedzkie") == {"Forum Podgórza"}
    assert search_titles(client, "pl", "Akademia Dobrego Dialogu") >= {"Forum Podgórza"}
    assert "Parki Zwierzyńca" in search_titles(client, "pl", "Zwierzyniec")
    assert search_titles(client, "pl", "Fundacja Dialog") == {"Fundacja Dialog"}


def test_sitemap_lists_projects_and_partners_in_every_language(client, projects, partner):
    translate_page(projects["forum"], "uk")
    translate_page(partner, "en")
    locations = {
        element.text
        for element in ET.fromstring(client.get("/sitemap.xml").content).iterfind(
            ".//sm:loc", SITEMAP_NS
        )
    }
    for path in (
        "/pl/projekty/forum-podgorza/",
        "/uk/projekty/forum-podgorza/",
        "/pl/partnerzy/dialog/",
        "/en/partnerzy/dialog/",
    ):
        assert any(location.endswith(path) for location in locations), path


def test_project_is_shared_with_its_main_image_and_lead(client, projects):
    forum = projects["forum"]
    forum.image = ImageFactory(file__width=1600, file__height=900)
    forum.image_alt_text = "Debata w Podgórzu"
    forum.save_revision().publish()
    html = client.get(forum.url).content.decode()
    assert '<meta property="og:image"' in html
    assert f'<meta property="og:description" content="{forum.lead}">' in html
