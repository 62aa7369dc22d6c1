from django.utils.translation import gettext_lazy as _
from wagtail import blocks

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4", "hr"]


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with the inline formatting editors need, and no more."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph.html"
        preview_value = _(
            "<p>Residents of every district can propose a project, talk it over "
            "with experts of the city offices and then vote for it.</p>"
        )
        description = _("Rich text: paragraphs, lists and links.")
