from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .base import QUESTION_TEMPLATE, QuestionBlock


class NumberQuestionBlock(QuestionBlock):
    """A whole number, optionally within limits."""

    question_type = "number"

    min_value = blocks.IntegerBlock(label=_("Smallest allowed"), required=False)
    max_value = blocks.IntegerBlock(label=_("Largest allowed"), required=False)

    class Meta:
        icon = "plus"
        label = _("Number")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("How many people live in your household?"), "min_value": 1}
        description = _("A whole number, e.g. an age or a count.")

    def clean(self, value):
        value = super().clean(value)
        low, high = value.get("min_value"), value.get("max_value")
        if low is not None and high is not None and low > high:
            raise StructBlockValidationError(
                block_errors={
                    "max_value": ValidationError(_("The largest cannot be below the smallest."))
                }
            )
        return value
