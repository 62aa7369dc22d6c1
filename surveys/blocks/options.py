"""An answer option: a stable value (kept in every language) and a translatable label."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import StableSlugBlock, slug_from_label


class OptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=255)
    value = StableSlugBlock(
        label=_("Value"),
        required=False,
        help_text=_(
            "Stored with each answer and the same in every language; "
            "filled in from the label when left empty. Do not change it once answers arrive."
        ),
    )

    class Meta:
        icon = "list-ul"
        label = _("Option")
        form_classname = "struct-block survey-option-block"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("value"):
            value["value"] = slug_from_label(value.get("label", ""))
        return value


def options_list(label=None, min_num=2):
    """The list of options of a choice, ranking or matrix question."""
    return blocks.ListBlock(OptionBlock(), label=label or _("Options"), min_num=min_num, max_num=50)
