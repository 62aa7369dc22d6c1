"""The site the browser tests audit: every page type and every body block, in pl and uk.

Built once per test session by the `live_site` fixture, with the factories
the other tests use, so that the audits see what editors can produce.
"""

import datetime
from dataclasses import dataclass

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.models import SiteSettings
from pages.models import ContentPage, HomePageFeaturedItem
from tests.factories import (
    ContentPageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SuperUserFactory,
    publish_with_revision,
    site_home,
    translate_page,
)

LANGUAGES = ("pl", "uk")
CONTENT_SLUG = "o-budzecie"
# A path under every language prefix that no page answers.
NOT_FOUND_PATH = "/{language}/no-such-page/"


def body_with_every_block(*, image, document, linked_page):
    """A body in the stored (raw JSON) form using every block of BodyStreamBlock but embed.

    The embed block is left out because it fetches the video's HTML from
    the provider over the network.
    """
    return [
        {"type": "heading", "value": {"text": "Jak działa budżet obywatelski", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Każdy mieszkaniec może zgłosić projekt. Szczegóły opisuje "
                '<a href="https://example.org/regulamin">regulamin budżetu</a>.</p>'
                "<ul><li>zgłaszanie projektów</li><li>ocena</li><li>głosowanie</li></ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Spotkania w dzielnicach", "level": "h3"}},
        {
            "type": "image",
            "value": {
                "image": {
                    "image": image.pk,
                    "decorative": False,
                    "alt_text": "Mieszkańcy dyskutują przy okrągłym stole",
                },
                "caption": "Warsztaty w Podgórzu. Fot. Biuro ds. Partycypacji",
            },
        },
        {
            "type": "quote",
            "value": {
                "text": "Przyszliśmy z jednym pomysłem, a wyszliśmy z trzema partnerami.",
                "attribution": "Uczestniczka forum dzielnicowego",
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Masz pomysł dla swojej dzielnicy?",
                "text": "Zgłoś go do końca miesiąca.",
                "button_label": "Przeczytaj aktualności",
                "page": linked_page.pk,
                "external_url": "",
            },
        },
        {
            "type": "documents",
            "value": {
                "heading": "Dokumenty do pobrania",
                "documents": [{"document": document.pk, "title": ""}],
            },
        },
        {
            "type": "accordion",
            "value": {
                "heading": "Najczęstsze pytania",
                "items": [
                    {
                        "question": "Kto może zgłosić projekt?",
                        "answer": "<p>Każdy mieszkaniec miasta.</p>",
                    },
                    {
                        "question": "Ile kosztuje udział?",
                        "answer": "<p>Udział jest <b>bezpłatny</b>.</p>",
                    },
                ],
            },
        },
        {
            "type": "table",
            "value": {
                "table_caption": "Etapy budżetu obywatelskiego",
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "data": [
                    ["Etap", "Termin"],
                    ["Zgłaszanie projektów", "kwiecień"],
                    ["Głosowanie", "wrzesień"],
                ],
            },
        },
    ]


@dataclass(frozen=True)
class BaseContent:
    """What the foundation's content gives the capabilities' builders to reuse."""

    editor: object
    image: object
    document: object
    home: object


def content_exists():
    """Whether a run that was killed before its clean-up left its content behind."""
    return ContentPage.objects.filter(slug=CONTENT_SLUG).exists()


def build_site():
    """Create the content and return {(kind, language): path} of the pages to visit."""
    editor = SuperUserFactory(first_name="Alina", last_name="Bratko")
    image = ImageFactory(
        title="Warsztaty w Podgórzu",
        description="Mieszkańcy dyskutują przy okrągłym stole",
        file__width=1200,
        file__height=800,
    )
    document = get_document_model().objects.create(
        title="Regulamin budżetu obywatelskiego",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="regulamin.pdf"),
    )
    home = site_home("pl")

    news_index = NewsIndexPageFactory(parent=home, show_in_menus=True)
    news_index = publish_with_revision(news_index, editor)
    today = datetime.date.today()
    news = []
    for days_ago, title in enumerate(
        ("Ruszyło głosowanie", "Spotkanie w Nowej Hucie", "Wyniki konsultacji")
    ):
        item = NewsPageFactory(
            parent=news_index,
            title=title,
            date=today - datetime.timedelta(days=days_ago),
            image=image if days_ago == 0 else None,
            image_alt_text="Mieszkańcy przy urnie do głosowania" if days_ago == 0 else "",
            body=[{"type": "paragraph", "value": "<p>Szczegóły wkrótce.</p>"}],
        )
        news.append(publish_with_revision(item, editor))

    content = ContentPageFactory(
        parent=home,
        title="O budżecie obywatelskim",
        slug=CONTENT_SLUG,
        show_in_menus=True,
        body=body_with_every_block(image=image, document=document, linked_page=news_index),
    )
    content = publish_with_revision(content, editor)

    home.hero_text = "Zgłaszaj pomysły i głosuj na projekty w swojej dzielnicy."
    home.hero_image = image
    home.hero_link_page = content
    home.hero_link_label = "Dowiedz się, jak wziąć udział"
    home.featured_items = [
        HomePageFeaturedItem(
            page=content, summary="Zasady, terminy i dokumenty.", locale=home.locale
        )
    ]
    publish_with_revision(home, editor)

    SiteSettings.objects.update_or_create(
        site=home.get_site(),
        defaults={
            "address": "ul. Przykładowa 1\n31-000 Kraków",
            "phone": "12 000 00 00",
            "email": "partycypacja@example.org",
            "facebook_url": "https://www.facebook.com/example",
            "accessibility_statement": content,
        },
    )

    # Translating the content page translates the home page first (its parent).
    pages = {"content": content, "news_index": news_index, "news": news[0]}
    paths = {}
    for language in LANGUAGES:
        translated = {
            kind: page if language == "pl" else translate_page(page, language)
            for kind, page in pages.items()
        }
        paths[("home", language)] = site_home(language).url
        paths |= {(kind, language): page.url for kind, page in translated.items()}
        paths[("not_found", language)] = NOT_FOUND_PATH.format(language=language)
    for item in news[1:]:
        translate_page(item, "uk")
    base = BaseContent(editor=editor, image=image, document=document, home=home)
    for build_extension in extensions():
        paths |= build_extension(base)
    return paths


def extensions():
    """Each capability adds its page types to the audited site.

    `build(base)` returns {(kind, language): path} for the pages it made, in
    every language of LANGUAGES. Imported here because they import LANGUAGES.
    """
    from tests.browser import (
        content_campaigns,
        content_participation,
        content_projects,
        content_surveys,
    )

    # Participation last: it links and translates what the others built.
    return (
        content_projects.build,
        content_campaigns.build,
        content_surveys.build,
        content_participation.build,
    )
