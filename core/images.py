"""Images that pages and snippets show: text alternatives, renditions loaded per list."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.images.models import Filter

ALT_TEXT_HELP = _(
    "What the image shows, for people who cannot see it; translated with the page. "
    "Leave empty to use the image's own description."
)
MISSING_DESCRIPTION = _(
    "Describe the image for people who cannot see it: this image has no description of its own."
)


def text_alternative(image, alt_text):
    """The alt text written for this use of the image, else the image's own description.

    The description, never the title: titles are often file names.
    """
    if alt_text:
        return alt_text
    return image.description if image else ""


def rendition_prefetch(field: str, *filter_specs: str) -> Prefetch:
    """Prefetch an image field with its renditions, so `{% image %}` runs no query per item.

    Args:
        field: the name of the image foreign key, e.g. "logo".
        filter_specs: the renditions the template shows, e.g. "max-240x120"; a
            `{% picture %}` needs each size in each format (Filter.expand_spec).
    """
    images = get_image_model().objects.prefetch_renditions(*filter_specs)
    return Prefetch(field, queryset=images)


# The renditions of the {% picture %} tags in templates/, spelt as the tag
# spells them (its filters joined with "|" in the template's order). AVIF
# takes up to half a second per rendition to encode, too long for a page's
# first request: `manage.py prepare_renditions` makes them in advance.
# tests/core/test_renditions.py keeps this list in step with the templates.
PICTURE_RENDITIONS = (
    # Body figures, news and project images.
    "format-{avif,webp,jpeg}|width-{1280,960,640,390}",
    # Project cards.
    "format-{avif,webp,jpeg}|fill-{400x225,640x360,960x540}",
    # The home page's hero.
    "format-{avif,webp,jpeg}|fill-{1080x720,720x480,390x260}",
)


def picture_filter_specs() -> list[str]:
    """Every rendition filter spec of PICTURE_RENDITIONS, braces expanded."""
    return [spec for pattern in PICTURE_RENDITIONS for spec in Filter.expand_spec(pattern)]


def prepare_renditions(images) -> int:
    """Make the {% picture %} renditions of `images` that do not exist yet.

    Returns:
        How many images were processed.
    """
    specs = picture_filter_specs()
    count = 0
    for image in images:
        image.get_renditions(*specs)
        count += 1
    return count
