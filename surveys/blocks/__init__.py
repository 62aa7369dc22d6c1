"""The blocks of a survey: one question type per module, plus headings, text and step breaks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError

from .base import ConditionBlock, QuestionBlock, StableSlugBlock
from .date import DateQuestionBlock
from .district import DistrictQuestionBlock
from .email import EmailQuestionBlock
from .explanation import ExplanationBlock
from .long_text import LongTextQuestionBlock
from .matrix import MatrixQuestionBlock
from .multiple_choice import MultipleChoiceQuestionBlock
from .number import NumberQuestionBlock
from .options import OptionBlock
from .ranking import RankingQuestionBlock
from .scale import ScaleQuestionBlock
from .section_heading import SectionHeadingBlock
from .short_text import ShortTextQuestionBlock
from .single_choice import SingleChoiceQuestionBlock
from .step_break import StepBreakBlock
from .yes_no import YesNoQuestionBlock

__all__ = [
    "ConditionBlock",
    "DateQuestionBlock",
    "DistrictQuestionBlock",
    "EmailQuestionBlock",
    "ExplanationBlock",
    "LongTextQuestionBlock",
    "MatrixQuestionBlock",
    "MultipleChoiceQuestionBlock",
    "NumberQuestionBlock",
    "OptionBlock",
    "QuestionBlock",
    "RankingQuestionBlock",
    "ScaleQuestionBlock",
    "SectionHeadingBlock",
    "ShortTextQuestionBlock",
    "SingleChoiceQuestionBlock",
    "StableSlugBlock",
    "StepBreakBlock",
    "SurveyStreamBlock",
    "YesNoQuestionBlock",
]


def condition_errors(stream_value):
    """Per-block errors for duplicate short names and conditions pointing nowhere earlier."""
    errors = {}
    names = set()
    for index, child in enumerate(stream_value):
        if not isinstance(child.block, QuestionBlock):
            continue
        name = child.value.get("name")
        condition = child.value.get("condition") or {}
        if condition.get("question") and condition["question"] not in names:
            errors[index] = ValidationError(
                _(
                    "The condition refers to “%(name)s”, which is not the short name "
                    "of an earlier question."
                )
                % {"name": condition["question"]}
            )
        if name:
            if name in names:
                errors[index] = ValidationError(
                    _("Another question already has the short name “%(name)s”.") % {"name": name}
                )
            names.add(name)
    return errors


class SurveyStreamBlock(blocks.StreamBlock):
    """The questions of a survey, in order, with headings, text and step breaks between them."""

    short_text = ShortTextQuestionBlock()
    long_text = LongTextQuestionBlock()
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    scale = ScaleQuestionBlock()
    matrix = MatrixQuestionBlock()
    number = NumberQuestionBlock()
    date = DateQuestionBlock()
    email = EmailQuestionBlock()
    yes_no = YesNoQuestionBlock()
    district = DistrictQuestionBlock()
    ranking = RankingQuestionBlock()
    heading = SectionHeadingBlock()
    text = ExplanationBlock()
    step_break = StepBreakBlock()

    class Meta:
        min_num = 1

    def clean(self, value):
        value = super().clean(value)
        errors = condition_errors(value)
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
