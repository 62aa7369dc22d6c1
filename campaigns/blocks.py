"""Blocks of the campaign pages: explainers and steps, plus the shared body blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import (
    AccordionBlock,
    CallToActionBlock,
    FigureBlock,
    HeadingBlock,
    ParagraphBlock,
    QuoteBlock,
)

EXPLAINER_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class ExplainerSectionBlock(blocks.StructBlock):
    """One thing the council does, said plainly, with what it means for a resident."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("Explanation"), features=EXPLAINER_FEATURES)
    for_residents = blocks.TextBlock(
        label=_("What it means for you"),
        required=False,
        max_length=400,
        help_text=_("One or two sentences addressed to the resident, e.g. 'You can ask…'."),
    )

    class Meta:
        icon = "info-circle"
        label = _("Explainer section")
        template = "campaigns/blocks/explainer_section.html"
        preview_value = {
            "heading": _("The district budget"),
            "text": _("<p>The council decides how part of the city's money is spent locally.</p>"),
            "for_residents": _("You can suggest what it should be spent on."),
        }
        description = _("A short explanation of one of the council's tasks.")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=120)
    text = blocks.TextBlock(label=_("Description"), required=False, max_length=400)

    class Meta:
        icon = "arrow-right"
        label = _("Step")


class StepsBlock(blocks.StructBlock):
    """'How to get involved': numbered steps, read in order."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1, max_num=10)

    class Meta:
        icon = "list-ol"
        label = _("How to get involved (steps)")
        template = "campaigns/blocks/steps.html"
        preview_value = {
            "heading": _("How to get involved"),
            "steps": [
                {"title": _("Come to a council session"), "text": _("Sessions are public.")},
                {"title": _("Talk to your councillor"), "text": _("During their duty hours.")},
            ],
        }
        description = _("Numbered steps showing residents how to take part.")


class CampaignStreamBlock(blocks.StreamBlock):
    """The body of a campaign page: explainers, steps, FAQ and calls to action."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    explainer = ExplainerSectionBlock()
    steps = StepsBlock()
    faq = AccordionBlock()
    call_to_action = CallToActionBlock()
    image = FigureBlock()
    quote = QuoteBlock()

    class Meta:
        label = _("Campaign content")
