"""Matrix: several statements, each rated on the same scale as a scale question (Likert).

Answer: dict[str, int], statement value → scale point; unrated statements
are absent. When required, every statement must be rated. Results: the
ratings of each statement per point, and its average.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.blocks.struct_block import StructBlockValidationError

from ..blocks import option_value_errors, options_list
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import RowsInput
from ..questions import options_from_block
from ..results.charts import decimal
from ..results.tallies import Row, average, share
from .base import Column, QuestionType
from .scale import ScaleQuestionBlock, scale_field, scale_settings


class MatrixQuestionBlock(ScaleQuestionBlock):
    """A Likert matrix: several statements, each rated on the same scale as a scale question."""

    statements = options_list(label=_("Statements"), min_num=1)

    class Meta:
        icon = "table"
        label = _("Matrix (statements on a scale)")
        template = QUESTION_TEMPLATE
        preview_value = {
            "label": _("How much do you agree?"),
            "statements": [
                {"label": _("The park is clean."), "value": "clean"},
                {"label": _("The park is safe at night."), "value": "safe"},
            ],
            "scale_max": "5",
            "min_label": _("Disagree"),
            "max_label": _("Agree"),
        }
        description = _("Several statements rated on one scale; when required, every statement.")

    def clean(self, value):
        value = super().clean(value)
        errors = option_value_errors(value["statements"], field_name="statements")
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class MatrixInput(RowsInput):
    template = "surveys/questions/matrix.html"

    def rows(self):
        return self.question.statements

    def row_field(self):
        return scale_field(self.question)

    def answer(self, cleaned):
        return self.row_values(cleaned) or None

    def initial(self, answers):
        value = answers.get(self.question.key) or {}
        return {f"{self.question.key}.{row}": score for row, score in value.items()}

    def check(self, cleaned):
        rated = self.row_values(cleaned)
        if self.question.required and rated and len(rated) < len(self.rows()):
            return {self.name: _("Rate every statement.")}
        return {}


class MatrixType(QuestionType):
    name = "matrix"
    block_class = MatrixQuestionBlock
    input_class = MatrixInput
    results_template = "surveys/results/tables/matrix.html"

    def settings(self, value, *, locale_id, memo):
        return {
            **super().settings(value, locale_id=locale_id, memo=memo),
            **scale_settings(value),
            "statements": options_from_block(value["statements"]),
        }

    def display(self, question, value):
        labels = {statement.value: statement.label for statement in question.statements}
        return "; ".join(f"{labels.get(row, row)}: {score}" for row, score in value.items())

    def count(self, tally, value):
        for statement, score in value.items():
            tally.counts[(statement, int(score))] += 1
            tally.sums[statement] += int(score)
            tally.seen[statement] += 1

    def summarize(self, tally, result):
        question = tally.question
        result.rows = [
            Row(
                value=statement.value,
                label=statement.label,
                count=tally.seen[statement.value],
                share=share(tally.seen[statement.value], tally.answered),
                average=average(tally.sums[statement.value], tally.seen[statement.value]),
                counts=[tally.counts.get((statement.value, point), 0) for point in question.scale],
            )
            for statement in question.statements
        ]

    def chart_items(self, result):
        scale_max = result.question.scale.stop - 1
        return [
            (
                row.label,
                gettext("average %(value)s") % {"value": decimal(row.average)},
                (row.average or 0) / scale_max,
            )
            for row in result.rows
        ]

    def export_columns(self, question):
        """A column per statement."""
        key = question.key
        return [
            Column(
                f"{question.label}: {statement.label}",
                lambda answers, row=statement.value: (answers.get(key) or {}).get(row, ""),
            )
            for statement in question.statements
        ]

    def open_data_item(self, result, row):
        points = map(str, result.question.scale)
        return {"average": row.average, "distribution": dict(zip(points, row.counts, strict=True))}

    def open_data_measures(self, result, row):
        counts = zip(result.question.scale, row.counts, strict=True)
        return [
            *((f"count_{point}", count) for point, count in counts),
            ("average", row.average),
        ]
