"""Blocks of project pages: the goals list and the activities."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError


class GoalBlock(blocks.CharBlock):
    """One goal of a project: a single sentence, listed in the editor's order."""

    def __init__(self, **kwargs):
        super().__init__(max_length=300, label=_("Goal"), **kwargs)

    class Meta:
        icon = "tick"
        template = "blocks/goal.html"
        preview_value = _("Strengthen cooperation between residents and the district council")
        description = _("One goal of the project, in a sentence.")


class ActivityBlock(blocks.StructBlock):
    """One strand of a project's work: local animation, a dialogue forum, an academy…"""

    title = blocks.CharBlock(label=_("Title"), max_length=150)
    description = blocks.RichTextBlock(
        label=_("Description"), features=["bold", "italic", "link", "ul", "ol"]
    )
    start_date = blocks.DateBlock(label=_("Starts"), required=False)
    end_date = blocks.DateBlock(label=_("Ends"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Activity")
        template = "blocks/activity.html"
        preview_value = {
            "title": _("Dialogue forum"),
            "description": _("Debates and open workshops with the district council."),
        }
        description = _("A strand of the project's work, with optional dates.")

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("start_date"), value.get("end_date")
        if start and end and end < start:
            raise StructBlockValidationError(
                block_errors={
                    "end_date": ValidationError(_("The activity cannot end before it starts."))
                }
            )
        return value


class GoalsStreamBlock(blocks.StreamBlock):
    goal = GoalBlock()

    class Meta:
        label = _("Goals")


class ActivitiesStreamBlock(blocks.StreamBlock):
    activity = ActivityBlock()

    class Meta:
        label = _("Activities")
