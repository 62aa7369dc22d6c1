from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import QUESTION_TEMPLATE, QuestionBlock

SCALE_CHOICES = [("5", _("1 to 5")), ("10", _("1 to 10"))]


class ScaleQuestionBlock(QuestionBlock):
    """A rating from 1 to 5 or 1 to 10, with labels at both ends."""

    question_type = "scale"

    scale_max = blocks.ChoiceBlock(label=_("Scale"), choices=SCALE_CHOICES, default="5")
    min_label = blocks.CharBlock(
        label=_("Label of 1"), max_length=100, required=False, help_text=_("E.g. “Not at all”.")
    )
    max_label = blocks.CharBlock(
        label=_("Label of the highest value"),
        max_length=100,
        required=False,
        help_text=_("E.g. “Very much”."),
    )

    class Meta:
        icon = "order"
        label = _("Scale")
        template = QUESTION_TEMPLATE
        preview_value = {
            "label": _("How safe do you feel in your neighbourhood?"),
            "scale_max": "5",
            "min_label": _("Not at all"),
            "max_label": _("Very"),
        }
        description = _("A rating on a numbered scale.")
