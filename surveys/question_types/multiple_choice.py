"""Multiple choice: any number of options (optionally between a minimum and a maximum).

Answer: list[str], the chosen option values in option order, ending with
OTHER_VALUE when “Other” is offered and chosen; the text typed next to it
is stored under `other_key(question)`. Results count each option: one
response may count in several rows.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from ..blocks import QuestionBlock, option_value_errors, options_list
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import ChoiceWithOtherInput, option_choices
from ..questions import OTHER_VALUE
from .base import ChoiceType, option_labels


class MultipleChoiceQuestionBlock(QuestionBlock):
    """Any number of options (optionally between a minimum and a maximum), as checkboxes."""

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


class MultipleChoiceInput(ChoiceWithOtherInput):
    def field(self):
        return forms.MultipleChoiceField(
            choices=option_choices(self.question), widget=forms.CheckboxSelectMultiple
        )

    def chosen_other(self, cleaned):
        return OTHER_VALUE in (cleaned.get(self.name) or [])

    def answer(self, cleaned):
        chosen = set(cleaned.get(self.name) or [])
        ordered = [value for value, _label in option_choices(self.question) if value in chosen]
        return ordered or None

    def check(self, cleaned):
        errors = super().check(cleaned)
        count = len(cleaned.get(self.name) or [])
        low, high = self.question.min_choices, self.question.max_choices
        if high and count > high:
            errors[self.name] = ngettext(
                "Choose at most %(count)d option.", "Choose at most %(count)d options.", high
            ) % {"count": high}
        elif low and 0 < count < low:
            errors[self.name] = ngettext(
                "Choose at least %(count)d option.", "Choose at least %(count)d options.", low
            ) % {"count": low}
        return errors


class MultipleChoiceType(ChoiceType):
    name = "multiple_choice"
    block_class = MultipleChoiceQuestionBlock
    input_class = MultipleChoiceInput
    several_answers = True

    def display(self, question, value):
        return option_labels(question, value)

    def count(self, tally, value):
        tally.counts.update(set(value))

    def export_cell(self, question):
        return lambda value: option_labels(question, value)
