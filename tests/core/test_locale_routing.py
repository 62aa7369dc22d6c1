"""Language prefixes, the Accept-Language redirect and the language switcher."""

import re

import pytest

from tests.factories import ContentPageFactory, translate_page

pytestmark = pytest.mark.django_db


def switcher_links(response):
    """{language code: href} of the language switcher in a response."""
    html = response.content.decode()
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return dict(
        (code, href) for href, code in re.findall(r'<a href="([^"]+)" lang="([a-z]+)"', switcher)
    )


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("uk-UA,uk;q=0.9,en;q=0.5", "/uk/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("pl", "/pl/"),
        ("de-DE,de;q=0.9", "/pl/"),
        ("", "/pl/"),
    ],
)
def test_root_redirects_by_accept_language_falling_back_to_polish(
    client, homes, accept_language, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize(
    ("prefix", "skip_link"),
    [
        ("pl", "Przejdź do treści głównej"),
        ("en", "Skip to main content"),
        ("uk", "Перейти до основного вмісту"),
    ],
)
def test_each_prefix_renders_in_its_language(client, homes, prefix, skip_link):
    response = client.get(f"/{prefix}/")
    assert response.status_code == 200
    assert f'<html lang="{prefix}"' in response.content.decode()
    assert skip_link in response.content.decode()


def test_language_switcher_links_each_page_to_its_own_translation(client, homes):
    about = ContentPageFactory(parent=homes["pl"], title="O nas", slug="o-nas")
    about_en = translate_page(about, "en")
    about_uk = translate_page(about, "uk")
    for page in (about, about_en, about_uk):
        links = switcher_links(client.get(page.url))
        assert links == {"pl": about.url, "en": about_en.url, "uk": about_uk.url}


def test_untranslated_page_switches_to_the_other_languages_home(client, homes):
    only_polish = ContentPageFactory(parent=homes["pl"], title="Tylko po polsku")
    links = switcher_links(client.get(only_polish.url))
    assert links == {"pl": only_polish.url, "en": "/en/", "uk": "/uk/"}


@pytest.mark.parametrize("path", ["/de/", "/xx/o-nas/", "/pl/nie-ma-takiej-strony/"])
def test_unknown_prefix_or_page_gives_the_localized_404(client, homes, path):
    response = client.get(path, follow=True, HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 404
    assert "Nie znaleziono strony" in response.content.decode()
    assert '<html lang="pl"' in response.content.decode()


def test_404_in_ukrainian_under_the_uk_prefix(client, homes):
    response = client.get("/uk/nemaye-takoi-storinky/")
    assert response.status_code == 404
    assert '<html lang="uk"' in response.content.decode()
    assert "Сторінку не знайдено" in response.content.decode()


def test_head_requests_are_answered_like_get(client, homes):
    """Uptime monitors and link checkers send HEAD."""
    assert client.head("/", HTTP_ACCEPT_LANGUAGE="pl").status_code == 302
    assert client.head("/robots.txt").status_code == 200
    assert client.head("/pl/szukaj/").status_code == 200


def test_robots_txt_keeps_crawlers_off_the_search_page_in_every_language(client, home_pl):
    robots = client.get("/robots.txt").content.decode()

    for path in ("/*/search/", "/pl/szukaj/", "/uk/poshuk/"):
        assert f"Disallow: {path}\n" in robots
    assert "Disallow: /en/search/" not in robots  # /*/search/ covers it already
