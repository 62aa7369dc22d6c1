"""E-mail address: personal data by default.

Answer: str. Counted as answered, never kept in results; the resident's
copy of a response goes to the survey's first e-mail question's answer.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..blocks import QuestionBlock
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import QuestionInput
from .base import QuestionType


class EmailQuestionBlock(QuestionBlock):
    """An e-mail address; personal data by default."""

    class Meta:
        icon = "mail"
        label = _("E-mail address")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("Your e-mail address"), "personal_data": True}
        description = _("An e-mail address, e.g. to contact the resident.")
        default = {"personal_data": True, "required": True}


class EmailInput(QuestionInput):
    def field(self):
        return forms.EmailField(
            max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
        )


class EmailType(QuestionType):
    name = "email"
    block_class = EmailQuestionBlock
    input_class = EmailInput
    typed_text = True
    email_address = True
