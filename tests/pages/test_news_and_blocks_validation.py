"""Editors are stopped before publishing inaccessible images, tables and dead links."""

import re

import pytest
from django.core.exceptions import ValidationError

from core.blocks import AccessibleTableBlock, CallToActionBlock
from tests.factories import (
    ContentPageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


def test_news_image_without_any_description_needs_alternative_text(home_pl):
    news = NewsPageFactory.build(image=ImageFactory(description=""), image_alt_text="")
    news_index = NewsIndexPageFactory(parent=home_pl)
    with pytest.raises(ValidationError) as error:
        news_index.add_child(instance=news)
    assert "image_alt_text" in error.value.message_dict


def test_news_image_alt_text_falls_back_to_the_image_description(home_pl):
    news_index = NewsIndexPageFactory(parent=home_pl)
    news = NewsPageFactory(
        parent=news_index, image=ImageFactory(description="Mieszkańcy przy stole")
    )
    assert news.image_alt == "Mieszkańcy przy stole"
    news.image_alt_text = "Rozmowa o parku"
    assert news.image_alt == "Rozmowa o parku"


def test_a_decorative_news_image_needs_no_alternative_text_and_gets_an_empty_alt(client, home_pl):
    news_index = NewsIndexPageFactory(parent=home_pl)
    news = NewsPageFactory.build(
        image=ImageFactory(description=""), image_alt_text="", image_is_decorative=True
    )
    news_index.add_child(instance=news)  # full_clean() passes

    assert news.image_alt == ""
    # Even a written text is left out: a decorative image is skipped by screen readers.
    news.image_alt_text = "Mieszkańcy przy stole"
    assert news.image_alt == ""
    news.save_revision().publish()

    response = client.get(news.url)
    assert response.status_code == 200
    # The <picture>'s fallback <img> is the largest JPEG rendition.
    src = re.escape(news.image.get_rendition("format-jpeg|width-1280").url)
    (tag,) = re.findall(rf'<img[^>]*src="{src}"[^>]*>', response.content.decode())
    assert 'alt=""' in tag


def test_table_without_caption_is_rejected():
    block = AccessibleTableBlock()
    value = {"table_caption": " ", "first_row_is_table_header": True, "data": [["a"]]}
    with pytest.raises(ValidationError):
        block.clean(value)


def test_call_to_action_never_links_to_a_draft(home_pl):
    block = CallToActionBlock()
    draft = ContentPageFactory(parent=home_pl, live=False)
    live = ContentPageFactory(parent=home_pl)
    to_draft = block.to_python({"title": "T", "button_label": "Go", "page": draft.pk})
    to_live = block.to_python({"title": "T", "button_label": "Go", "page": live.pk})
    assert to_draft.url() == ""
    assert "<a " not in block.render(to_draft)
    assert to_live.url() == live.url
