from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import QUESTION_TEMPLATE, QuestionBlock


class LongTextQuestionBlock(QuestionBlock):
    """A free-text answer of several lines."""

    question_type = "long_text"

    max_length = blocks.IntegerBlock(
        label=_("Maximum length (characters)"), default=2000, min_value=1, max_value=10000
    )

    class Meta:
        icon = "doc-full"
        label = _("Long text")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("What would you change in your district?"), "max_length": 2000}
        description = _("A longer answer in the resident's own words.")
