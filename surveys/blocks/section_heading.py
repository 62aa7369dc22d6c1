from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SectionHeadingBlock(blocks.StructBlock):
    """A heading between questions (rendered as h2, or h3 below a step title)."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)

    class Meta:
        icon = "title"
        label = _("Section heading")
        template = "surveys/blocks/section_heading.html"
        preview_value = {"text": _("About your neighbourhood")}
        description = _("A heading that groups the questions after it.")
