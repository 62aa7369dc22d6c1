"""Ranking: options put in order of importance; each gets a different place.

Answer: list[str], every option value, the most important first. Results:
each option's average position (the most important first) and how often it
was ranked first.
"""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.blocks.struct_block import StructBlockValidationError

from ..blocks import QuestionBlock, option_value_errors, options_list
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import RowsInput
from ..questions import options_from_block
from ..results.charts import decimal
from ..results.tallies import Row, average, share
from .base import QuestionType, option_labels


class RankingQuestionBlock(QuestionBlock):
    """Options put in order of importance; each gets a different place."""

    options = options_list(label=_("Options to rank"))

    class Meta:
        icon = "list-ol"
        label = _("Ranking")
        template = QUESTION_TEMPLATE
        preview_value = {
            "label": _("Put these in order of importance"),
            "options": [
                {"label": _("Green areas"), "value": "green"},
                {"label": _("Pavements"), "value": "pavements"},
                {"label": _("Lighting"), "value": "lighting"},
            ],
        }
        description = _("The resident gives each option a place: 1 for the most important.")

    def clean(self, value):
        value = super().clean(value)
        errors = option_value_errors(value["options"])
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class RankingInput(RowsInput):
    template = "surveys/questions/ranking.html"

    def rows(self):
        return self.question.options

    def row_field(self):
        places = range(1, len(self.rows()) + 1)
        return forms.TypedChoiceField(
            choices=[("", "—"), *((place, str(place)) for place in places)],
            coerce=int,
            empty_value=None,
        )

    def answer(self, cleaned):
        places = self.row_values(cleaned)
        if len(places) != len(self.rows()) or len(set(places.values())) != len(places):
            return None
        return sorted(places, key=places.get)

    def initial(self, answers):
        ranked = answers.get(self.question.key) or []
        return {
            f"{self.question.key}.{value}": place for place, value in enumerate(ranked, start=1)
        }

    def check(self, cleaned):
        places = self.row_values(cleaned)
        if not places:
            return {}
        if len(places) != len(self.rows()):
            return {self.name: _("Give every option a place, or none.")}
        if len(set(places.values())) != len(places):
            return {self.name: _("Give each option a different place.")}
        return {}


class RankingType(QuestionType):
    name = "ranking"
    block_class = RankingQuestionBlock
    input_class = RankingInput
    results_template = "surveys/results/tables/ranking.html"

    def settings(self, value, *, locale_id, memo):
        return {
            **super().settings(value, locale_id=locale_id, memo=memo),
            "options": options_from_block(value["options"]),
        }

    def display(self, question, value):
        return option_labels(question, value)

    def count(self, tally, value):
        for position, option in enumerate(value, start=1):
            tally.sums[option] += position
            tally.seen[option] += 1
        tally.counts[value[0]] += 1  # first places

    def summarize(self, tally, result):
        rows = [
            Row(
                value=option.value,
                label=option.label,
                count=tally.counts.get(option.value, 0),
                share=share(tally.counts.get(option.value, 0), tally.answered),
                average=average(tally.sums[option.value], tally.seen[option.value]),
            )
            for option in tally.question.options
        ]
        result.rows = sorted(rows, key=lambda row: (row.average is None, row.average or 0))

    def chart_items(self, result):
        size = len(result.rows)
        return [
            (
                row.label,
                gettext("average position %(value)s") % {"value": decimal(row.average)},
                (size + 1 - row.average) / size if row.average else 0,
            )
            for row in result.rows
        ]

    def export_cell(self, question):
        return lambda value: option_labels(question, value)

    def open_data_item(self, result, row):
        return {"average_position": row.average, "first_places": row.count}

    def open_data_measures(self, result, row):
        return [("count", row.count), ("average_position", row.average)]
