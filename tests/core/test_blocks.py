"""Blocks render accessible, CSP-safe HTML and translate through wagtail-localize."""

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail_localize.segments.extract import extract_segments

from core.blocks import AccessibleEmbedBlock, AccessibleTableBlock, BodyStreamBlock
from pages.models import ContentPage
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=participation"


@pytest.fixture
def stored_embed():
    """An embed already fetched once: rendering it needs no network."""
    return Embed.objects.create(
        hash=get_embed_hash(VIDEO_URL, 960),
        url=VIDEO_URL,
        max_width=960,
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/x" title="Debata"></iframe>',
        title="Debata",
        width=960,
        height=540,
    )


def test_embed_renders_without_inline_styles(stored_embed):
    block = AccessibleEmbedBlock()
    value = block.to_python({"embed": VIDEO_URL, "title": "Debata o parku", "transcript": ""})
    html = block.render(value)
    assert "<iframe" in html
    assert "style=" not in html
    assert "<figcaption>Debata o parku</figcaption>" in html


def test_table_has_caption_and_header_scopes():
    block = AccessibleTableBlock()
    value = block.to_python(
        {
            "table_caption": "Etapy",
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "data": [["Etap", "Termin"], ["Głosowanie", "wrzesień"]],
        }
    )
    html = block.render(value)
    assert "<caption>Etapy</caption>" in html
    assert '<th scope="col">Etap</th>' in html
    assert '<th scope="row">Głosowanie</th>' in html


def test_table_cells_and_caption_are_translatable_segments(home_pl):
    page = ContentPageFactory(parent=home_pl)
    page.body = BodyStreamBlock().to_python(
        [
            {
                "type": "table",
                "value": {
                    "table_caption": "Etapy",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [["Etap", "Termin"], ["Głosowanie", ""]],
                },
            }
        ]
    )
    page.save()
    strings = {
        segment.render_text()
        for segment in extract_segments(ContentPage.objects.get(pk=page.pk))
        if hasattr(segment, "render_text")
    }
    assert {"Etapy", "Etap", "Termin", "Głosowanie"} <= strings


def test_every_block_declares_a_complete_meta():
    for name, block in BodyStreamBlock().child_blocks.items():
        meta = block.meta
        assert meta.icon and meta.template and meta.description, name
        assert getattr(meta, "preview_value", None) is not None, name
