"""Text alternatives of the images pages and snippets show."""

from django.utils.translation import gettext_lazy as _

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
