"""Yes / no.

Answer: bool. Its options, for results and conditions, are YES ("yes") and
NO ("no").
"""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..blocks import QuestionBlock
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import QuestionInput
from ..questions import NO, YES, Option
from .base import ChoiceType


class YesNoQuestionBlock(QuestionBlock):
    """Yes or no."""

    class Meta:
        icon = "tick"
        label = _("Yes / no")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("Have you taken part in a consultation before?")}
        description = _("A question answered with yes or no.")


class YesNoInput(QuestionInput):
    fieldset = True
    template = "surveys/questions/choices.html"

    def field(self):
        return forms.ChoiceField(choices=[(YES, _("Yes")), (NO, _("No"))], widget=forms.RadioSelect)

    def answer(self, cleaned):
        value = cleaned.get(self.name)
        return None if not value else value == YES

    def initial(self, answers):
        value = answers.get(self.question.key)
        return {} if value is None else {self.name: YES if value else NO}


class YesNoType(ChoiceType):
    name = "yes_no"
    block_class = YesNoQuestionBlock
    input_class = YesNoInput

    def options(self, value, *, locale_id, memo):
        return (Option(YES, gettext("Yes")), Option(NO, gettext("No")))

    def display(self, question, value):
        return gettext("Yes") if value else gettext("No")

    def count(self, tally, value):
        tally.counts[YES if value else NO] += 1

    def export_cell(self, question):
        yes, no = gettext("Yes"), gettext("No")
        return lambda value: yes if value else no
