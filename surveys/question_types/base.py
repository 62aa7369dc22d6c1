"""What every question type does unless it says otherwise.

A question type is everything about one kind of question that depends on
its kind, in one class:

- the block editors fill in (`block_class`) and the `Question` attributes
  read from it (`settings`);
- the form residents answer with: its fields, widget and validation
  (`input_class`, a `surveys.fields.QuestionInput`);
- the answer as text, in the admin and in e-mails (`display`), and whether
  it is text the resident typed (`typed_text`: left out of a copy sent to
  an address not proven) or the resident's e-mail address (`email_address`);
- how answers are tallied (`count`, `summarize`), charted (`chart_items`)
  and shown in a table (`results_template`), and whether an editor may
  publish them as free text (`free_text`);
- its columns in the CSV/XLSX export (`export_columns`) and what its rows
  carry as open data (`open_data_item`, `open_data_measures`).

The defaults suit a question with one answer per response that is never
counted, only shown and exported as it is: a type that counts its answers
says how. Nothing typed is kept in results unless `free_text` says an
editor may publish it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from ..questions import options_from_block, other_key
from ..results.charts import count_bars
from ..results.tallies import option_rows
from .registry import question_type_for

# Block settings copied to the `Question` attribute of the same name, when a block has them.
COPIED_SETTINGS = (
    "allow_other",
    "widget",
    "min_choices",
    "max_choices",
    "max_length",
    "min_value",
    "max_value",
)


@dataclass
class Column:
    """One column of the export: its heading and how to read its cell from the answers."""

    heading: str
    read: Callable[[dict], Any]  # the cell, from a response's answers


class QuestionType:
    """One kind of survey question; subclass it, set `name` and `block_class`, and register it.

    Instances are registered (surveys.question_types.register); each makes
    the one block instance editors add to surveys, and marks it as its own.
    """

    # The name of the block in the StreamField, `Question.type` and "type" in the open data.
    # Never change it once surveys use the type: stored pages refer to it.
    name = ""
    block_class = None  # a surveys.blocks.QuestionBlock subclass
    input_class = None  # a surveys.fields.QuestionInput subclass
    # Typed by the resident, not chosen: left out of a copy mailed to an address not proven.
    typed_text = False
    email_address = False  # the resident's e-mail address: the resident's copy goes there
    free_text = False  # an editor may publish single answers in the public results
    several_answers = False  # one response may count in several rows (tables say so)
    results_template = "surveys/results/tables/counts.html"

    def __init__(self):
        self.block = self.block_class()
        self.block.set_name(self.name)
        self.block.question_type = self

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

    def __reduce__(self):
        # Pickled (the cached public results hold questions) as its name, the
        # block and all: unpickling finds the registered type again.
        return (question_type_for, (self.name,))

    # --- Reading a question from its block ------------------------------

    def settings(self, value, *, locale_id, memo):
        """The `Question` attributes of this type, from the block's value.

        Args:
            value: the block's StructValue.
            locale_id: the page's locale, for labels read from the database.
            memo: a dict shared while one page is read, to query the database once.
        """
        return {name: value[name] for name in COPIED_SETTINGS if name in value}

    # --- The form -------------------------------------------------------

    def form_input(self, question):
        """The `QuestionInput` giving the question's form fields."""
        return self.input_class(question)

    # --- Display --------------------------------------------------------

    def display(self, question, value):
        """A non-empty answer as text (the “Other” text is added by answer_display)."""
        return str(value)

    # --- Results --------------------------------------------------------

    def count(self, tally, value):
        """Count one non-empty answer into a `surveys.results.tallies.Tally`.

        By default nothing beyond “answered”: answers are kept only where a
        type says how to count them.
        """

    def summarize(self, tally, result):
        """Fill the `QuestionResult` (rows, average, stats) from the finished tally."""

    def chart_items(self, result):
        """The bars of the result's chart as (label, text, fraction of the longest), or None."""
        return None

    # --- Export ---------------------------------------------------------

    def export_cell(self, question):
        """A function from a non-empty answer to its cell.

        Made once per export: any translation it needs is read when the
        export starts, not while the file streams.
        """
        return lambda value: value

    def export_columns(self, question):
        """The columns of the question: its answer, and the text typed next to “Other”."""
        key, cell = question.key, self.export_cell(question)
        columns = [
            Column(
                question.label,
                lambda answers: "" if answers.get(key) is None else cell(answers[key]),
            )
        ]
        if question.allow_other:
            text_key = other_key(question)
            heading = _("%(question)s: other (text)") % {"question": question.label}
            columns.append(Column(heading, lambda answers: answers.get(text_key, "")))
        return columns

    # --- Open data ------------------------------------------------------

    def open_data_item(self, result, row):
        """What a row of the result carries in the JSON, besides value, label and count."""
        return {"share": row.share}

    def open_data_measures(self, result, row):
        """(measure, value) pairs of a row of the result in the long-form CSV."""
        return [("count", row.count), ("share", row.share)]


class ChoiceType(QuestionType):
    """A question answered with one of its options: counted per option, charted as bars."""

    def options(self, value, *, locale_id, memo):
        """The question's options: by default the block's list of options."""
        return options_from_block(value["options"])

    def settings(self, value, *, locale_id, memo):
        options = self.options(value, locale_id=locale_id, memo=memo)
        return {**super().settings(value, locale_id=locale_id, memo=memo), "options": options}

    def display(self, question, value):
        return question.option_label(value)

    def count(self, tally, value):
        tally.counts[value] += 1

    def summarize(self, tally, result):
        result.rows = option_rows(tally, tally.question.options)

    def chart_items(self, result):
        return count_bars(result)

    def export_cell(self, question):
        return question.option_label


def option_labels(question, values):
    """ "Parks; Squares": the labels of several option values."""
    return "; ".join(question.option_label(value) for value in values)
