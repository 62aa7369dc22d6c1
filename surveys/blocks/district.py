from django.utils.translation import gettext_lazy as _

from .base import QUESTION_TEMPLATE, QuestionBlock


class DistrictQuestionBlock(QuestionBlock):
    """One of Kraków's districts, listed in the page's language."""

    question_type = "district"

    class Meta:
        icon = "site"
        label = _("District")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("Which district do you live in?")}
        description = _("A drop-down list of the city's districts.")
