"""The pieces survey blocks are built from, and the blocks between questions.

Every question type (surveys.question_types) builds its block from
`QuestionBlock` and `OptionBlock`; headings, explanatory text and step
breaks are the same for every survey. The StreamField of a survey, which
lists the registered question types, is `surveys.blocks.stream.SurveyStreamBlock`:
apart from this package, because the question types import it.
"""

from .base import ConditionBlock, QuestionBlock, StableSlugBlock, option_value_errors
from .explanation import ExplanationBlock
from .options import OptionBlock, options_list
from .section_heading import SectionHeadingBlock
from .step_break import StepBreakBlock

__all__ = [
    "ConditionBlock",
    "ExplanationBlock",
    "OptionBlock",
    "QuestionBlock",
    "SectionHeadingBlock",
    "StableSlugBlock",
    "StepBreakBlock",
    "option_value_errors",
    "options_list",
]
