"""District: one of Kraków's districts, listed in the page's language.

Answer: str, the slug of a taxonomies.District (the same in every language).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from taxonomies.selectors import district_choices

from ..blocks import QuestionBlock
from ..blocks.base import QUESTION_TEMPLATE
from ..fields import QuestionInput
from ..questions import Option
from .base import ChoiceType


class DistrictQuestionBlock(QuestionBlock):
    """One of Kraków's districts, listed in the page's language."""

    class Meta:
        icon = "site"
        label = _("District")
        template = QUESTION_TEMPLATE
        preview_value = {"label": _("Which district do you live in?")}
        description = _("A drop-down list of the city's districts.")


class DistrictInput(QuestionInput):
    def field(self):
        choices = [(option.value, option.label) for option in self.question.options]
        return forms.ChoiceField(choices=[("", _("— choose —")), *choices])


class DistrictType(ChoiceType):
    name = "district"
    block_class = DistrictQuestionBlock
    input_class = DistrictInput

    def options(self, value, *, locale_id, memo):
        # Cached per language (taxonomies.cache), so building the steps runs no query.
        if "districts" not in memo:
            memo["districts"] = tuple(
                Option(value=slug, label=title) for slug, title in district_choices(locale_id)
            )
        return memo["districts"]
