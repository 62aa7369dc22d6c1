"""Short text: a one-line answer in the resident's own words.

Answer: str. Typed in, so never counted; an editor may publish single
answers in the public results, unless the question asks for personal data.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..blocks import QuestionBlock
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import QuestionInput, text_field
from .base import QuestionType


class ShortTextQuestionBlock(QuestionBlock):
    """A one-line text answer."""

    max_length = blocks.IntegerBlock(
        label=_("Maximum length (characters)"), default=200, min_value=1, max_value=1000
    )

    class Meta:
        icon = "pilcrow"
        label = _("Short text")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("What is your neighbourhood called?"), "max_length": 200}
        description = _("A one-line answer, e.g. a name or a place.")


class ShortTextInput(QuestionInput):
    multiline = False

    def field(self):
        return text_field(self.question, multiline=self.multiline)


class ShortTextType(QuestionType):
    name = "short_text"
    block_class = ShortTextQuestionBlock
    input_class = ShortTextInput
    typed_text = True
    free_text = True
