from django.utils.translation import gettext_lazy as _

from .base import QUESTION_TEMPLATE, QuestionBlock


class YesNoQuestionBlock(QuestionBlock):
    """Yes or no."""

    question_type = "yes_no"

    class Meta:
        icon = "tick"
        label = _("Yes / no")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("Have you taken part in a consultation before?")}
        description = _("A question answered with yes or no.")
