"""The kinds of survey question: one module per type, each registered once, here.

A question type (`QuestionType`, see .base) owns everything that depends on
the kind of question: its block, its form field and validation, how its
answers are shown, tallied, charted, exported and published as open data,
and how they appear in e-mails. The rest of surveys asks a question's type
(`question.question_type`) and never switches on its name.

The built-in types are registered below, in the order editors see them in
the block picker. Another type is one module with a `QuestionType`
subclass, registered with `register(MyType())`; `unregister(name)` removes
it again (tests do).
"""

from .base import ChoiceType, Column, QuestionType
from .date import DateType
from .district import DistrictType
from .email import EmailType
from .long_text import LongTextType
from .matrix import MatrixType
from .multiple_choice import MultipleChoiceType
from .number import NumberType
from .ranking import RankingType
from .registry import question_type_for, question_types, register, unregister
from .scale import ScaleType
from .short_text import ShortTextType
from .single_choice import SingleChoiceType
from .yes_no import YesNoType

BUILT_IN = (
    ShortTextType(),
    LongTextType(),
    SingleChoiceType(),
    MultipleChoiceType(),
    ScaleType(),
    MatrixType(),
    NumberType(),
    DateType(),
    EmailType(),
    YesNoType(),
    DistrictType(),
    RankingType(),
)
for built_in in BUILT_IN:
    register(built_in)

__all__ = [
    "BUILT_IN",
    "ChoiceType",
    "Column",
    "QuestionType",
    "question_type_for",
    "question_types",
    "register",
    "unregister",
]
