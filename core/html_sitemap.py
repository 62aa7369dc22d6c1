"""The HTML site map: every live, public page of one language as a tree, linked from the footer.

Each language has its own address in its own words (`SITEMAP_PATHS`), so
the view is routed three times in config/urls.py rather than through
i18n_patterns, whose translated paths would depend on the catalogues.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from wagtail.models import Page, Site

SITEMAP_PATHS = {"pl": "pl/mapa-strony/", "en": "en/sitemap/", "uk": "uk/mapa-saitu/"}


@dataclass
class Node:
    """A page of the site map and the pages below it."""

    title: str
    url: str
    children: list[Node] = field(default_factory=list)


def page_tree(request: HttpRequest, home: Page) -> Node:
    """The live, public pages under `home` (itself included) as a tree, in two queries.

    A page whose parent is left out (not live, or restricted) is left out too:
    a reader could not reach it from the menu either.
    """
    pages = (
        Page.objects.descendant_of(home, inclusive=True)
        .live()
        .public()
        .order_by("path")
        .only("id", "title", "path", "depth", "url_path", "locale")
    )
    nodes: dict[str, Node] = {}
    root = None
    for page in pages:
        url = page.get_url(request)
        if url is None:
            continue
        node = Node(title=page.title, url=url)
        parent = nodes.get(page.path[: -Page.steplen])
        if page.pk == home.pk:
            root = node
        elif parent is None:
            continue
        else:
            parent.children.append(node)
        nodes[page.path] = node
    return root or Node(title=home.title, url=home.get_url(request) or "/")


def html_sitemap(request: HttpRequest, language: str) -> HttpResponse:
    """The site map in `language`: the tree under that language's home page."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    with translation.override(language):
        home = (
            Page.objects.live()
            .filter(
                translation_key__in=Page.objects.filter(pk=site.root_page_id).values(
                    "translation_key"
                ),
                locale__language_code=language,
            )
            .first()
        )
        if home is None:
            raise Http404
        response = TemplateResponse(
            request,
            "core/html_sitemap.html",
            {
                "tree": page_tree(request, home),
                "alternate_urls": {code: reverse(f"html_sitemap_{code}") for code in SITEMAP_PATHS},
            },
        )
        # Rendered while the language is still active.
        return response.render()


def urlpatterns_for_sitemaps() -> list:
    """One URL per language, named html_sitemap_<code>, for config/urls.py."""
    return [
        path(address, html_sitemap, {"language": code}, name=f"html_sitemap_{code}")
        for code, address in SITEMAP_PATHS.items()
        if code in dict(settings.LANGUAGES)
    ]
