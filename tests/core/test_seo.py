"""Search engines and sharing: descriptions, hreflang, canonical URLs, titles, site maps, feeds."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from core.models import SiteSettings
from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory
from tests.factories import (
    ContentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    translate_page,
)

pytestmark = pytest.mark.django_db

ATOM = {"a": "http://www.w3.org/2005/Atom"}
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_meta_description_falls_back_to_the_lead_and_prefers_the_search_description(client, homes):
    page = ContentPageFactory(parent=homes["pl"], slug="lead", lead="Zgłoś projekt do budżetu.")
    described = ContentPageFactory(
        parent=homes["pl"], slug="opis", lead="Wstęp.", search_description="Opis dla wyszukiwarek."
    )
    assert '<meta name="description" content="Zgłoś projekt do budżetu.">' in (
        client.get(page.url).content.decode()
    )
    assert '<meta name="description" content="Opis dla wyszukiwarek.">' in (
        client.get(described.url).content.decode()
    )


def test_meta_description_of_an_index_is_its_introduction(client, homes):
    index = NewsIndexPageFactory(parent=homes["pl"], intro="Wiadomości z biura.")
    html = client.get(index.url).content.decode()
    assert '<meta name="description" content="Wiadomości z biura.">' in html


def test_hreflang_alternates_name_every_translation_and_x_default_polish(client, homes):
    page = ContentPageFactory(parent=homes["pl"], title="Budżet", slug="budzet")
    page_uk = translate_page(page, "uk")
    html = client.get(page_uk.url).content.decode()
    assert '<link rel="alternate" hreflang="pl" href="http://testserver/pl/budzet/">' in html
    assert f'<link rel="alternate" hreflang="uk" href="http://testserver{page_uk.url}">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/pl/budzet/">' in html
    assert 'hreflang="en" href=' not in html.split("<body")[0]  # not translated into English
    alone = ContentPageFactory(parent=homes["pl"], slug="tylko-pl")
    assert 'rel="alternate" hreflang' not in client.get(alone.url).content.decode()


@override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000")
def test_canonical_and_open_graph_urls_name_the_host_of_the_request(client, homes):
    page = ContentPageFactory(parent=homes["pl"], slug="kanoniczny", lead="Wstęp.")
    html = client.get(page.url, HTTP_HOST="localhost:8140").content.decode()
    assert '<link rel="canonical" href="http://localhost:8140/pl/kanoniczny/">' in html
    assert '<meta property="og:url" content="http://localhost:8140/pl/kanoniczny/">' in html
    sitemap = client.get("/sitemap.xml", HTTP_HOST="localhost:8140").content.decode()
    assert "<loc>http://localhost:8140/pl/kanoniczny/</loc>" in sitemap


def test_office_name_in_titles_follows_the_language(client, homes):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.office_name = "Biuro ds. Partycypacji"
    settings.office_name_en = "Participation Office"
    settings.save()
    assert "<title>Participation Office</title>" in client.get("/en/").content.decode()
    ukrainian = client.get("/uk/").content.decode()
    # No Ukrainian name yet: the Polish one, marked as Polish in the header.
    assert "<title>Biuro ds. Partycypacji</title>" in ukrainian
    assert '<span class="site-logo__name" lang="pl">Biuro ds. Partycypacji</span>' in ukrainian


def test_sitemap_xml_lists_hreflang_alternates(client, homes):
    page = ContentPageFactory(parent=homes["pl"], slug="o-nas")
    translate_page(page, "uk")
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entry = next(
        url
        for url in root.findall("s:url", SITEMAP)
        if url.find("s:loc", SITEMAP).text == "http://testserver/pl/o-nas/"
    )
    links = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", SITEMAP)}
    assert links == {
        "pl": "http://testserver/pl/o-nas/",
        "uk": "http://testserver/uk/o-nas/",
        "x-default": "http://testserver/pl/o-nas/",
    }


@pytest.mark.parametrize(
    ("language", "path"),
    [("pl", "/pl/mapa-strony/"), ("en", "/en/sitemap/"), ("uk", "/uk/mapa-saitu/")],
)
def test_html_sitemap_lists_the_live_public_pages_of_its_language_as_a_tree(
    client, homes, language, path
):
    section = ContentPageFactory(parent=homes["pl"], title="Sekcja", slug="sekcja")
    child = ContentPageFactory(parent=section, title="Podstrona", slug="podstrona")
    secret = ContentPageFactory(parent=homes["pl"], title="Tajna", slug="tajna")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    draft = ContentPageFactory(parent=homes["pl"], title="Szkic", slug="szkic")
    draft.unpublish()
    for page in (section, child):
        if language != "pl":
            translate_page(page, language)

    response = client.get(path)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    tree = html[html.index('class="sitemap-tree"') :]
    assert f'href="/{language}/sekcja/">Sekcja</a>' in tree
    # The child is nested in its parent's list.
    section_at = tree.index(f"/{language}/sekcja/")
    assert tree.index("<ul>", section_at) < tree.index(f"/{language}/sekcja/podstrona/")
    assert "Tajna" not in tree and "Szkic" not in tree
    assert '<link rel="alternate" hreflang="uk" href="http://testserver/uk/mapa-saitu/">' in html
    assert f'href="{path}">' in client.get(f"/{language}/").content.decode()  # footer link


def test_news_feed_lists_the_news_of_its_language(client, homes):
    index = NewsIndexPageFactory(parent=homes["pl"])
    news = NewsPageFactory(parent=index, title="Nowy park", slug="nowy-park")
    NewsPageFactory(parent=index, title="Tylko po polsku", slug="pl-only")
    news_uk = translate_page(news, "uk")
    news_uk.title = "Новий парк"
    news_uk.save_revision().publish()

    response = client.get("/uk/feeds/news/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    titles = [entry.find("a:title", ATOM).text for entry in feed.findall("a:entry", ATOM)]
    assert titles == ["Новий парк"]
    link = feed.find("a:entry/a:link", ATOM).get("href")
    assert link == f"http://testserver{news_uk.url}"
    head = client.get("/uk/").content.decode().split("</head>")[0]
    assert '<link rel="alternate" type="application/atom+xml" href="/uk/feeds/news/"' in head
    assert '<link rel="alternate" type="application/atom+xml" href="/uk/feeds/events/"' in head


def test_events_feed_lists_upcoming_events_soonest_first(client, homes):
    index = EventIndexPageFactory(parent=homes["pl"])
    now = timezone.now()
    EventPageFactory(
        parent=index, title="Później", slug="pozniej", start=now + datetime.timedelta(days=9)
    )
    EventPageFactory(
        parent=index, title="Wkrótce", slug="wkrotce", start=now + datetime.timedelta(days=2)
    )
    EventPageFactory(
        parent=index, title="Minęło", slug="minelo", start=now - datetime.timedelta(days=5)
    )

    feed = ET.fromstring(client.get("/pl/feeds/events/").content)

    titles = [entry.find("a:title", ATOM).text for entry in feed.findall("a:entry", ATOM)]
    assert titles == ["Wkrótce", "Później"]
    assert "Dom Kultury Podgórze" in feed.find("a:entry/a:summary", ATOM).text
