from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import QUESTION_TEMPLATE, QuestionBlock


class ShortTextQuestionBlock(QuestionBlock):
    """A one-line text answer."""

    question_type = "short_text"

    max_length = blocks.IntegerBlock(
        label=_("Maximum length (characters)"), default=200, min_value=1, max_value=1000
    )

    class Meta:
        icon = "pilcrow"
        label = _("Short text")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("What is your neighbourhood called?"), "max_length": 200}
        description = _("A one-line answer, e.g. a name or a place.")
