"""Django form fields for each question type, and the conversion of their values to answers.

One `QuestionInput` per question: it contributes one or more form fields
(matrix and ranking questions have one per row) and turns their cleaned
values into the JSON answer documented in surveys.questions.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .questions import NO, OTHER_VALUE, YES, other_key

OTHER_MAX_LENGTH = 200
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)


def validate_text(value):
    """Reject text that cannot be stored or shown faithfully: lone surrogates, replaced bytes."""
    if any("\ud800" <= char <= "\udfff" or char == "\ufffd" for char in value):
        raise ValidationError(
            _("The answer contains characters that are not valid text."), code="unicode"
        )


def text_field(question, *, multiline):
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


def validate_date_range(value):
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(_("Enter a date between 1900 and 2100."), code="date_range")


class QuestionInput:
    """The form fields of one question; subclasses per question type."""

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


class ShortTextInput(QuestionInput):
    def field(self):
        return text_field(self.question, multiline=False)


class LongTextInput(QuestionInput):
    def field(self):
        return text_field(self.question, multiline=True)


class EmailInput(QuestionInput):
    def field(self):
        return forms.EmailField(
            max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
        )


class NumberInput(QuestionInput):
    def field(self):
        return forms.IntegerField(
            min_value=self.question.min_value, max_value=self.question.max_value
        )


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


def option_choices(question):
    choices = [(option.value, option.label) for option in question.options]
    if question.allow_other:
        choices.append((OTHER_VALUE, _("Other")))
    return choices


class ChoiceWithOtherInput(QuestionInput):
    """Single and multiple choice: options plus, if allowed, “Other: ___”."""

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


class SingleChoiceInput(ChoiceWithOtherInput):
    def field(self):
        widget = forms.Select if self.question.widget == "dropdown" else forms.RadioSelect
        choices = option_choices(self.question)
        if widget is forms.Select:
            choices = [("", _("— choose —")), *choices]
        return forms.ChoiceField(choices=choices, widget=widget)

    def chosen_other(self, cleaned):
        return cleaned.get(self.name) == OTHER_VALUE


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


class ScaleInput(QuestionInput):
    def field(self):
        return forms.TypedChoiceField(
            choices=[(number, str(number)) for number in self.question.scale],
            coerce=int,
            widget=forms.RadioSelect,
        )


class YesNoInput(QuestionInput):
    def field(self):
        return forms.ChoiceField(choices=[(YES, _("Yes")), (NO, _("No"))], widget=forms.RadioSelect)

    def answer(self, cleaned):
        value = cleaned.get(self.name)
        return None if not value else value == YES

    def initial(self, answers):
        value = answers.get(self.question.key)
        return {} if value is None else {self.name: YES if value else NO}


class DistrictInput(QuestionInput):
    def field(self):
        choices = [(option.value, option.label) for option in self.question.options]
        return forms.ChoiceField(choices=[("", _("— choose —")), *choices])


class RowsInput(QuestionInput):
    """Matrix and ranking: one radio group or select per row, named `<key>.<row value>`."""

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

    def initial(self, answers):
        return {}


class MatrixInput(RowsInput):
    def rows(self):
        return self.question.statements

    def row_field(self):
        return forms.TypedChoiceField(
            choices=[(number, str(number)) for number in self.question.scale],
            coerce=int,
            widget=forms.RadioSelect,
        )

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


class RankingInput(RowsInput):
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


INPUTS = {
    "short_text": ShortTextInput,
    "long_text": LongTextInput,
    "email": EmailInput,
    "number": NumberInput,
    "date": DateInput,
    "single_choice": SingleChoiceInput,
    "multiple_choice": MultipleChoiceInput,
    "scale": ScaleInput,
    "matrix": MatrixInput,
    "yes_no": YesNoInput,
    "district": DistrictInput,
    "ranking": RankingInput,
}


def question_input(question):
    """The `QuestionInput` of a question."""
    return INPUTS[question.type](question)
