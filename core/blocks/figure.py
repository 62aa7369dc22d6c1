from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class FigureBlock(blocks.StructBlock):
    """An image with alternative text and an optional caption.

    Wagtail's ImageBlock requires the alternative text unless the editor marks
    the image as decorative, which is what WCAG 1.1.1 asks for.
    """

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=300,
        help_text=_("Shown under the image; credit the author here."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure.html"
        preview_value = {"caption": _("Residents at a district workshop")}
        description = _("An image with alternative text and a caption.")
