from django.utils.translation import gettext_lazy as _

from .base import QUESTION_TEMPLATE, QuestionBlock


class EmailQuestionBlock(QuestionBlock):
    """An e-mail address; personal data by default."""

    question_type = "email"

    class Meta:
        icon = "mail"
        label = _("E-mail address")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("Your e-mail address"), "personal_data": True}
        description = _("An e-mail address, e.g. to contact the resident.")
        default = {"personal_data": True, "required": True}
