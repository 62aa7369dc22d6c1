from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .accordion import AccordionBlock
from .call_to_action import CallToActionBlock
from .documents import DocumentListBlock
from .embed import AccessibleEmbedBlock
from .figure import FigureBlock
from .heading import HeadingBlock
from .paragraph import ParagraphBlock
from .quote import QuoteBlock
from .table import AccessibleTableBlock


class BodyStreamBlock(blocks.StreamBlock):
    """The body of general pages and news: the shared block set."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    documents = DocumentListBlock()
    embed = AccessibleEmbedBlock()
    accordion = AccordionBlock()
    table = AccessibleTableBlock()

    class Meta:
        label = _("Body")
