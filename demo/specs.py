"""The shapes of the demo content: pages, body blocks, images and documents.

Content modules describe the site with these frozen dataclasses; the builder
turns them into Wagtail objects. Blocks render their Polish value in the raw
StreamField format, list items included, because wagtail-localize only
extracts strings from ListBlock items stored with their block ids.
"""

import datetime
import uuid
from dataclasses import dataclass, field
from typing import ClassVar

from .errors import DemoContentError
from .texts import SOURCE_LANGUAGE, Text, join_html

# --- References between objects ------------------------------------------------


@dataclass
class References:
    """Objects created so far, by the keys the content specs use for them."""

    images: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)

    def image(self, key):
        return self._get(self.images, "image", key)

    def document(self, key):
        return self._get(self.documents, "document", key)

    def page(self, key):
        return self._get(self.pages, "page", key)

    @staticmethod
    def _get(objects, kind, key):
        try:
            return objects[key]
        except KeyError:
            # A content module refers to something defined later or not at all.
            raise DemoContentError(
                f"The demo content refers to an unknown {kind} {key!r}."
            ) from None


# --- Body blocks (pages.blocks.BodyStreamBlock) --------------------------------


def _pl(text):
    return text.get(SOURCE_LANGUAGE) if text else ""


def _list_item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


@dataclass(frozen=True)
class Heading:
    block_type: ClassVar[str] = "heading"
    text: Text
    level: str = "h2"

    def value(self, refs):
        return {"text": _pl(self.text), "level": self.level}


@dataclass(frozen=True)
class Paragraph:
    """Rich text made of `p()` and `bullets()` parts."""

    block_type: ClassVar[str] = "paragraph"
    parts: tuple[Text, ...]

    def value(self, refs):
        return join_html(self.parts, SOURCE_LANGUAGE)


def paragraph(*parts):
    """A paragraph block made of `p()` and `bullets()` parts."""
    return Paragraph(parts)


@dataclass(frozen=True)
class Figure:
    block_type: ClassVar[str] = "image"
    image: str
    alt_text: Text
    caption: Text | None = None

    def value(self, refs):
        image = {"image": refs.image(self.image).pk, "alt_text": _pl(self.alt_text)}
        return {"image": {**image, "decorative": False}, "caption": _pl(self.caption)}


@dataclass(frozen=True)
class Quote:
    block_type: ClassVar[str] = "quote"
    text: Text
    attribution: Text | None = None

    def value(self, refs):
        return {"text": _pl(self.text), "attribution": _pl(self.attribution)}


@dataclass(frozen=True)
class CallToAction:
    block_type: ClassVar[str] = "call_to_action"
    title: Text
    text: Text
    button_label: Text
    page: str

    def value(self, refs):
        return {
            "title": _pl(self.title),
            "text": _pl(self.text),
            "button_label": _pl(self.button_label),
            "page": refs.page(self.page).pk,
            "external_url": "",
        }


@dataclass(frozen=True)
class DocumentLink:
    document: str
    title: Text


@dataclass(frozen=True)
class Documents:
    block_type: ClassVar[str] = "documents"
    heading: Text
    documents: tuple[DocumentLink, ...]

    def value(self, refs):
        items = [
            _list_item({"document": refs.document(link.document).pk, "title": _pl(link.title)})
            for link in self.documents
        ]
        return {"heading": _pl(self.heading), "documents": items}


@dataclass(frozen=True)
class Question:
    question: Text
    answer: Text


@dataclass(frozen=True)
class Accordion:
    block_type: ClassVar[str] = "accordion"
    heading: Text
    items: tuple[Question, ...]

    def value(self, refs):
        items = [
            _list_item({"question": _pl(item.question), "answer": _pl(item.answer)})
            for item in self.items
        ]
        return {"heading": _pl(self.heading), "items": items}


@dataclass(frozen=True)
class Table:
    """A table whose first row holds the column headers and first column the row headers."""

    block_type: ClassVar[str] = "table"
    caption: Text
    rows: tuple[tuple[Text, ...], ...]

    def value(self, refs):
        return {
            "table_caption": _pl(self.caption),
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "data": [[_pl(cell) for cell in row] for row in self.rows],
        }


def stream_data(blocks, refs):
    """The raw StreamField value of a body, Polish text in it."""
    return [
        {"type": block.block_type, "value": block.value(refs), "id": str(uuid.uuid4())}
        for block in blocks
    ]


# --- Pages ---------------------------------------------------------------------


@dataclass(frozen=True)
class ContentPageSpec:
    key: str
    title: Text
    slug: Text
    lead: Text
    body: tuple = ()
    show_in_menus: bool = False


@dataclass(frozen=True)
class NewsPageSpec:
    key: str
    title: Text
    slug: Text
    date: datetime.date
    lead: Text
    publishing_unit: Text
    body: tuple = ()
    image: str | None = None
    image_alt: Text | None = None


@dataclass(frozen=True)
class NewsIndexSpec:
    key: str
    title: Text
    slug: Text
    intro: Text
    news: tuple[NewsPageSpec, ...]
    show_in_menus: bool = True


@dataclass(frozen=True)
class FeaturedItemSpec:
    page: str
    summary: Text


@dataclass(frozen=True)
class HomeSpec:
    title: Text
    slug: Text
    hero_heading: Text
    hero_text: Text
    hero_image: str
    hero_link_page: str
    hero_link_label: Text
    featured_heading: Text
    featured: tuple[FeaturedItemSpec, ...]


# --- Media and settings -------------------------------------------------------------


@dataclass(frozen=True)
class ImageSpec:
    """A generated illustration; `description` is its Polish alternative text."""

    key: str
    title: str
    description: str
    colors: tuple[str, str]
    motif: str


@dataclass(frozen=True)
class DocumentSpec:
    """A one-page PDF; `lines` are printed under the title."""

    key: str
    title: str
    filename: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class SiteSettingsSpec:
    office_name: str
    office_name_en: str
    office_name_uk: str
    address: str
    phone: str
    email: str
    facebook_url: str
    instagram_url: str
    youtube_url: str
    accessibility_statement: str
    privacy_policy: str
