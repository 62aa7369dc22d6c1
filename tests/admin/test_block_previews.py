"""Block previews in the block chooser: every block editors pick from has one, in the site's CSS.

Wagtail shows a preview only when the global preview template is overridden
(templates/wagtailcore/shared/block_preview.html) and the block has a
preview value; the chooser then loads each preview from the admin's
block-preview view by the block's definition id.
"""

import re

import pytest
from django.apps import apps
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from wagtail.blocks import StreamBlock
from wagtail.fields import StreamField
from wagtail.models import Page

PREVIEW_URL_NAME = "wagtailadmin_block_preview"


def chooser_blocks():
    """(page model, field, block) for every block the block chooser of a page offers.

    A StreamField with one block type inserts it directly, without the
    chooser, so only streams with a choice are listed.
    """
    found = []
    for model in apps.get_models():
        if not issubclass(model, Page):
            continue
        for field in model._meta.get_fields():
            if not isinstance(field, StreamField) or field.model is not model:
                continue
            stream = field.stream_block
            if isinstance(stream, StreamBlock) and len(stream.child_blocks) > 1:
                found.extend((model, field, block) for block in stream.child_blocks.values())
    return found


CHOOSER_BLOCKS = chooser_blocks()


def block_id(entry):
    model, field, block = entry
    return f"{model._meta.label}.{field.name}.{block.name}"


def normalized(html):
    return re.sub(r"\s+", " ", html).strip()


def test_the_page_models_offer_blocks_to_choose():
    # Guards the parametrisation below: an empty list would pass vacuously.
    names = {block.name for _, _, block in CHOOSER_BLOCKS}
    assert {"paragraph", "call_to_action", "explainer", "single_choice", "step_break"} <= names


@pytest.mark.parametrize("entry", CHOOSER_BLOCKS, ids=block_id)
def test_every_chooser_block_is_previewable_and_described(entry):
    _, _, block = entry
    assert block.is_previewable
    assert block.get_description()


@pytest.mark.parametrize("entry", CHOOSER_BLOCKS, ids=block_id)
def test_block_preview_renders_the_block_with_the_site_styles(admin_client, entry):
    _, _, block = entry
    response = admin_client.get(reverse(PREVIEW_URL_NAME), {"id": block.definition_prefix})

    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{static("css/site.css")}"' in html
    assert f'<div class="w-block-{block.name} block-{block.name}">' in html
    # The block rendered with its preview value, in the admin user's language.
    with translation.override(response.headers["Content-Language"]):
        expected = block.render(block.get_preview_value())
    assert normalized(expected)
    assert normalized(expected) in normalized(html)


def test_app_styles_are_linked_for_campaign_and_survey_blocks(admin_client):
    block = next(block for _, _, block in CHOOSER_BLOCKS if block.name == "explainer")
    html = admin_client.get(reverse(PREVIEW_URL_NAME), {"id": block.definition_prefix}).content
    for stylesheet in ("css/campaigns.css", "css/surveys.css"):
        assert static(stylesheet).encode() in html


def test_unknown_block_id_is_a_404(admin_client):
    # Django's LocaleMiddleware first redirects an unmatched address to a
    # language prefix (/pl/admin/...), which is not found either.
    response = admin_client.get(
        reverse(PREVIEW_URL_NAME), {"id": "blockdef-999999999"}, follow=True
    )
    assert response.status_code == 404


def test_previews_are_for_signed_in_editors_only(client, db):
    block = CHOOSER_BLOCKS[0][2]
    response = client.get(reverse(PREVIEW_URL_NAME), {"id": block.definition_prefix})
    assert response.status_code == 302
    assert "/admin/login/" in response.headers["Location"]
