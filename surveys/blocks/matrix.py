from django.utils.translation import gettext_lazy as _
from wagtail.blocks.struct_block import StructBlockValidationError

from .base import QUESTION_TEMPLATE, option_value_errors
from .options import options_list
from .scale import ScaleQuestionBlock


class MatrixQuestionBlock(ScaleQuestionBlock):
    """A Likert matrix: several statements, each rated on the same scale as a scale question."""

    question_type = "matrix"

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
