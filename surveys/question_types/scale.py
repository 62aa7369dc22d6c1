"""Scale: a rating from 1 to 5 or 1 to 10, with labels at both ends.

Answer: int, 1 … question.scale.stop - 1. Results: answers per point and
the average.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..blocks import QuestionBlock
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import QuestionInput
from ..results.charts import count_bars
from ..results.tallies import average, scale_rows
from .base import QuestionType

SCALE_CHOICES = [("5", _("1 to 5")), ("10", _("1 to 10"))]


class ScaleQuestionBlock(QuestionBlock):
    """A rating from 1 to 5 or 1 to 10, with labels at both ends."""

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


def scale_settings(value):
    """The `Question` attributes of a block with a scale (scale and matrix questions)."""
    return {
        "scale": range(1, int(value["scale_max"]) + 1),
        "min_label": value.get("min_label") or "",
        "max_label": value.get("max_label") or "",
    }


def scale_field(question):
    """Radio buttons for the points of the question's scale."""
    return forms.TypedChoiceField(
        choices=[(number, str(number)) for number in question.scale],
        coerce=int,
        widget=forms.RadioSelect,
    )


class ScaleInput(QuestionInput):
    fieldset = True
    template = "surveys/questions/choices.html"

    def field(self):
        return scale_field(self.question)


class ScaleType(QuestionType):
    name = "scale"
    block_class = ScaleQuestionBlock
    input_class = ScaleInput

    def settings(self, value, *, locale_id, memo):
        return {**super().settings(value, locale_id=locale_id, memo=memo), **scale_settings(value)}

    def count(self, tally, value):
        tally.counts[int(value)] += 1

    def summarize(self, tally, result):
        result.rows = scale_rows(tally)
        total = sum(point * count for point, count in tally.counts.items())
        result.average = average(total, tally.answered)

    def chart_items(self, result):
        return count_bars(result)
