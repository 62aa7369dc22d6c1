from django.utils.translation import gettext_lazy as _

from .base import QUESTION_TEMPLATE, QuestionBlock


class DateQuestionBlock(QuestionBlock):
    """A calendar date."""

    question_type = "date"

    class Meta:
        icon = "date"
        label = _("Date")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("When did you last visit the district council?")}
        description = _("A date picked from a calendar or typed in.")
