"""The form of one step of a survey: its questions, plus consent and spam checks at the end."""

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

from core.antispam import HONEYPOT_FIELD_NAME, HoneypotField

from .conditions import condition_met
from .questions import other_key
from .spam import recaptcha_field

REQUIRED_MESSAGE = _("Please answer this question.")


@dataclass
class BoundQuestion:
    """A question as a template renders it: its fields and errors.

    `fieldset` and `template` come from the question's input
    (surveys.fields.QuestionInput): a group of fields under a legend, rendered
    by that template, or one field under a label.
    """

    question: object
    fields: list
    errors: list = field(default_factory=list)
    fieldset: bool = False
    template: str = ""
    # Set by the view: a condition on this step (shown/hidden by surveys.js) or an earlier one.
    condition_key: str = ""
    condition_value: str = ""
    condition_hint: str = ""
    waits_for_answer: bool = False
    hidden: bool = False

    @property
    def type(self):
        return self.question.type

    @property
    def key(self):
        return self.question.key


class StepForm(forms.Form):
    """The questions of one step.

    Args:
        questions: the step's `Question`s.
        earlier_answers: answers of the other steps, for conditions on them.
        final: the last step, which adds consent, the e-mail for confirmation and reCAPTCHA.
        ask_consent: the survey asks for personal data.
        consent_text: the editor's consent text, the checkbox's label.
        ask_email: the survey allows one response per confirmed e-mail address.
    """

    def __init__(
        self,
        data=None,
        *,
        questions,
        earlier_answers=None,
        final=False,
        ask_consent=False,
        consent_text="",
        ask_email=False,
        initial_answers=None,
    ):
        self.questions = questions
        self.inputs = [question.question_type.form_input(question) for question in questions]
        self.earlier_answers = earlier_answers or {}
        initial = {}
        for question_input_ in self.inputs:
            initial.update(question_input_.initial(initial_answers or {}))
        super().__init__(data, initial=initial)
        for question_input_ in self.inputs:
            self.fields.update(question_input_.fields())
        self.fields[HONEYPOT_FIELD_NAME] = HoneypotField()
        if final and ask_email:
            self.fields["confirmation_email"] = forms.EmailField(
                label=_("Your e-mail address, to confirm your response"),
                help_text=_("We will send you a link; only a coded form of the address is kept."),
                widget=forms.EmailInput(attrs={"autocomplete": "email"}),
            )
        if final and ask_consent:
            self.fields["consent"] = forms.BooleanField(
                label=consent_text,
                error_messages={"required": _("Your consent is needed to send this survey.")},
            )
        if final:
            captcha = recaptcha_field()
            if captcha is not None:
                self.fields["captcha"] = captcha
        self.answers = {}
        self.question_errors = {}

    def clean(self):
        cleaned = super().clean()
        known = dict(self.earlier_answers)
        for question_input_ in self.inputs:
            question = question_input_.question
            for key in (question.key, other_key(question)):
                known.pop(key, None)
            if not condition_met(question.condition, known):
                continue
            problems = question_input_.check(cleaned)
            for name, message in problems.items():
                self._question_error(question, name, message)
            if problems:
                continue
            value = question_input_.answer(cleaned)
            if value is None:
                if question.required and not self._has_field_errors(question_input_):
                    self._question_error(question, question.key, REQUIRED_MESSAGE)
                continue
            known[question.key] = self.answers[question.key] = value
            extra = question_input_.other_answer(cleaned)
            self.answers.update(extra)
            known.update(extra)
        return cleaned

    def _has_field_errors(self, question_input_):
        return any(name in self._errors for name in question_input_.fields())

    def _question_error(self, question, name, message):
        if name in self.fields:
            self.add_error(name, message)
        else:
            self.question_errors.setdefault(question.key, []).append(message)

    def is_valid(self):
        return super().is_valid() and not self.question_errors

    def bound_questions(self):
        """The step's questions with their bound fields and every error, in order."""
        bound = {}
        for question_input_ in self.inputs:
            question = question_input_.question
            fields = [self[name] for name in question_input_.fields()]
            errors = [error for bound_field in fields for error in bound_field.errors]
            errors += self.question_errors.get(question.key, [])
            bound[question.key] = BoundQuestion(
                question=question,
                fields=fields,
                errors=errors,
                fieldset=question_input_.fieldset,
                template=question_input_.template,
            )
        return bound

    def extra_fields(self):
        """Consent and confirmation e-mail, rendered after the questions."""
        return [self[name] for name in ("confirmation_email", "consent") if name in self.fields]
