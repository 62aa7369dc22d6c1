"""What every survey question shares: label, help text, required, personal data, condition.

A question's answer key is its StreamField block id: wagtail-localize keeps
block ids when it translates a page, so the key is the same in pl, en and uk.
Values editors type that must not change across languages (option values,
short names and conditions) use `StableSlugBlock`, which wagtail-localize does
not extract as a translatable segment and therefore synchronises.
"""

from anyascii import anyascii
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

SLUG_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
QUESTION_TEMPLATE = "surveys/blocks/question.html"


class StableSlugBlock(blocks.RegexBlock):
    """A short machine value (a-z, 0-9, - and _), the same in every language.

    Being a RegexBlock and not a CharBlock, wagtail-localize copies it from
    the source page instead of offering it for translation.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 50)
        kwargs.setdefault(
            "error_messages", {"invalid": _("Use lowercase letters, digits, - and _.")}
        )
        super().__init__(regex=SLUG_PATTERN, **kwargs)


def slug_from_label(label):
    """A stable value derived from an option's label, for editors who leave it empty."""
    # anyascii (a Wagtail dependency) spells ł as l and Cyrillic in Latin,
    # where slugify alone would drop those letters.
    return slugify(anyascii(label))[:50].strip("-_") or "option"


class ConditionBlock(blocks.StructBlock):
    """Show the question only when an earlier question's answer equals or includes a value."""

    question = StableSlugBlock(
        label=_("Show only when the question with the short name"),
        required=False,
        help_text=_("The short name of an earlier question; leave empty to always show."),
    )
    value = StableSlugBlock(
        label=_("was answered with"),
        required=False,
        help_text=_(
            "An option value of that question (for yes/no questions: yes or no; "
            "for districts: the district's slug; for scales and numbers: the number)."
        ),
    )

    class Meta:
        icon = "arrow-right"
        label = _("Condition")
        collapsed = True

    def get_translatable_segments(self, value):
        """Nothing to translate: both values are stable slugs, copied to every language.

        Declaring it also keeps wagtail-localize from walking this nested block's
        raw JSON, where it mistakes the child named "value" for the wrapper of a
        StructBlock's value and fails.
        """
        return []

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("question")) != bool(value.get("value")):
            raise StructBlockValidationError(
                block_errors={
                    "value": ValidationError(
                        _("Fill in both the short name and the value, or neither.")
                    )
                }
            )
        return value


class QuestionBlock(blocks.StructBlock):
    """Base of every question block; subclasses add the settings of their question type.

    Each question type (surveys.question_types) makes one instance of its
    block and sets `question_type` on it to itself: reading a page's
    StreamField, the block of each child tells which type reads the question.
    """

    question_type = None

    label = blocks.CharBlock(label=_("Question"), max_length=500)
    help_text = blocks.CharBlock(
        label=_("Help text"),
        required=False,
        max_length=500,
        help_text=_("Shown under the question, e.g. how to answer it."),
    )
    required = blocks.BooleanBlock(label=_("Answer required"), required=False, default=True)
    personal_data = blocks.BooleanBlock(
        label=_("Asks for personal data"),
        required=False,
        help_text=_(
            "Tick when the answer can identify a person (name, e-mail, address...). "
            "The survey then asks for consent, and these answers are deleted after "
            "the retention period."
        ),
    )
    name = StableSlugBlock(
        label=_("Short name"),
        required=False,
        help_text=_("Needed only when a later question's condition refers to this question."),
    )
    condition = ConditionBlock()

    class Meta:
        template = QUESTION_TEMPLATE
        form_classname = "struct-block survey-question-block"


def option_value_errors(options, field_name="options"):
    """Errors for a list of options whose values are not unique; fills empty values from labels."""
    seen = set()
    for option in options:
        if not option.get("value"):
            option["value"] = slug_from_label(option.get("label", ""))
        if option["value"] in seen:
            return {
                field_name: ValidationError(
                    _("Two options have the value “%(value)s”; values must be unique.")
                    % {"value": option["value"]}
                )
            }
        seen.add(option["value"])
    return {}
