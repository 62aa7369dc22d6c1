"""Number: a whole number, optionally within limits.

Answer: int. Results: the smallest, largest, mean and median.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from ..blocks import QuestionBlock
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import QuestionInput
from ..results.tallies import number_stats
from .base import QuestionType


class NumberQuestionBlock(QuestionBlock):
    """A whole number, optionally within limits."""

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


class NumberInput(QuestionInput):
    def field(self):
        return forms.IntegerField(
            min_value=self.question.min_value, max_value=self.question.max_value
        )


class NumberType(QuestionType):
    name = "number"
    block_class = NumberQuestionBlock
    input_class = NumberInput
    results_template = "surveys/results/tables/number.html"

    def count(self, tally, value):
        tally.counts[int(value)] += 1

    def summarize(self, tally, result):
        result.stats = number_stats(tally.counts)
