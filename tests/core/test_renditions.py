"""Responsive-image renditions made in advance (`manage.py prepare_renditions`)."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.images.models import Filter

from core.images import PICTURE_RENDITIONS, picture_filter_specs
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

# `{% picture image spec spec ... name=value %}`: the specs are the bare words after the image.
PICTURE_TAG = re.compile(r"{%\s*picture\s+\S+\s+(.*?)%}")


def picture_patterns_in_templates():
    """Each {% picture %} tag's filters, joined with "|" as the tag joins them."""
    patterns = set()
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        for arguments in PICTURE_TAG.findall(template.read_text()):
            unquoted = re.sub(r'"[^"]*"', '""', arguments)
            filters = [word for word in unquoted.split() if "=" not in word]
            patterns.add("|".join(filters))
    return patterns


def test_every_picture_in_the_templates_is_prepared():
    """A new {% picture %} size must be added to PICTURE_RENDITIONS too."""
    in_templates = picture_patterns_in_templates()

    assert in_templates  # the templates do use the tag
    assert in_templates <= set(PICTURE_RENDITIONS)


def test_the_command_makes_each_missing_rendition_once():
    image = ImageFactory()
    expected = set(picture_filter_specs())
    out = io.StringIO()

    call_command("prepare_renditions", stdout=out)
    call_command("prepare_renditions", stdout=io.StringIO())

    made = list(image.renditions.values_list("filter_spec", flat=True))
    assert set(made) == expected
    assert len(made) == len(expected)  # the second run made no duplicates
    assert "1 image(s)" in out.getvalue()
    formats = {Filter(spec).operations[0].format for spec in expected}
    assert formats == {"avif", "webp", "jpeg"}
