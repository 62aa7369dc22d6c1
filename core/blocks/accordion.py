from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"]
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")


class AccordionBlock(blocks.StructBlock):
    """Questions and answers as native <details> elements: no script needed."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion / FAQ")
        template = "blocks/accordion.html"
        preview_value = {
            "heading": _("Frequently asked questions"),
            "items": [
                {
                    "question": _("Who can submit a project?"),
                    "answer": _("<p>Every resident of the city.</p>"),
                }
            ],
        }
        description = _("Questions that open to show their answers.")
