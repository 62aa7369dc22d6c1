"""The form fields of a question: what every question type's input is built from.

One `QuestionInput` per question: it contributes one or more form fields
(matrix and ranking questions have one per row), says how the template
renders them, and turns their cleaned values into the JSON answer of its
question type. Each question type (surveys.question_types) has its own
subclass; the ones shared by several types are here.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .questions import OTHER_VALUE, other_key

OTHER_MAX_LENGTH = 200


def validate_text(value):
    """Reject text that cannot be stored or shown faithfully: lone surrogates, replaced bytes."""
    if any("\ud800" <= char <= "\udfff" or char == "\ufffd" for char in value):
        raise ValidationError(
            _("The answer contains characters that are not valid text."), code="unicode"
        )


def text_field(question, *, multiline):
    """A text field of the question's maximum length, on one line or several."""
    widget = forms.Textarea(attrs={"rows": 6}) if multiline else forms.TextInput()
    return forms.CharField(
        max_length=question.max_length,
        validators=[validate_text],
        widget=widget,
        error_messages={
            "max_length": _(
                "The answer can have at most %(limit_value)d characters (it has %(show_value)d)."
            )
        },
    )


class QuestionInput:
    """The form fields of one question; subclasses per question type.

    `fieldset`: the fields are a group (radio buttons, checkboxes, rows)
    named by a legend, not one input named by a label; `template` then
    renders the group (surveys/questions/question.html includes it).
    """

    fieldset = False
    template = ""

    def __init__(self, question):
        self.question = question

    @property
    def name(self):
        return self.question.key

    def fields(self):
        """{field name: form field}; all optional, requiredness is checked by the form."""
        field = self.field()
        field.required = False
        field.label = self.question.label
        field.help_text = self.question.help_text
        return {self.name: field}

    def field(self):
        raise NotImplementedError

    def answer(self, cleaned):
        """The JSON answer from the form's cleaned data, or None when unanswered."""
        value = cleaned.get(self.name)
        return None if value in (None, "", []) else value

    def initial(self, answers):
        """Initial form values from stored answers (going back to an earlier step)."""
        value = answers.get(self.question.key)
        return {} if value is None else {self.name: value}

    def check(self, cleaned):
        """Errors beyond a single field's validation: {field name: message}."""
        return {}

    def other_answer(self, cleaned):
        """Answers stored beside the question's own, e.g. the text typed next to “Other”."""
        return {}


def option_choices(question):
    """The (value, label) choices of a question's options, with “Other” when allowed."""
    choices = [(option.value, option.label) for option in question.options]
    if question.allow_other:
        choices.append((OTHER_VALUE, _("Other")))
    return choices


class ChoiceWithOtherInput(QuestionInput):
    """Single and multiple choice: options plus, if allowed, “Other: ___”."""

    fieldset = True
    template = "surveys/questions/choices.html"

    @property
    def other_name(self):
        return other_key(self.question)

    def fields(self):
        fields = super().fields()
        if self.question.allow_other:
            fields[self.other_name] = forms.CharField(
                required=False,
                max_length=OTHER_MAX_LENGTH,
                validators=[validate_text],
                label=_("Other (please specify)"),
            )
        return fields

    def chosen_other(self, cleaned):
        raise NotImplementedError

    def check(self, cleaned):
        if self.chosen_other(cleaned) and not (cleaned.get(self.other_name) or "").strip():
            return {self.other_name: _("Please say what “Other” is.")}
        return {}

    def other_answer(self, cleaned):
        """{other key: text} when “Other” is chosen with a text, else {}."""
        text = (cleaned.get(self.other_name) or "").strip()
        return {self.other_name: text} if text and self.chosen_other(cleaned) else {}

    def initial(self, answers):
        initial = super().initial(answers)
        if self.other_name in answers:
            initial[self.other_name] = answers[self.other_name]
        return initial


class RowsInput(QuestionInput):
    """Matrix and ranking: one radio group or select per row, named `<key>.<row value>`."""

    fieldset = True

    def rows(self):
        raise NotImplementedError

    def row_field(self):
        raise NotImplementedError

    def row_name(self, row):
        return f"{self.question.key}.{row.value}"

    def fields(self):
        fields = {}
        for row in self.rows():
            field = self.row_field()
            field.required = False
            field.label = row.label
            fields[self.row_name(row)] = field
        return fields

    def row_values(self, cleaned):
        return {
            row.value: cleaned[self.row_name(row)]
            for row in self.rows()
            if cleaned.get(self.row_name(row)) not in (None, "")
        }
