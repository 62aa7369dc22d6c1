"""The StreamField of a survey: the registered question types, then headings, text, step breaks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError

from ..question_types import question_types
from .base import QuestionBlock
from .explanation import ExplanationBlock
from .section_heading import SectionHeadingBlock
from .step_break import StepBreakBlock


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

    heading = SectionHeadingBlock()
    text = ExplanationBlock()
    step_break = StepBreakBlock()

    class Meta:
        min_num = 1

    @property
    def child_blocks(self):
        """The block of each registered question type, in order, then the blocks declared here.

        Read from the registry at each use rather than once when the model
        loads, so that a type registered later (an extension's, a test's) can
        be added and answered, and is gone again once unregistered.
        """
        types = {question_type.name: question_type.block for question_type in question_types()}
        return {**types, **self._declared_blocks}

    @child_blocks.setter
    def child_blocks(self, value):
        # Wagtail's StreamBlock.__init__ sets the declared blocks here.
        self._declared_blocks = value

    def clean(self, value):
        value = super().clean(value)
        errors = condition_errors(value)
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
