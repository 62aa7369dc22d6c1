"""Single choice: one option out of several, as radio buttons or a drop-down list.

Answer: str, an option value, or OTHER_VALUE when “Other” is offered and
chosen; the text typed next to it is stored under `other_key(question)`.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from ..blocks import QuestionBlock, option_value_errors, options_list
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import ChoiceWithOtherInput, option_choices
from ..questions import OTHER_VALUE
from .base import ChoiceType


class SingleChoiceQuestionBlock(QuestionBlock):
    """One option out of several, as radio buttons or a drop-down list."""

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


class SingleChoiceInput(ChoiceWithOtherInput):
    @property
    def fieldset(self):
        # A drop-down list is one input with a label; radio buttons are a group.
        return self.question.widget != "dropdown"

    def field(self):
        widget = forms.Select if self.question.widget == "dropdown" else forms.RadioSelect
        choices = option_choices(self.question)
        if widget is forms.Select:
            choices = [("", _("— choose —")), *choices]
        return forms.ChoiceField(choices=choices, widget=widget)

    def chosen_other(self, cleaned):
        return cleaned.get(self.name) == OTHER_VALUE


class SingleChoiceType(ChoiceType):
    name = "single_choice"
    block_class = SingleChoiceQuestionBlock
    input_class = SingleChoiceInput
