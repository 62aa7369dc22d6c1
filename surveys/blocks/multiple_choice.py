from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .base import QUESTION_TEMPLATE, QuestionBlock, option_value_errors
from .options import options_list


class MultipleChoiceQuestionBlock(QuestionBlock):
    """Any number of options (optionally between a minimum and a maximum), as checkboxes."""

    question_type = "multiple_choice"

    options = options_list()
    min_choices = blocks.IntegerBlock(
        label=_("At least this many options"), required=False, min_value=1
    )
    max_choices = blocks.IntegerBlock(
        label=_("At most this many options"), required=False, min_value=1
    )
    allow_other = blocks.BooleanBlock(label=_("Offer “Other” with a text box"), required=False)

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")
        template = QUESTION_TEMPLATE
        preview_value = {
            "label": _("Which places should get more benches?"),
            "options": [
                {"label": _("Parks"), "value": "parks"},
                {"label": _("Bus stops"), "value": "bus-stops"},
                {"label": _("Squares"), "value": "squares"},
            ],
            "max_choices": 2,
        }
        description = _("The resident ticks one or more options.")

    def clean(self, value):
        value = super().clean(value)
        errors = option_value_errors(value["options"])
        low, high = value.get("min_choices"), value.get("max_choices")
        if low and high and low > high:
            errors["max_choices"] = ValidationError(_("The maximum cannot be below the minimum."))
        if high and high > len(value["options"]) + (1 if value.get("allow_other") else 0):
            errors["max_choices"] = ValidationError(_("There are fewer options than the maximum."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value
