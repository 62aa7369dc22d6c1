"""Date: a calendar date.

Answer: str, ISO 8601 "YYYY-MM-DD". Results: answers per month.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..blocks import QuestionBlock
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import QuestionInput
from ..questions import Option
from ..results.charts import count_bars
from ..results.tallies import option_rows
from .base import QuestionType

EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)


class DateQuestionBlock(QuestionBlock):
    """A calendar date."""

    class Meta:
        icon = "date"
        label = _("Date")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("When did you last visit the district council?")}
        description = _("A date picked from a calendar or typed in.")


def validate_date_range(value):
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(_("Enter a date between 1900 and 2100."), code="date_range")


class DateInput(QuestionInput):
    def field(self):
        return forms.DateField(
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            input_formats=["%Y-%m-%d", "%d.%m.%Y"],
            validators=[validate_date_range],
        )

    def answer(self, cleaned):
        value = cleaned.get(self.name)
        return value.isoformat() if value else None


class DateType(QuestionType):
    name = "date"
    block_class = DateQuestionBlock
    input_class = DateInput

    def count(self, tally, value):
        tally.counts[str(value)[:7]] += 1  # per month: "YYYY-MM"

    def summarize(self, tally, result):
        months = sorted(tally.counts)
        result.rows = option_rows(tally, tuple(Option(month, month) for month in months))

    def chart_items(self, result):
        return count_bars(result)

    def open_data_item(self, result, row):
        return {}

    def open_data_measures(self, result, row):
        return [("count", row.count)]
