"""Long text: a free-text answer of several lines.

Answer: str. Like short text (surveys.question_types.short_text), in a
larger box with a higher limit.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..blocks import QuestionBlock
from ..blocks.base import QUESTION_TEMPLATE
from .short_text import ShortTextInput, ShortTextType


class LongTextQuestionBlock(QuestionBlock):
    """A free-text answer of several lines."""

    max_length = blocks.IntegerBlock(
        label=_("Maximum length (characters)"), default=2000, min_value=1, max_value=10000
    )

    class Meta:
        icon = "doc-full"
        label = _("Long text")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("What would you change in your district?"), "max_length": 2000}
        description = _("A longer answer in the resident's own words.")


class LongTextInput(ShortTextInput):
    multiline = True


class LongTextType(ShortTextType):
    name = "long_text"
    block_class = LongTextQuestionBlock
    input_class = LongTextInput
