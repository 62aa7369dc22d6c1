from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ExplanationBlock(blocks.RichTextBlock):
    """Explanatory text between questions."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ul", "ol"])
        super().__init__(**kwargs)

    class Meta:
        icon = "doc-full"
        label = _("Explanatory text")
        template = "surveys/blocks/explanation.html"
        preview_value = "<p>The next questions are about the park on Krowoderska Street.</p>"
        description = _("A paragraph that explains the questions after it.")
