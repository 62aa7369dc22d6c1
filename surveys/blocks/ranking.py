from django.utils.translation import gettext_lazy as _
from wagtail.blocks.struct_block import StructBlockValidationError

from .base import QUESTION_TEMPLATE, QuestionBlock, option_value_errors
from .options import options_list


class RankingQuestionBlock(QuestionBlock):
    """Options put in order of importance; each gets a different place."""

    question_type = "ranking"

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
