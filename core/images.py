"""Images that pages and snippets show: text alternatives, renditions loaded per list."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

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
