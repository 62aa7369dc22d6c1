from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .base import QUESTION_TEMPLATE, QuestionBlock, option_value_errors
from .options import options_list


class SingleChoiceQuestionBlock(QuestionBlock):
    """One option out of several, as radio buttons or a drop-down list."""

    question_type = "single_choice"

    options = options_list()
    widget = blocks.ChoiceBlock(
        label=_("Shown as"),
        choices=[("radio", _("Radio buttons")), ("dropdown", _("Drop-down list"))],
        default="radio",
        help_text=_("Radio buttons are easier to use with up to about seven options."),
    )
    allow_other = blocks.BooleanBlock(label=_("Offer “Other” with a text box"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        template = QUESTION_TEMPLATE
        preview_value = {
            "label": _("How often do you use the park?"),
            "options": [
                {"label": _("Every day"), "value": "daily"},
                {"label": _("Every week"), "value": "weekly"},
                {"label": _("Rarely"), "value": "rarely"},
            ],
            "widget": "radio",
        }
        description = _("The resident picks one option.")

    def clean(self, value):
        value = super().clean(value)
        errors = option_value_errors(value["options"])
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value
