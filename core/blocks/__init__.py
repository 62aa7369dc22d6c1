"""StreamField blocks shared by every page family, one block per module."""

from .accordion import AccordionBlock
from .body import BodyStreamBlock
from .call_to_action import CallToActionBlock
from .documents import DocumentListBlock
from .embed import AccessibleEmbedBlock
from .figure import FigureBlock
from .heading import HeadingBlock
from .paragraph import ParagraphBlock
from .quote import QuoteBlock
from .table import AccessibleTableBlock

__all__ = [
    "AccessibleEmbedBlock",
    "AccessibleTableBlock",
    "AccordionBlock",
    "BodyStreamBlock",
    "CallToActionBlock",
    "DocumentListBlock",
    "FigureBlock",
    "HeadingBlock",
    "ParagraphBlock",
    "QuoteBlock",
]
